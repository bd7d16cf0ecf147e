"""scoring.score: hand-computed examples of what a person and a facilitator see, then properties.

Every expected number is worked out in the comment beside it, the way docs/scoring.md explains it:
POMP = 100 * sum(weight * (raw - min)) / sum(weight * (max - min)) over the answered items.
"""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_quiz.bank.model import Bank, ScoringSettings
from cs_quiz.scoring.answers import AnswerError
from cs_quiz.scoring.results import FlagKind, ScoreResult
from cs_quiz.scoring.scores import round_half_up, score
from factories import (
    band,
    bank,
    competency,
    gate,
    likert,
    multi,
    opt,
    pair,
    profile_number,
    scale,
    scenario,
    section,
    single,
)


def comp_score(result: ScoreResult, comp: str) -> float | None:
    return result.score_of(comp)


# --- likert -------------------------------------------------------------------------------------------------


def test_likert_pomp_with_a_reverse_keyed_item() -> None:
    b = bank(likert("d1", "data"), likert("d2", "data", reverse=True))
    # d1 = 4 -> 4 - 1 = 3 of 4; d2 = 2 reversed -> 6 - 2 = 4 -> 3 of 4; 6 / 8 = 75
    assert comp_score(score(b, {"d1": 4, "d2": 2}), "data") == 75.0


@pytest.mark.parametrize(("answer", "expected"), [(1, 100.0), (2, 75.0), (3, 50.0), (4, 25.0), (5, 0.0)])
def test_reverse_keying_is_one_plus_k_minus_x(answer: int, expected: float) -> None:
    # (1 + 5) - x: strongly disagreeing with "I get annoyed..." is full marks. The "5 - x" bug would give 2 -> 3
    # -> (3 - 1) / 4 = 50 for an answer of 2, and -1 for an answer of 5.
    b = bank(likert("p3", "patience", reverse=True))
    assert comp_score(score(b, {"p3": answer}), "patience") == expected


def test_reverse_keying_on_a_scale_that_starts_at_zero() -> None:
    b = bank(likert("x", "calm", scale="zero3", reverse=True), scales=[scale("zero3", [0, 1, 2, 3])])
    # 0 + 3 - 1 = 2 -> (2 - 0) / 3
    assert comp_score(score(b, {"x": 1}), "calm") == pytest.approx(200 / 3)


def test_question_weights() -> None:
    b = bank(likert("d1", "data", weight=2), likert("d2", "data"))
    # d1 = 5: 2 * 4 of 2 * 4; d2 = 1: 0 of 4 -> 8 / 12
    assert comp_score(score(b, {"d1": 5, "d2": 1}), "data") == pytest.approx(200 / 3)
    # the other way round: 0 of 8 and 4 of 4 -> 4 / 12
    assert comp_score(score(b, {"d1": 1, "d2": 5}), "data") == pytest.approx(100 / 3)


# --- single, multi, scenario -----------------------------------------------------------------------------------


def single_bank() -> Bank:
    # data points over the options: 3, 1, 0 (c does not mention data) -> range 0..3
    # lead points: 1, 0, 2 -> range 0..2
    return bank(single("s", opt("a", data=3, lead=1), opt("b", data=1), opt("c", lead=2)))


@pytest.mark.parametrize(("choice", "data", "lead"), [("a", 100.0, 50.0), ("b", 100 / 3, 0.0), ("c", 0.0, 100.0)])
def test_single_choice_scores_every_competency_its_options_mention(choice: str, data: float, lead: float) -> None:
    result = score(single_bank(), {"s": choice})
    assert comp_score(result, "data") == pytest.approx(data)
    assert comp_score(result, "lead") == pytest.approx(lead)


def multi_bank() -> Bank:
    # technology: min = sum of negatives = -2, max = sum of positives = 4, range 6
    return bank(
        multi(
            "m",
            opt("crm", technology=2),
            opt("tickets", technology=2),
            opt("paper", technology=-1),
            opt("fax", technology=-1),
        )
    )


@pytest.mark.parametrize(
    ("picked", "expected"),
    [
        (["crm", "tickets"], 100.0),  # 4 - (-2) = 6 of 6
        (["crm", "paper"], 50.0),  # 2 - 1 = 1 -> 1 - (-2) = 3 of 6
        ([], 100 / 3),  # 0 -> 2 of 6: choosing nothing beats choosing a poor option
        (["paper"], 100 / 6),  # -1 -> 1 of 6
        (["paper", "fax"], 0.0),  # -2 -> 0 of 6
    ],
)
def test_multi_adds_points_including_negative_ones(picked: list[str], expected: float) -> None:
    assert comp_score(score(multi_bank(), {"m": picked}), "technology") == pytest.approx(expected)


def scenario_bank(ask: tuple[str, ...] = ("best", "worst")) -> Bank:
    # calm points: update 3, discount 1, wait 0 -> range 0..3
    return bank(scenario("sc", opt("update", calm=3), opt("discount", calm=1), opt("wait", calm=0), ask=ask))


@pytest.mark.parametrize(
    ("best", "worst", "expected"),
    [
        ("update", "wait", 100.0),  # 3 of 3, and worst = 0 + 3 - 0 = 3 of 3
        ("discount", "update", 100 / 6),  # 1 of 3, worst = 0 + 3 - 3 = 0 of 3 -> 1 / 6
        ("wait", "discount", 100 / 3),  # 0 of 3, worst = 3 - 1 = 2 of 3 -> 2 / 6
    ],
)
def test_scenario_best_and_worst_are_two_contributions(best: str, worst: str, expected: float) -> None:
    result = score(scenario_bank(), {"sc": {"best": best, "worst": worst}})
    assert comp_score(result, "calm") == pytest.approx(expected)
    assert result.competencies[0].answered == 1  # one item, two contributions


def test_scenario_with_only_the_best_pick_answered() -> None:
    assert comp_score(score(scenario_bank(), {"sc": "discount"}), "calm") == pytest.approx(100 / 3)


def test_scenario_asking_only_worst() -> None:
    assert comp_score(score(scenario_bank(("worst",)), {"sc": {"worst": "wait"}}), "calm") == 100.0


def test_items_with_no_spread_and_profile_questions_score_nothing() -> None:
    b = bank(
        likert("d1", "data"),
        single("flat", opt("a", data=2), opt("b", data=2)),  # every option gives data 2: tells nobody apart
        profile_number("years"),
    )
    result = score(b, {"d1": 3, "flat": "a", "years": 10})
    assert result.competencies[0].available == 1
    assert comp_score(result, "data") == 50.0
    assert (result.answered, result.total) == (3, 3)  # the profile answer still counts as answered


# --- not enough answers, readiness, gates, bands ---------------------------------------------------------------


def four_item_bank(fraction: float = 0.5) -> Bank:
    return bank(
        *(likert(f"d{i}", "data") for i in range(4)),
        likert("l1", "lead"),
        settings=ScoringSettings(min_answered_fraction=fraction),
    )


def test_too_few_answers_is_none_not_zero() -> None:
    result = score(four_item_bank(), {"d0": 5, "l1": 5})  # 1 of 4 answered, 2 needed
    data = result.competencies[0]
    assert (data.score, data.answered, data.available, data.enough) == (None, 1, 4, False)
    assert result.readiness.score == 100.0  # the readiness mean leaves data out instead of counting it as 0


def test_half_the_items_is_enough() -> None:
    assert comp_score(score(four_item_bank(), {"d0": 5, "d1": 1}), "data") == 50.0


def test_threshold_does_not_trip_on_float_rounding() -> None:
    # 0.28 * 25 is 7.000000000000001 in floating point; seven answers of 25 must be enough, not need eight.
    b = bank(*(likert(f"d{i}", "data") for i in range(25)), settings=ScoringSettings(min_answered_fraction=0.28))
    assert comp_score(score(b, {f"d{i}": 3 for i in range(7)}), "data") == 50.0
    assert comp_score(score(b, {f"d{i}": 3 for i in range(6)}), "data") is None


def test_competency_not_in_the_section_taken_is_not_scored() -> None:
    b = bank(likert("d1", "data"), likert("l1", "lead"), sections=[section("quick", "d1"), section("full", "d1", "l1")])
    result = score(b, {"d1": 4}, sections=["quick"])
    lead = result.competencies[1]
    assert (lead.score, lead.answered, lead.available) == (None, 0, 0)


def test_nothing_answered_gives_no_readiness() -> None:
    r = score(four_item_bank(), {}).readiness
    assert (r.score, r.rounded, r.band, r.band_name, r.uncapped_band, r.capped_by) == (None, None, None, "", None, ())


def test_readiness_is_the_competency_weighted_mean() -> None:
    b = bank(
        likert("d1", "data"),
        likert("l1", "lead"),
        competencies=[competency("data", weight=3), competency("lead", weight=1)],
    )
    # data 100 (weight 3), lead 0 (weight 1): (300 + 0) / 4 = 75 -> "targeted" (60..79)
    r = score(b, {"d1": 5, "l1": 1}).readiness
    assert (r.score, r.rounded, r.band, r.band_name) == (75.0, 75, "targeted", "Targeted")


def two_competency_bank() -> Bank:
    # spread: a single with options worth 0, 17, 18.98, 19 and 100 on "spread", plus a likert on "data"
    points = {"p0": 0, "p17": 17, "p1898": 18.98, "p19": 19, "p100": 100}
    return bank(likert("d1", "data"), single("s", *(opt(k, spread=v) for k, v in points.items())))


@pytest.mark.parametrize(
    ("choice", "overall", "rounded", "band_id"),
    [
        ("p19", 59.5, 60, "targeted"),  # (100 + 19) / 2: a half rounds up into the next band
        ("p1898", 59.49, 59, "developing"),
        ("p17", 58.5, 59, "developing"),  # half up, not Python's round-half-even (which gives 58)
        ("p100", 100.0, 100, "ready"),
    ],
)
def test_band_boundaries_round_half_up(choice: str, overall: float, rounded: int, band_id: str) -> None:
    r = score(two_competency_bank(), {"d1": 5, "s": choice}).readiness
    assert r.score == pytest.approx(overall)
    assert (r.rounded, r.band) == (rounded, band_id)


def test_round_half_up() -> None:
    assert [round_half_up(x) for x in (0.0, 0.5, 2.5, 39.49, 39.5, 99.5)] == [0, 1, 3, 39, 40, 100]


def gated_bank() -> Bank:
    return bank(
        *(likert(f"d{i}", "data") for i in range(2)),
        *(likert(f"l{i}", "lead") for i in range(2)),
        likert("c1", "care"),
        competencies=[
            competency("data", critical=gate(40, "developing")),
            competency("lead", critical=gate(30, "foundation")),
        ],
    )


def test_critical_competency_below_threshold_caps_the_band() -> None:
    # data (1 + 1): 0; lead 100; care 100 -> 66.7 "targeted", but data < 40 caps at "developing"
    r = score(gated_bank(), {"d0": 1, "d1": 1, "l0": 5, "l1": 5, "c1": 5}).readiness
    assert r.rounded == 67
    assert (r.band, r.uncapped_band, r.capped_by, r.band_name) == ("developing", "targeted", ("data",), "Developing")


def test_the_lowest_cap_wins_and_every_lowering_gate_is_named() -> None:
    # data 0 and lead 0, care 100 -> 33.3 "foundation" already: no gate lowers anything
    r = score(gated_bank(), {"d0": 1, "d1": 1, "l0": 1, "l1": 1, "c1": 5}).readiness
    assert (r.band, r.capped_by) == ("foundation", ())
    # data 25 (< 40), lead 25 (< 30), care 100 (weight 1 each) -> 50 "developing": only lead's cap is lower
    r = score(gated_bank(), {"d0": 2, "d1": 2, "l0": 2, "l1": 2, "c1": 5}).readiness
    assert (r.band, r.uncapped_band, r.capped_by) == ("foundation", "developing", ("lead",))


def test_gate_at_or_above_threshold_and_unscored_gate_do_not_cap() -> None:
    # data exactly 50 >= 40; lead not answered (None), which is no evidence of a weakness
    r = score(gated_bank(), {"d0": 3, "d1": 3, "c1": 5}).readiness
    assert (r.band, r.capped_by) == ("targeted", ())


def test_gate_compares_the_score_people_see() -> None:
    # data (2 + 3) on two 1..5 items -> 37.5, shown as 38: a "below 38" gate must not cap what reads as 38
    b = bank(
        *(likert(f"d{i}", "data") for i in range(2)),
        likert("c1", "care"),
        competencies=[competency("data", critical=gate(38, "foundation"))],
    )
    result = score(b, {"d0": 2, "d1": 3, "c1": 5})
    assert result.score_of("data") == 37.5
    assert result.readiness.capped_by == ()
    result = score(b, {"d0": 2, "d1": 2, "c1": 5})  # 25, shown as 25: capped
    assert result.readiness.capped_by == ("data",)


# --- sections -----------------------------------------------------------------------------------------------


def sectioned_bank() -> Bank:
    qs = [likert(f"q{i}", "data") for i in range(1, 6)]
    return bank(
        *qs,
        sections=[section("full", "q1", "q2", "q3", "q4"), section("quick", "q1", "q2"), section("extra", "q3", "q5")],
    )


@pytest.mark.parametrize(
    ("answered", "sections", "total"),
    [
        (["q1"], ("quick",), 2),  # the smallest section holding every answer
        (["q1", "q3"], ("full",), 4),
        (["q1", "q5"], ("full", "quick", "extra"), 5),  # no one section holds both: all of them
        ([], ("quick",), 2),
    ],
)
def test_sections_are_inferred_from_the_answers(answered: list[str], sections: tuple[str, ...], total: int) -> None:
    result = score(sectioned_bank(), dict.fromkeys(answered, 3))
    assert (result.sections, result.total, result.answered) == (sections, total, len(answered))


def test_answers_outside_the_sections_taken_are_ignored() -> None:
    result = score(sectioned_bank(), {"q1": 5, "q2": 5, "q5": 1}, sections=["quick"])
    assert (result.answered, result.total, comp_score(result, "data")) == (2, 2, 100.0)


def test_several_sections_ask_shared_questions_once() -> None:
    result = score(sectioned_bank(), {"q3": 1}, sections=["full", "extra"])
    assert result.total == 5 and result.competencies[0].available == 5


def test_bad_input_raises_with_every_problem() -> None:
    with pytest.raises(AnswerError) as error:
        score(sectioned_bank(), {"q1": 7, "q9": 3})
    assert [p.question for p in error.value.problems] == ["q1", "q9"]
    with pytest.raises(ValueError, match="unknown section"):
        score(sectioned_bank(), {}, sections=["quik"])
    with pytest.raises(ValueError, match="no sections"):
        score(sectioned_bank(), {}, sections=[])


# --- response-quality flags ------------------------------------------------------------------------------------


def flag_bank() -> Bank:
    return bank(
        *(likert(f"d{i}", "data") for i in range(4)),
        likert("p1", "patience"),
        likert("p3", "patience", reverse=True),
        likert("c0", "calm", scale="zero3", reverse=True),
        single("s", opt("a", data=1), opt("b")),
        scales=[scale("zero3", [0, 1, 2, 3])],
        quality_pairs=[pair("p1", "p3", max_gap=2), pair("p1", "c0", max_gap=1)],
    )


def kinds(result: ScoreResult) -> list[FlagKind]:
    return [f.kind for f in result.flags]


def test_straight_lining_needs_six_identical_likert_answers() -> None:
    same = {f"d{i}": 4 for i in range(4)} | {"p1": 4, "p3": 2}
    assert kinds(score(flag_bank(), same)) == []  # p3 differs
    same["p3"] = 4
    flag = score(flag_bank(), same).flags[0]
    assert flag.kind is FlagKind.STRAIGHT_LINING
    assert flag.questions == ("d0", "d1", "d2", "d3", "p1", "p3")
    message = str(flag.message)
    assert "All 6" in message and "“Agree”" in message and "1 worded in reverse" in message
    del same["d0"]
    assert FlagKind.STRAIGHT_LINING not in kinds(score(flag_bank(), same))  # five is too few to tell


def test_too_fast() -> None:
    answers = {f"d{i}": i + 1 for i in range(4)} | {"s": "a"}
    assert kinds(score(flag_bank(), answers, seconds=9)) == [FlagKind.TOO_FAST]  # 1.8 s per answer < 2
    assert kinds(score(flag_bank(), answers, seconds=10)) == []  # exactly 2 s is fine
    assert kinds(score(flag_bank(), answers)) == []  # time unknown
    assert "5 answers took 9 seconds" in str(score(flag_bank(), answers, seconds=9).flags[0].message)
    with pytest.raises(ValueError, match="negative"):
        score(flag_bank(), answers, seconds=-1)


@pytest.mark.parametrize(
    ("p1", "p3", "flagged"),
    [
        (5, 5, True),  # keyed 5 and 1: 4 apart, more than 2 — agrees with a statement and its opposite
        (5, 3, False),  # keyed 5 and 3: 2 apart, allowed
        (5, 1, False),  # consistent
        (2, 1, True),  # keyed 2 and 5
    ],
)
def test_contradiction_after_reverse_keying(p1: int, p3: int, flagged: bool) -> None:
    result = score(flag_bank(), {"p1": p1, "p3": p3})
    assert (FlagKind.CONTRADICTION in kinds(result)) is flagged
    if flagged:
        assert result.flags[0].questions == ("p1", "p3")
        message = str(result.flags[0].message)
        assert "“p1” and “p3”" in message and "Patience" in message


@pytest.mark.parametrize(("c0", "flagged"), [(0, False), (1, True), (3, True)])
def test_contradiction_across_scales_maps_onto_the_first_items_scale(c0: int, flagged: bool) -> None:
    # p1 = 5 on 1..5. c0 on 0..3, reversed: 0 -> 3 -> 1 + 3 * 4/3 = 5 (gap 0); 1 -> 2 -> 3.67 (gap 1.33 > 1)
    result = score(flag_bank(), {"p1": 5, "c0": c0})
    assert (FlagKind.CONTRADICTION in kinds(result)) is flagged


def test_contradiction_needs_both_items_answered() -> None:
    assert kinds(score(flag_bank(), {"p1": 5})) == []


def test_flags_never_change_scores() -> None:
    answers = {f"d{i}": 5 for i in range(4)} | {"p1": 5, "p3": 5}
    flagged = score(flag_bank(), answers, seconds=1)
    assert set(kinds(flagged)) == {FlagKind.STRAIGHT_LINING, FlagKind.TOO_FAST, FlagKind.CONTRADICTION}
    unflagged_bank = dataclasses.replace(
        flag_bank(), quality_pairs=(), settings=ScoringSettings(straightline_min_items=99)
    )
    clean = score(unflagged_bank, answers)
    assert clean.flags == ()
    assert (flagged.competencies, flagged.readiness) == (clean.competencies, clean.readiness)
    assert comp_score(flagged, "data") == 100.0


# --- properties --------------------------------------------------------------------------------------------------

COMPS = ("data", "lead", "care")
points = st.integers(min_value=-2, max_value=4)


@st.composite
def banks(draw: st.DrawFn) -> Bank:
    likerts = [
        likert(
            f"l{i}",
            draw(st.sampled_from(COMPS)),
            reverse=draw(st.booleans()),
            weight=draw(st.sampled_from([0.5, 1.0, 2.0])),
        )
        for i in range(draw(st.integers(1, 6)))
    ]

    def options(n_min: int) -> list:
        n = draw(st.integers(n_min, 4))
        return [opt(f"o{j}", draw(st.dictionaries(st.sampled_from(COMPS), points, max_size=3))) for j in range(n)]

    return bank(
        *likerts,
        single("s", *options(2)),
        multi("m", *options(1)),
        scenario("sc", *options(3), ask=("best", "worst")),
        competencies=[competency(c, weight=w) for c, w in zip(COMPS, (1.0, 2.0, 0.5), strict=True)],
        settings=ScoringSettings(min_answered_fraction=draw(st.sampled_from([0.0, 0.5, 1.0]))),
    )


@st.composite
def banks_and_answers(draw: st.DrawFn) -> tuple[Bank, dict]:
    b = draw(banks())
    answers: dict = {}
    for qid, q in b.questions.items():
        if not draw(st.booleans()):
            continue
        ids = [o.id for o in q.options]
        if q.type.value == "likert":
            answers[qid] = draw(st.integers(1, 5))
        elif q.type.value == "single":
            answers[qid] = draw(st.sampled_from(ids))
        elif q.type.value == "multi":
            answers[qid] = draw(st.lists(st.sampled_from(ids), unique=True))
        else:
            best, worst = draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            answers[qid] = {"best": best, "worst": worst}
    return b, answers


FAST = settings(max_examples=100, deadline=None)


@FAST
@given(banks_and_answers())
def test_scores_stay_within_0_and_100(case: tuple[Bank, dict]) -> None:
    result = score(*case)
    for c in result.competencies:
        assert c.score is None or 0.0 <= c.score <= 100.0
        assert 0 <= c.answered <= c.available
    r = result.readiness
    assert r.score is None or (0.0 <= r.score <= 100.0 and r.rounded is not None and 0 <= r.rounded <= 100)


@FAST
@given(banks_and_answers(), st.data())
def test_reversing_a_key_and_mirroring_the_answer_changes_nothing(case: tuple[Bank, dict], data: st.DataObject) -> None:
    b, answers = case
    qid = data.draw(st.sampled_from([q for q in b.questions if q.startswith("l")]))
    q = b.questions[qid]
    flipped = dataclasses.replace(b, questions={**b.questions, qid: dataclasses.replace(q, reverse=not q.reverse)})
    mirrored = dict(answers)
    if qid in answers:
        mirrored[qid] = 6 - answers[qid]
    before, after = score(b, answers), score(flipped, mirrored)
    assert (before.competencies, before.readiness) == (after.competencies, after.readiness)


@FAST
@given(banks_and_answers(), st.data())
def test_agreeing_more_with_a_positive_item_never_lowers_its_competency(
    case: tuple[Bank, dict], data: st.DataObject
) -> None:
    b, answers = case
    positive = [qid for qid, q in b.questions.items() if q.id.startswith("l") and not q.reverse]
    if not positive:
        return
    qid = data.draw(st.sampled_from(positive))
    low = data.draw(st.integers(1, 4))
    high = data.draw(st.integers(low + 1, 5))
    comp = b.questions[qid].competency
    assert comp is not None
    lower = score(b, answers | {qid: low}).score_of(comp)
    higher = score(b, answers | {qid: high}).score_of(comp)
    assert (lower is None) == (higher is None)
    assert lower is None or higher is None or higher >= lower


@FAST
@given(banks_and_answers(), st.randoms(use_true_random=False))
def test_the_order_answers_are_given_in_is_irrelevant(case: tuple[Bank, dict], rnd: random.Random) -> None:
    b, answers = case
    items = list(answers.items())
    rnd.shuffle(items)
    assert score(b, dict(items), seconds=3) == score(b, answers, seconds=3)


def test_band_factory_sanity() -> None:
    # The banks above rely on the default bands; a bank with a gap is refused before any test uses it.
    with pytest.raises(ValueError, match="should start at 50"):
        bank(likert("x", "data"), bands=[band("low", 0, 49), band("high", 51, 100)])


def test_the_worked_example_in_docs_scoring_md() -> None:
    b = bank(
        likert("data-1", "data"),
        likert("data-2", "data", reverse=True, weight=2),
        multi("tools", opt("crm", data=2), opt("tickets", data=2), opt("paper", data=-1)),
    )
    result = score(b, {"data-1": 4, "data-2": 2, "tools": ["crm", "paper"]})
    assert comp_score(result, "data") == pytest.approx(100 * 11 / 17)
    assert round(comp_score(result, "data") or 0, 1) == 64.7
