"""What a careers adviser checked in the bundled bank (issue 15), where a test can check it.

- **Statements anyone can answer honestly**: a statement about something done at work offers "not yet"; no
  jargon a 17-year-old would not know; no statement says two things at once ("... and ..." about two acts).
- **Coverage of the guides**: the parts of the role the guides name and 1.0.0 missed each have statements.
- **Scenario keys nobody can guess**: `cs-quiz validate` gives no key-bias warning; the keys a reviewer disputed
  are fixed.
- **Advice that fits the person**: every rule says why in one sentence; only people below director level are told
  to apply for director roles; no certification is recommended as fact where the facts file says "not
  confirmed"; a held certification is never recommended.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.bank.fairness import key_bias
from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank, QuestionType

BANK_PATH = Path(__file__).resolve().parent.parent / "questions" / "csd-readiness.yaml"

# Words a career-class student would stumble on (issue 15 names the first three).
JARGON = ("league table", "working link", "hard call", "kpi", "escalation matrix", "stakeholder", "synergy")

# Parts of the role the guides name, and the statements that ask about each (at least two each).
TOPICS = {
    "negotiation": ("conflict-6", "conflict-7", "conflict-8", "conflict-9"),
    "team culture and morale": ("leadership-6", "leadership-7"),
    "interpersonal skills": ("empathy-6", "empathy-7"),
    "the customer journey": ("customer-focus-6", "customer-focus-7"),
    "retention and loyalty": ("data-6", "data-7"),
    "setting staff performance measures": ("leadership-8", "leadership-9"),
    "languages as an asset": ("communication-7",),
}


@pytest.fixture(scope="module")
def bank() -> Bank:
    loaded = load_bank(BANK_PATH)
    assert loaded.bank is not None, loaded.errors
    return loaded.bank


def asked_texts(bank: Bank) -> list[tuple[str, str]]:
    out = []
    for q in bank.questions.values():
        out.append((q.id, f"{q.situation} {q.text} {q.help}"))
        out += [(f"{q.id}/{o.id}", f"{o.text} {o.feedback}") for o in q.options]
        if q.key is not None:
            out.append((f"{q.id} key", q.key.rationale))
    return out


def test_statements_about_work_done_offer_not_yet(bank: Bank) -> None:
    done = re.compile(r"^(In the last year|I have (?!to\b)\w+)", re.IGNORECASE)
    for q in bank.questions.values():
        if q.type is QuestionType.LIKERT and done.match(q.text):
            assert bank.scales[q.scale or ""].not_yet, f"{q.id} asks about work done with no 'not yet': {q.text}"


def test_no_jargon(bank: Bank) -> None:
    for where, text in asked_texts(bank):
        for word in JARGON:
            assert not re.search(rf"\b{re.escape(word)}\b", text, re.IGNORECASE), f"{where}: '{word}' in {text}"


def test_reverse_worded_statements_have_no_negative_of_their_own(bank: Bank) -> None:
    # Disagreeing with "I don't mind if ..." is a double negative for the person answering.
    for q in bank.questions.values():
        if q.type is QuestionType.LIKERT and q.reverse:
            assert not re.search(r"\b(don't mind|do not mind|never|not un)\b", q.text, re.IGNORECASE), q.id


def test_help_never_gives_the_answer_away(bank: Bank) -> None:
    # 1.0.0 explained in data-2's help exactly what the statement asked the person to know.
    for q in bank.questions.values():
        if q.type is QuestionType.LIKERT and q.help:
            assert not re.search(r"\bI (could|can) explain\b", q.text), f"{q.id} asks what its help explains"


@pytest.mark.parametrize("topic", sorted(TOPICS))
def test_the_guides_topics_are_asked_in_the_full_assessment(bank: Bank, topic: str) -> None:
    full = set(bank.sections["full"].questions)
    for qid in TOPICS[topic]:
        assert qid in bank.questions and qid in full, f"{topic}: {qid}"
    scenario_topics = " ".join(q.situation for q in bank.questions.values() if q.type is QuestionType.SCENARIO)
    assert scenario_topics  # situations exist; the scenario test below counts them


def test_languages_are_asked_and_valued(bank: Bank) -> None:
    assert bank.questions["languages"].type is QuestionType.PROFILE
    rules = [r for r in bank.rules if any("language" in s for s in r.next_steps)]
    assert rules, "an advice rule says what more than one language is worth"


def test_at_least_twenty_scenarios_with_no_key_an_item_writer_habit_gives_away(bank: Bank) -> None:
    scenarios = [q for q in bank.questions.values() if q.type is QuestionType.SCENARIO]
    assert len(scenarios) >= 20
    assert key_bias(bank) == [], [w.message for w in key_bias(bank)]


def test_the_spanish_options_give_nothing_away_either() -> None:
    # Same positions as the English, but the lengths are the Spanish ones: a translation can make the best the
    # longest again.
    loaded = load_bank(BANK_PATH.with_name("csd-readiness.es.yaml"))
    assert loaded.bank is not None
    assert key_bias(loaded.bank) == [], [w.message for w in key_bias(loaded.bank)]


def _option(bank: Bank, qid: str, role: str) -> str:
    q = bank.questions[qid]
    assert q.key is not None
    keyed = getattr(q.key, role)
    option = q.option(keyed)
    assert option is not None
    return option.text.lower()


def test_the_disputed_keys_are_fixed(bank: Bank) -> None:
    # A viral complaint: firing the agent before anyone has reviewed the call is the worst answer.
    assert "fire" in _option(bank, "sc-viral", "worst")
    best = _option(bank, "sc-viral", "best")
    assert "review" in best or "look" in best
    # A data breach: the papers are evidence of which cards were exposed; the best answer keeps them.
    assert "destroy" not in _option(bank, "sc-breach", "best")
    # A budget cut: a weekend cut nobody looked into must not outscore refusing openly.
    q = bank.questions["sc-budget-cut"]
    totals = {o.id: sum(o.scores.values()) for o in q.options}
    weekend = next(o.id for o in q.options if "weekend" in o.text.lower())
    refuse = next(o.id for o in q.options if "refuse" in o.text.lower())
    assert totals[weekend] <= totals[refuse]


# ---- advice ----------------------------------------------------------------------------------------------------


def test_every_rule_says_why_in_one_plain_sentence(bank: Bank) -> None:
    for r in bank.rules:
        assert r.why, f"{r.id} has no why"
        assert r.why.endswith(".") and ". " not in r.why[:-1], f"{r.id}: one sentence, please: {r.why}"
        assert r.why[0].isupper()


def _stages_in(cond: Any) -> set[str] | None:
    """The stages a condition requires (top-level all/stage), or None if it does not require one."""
    if isinstance(cond, dict) and "stage" in cond:
        s = cond["stage"]
        return {s} if isinstance(s, str) else set(s)
    if isinstance(cond, dict) and "all" in cond:
        for part in cond["all"]:
            found = _stages_in(part)
            if found is not None:
                return found
    return None


def test_only_people_below_director_level_are_told_to_apply_for_director_roles(bank: Bank) -> None:
    for r in bank.rules:
        if any(re.search(r"apply(ing)? for director", s, re.IGNORECASE) for s in r.next_steps):
            stages = _stages_in(r.when)
            assert stages is not None and not stages & {"director", "vp"}, r.id
    for stage in bank.stages:
        if stage.id in ("director", "vp"):
            assert not re.search(r"apply(ing)? for director", stage.next_step, re.IGNORECASE)
    for band in bank.bands:  # the same band is read by students and directors: it never says what to do next
        assert not re.search(r"\bapply|years away\b", band.meaning, re.IGNORECASE), band.id


def test_no_credential_is_recommended_as_fact_where_the_facts_are_not_confirmed(bank: Bank) -> None:
    assert "dcsp" not in bank.certifications, "what DCSP stands for could not be confirmed"
    for cert in bank.certifications.values():
        assert cert.held_when is not None, f"{cert.id} would be recommended to someone who holds it"
        if cert.id != "ccxp":  # only CXPA's rules are confirmed (domain-facts.md)
            assert cert.eligible_when is None, f"{cert.id}: its prerequisites are not confirmed"
            assert re.search(r"not confirmed|check", f"{cert.description} {cert.prerequisites}", re.IGNORECASE)
    ccxp = bank.certifications["ccxp"]
    assert "years-cx" in repr(ccxp.eligible_when) and "years-cs" not in repr(ccxp.eligible_when), (
        "CXPA counts customer experience work, not every year in customer service"
    )
