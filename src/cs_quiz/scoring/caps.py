"""What profile answers do to a verdict: caps that hold the readiness band down (no customer-service work yet:
the first band), and contradictions that cannot all be true; and which of them a result names.

Both are bank conditions (:mod:`cs_quiz.scoring.conditions`) read against a result as far as it is scored, so an
unanswered profile question never caps and never contradicts.
"""

from __future__ import annotations

from dataclasses import replace

from cs_quiz.bank.model import Bank, Cap
from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.conditions import Context, holds
from cs_quiz.scoring.results import Answers, Flag, FlagKind, Readiness, ScoreResult, Text


def apply_caps(bank: Bank, so_far: ScoreResult, given: Answers) -> Readiness:
    """``so_far``'s readiness with the band lowered to each bank cap whose profile condition holds, naming the
    caps that did in ``capped_by`` after the competency gates. A cap never raises a band."""
    readiness = so_far.readiness
    if not bank.caps or readiness.band is None:
        return readiness
    ctx = Context(bank=bank, result=so_far, answers=given)
    band = bank.band(readiness.band)
    uncapped = bank.band(readiness.uncapped_band or readiness.band)
    capped = list(readiness.capped_by)
    for cap in bank.caps:
        limit = bank.band(cap.band)
        if limit.min < uncapped.min and holds(cap.when, ctx):
            capped.append(cap.id)
            if limit.min < band.min:
                band = limit
    if len(capped) == len(readiness.capped_by):
        return readiness
    return replace(readiness, band=band.id, band_name=band.name, meaning=band.meaning, capped_by=tuple(capped))


def contradiction_flags(bank: Bank, so_far: ScoreResult, given: Answers) -> tuple[Flag, ...]:
    """A flag for each of the bank's profile contradictions that holds."""
    ctx = Context(bank=bank, result=so_far, answers=given)
    withhold = FlagKind.PROFILE_CONTRADICTION.value in bank.settings.withhold
    return tuple(
        Flag(FlagKind.PROFILE_CONTRADICTION, Text.of(msg.PROFILE_CONTRADICTION, reason=c.reason), (), withhold)
        for c in bank.contradictions
        if holds(c.when, ctx)
    )


def explained(bank: Bank, readiness: Readiness) -> tuple[Cap | None, tuple[str, ...]]:
    """What a result says about its lowered band: the profile cap that holds the band (its reason is shown; caps
    that also applied but allow more are not), and the competency ids whose gate lowered it."""
    caps = {c.id: c for c in bank.caps}
    holding = next((caps[c] for c in readiness.capped_by if c in caps and caps[c].band == readiness.band), None)
    return holding, tuple(c for c in readiness.capped_by if c not in caps)
