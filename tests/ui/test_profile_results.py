"""The results screen of a bank without bands (issue 19): the scores are the result, as sums where the bank shows
sums; nothing speaks of readiness."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cs_quiz.bank.load import load_bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.ui.results_page import ResultsPage

PROFILE = Path(__file__).parent.parent / "fixtures" / "banks" / "profile.yaml"


def test_a_profile_shows_sums_and_no_readiness(qtbot: QtBot) -> None:
    bank = load_bank(PROFILE).bank
    assert bank is not None
    ev, _ = evaluate(bank, {"o1": 5, "o2": 1, "o3": 4, "o4": 2, "s1": 2, "s2": 4, "s3": 3})
    page = ResultsPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show_evaluation(ev)
    page.show()
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page)]
    assert "Your results" in texts
    assert not any("readiness" in t.lower() for t in texts), texts
    assert page.findChild(QLabel, "score-order").text() == "18 on a scale of 4 to 20 (88)"
    assert page.scroller.accessibleName() == "Your results"
    assert "Your results" in page.summary() and "readiness" not in page.summary().lower()


def test_a_quiz_with_blanks_shows_them_counted_as_wrong(qtbot: QtBot) -> None:
    """examples/knowledge-quiz.yaml counts a blank as a wrong answer: seven right and three blank is 7 of 10."""
    bank = load_bank(Path(__file__).parents[2] / "examples" / "knowledge-quiz.yaml").bank
    assert bank is not None
    right = {q.id: next(o.id for o in q.options if o.scores) for q in bank.questions.values()}
    answers = dict(list(right.items())[:7])
    ev, _ = evaluate(bank, answers)
    page = ResultsPage()
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show_evaluation(ev)
    page.show()
    assert page.findChild(QLabel, "score-knowledge").text() == "7 of 10 (70)"
    notes = [w.text() for w in page.findChildren(QLabel, "competencyNote")]
    assert "7 of 10 answered; 3 left blank, counted as the lowest answer" in notes
