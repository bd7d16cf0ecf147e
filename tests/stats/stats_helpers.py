"""Builders for the statistics tests: stored attempts as the store hands them out, with a result computed by the
real engine (``evaluate`` + ``to_dict``, as the session stores it at the finish), and their :class:`Taken`.

Every attempt gets a nickname that must never reach a statistics output (``NICK`` + a counter), so a test can
search any output for it.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.sample import Taken, from_attempt
from cs_quiz.store.records import Attempt

SMALL_PATH = Path(__file__).resolve().parent.parent / "fixtures" / "banks" / "small.yaml"
NICK = "Nick-Zq9"  # every nickname starts with this
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

_ids = itertools.count(1)


def small_bank() -> Bank:
    result = load_bank(SMALL_PATH)
    assert result.bank is not None, result.errors
    return result.bank


if {"cohort", "code"} <= {f.name for f in fields(Attempt)}:
    CodedAttempt = Attempt
else:  # a store from before cohorts: the attempt as it will be handed out, with a cohort label and a code

    @dataclass(frozen=True)
    class CodedAttempt(Attempt):  # type: ignore[no-redef]
        cohort: str | None = None
        code: str | None = None


def attempt(
    bank: Bank,
    answers: Mapping[str, Any],
    *,
    status: str = "finished",
    sections: tuple[str, ...] | None = None,
    code: str | None = None,
    cohort: str | None = None,
    minutes: int = 0,
    scores: Mapping[str, float] | None = None,
    attempt_id: str | None = None,
) -> Attempt:
    """A stored attempt ``minutes`` after :data:`START`. Finished ones carry the engine's result for ``answers``;
    ``scores`` (competency id -> 0..100) replaces stored competency scores, for tests about what was told."""
    number = next(_ids)
    secs = sections or (next(iter(bank.sections)),)
    result = None
    if status == "finished":
        ev, problems = evaluate(bank, answers, secs)
        result = {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
        for c in result["score"]["competencies"]:
            if scores and c["competency"] in scores:
                c["score"] = scores[c["competency"]]
    started = START + timedelta(minutes=minutes)
    readiness = (result or {}).get("score", {}).get("readiness", {})
    return CodedAttempt(
        id=attempt_id or f"attempt-{number:05d}",
        nickname=f"{NICK}-{number}",
        bank_id=bank.meta.id,
        bank_version=bank.meta.version,
        bank_hash=bank.content_hash,
        sections=secs,
        started_at=started,
        finished_at=started + timedelta(minutes=10) if status == "finished" else None,
        status=status,
        position=0,
        answered=len(answers),
        readiness=readiness.get("score"),
        readiness_rounded=readiness.get("rounded"),
        band_id=readiness.get("band"),
        band_name=readiness.get("band_name"),
        flags=tuple(f["kind"] for f in (result or {}).get("score", {}).get("flags", [])),
        imported=False,
        review_flags=(),
        elapsed=600.0,
        option_seed=None,
        answers=dict(answers),
        answer_times={},
        result=result,
        cohort=cohort,
        code=code,
    )


def taken(bank: Bank, answers: Mapping[str, Any], **kwargs: Any) -> Taken:
    return from_attempt(attempt(bank, answers, **kwargs))


def small_answers(data: int = 4, patience: int = 2, best: str = "a", worst: str = "c") -> dict[str, Any]:
    """A full answer set for the small bank (section "full")."""
    return {
        "data-1": data,
        "patience-1": patience,
        "sc-1": {"best": best, "worst": worst},
        "tools": ["crm"],
        "years": 3,
        "education": "bachelor",
    }


def likert_bank(items: int = 4, *, reverse: tuple[str, ...] = (), not_yet: bool = False, competencies: int = 1) -> Bank:
    """A bank of ``items`` likert items (agree5, 1..5) per competency ``c1``, ``c2``...: ``c1-1`` ...; the question
    ids in ``reverse`` are reverse-keyed; ``not_yet`` gives the scale a "not yet" choice."""
    from dataclasses import replace as _replace

    from factories import bank as make_bank
    from factories import likert, scale

    questions = [
        likert(f"c{c}-{i}", f"c{c}", reverse=f"c{c}-{i}" in reverse)
        for c in range(1, competencies + 1)
        for i in range(1, items + 1)
    ]
    agree5 = scale()
    if not_yet:
        agree5 = _replace(agree5, not_yet="I haven't had the chance yet")
    return make_bank(*questions, scales=[agree5])


def likert_takens(bank: Bank, table: list[list[Any]], **kwargs: Any) -> list[Taken]:
    """One finished attempt per row of ``table`` (answers to the bank's questions in order; None: unanswered)."""
    ids = list(bank.questions)
    return [
        taken(bank, {q: a for q, a in zip(ids, row, strict=True) if a is not None}, sections=("all",), **kwargs)
        for row in table
    ]
