"""Take the screenshots in docs/ from the real window: run under Xvfb (or any X display).

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots.py

Drives the app with the keyboard through the bundled Quick check into a temporary data folder, grabs the
window with QScreen.grabWindow at each step, and renders the PDF report's first page with pdftoppm.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from itertools import cycle
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cs_quiz.ui.app import application, build
from cs_quiz.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(window: MainWindow, name: str) -> None:
    settle()
    screen = window.screen()
    image = screen.grabWindow(window.winId())
    image.save(str(DOCS / name))
    print("wrote", DOCS / name, image.width(), "x", image.height())


def key(k: Qt.Key) -> None:
    w = QApplication.focusWidget()
    assert w is not None
    QTest.keyClick(w, k)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="cs-quiz-shots-"))
    application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    window = build(argparse.Namespace(data_dir=tmp / "data", kiosk=False, bank=None, section=None, lang=None))
    assert window is not None
    loop = QEventLoop()
    window.banks_ready.connect(loop.quit)
    window.resize(*SIZE)
    window.show()
    loop.exec()
    window.activateWindow()
    window.welcome.nickname.setText("Alex")
    shot(window, "welcome.png")

    key(Qt.Key.Key_Return)  # Quick check
    session = window.session
    assert session is not None
    likert = cycle([Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_5, Qt.Key.Key_4, Qt.Key.Key_2, Qt.Key.Key_4])
    took_question = took_scenario = False
    while window.stack.currentWidget() is window.question:
        q = session.current
        if q.type.value == "likert" and not took_question and session.index >= 1:
            key(Qt.Key.Key_4)
            shot(window, "question.png")
            took_question = True
        elif q.type.value == "likert":
            key(next(likert))
        elif q.type.value == "scenario":
            key(Qt.Key.Key_1)
            if "worst" in q.ask:
                key(Qt.Key.Key_2)
            if not took_scenario:
                shot(window, "scenario.png")
                took_scenario = True
        elif q.input is not None and q.input.value == "number":
            QTest.keyClicks(QApplication.focusWidget(), "7")
        else:
            key(Qt.Key.Key_2)
        key(Qt.Key.Key_Return)
    key(Qt.Key.Key_Return)  # Finish
    shot(window, "results.png")

    ev = window.evaluation
    assert ev is not None
    from cs_quiz.report import write_pdf

    pdf = tmp / "report.pdf"
    write_pdf(ev, pdf, nickname="Alex", when=window.finished_at)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(DOCS / "report-page1")],
            check=True,
        )
        print("wrote", DOCS / "report-page1.png")
    window.close()
    window.store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY"):
        sys.exit("run under an X display, e.g. xvfb-run -a -s '-screen 0 1280x800x24' python docs/make_screenshots.py")
    sys.exit(main())
