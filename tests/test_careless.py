"""Careless answers change the verdict (issue 14): a pattern the bank declares as withholding gives no band, no
band meaning and no advice, everywhere; honest answers are not caught by it."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_quiz.bank.fields import WITHHOLDABLE
from cs_quiz.bank.load import load_bundled
from cs_quiz.bank.model import Bank, QuestionType
from cs_quiz.report.text import render
from cs_quiz.scoring.engine import as_json, evaluate
from cs_quiz.scoring.results import FlagKind


@pytest.fixture(scope="module")
def bank() -> Bank:
    return next(b for b in load_bundled().banks if b.meta.language == "en")


def answers_for(bank: Bank, likert: object, seed: int = 1) -> dict[str, object]:
    """The Full assessment with every statement answered by ``likert(n, question)``, the rest sensibly."""
    rng = random.Random(seed)
    out: dict[str, object] = {}
    n = 0
    for qid in bank.section_questions(("full",)):
        q = bank.questions[qid]
        ids = [o.id for o in q.options]
        if q.type is QuestionType.LIKERT:
            out[qid] = likert(n, q)  # type: ignore[operator]
            n += 1
        elif q.type is QuestionType.SCENARIO:
            out[qid] = dict(zip(q.ask, rng.sample(ids, len(q.ask)), strict=True))
        elif q.type is QuestionType.MULTI:
            out[qid] = ids[:1]
        elif q.type is QuestionType.SINGLE:
            out[qid] = ids[0]
    return out


def test_the_bank_format_and_the_flags_name_the_same_kinds() -> None:
    assert set(WITHHOLDABLE) == {k.value for k in FlagKind}


@pytest.mark.parametrize(
    ("name", "likert", "kind"),
    [
        ("strongly agree everywhere", lambda n, q: 5, "straight-lining"),
        ("the middle everywhere", lambda n, q: 3, "straight-lining"),
        ("see-saw", lambda n, q: 1 if n % 2 else 5, "alternating"),
        ("agree with everything", lambda n, q: 4 + n % 2, "acquiescence"),
    ],
)
def test_a_careless_pattern_withholds_the_verdict_everywhere(bank: Bank, name: str, likert: object, kind: str) -> None:
    ev, problems = evaluate(bank, answers_for(bank, likert), ["full"], seconds=1200)
    assert not problems
    r = ev.score.readiness
    assert not r.interpretable and kind in r.withheld_by, name
    assert r.band is None and r.band_name == "" and r.meaning == ""
    assert ev.advice.stage is None and ev.advice.gaps == () and ev.advice.next_steps == ()
    assert all(c.score is not None for c in ev.score.competencies)  # kept, for the facilitator
    data = as_json(ev)
    assert data["score"]["readiness"]["interpretable"] is False and data["score"]["readiness"]["band"] is None
    assert any(f["withholds"] for f in data["score"]["flags"])
    text = render(ev)
    assert "Readiness: not given" in text and "Ready" not in text and "director roles" not in text


def test_an_honest_person_keeps_their_verdict(bank: Bank) -> None:
    rng = random.Random(4)
    level = {c: rng.uniform(2.0, 4.5) for c in bank.competencies}

    def honest(n: int, q: object) -> int:
        value = min(5, max(1, round(level[q.competency] + rng.gauss(0, 0.7))))  # type: ignore[attr-defined]
        return 6 - value if q.reverse else value  # type: ignore[attr-defined]

    ev, _ = evaluate(bank, answers_for(bank, honest), ["full"], seconds=1500)
    assert ev.score.readiness.interpretable and ev.score.readiness.band is not None


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.integers(1, 5), min_size=96, max_size=96), seconds=st.floats(10, 5000))
def test_a_withheld_result_never_carries_a_band(bank: Bank, values: list[int], seconds: float) -> None:
    ev, _ = evaluate(bank, answers_for(bank, lambda n, q: values[n % len(values)]), ["full"], seconds)
    r = ev.score.readiness
    assert r.interpretable == (not r.withheld_by)
    if not r.interpretable:
        assert r.band is None and not r.band_name and not r.meaning and ev.advice.stage is None


def test_the_neutral_default_withholds_nothing(tmp_path: Path) -> None:
    from cs_quiz.bank.load import load_bank

    small = load_bank(Path(__file__).parent / "fixtures" / "banks" / "small.yaml").bank
    assert small is not None and small.settings.withhold == ()
    answers = {"data-1": 5, "patience-1": 5}
    ev, _ = evaluate(small, answers, ["quick"], seconds=1)  # too fast, but this bank withholds nothing
    assert ev.score.readiness.interpretable and ev.score.readiness.band is not None
    assert any(f.kind is FlagKind.TOO_FAST and not f.withholds for f in ev.score.flags)


@settings(max_examples=80, deadline=None)
@given(
    levels=st.lists(st.integers(1, 5), min_size=19, max_size=19),
    years=st.integers(0, 30),
    leading=st.integers(0, 20),
)
def test_a_capped_band_is_never_above_its_cap(bank: Bank, levels: list[int], years: int, leading: int) -> None:
    level = dict(zip(bank.competencies, levels, strict=True))  # a person: one level per competency, read honestly

    def likert(n: int, q: object) -> int:
        value = level[q.competency]  # type: ignore[attr-defined]
        return 6 - value if q.reverse else value  # type: ignore[attr-defined]

    answers = {**answers_for(bank, likert), "years-cs": years, "years-supervising": leading}
    ev, _ = evaluate(bank, answers, ["full"], seconds=3000)
    r = ev.score.readiness
    caps = {c.id: c.band for c in bank.caps}
    for cid in r.capped_by:
        gate = bank.competencies[cid].critical if cid in bank.competencies else None
        limit = caps.get(cid, gate.cap if gate else None)
        assert limit is not None and r.band is not None
        assert bank.band(r.band).min <= bank.band(limit).min
    if r.band is not None and years == 0:
        assert bank.band(r.band).min <= bank.band("foundation").min


def _person(bank: Bank, level: float, profile: dict[str, object]) -> dict[str, object]:
    """An honest reader at ``level`` everywhere (reverse-worded the other way), a point up or down between
    competencies, the best scenario responses, and these profile answers."""
    order = list(bank.competencies)

    def likert(n: int, q: object) -> int:
        value = min(5, max(1, round(level + order.index(q.competency) % 3 - 1)))  # type: ignore[attr-defined]
        return 6 - value if q.reverse else value  # type: ignore[attr-defined]

    answers = answers_for(bank, likert)
    for qid in bank.section_questions(("full",)):
        q = bank.questions[qid]
        if q.type is QuestionType.SCENARIO and q.key is not None:
            answers[qid] = {role: getattr(q.key, role) for role in q.ask}
    return {**answers, **profile}


@pytest.mark.parametrize(
    ("who", "profile", "cap", "highest"),
    [
        (
            "a student, no work yet",
            {"years-cs": 0, "years-supervising": 0, "education": "school"},
            "no-cs-experience",
            "foundation",
        ),
        (
            "a 20-year agent who never led anyone",
            {"years-cs": 20, "years-supervising": 0},
            "never-led-people",
            "developing",
        ),
    ],
)
def test_experience_caps_the_band_and_says_why(
    bank: Bank, who: str, profile: dict[str, object], cap: str, highest: str
) -> None:
    ev, problems = evaluate(bank, _person(bank, 4.6, profile), ["full"], seconds=2400)
    assert not problems
    r = ev.score.readiness
    assert r.interpretable, who
    assert cap in r.capped_by and bank.band(r.band or "").min <= bank.band(highest).min, who
    assert bank.band(r.uncapped_band or "").min > bank.band(highest).min  # the scores alone said more
    reason = next(c.reason for c in bank.caps if c.id == cap)
    assert " ".join(reason.split()) in " ".join(render(ev).split())
    assert cap in as_json(ev)["score"]["readiness"]["capped_by"]


def test_a_seasoned_leader_is_not_capped(bank: Bank) -> None:
    ev, _ = evaluate(bank, _person(bank, 4.6, {"years-cs": 12, "years-supervising": 8}), ["full"], seconds=2400)
    assert not set(ev.score.readiness.capped_by) & {c.id for c in bank.caps}


@pytest.mark.parametrize(
    ("profile", "contradiction"),
    [
        ({"education": "school", "years-supervising": 6, "years-cs": 7}, "still at school"),
        ({"years-supervising": 0, "team-size": 12, "years-cs": 9}, "never led people"),
    ],
)
def test_profile_answers_that_cannot_all_be_true_withhold_the_verdict(
    bank: Bank, profile: dict[str, object], contradiction: str
) -> None:
    ev, _ = evaluate(bank, _person(bank, 4.0, profile), ["full"], seconds=2400)
    r = ev.score.readiness
    assert not r.interpretable and "profile-contradiction" in r.withheld_by and r.band is None
    [flag] = [f for f in ev.score.flags if f.kind is FlagKind.PROFILE_CONTRADICTION]
    assert contradiction in str(flag.message) and flag.withholds
    assert contradiction in render(ev)


def test_an_unanswered_profile_never_contradicts(bank: Bank) -> None:
    ev, _ = evaluate(bank, _person(bank, 4.0, {"education": "school"}), ["full"], seconds=2400)
    assert not any(f.kind is FlagKind.PROFILE_CONTRADICTION for f in ev.score.flags)
