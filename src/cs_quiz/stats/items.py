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
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import mul, sub, truediv

from cs_quiz.bank.model import Bank, Question
from cs_quiz.scoring.results import Text
from cs_quiz.stats import messages as msg
from cs_quiz.stats.numbers import mean, pearson, sd
from cs_quiz.stats.reliability import alpha_if_deleted, cronbach_alpha, feldt_interval, sem, totals
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


def _item(
    bank: Bank, data: Responses, item: Item, rest: tuple[list[float], list[float]], deleted: float | None
) -> ItemStats:
    qid, comp = item
    question = bank.questions[qid]
    possible = data.possible[item]
    values = list(map(truediv, compress(data.earned[item], possible), compress(possible, possible)))
    n, not_yet = len(values), data.not_yet[item]
    m = mean(values) if values else None
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
        sd=sd(values),
        facility=None if m is None else 100.0 * m,
        corrected_r=pearson(*rest),
        rest_n=len(rest[0]),
        alpha_if_deleted=deleted,
    )


def _rest_scores(data: Responses, items: list[Item]) -> dict[Item, tuple[list[float], list[float]]]:
    """Per item, the paired (item score, rest score) of the attempts that answered it and another item of the
    competency: rest = (Σ earned - earned) / (Σ possible - possible) over the person's answered items."""
    all_earned = totals([data.earned[i] for i in items])
    all_possible = totals([data.possible[i] for i in items])
    out: dict[Item, tuple[list[float], list[float]]] = {}
    for item in items:
        earned, possible = data.earned[item], data.possible[item]
        rest_possible = list(map(sub, all_possible, possible))
        keep = list(map(mul, possible, rest_possible))  # > 0: answered, and another one too
        xs = list(map(truediv, compress(earned, keep), compress(possible, keep)))
        ys = list(map(truediv, compress(map(sub, all_earned, earned), keep), compress(rest_possible, keep)))
        out[item] = (xs, ys)
    return out


def _reliability(
    data: Responses, comp: str, name: str, items: list[Item], minimum: int
) -> tuple[CompetencyReliability, dict[Item, float | None]]:
    """Alpha and its company on the complete cases. Each item counts with its full points (the most anyone got
    as possible: weight × range × picks asked), so a scenario answered with only one of best and worst counts
    its share of the full points, as in the competency score."""
    full = [max(data.possible[i], default=0.0) for i in items]
    complete = list(map(all, zip(*(data.possible[i] for i in items), strict=True)))
    columns = []
    for item, most in zip(items, full, strict=True):
        scores = map(truediv, compress(data.earned[item], complete), compress(data.possible[item], complete))
        columns.append(list(map(mul, scores, repeat(most))))
    people = len(columns[0])
    alpha = cronbach_alpha(columns) if people >= max(2, minimum) else None
    if alpha is None:
        none = CompetencyReliability(comp, name, len(items), people, None, None, None, None, None)
        return none, dict.fromkeys(items)
    deleted = dict(zip(items, alpha_if_deleted(columns), strict=True))
    interval = feldt_interval(alpha, people, len(items))
    most = math.fsum(full)
    spread = sd([100.0 * t / most for t in totals(columns)])
    low, high = interval if interval else (None, None)
    error = None if spread is None else sem(spread, alpha)
    return CompetencyReliability(comp, name, len(items), people, alpha, low, high, spread, error), deleted


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
