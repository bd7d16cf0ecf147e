"""Every condition form of docs/question-format.md: whether it holds, and the reasons shown for it."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from advice_fixtures import CERTS_TEXT, EDUCATION_TEXT, YEARS_TEXT, context
from cs_quiz.scoring.conditions import Context, evaluate, format_score, holds
from cs_quiz.scoring.conditions import reasons as core_reasons
from cs_quiz.scoring.results import english_number

YEARS = f"your answer to “{YEARS_TEXT}” is"
EDUCATION = f"your answer to “{EDUCATION_TEXT}” is"

# --- competency -------------------------------------------------------------------------------------------


def reasons(cond: dict[str, Any], ctx: Context) -> list[str]:
    """The reasons in English, as the CLI and the JSON output print them."""
    return [str(r) for r in core_reasons(cond, ctx)]


@pytest.mark.parametrize(("score", "expected"), [(42, True), (49.9, True), (50, False), (80, False)], ids=str)
def test_competency_below(score: float, expected: bool) -> None:
    assert holds({"competency": "data", "below": 50}, context({"data": score})) is expected


@pytest.mark.parametrize(("score", "expected"), [(69.9, False), (70, True), (100, True)], ids=str)
def test_competency_at_least(score: float, expected: bool) -> None:
    assert holds({"competency": "data", "at_least": 70}, context({"data": score})) is expected


def test_competency_reasons_name_the_score_and_threshold() -> None:
    ctx = context({"data": 42, "strategy": 82})
    assert reasons({"competency": "data", "below": 50}, ctx) == ["your Data & metrics score is 42, below 50"]
    assert reasons({"competency": "strategy", "at_least": 70}, ctx) == [
        "your Strategic planning score is 82, at least 70"
    ]


def test_competency_range_uses_both_bounds() -> None:
    cond = {"competency": "data", "at_least": 40, "below": 60}
    assert reasons(cond, context({"data": 55})) == ["your Data & metrics score is 55, between 40 and 60"]
    assert not holds(cond, context({"data": 60}))
    assert not holds(cond, context({"data": 39}))


def test_not_enough_answers_never_matches() -> None:
    ctx = context({"data": None})
    for cond in (
        {"competency": "data", "below": 50},
        {"competency": "data", "at_least": 0},
        {"not": {"competency": "data", "below": 50}},
        {"not": {"competency": "data", "at_least": 50}},
        {"any": [{"competency": "data", "below": 101}]},
    ):
        assert evaluate(cond, ctx) is None
        assert not holds(cond, ctx)
        assert reasons(cond, ctx) == []


def test_a_competency_not_in_the_result_is_unknown() -> None:
    assert evaluate({"competency": "data", "below": 50}, context({})) is None


@pytest.mark.parametrize(
    ("value", "limits", "shown"),
    [
        (42.4, (), "42"),
        (42.5, (), "43"),
        (49.6, (50,), "49.6"),
        (49.96, (50,), "49.9"),
        (69.6, (70,), "69.6"),
        (70.3, (70.2,), "70.3"),
        (70.21, (70.2,), "70.3"),
        (59.5, (None, 50), "60"),
    ],
)
def test_format_score_never_contradicts_the_comparison(value: float, limits: tuple[Any, ...], shown: str) -> None:
    assert english_number(format_score(value, *limits)) == shown


def test_rounding_cannot_make_a_reason_read_wrong() -> None:
    assert reasons({"competency": "data", "below": 50}, context({"data": 49.6})) == [
        "your Data & metrics score is 49.6, below 50"
    ]


# --- readiness and band -----------------------------------------------------------------------------------


def test_readiness_compares_the_rounded_score() -> None:
    cond = {"readiness": True, "at_least": 60}
    assert holds(cond, context(readiness=60))
    assert not holds(cond, context(readiness=59))
    assert reasons(cond, context(readiness=64)) == ["your overall readiness score is 64, at least 60"]
    assert reasons({"readiness": True, "below": 40}, context(readiness=12)) == [
        "your overall readiness score is 12, below 40"
    ]


def test_readiness_uses_the_shown_number_not_the_raw_mean() -> None:
    ctx = context(readiness=60)
    shown_60 = replace(ctx, result=replace(ctx.result, readiness=replace(ctx.result.readiness, score=59.6)))
    assert holds({"readiness": True, "at_least": 60}, shown_60)
    assert reasons({"readiness": True, "at_least": 60}, shown_60) == ["your overall readiness score is 60, at least 60"]


def test_readiness_not_scored_is_unknown() -> None:
    assert evaluate({"readiness": True, "below": 100}, context()) is None


def test_profile_with_several_tests_needs_all_of_them() -> None:
    cond = {"profile": "years-cs", "answered": True, "at_least": 3, "below": 10}
    assert holds(cond, context(answers={"years-cs": 6}))
    assert reasons(cond, context(answers={"years-cs": 6})) == [
        f"you answered “{YEARS_TEXT}”",
        f"{YEARS} 6 years, between 3 and 10",
    ]
    assert evaluate(cond, context(answers={"years-cs": 12})) is False
    assert evaluate(cond, context(answers={})) is False  # not answered: known false
    assert reasons({"not": cond}, context(answers={"years-cs": 12})) == [f"{YEARS} 12 years, at least 10"]
    both = {"profile": "education", "in": ["bachelor", "master"], "is": "master"}
    assert holds(both, context(answers={"education": "master"}))
    assert not holds(both, context(answers={"education": "bachelor"}))


def test_band_single_and_list() -> None:
    ctx = context(readiness=65)
    assert holds({"band": "targeted"}, ctx)
    assert holds({"band": ["ready", "targeted"]}, ctx)
    assert not holds({"band": "ready"}, ctx)
    assert not holds({"band": ["ready", "foundation"]}, ctx)
    assert not holds({"band": []}, ctx)
    assert reasons({"band": ["ready", "targeted"]}, ctx) == ["your readiness band is Ready with targeted development"]


def test_band_unknown_when_nothing_scored() -> None:
    assert evaluate({"band": "foundation"}, context()) is None


# --- profile ----------------------------------------------------------------------------------------------


def test_profile_is_and_in() -> None:
    ctx = context(answers={"education": "bachelor"})
    assert holds({"profile": "education", "is": "bachelor"}, ctx)
    assert not holds({"profile": "education", "is": "master"}, ctx)
    assert holds({"profile": "education", "in": ["bachelor", "master"]}, ctx)
    assert not holds({"profile": "education", "in": ["school"]}, ctx)
    expected = [f"{EDUCATION} Bachelor's degree"]
    assert reasons({"profile": "education", "is": "bachelor"}, ctx) == expected
    assert reasons({"profile": "education", "in": ["bachelor", "master"]}, ctx) == expected


def test_profile_includes() -> None:
    ctx = context(answers={"certs-held": ["copc", "ccxp"]})
    assert holds({"profile": "certs-held", "includes": "ccxp"}, ctx)
    assert reasons({"profile": "certs-held", "includes": "ccxp"}, ctx) == [
        f"your answers to “{CERTS_TEXT}” include CCXP"
    ]
    none_chosen = context(answers={"certs-held": []})
    assert evaluate({"profile": "certs-held", "includes": "ccxp"}, none_chosen) is False


def test_profile_number_with_unit() -> None:
    ctx = context(answers={"years-cs": 6})
    assert holds({"profile": "years-cs", "at_least": 5}, ctx)
    assert not holds({"profile": "years-cs", "at_least": 7}, ctx)
    assert holds({"profile": "years-cs", "below": 10}, ctx)
    assert not holds({"profile": "years-cs", "below": 6}, ctx)
    assert reasons({"profile": "years-cs", "at_least": 5}, ctx) == [f"{YEARS} 6 years, at least 5"]
    assert reasons({"profile": "years-cs", "below": 7.5}, context(answers={"years-cs": 2.5})) == [
        f"{YEARS} 2.5 years, below 7.5"
    ]


def test_profile_answered() -> None:
    answered, blank = context(answers={"years-cs": 0}), context(answers={"years-cs": None})
    assert holds({"profile": "years-cs", "answered": True}, answered)
    assert holds({"profile": "years-cs", "answered": False}, blank)
    assert not holds({"profile": "years-cs", "answered": True}, blank)
    assert reasons({"profile": "years-cs", "answered": False}, blank) == [f"you have not answered “{YEARS_TEXT}”"]
    assert reasons({"profile": "years-cs", "answered": True}, answered) == [f"you answered “{YEARS_TEXT}”"]


@pytest.mark.parametrize(
    "cond",
    [
        {"profile": "education", "is": "school"},
        {"profile": "education", "in": ["school"]},
        {"profile": "certs-held", "includes": "ccxp"},
        {"profile": "years-cs", "at_least": 0},
        {"profile": "years-cs", "below": 100},
    ],
    ids=str,
)
def test_unanswered_profile_is_unknown(cond: dict[str, Any]) -> None:
    ctx = context(answers={})
    assert evaluate(cond, ctx) is None
    assert evaluate({"not": cond}, ctx) is None
    assert not holds({"not": cond}, ctx)


# --- all, any, not ----------------------------------------------------------------------------------------

LOW_DATA = {"competency": "data", "below": 50}
SENIOR = {"profile": "years-cs", "at_least": 5}


def test_all_needs_every_part_and_gives_every_reason() -> None:
    ctx = context({"data": 42}, answers={"years-cs": 6})
    assert holds({"all": [LOW_DATA, SENIOR]}, ctx)
    assert reasons({"all": [LOW_DATA, SENIOR]}, ctx) == [
        "your Data & metrics score is 42, below 50",
        f"{YEARS} 6 years, at least 5",
    ]
    assert not holds({"all": [LOW_DATA, SENIOR]}, context({"data": 42}, answers={"years-cs": 4}))


def test_all_repeats_a_reason_once() -> None:
    ctx = context({"data": 42})
    assert reasons({"all": [LOW_DATA, LOW_DATA]}, ctx) == ["your Data & metrics score is 42, below 50"]


def test_any_gives_the_reasons_of_its_first_true_branch() -> None:
    ctx = context({"data": 42}, answers={"years-cs": 6})
    cond = {"any": [{"competency": "data", "at_least": 90}, SENIOR, LOW_DATA]}
    assert holds(cond, ctx)
    assert reasons(cond, ctx) == [f"{YEARS} 6 years, at least 5"]
    assert not holds({"any": [{"competency": "data", "at_least": 90}]}, ctx)


def test_three_valued_combination() -> None:
    ctx = context({"data": 42}, answers={})  # years-cs unanswered: SENIOR is unknown
    assert evaluate({"all": [SENIOR, {"competency": "data", "at_least": 50}]}, ctx) is False
    assert evaluate({"all": [SENIOR, LOW_DATA]}, ctx) is None
    assert evaluate({"any": [SENIOR, LOW_DATA]}, ctx) is True
    assert evaluate({"any": [SENIOR, {"competency": "data", "at_least": 50}]}, ctx) is None
    assert reasons({"any": [SENIOR, LOW_DATA]}, ctx) == ["your Data & metrics score is 42, below 50"]


def test_not_states_the_opposite_fact() -> None:
    ctx = context({"data": 72}, answers={"education": "school", "certs-held": ["copc"], "years-cs": 3})
    assert reasons({"not": LOW_DATA}, ctx) == ["your Data & metrics score is 72, at least 50"]
    assert reasons({"not": {"competency": "data", "at_least": 80}}, ctx) == [
        "your Data & metrics score is 72, below 80"
    ]
    assert reasons({"not": SENIOR}, ctx) == [f"{YEARS} 3 years, below 5"]
    assert reasons({"not": {"profile": "education", "in": ["bachelor", "master"]}}, ctx) == [
        f"{EDUCATION} Secondary school"
    ]
    assert reasons({"not": {"profile": "certs-held", "includes": "ccxp"}}, ctx) == [
        f"your answers to “{CERTS_TEXT}” do not include CCXP"
    ]
    assert reasons({"not": {"band": "ready"}}, context(readiness=45)) == [
        "your readiness band is One to three years away"
    ]
    assert reasons({"not": {"profile": "years-cs", "answered": False}}, ctx) == [f"you answered “{YEARS_TEXT}”"]
    assert not holds({"not": LOW_DATA}, context({"data": 42}))


def test_not_of_a_range_names_the_side_it_fell_on() -> None:
    cond = {"not": {"competency": "data", "at_least": 40, "below": 60}}
    assert reasons(cond, context({"data": 30})) == ["your Data & metrics score is 30, below 40"]
    assert reasons(cond, context({"data": 75})) == ["your Data & metrics score is 75, at least 60"]


def test_not_of_composites_follows_de_morgan() -> None:
    ctx = context({"data": 72}, answers={"years-cs": 3})
    # not all: the first part that is false explains it
    assert reasons({"not": {"all": [{"competency": "data", "at_least": 50}, SENIOR, LOW_DATA]}}, ctx) == [
        f"{YEARS} 3 years, below 5"
    ]
    # not any: every part is false, and each says why
    assert reasons({"not": {"any": [LOW_DATA, SENIOR]}}, ctx) == [
        "your Data & metrics score is 72, at least 50",
        f"{YEARS} 3 years, below 5",
    ]
    assert reasons({"not": {"not": LOW_DATA}}, context({"data": 42})) == ["your Data & metrics score is 42, below 50"]


def test_reasons_of_a_condition_that_does_not_hold_are_empty() -> None:
    assert reasons(LOW_DATA, context({"data": 80})) == []


def test_empty_all_holds_and_empty_any_does_not() -> None:
    assert holds({"all": []}, context()) and reasons({"all": []}, context()) == []
    assert evaluate({"any": []}, context()) is False


# --- unexpected shapes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cond",
    [
        {},
        [],
        "data",
        {"colour": "red"},
        {"competency": "data"},
        {"competency": "data", "above": 3},
        {"competency": "data", "below": "50"},
        {"competency": "data", "below": True},
        {"competency": "data", "below": float("nan")},
        {"competency": 3, "below": 50},
        {"readiness": True},
        {"overall": True, "at_least": 60},
        {"band": 3},
        {"band": [1]},
        {"band": "ready", "below": 3},
        {"profile": "education"},
        {"profile": "education", "is": 3},
        {"profile": "education", "was": "school"},
        {"profile": "education", "in": "school"},
        {"profile": "years-cs", "answered": "no"},
        {"profile": ["years-cs"], "answered": True},
        {"all": LOW_DATA},
        {"any": "x"},
        {"all": [LOW_DATA], "any": [LOW_DATA]},
        {"not": LOW_DATA, "competency": "data"},
        {"not": "x"},
        {"all": [LOW_DATA, {"weird": 1}]},
        {"competency": "nope", "below": 50},
        {"profile": "nope", "answered": True},
    ],
    ids=repr,
)
def test_unexpected_shape_raises(cond: Any) -> None:
    with pytest.raises(ValueError):
        holds(cond, context({"data": 10}))


@pytest.mark.parametrize(
    ("cond", "answers"),
    [
        ({"profile": "education", "is": "school"}, {"education": ["school"]}),
        ({"profile": "certs-held", "includes": "ccxp"}, {"certs-held": "ccxp"}),
        ({"profile": "years-cs", "at_least": 3}, {"years-cs": "6"}),
        ({"profile": "years-cs", "at_least": 3}, {"years-cs": True}),
    ],
    ids=repr,
)
def test_an_answer_of_the_wrong_type_raises(cond: dict[str, Any], answers: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        holds(cond, context(answers=answers))
