"""Run by tests/ui/test_gui_slow_disk.py in a process of its own, to be killed: the real main window on a slow
disk, answering the Quick check as a person would, printing what the attempt reports as durable.

    python slow_disk_child.py DATA_DIR SEED

Prints ``durable {answers}`` (JSON) each time every write made so far has reached the disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import start_anew
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from cs_quiz.bank.load import bundled_folder
from cs_quiz.store.store import Store
from cs_quiz.ui.app import build


def report(*words: str) -> None:
    sys.stdout.write(" ".join(words) + "\n")  # one write: a kill cannot leave half a line that looks whole
    sys.stdout.flush()


def slow(real):  # type: ignore[no-untyped-def]
    def write(self: Store, fn):  # type: ignore[no-untyped-def]
        def held(conn):  # type: ignore[no-untyped-def]
            value = fn(conn)
            time.sleep(0.05)  # slow: an answer and its move take longer to save than a quick person takes
            return value

        return real(self, held)

    return write


def main() -> None:
    data, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    Store._write = slow(Store._write)  # type: ignore[method-assign]
    args = argparse.Namespace(data_dir=data, kiosk=False, bank=None, section=None, lang=None, banks=bundled_folder())
    window = build(args)
    window.show()

    def step() -> None:
        attempt = window.attempt
        if attempt is None:
            window.welcome.section_buttons["quick"].setFocus()
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
            if window.attempt is None:  # the last run's attempt is offered: "Start a new one" (ui/start_over.py)
                start_anew(window)
            started = window.attempt
            shown = started.on_saved

            def saved(a):  # type: ignore[no-untyped-def]
                shown(a)
                if a.saved:
                    report("durable", json.dumps(a.session.answers))

            started.on_saved = saved
            report("started", started.id)
            return
        session = window.session
        if session is None:
            return
        if len(session.answers) % 4 == 3 and not attempt.saved:
            return  # now and then the person reads for longer than the disk takes to catch up
        if session.current.type.value == "likert":
            QTest.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + rng.randint(1, 5)))
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        else:
            window.question.skip.click()

    window.banks_ready.connect(lambda: timer.start())
    timer = QTimer()
    timer.setInterval(rng.randint(30, 90))
    timer.timeout.connect(step)
    QApplication.instance().exec()


if __name__ == "__main__":
    main()
