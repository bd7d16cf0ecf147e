"""Which unfinished attempt the welcome screen offers to resume.

The most recent attempt in progress that has at least one answer (nothing to go on with is not worth a question),
whose bank is loaded in the same major version (answers are kept by id, and a new major version may give an id
another meaning), and that no other live window on this computer holds (:mod:`cs_quiz.store.leases`). When every
such attempt is open elsewhere, the latest is named with ``in_use`` set, so the person is told where it is instead
of being offered Resume or Discard.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cs_quiz.attempts.attempt import same_major
from cs_quiz.bank.model import Bank
from cs_quiz.store.store import AttemptSummary, Store


@dataclass(frozen=True)
class Offer:
    attempt: AttemptSummary
    bank: Bank
    in_use: bool  # open in another window: shown, not offered


def resume_offer(store: Store, banks: Mapping[str, Bank]) -> Offer | None:
    unfinished = [
        a
        for a in store.unfinished_attempts()
        if a.answered > 0 and a.bank_id in banks and same_major(a.bank_version, banks[a.bank_id])
    ]
    if not unfinished:
        return None
    free = next((a for a in unfinished if not store.leases.in_use(a.id)), None)
    chosen = free or unfinished[0]
    return Offer(chosen, banks[chosen.bank_id], in_use=free is None)
