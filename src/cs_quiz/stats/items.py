"""Item statistics for a bank's author, in the style of Moodle's quiz statistics and R's ``psych::alpha``.

Only finished attempts of the bank count, and nothing is computed below ``minimum`` of them (default 30; the UI
says "too few attempts to judge"): with fewer people a correlation or an alpha moves by more than the thresholds
that would flag an item. Item scores are the engine's own (:mod:`cs_quiz.stats.responses`).

Missing answers (unanswered, not asked in the sections taken, "not yet", refused by the answer check):

- an item's n, mean, SD and facility use the attempts that scored on it;
- the **corrected item-total correlation** pairs the item score with the *rest score*: the person's competency
  score without this item, pooled the engine's way (Σ earned / Σ possible over their other answered items of the
  competency). At least one other answered item is needed; attempts without one are left out of that r;
- **Cronbach's alpha** (with alpha if an item were deleted, its Feldt interval and the SEM) uses *complete cases*:
  the attempts with a scored answer to every item of the competency that anyone in the sample was asked. Each
  item counts with its full points, as in the competency score, so alpha is the reliability of the score people
  are shown. A sample mixing sections therefore rests on the attempts of the largest one; choose one section for
  a sharper figure. ``complete`` says how many; below ``minimum`` there is no alpha.

Computed with numpy over a competency's attempts x items table of outcomes (:mod:`cs_quiz.stats.arrays`, imported
on the first call, never with this module), with the figures of the plain computation: each value worked out with
the same floating-point steps, each sum exact and rounded once, per distinct (outcome, person's sums) counted.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cs_quiz.bank.model import Bank, Question
from cs_quiz.scoring.results import Text
from cs_quiz.stats import messages as msg
from cs_quiz.stats.numbers import counted_mean, counted_sum, counted_variance
from cs_quiz.stats.reliability import feldt_interval, sem
from cs_quiz.stats.responses import Item, Responses, read
from cs_quiz.stats.sample import Taken

MINIMUM = 30
LOW_R = 0.2  # corrected item-total correlation below which an item hardly discriminates (Moodle, Ebel)
ALPHA_RISE = 0.01  # alpha rising by more than this without an item marks it


@dataclass(frozen=True)
class ItemStats:
    """One item: a scored question seen from one competency. Scores are item scores 0..1 (earned / possible)."""

    question: str
    competency: str
    text: str
    reverse: bool  # a reverse-keyed likert item
    asked: int  # finished attempts that were asked it
    n: int  # of them, those that scored on it
    not_yet: int  # answered "not yet"
    not_yet_share: float | None  # not yet / (n + not yet)
    mean: float | None  # mean item score 0..1
    sd: float | None  # its sample SD
    facility: float | None  # mean score as a percentage of the possible, 0..100
    corrected_r: float | None  # Pearson r with the rest score of the competency (None below 3 pairs)
    rest_n: int  # the pairs that r rests on
    alpha_if_deleted: float | None  # the competency's alpha without this item, on the same complete cases


@dataclass(frozen=True)
class CompetencyReliability:
    competency: str
    name: str
    items: int  # k: items of the competency anyone in the sample was asked
    complete: int  # complete cases (see the module docstring)
    alpha: float | None  # None: fewer than two items, fewer complete cases than the minimum, or no variation
    ci_low: float | None  # Feldt's 95 % confidence interval
    ci_high: float | None
    sd: float | None  # SD of the 0..100 competency score over the complete cases
    sem: float | None  # standard error of measurement on the 0..100 score (a negative alpha counts as 0: SEM = SD)


@dataclass(frozen=True)
class OptionPicks:
    option: str
    text: str
    best: int  # picked as the best response
    best_share: float | None  # of the attempts that picked a best response
    worst: int
    worst_share: float | None
    keyed_best: bool  # the bank's key
    keyed_worst: bool


@dataclass(frozen=True)
class ScenarioPicks:
    question: str
    text: str
    best_answers: int  # attempts that picked a best response
    worst_answers: int
    options: tuple[OptionPicks, ...]  # in the bank's option order


@dataclass(frozen=True)
class ItemFault:
    """An item that looks faulty, with reasons in plain words for the bank's author."""

    question: str
    competency: str
    text: str
    reasons: tuple[Text, ...]


@dataclass(frozen=True)
class ItemStatistics:
    """With ``too_few`` only the counts are given and the rest is None."""

    bank_id: str
    minimum: int
    too_few: bool
    finished: int
    items: tuple[ItemStats, ...] | None  # competency by competency (bank order), questions in bank order
    competencies: tuple[CompetencyReliability, ...] | None  # bank order, those with at least one item asked
    scenarios: tuple[ScenarioPicks, ...] | None  # scenarios anyone was asked
    faults: tuple[ItemFault, ...] | None  # in the order of ``items``; judged on at least ``minimum`` pairs


def item_statistics(takens: Iterable[Taken], bank: Bank, minimum: int = MINIMUM) -> ItemStatistics:
    """The :class:`ItemStatistics` of the finished attempts of ``bank`` (by id) among ``takens``; their order
    changes nothing. Imports numpy (:mod:`cs_quiz.stats.arrays`) on the first call."""
    done = [t for t in takens if t.bank_id == bank.meta.id and t.finished]
    if len(done) < max(1, minimum):
        return ItemStatistics(bank.meta.id, minimum, True, len(done), None, None, None, None)
    data = read(done, bank)
    reliabilities: list[CompetencyReliability] = []
    items: list[ItemStats] = []
    for comp, competency in bank.competencies.items():
        mine = [i for i in data.items if i[1] == comp and data.asked[i]]
        if not mine:
            continue
        columns = _Columns.of(data, mine)
        reliability, deleted = _reliability(data, columns, comp, competency.name, minimum)
        reliabilities.append(reliability)
        for item, (r, pairs), without in zip(mine, _rest_r(data, columns), deleted, strict=True):
            items.append(_item(bank, data, item, r, pairs, without))
    by_comp = {r.competency: r for r in reliabilities}
    faults = tuple(f for f in (_fault(bank, s, by_comp[s.competency], minimum) for s in items) if f is not None)
    scenarios = tuple(_picks(bank.questions[qid], c) for qid, c in data.picks.items() if _was_asked(data, qid))
    return ItemStatistics(
        bank.meta.id, minimum, False, len(done), tuple(items), tuple(reliabilities), scenarios, faults
    )


def _was_asked(data: Responses, qid: str) -> bool:
    return any(data.asked[i] for i in data.items if i[0] == qid)


def _item(
    bank: Bank, data: Responses, item: Item, corrected_r: float | None, rest_n: int, deleted: float | None
) -> ItemStats:
    qid, comp = item
    question = bank.questions[qid]
    earned, possible, counts = data.earned[item], data.possible[item], data.counts[qid]
    scored = [i for i, p in enumerate(possible) if p and counts[i]]
    values = [earned[i] / possible[i] for i in scored]
    weights = [counts[i] for i in scored]
    n, not_yet = sum(weights), data.not_yet[item]
    m = counted_mean(values, weights) if n else None
    variance = counted_variance(values, weights)
    return ItemStats(
        question=qid,
        competency=comp,
        text=question_text(question),
        reverse=question.reverse,
        asked=data.asked[item],
        n=n,
        not_yet=not_yet,
        not_yet_share=not_yet / (n + not_yet) if n + not_yet else None,
        mean=m,
        sd=None if variance is None else math.sqrt(variance),
        facility=None if m is None else 100.0 * m,
        corrected_r=corrected_r,
        rest_n=rest_n,
        alpha_if_deleted=deleted,
    )


class _Columns:
    """A competency's items over the attempts, as numpy arrays: ``picks[j, a]`` is attempt a's outcome of item j
    as an index into a table of the items' per-outcome values (:func:`cs_quiz.stats.arrays.table`: item j's
    outcome o is at ``j * width + o``)."""

    def __init__(self, items: list[Item], width: int, picks: Any, possible: Any) -> None:
        self.items, self.width, self.picks = items, width, picks
        self.possible = possible  # possible[j, a]: attempt a's possible points on item j

    @classmethod
    def of(cls, data: Responses, items: list[Item]) -> _Columns:
        import numpy as np

        from cs_quiz.stats.arrays import table

        width = max(len(data.counts[qid]) for qid, _ in items)
        picks = np.stack([data.codes[qid] for qid, _ in items])
        picks += (np.arange(len(items), dtype=np.intp) * width)[:, None]
        possible = table([data.possible[i] for i in items], width).ravel()[picks]
        return cls(items, width, picks, possible)

    def pairs(self, state: Any, states: int, keep: Any = None) -> tuple[Any, Any, Any, Any]:
        """The distinct (item, state, outcome) of the attempts (``state`` per attempt, ``keep[j, a]``: count
        attempt a for item j), as the item, the state and the index into the table of each, and how many attempts
        had it. Item by item, so the sums of one item are one segment."""
        import numpy as np

        from cs_quiz.stats.arrays import counted

        width, k = self.width, len(self.items)
        # (item · states + state) · width + outcome, where picks = item · width + outcome
        key = self.picks + state * width
        key += (np.arange(k, dtype=np.intp) * (width * (states - 1)))[:, None]
        found, counts = counted(key.ravel() if keep is None else key[keep], k * states * width)
        item, rest = np.divmod(found, states * width)
        state_of, outcome = np.divmod(rest, width)
        return item, state_of, item * width + outcome, counts


def _rest_r(data: Responses, columns: _Columns) -> list[tuple[float | None, int]]:
    """Per item, Pearson's r of the item score with the rest score and the pairs it rests on: the attempts that
    answered the item and another item of the competency. rest = (Σ earned - earned) / (Σ possible - possible)
    over the person's answered items, each sum exact and rounded once; r as :func:`~cs_quiz.stats.numbers.pearson`
    gives it (None below 3 pairs or when either side does not vary). A pair depends only on the item's outcome and
    the person's two sums, so it is worked out once per distinct one and counted."""
    import numpy as np

    from cs_quiz.stats.arrays import exact_sums, numbered, row_sums, table

    items, width = columns.items, columns.width
    k = len(items)
    earned = [data.earned[i] for i in items]
    possible = [data.possible[i] for i in items]
    all_earned, exact_earned = row_sums(earned, columns.picks, width)
    all_possible, exact_possible = row_sums(possible, columns.picks, width)
    state, states = numbered([exact_earned, exact_possible])
    p_table = table(possible, width).ravel()
    keep = (columns.possible * (all_possible - columns.possible)) != 0  # answered, and another one too
    item, at, index, counts = columns.pairs(state, states, keep)
    sums_e, sums_p = np.zeros(states), np.zeros(states)
    sums_e[state], sums_p[state] = all_earned, all_possible
    with np.errstate(divide="ignore", invalid="ignore"):
        ys = (sums_e[at] - table(earned, width).ravel()[index]) / (sums_p[at] - p_table[index])
    pairs = np.bincount(item, weights=counts, minlength=k).astype(np.int64).tolist()
    x_counts = np.bincount(index, weights=counts, minlength=k * width).astype(np.int64).reshape(k, width).tolist()
    xs = [[e / q if q else 0.0 for e, q in zip(e_, p_, strict=True)] for e_, p_ in zip(earned, possible, strict=True)]
    mx = [counted_mean(x, c[: len(x)]) if n else 0.0 for x, c, n in zip(xs, x_counts, pairs, strict=True)]
    my = [s / n if n else 0.0 for s, n in zip(exact_sums(ys, item, k, counts), pairs, strict=True)]
    dx = [[v - m for v in x] for x, m in zip(xs, mx, strict=True)]
    dy = ys - np.array(my)[item]
    syy = exact_sums(dy * dy, item, k, counts)
    sxy = exact_sums(table(dx, width).ravel()[index] * dy, item, k, counts)
    out: list[tuple[float | None, int]] = []
    for j in range(k):
        sxx = counted_sum([d * d for d in dx[j]], x_counts[j][: len(dx[j])])
        r = None
        if pairs[j] >= 3 and not (sxx <= 0 or syy[j] <= 0):
            r = max(-1.0, min(1.0, sxy[j] / math.sqrt(sxx * syy[j])))
        out.append((r, pairs[j]))
    return out


def _reliability(
    data: Responses, columns: _Columns, comp: str, name: str, minimum: int
) -> tuple[CompetencyReliability, list[float | None]]:
    """Alpha and its company on the complete cases. Each item counts with its full points (the most anyone got
    as possible: weight × range × picks asked), so a scenario answered with only one of best and worst counts
    its share of the full points, as in the competency score."""
    import numpy as np

    from cs_quiz.stats.arrays import counted, exact_variances, numbered, row_sums, table

    items, width = columns.items, columns.width
    k = len(items)
    full = [max((p for p, c in zip(data.possible[i], data.counts[i[0]], strict=True) if c), default=0.0) for i in items]
    complete = (columns.possible != 0).all(axis=0)
    people = int(complete.sum())
    alpha = None
    if people >= max(2, minimum) and k >= 2:
        chosen = _Columns(items, width, columns.picks[:, complete], None)
        # an item's value per outcome: its score (earned / possible) times its full points
        values = [
            [e / p * most if p else 0.0 for e, p in zip(data.earned[i], data.possible[i], strict=True)]
            for i, most in zip(items, full, strict=True)
        ]
        outcome, times = counted(chosen.picks.ravel(), k * width)
        counts = np.zeros(k * width, dtype=np.int64)
        counts[outcome] = times
        tallies = counts.reshape(k, width).tolist()
        item_vars = [_var(v, c[: len(v)]) for v, c in zip(values, tallies, strict=True)]
        totals, exact = row_sums(values, chosen.picks, width)
        state, states = numbered([exact])
        distinct = np.zeros(states)
        distinct[state] = totals
        total_counts = np.bincount(state, minlength=states)
        total_var = exact_variances(distinct, weights=total_counts)[0]
        alpha = _alpha(k, item_vars, 0.0 if total_var is None else total_var)
    if alpha is None:
        return CompetencyReliability(comp, name, k, people, None, None, None, None, None), [None] * k
    deleted: list[float | None] = [None] * k
    if k >= 3:
        item, at, index, times = chosen.pairs(state, states)
        without = distinct[at] - table(values, width).ravel()[index]
        for j, v in enumerate(exact_variances(without, item, k, times)):
            deleted[j] = _alpha(k - 1, item_vars[:j] + item_vars[j + 1 :], 0.0 if v is None else v)
    interval = feldt_interval(alpha, people, k)
    most = math.fsum(full)
    spread_var = exact_variances(100.0 * distinct / most, weights=total_counts)[0]
    spread = None if spread_var is None else math.sqrt(spread_var)
    low, high = interval if interval else (None, None)
    error = None if spread is None else sem(spread, alpha)
    return CompetencyReliability(comp, name, k, people, alpha, low, high, spread, error), deleted


def _var(values: list[float], counts: list[int]) -> float:
    v = counted_variance(values, counts)
    return 0.0 if v is None else v


def _alpha(k: int, item_vars: list[float], total_var: float) -> float | None:
    if total_var <= 0:
        return None
    return k / (k - 1) * (1.0 - math.fsum(item_vars) / total_var)


def _fault(bank: Bank, s: ItemStats, reliability: CompetencyReliability, minimum: int) -> ItemFault | None:
    name = bank.competencies[s.competency].name
    common = {"question": s.question, "text": s.text, "competency": name}
    reasons: list[Text] = []
    if s.corrected_r is not None and s.rest_n >= minimum and s.corrected_r < LOW_R:
        r = round(s.corrected_r, 2)
        if s.corrected_r < 0:
            reasons.append(Text.of(msg.NEGATIVE_R_REVERSED if s.reverse else msg.NEGATIVE_R, r=r, **common))
        else:
            reasons.append(Text.of(msg.LOW_R, r=r, minimum=LOW_R, **common))
    alpha, without = reliability.alpha, s.alpha_if_deleted
    if alpha is not None and without is not None and without > alpha + ALPHA_RISE:
        reasons.append(Text.of(msg.ALPHA_RISES, alpha=round(alpha, 2), without=round(without, 2), **common))
    return ItemFault(s.question, s.competency, s.text, tuple(reasons)) if reasons else None


def _picks(question: Question, counts: dict[tuple[str, str], int]) -> ScenarioPicks:
    best_total = sum(c for (role, _), c in counts.items() if role == "best")
    worst_total = sum(c for (role, _), c in counts.items() if role == "worst")
    key = question.key
    options = tuple(
        OptionPicks(
            option=o.id,
            text=o.text,
            best=counts.get(("best", o.id), 0),
            best_share=counts.get(("best", o.id), 0) / best_total if best_total else None,
            worst=counts.get(("worst", o.id), 0),
            worst_share=counts.get(("worst", o.id), 0) / worst_total if worst_total else None,
            keyed_best=key is not None and key.best == o.id,
            keyed_worst=key is not None and key.worst == o.id,
        )
        for o in question.options
    )
    return ScenarioPicks(question.id, question_text(question), best_total, worst_total, options)


def question_text(question: Question) -> str:
    """The words that identify a question to its author: a scenario's situation (its prompt is the same
    "What do you do?" everywhere), else the question's text."""
    return question.situation.strip() or question.text
