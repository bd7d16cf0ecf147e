"""A tick-all-that-apply question whose options carry feedback is looked back at too: the bank's format says an
option's feedback is "shown after the attempt", and before this a multi question's never was. The review marks what
the person ticked and which options were worth ticking (those earning points), with every option's feedback."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from cs_quiz.bank.load import load_bytes
from cs_quiz.bank.model import Bank
from cs_quiz.report.review_html import review_html
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.review import review

BANK = b"""
format: 1
bank: {id: ticks, title: Ticks, version: "1", language: en, description: A test bank.}
scoring: {show: sum}
competencies:
  - {id: k, name: Know-how}
questions:
  - id: measures
    type: multi
    text: Which of these measure how customers feel? Tick all that apply.
    options:
      - {id: a, text: CSAT, scores: {k: 1}, feedback: It asks customers how satisfied they were.}
      - {id: b, text: NPS, scores: {k: 1}, feedback: It asks whether they would recommend you.}
      - {id: c, text: Calls per hour, scores: {k: -1}, feedback: "It counts work done, not feelings."}
  - id: plain
    type: multi
    text: Which channels do you use?
    options:
      - {id: a, text: Phone, scores: {k: 1}}
      - {id: b, text: Email, scores: {k: 1}}
sections:
  - {id: all, title: All, questions: [measures, plain]}
"""


def bank() -> Bank:
    result = load_bytes(BANK, "ticks.yaml")
    assert result.bank is not None, result.errors
    return result.bank


def test_what_was_ticked_and_what_was_worth_ticking() -> None:
    ev, _ = evaluate(bank(), {"measures": ["a", "c"], "plain": ["a"]})
    looked = review(ev)
    assert [s.question for s in looked.scenarios] == ["measures"], "a multi question without feedback is not listed"
    (s,) = looked.scenarios
    assert s.kind == "multi" and s.answered and s.picked == ("a", "c")
    assert [(o.id, o.picked_best, o.keyed_best) for o in s.options] == [
        ("a", True, True),
        ("b", False, True),
        ("c", True, False),
    ]
    html = "".join(review_html(ev))
    assert "[You ticked this \u00b7 Worth ticking]</b> CSAT" in html
    assert "[Worth ticking]</b> NPS" in html
    assert "[You ticked this]</b> Calls per hour" in html and "It counts work done, not feelings." in html


def test_ticking_nothing_is_an_answer_and_skipping_is_not() -> None:
    ticked_none, _ = evaluate(bank(), {"measures": []})
    assert review(ticked_none).scenarios[0].answered
    skipped, _ = evaluate(bank(), {"plain": ["a"]})
    assert not review(skipped).scenarios[0].answered
    assert "You did not answer this one." in "".join(review_html(skipped))


def test_the_review_screen_marks_the_ticks_in_words(qtbot: QtBot) -> None:
    from cs_quiz.ui.results_page import ResultsPage

    ev, _ = evaluate(bank(), {"measures": ["b"]})
    page = ResultsPage(review=True)
    qtbot.addWidget(page)
    page.show_evaluation(ev)
    page.show()
    button = page.findChild(QPushButton, "reviewAnswers")
    assert button is not None
    button.click()
    dialog = page.offer.dialog
    assert dialog is not None
    marks = [w.text() for w in dialog.findChildren(QLabel, "answerMarks")]
    assert marks == ["Worth ticking", "You ticked this · Worth ticking"]
    feedback = [w.text() for w in dialog.findChildren(QLabel, "questionHelp")]
    assert "It counts work done, not feelings." in feedback
    dialog.reject()
