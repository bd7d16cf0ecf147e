"""Format gaps an author met (issue 19): an option chosen alone ("None of these"), and rules that ask whether the
person is eligible for a certification instead of repeating its rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from cs_quiz.bank.load import load_bytes
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.answers import check_answers
from cs_quiz.scoring.engine import evaluate

PROFILE = Path(__file__).parent / "fixtures" / "banks" / "profile.yaml"

TOOLS = """
  - id: tools
    type: multi
    text: Which of these have you used?
    options:
      - {id: crm, text: A CRM, scores: {order: 1}}
      - {id: wfm, text: Workforce planning, scores: {order: 1}}
      - {id: none, text: None of these, exclusive: true, pinned: true}
  - id: years
    type: profile
    input: number
    text: How many years have you worked in customer service?
    min: 0
    max: 50
  - id: degree
    type: profile
    input: choice
    text: Do you have a degree?
    options:
      - {id: yes, text: "Yes"}
      - {id: no, text: "No"}
"""

EXTRA = """certifications:
  - id: cert
    name: A certificate
    issuer: An association
    description: For people with experience.
    prerequisites: A degree and 3 years, or 5 years.
    url: https://example.org/
    eligible_when:
      any:
        - all: [{profile: degree, is: "yes"}, {profile: years, at_least: 3}]
        - {profile: years, at_least: 5}
advice:
  - id: apply
    when: {eligible: cert}
    certifications: [cert]
  - id: later
    when: {not: {eligible: cert}}
    next_steps: [Keep counting your years.]
"""


def _bank(text: str) -> Bank:
    result = load_bytes(text.encode(), "b.yaml")
    assert result.bank is not None, [str(e) for e in result.errors]
    return result.bank


def _source(extra: str = EXTRA) -> str:
    text = PROFILE.read_text(encoding="utf-8")
    text = text.replace("questions:\n", "questions:" + TOOLS, 1)
    text = text.replace("questions: [o1, s1,", "questions: [tools, years, degree, o1, s1,")
    return text + extra


@pytest.fixture(scope="module")
def bank() -> Bank:
    return _bank(_source())


def test_an_exclusive_option_is_never_chosen_with_others(bank: Bank) -> None:
    assert bank.questions["tools"].option("none").exclusive
    answers, problems = check_answers(bank, {"tools": ["crm", "none"]})
    assert "tools" not in answers
    assert "'none' is chosen with others" in str(problems[0])
    answers, problems = check_answers(bank, {"tools": ["none"]})
    assert answers == {"tools": ["none"]} and not problems


def test_exclusive_is_refused_where_only_one_answer_is_taken() -> None:
    text = _source().replace('      - {id: no, text: "No"}', '      - {id: no, text: "No", exclusive: true}')
    result = load_bytes(text.encode(), "b.yaml")
    assert result.bank is None
    assert any("takes one answer" in e.message for e in result.errors), [str(e) for e in result.errors]


@pytest.mark.parametrize(
    ("degree", "years", "rule"),
    [("yes", 3, "apply"), ("no", 3, "later"), ("no", 6, "apply"), ("yes", 1, "later")],
)
def test_a_rule_asks_eligibility_once(bank: Bank, degree: str, years: int, rule: str) -> None:
    ev, _ = evaluate(bank, {"degree": degree, "years": years, "o1": 3}, ["all"])
    fired = {r.id for r in (*ev.advice.next_steps, *ev.advice.certifications)}
    assert fired == ({"cert"} if rule == "apply" else {"later"})
    if rule == "apply":  # the reasons are the facts that make the person eligible
        because = " ".join(str(t) for t in ev.advice.certifications[0].because)
        assert "years" in because or "degree" in because.lower()


def test_eligibility_unknown_without_the_answers_it_needs(bank: Bank) -> None:
    ev, _ = evaluate(bank, {"o1": 3}, ["all"])
    assert not ev.advice.certifications and not ev.advice.next_steps  # unknown is neither yes nor no


def test_eligible_needs_a_certification_that_says_who_is() -> None:
    missing = _source(EXTRA.replace("{eligible: cert}", "{eligible: cret}", 1))
    result = load_bytes(missing.encode(), "b.yaml")
    assert result.bank is None and any("did you mean 'cert'" in e.message for e in result.errors)
    without_rule = EXTRA.split("    eligible_when:")[0] + "advice:" + EXTRA.split("advice:")[1]
    no_rule = _source(without_rule)
    result = load_bytes(no_rule.encode(), "b.yaml")
    assert result.bank is None and any("has no eligible_when" in e.message for e in result.errors)
    looping = _source(EXTRA.replace("        - {profile: years, at_least: 5}", "        - {eligible: cert}"))
    result = load_bytes(looping.encode(), "b.yaml")
    assert result.bank is None and any("cannot ask 'eligible'" in e.message for e in result.errors)


def test_a_quiz_of_choices_needs_no_scale() -> None:
    quiz = """format: 1
bank: {id: quiz, title: Quiz, version: "1", language: en, description: Three questions.}
competencies: [{id: know, name: Knowledge}]
questions:
  - id: q1
    type: single
    text: Which measure asks customers how satisfied they were?
    options: [{id: a, text: CSAT, scores: {know: 1}}, {id: b, text: Average handle time}]
sections: [{id: all, title: All, questions: [q1]}]
"""
    bank = _bank(quiz)
    assert bank.scales == {}
    ev, _ = evaluate(bank, {"q1": "a"})
    assert str(ev.score.competencies[0].sum_said()) == "1 of 1"
