"""Did it help? Before and after a workshop, paired by participant code, or two cohorts side by side.

Scores and bands are the ones stored at each finish (as the people were told), never re-scored. Changes are
*after minus before* (and cohort b minus cohort a), in points of the 0..100 competency score.

- **Paired** (:func:`paired`): the mean of the differences with a t interval on n-1 degrees of freedom, and the
  effect size d_z = mean / SD of the differences (Cohen's paired d; Lakens 2013).
- **Unpaired** (:func:`unpaired`): Welch's interval (no equal-variance assumption; Welch-Satterthwaite degrees
  of freedom) and Hedges' g: the difference over the pooled SD, times the exact small-sample correction
  J = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)) with m = n_a + n_b - 2 (Hedges 1981).

Below ``minimum`` (default 5) pairs or people, counts only: a mean change of three people is an anecdote.
Participant codes are compared without surrounding blanks and case ("AB12" is "ab12 ").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from cs_quiz.bank.model import Bank
from cs_quiz.stats.numbers import mean, sd, t_interval, variance
from cs_quiz.stats.sample import Taken, key

MINIMUM = 5
LEVEL = 0.95


@dataclass(frozen=True)
class PairedChange:
    """One competency's change over the pairs where both attempts had a score for it. Below the minimum only
    ``n`` is given."""

    competency: str
    name: str
    n: int
    mean_before: float | None
    mean_after: float | None
    mean_change: float | None
    sd: float | None  # SD of the differences
    ci_low: float | None  # 95 % t interval of the mean change
    ci_high: float | None
    d_z: float | None  # mean change / SD of the differences; None when they do not vary


@dataclass(frozen=True)
class BandMoves:
    """Pairs by band movement, in the bank's band order. Pairs where either attempt has no band (withheld, not
    scored, or a band the bank no longer has) are ``excluded``."""

    up: int
    same: int
    down: int
    excluded: int


@dataclass(frozen=True)
class Paired:
    bank_id: str
    minimum: int
    too_few: bool
    pairs: int  # participant codes with a before and an after attempt
    before: str | None  # the cohort labels, when pairing by cohort
    after: str | None
    competencies: tuple[PairedChange, ...] | None  # bank order
    bands: BandMoves | None


@dataclass(frozen=True)
class GroupDifference:
    """One competency in two cohorts: b minus a. Below the minimum (in either) only the counts are given."""

    competency: str
    name: str
    n_a: int
    n_b: int
    mean_a: float | None
    mean_b: float | None
    difference: float | None
    ci_low: float | None  # Welch's 95 % interval
    ci_high: float | None
    df: float | None  # Welch-Satterthwaite degrees of freedom
    hedges_g: float | None


@dataclass(frozen=True)
class Unpaired:
    bank_id: str
    minimum: int
    too_few: bool
    finished_a: int
    finished_b: int
    competencies: tuple[GroupDifference, ...] | None


def paired(
    takens: Iterable[Taken], bank: Bank, before: str | None = None, after: str | None = None, minimum: int = MINIMUM
) -> Paired:
    """Pair the finished attempts of ``bank`` by participant code. Without cohort labels: each code's first and
    last finished attempt (by finish time; attempts in between are left out). With ``before`` and ``after``
    (both or neither, else ``ValueError``): the code's first finished attempt in cohort ``before`` and its last
    in cohort ``after``. Attempts without a code are left out."""
    if (before is None) != (after is None):
        raise ValueError("give both cohort labels (before and after) or neither")
    by_code: dict[str, list[Taken]] = {}
    for t in takens:
        if t.bank_id == bank.meta.id and t.finished and t.code and t.code.strip():
            by_code.setdefault(t.code.strip().casefold(), []).append(t)
    pairs: list[tuple[Taken, Taken]] = []
    for code in sorted(by_code):
        ordered = sorted(by_code[code], key=key)
        if before is None:
            if len(ordered) > 1:
                pairs.append((ordered[0], ordered[-1]))
            continue
        firsts = [t for t in ordered if t.cohort == before]
        lasts = [t for t in ordered if t.cohort == after]
        if firsts and lasts and firsts[0] is not lasts[-1]:
            pairs.append((firsts[0], lasts[-1]))
    if len(pairs) < max(1, minimum):
        return Paired(bank.meta.id, minimum, True, len(pairs), before, after, None, None)
    changes = tuple(_paired_change(cid, c.name, pairs, minimum) for cid, c in bank.competencies.items())
    return Paired(bank.meta.id, minimum, False, len(pairs), before, after, changes, _band_moves(bank, pairs))


def _paired_change(cid: str, name: str, pairs: list[tuple[Taken, Taken]], minimum: int) -> PairedChange:
    both = [(a.scores[cid], b.scores[cid]) for a, b in pairs if cid in a.scores and cid in b.scores]
    n = len(both)
    if n < max(2, minimum):
        return PairedChange(cid, name, n, None, None, None, None, None, None, None)
    diffs = [b - a for a, b in both]
    m, s = mean(diffs), sd(diffs) or 0.0  # n >= 2: sd is never None here
    low, high = t_interval(m, s / math.sqrt(n), n - 1, LEVEL)
    return PairedChange(
        cid, name, n, mean([a for a, _ in both]), mean([b for _, b in both]), m, s, low, high, m / s if s > 0 else None
    )


def _band_moves(bank: Bank, pairs: list[tuple[Taken, Taken]]) -> BandMoves:
    order = {b.id: i for i, b in enumerate(bank.bands)}
    up = same = down = excluded = 0
    for a, b in pairs:
        if a.band not in order or b.band not in order:
            excluded += 1
            continue
        step = order[b.band or ""] - order[a.band or ""]
        up, same, down = up + (step > 0), same + (step == 0), down + (step < 0)
    return BandMoves(up, same, down, excluded)


def unpaired(takens_a: Iterable[Taken], takens_b: Iterable[Taken], bank: Bank, minimum: int = MINIMUM) -> Unpaired:
    """Compare the finished attempts of ``bank`` in two groups (e.g. two classes): per competency, b minus a."""
    a = [t for t in takens_a if t.bank_id == bank.meta.id and t.finished]
    b = [t for t in takens_b if t.bank_id == bank.meta.id and t.finished]
    if min(len(a), len(b)) < max(1, minimum):
        return Unpaired(bank.meta.id, minimum, True, len(a), len(b), None)
    diffs = tuple(
        difference(
            cid,
            c.name,
            [t.scores[cid] for t in a if cid in t.scores],
            [t.scores[cid] for t in b if cid in t.scores],
            minimum,
        )
        for cid, c in bank.competencies.items()
    )
    return Unpaired(bank.meta.id, minimum, False, len(a), len(b), diffs)


def difference(cid: str, name: str, xs: list[float], ys: list[float], minimum: int = MINIMUM) -> GroupDifference:
    """Welch's interval and Hedges' g for ``ys`` minus ``xs``. When neither group varies there is no interval
    and no g (a zero standard error says nothing about uncertainty)."""
    na, nb = len(xs), len(ys)
    if min(na, nb) < max(2, minimum):
        return GroupDifference(cid, name, na, nb, None, None, None, None, None, None, None)
    ma, mb = mean(xs), mean(ys)
    va, vb = variance(xs) or 0.0, variance(ys) or 0.0
    diff = mb - ma
    se2 = va / na + vb / nb
    if se2 <= 0:
        return GroupDifference(cid, name, na, nb, ma, mb, diff, None, None, None, None)
    df = se2**2 / ((va / na) ** 2 / (na - 1) + (vb / nb) ** 2 / (nb - 1))
    low, high = t_interval(diff, math.sqrt(se2), df, LEVEL)
    pooled = math.sqrt(((na - 1) * va + (nb - 1) * vb) / (na + nb - 2))
    return GroupDifference(cid, name, na, nb, ma, mb, diff, low, high, df, hedges_j(na + nb - 2) * diff / pooled)


def hedges_j(m: int) -> float:
    """Hedges' exact small-sample correction for ``m`` > 1 degrees of freedom (about 1 - 3/(4m - 1))."""
    return math.exp(math.lgamma(m / 2) - math.lgamma((m - 1) / 2)) / math.sqrt(m / 2)
