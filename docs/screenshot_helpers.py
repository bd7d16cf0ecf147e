"""What the docs' screenshot scripts share: open the real window on a throw-away data folder, drive it with the
keyboard through the bundled Quick check, and grab it into docs/ with QScreen.grabWindow.

Used by make_screenshots.py, make_screenshots_es.py and make_screenshots_a11y.py (run as scripts, so this folder
is on sys.path). Needs an X display: run them under ``xvfb-run -a -s "-screen 0 1280x800x24"``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import cycle
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cs_quiz.bank.model import Question
from cs_quiz.ui.app import application, build
from cs_quiz.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
SIZE = (1280, 800)
LIKERT = (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_4)


def require_display(script: str) -> None:
    """Exit with how to run ``script`` when there is no X display (Qt's default platform would abort)."""
    if not os.environ.get("DISPLAY"):
        sys.exit(f"run under an X display, e.g. xvfb-run -a -s '-screen 0 1280x800x24' python docs/{script}")


def settle(ms: int = 200) -> None:
    """Run the event loop for ``ms`` milliseconds, so the window has painted what the last key did."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``k`` in the focused widget, as a person at the keyboard would."""
    w = QApplication.focusWidget()
    assert w is not None
    QTest.keyClick(w, k, modifier)


def shot(window: MainWindow, name: str, *, wait: int = 200) -> None:
    """Grab the window, once it has settled for ``wait`` ms, into docs/``name``."""
    settle(wait)
    image = window.screen().grabWindow(window.winId())
    image.save(str(DOCS / name))
    print("wrote", DOCS / name, image.width(), "x", image.height())


def open_window(prefix: str, lang: str | None) -> tuple[MainWindow, Path]:
    """The main window at :data:`SIZE`, shown with its banks loaded, and the temporary folder holding its data and
    settings (so the person's own are neither read nor changed). ``lang`` is what ``--lang`` would be."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    application()
    window = build(argparse.Namespace(data_dir=tmp / "data", kiosk=False, bank=None, section=None, lang=lang))
    assert window is not None
    # The keyboard answers far faster than a person reads, and the bundled bank withholds a result given that
    # fast: the attempt's clock runs at a person's pace instead (ten minutes for each second the script takes).
    window.clock = lambda: time.monotonic() * 600
    loop = QEventLoop()
    window.banks_ready.connect(loop.quit)
    window.resize(*SIZE)
    window.show()
    loop.exec()
    # The window manager's title bar sits above the window: shrink it by that much so its bottom row (the Back and
    # Next buttons) is on the screen, not cut off in every screenshot.
    settle(300)
    frame = window.frameGeometry().height() - window.height()
    screen = window.screen().availableGeometry()
    window.move(screen.topLeft())
    window.resize(SIZE[0], min(SIZE[1], screen.height()) - frame)
    window.activateWindow()
    return window, tmp


def likert_keys() -> Iterator[Qt.Key]:
    """The agreement answers, in turn: mostly agree, now and then strongly or not."""
    return cycle(LIKERT)


def answer(question: Question, likert: Iterator[Qt.Key]) -> None:
    """Answer the question on screen with the keyboard: the next of ``likert``, the first option of a scenario
    as best (the second as worst), 7 for a number, else the second option."""
    if question.type.value == "likert":
        key(next(likert))
    elif question.type.value == "scenario":
        key(Qt.Key.Key_1)
        if "worst" in question.ask:
            key(Qt.Key.Key_2)
    elif question.input is not None and question.input.value == "number":
        focused = QApplication.focusWidget()
        assert focused is not None
        QTest.keyClicks(focused, "7")
    else:
        key(Qt.Key.Key_2)


def questions(window: MainWindow) -> Iterator[Question]:
    """Each question of the session just started, as it comes on screen; the caller answers it, and Return
    (Next) is pressed when the caller asks for the next one. Ends on the last page, before Finish."""
    session = window.session
    assert session is not None
    while window.stack.currentWidget() is window.question:
        yield session.current
        key(Qt.Key.Key_Return)


def take_quiz(window: MainWindow) -> None:
    """Answer every question of the session just started with :func:`answer`, then Finish (Return)."""
    likert = likert_keys()
    for question in questions(window):
        answer(question, likert)
    key(Qt.Key.Key_Return)  # Finish


def close(window: MainWindow, tmp: Path) -> None:
    """Close the window and its store, and delete the temporary folder."""
    window.close()
    window.store.close()
    shutil.rmtree(tmp, ignore_errors=True)
