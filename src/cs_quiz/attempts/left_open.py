"""Attempts a kiosk left open: closed when the kiosk starts again.

A kiosk never offers to resume (the next person is a stranger), so an attempt still "in progress" when a kiosk
starts belongs to nobody: a kiosk that was killed, lost its power or crashed mid-way. Left alone it would count as
"in progress" on the facilitator's panel for ever. :func:`close_left_open` closes each one that no live window on
this computer holds (:mod:`cs_quiz.store.leases`): kept as abandoned, its answers with it — or deleted, when a
killed kiosk held it and the facilitator set the kiosk not to keep unfinished attempts, exactly as a reset would have
done. An attempt set aside in the desktop app on the same folder is kept as abandoned, never deleted.
"""

from __future__ import annotations

from cs_quiz.store import leases
from cs_quiz.store.store import Store, StoreError


def close_left_open(store: Store, *, keep: bool) -> int:
    """Close the attempts in progress in ``store`` that no live window holds; return how many were closed."""
    killed_kiosks = {h.attempt_id for h in store.leases.left_behind() if h.kind == leases.KIOSK}
    closed = 0
    for attempt in store.unfinished_attempts():
        if store.leases.in_use(attempt.id):
            continue  # another kiosk or window on this computer is using it now
        try:
            if attempt.id in killed_kiosks and not keep:
                store.delete_attempt(attempt.id)
            else:
                store.abandon_attempt(attempt.id)
        except StoreError:
            continue  # finished or closed by another window as we looked: nothing left to close
        closed += 1
    return closed
