"""Take the bank preview's screenshots in docs/ from the real window: run under Xvfb with a window manager.

    Xvfb :99 -screen 0 1280x800x24 & DISPLAY=:99 openbox &
    DISPLAY=:99 python docs/make_screenshots_preview.py [lang theme size%]

Follows the walk-through of question-format.md in a throw-away folder: writes ``my-bank.yaml`` as ``cs-quiz new
my-bank.yaml --kind inventory`` does, opens ``cs-quiz preview`` on it, answers a few statements by keyboard and
grabs the window (preview.png); then adds a statement to no section, as step 5 does, and grabs the window again, the
problem listed above the last version that loaded (preview-errors.png). With arguments (e.g. ``es dark 200``) it
takes pictures of the bundled bank (its long texts, and its Spanish file beside it) at 1024×600 in that language,
theme and text size, broken in two places, named ``preview-*-es-dark-200.png`` in a temporary folder it prints (to
look at, not to keep).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QWidget
from screenshot_helpers import DOCS, key, require_display, settle

from cs_quiz.bank.load import bundled_folder
from cs_quiz.cli.starter import starter_text
from cs_quiz.ui import theme
from cs_quiz.ui.app import application
from cs_quiz.ui.language import set_language
from cs_quiz.ui.preview.window import PreviewWindow, open_preview

BANK = "csd-readiness.yaml"


def grab(widget: QWidget, folder: Path, name: str) -> None:
    settle(300)
    image = widget.screen().grabWindow(widget.winId())
    image.save(str(folder / name))
    print("wrote", folder / name, image.width(), "x", image.height())


def wait_for(window: PreviewWindow, what: str = "reloaded") -> None:
    loop = QEventLoop()
    getattr(window, what).connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)
    loop.exec()


def main(lang: str | None, theme_id: str, size: int) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="cs-quiz-preview-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    folder = tmp / "my-banks"
    folder.mkdir()
    variant = lang is not None
    if variant:
        for name in (BANK, BANK.replace(".yaml", ".es.yaml")):
            shutil.copy(bundled_folder() / name, folder / name)
        path = folder / BANK
    else:
        path = folder / "my-bank.yaml"
        path.write_text(starter_text("inventory", path), encoding="utf-8")
    app = application()
    theme.apply(app, theme_id, size)
    set_language(lang or "en", app)
    out = Path(tempfile.mkdtemp(prefix="cs-quiz-preview-look-")) if variant else DOCS
    suffix = f"-{lang}-{theme_id}-{size}" if variant else ""
    window = open_preview(path)
    window.resize(*((1024, 600) if variant else (1280, 800)))
    wait_for(window)
    settle(500)  # the bank's other language is found in the background
    frame = window.frameGeometry().height() - window.height()
    if frame > 0:
        window.resize(window.width(), window.height() - frame)

    window.tree.setFocus()
    for digit in (Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_5, Qt.Key.Key_3, Qt.Key.Key_2):
        window.tree.setFocus()
        key(Qt.Key.Key_Return)  # to the answers of the question under the cursor
        key(digit)
        window.tree.setFocus()
        key(Qt.Key.Key_Down)
    window.tree.setFocus()
    key(Qt.Key.Key_Return)
    grab(window, out, f"preview{suffix}.png")

    path = window.path  # the file shown: the Spanish one when the interface is Spanish
    good = path.read_text(encoding="utf-8")
    if variant:
        broken = good.replace("scale: agree5", "scale: agree-5", 1).replace("kind: skill", "kind: skills", 1)
    else:  # step 5: a new statement, in no section yet
        plan_4 = (
            "  - id: plan-4\n    type: likert\n    text: I finish my work before I relax.\n"
            "    competency: planning\n    scale: describes5\n"
        )
        broken = good.replace(
            "    reverse: true\n\n# ---- Sections", "    reverse: true\n" + plan_4 + "\n# ---- Sections", 1
        )
    path.write_text(broken, encoding="utf-8")
    wait_for(window)
    window.problems.list.setFocus()
    grab(window, out, f"preview-errors{suffix}.png")
    path.write_text(good, encoding="utf-8")
    wait_for(window)
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    require_display("make_screenshots_preview.py")
    args = sys.argv[1:]
    if args and len(args) != 3:
        sys.exit("usage: make_screenshots_preview.py [lang theme size%]")
    sys.exit(main(args[0], args[1], int(args[2])) if args else main(None, "light", 100))
