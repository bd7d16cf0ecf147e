"""'Not yet' is an answer (issue 14): a scale can offer "I haven't had the chance yet"; it is recorded and shown,
counted apart, and left out of both sides of the score, never read as low or middling."""

from __future__ import annotations

from pathlib import Path

import pytest

from cs_quiz.bank.load import load_bytes
from cs_quiz.bank.model import NOT_YET, Bank
from cs_quiz.report.text import render
from cs_quiz.scoring.answers import AnswerError
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.scores import score

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"
WITH_NOT_YET = SMALL.read_text(encoding="utf-8").replace(
    "  - id: agree5\n    name: Agreement\n",
    "  - id: agree5\n    name: Agreement\n    not_yet: I haven't had the chance yet\n",
)


@pytest.fixture(scope="module")
def bank() -> Bank:
    b = load_bytes(WITH_NOT_YET.encode(), "n.yaml").bank
    assert b is not None and b.scales["agree5"].not_yet == "I haven't had the chance yet"
    return b


def test_not_yet_is_left_out_of_both_sides_and_counted_apart(bank: Bank) -> None:
    both = score(bank, {"data-1": 4, "patience-1": NOT_YET}, ["quick"])
    alone = score(bank, {"data-1": 4}, ["quick"])
    assert both.competencies == tuple(
        c if c.competency != "patience" else type(c)(**{**c.__dict__, "not_yet": 1}) for c in alone.competencies
    )
    patience = next(c for c in both.competencies if c.competency == "patience")
    assert patience.score is None and patience.answered == 0 and patience.not_yet == 1  # not 0, not the middle


def test_not_yet_never_lowers_a_score(bank: Bank) -> None:
    full = ["full"]
    with_low = score(bank, {"data-1": 4, "sc-1": {"best": "a", "worst": "c"}, "patience-1": 5}, full)  # reversed
    with_not_yet = score(bank, {"data-1": 4, "sc-1": {"best": "a", "worst": "c"}, "patience-1": NOT_YET}, full)
    low = next(c.score for c in with_low.competencies if c.competency == "patience")
    kept = next(c.score for c in with_not_yet.competencies if c.competency == "patience")
    assert kept is not None and low is not None and kept > low


def test_not_yet_is_refused_where_the_scale_has_no_such_choice() -> None:
    plain = load_bytes(SMALL.read_bytes(), "s.yaml").bank
    assert plain is not None
    with pytest.raises(AnswerError):
        score(plain, {"data-1": NOT_YET}, ["quick"])


def test_not_yet_is_shown_in_the_text_report(bank: Bank) -> None:
    ev, problems = evaluate(bank, {"data-1": 4, "patience-1": NOT_YET}, ["quick"])
    assert not problems
    assert "(1 not yet)" in render(ev)
