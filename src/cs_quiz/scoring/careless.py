"""Careless-responding indices: answer patterns that say the answers cannot be read as a self-description.

Each index follows the careless-responding literature (Meade & Craig 2012; the indices of R's ``careless``
package) on the likert items of the sections taken, in asking order, and every threshold is a bank setting
(``quality`` in the bank file; defaults and their evidence in docs/scoring.md and ``benchmarks/bench_careless.py``):

- **long string** (``longstring``): the longest run of identical answers, as a share of the answers;
- **alternating**: answers see-sawing between two far-apart points (1, 5, 1, 5 ...);
- **acquiescence**: agreeing with statements *and* with their reverse-worded twins (psychometric antonyms:
  someone patient cannot agree both that they stay calm and that they lose their temper);
- **inconsistency** (even-odd consistency): each competency's items split into two halves; for an honest person
  the two halves of a competency agree across competencies, for random answers they do not correlate.

Pure functions, no Qt. An index that cannot be computed (too few items) never fires.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from cs_quiz.bank.model import NOT_YET, Bank, QuestionType
from cs_quiz.scoring.results import Answers


@dataclass(frozen=True)
class Likert:
    """One answered likert item, in asking order: the raw value, the keyed value, its competency, reversed."""

    question: str
    raw: float  # on 0..1 (the scale's lowest point is 0)
    keyed: float  # on 0..1 after reverse keying
    competency: str
    reverse: bool


def likert_answers(bank: Bank, asked: Sequence[str], given: Answers) -> list[Likert]:
    out = []
    for qid in asked:
        q = bank.questions[qid]
        if q.type is not QuestionType.LIKERT or qid not in given or given[qid] == NOT_YET:
            continue
        scale = bank.scales[q.scale or ""]
        span = (scale.max - scale.min) or 1
        raw = (float(given[qid]) - scale.min) / span
        out.append(Likert(qid, raw, 1 - raw if q.reverse else raw, q.competency or "", q.reverse))
    return out


def longest_run(items: Sequence[Likert]) -> tuple[int, int]:
    """The longest run of identical raw answers in asking order: (its length, the index it starts at)."""
    best = run = start = 0
    previous: float | None = None
    for i, item in enumerate(items):
        run = run + 1 if item.raw == previous else 1
        previous = item.raw
        if run > best:
            best, start = run, i - run + 1
    return best, start


def alternation(items: Sequence[Likert]) -> float:
    """The share of answers that jump at least half the scale from the answer before and back again."""
    if len(items) < 3:
        return 0.0
    swings = 0
    for a, b, c in zip(items, items[1:], items[2:], strict=False):
        if abs(b.raw - a.raw) >= 0.5 and abs(c.raw - b.raw) >= 0.5 and (b.raw - a.raw) * (c.raw - b.raw) < 0:
            swings += 1
    return swings / (len(items) - 2)


def agreement(items: Sequence[Likert]) -> tuple[float, float]:
    """The shares of plain and of reverse-worded statements agreed with (above the scale's middle), over the
    competencies that have both kinds; (0, 0) without any."""
    plain: dict[str, list[float]] = {}
    reverse: dict[str, list[float]] = {}
    for item in items:
        (reverse if item.reverse else plain).setdefault(item.competency, []).append(item.raw)
    both = [c for c in reverse if c in plain]
    if not both:
        return 0.0, 0.0
    agree_plain = [r > 0.5 for c in both for r in plain[c]]
    agree_reverse = [r > 0.5 for c in both for r in reverse[c]]
    return sum(agree_plain) / len(agree_plain), sum(agree_reverse) / len(agree_reverse)


def acquiescence(items: Sequence[Likert]) -> float:
    """How far someone agrees with reverse-worded statements *and* their plain twins: the lower of the two
    agreement shares (0 without a competency that has both kinds)."""
    return min(agreement(items))


def spread(items: Sequence[Likert]) -> float:
    """Intra-individual response variability: the standard deviation of the raw answers, on 0..1."""
    if len(items) < 2:
        return 0.0
    values = [i.raw for i in items]
    mean = sum(values) / len(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1))


# Random answers spread over the whole scale (a standard deviation of about 0.35 of it); an honest person who
# rates themselves alike on everything has little spread and little to correlate, and is not "random" for it.
RANDOM_MIN_SPREAD = 0.25


def even_odd(items: Sequence[Likert], min_competencies: int = 6) -> float | None:
    """Even-odd consistency: per competency with at least two answered items, the mean keyed answer of its
    odd-numbered and of its even-numbered items; the Pearson correlation of the two across competencies,
    Spearman-Brown corrected. None with fewer than ``min_competencies`` such competencies or no spread."""
    by_comp: dict[str, list[float]] = {}
    for item in items:
        by_comp.setdefault(item.competency, []).append(item.keyed)
    halves = [(sum(v[0::2]) / len(v[0::2]), sum(v[1::2]) / len(v[1::2])) for v in by_comp.values() if len(v) >= 2]
    if len(halves) < min_competencies:
        return None
    r = _pearson([h[0] for h in halves], [h[1] for h in halves])
    if r is None:
        return None
    return max(-1.0, 2 * r / (1 + r)) if r > -1 else -1.0


def synonyms(items: Sequence[Likert], min_pairs: int = 30) -> float | None:
    """Psychometric synonyms: every pair of items of one competency (after reverse keying they say the same
    thing) is a pair of answers that should agree; the Pearson correlation over all such pairs. Near 0 for answers
    given at random, clearly positive for an honest person. None with fewer than ``min_pairs`` pairs or no spread."""
    by_comp: dict[str, list[float]] = {}
    for item in items:
        by_comp.setdefault(item.competency, []).append(item.keyed)
    xs: list[float] = []
    ys: list[float] = []
    for values in by_comp.values():
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                xs += (a, b)
                ys += (b, a)  # both ways round: the pair has no first
    if len(xs) < 2 * min_pairs:
        return None
    return _pearson(xs, ys)


def _pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The Pearson correlation of two equally long lists, within -1..1; None when either has no spread."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx <= 0 or syy <= 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))
