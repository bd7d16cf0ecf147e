"""check_answers: what a person who types an answers file, or a session that saves one, would notice."""

from __future__ import annotations

import pytest

from cs_quiz.bank.model import Bank
from cs_quiz.scoring.answers import AnswerError, AnswerProblem, check_answers
from factories import (
    bank,
    likert,
    multi,
    opt,
    profile_choice,
    profile_number,
    scale,
    scenario,
    single,
)


@pytest.fixture
def b() -> Bank:
    return bank(
        likert("data-1", "data"),
        likert("calm-1", "calm", scale="zero3"),
        single("tool", opt("crm", data=2), opt("tickets", data=1), opt("none")),
        multi("used", opt("crm", data=2), opt("tickets", data=2), opt("paper", data=-1)),
        scenario("outage", opt("update", calm=3), opt("discount", calm=1), opt("wait", calm=0), ask=("best", "worst")),
        scenario("angry", opt("listen", calm=3), opt("argue", calm=0), ask=("worst",)),
        profile_choice("education", "school", "bachelor", "master"),
        profile_choice("certs", "ccxp", "copc", multiple=True),
        profile_number("years", minimum=0, maximum=50),
        scales=[scale("zero3", [0, 1, 2, 3])],
    )


def only(problems: list[AnswerProblem]) -> str:
    assert len(problems) == 1, problems
    return problems[0].message


def test_valid_answers_come_back_in_normal_form_and_bank_order(b: Bank) -> None:
    raw = {
        "years": 7.5,
        "certs": ["copc", "ccxp"],
        "education": "master",
        "angry": {"worst": "argue"},
        "outage": {"worst": "wait", "best": "update"},
        "used": ["paper", "crm"],
        "tool": "tickets",
        "calm-1": 0,
        "data-1": 5,
    }
    answers, problems = check_answers(b, raw)
    assert problems == []
    assert answers == {
        "data-1": 5,
        "calm-1": 0,
        "tool": "tickets",
        "used": ["crm", "paper"],  # option order, whatever order they were ticked in
        "outage": {"best": "update", "worst": "wait"},
        "angry": {"worst": "argue"},
        "education": "master",
        "certs": ["ccxp", "copc"],
        "years": 7.5,
    }
    assert list(answers) == list(b.questions)


@pytest.mark.parametrize("value", ["4", " 4 ", 4.0, "4.0", 4])
def test_likert_accepts_whole_numbers_written_as_text_or_float(b: Bank, value: object) -> None:
    answers, problems = check_answers(b, {"data-1": value})
    assert problems == []
    assert answers["data-1"] == 4
    assert type(answers["data-1"]) is int


@pytest.mark.parametrize("value", [4.5, "4.5", 6, 0, "four", True, [4], float("nan")])
def test_likert_rejects_values_off_the_scale_and_names_them(b: Bank, value: object) -> None:
    answers, problems = check_answers(b, {"data-1": value})
    assert answers == {}
    message = only(problems)
    assert "data-1" in message and repr(value) in message
    assert "from 1 (Strongly disagree) to 5 (Strongly agree)" in message  # what would have been right


def test_likert_uses_the_items_own_scale(b: Bank) -> None:
    answers, problems = check_answers(b, {"calm-1": 0, "data-1": 0})
    assert answers == {"calm-1": 0}
    assert "data-1" in only(problems)  # 0 is on calm-1's scale, not on data-1's


def test_unknown_question_suggests_the_closest_id(b: Bank) -> None:
    answers, problems = check_answers(b, {"data1": 3, "tool": "crm"})
    assert answers == {"tool": "crm"}  # the good answer survives the bad one
    assert problems == [
        AnswerProblem("data1", "There is no question 'data1' in bank 'test-bank' (did you mean 'data-1'?).")
    ]


def test_unknown_option_suggests_the_closest_option(b: Bank) -> None:
    _, problems = check_answers(b, {"tool": "ticket"})
    assert only(problems) == "Question 'tool': there is no option 'ticket' (did you mean 'tickets'?)."


def test_unknown_option_without_a_close_match_lists_the_options(b: Bank) -> None:
    _, problems = check_answers(b, {"education": "phd"})
    message = only(problems)
    assert "'phd'" in message and "'school', 'bachelor', 'master'" in message


def test_none_means_unanswered_and_is_no_problem(b: Bank) -> None:
    assert check_answers(b, {"data-1": None, "tool": None, "outage": None}) == ({}, [])


def test_multi_accepts_a_single_id_as_a_one_item_list(b: Bank) -> None:
    answers, problems = check_answers(b, {"used": "crm", "certs": "ccxp"})
    assert problems == []
    assert answers == {"used": ["crm"], "certs": ["ccxp"]}


def test_multi_empty_list_is_an_answer_none_of_these(b: Bank) -> None:
    assert check_answers(b, {"used": []}) == ({"used": []}, [])


def test_multi_rejects_repeated_and_unknown_options(b: Bank) -> None:
    answers, problems = check_answers(b, {"used": ["crm", "crm"], "certs": ["ccxp", "cxpa"]})
    assert answers == {}
    assert len(problems) == 2
    assert "more than once" in problems[0].message and "'crm'" in problems[0].message
    assert "'cxpa'" in problems[1].message


def test_multi_rejects_a_non_list(b: Bank) -> None:
    _, problems = check_answers(b, {"used": 3})
    assert "not a list of option ids" in only(problems)


def test_scenario_bare_string_is_the_best_pick(b: Bank) -> None:
    assert check_answers(b, {"outage": "update"}) == ({"outage": {"best": "update"}}, [])


def test_scenario_bare_string_is_refused_when_only_worst_is_asked(b: Bank) -> None:
    answers, problems = check_answers(b, {"angry": "argue"})
    assert answers == {}
    assert "worst" in only(problems)


def test_scenario_rejects_keys_the_question_does_not_ask(b: Bank) -> None:
    _, problems = check_answers(b, {"angry": {"best": "listen"}})
    assert "'best' is not asked" in only(problems)


def test_scenario_rejects_the_same_option_as_best_and_worst(b: Bank) -> None:
    _, problems = check_answers(b, {"outage": {"best": "wait", "worst": "wait"}})
    assert "both the best and the worst" in only(problems)


def test_scenario_with_no_pick_is_unanswered(b: Bank) -> None:
    assert check_answers(b, {"outage": {"best": None}}) == ({}, [])


def test_scenario_unknown_pick_suggests(b: Bank) -> None:
    _, problems = check_answers(b, {"outage": {"best": "updat"}})
    assert "did you mean 'update'" in only(problems)


@pytest.mark.parametrize(("value", "expected"), [(0, 0), (50, 50), (12.5, 12.5), ("3", 3)])
def test_profile_number_within_bounds(b: Bank, value: object, expected: float) -> None:
    assert check_answers(b, {"years": value}) == ({"years": expected}, [])


@pytest.mark.parametrize(("value", "words"), [(-1, "below the minimum of 0"), (51, "above the maximum of 50")])
def test_profile_number_out_of_bounds_names_the_bound(b: Bank, value: int, words: str) -> None:
    _, problems = check_answers(b, {"years": value})
    assert words in only(problems) and "years" in only(problems)


@pytest.mark.parametrize("value", ["many", True, float("inf"), [3]])
def test_profile_number_rejects_non_numbers(b: Bank, value: object) -> None:
    _, problems = check_answers(b, {"years": value})
    assert "not a number" in only(problems)


def test_unbounded_profile_number_takes_any_finite_number() -> None:
    b = bank(profile_number("age", minimum=None, maximum=None), likert("x", "data"))
    assert check_answers(b, {"age": 1e6}) == ({"age": 1e6}, [])


def test_answer_error_carries_every_problem(b: Bank) -> None:
    _, problems = check_answers(b, {"data-1": 9, "tool": "x"})
    error = AnswerError(problems)
    assert error.problems == tuple(problems)
    assert "data-1" in str(error) and "tool" in str(error)


def test_likert_takes_the_words_of_a_point(b: Bank) -> None:
    answers, problems = check_answers(b, {"data-1": " strongly AGREE "})
    assert answers == {"data-1": 5} and not problems
