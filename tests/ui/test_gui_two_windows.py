"""Two windows on one results folder (issue 16, item 8): the second window must not offer to resume or discard the
attempt the first is answering — it says the attempt is open in another window — and neither window's answers are
lost. Once the first window closes, or its process dies, the second offers the attempt again."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from gui_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui_fixtures import SMALL, writes_landed

CHILD = """
import sys, time
from pathlib import Path
from cs_quiz.attempts.attempt import Attempt
from cs_quiz.bank.load import load_bank
from cs_quiz.store.store import Store
attempt = Attempt.start(Store.open(Path(sys.argv[1])), load_bank(Path(sys.argv[2])).bank, ["quick"])
attempt.answer(4)
print(attempt.id, flush=True)
time.sleep(120)
"""


def switch_to(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def begin_and_answer(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)


def test_a_second_window_says_the_attempt_is_open_elsewhere(qtbot, make_window) -> None:
    first = make_window()
    begin_and_answer(qtbot, first)
    live = first.attempt
    assert live is not None

    second = make_window()
    welcome = second.welcome
    assert not welcome.resume_box.isHidden(), "the person is told about the unfinished attempt"
    assert "open in another cs-quiz window on this computer" in welcome.resume_text.text()
    assert welcome.resume_button.isHidden() and welcome.discard_button.isHidden(), "nothing to take it over with"

    welcome.section_buttons["quick"].setFocus()  # a new attempt here leaves the first window's alone
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_2)
    writes_landed(second)
    assert second.store.get_attempt(live.id).status == "in_progress"

    switch_to(qtbot, first)
    press(qtbot, Qt.Key.Key_5)  # the first window answers on; its saves still land
    writes_landed(first)
    assert live.saved and live.problem is None
    assert first.bar.isHidden(), "no 'could not save' banner in the first window"
    assert len(second.store.get_attempt(live.id).answers) == 2


def test_the_offer_comes_back_when_the_other_window_closes(qtbot, make_window) -> None:
    first = make_window()
    begin_and_answer(qtbot, first)
    second = make_window()
    assert second.welcome.resume_button.isHidden()
    switch_to(qtbot, first)
    first.close()
    switch_to(qtbot, second)  # coming back to the window looks again
    qtbot.waitUntil(lambda: not second.welcome.resume_button.isHidden(), timeout=5000)
    assert "Resume where you left off?" in second.welcome.resume_text.text()
    second.welcome.resume_button.click()
    assert second.session is not None and second.session.answers  # resumed, with the first window's answer


def test_a_window_killed_mid_attempt_leaves_it_to_resume(qtbot, make_window, data_dir: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(SMALL)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    window = make_window()
    assert not window.welcome.resume_button.isHidden(), "a dead process holds nothing: Resume is offered"
