"""Take docs/results-es.png, the results screen in Spanish, from the real window: run under Xvfb (or any display).

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots_es.py

Starts the app in English, chooses Español on the welcome screen (no restart, as a person would), takes the bundled
Quick check with the keyboard into a temporary data folder and grabs the results screen. With ``--lang-arg`` it
starts with ``--lang es`` instead.
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

from cs_quiz.ui import language
from cs_quiz.ui.app import application, build
from cs_quiz.ui.main_window import MainWindow

DOCS = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shot(window: MainWindow, name: str) -> None:
    settle()
    image = window.screen().grabWindow(window.winId())
    image.save(str(DOCS / name))
    print("wrote", DOCS / name, image.width(), "x", image.height())


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    w = QApplication.focusWidget()
    assert w is not None
    QTest.keyClick(w, k, modifier)


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("--lang-arg", action="store_true", help="start with --lang es instead of choosing it")
    opts = options.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cs-quiz-shots-es-"))
    application()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    lang = "es" if opts.lang_arg else "en"
    window = build(argparse.Namespace(data_dir=tmp / "data", kiosk=False, bank=None, section=None, lang=lang))
    loop = QEventLoop()
    window.banks_ready.connect(loop.quit)
    window.resize(*SIZE)
    window.show()
    loop.exec()
    window.activateWindow()
    settle(400)  # the window manager (or Xvfb) gives it focus
    if not opts.lang_arg:
        key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # “&Language:”
        picker = window.welcome.language_picker
        while picker.currentData() != "es":
            key(Qt.Key.Key_Down)
        settle()
    assert language.current_language() == "es"
    window.welcome.nickname.setText("Lucía")
    shot(window, "welcome-es.png")
    window.welcome.section_buttons["quick"].setFocus()
    key(Qt.Key.Key_Return)
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
    key(Qt.Key.Key_Return)  # Terminar y ver resultados
    shot(window, "results-es.png")
    window.close()
    window.store.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY"):
        sys.exit("run under an X display: xvfb-run -a -s '-screen 0 1280x800x24' python docs/make_screenshots_es.py")
    sys.exit(main())
