"""advise(): career stage, strengths and gaps, development actions, ranked recommendations and the best
specialisation — each derived only from the bank, the score result and the answers."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from advice_fixtures import (
    YEARS_TEXT,
    association,
    cert,
    result,
    rule,
    sample_bank,
    specialisation,
    stage,
)
from cs_quiz.bank.model import Bank, ScoringSettings
from cs_quiz.scoring.advice import advise
from cs_quiz.scoring.results import Advice, to_dict

YEARS = f"your answer to “{YEARS_TEXT}” is"
LOW_DATA = {"competency": "data", "below": 50}


def run(
    b: Bank,
    scores: dict[str, float | None] | None = None,
    answers: dict[str, Any] | None = None,
    readiness: int | None = None,
) -> Advice:
    return advise(b, result(scores, readiness, b=b), dict(answers or {}))


# --- career stage -----------------------------------------------------------------------------------------

PATH = (
    stage("education"),
    stage("frontline", {"profile": "years-cs", "at_least": 1}),
    stage("lead", {"profile": "years-cs", "at_least": 3}),
    stage("manager", {"all": [{"profile": "years-cs", "at_least": 5}, {"band": ["targeted", "ready"]}]}),
)


def test_no_career_path_no_stage() -> None:
    assert run(sample_bank()).stage is None


def test_first_stage_without_when_always_holds() -> None:
    s = run(sample_bank(stages=PATH), answers={}).stage
    assert s is not None
    assert (s.stage, s.next_stage, s.next_name, s.next_step) == (
        "education",
        "frontline",
        "Frontline",
        "Leave education.",
    )
    assert s.name == "Education" and s.description == "About education."


@pytest.mark.parametrize(
    ("years", "readiness", "expected", "following"),
    [
        (0, 70, "education", "frontline"),
        (2, 70, "frontline", "lead"),
        (4, 70, "lead", "manager"),
        (6, 50, "lead", "manager"),
        (6, 70, "manager", None),
    ],
)
def test_last_matching_stage_wins(years: int, readiness: int, expected: str, following: str | None) -> None:
    s = run(sample_bank(stages=PATH), answers={"years-cs": years}, readiness=readiness).stage
    assert s is not None and s.stage == expected and s.next_stage == following


def test_last_match_wins_even_after_a_stage_that_does_not_hold() -> None:
    path = (stage("a"), stage("b", LOW_DATA), stage("c", {"competency": "data", "at_least": 0}))
    s = run(sample_bank(stages=path), {"data": 80}).stage
    assert s is not None and s.stage == "c" and s.next_stage is None and s.next_name == ""


def test_no_stage_holds() -> None:
    path = (stage("a", LOW_DATA), stage("b", {"profile": "years-cs", "at_least": 1}))
    assert run(sample_bank(stages=path), {"data": 80}).stage is None


# --- strengths and gaps -----------------------------------------------------------------------------------


def test_strengths_are_the_top_three_at_or_above_gap_below_ties_in_bank_order() -> None:
    a = run(sample_bank(), {"data": 70, "strategy": 90, "people": 70, "comms": 75})
    assert a.strengths == ("strategy", "comms", "data")
    a = run(sample_bank(), {"data": 60, "strategy": 59.9, "people": 20, "comms": None})
    assert a.strengths == ("data",)


def test_a_weak_profile_has_no_strengths() -> None:
    assert run(sample_bank(), {"data": 30, "strategy": 20}).strengths == ()


def test_gaps_sorted_ascending_ties_in_bank_order_and_limited() -> None:
    b = sample_bank(settings=ScoringSettings(gap_below=60, max_gaps=2))
    a = run(b, {"data": 40, "strategy": 30, "people": 40, "comms": 59})
    assert a.gaps == ("strategy", "data")
    b = sample_bank(settings=ScoringSettings(gap_below=60, max_gaps=3))
    assert run(b, {"data": 40, "strategy": 30, "people": 40, "comms": 59}).gaps == ("strategy", "data", "people")


def test_no_gaps_when_nothing_is_below_gap_below() -> None:
    a = run(sample_bank(), {"data": 60, "strategy": 95, "people": None})
    assert a.gaps == () and a.actions == ()


def test_gap_below_comes_from_the_bank_settings() -> None:
    b = sample_bank(settings=ScoringSettings(gap_below=80))
    assert run(b, {"data": 70, "strategy": 85}).gaps == ("data",)
    assert run(b, {"data": 70, "strategy": 85}).strengths == ("strategy",)


def test_not_enough_answers_is_neither_strength_nor_gap() -> None:
    a = run(sample_bank(), {"data": None, "strategy": 10})
    assert a.gaps == ("strategy",) and "data" not in a.strengths


# --- development actions ----------------------------------------------------------------------------------


def test_actions_per_gap_in_level_order_with_because() -> None:
    a = run(sample_bank(), {"data": 42, "strategy": 30, "people": 90})
    assert [(x.competency, x.level) for x in a.actions] == [
        ("strategy", "practice"),
        ("strategy", "stretch"),
        ("data", "practice"),
        ("data", "stretch"),
        ("data", "course"),
    ]
    first = a.actions[2]
    assert first.text == "Data & metrics: practice action"
    assert first.competency_name == "Data & metrics" and first.score == 42
    assert str(first.because) == "because your Data & metrics score is 42"


def test_action_because_never_rounds_up_to_the_gap_threshold() -> None:
    a = run(sample_bank(), {"data": 59.7})
    assert str(a.actions[0].because) == "because your Data & metrics score is 59.7"


# --- recommendations --------------------------------------------------------------------------------------


def test_rules_ranked_by_priority_then_file_order() -> None:
    rules = (
        rule("low", LOW_DATA, 0, next_steps=("Step low",)),
        rule("high", LOW_DATA, 5, next_steps=("Step high",)),
        rule("low2", LOW_DATA, 0, next_steps=("Step low2",)),
        rule("never", {"competency": "data", "at_least": 90}, 9, next_steps=("Never",)),
        rule("mid", LOW_DATA, 2, next_steps=("Step mid a", "Step mid b")),
    )
    a = run(sample_bank(rules=rules), {"data": 42})
    assert [(r.id, r.title) for r in a.next_steps] == [
        ("high", "Step high"),
        ("mid", "Step mid a"),
        ("mid", "Step mid b"),
        ("low", "Step low"),
        ("low2", "Step low2"),
    ]
    assert all(
        r.kind == "next_step" and tuple(map(str, r.because)) == ("your Data & metrics score is 42, below 50",)
        for r in a.next_steps
    )


def test_a_certification_recommended_twice_appears_once_at_the_higher_rank_with_both_reasons() -> None:
    senior = {"profile": "years-cs", "at_least": 5}
    rules = (
        rule("other", LOW_DATA, 3, certifications=("copc",)),
        rule("by-years", senior, 1, certifications=("ccxp",)),
        rule("by-data", LOW_DATA, 7, certifications=("ccxp",)),
    )
    b = sample_bank(rules=rules, certifications={"ccxp": cert("ccxp"), "copc": cert("copc")})
    a = run(b, {"data": 42}, {"years-cs": 6})
    assert [c.id for c in a.certifications] == ["ccxp", "copc"]
    assert tuple(map(str, a.certifications[0].because)) == (
        "your Data & metrics score is 42, below 50",
        f"{YEARS} 6 years, at least 5",
    )
    ccxp = a.certifications[0]
    assert (ccxp.kind, ccxp.title, ccxp.detail, ccxp.issuer, ccxp.prerequisites, ccxp.url) == (
        "certification",
        "CCXP",
        "About ccxp.",
        "ccxp issuer",
        "What ccxp requires.",
        "https://example.org/ccxp",
    )


def test_the_same_next_step_from_two_rules_appears_once() -> None:
    rules = (
        rule("a", LOW_DATA, 0, next_steps=("Own a metric",)),
        rule("b", {"profile": "years-cs", "answered": False}, 4, next_steps=("Own a metric", "Tell us")),
    )
    a = run(sample_bank(rules=rules), {"data": 42})
    assert [(r.id, r.title) for r in a.next_steps] == [("b", "Own a metric"), ("b", "Tell us")]
    assert tuple(map(str, a.next_steps[0].because)) == (
        f"you have not answered “{YEARS_TEXT}”",
        "your Data & metrics score is 42, below 50",
    )


def test_associations_deduplicated_and_ranked() -> None:
    rules = (
        rule("a", LOW_DATA, 0, associations=("icmi", "cxpa")),
        rule("b", {"competency": "data", "below": 60}, 1, associations=("cxpa",)),
    )
    b = sample_bank(rules=rules, associations={"cxpa": association("cxpa"), "icmi": association("icmi")})
    a = run(b, {"data": 42})
    assert [(r.id, r.kind, r.url) for r in a.associations] == [
        ("cxpa", "association", "https://example.org/cxpa"),
        ("icmi", "association", "https://example.org/icmi"),
    ]
    assert tuple(map(str, a.associations[0].because)) == (
        "your Data & metrics score is 42, below 60",
        "your Data & metrics score is 42, below 50",
    )


ELIGIBLE = {
    "any": [
        {"all": [{"profile": "education", "in": ["bachelor", "master"]}, {"profile": "years-cs", "at_least": 3}]},
        {"profile": "years-cs", "at_least": 5},
    ]
}


@pytest.mark.parametrize(
    ("answers", "eligible"),
    [
        ({"education": "bachelor", "years-cs": 3}, True),
        ({"years-cs": 6}, True),  # education unanswered, but five years decide it
        ({"education": "school", "years-cs": 4}, False),
        ({"years-cs": 2}, False),  # neither branch can hold whatever the education
        ({"years-cs": 4}, None),  # depends on the unanswered education
        ({}, None),
    ],
    ids=str,
)
def test_certification_eligibility(answers: dict[str, Any], eligible: bool | None) -> None:
    b = sample_bank(
        rules=(rule("r", {"competency": "data", "at_least": 0}, certifications=("ccxp",)),),
        certifications={"ccxp": cert("ccxp", ELIGIBLE)},
    )
    assert run(b, {"data": 50}, answers).certifications[0].eligible is eligible


def test_eligibility_unknown_without_eligible_when() -> None:
    b = sample_bank(
        rules=(rule("r", {"competency": "data", "at_least": 0}, certifications=("ccxp",)),),
        certifications={"ccxp": cert("ccxp")},
    )
    assert run(b, {"data": 50}, {"years-cs": 30}).certifications[0].eligible is None


def test_rules_on_unscored_competencies_recommend_nothing() -> None:
    rules = (rule("r", LOW_DATA, next_steps=("x",)), rule("n", {"not": LOW_DATA}, next_steps=("y",)))
    a = run(sample_bank(rules=rules), {"data": None, "strategy": 10})
    assert a.next_steps == ()


# --- specialisation ---------------------------------------------------------------------------------------


def test_best_specialisation_by_weighted_mean() -> None:
    specs = (
        specialisation("ops", people=1, comms=1),  # (50 + 70) / 2 = 60
        specialisation("cx", data=2, strategy=1, comms=1),  # (2*82 + 75 + 70) / 4 = 77.25, shown 77.3
    )
    a = run(sample_bank(specialisations=specs), {"data": 82, "strategy": 75, "people": 50, "comms": 70})
    assert a.specialisation is not None
    assert (a.specialisation.id, a.specialisation.name, a.specialisation.fit) == ("cx", "Cx", 77.3)
    assert str(a.specialisation.because) == (
        "your strongest areas for this role are Data & metrics (82) and Strategic planning (75)"
    )


def test_specialisation_because_names_the_biggest_contributions_not_just_the_highest_scores() -> None:
    specs = (specialisation("cx", data=3, strategy=1, people=1),)
    a = run(sample_bank(specialisations=specs), {"data": 60, "strategy": 90, "people": 80})
    assert a.specialisation is not None
    assert str(a.specialisation.because) == (
        "your strongest areas for this role are Data & metrics (60) and Strategic planning (90)"
    )


def test_specialisation_skips_unscored_competencies_and_specialisations() -> None:
    specs = (
        specialisation("unscored", people=5),
        specialisation("cx", data=1, people=9),
    )
    a = run(sample_bank(specialisations=specs), {"data": 40, "people": None})
    assert a.specialisation is not None
    assert (a.specialisation.id, a.specialisation.fit) == ("cx", 40.0)
    assert str(a.specialisation.because) == "your strongest area for this role is Data & metrics (40)"


def test_no_specialisation_when_nothing_is_scored() -> None:
    specs = (specialisation("cx", data=1),)
    assert run(sample_bank(specialisations=specs), {}).specialisation is None
    assert run(sample_bank(), {"data": 50}).specialisation is None


def test_specialisation_ties_go_to_file_order() -> None:
    specs = (
        specialisation("first", data=1),
        specialisation("second", strategy=1),
        specialisation("third", data=1, strategy=1),
    )
    a = run(sample_bank(specialisations=specs), {"data": 64.04, "strategy": 64.01})
    assert a.specialisation is not None and a.specialisation.id == "first" and a.specialisation.fit == 64.0


# --- the whole -------------------------------------------------------------------------------------------


def full_bank() -> Bank:
    return sample_bank(
        stages=PATH,
        rules=(
            rule("metrics", LOW_DATA, 5, next_steps=("Own a metric",), associations=("cxpa",)),
            rule("ccxp", {"band": ["targeted", "ready"]}, 1, certifications=("ccxp",), associations=("cxpa",)),
        ),
        certifications={"ccxp": cert("ccxp", ELIGIBLE)},
        associations={"cxpa": association("cxpa")},
        specialisations=(specialisation("cx", data=2, strategy=1), specialisation("ops", people=1, comms=1)),
    )


def test_advise_is_deterministic() -> None:
    b = full_bank()
    scores = {"data": 42, "strategy": 75, "people": 88, "comms": 58.5}
    answers = {"years-cs": 6, "education": "master"}
    first = advise(b, result(scores, 64, b=b), answers)
    again = advise(b, result(scores, 64, b=b), dict(reversed(list(answers.items()))))
    assert first == again
    assert to_dict(first) == to_dict(again)


def test_advise_puts_it_together() -> None:
    b = full_bank()
    a = advise(b, result({"data": 42, "strategy": 75, "people": 88, "comms": 58.5}, 64, b=b), {"years-cs": 6})
    assert a.stage is not None and a.stage.stage == "manager"
    assert a.strengths == ("people", "strategy")
    assert a.gaps == ("data", "comms")
    assert [r.title for r in a.next_steps] == ["Own a metric"]
    assert [(r.id, r.eligible) for r in a.certifications] == [("ccxp", True)]
    assert [r.id for r in a.associations] == ["cxpa"]
    assert tuple(map(str, a.associations[0].because)) == (
        "your Data & metrics score is 42, below 50",
        "your readiness band is Ready with targeted development",
    )
    assert a.specialisation is not None and a.specialisation.id == "ops" and a.specialisation.fit == 73.3


def test_advice_does_not_mutate_its_inputs() -> None:
    b = full_bank()
    r = result({"data": 42}, 50, b=b)
    answers = {"years-cs": 6}
    before = copy.deepcopy((b, r, answers))
    advise(b, r, answers)
    assert (b, r, answers) == before


# --- through the real loader ------------------------------------------------------------------------------

YAML_BANK = b"""
format: 1
bank: {id: t, title: T, version: "1", language: en, description: d, estimated_minutes: 1}
scoring: {min_answers_for_precision: 1}  # one item a competency: here to test conditions, not precision
scales:
  - id: agree5
    name: Agreement
    values: [{value: 1, label: Disagree}, {value: 2, label: Unsure}, {value: 3, label: Agree}]
competencies:
  - {id: data, name: Data & metrics, description: d, kind: skill,
     actions: [{level: course, text: Take a course.}, {level: practice, text: Read CSAT comments.}]}
questions:
  - {id: d1, type: likert, text: I use data., competency: data, scale: agree5}
  - {id: years, type: profile, input: number, text: How many years?, min: 0, max: 50, unit: years}
  - id: edu
    type: profile
    input: choice
    text: Education?
    options: [{id: school, text: School}, {id: bachelor, text: Bachelor}]
  - id: held
    type: profile
    input: multi
    text: Held?
    options: [{id: ccxp, text: CCXP}, {id: copc, text: COPC}]
sections:
  - {id: s, title: S, description: d, estimated_minutes: 1, questions: [d1, years, edu, held]}
bands:
  - {id: low, name: Low, min: 0, max: 49, meaning: m}
  - {id: high, name: High, min: 50, max: 100, meaning: m}
career_path:
  - {id: start, name: Start, description: d, next_step: Begin.}
  - {id: later, name: Later, description: d, next_step: Go on., when: {profile: years, at_least: 2}}
certifications:
  - id: ccxp
    name: CCXP
    issuer: CXPA
    description: d
    prerequisites: p
    url: https://www.cxpa.org/
    eligible_when: {any: [{profile: years, at_least: 5}, {profile: edu, is: bachelor}]}
advice:
  - {id: r1, when: {competency: data, below: 50}, next_steps: [Own a metric.], priority: 2}
  - {id: r2, when: {readiness: true, below: 50}, next_steps: [Ask for feedback.]}
  - {id: r3, when: {band: [low]}, certifications: [ccxp]}
  - {id: r4, when: {profile: edu, in: [school, bachelor], answered: true}, next_steps: [Study.]}
  - {id: r5, when: {not: {profile: held, includes: ccxp}}, next_steps: [Certify.]}
  - {id: r6, when: {all: [{profile: years, at_least: 1, below: 9}, {any: [{band: high}, {band: [high]}]}]},
     next_steps: [Never.]}
specialisations:
  - {id: cx, name: CX director, description: d, profile: {data: 1}}
"""


def test_every_condition_form_from_a_loaded_bank() -> None:
    from cs_quiz.bank.load import load_bytes
    from cs_quiz.scoring.scores import score

    loaded = load_bytes(YAML_BANK, "t.yaml")
    assert loaded.errors == () and loaded.bank is not None
    b = loaded.bank
    answers = {"d1": 1, "years": 3, "edu": "school", "held": ["copc"]}
    a = advise(b, score(b, answers), answers)
    assert a.stage is not None and (a.stage.stage, a.stage.next_step) == ("later", "Go on.")
    assert [s.title for s in a.next_steps] == ["Own a metric.", "Ask for feedback.", "Study.", "Certify."]
    assert [(c.id, c.eligible) for c in a.certifications] == [("ccxp", False)]
    assert [x.level for x in a.actions] == ["practice", "course"]
    assert a.specialisation is not None and a.specialisation.fit == 0.0


def test_a_score_on_one_answer_is_indicative_and_never_named_a_strength_or_gap() -> None:
    from cs_quiz.bank.load import load_bytes
    from cs_quiz.scoring.scores import score

    strict = YAML_BANK.replace(b"scoring: {min_answers_for_precision: 1}", b"scoring: {}")
    b = load_bytes(strict, "t.yaml").bank
    assert b is not None and b.settings.min_answers_for_precision == 2  # the default
    answers = {"d1": 1, "years": 3, "edu": "school", "held": ["copc"]}
    result = score(b, answers)
    [data] = [c for c in result.competencies if c.competency == "data"]
    assert (data.score, data.answered, data.indicative, data.raw) == (0.0, 1, True, 0.0)
    a = advise(b, result, answers)
    assert a.gaps == () and a.strengths == () and a.actions == ()  # 0 from one answer is not a measured gap
