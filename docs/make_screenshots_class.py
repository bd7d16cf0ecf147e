"""Take the Class results screenshots in docs/ from the real window: run under Xvfb with a window manager.

    Xvfb :99 -screen 0 1280x800x24 & DISPLAY=:99 openbox &
    DISPLAY=:99 python docs/make_screenshots_class.py [lang theme size%]

Simulates a facilitator's day (three kiosks, two classes, 18 people twice: tests/ui/class_day.py), opens File ›
Class results, types the teacher password into the real dialog, imports the three USB sticks, and grabs the
window on each tab. With arguments (e.g. ``es dark 200``) it takes the same pictures at 1024×600 in that language,
theme and text size, named ``class-*-es-dark-200.png`` in a temporary folder it prints (to look at, not to keep).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_helpers import DOCS, key, open_window, require_display, settle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "ui"))
from class_day import grown, kiosk_day, people  # noqa: E402 - the simulation lives with the tests

PASSWORD = "chalk-and-talk"


def grab(widget: QWidget, folder: Path, name: str) -> None:
    settle(250)
    image = widget.screen().grabWindow(widget.winId())
    image.save(str(folder / name))
    print("wrote", folder / name, image.width(), "x", image.height())


def main(lang: str | None, theme: str, size: int) -> int:
    from cs_quiz.ui.class_results.window import ClassResultsWindow

    window, tmp = open_window("cs-quiz-class-shots-", lang=lang)
    variant = lang is not None
    out = Path(tempfile.mkdtemp(prefix="cs-quiz-class-look-")) if variant else DOCS
    suffix = f"-{lang}-{theme}-{size}" if variant else ""
    if theme != "light":
        window.choose_theme(theme)
    while window.appearance.size < size:
        window.change_size(window.appearance.larger)
    bank = window.banks["csd-readiness"]
    monday = people("P", 24, seed=1)
    friday = [grown(p) for p in monday[:18]] + people("N", 8, seed=3)
    kiosk_day(tmp / "kiosk1", tmp / "usb1", bank, monday[:12], "Monday", "quick", seed=1)
    kiosk_day(tmp / "kiosk2", tmp / "usb2", bank, monday[12:], "Monday", "quick", seed=2)
    kiosk_day(tmp / "kiosk3", tmp / "usb3", bank, friday, "Friday", "quick", seed=3)

    window.open_class_results()
    settle(300)
    door = QApplication.activeModalWidget()
    assert door is not None
    grab(door, out, f"class-password{suffix}.png")
    for k in (door.findChild(QWidget, "newPassword"), door.findChild(QWidget, "repeatPassword")):
        k.setFocus()
        for ch in PASSWORD:
            QApplication.focusWidget().insert(ch)  # type: ignore[attr-defined]
    key(Qt.Key.Key_Return)
    settle(300)
    [crw] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClassResultsWindow)]
    crw.resize(1024, 600) if variant else crw.resize(1100, 760)
    crw.move(0, 0)
    crw.import_paths([tmp / "usb1", tmp / "usb2", tmp / "usb3"])
    grab(crw, out, f"class-results{suffix}.png")
    crw.cohort.setCurrentIndex(crw.cohort.findText("Monday"))
    crw.tabs.setCurrentWidget(crw.group_view)
    grab(crw, out, f"class-group{suffix}.png")
    crw.cohort.setCurrentIndex(0)
    crw.tabs.setCurrentWidget(crw.items_view)
    grab(crw, out, f"class-questions{suffix}.png")
    crw.tabs.setCurrentIndex(3)
    grab(crw, out, f"class-before-after{suffix}.png")
    crw.close()
    window.store.close()
    return 0


if __name__ == "__main__":
    require_display("make_screenshots_class.py")
    args = sys.argv[1:]
    sys.exit(
        main(args[0] if args else None, args[1] if len(args) > 1 else "light", int(args[2]) if len(args) > 2 else 100)
    )
