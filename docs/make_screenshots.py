"""Take the screenshots in docs/ from the real window: run under Xvfb (or any X display).

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots.py

Drives the app with the keyboard through the bundled Student section into a temporary data folder, grabs the
window with QScreen.grabWindow at each step (and the "Review my answers" dialog on its own), and renders the PDF
report's first page with pdftoppm.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from screenshot_helpers import DOCS, answer, close, key, likert_keys, open_window, questions, require_display, shot

WAIT = 150  # ms to settle before each grab


def app_wait(ready: Callable[[], bool], seconds: float = 10) -> None:
    """Run the event loop until ``ready()`` (a page read on the store's lane), at most ``seconds``."""
    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    window, tmp = open_window("cs-quiz-shots-", lang=None)
    window.welcome.nickname.setText("Alex")
    shot(window, "welcome.png", wait=WAIT)

    window.welcome.section_buttons["student"].setFocus()  # the Student section: statements and situations
    key(Qt.Key.Key_Space)
    session = window.session
    assert session is not None
    likert = likert_keys()
    took_question = took_scenario = False
    for q in questions(window):
        if q.type.value == "likert" and not took_question and session.index >= 1:
            key(Qt.Key.Key_4)  # a fixed answer for the picture; the likert cycle is not advanced
            shot(window, "question.png", wait=WAIT)
            took_question = True
            continue
        answer(q, likert)
        if q.type.value == "scenario" and not took_scenario:
            shot(window, "scenario.png", wait=WAIT)
            took_scenario = True
    key(Qt.Key.Key_Return)  # Finish
    shot(window, "results.png", wait=WAIT)

    review = window.results.review_button  # the Student section has scenarios
    assert review is not None
    review.setFocus()
    key(Qt.Key.Key_Space)  # Review my answers
    dialog = window.results.offer.dialog if window.results.offer else None
    assert dialog is not None
    shot(dialog, "review.png", wait=WAIT)  # type: ignore[arg-type]  # any window grabs the same way
    key(Qt.Key.Key_Escape)

    ev = window.evaluation
    window.results.history.click()  # the history, with Open this result and Export
    app_wait(lambda: window.stack.currentWidget() is window.history)
    shot(window, "history.png", wait=WAIT)
    assert ev is not None
    from cs_quiz.report.pdf import write_pdf

    pdf = tmp / "report.pdf"
    write_pdf(ev, pdf, nickname="Alex", when=window.finished_at)
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(DOCS / "report-page1")],
            check=True,
        )
        print("wrote", DOCS / "report-page1.png")
    close(window, tmp)
    return 0


if __name__ == "__main__":
    require_display("make_screenshots.py")
    sys.exit(main())
