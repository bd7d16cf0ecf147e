"""A class or workshop at a glance: how many took the assessment, how many finished, what they were told.

Everything comes from the results stored at each finish (bands, competency scores, flags), never from re-scoring,
so the group figures add up to what the people were shown. No names: only counts and distributions. A group
with fewer finished attempts than ``minimum`` (default 5) shows counts only, because a share or a quartile of
three people points at individuals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from cs_quiz.bank.model import Bank
from cs_quiz.stats.numbers import Summary, summarise
from cs_quiz.stats.sample import Taken

MINIMUM = 5

WITHHELD = "withheld"  # a quality check withheld the verdict
NOT_SCORED = "not-scored"  # finished without a readiness score (too few answers, or no stored result)


@dataclass(frozen=True)
class BandCount:
    """How many finished attempts were told a band. ``band`` is a band id, or :data:`WITHHELD` /
    :data:`NOT_SCORED` for those told none; ``name`` is the bank's name for it (or a plain English label)."""

    band: str
    name: str
    count: int


@dataclass(frozen=True)
class CompetencyDistribution:
    """The stored 0..100 scores of one competency over the finished attempts that had one."""

    competency: str
    name: str
    summary: Summary


@dataclass(frozen=True)
class GroupResults:
    """The group overview. With ``too_few`` (fewer finished attempts than ``minimum``) only ``started`` and
    ``finished`` are given; every other figure is None. Shares are fractions 0..1 of the finished attempts
    (completion: of those started)."""

    bank_id: str
    minimum: int
    too_few: bool
    started: int  # attempts of any status
    finished: int
    completion_rate: float | None  # finished / started
    flagged_share: float | None  # finished attempts with at least one response-quality flag
    withheld_share: float | None  # finished attempts whose verdict a quality check withheld
    bands: tuple[BandCount, ...] | None  # the bank's bands lowest first, then bands the bank no longer has, then
    # withheld and not scored (those two always listed, possibly 0); the counts add up to ``finished``
    competencies: tuple[CompetencyDistribution, ...] | None  # in bank order


def group_results(takens: Iterable[Taken], bank: Bank, minimum: int = MINIMUM) -> GroupResults:
    """The :class:`GroupResults` of the attempts of ``bank`` (by bank id; attempts of other banks are left out)
    among ``takens``. The order of ``takens`` changes nothing."""
    mine = [t for t in takens if t.bank_id == bank.meta.id]
    done = [t for t in mine if t.finished]
    started, finished = len(mine), len(done)
    if finished < minimum or finished == 0:
        return GroupResults(bank.meta.id, minimum, True, started, finished, None, None, None, None, None)
    scores: dict[str, list[float]] = {cid: [] for cid in bank.competencies}
    for t in done:
        for cid, value in t.scores.items():
            if cid in scores:
                scores[cid].append(value)
    return GroupResults(
        bank_id=bank.meta.id,
        minimum=minimum,
        too_few=False,
        started=started,
        finished=finished,
        completion_rate=finished / started,
        flagged_share=sum(t.flagged for t in done) / finished,
        withheld_share=sum(not t.interpretable for t in done) / finished,
        bands=band_counts(done, bank),
        competencies=tuple(
            CompetencyDistribution(cid, c.name, summarise(scores[cid]))  # summarise sorts: order changes nothing
            for cid, c in bank.competencies.items()
        ),
    )


def band_counts(done: Iterable[Taken], bank: Bank) -> tuple[BandCount, ...]:
    """Band counts of finished attempts in the bank's band order (lowest first). A band id the bank no longer has
    (a result told by an older version) keeps the name it was told with, after the bank's own, by id."""
    counts: Counter[str] = Counter()
    told_names: dict[str, str] = {}
    for t in done:
        if not t.interpretable:
            counts[WITHHELD] += 1
        elif t.band is None:
            counts[NOT_SCORED] += 1
        else:
            counts[t.band] += 1
            name = t.band_name
            if name:
                told_names[t.band] = min(name, told_names.get(t.band, name))  # the same whatever the order
    known = {b.id for b in bank.bands}
    out = [BandCount(b.id, b.name, counts[b.id]) for b in bank.bands]
    out += [BandCount(i, told_names.get(i, i), counts[i]) for i in sorted(set(counts) - known - {WITHHELD, NOT_SCORED})]
    out += [BandCount(WITHHELD, "Withheld", counts[WITHHELD]), BandCount(NOT_SCORED, "Not scored", counts[NOT_SCORED])]
    return tuple(out)
