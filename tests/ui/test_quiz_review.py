"""A quiz is looked back at like the scenarios (issue 19): each question with the person's answer, the right one and
every option's feedback, on screen and in the PDF's appendix."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.report.review_html import review_html
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.review import review

QUIZ = Path(__file__).parent.parent.parent / "examples" / "knowledge-quiz.yaml"


@pytest.fixture(scope="module")
def quiz() -> Bank:
    bank = load_bank(QUIZ).bank
    assert bank is not None
    return bank


def test_each_question_with_the_answer_the_right_one_and_why(quiz: Bank) -> None:
    ev, _ = evaluate(quiz, {"measures": "a", "csat": "a"})
    looked = review(ev)
    assert len(looked) == len(quiz.questions) and not looked.only_scenarios
    first = looked.scenarios[0]
    assert first.kind == "question" and first.picked_best == "a" and first.key_best == "b"
    assert all(o.feedback for o in first.options)
    assert not looked.scenarios[2].answered  # not answered: still listed, it still teaches
    html = "".join(review_html(ev))
    assert "Question 1 of 10" in html and "Your answer" in html and "Scenario" not in html


def test_the_results_screen_offers_the_quiz_review(qtbot: QtBot, quiz: Bank) -> None:
    from cs_quiz.ui.results_page import ResultsPage

    ev, _ = evaluate(quiz, {"measures": "b"})
    page = ResultsPage(review=True)
    qtbot.addWidget(page)
    page.show_evaluation(ev)
    page.show()
    button = page.findChild(QPushButton, "reviewAnswers")
    assert button is not None and button.accessibleName() == "Review my answers"
    button.click()
    dialog = page.offer.dialog
    assert dialog is not None
    marks = [w.text() for w in dialog.findChildren(QLabel, "answerMarks")]
    assert "Your answer · Best answer" in marks  # the first question, answered right
    dialog.reject()
