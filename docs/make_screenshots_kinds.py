"""Screenshots of banks that are not readiness checks (issue 19), from the real window under an X display:

    DISPLAY=:99 python docs/make_screenshots_kinds.py [lang theme size%]

Takes the examples/ Big-Five inventory (a profile of sums), the quiz (its review of the answers) and a reflection
question, by keyboard, into docs/results-inventory.png, docs/review-quiz.png and docs/reflection.png. With arguments
(e.g. ``es dark 200``) it takes them at 1024×600 in that language, theme and text size into a temporary folder it
prints (to look at, not to keep).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from screenshot_helpers import DOCS, key, require_display, settle

from cs_quiz.ui.app import application, build
from cs_quiz.ui.main_window import MainWindow

EXAMPLES = DOCS.parent / "examples"
REFLECTION = """format: 1
bank: {id: looking-back, title: Looking back on the workshop, version: "1.0", language: en,
       description: Two questions about what you take away. Nothing here is scored.}
competencies: [{id: listening, name: Listening}]
scales:
  - id: agree5
    name: Agreement
    values:
      - {value: 1, label: Strongly disagree}
      - {value: 2, label: Disagree}
      - {value: 3, label: Neither agree nor disagree}
      - {value: 4, label: Agree}
      - {value: 5, label: Strongly agree}
questions:
  - {id: l1, type: likert, competency: listening, scale: agree5, text: I let people finish before I answer.}
  - id: r1
    type: reflection
    text: What is one thing you will do differently with customers next week?
    help: A sentence or two is plenty. It goes in your report, and nobody scores it.
    max_length: 400
sections: [{id: all, title: Looking back, questions: [r1, l1]}]
"""


def grab(widget: QWidget, folder: Path, name: str) -> None:
    settle(250)
    image = widget.screen().grabWindow(widget.winId())
    image.save(str(folder / name))
    print("wrote", folder / name, image.width(), "x", image.height())


def window_on(banks: Path, tmp: Path, lang: str | None, theme: str, size: int, small: bool) -> MainWindow:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    application()
    args = argparse.Namespace(data_dir=tmp / "data", kiosk=False, bank=None, section=None, lang=lang, banks=banks)
    window = build(args)
    assert window is not None
    window.clock = lambda: time.monotonic() * 600  # a person's pace, so nothing is withheld as too fast
    loop = QEventLoop()
    window.banks_ready.connect(loop.quit)
    window.resize(*((1024, 600) if small else (1100, 760)))
    window.show()
    loop.exec()
    settle(300)
    window.move(window.screen().availableGeometry().topLeft())
    window.activateWindow()
    if theme != "light":
        window.choose_theme(theme)
    while window.appearance.size < size:
        window.change_size(window.appearance.larger)
    return window


def finish(window: MainWindow, answer: str) -> None:
    """Answer every question with the digit ``answer`` and finish, by keyboard."""
    session = window.session
    assert session is not None
    while window.stack.currentWidget() is window.question:
        key(getattr(Qt.Key, f"Key_{answer}"))
        key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # Finish, on the review
    settle(400)


def main(lang: str | None, theme: str, size: int) -> int:
    variant = lang is not None
    out = Path(tempfile.mkdtemp(prefix="cs-quiz-kinds-look-")) if variant else DOCS
    suffix = f"-{lang}-{theme}-{size}" if variant else ""
    tmp = Path(tempfile.mkdtemp(prefix="cs-quiz-kinds-"))
    for name in ("ipip-big-five.yaml", "knowledge-quiz.yaml"):
        folder = tmp / name
        folder.mkdir()
        shutil.copy(EXAMPLES / name, folder / name)
        window = window_on(folder, tmp / f"data-{name}", lang, theme, size, variant)
        key(Qt.Key.Key_Return)  # Start
        finish(window, "4" if name.startswith("ipip") else "2")
        if name.startswith("ipip"):
            grab(window, out, f"results-inventory{suffix}.png")
        else:
            review = window.findChild(QPushButton, "reviewAnswers")
            assert review is not None
            review.click()
            settle(300)
            dialog = QApplication.activeModalWidget()
            assert dialog is not None
            grab(dialog, out, f"review-quiz{suffix}.png")
            dialog.close()
        window.close()
        window.store.close()
    folder = tmp / "reflection"
    folder.mkdir()
    (folder / "looking-back.yaml").write_text(REFLECTION, encoding="utf-8")
    window = window_on(folder, tmp / "data-reflection", lang, theme, size, variant)
    key(Qt.Key.Key_Return)
    focused = QApplication.focusWidget()
    assert focused is not None
    for ch in "Let people finish before I answer,\nand write down what they asked for.":
        focused.insertPlainText(ch)  # type: ignore[attr-defined]
    grab(window, out, f"reflection{suffix}.png")
    window.close()
    window.store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    require_display(__file__)
    given = sys.argv[1:]
    sys.exit(
        main(
            given[0] if given else None,
            given[1] if len(given) > 1 else "light",
            int(given[2]) if len(given) > 2 else 100,
        )
    )
