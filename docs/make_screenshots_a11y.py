"""Take docs/results-high-contrast.png from the real window: run under Xvfb (or any X display).

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots_a11y.py

Chooses the high-contrast theme from the View menu's action, answers the bundled Quick check with the keyboard
into a temporary data folder, and grabs the results screen with QScreen.grabWindow.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from itertools import cycle
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cs_quiz.ui.app import application, build

DOCS = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def key(k: Qt.Key) -> None:
    w = QApplication.focusWidget()
    assert w is not None
    QTest.keyClick(w, k)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="cs-quiz-a11y-shots-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    application()
    window = build(argparse.Namespace(data_dir=tmp / "data", kiosk=False, bank=None, section=None, lang="en"))
    loop = QEventLoop()
    window.banks_ready.connect(loop.quit)
    window.resize(*SIZE)
    window.show()
    loop.exec()
    window.activateWindow()
    window.theme_actions["high-contrast"].trigger()
    window.welcome.nickname.setText("Alex")
    settle()
    window.welcome.section_buttons["quick"].setFocus()
    key(Qt.Key.Key_Return)  # Quick check
    session = window.session
    assert session is not None
    likert = cycle([Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_4])
    while window.stack.currentWidget() is window.question:
        q = session.current
        if q.type.value == "likert":
            key(next(likert))
        elif q.type.value == "scenario":
            key(Qt.Key.Key_1)
            if "worst" in q.ask:
                key(Qt.Key.Key_2)
        elif q.input is not None and q.input.value == "number":
            QTest.keyClicks(QApplication.focusWidget(), "7")
        else:
            key(Qt.Key.Key_2)
        key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # Finish
    settle()
    image = window.screen().grabWindow(window.winId())
    image.save(str(DOCS / "results-high-contrast.png"))
    print("wrote", DOCS / "results-high-contrast.png", image.width(), "x", image.height())
    window.close()
    window.store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY"):
        sys.exit("run under an X display: xvfb-run -a -s '-screen 0 1280x800x24' python docs/make_screenshots_a11y.py")
    sys.exit(main())
