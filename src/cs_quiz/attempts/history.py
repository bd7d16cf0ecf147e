"""A person's past attempts as the history page shows them: each finished attempt, the one before it on the same
bank by the same nickname, and how each competency changed since then, in typed records.

Every figure is the one people see: scores rounded half up (:func:`cs_quiz.scoring.numbers.shown`), and a change
is the difference between the two figures shown (62.5 -> 60 is shown as 63 -> 60, a change of -3), so the page
never contradicts itself or the results screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from cs_quiz.scoring.numbers import shown, shown_change
from cs_quiz.store.records import FinishedAttempt


@dataclass(frozen=True)
class CompetencyChange:
    competency: str
    name: str
    score: int | None  # as shown
    change: int | None  # since the previous attempt, between shown figures; None with nothing to compare


@dataclass(frozen=True)
class HistoryEntry:
    attempt_id: str
    bank_id: str
    nickname: str
    started_at: datetime
    finished_at: datetime
    readiness: int | None  # as shown
    band_name: str | None  # as stored (in the language the attempt was taken in)
    previous_started_at: datetime | None  # the attempt compared with
    competencies: tuple[CompetencyChange, ...]  # in the order stored
    band_id: str | None = None  # to name the band in today's language
    previous_finished_at: datetime | None = None


@dataclass(frozen=True)
class TrendPoint:
    attempt_id: str
    when: datetime
    readiness: int


def _competencies(attempt: FinishedAttempt) -> dict[str, tuple[str, float | None]]:
    comps = ((attempt.result or {}).get("score") or {}).get("competencies") or []
    return {
        c["competency"]: (str(c.get("name", c["competency"])), c.get("score"))
        for c in comps
        if isinstance(c, dict) and "competency" in c
    }


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _readiness(attempt: FinishedAttempt) -> int | None:
    """The readiness figure shown at the finish (stored as ``rounded``), else the stored score as shown."""
    stored = ((attempt.result or {}).get("score") or {}).get("readiness") or {}
    rounded = stored.get("rounded") if isinstance(stored, dict) else None
    if isinstance(rounded, int) and not isinstance(rounded, bool):
        return rounded
    return shown(_number(stored.get("score") if isinstance(stored, dict) else None) or _number(attempt.readiness))


def _same_person(a: FinishedAttempt, b: FinishedAttempt) -> bool:
    return b.bank_id == a.bank_id and (b.nickname or "").casefold() == (a.nickname or "").casefold()


def history(attempts: Sequence[FinishedAttempt]) -> list[HistoryEntry]:
    """``attempts``: finished, newest first (as :meth:`cs_quiz.store.store.Store.finished_attempts` gives them)."""
    entries = []
    for i, a in enumerate(attempts):
        before = next((b for b in attempts[i + 1 :] if _same_person(a, b)), None)
        old = _competencies(before) if before is not None else {}
        changes = tuple(
            CompetencyChange(cid, name, shown(score), shown_change(score, old.get(cid, ("", None))[1]))
            for cid, (name, score) in _competencies(a).items()
        )
        entries.append(
            HistoryEntry(
                attempt_id=a.id,
                bank_id=a.bank_id,
                nickname=a.nickname or "",
                started_at=a.started_at,
                finished_at=a.finished_at or a.started_at,
                readiness=_readiness(a),
                band_name=a.band_name,
                previous_started_at=before.started_at if before is not None else None,
                competencies=changes,
                band_id=a.band_id,
                previous_finished_at=(before.finished_at or before.started_at) if before is not None else None,
            )
        )
    return entries


def trend(entries: Sequence[HistoryEntry], bank_id: str) -> list[TrendPoint]:
    """Readiness over time on one bank, oldest first."""
    return [
        TrendPoint(e.attempt_id, e.started_at, e.readiness)
        for e in reversed(entries)
        if e.bank_id == bank_id and e.readiness is not None
    ]
