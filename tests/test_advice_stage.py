"""Advice a person can act on (issue 15): rules that depend on the career stage, one plain sentence of why,
certifications the person already holds, questions a section never asked, and specialisations that fit about
equally or suit the person's work."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from advice_fixtures import cert, result, rule, sample_bank, specialisation, stage
from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank, ScoringSettings
from cs_quiz.scoring.advice import advise
from cs_quiz.scoring.results import Advice
from factories import section

PATH = (
    stage("education"),
    stage("frontline", {"profile": "years-cs", "at_least": 1}),
    stage("director", {"profile": "years-cs", "at_least": 20}),
)


def run(b: Bank, scores: dict[str, float | None] | None = None, answers: dict[str, Any] | None = None) -> Advice:
    return advise(b, result(scores, 85, b=b), dict(answers or {}))


# --- stage conditions -----------------------------------------------------------------------------------------


def test_a_rule_can_depend_on_the_career_stage() -> None:
    rules = (
        rule("apply", {"all": [{"band": "ready"}, {"stage": ["education", "frontline"]}]}, next_steps=("Apply",)),
        rule("beyond", {"stage": "director"}, next_steps=("Look beyond",)),
    )
    b = sample_bank(stages=PATH, rules=rules)
    assert [r.title for r in run(b, answers={"years-cs": 3}).next_steps] == ["Apply"]
    director = run(b, answers={"years-cs": 25})
    assert [r.title for r in director.next_steps] == ["Look beyond"]
    assert [str(t) for t in director.next_steps[0].because] == ["your career stage is Director"]


def test_without_a_career_path_a_stage_condition_never_holds() -> None:
    b = sample_bank(rules=(rule("r", {"not": {"stage": "director"}}, next_steps=("x",)),))
    assert run(b).next_steps == ()


def _load(tmp_path: Path, replacements: dict[str, str]) -> Any:
    text = (Path(__file__).parent / "fixtures" / "banks" / "small.yaml").read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "bank.yaml"
    path.write_text(text, encoding="utf-8")
    return load_bank(path)


def test_the_loader_refuses_a_stage_condition_where_the_stage_is_not_known_yet(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        {
            "when: {profile: years, at_least: 1}": "when: {stage: education}",
            "when: {competency: data, below: 50}": "when: {stage: [frontline, nowhere]}",
        },
    )
    messages = [f"{e.field}: {e.message}" for e in loaded.errors]
    assert any(
        "career_path[1].when.stage" in m and "only advice rules, development actions and specialisations" in m
        for m in messages
    )
    assert any("advice[0].when.stage[1]" in m and "nowhere" in m for m in messages), messages
    assert len(messages) == 2, messages


# --- why --------------------------------------------------------------------------------------------------------


def test_a_rule_says_why_in_its_own_words_and_keeps_the_reasons() -> None:
    why = "Directors come up through customer service."
    b = sample_bank(
        rules=(replace(rule("r", {"profile": "years-cs", "below": 1}, next_steps=("Get a job",)), why=why),)
    )
    rec = run(b, answers={"years-cs": 0}).next_steps[0]
    assert rec.why == why
    assert len(rec.because) == 1 and "0 years, below 1" in str(rec.because[0])


# --- certifications held --------------------------------------------------------------------------------------

HELD = {"profile": "certs-held", "includes": "ccxp"}


@pytest.mark.parametrize(
    ("answers", "recommended"),
    [({"certs-held": ["ccxp"]}, False), ({"certs-held": ["copc"]}, True), ({}, True)],
    ids=["holds it", "holds another", "not answered"],
)
def test_a_certification_the_person_holds_is_never_recommended(answers: dict[str, Any], recommended: bool) -> None:
    b = sample_bank(
        rules=(rule("r", {"competency": "data", "at_least": 0}, certifications=("ccxp",)),),
        certifications={"ccxp": replace(cert("ccxp"), held_when=HELD)},
    )
    assert bool(run(b, {"data": 70}, answers).certifications) is recommended


# --- questions never asked ------------------------------------------------------------------------------------


def test_a_question_the_sections_never_asked_is_unknown_not_unanswered() -> None:
    b = sample_bank(rules=(rule("tell", {"profile": "certs-held", "answered": False}, next_steps=("Tell us",)),))
    quick = replace(b, sections={"quick": section("quick", "d1", "years-cs")} | dict(b.sections))
    asked_nothing = advise(quick, replace(result({"data": 50}, 60, b=quick), sections=("quick",)), {})
    assert asked_nothing.next_steps == (), "the quick section never asked which certifications are held"
    asked = advise(quick, result({"data": 50}, 60, b=quick), {})  # every section: the question was asked
    assert [r.title for r in asked.next_steps] == ["Tell us"]


# --- specialisations ------------------------------------------------------------------------------------------


def test_fits_within_the_margin_are_shown_as_about_equal() -> None:
    specs = (specialisation("ops", data=1), specialisation("cx", strategy=1), specialisation("hr", people=1))
    b = sample_bank(specialisations=specs)
    a = run(b, {"data": 70, "strategy": 71.4, "people": 50})
    assert a.specialisation is not None and a.specialisation.id == "cx"
    assert [f.id for f in a.also_fits] == ["ops"], "1.4 points apart is no winner; 21 points apart is"
    wide = run(replace(b, settings=ScoringSettings(specialisation_margin=1.0)), {"data": 70, "strategy": 71.4})
    assert wide.also_fits == ()


def test_suits_adds_points_for_the_persons_work_and_says_so() -> None:
    specs = (
        specialisation("support", data=1),
        replace(specialisation("contact", strategy=1), suits={"profile": "years-cs", "at_least": 10}),
    )
    b = sample_bank(specialisations=specs, settings=ScoringSettings(specialisation_margin=0.5))
    plain = run(b, {"data": 72, "strategy": 70}, {"years-cs": 2})
    assert plain.specialisation is not None and plain.specialisation.id == "support"
    suited = run(b, {"data": 72, "strategy": 70}, {"years-cs": 12})
    assert suited.specialisation is not None and suited.specialisation.id == "contact"
    assert suited.specialisation.fit == 75.0
    assert "12 years, at least 10" in str(suited.specialisation.suited_because[0])


# --- development actions for the person's stage ---------------------------------------------------------------


def test_development_actions_can_be_for_one_stage_only() -> None:
    b = sample_bank(stages=PATH)
    data = b.competencies["data"]
    actions = (
        replace(data.actions[0], text="Chart your pocket money", when={"stage": "education"}),
        replace(data.actions[1], text="Own the team dashboard", when={"not": {"stage": "education"}}),
        replace(data.actions[2], text="Take a statistics course"),
    )
    b = replace(b, competencies={**b.competencies, "data": replace(data, actions=actions)})
    student = [a.text for a in run(b, {"data": 20}, {"years-cs": 0}).actions]
    worker = [a.text for a in run(b, {"data": 20}, {"years-cs": 4}).actions]
    assert "Chart your pocket money" in student and "Own the team dashboard" not in student
    assert "Own the team dashboard" in worker and "Chart your pocket money" not in worker
    assert "Take a statistics course" in student and "Take a statistics course" in worker


# --- gaps ---------------------------------------------------------------------------------------------------------


def test_a_rule_can_ask_whether_a_competency_is_one_of_the_gaps_named() -> None:
    rules = tuple(
        rule(f"low-{cid}", {"competency": cid, "below": 50, "gap": True}, next_steps=(f"Work on {cid}",))
        for cid in ("data", "strategy", "people", "comms")
    )
    b = replace(sample_bank(rules=rules), settings=ScoringSettings(max_gaps=2))
    a = run(b, {"data": 20, "strategy": 45, "people": 30, "comms": 48})
    assert [r.title for r in a.next_steps] == ["Work on data", "Work on people"], "only the two gaps named"
    assert str(a.next_steps[0].because[0]) == "Data & metrics (20) is one of the areas you most need to work on"


def test_at_most_max_next_steps_are_shown_highest_priority_first() -> None:
    rules = tuple(rule(f"r{i}", {"competency": "data", "at_least": 0}, i, next_steps=(f"Step {i}",)) for i in range(5))
    b = replace(sample_bank(rules=rules), settings=ScoringSettings(max_next_steps=2))
    assert [r.title for r in run(b, {"data": 50}).next_steps] == ["Step 4", "Step 3"]
