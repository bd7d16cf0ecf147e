"""The question and review screens: mouse, flag, skip, jump, progress; the saving-problem bar."""

from __future__ import annotations

from gui_helpers import focused, press
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton, QWidget

from cs_quiz.store.store import Store, StoreError
from cs_quiz.ui.main_window import MainWindow


def indicator_centre(button: QRadioButton) -> QPoint:
    """qt-notes: a click in the middle of a stretched radio misses; aim at its indicator."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    return button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button).center()


def start_full(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.session is not None


def test_mouse_answers_and_progress(qtbot, make_window) -> None:
    window = make_window()
    start_full(qtbot, window)
    page = window.question
    assert page.bar.value() == 0 and "0%" in page.bar.format()
    assert page.minutes.text() == "About 5 min left"
    radio = page.findChild(QRadioButton, "option3")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=indicator_centre(radio))
    assert window.session is not None and window.session.answer_of("data-1") == 3
    assert page.bar.value() == 17 and page.minutes.text() == "About 5 min left"  # ceil(5 × 5/6)
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    assert page.counter.text() == "Question 2 of 6"
    assert not page.back.isHidden() and page.back.isEnabled()


def test_back_is_disabled_on_the_first_question(qtbot, make_window) -> None:
    window = make_window()
    start_full(qtbot, window)
    assert not window.question.back.isEnabled()
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Backspace)
    assert window.session is not None and window.session.index == 0


def test_flag_skip_review_and_jump(qtbot, make_window) -> None:
    window = make_window()
    start_full(qtbot, window)
    session = window.session
    assert session is not None
    press(qtbot, Qt.Key.Key_2)
    window.question.flag.click()  # flag question 1
    assert window.question.flag.isChecked() and not window.question.flag_badge.isHidden()
    press(qtbot, Qt.Key.Key_Return)
    assert session.index == 1
    press(qtbot, Qt.Key.Key_3)
    window.question.skip.click()  # skip leaves question 2 unanswered, clearing its answer
    assert session.answer_of("patience-1") is None and session.index == 2
    window.question.review.click()
    review = window.review
    assert window.stack.currentWidget() is review
    items = [review.list.item(i).text() for i in range(review.list.count())]
    assert items[0].startswith("Question 1 (flagged)")
    assert items[1].startswith("Question 2 (unanswered)")
    assert len(items) == 6  # 1 flagged + 5 unanswered
    assert "answered 1 of 6" in review.summary.text()
    assert focused() is review.list
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # jump to question 2
    assert window.stack.currentWidget() is window.question and session.index == 1
    assert window.question.counter.text() == "Question 2 of 6"


def first_in_tab_order(window: QWidget) -> QWidget | None:
    w = window.nextInFocusChain()
    while w is not window:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible():
            return w
        w = w.nextInFocusChain()
    return None


def test_a_saving_problem_shows_a_bar_and_the_attempt_goes_on(qtbot, make_window, monkeypatch) -> None:
    window = make_window()

    def refuse(self: Store, *args: object, **kwargs: object) -> None:
        raise StoreError("Results cannot be saved to /nowhere: the disk is full.")

    monkeypatch.setattr(Store, "save_answer", refuse)
    start_full(qtbot, window)
    assert window.bar.isHidden()
    press(qtbot, Qt.Key.Key_4)
    qtbot.waitUntil(lambda: not window.bar.isHidden())  # the write fails on the store's lane, then the bar shows
    assert not window.bar.isHidden() and "the disk is full" in window.bar.text()
    assert "Ctrl+S" in window.bar.text()
    qtbot.waitUntil(lambda: window.bar.geometry().bottom() < window.stack.geometry().top())  # across the top
    assert first_in_tab_order(window) is window.bar.close_button  # read and reached before the page
    assert window.session is not None and window.session.answer_of("data-1") == 4  # kept in memory
    press(qtbot, Qt.Key.Key_Return)
    assert window.session.index == 1


def test_the_results_screen_says_what_the_pdf_says(qtbot, make_window) -> None:
    """Issue 17: the stage's and the role's descriptions, and how many questions each score stands on, were in the
    PDF only."""
    from pathlib import Path

    import yaml
    from PySide6.QtWidgets import QLabel

    from cs_quiz.bank.load import choose_bank, load_bundled
    from cs_quiz.scoring.engine import evaluate

    window = make_window()
    bank, _ = choose_bank(load_bundled().banks, "csd-readiness", "en")
    personas = Path(__file__).resolve().parents[1] / "fixtures" / "personas"
    persona = yaml.safe_load((personas / "team-lead.yaml").read_text(encoding="utf-8"))
    answers = dict(persona["answers"])
    answers.pop(next(q for q in answers if q.startswith("communication-")))  # one statement skipped
    ev, _ = evaluate(bank, answers, persona["sections"])
    window.results.show_evaluation(ev)
    shown = " ".join(w.text() for w in window.results.findChildren(QLabel) if w.isVisibleTo(window.results))
    assert ev.advice.stage is not None and ev.advice.stage.description in shown
    assert ev.advice.specialisation is not None
    assert ev.advice.specialisation.description in shown
    communication = next(c for c in ev.score.competencies if c.competency == "communication")
    assert f"{communication.answered} of {communication.available} answered" in shown
