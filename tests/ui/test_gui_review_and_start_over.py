"""What a person meets around an unfinished attempt and the review (issue 17): starting anew asks before the
unfinished attempt is set aside; an attempt with no answers is not offered; the review lists every answer given;
a question reached from the review leads back to it; the last question has one way on, not two."""

from __future__ import annotations

from gui_helpers import focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gui_fixtures import writes_landed


def begin(qtbot, window, section: str = "full") -> None:  # type: ignore[no-untyped-def]
    window.welcome.section_buttons[section].setFocus()
    press(qtbot, Qt.Key.Key_Space)


def leave_unfinished(qtbot, make_window, answers: int):  # type: ignore[no-untyped-def]
    window = make_window()
    begin(qtbot, window)
    for _ in range(answers):
        press(qtbot, Qt.Key.Key_4)
        press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)
    unfinished = window.attempt.id
    window.close()
    window.store.close()
    return unfinished


def start_over_box(window) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and box.objectName() == "startOver"
    return box


def test_starting_anew_asks_first_and_enter_resumes(qtbot, make_window) -> None:
    unfinished = leave_unfinished(qtbot, make_window, 2)
    window = make_window()
    begin(qtbot, window, "quick")
    box = start_over_box(window)
    assert "2 answer(s)" in box.text() and "can no longer be resumed" in box.informativeText()
    assert window.session is None, "nothing started or set aside before the person answers"
    assert box.defaultButton().text() == "Resume it"
    qtbot.waitUntil(lambda: focused() is box.defaultButton())  # once the question's window is active
    press(qtbot, Qt.Key.Key_Return)
    assert window.session is not None and window.attempt.id == unfinished and len(window.session.answers) == 2


def test_starting_anew_sets_the_unfinished_one_aside_only_when_chosen(qtbot, make_window) -> None:
    unfinished = leave_unfinished(qtbot, make_window, 1)
    window = make_window()
    begin(qtbot, window, "quick")
    press(qtbot, Qt.Key.Key_Escape)  # cancel: nothing changes
    assert window.session is None and not window.welcome.resume_box.isHidden()
    assert window.store.get_attempt(unfinished).status == "in_progress"
    begin(qtbot, window, "quick")
    [anew] = [b for b in start_over_box(window).buttons() if b.text() == "Start a new one"]
    qtbot.mouseClick(anew, Qt.MouseButton.LeftButton)
    assert window.session is not None and window.session.sections == ("quick",) and window.attempt.id != unfinished
    writes_landed(window)
    kept = window.store.get_attempt(unfinished)
    assert kept.status == "abandoned" and kept.answers, "its answers are kept in the history"


def test_an_attempt_with_no_answers_is_not_offered(qtbot, make_window) -> None:
    leave_unfinished(qtbot, make_window, 0)
    window = make_window()
    assert window.welcome.resume_box.isHidden(), "no 'Resume … 0 answer(s) so far'"
    begin(qtbot, window, "quick")
    assert window.session is not None, "and no question before starting"


def test_the_review_lists_every_answer_and_a_revisit_leads_back_to_it(qtbot, make_window) -> None:
    window = make_window()
    begin(qtbot, window)
    session = window.session
    press(qtbot, Qt.Key.Key_4)  # data-1: Agree
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)  # the scenario: best is the first shown
    press(qtbot, Qt.Key.Key_Return)
    window.question.review.click()
    listed = [window.review.list.item(i).text() for i in range(window.review.list.count())]
    assert len(listed) == len(session.questions), "every question, answered or not"
    assert listed[0].startswith("Question 4 (unanswered)"), "what needs a look comes first"
    answered = {t.split(":")[0]: t for t in listed if "Your answer:" in t}
    scale = session.bank.scales[session.questions[0].scale]
    assert f"Your answer: {scale.label(4)}" in answered["Question 1"]
    assert "Your answer: best: " in answered["Question 3"]

    row = next(i for i, t in enumerate(listed) if t.startswith("Question 1:"))
    window.review.list.setCurrentRow(row)
    press(qtbot, Qt.Key.Key_Return)  # go back to question 1 ...
    assert session.index == 0
    assert window.question.next.text() == "Review →" and window.question.review.isHidden(), "one way on"
    press(qtbot, Qt.Key.Key_5)  # ... change it ...
    press(qtbot, Qt.Key.Key_Return)  # ... and Next leads back to the review, not on to question 2
    assert window.stack.currentWidget() is window.review
    assert f"Your answer: {scale.label(5)}" in window.review.list.item(row).text()
    window.review.back.click()  # then through the questions by hand again
    assert window.question.next.text() == "Next →" or session.is_last


def test_with_everything_answered_the_review_says_so(qtbot, make_window) -> None:
    window = make_window()
    begin(qtbot, window, "quick")
    for key in (Qt.Key.Key_4, Qt.Key.Key_3):
        press(qtbot, key)
        press(qtbot, Qt.Key.Key_Return)
    assert window.session.is_last
    assert window.question.review.isHidden() and window.question.next.text() == "Review →"
    qtbot.keyClicks(focused(), "6")
    press(qtbot, Qt.Key.Key_Return)
    summary = window.review.summary.text()
    assert "You answered all 3 questions" in summary
    assert "Unanswered" not in summary and "go back to it" not in summary
    assert focused() is window.review.finish, "Enter finishes"
    assert "Your answer: 6" in window.review.list.item(2).text()
