"""A finished attempt's result, opened again from the history as it was shown at its finish.

The store keeps each finished attempt's answers and, beside them, the figures computed at its finish. Reopening
scores the stored answers again with a bank that is loaded now and keeps that evaluation only when it gives the
very figures stored — the readiness, its band, whether it was withheld, every competency's score and the flags —
so a reopened result never says something other than what the person was told. The candidates are tried in the
order given (the bank in the interface language first: a translation scores alike and speaks the person's
language; then the one the attempt was taken with). When none gives the stored figures — the bank was removed, or
changed since — it is not reopened; the history still shows the stored figures.

No Qt: the GUI calls :func:`reopen` on its store lane.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import Evaluation, evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store


@dataclass(frozen=True)
class Reopened:
    evaluation: Evaluation
    nickname: str
    finished_at: datetime


class CannotReopen(LookupError):
    """The attempt cannot be shown again as it was: it is not finished, or no loaded bank gives its figures."""

    def __init__(self, attempt_id: str, why: str) -> None:
        super().__init__(attempt_id)
        self.attempt_id, self.why = attempt_id, why

    def __str__(self) -> str:
        return self.why


NOT_FINISHED = "not finished"
BANK_GONE = "bank gone"  # no loaded bank has the attempt's id
BANK_CHANGED = "bank changed"  # banks with its id are loaded, but none gives the stored figures


def figures(score: dict[str, Any]) -> tuple[Any, ...]:
    """What a person was told, from a score as stored (:func:`cs_quiz.scoring.results.to_dict`): the readiness and
    its band, whether it was withheld and why, each competency's score, and the flags raised."""
    r = score.get("readiness") or {}
    return (
        _number(r.get("score")),
        r.get("rounded"),
        r.get("band"),
        bool(r.get("interpretable", True)),
        tuple(r.get("withheld_by") or ()),
        tuple((c.get("competency"), _number(c.get("score"))) for c in score.get("competencies") or ()),
        tuple(sorted(str(f.get("kind")) for f in score.get("flags") or ())),
    )


def _number(value: object) -> float | None:
    """A stored score, rounded far below what any screen shows (a translated bank may add in another order)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return round(float(value), 6)


def reopen(store: Store, candidates: Iterable[Bank], attempt_id: str) -> Reopened:
    """The finished attempt ``attempt_id`` evaluated again with the first of ``candidates`` that gives the figures
    stored at its finish. Raises :class:`CannotReopen` (why: :data:`NOT_FINISHED`, :data:`BANK_GONE`,
    :data:`BANK_CHANGED`) and the store's :class:`~cs_quiz.store.store.StoreError`."""
    attempt = store.get_attempt(attempt_id)
    if attempt.status != "finished" or attempt.finished_at is None or not attempt.result:
        raise CannotReopen(attempt_id, NOT_FINISHED)
    banks: list[Bank] = []
    for bank in candidates:  # each once, in the order given
        if bank.meta.id == attempt.bank_id and all(bank is not b for b in banks):
            banks.append(bank)
    if not banks:
        raise CannotReopen(attempt_id, BANK_GONE)
    stored = figures(attempt.result.get("score") or {})
    for bank in banks:
        try:
            ev, _ = evaluate(bank, attempt.answers, list(attempt.sections), attempt.elapsed)
        except ValueError:  # a section this version of the bank does not have
            continue
        if figures(to_dict(ev.score)) == stored:
            return Reopened(ev, attempt.nickname or "", attempt.finished_at)
    raise CannotReopen(attempt_id, BANK_CHANGED)
