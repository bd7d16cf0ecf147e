"""What a statistic may see of a stored attempt, and choosing the attempts a report is about.

A :class:`Taken` is an attempt without the person's nickname: group outputs must never show a name, and the
surest way is not to carry it. A participant ``code`` (chosen by the person or handed out, never a name) and a
``cohort`` label are carried so before/after reports can pair attempts.

The stored ``result`` is read as it was told at the finish (``{"score": ..., "advice": ...}``, the
:func:`cs_quiz.scoring.results.to_dict` of the score and advice) and never re-scored: a later edit of the bank must
not change what a person was told. The readers below are lenient about results written by older versions: a
missing or malformed part reads as "nothing there", and a competency score outside 0..100 is ignored, as the
store's own overview does.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cs_quiz.store.records import Attempt, range_bounds, utc_iso

if TYPE_CHECKING:
    from cs_quiz.store.store import Store

FINISHED = "finished"


@dataclass(frozen=True)
class Taken:
    """One stored attempt as statistics see it (no nickname). ``answers`` are raw as stored (question id ->
    answer); ``result`` is the stored ``{"score", "advice"}`` mapping or None (not finished, or not scored).
    The readers of the result are worked out once per Taken (``cached_property``: fields are never changed)."""

    attempt_id: str
    bank_id: str
    bank_version: str
    sections: tuple[str, ...]
    status: str  # "in_progress" | "finished" | "abandoned"
    started_at: datetime  # aware, UTC
    finished_at: datetime | None
    cohort: str | None
    code: str | None  # participant code, never a name
    answers: Mapping[str, Any]
    result: Mapping[str, Any] | None

    @property
    def finished(self) -> bool:
        return self.status == FINISHED

    @cached_property
    def score(self) -> Mapping[str, Any]:
        """The stored score part of the result ({} when there is none)."""
        part = self.result.get("score") if isinstance(self.result, Mapping) else None
        return part if isinstance(part, Mapping) else {}

    @cached_property
    def readiness(self) -> Mapping[str, Any]:
        part = self.score.get("readiness")
        return part if isinstance(part, Mapping) else {}

    @cached_property
    def scores(self) -> dict[str, float]:
        """Competency id -> the stored 0..100 score, for the competencies that had one."""
        out: dict[str, float] = {}
        for c in self.score.get("competencies") or ():
            if not isinstance(c, Mapping):
                continue
            value, cid = c.get("score"), c.get("competency")
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not isinstance(cid, str):
                continue
            if math.isfinite(value) and 0 <= value <= 100:
                out[cid] = float(value)
        return out

    @property
    def band(self) -> str | None:
        """The band id told at the finish (after gates and caps); None when withheld or not scored."""
        band = self.readiness.get("band")
        return band if isinstance(band, str) and self.interpretable else None

    @property
    def interpretable(self) -> bool:
        """False when a quality check withheld the verdict (results from before withholding existed: True)."""
        return self.readiness.get("interpretable", True) is not False

    @property
    def flagged(self) -> bool:
        """At least one response-quality flag was raised."""
        return bool(self.score.get("flags"))


def from_attempt(attempt: Attempt) -> Taken:
    """The :class:`Taken` of a stored attempt. ``cohort`` and ``code`` are read when the store has them; an empty
    or blank one counts as none."""
    return Taken(
        attempt_id=attempt.id,
        bank_id=attempt.bank_id,
        bank_version=attempt.bank_version,
        sections=tuple(attempt.sections),
        status=attempt.status,
        started_at=attempt.started_at,
        finished_at=attempt.finished_at,
        cohort=_label(getattr(attempt, "cohort", None)),
        code=_label(getattr(attempt, "code", None)),
        answers=dict(attempt.answers),
        result=attempt.result,
    )


def stored(
    store: Store,
    *,
    bank_id: str | None = None,
    cohort: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
) -> list[Taken]:
    """The stored attempts a report reads (chosen as :meth:`cs_quiz.store.store.Store.attempts` chooses them), as
    :class:`Taken`: the one way every report (CLI, Class results window, benchmark) reads a store."""
    return [from_attempt(a) for a in store.attempts(bank_id=bank_id, cohort=cohort, since=since, until=until)]


def _label(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def select(
    takens: Iterable[Taken],
    bank_id: str | None = None,
    section: str | None = None,
    cohort: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
) -> list[Taken]:
    """The attempts a report is about, in the order given. None means "any". ``section``: the attempt was taken
    with that section (one of its ``sections``). ``since``/``until`` bound the start time as the store does
    (:func:`cs_quiz.store.records.range_bounds`): ``[since, until)``, and a plain date is that whole local day,
    ``until`` included."""
    low, high = range_bounds(since, until)
    return [
        t
        for t in takens
        if (bank_id is None or t.bank_id == bank_id)
        and (section is None or section in t.sections)
        and (cohort is None or t.cohort == cohort)
        and low <= utc_iso(t.started_at) < high
    ]


def key(taken: Taken) -> tuple[str, str, str]:
    """A sort key that orders attempts by when they were finished (else started), then by id: a fixed order
    whatever order the store handed them out in."""
    when = taken.finished_at or taken.started_at
    return (utc_iso(when), utc_iso(taken.started_at), taken.attempt_id)
