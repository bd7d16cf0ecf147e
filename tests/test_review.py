"""scoring.review: after an attempt, every scenario of the sections taken with the person's picks, the key, each
option's feedback and the rationale; skipped scenarios too; nothing at all when no scenario was asked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank, Question, ScenarioKey
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.review import AnswersReview, ReviewedScenario, review
from factories import bank, likert, opt, scenario, section

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"


def with_words(q: Question, situation: str, rationale: str, feedback: dict[str, str]) -> Question:
    """``q`` with a situation, a rationale and feedback on its options, as a real bank has them."""
    options = tuple(dataclasses.replace(o, feedback=feedback.get(o.id, "")) for o in q.options)
    assert q.key is not None
    key = ScenarioKey(best=q.key.best, worst=q.key.worst, rationale=rationale)
    return dataclasses.replace(q, situation=situation, options=options, key=key)


def three_scenarios() -> Bank:
    """Two best-and-worst scenarios and one that asks only for the best, among self-ratings; the options are
    written worst first, so bank order and the key's order differ."""
    outage = with_words(
        scenario(
            "sc-outage",
            opt("silent", text="Say nothing until it is fixed."),
            opt("discount", data=1, text="Give everyone a discount."),
            opt("update", data=3, text="Tell callers what you know."),
            ask=("best", "worst"),
        ),
        "Ordering has been down for two hours.",
        "Early, honest updates calm a queue.",
        {"silent": "Silence makes callers angrier.", "update": "Clear news calms people."},
    )
    viral = scenario("sc-viral", opt("hide", text="Delete the comments."), opt("reply", data=2), ask=("best", "worst"))
    coach = scenario("sc-coach", opt("tell", data=1), opt("ask", data=3), opt("ignore"), ask=("best",))
    return bank(
        likert("data-1", "data"),
        outage,
        likert("data-2", "data"),
        viral,
        coach,
        sections=[section("full", "data-1", "sc-outage", "data-2", "sc-viral", "sc-coach")],
    )


def by_id(r: AnswersReview, qid: str) -> ReviewedScenario:
    return next(s for s in r.scenarios if s.question == qid)


def marks(s: ReviewedScenario) -> dict[str, list[str]]:
    """Each option's marks as a reader sees them."""
    out = {}
    for o in s.options:
        names = ("your best", "your worst", "best", "worst")
        flags = (o.picked_best, o.picked_worst, o.keyed_best, o.keyed_worst)
        out[o.id] = [n for n, f in zip(names, flags, strict=True) if f]
    return out


def test_the_review_lists_the_picks_the_key_the_feedback_and_the_rationale() -> None:
    b = three_scenarios()
    answers = {"data-1": 4, "sc-outage": {"best": "discount", "worst": "silent"}, "sc-viral": {"best": "reply"}}
    ev, problems = evaluate(b, answers, ["full"])
    assert not problems
    r = review(ev)
    assert [s.question for s in r.scenarios] == ["sc-outage", "sc-viral", "sc-coach"]  # asking order, no likert
    outage = by_id(r, "sc-outage")
    assert outage.situation == "Ordering has been down for two hours."
    assert outage.text == "What do you do?"
    assert outage.rationale == "Early, honest updates calm a queue."
    assert [o.id for o in outage.options] == ["silent", "discount", "update"]  # the bank's order
    assert [o.text for o in outage.options] == [
        "Say nothing until it is fixed.",
        "Give everyone a discount.",
        "Tell callers what you know.",
    ]
    assert [o.feedback for o in outage.options] == ["Silence makes callers angrier.", "", "Clear news calms people."]
    assert (outage.picked_best, outage.picked_worst) == ("discount", "silent")
    assert (outage.key_best, outage.key_worst) == ("update", "silent")
    # The worst pick was right, the best pick was not: the reader can see both.
    assert marks(outage) == {"silent": ["your worst", "worst"], "discount": ["your best"], "update": ["best"]}
    assert outage.answered


def test_half_an_answer_shows_the_pick_made() -> None:
    ev, _ = evaluate(three_scenarios(), {"sc-viral": {"best": "reply"}}, ["full"])
    viral = by_id(review(ev), "sc-viral")
    assert viral.answered and (viral.picked_best, viral.picked_worst) == ("reply", None)
    assert marks(viral) == {"hide": ["worst"], "reply": ["your best", "best"]}


def test_a_skipped_scenario_is_listed_as_not_answered_with_its_key() -> None:
    ev, _ = evaluate(three_scenarios(), {"data-1": 4, "sc-viral": {"best": "hide", "worst": "reply"}}, ["full"])
    r = review(ev)
    assert len(r) == 3
    skipped = by_id(r, "sc-outage")
    assert not skipped.answered
    assert (skipped.picked_best, skipped.picked_worst) == (None, None)
    assert marks(skipped) == {"silent": ["worst"], "discount": [], "update": ["best"]}
    assert skipped.rationale == "Early, honest updates calm a queue."


def test_a_best_only_scenario_has_no_worst_pick_or_worst_key() -> None:
    ev, _ = evaluate(three_scenarios(), {"sc-coach": "tell"}, ["full"])  # a lone id is the best pick
    coach = by_id(review(ev), "sc-coach")
    assert coach.ask == ("best",)
    assert (coach.picked_best, coach.picked_worst) == ("tell", None)
    assert (coach.key_best, coach.key_worst) == ("ask", None)
    assert marks(coach) == {"tell": ["your best"], "ask": ["best"], "ignore": []}


def test_only_the_sections_taken_are_reviewed() -> None:
    loaded = load_bank(SMALL)
    assert loaded.bank is not None
    small = loaded.bank
    quick, _ = evaluate(small, {"data-1": 4, "years": 2}, ["quick"])  # the quick check asks no scenario
    assert not review(quick) and len(review(quick)) == 0
    full, _ = evaluate(small, {"data-1": 4, "sc-1": {"best": "b", "worst": "c"}}, ["full"])
    (only,) = review(full).scenarios
    assert only.question == "sc-1" and only.picked_best == "b" and only.key_best == "a"
    assert only.rationale == "Early honest updates calm a queue."


def test_a_bank_without_scenarios_gives_an_empty_review() -> None:
    b = bank(likert("d1", "data"), likert("d2", "data"))
    ev, _ = evaluate(b, {"d1": 3, "d2": 5})
    r = review(ev)
    assert r.scenarios == () and not r


def test_the_review_is_frozen_data() -> None:
    r = review(evaluate(three_scenarios(), {}, ["full"])[0])
    for obj in (r, r.scenarios[0], r.scenarios[0].options[0]):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(obj, "rationale", "changed")  # noqa: B010 - the point is that it cannot be set
