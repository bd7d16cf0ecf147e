"""``scoring.unanswered: lowest``: in a quiz a question left blank is a wrong answer. Someone who skips three of ten
questions and gets the rest right sees "7 of 10" (70), not "7 of 7" (100); without the setting a blank still counts
on neither side, as questionnaires about oneself are scored."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from cs_quiz.bank.load import load_bank, load_bytes
from cs_quiz.bank.model import NOT_YET, Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import CompetencyScore

ROOT = Path(__file__).resolve().parents[1]
QUIZ = ROOT / "examples" / "knowledge-quiz.yaml"
TYPICAL = ROOT / "tests" / "fixtures" / "examples" / "quiz-typical.yaml"

# A small bank with a quiz question, a rated statement and a best-and-worst scenario, all on one competency, so
# that each kind of blank can be checked by hand: q1 (0 or 1 point), r1 (1..5, weight 2), s1 (points 0, 1, 3;
# best and worst asked, so two picks of range 0..3).
SMALL = """
format: 1
bank: {{id: small, title: Small, version: "1", language: en, description: A test bank.}}
scoring: {{show: sum, min_answered_fraction: 0{unanswered}}}
scales:
  - id: agree
    name: Agreement
    values:
      - {{value: 1, label: No}}
      - {{value: 2, label: Not really}}
      - {{value: 3, label: Unsure}}
      - {{value: 4, label: Mostly}}
      - {{value: 5, label: Yes}}
    not_yet: Not yet
competencies:
  - {{id: k, name: Know-how}}
questions:
  - id: q1
    type: single
    text: Which one is right?
    options:
      - {{id: a, text: This one, scores: {{k: 1}}}}
      - {{id: b, text: That one}}
  - id: r1
    type: likert
    scale: agree
    competency: k
    weight: 2
    text: I know my customers.
  - id: s1
    type: scenario
    ask: [best, worst]
    situation: A customer is upset about a late order.
    text: What do you do?
    options:
      - {{id: a, text: Listen first, scores: {{k: 3}}}}
      - {{id: b, text: Explain the rule, scores: {{k: 1}}}}
      - {{id: c, text: Walk away}}
    key: {{best: a, worst: c, rationale: Listening first calms people down.}}
sections:
  - {{id: all, title: All, questions: [q1, r1, s1]}}
"""


def small(unanswered: str | None) -> Bank:
    text = SMALL.format(unanswered=f", unanswered: {unanswered}" if unanswered else "")
    result = load_bytes(text.encode(), "small.yaml")
    assert result.bank is not None, result.errors
    return result.bank


def know_how(bank: Bank, answers: dict[str, Any]) -> CompetencyScore:
    ev, problems = evaluate(bank, answers)
    assert not problems
    (score,) = ev.score.competencies
    return score


@pytest.fixture(scope="module")
def quiz() -> Bank:
    result = load_bank(QUIZ)
    assert result.bank is not None, result.errors
    return result.bank


def typical_with_three_blanks() -> dict[str, str]:
    answers = yaml.safe_load(TYPICAL.read_text(encoding="utf-8"))["answers"]
    for wrong in ("reports-to", "years", "ccxp-issuer"):  # the typical student's three wrong answers, now blank
        del answers[wrong]
    return dict(answers)


def test_the_example_quiz_counts_a_blank_as_wrong(quiz: Bank) -> None:
    assert quiz.settings.unanswered == "lowest"
    score = know_how(quiz, typical_with_three_blanks())
    assert (score.sum, score.sum_min, score.sum_max) == (7, 0, 10)
    assert score.score == pytest.approx(70.0)
    assert (score.answered, score.available, score.blank) == (7, 10, 3)
    assert str(score.sum_said()) == "7 of 10"


def test_leaving_wrong_answers_blank_scores_the_same_as_giving_them(quiz: Bank) -> None:
    given = yaml.safe_load(TYPICAL.read_text(encoding="utf-8"))["answers"]
    assert know_how(quiz, given).score == know_how(quiz, typical_with_three_blanks()).score


def test_the_text_result_says_how_many_were_blank(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(yaml.safe_dump({"answers": typical_with_three_blanks()}), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "cs_quiz", "score", str(QUIZ), str(answers)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "7 of 10  (70)" in out.stdout
    assert "(3 left blank, counted as the lowest answer)" in out.stdout


def test_by_default_a_blank_counts_on_neither_side() -> None:
    bank = small(None)
    assert bank.settings.unanswered == "skip"
    score = know_how(bank, {"q1": "a"})
    assert (score.sum, score.sum_max, score.score, score.blank) == (1, 1, 100.0, 0)


def test_every_kind_of_blank_counts_at_its_lowest() -> None:
    bank = small("lowest")
    score = know_how(bank, {"q1": "a"})  # the statement and both picks of the scenario left blank
    # possible: q1 1 + r1 2 x (5 - 1) + s1 two picks x 3 = 1 + 8 + 6 = 15; earned 1. Sum: 1 + 2 x 1 (r1's lowest).
    assert score.score == pytest.approx(100 * 1 / 15)
    assert (score.sum, score.sum_min, score.sum_max) == (3, 2, 17)
    assert (score.answered, score.blank) == (1, 2)


def test_a_scenario_half_answered_counts_its_missing_pick_at_the_lowest() -> None:
    bank = small("lowest")
    score = know_how(bank, {"q1": "b", "r1": 1, "s1": {"best": "a"}})
    # earned: q1 0, r1 0, s1 best 3; possible: 1 + 8 + 3 (best) + 3 (the worst pick not made) = 15
    assert score.score == pytest.approx(100 * 3 / 15)
    assert score.blank == 0, "the scenario was answered, in part"


def test_not_yet_still_counts_on_neither_side() -> None:
    bank = small("lowest")
    with_not_yet = know_how(bank, {"q1": "a", "r1": NOT_YET, "s1": {"best": "a", "worst": "c"}})
    without = know_how(small(None), {"q1": "a", "s1": {"best": "a", "worst": "c"}})
    assert with_not_yet.score == without.score == pytest.approx(100.0)
    assert (with_not_yet.not_yet, with_not_yet.blank) == (1, 0)


def test_blanks_do_not_make_an_answer_count_for_enough() -> None:
    text = SMALL.format(unanswered=", unanswered: lowest").replace(
        "min_answered_fraction: 0", "min_answered_fraction: 1"
    )
    result = load_bytes(text.encode(), "small.yaml")
    assert result.bank is not None, result.errors
    score = know_how(result.bank, {"q1": "a"})
    assert score.score is None and score.sum is None, "one of three answered is not enough when every one is needed"


def test_an_unknown_setting_is_refused_with_its_choices() -> None:
    result = load_bytes(SMALL.format(unanswered=", unanswered: zero").encode(), "small.yaml")
    assert result.bank is None
    said = " ".join(str(e) for e in result.errors)
    assert "unanswered" in said and "skip" in said and "lowest" in said
