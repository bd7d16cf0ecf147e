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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import add, and_, eq, floordiv, mod, mul, sub, truediv
from typing import Any

from cs_quiz.bank.model import Bank, Question
from cs_quiz.scoring.results import Text
from cs_quiz.stats import messages as msg
from cs_quiz.stats.numbers import counted_mean, counted_sum, counted_variance
from cs_quiz.stats.reliability import feldt_interval, sem
from cs_quiz.stats.responses import Item, Responses, read, tally
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


# Counted (item score, rest score) pairs: the item score per outcome and how many pairs have each, then per
# distinct pair its outcome, its rest score and how many attempts had it.
Pairs = tuple[list[float], list[int], list[int], list[float], list[int]]


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
        corrected_r=_rest_r(rest),
        rest_n=sum(rest[4]),
        alpha_if_deleted=deleted,
    )


def _column(values: list[float], codes: list[int]) -> list[float]:
    """An item's value for each attempt, from its value per outcome."""
    return list(map(values.__getitem__, codes))


def _row_sums(columns: list[tuple[list[float], list[int]]], n: int) -> tuple[list[Any], Callable[[Any], float]]:
    """Each attempt's sum over ``columns`` (value per outcome, outcome per attempt), exactly, and the function that
    turns such a sum into ``math.fsum``'s figure. The sums are integers (every value as a multiple of the finest
    power of two among them), so they are exact and cheap to compare, count and add; a sum is rounded once, when it
    is turned into a float (half to even, as fsum rounds). Only the distinct sums are ever turned."""
    try:
        ratios = [[v.as_integer_ratio() for v in values] for values, _ in columns]
    except (OverflowError, ValueError):  # an infinity or a NaN: fsum, attempt by attempt
        floats = list(map(math.fsum, zip(*(_column(v, c) for v, c in columns), strict=True)))
        return floats if columns else [0.0] * n, float
    bits = max((d.bit_length() - 1 for column in ratios for _, d in column), default=0)
    scale = 1 << bits
    if not columns:
        return [0] * n, lambda total: total / scale
    ints = [[num << (bits - d.bit_length() + 1) for num, d in column] for column in ratios]
    codes = [c for _, c in columns]
    sums = list(map(ints[0].__getitem__, codes[0]))
    for values, column in zip(ints[1:], codes[1:], strict=True):
        sums = list(map(add, sums, map(values.__getitem__, column)))
    return sums, lambda total: total / scale


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
    all_earned, earned_float = _row_sums([(data.earned[i], data.codes[i[0]]) for i in items], n)
    all_possible, possible_float = _row_sums([(data.possible[i], data.codes[i[0]]) for i in items], n)
    states, state_of = _numbered(list(zip(all_earned, all_possible, strict=True)))
    sums = [(earned_float(e), possible_float(p)) for e, p in states]
    width = max(len(data.counts[i[0]]) for i in items)
    scaled = list(map(mul, state_of, repeat(width)))
    sums_e = [e for e, _ in sums]
    sums_p = [p for _, p in sums]
    out: dict[Item, Pairs] = {}
    for item in items:
        earned, possible = data.earned[item], data.possible[item]
        xs = [e / p if p else 0.0 for e, p in zip(earned, possible, strict=True)]  # per outcome
        tally = Counter(map(add, scaled, data.codes[item[0]]))  # (sums, outcome) -> attempts
        keys = list(tally)
        states = list(map(floordiv, keys, repeat(width)))
        codes = list(map(mod, keys, repeat(width)))
        p = list(map(possible.__getitem__, codes))
        rest_p = list(map(sub, map(sums_p.__getitem__, states), p))
        keep = list(map(mul, p, rest_p))  # not 0: answered, and another one too
        rest_e = map(
            sub, map(sums_e.__getitem__, compress(states, keep)), map(earned.__getitem__, compress(codes, keep))
        )
        ys = list(map(truediv, rest_e, compress(rest_p, keep)))
        pair_x = list(compress(codes, keep))
        counts = list(compress(tally.values(), keep))
        x_counts = [sum(compress(counts, map(eq, pair_x, repeat(code)))) for code in range(len(xs))]
        out[item] = (xs, x_counts, pair_x, ys, counts)
    return out


def _rest_r(pairs: Pairs) -> float | None:
    """:func:`~cs_quiz.stats.numbers.pearson` of the counted pairs: the item score (one per outcome, counted per
    outcome) with the rest score."""
    xs, x_counts, pair_x, ys, counts = pairs
    if sum(counts) < 3:
        return None
    mx, my = counted_mean(xs, x_counts), counted_mean(ys, counts)
    dx = [x - mx for x in xs]
    dy = [y - my for y in ys]
    sxx, syy = counted_sum([d * d for d in dx], x_counts), counted_sum([d * d for d in dy], counts)
    if sxx <= 0 or syy <= 0:
        return None
    sxy = counted_sum(list(map(mul, map(dx.__getitem__, pair_x), dy)), counts)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


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
        exact, to_float = _row_sums(list(zip(values, codes, strict=True)), people)
        sums, total_of = _numbered(exact)
        distinct = list(map(to_float, sums))
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
    return values, tally(codes, len(values))


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
