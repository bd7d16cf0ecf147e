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
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, and_, mul
from typing import Any

from cs_quiz.bank.model import Bank, Question
from cs_quiz.scoring.results import Text
from cs_quiz.stats import messages as msg
from cs_quiz.stats.numbers import counted_mean, counted_pearson, counted_variance
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
    changes nothing."""
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
        reliability, deleted = _reliability(data, comp, competency.name, mine, minimum)
        reliabilities.append(reliability)
        rests = _rest_scores(data, mine)
        items += [_item(bank, data, item, rests[item], deleted[item]) for item in mine]
    by_comp = {r.competency: r for r in reliabilities}
    faults = tuple(f for f in (_fault(bank, s, by_comp[s.competency], minimum) for s in items) if f is not None)
    scenarios = tuple(_picks(bank.questions[qid], c) for qid, c in data.picks.items() if _was_asked(data, qid))
    return ItemStatistics(
        bank.meta.id, minimum, False, len(done), tuple(items), tuple(reliabilities), scenarios, faults
    )


def _was_asked(data: Responses, qid: str) -> bool:
    return any(data.asked[i] for i in data.items if i[0] == qid)


# Counted pairs: the distinct (item score, rest score) pairs and how many attempts had each.
Pairs = tuple[list[float], list[float], list[int]]


def _item(bank: Bank, data: Responses, item: Item, rest: Pairs, deleted: float | None) -> ItemStats:
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
        corrected_r=counted_pearson(*rest),
        rest_n=sum(rest[2]),
        alpha_if_deleted=deleted,
    )


def _column(values: list[float], codes: list[int]) -> list[float]:
    """An item's value for each attempt, from its value per outcome."""
    return list(map(values.__getitem__, codes))


def _row_sums(columns: list[tuple[list[float], list[int]]], n: int) -> list[float]:
    """Each attempt's exactly rounded sum (``math.fsum``) over ``columns`` (value per outcome, outcome per attempt).
    When every value is a multiple of one power of two and no sum can reach 2**52 of them (points such as 1, 1.5 or
    0.25), every partial sum is exact, so plain additions column by column give fsum's figure, fast."""
    if not columns:
        return [0.0] * n
    grid, bound = 0, 0.0
    for values, _ in columns:
        for v in values:
            if not math.isfinite(v):
                return list(map(math.fsum, zip(*(_column(v, c) for v, c in columns), strict=True)))
            grid = max(grid, v.as_integer_ratio()[1].bit_length() - 1)
        bound += max(map(abs, values))
    if bound * 2.0**grid >= 2.0**52:
        return list(map(math.fsum, zip(*(_column(v, c) for v, c in columns), strict=True)))
    sums = _column(*columns[0])
    for values, codes in columns[1:]:
        sums = list(map(add, sums, map(values.__getitem__, codes)))
    return [s + 0.0 for s in sums]  # fsum never gives -0.0 for a sum of zeros; nor does this


def _numbered(values: list[Any]) -> tuple[list[Any], list[int]]:
    """The distinct ``values`` (in first-seen order) and, per value, its index among them."""
    distinct = list(dict.fromkeys(values))
    index = {v: i for i, v in enumerate(distinct)}
    return distinct, list(map(index.__getitem__, values))


def _rest_scores(data: Responses, items: list[Item]) -> dict[Item, Pairs]:
    """Per item, the counted (item score, rest score) pairs of the attempts that answered it and another item of the
    competency: rest = (Σ earned - earned) / (Σ possible - possible) over the person's answered items. The pair
    depends only on the item's outcome and the person's two sums, so it is worked out once per distinct one."""
    n = data.attempts
    all_earned = _row_sums([(data.earned[i], data.codes[i[0]]) for i in items], n)
    all_possible = _row_sums([(data.possible[i], data.codes[i[0]]) for i in items], n)
    states, state_of = _numbered(list(zip(all_earned, all_possible, strict=True)))
    width = max(len(data.counts[i[0]]) for i in items)
    scaled = list(map(mul, state_of, repeat(width)))
    out: dict[Item, Pairs] = {}
    for item in items:
        earned, possible = data.earned[item], data.possible[item]
        xs: list[float] = []
        ys: list[float] = []
        counts: list[int] = []
        for key, count in Counter(map(add, scaled, data.codes[item[0]])).items():
            state, code = divmod(key, width)
            e, p = earned[code], possible[code]
            total_e, total_p = states[state]
            rest_p = total_p - p
            if p * rest_p:  # answered, and another one too
                xs.append(e / p)
                ys.append((total_e - e) / rest_p)
                counts.append(count)
        out[item] = (xs, ys, counts)
    return out


def _reliability(
    data: Responses, comp: str, name: str, items: list[Item], minimum: int
) -> tuple[CompetencyReliability, dict[Item, float | None]]:
    """Alpha and its company on the complete cases. Each item counts with its full points (the most anyone got
    as possible: weight × range × picks asked), so a scenario answered with only one of best and worst counts
    its share of the full points, as in the competency score."""
    full = [max((p for p, c in zip(data.possible[i], data.counts[i[0]], strict=True) if c), default=0.0) for i in items]
    complete = [True] * data.attempts
    for item in items:
        complete = list(
            map(and_, complete, map([bool(p) for p in data.possible[item]].__getitem__, data.codes[item[0]]))
        )
    people = sum(complete)
    k = len(items)
    alpha = None
    if people >= max(2, minimum) and k >= 2:
        codes = [list(compress(data.codes[i[0]], complete)) for i in items]
        # an item's value per outcome: its score (earned / possible) times its full points
        values = [
            [e / p * most if p else 0.0 for e, p in zip(data.earned[i], data.possible[i], strict=True)]
            for i, most in zip(items, full, strict=True)
        ]
        item_vars = [_var(*_tally(v, c)) for v, c in zip(values, codes, strict=True)]
        total = _row_sums(list(zip(values, codes, strict=True)), people)
        distinct, total_of = _numbered(total)
        total_counts = [0] * len(distinct)
        for i, count in Counter(total_of).items():
            total_counts[i] = count
        total_var = _var(distinct, total_counts)
        alpha = _alpha(k, item_vars, total_var)
    if alpha is None:
        none = CompetencyReliability(comp, name, k, people, None, None, None, None, None)
        return none, dict.fromkeys(items)
    deleted: dict[Item, float | None] = dict.fromkeys(items)
    if k >= 3:
        for j, item in enumerate(items):
            width = len(values[j])
            rests: dict[int, int] = Counter(map(add, map(mul, total_of, repeat(width)), codes[j]))
            without = [distinct[key // width] - values[j][key % width] for key in rests]
            deleted[item] = _alpha(k - 1, item_vars[:j] + item_vars[j + 1 :], _var(without, list(rests.values())))
    interval = feldt_interval(alpha, people, k)
    most = math.fsum(full)
    spread_var = counted_variance([100.0 * t / most for t in distinct], total_counts)
    spread = None if spread_var is None else math.sqrt(spread_var)
    low, high = interval if interval else (None, None)
    error = None if spread is None else sem(spread, alpha)
    return CompetencyReliability(comp, name, k, people, alpha, low, high, spread, error), deleted


def _tally(values: list[float], codes: list[int]) -> tuple[list[float], list[int]]:
    """The counted values of a column: per outcome its value and how many attempts had it."""
    counts = [0] * len(values)
    for code, count in Counter(codes).items():
        counts[code] = count
    return values, counts


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
