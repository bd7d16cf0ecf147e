"""Stored answers -> item scores, the engine's own way, for item statistics.

An *item* is one scored question seen from one competency (the vocabulary of :mod:`cs_quiz.scoring.scores`). Its
score for a person is what the engine counted: :func:`~cs_quiz.scoring.scores.contributions` gives (earned,
possible) points; the item score is earned / possible, 0..1. Raw stored answers are normalised by
:func:`~cs_quiz.scoring.answers.check_answers` first, and an answer it refuses is left out (as if unanswered).
A likert "not yet" is counted apart and scores nothing.

Which questions an attempt was asked: those of its sections (:meth:`Bank.section_questions`), the ones this bank
still has; when it has none of them (a renamed section), the questions answered.

Why columns: ten thousand attempts of the Full assessment are two million item scores. Each item keeps one
column of earned and one of possible points over all attempts (0 = no score), so the statistics can run over
them with C-level loops (``map``, ``itertools.compress``, ``math.fsum``) instead of Python ones. And normalising
and scoring an answer depends only on the question and the raw value, so each distinct one is worked out once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from cs_quiz.bank.model import NOT_YET, Bank, QuestionType
from cs_quiz.scoring.answers import check_answers
from cs_quiz.scoring.scores import contributions, item_ranges
from cs_quiz.stats.sample import Taken

Item = tuple[str, str]  # (question id, competency id)


@dataclass
class Responses:
    """Item scores of a list of finished attempts (numbered 0..n-1 in the order given). Built by :func:`read`;
    plain containers, for the statistics modules of this package."""

    attempts: int = 0
    items: list[Item] = field(default_factory=list)  # bank order: competency by competency, questions in order
    asked: Counter[Item] = field(default_factory=Counter)  # attempts that were asked the item
    not_yet: Counter[Item] = field(default_factory=Counter)
    earned: dict[Item, list[float]] = field(default_factory=dict)  # per attempt; 0 where it did not score
    possible: dict[Item, list[float]] = field(default_factory=dict)  # per attempt; 0 = did not score on it
    picks: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)  # scenario -> (role, option) -> count


# What one answer to one question comes to: per competency of the question (in ``item_ranges`` order) the earned
# and the possible points ((0, 0) where it scores nothing), the scenario picks as (role, option) pairs, and whether
# it is "not yet". Outcomes are hashable, so a column of them is counted by ``Counter`` in C.
Outcome = tuple[tuple[float, ...], tuple[float, ...], tuple[tuple[str, str], ...], bool]
_FAST_KINDS = frozenset({int, str, type(None)})  # raw answers that are their own cache key (1 is never "1")


def read(takens: Sequence[Taken], bank: Bank) -> Responses:
    """The :class:`Responses` of ``takens`` (the caller chooses finished attempts of ``bank``). Works question by
    question: the column of raw answers, their outcomes (each distinct one worked out once), then the columns."""
    n = len(takens)
    out = Responses(attempts=n)
    ranges = {qid: tuple(item_ranges(bank, q)) for qid, q in bank.questions.items()}
    for comp in bank.competencies:
        out.items += [(qid, comp) for qid, comps in ranges.items() if comp in comps]
    answers = [t.answers for t in takens]
    plans: dict[tuple[str, ...], frozenset[str]] = {}
    asked_by: list[frozenset[str]] = []
    for taken in takens:
        asked = plans.get(taken.sections)
        if asked is None:
            asked = _asked(bank, taken)
            if any(s in bank.sections for s in taken.sections):  # the same for every attempt of these sections
                plans[taken.sections] = asked
        asked_by.append(asked)
    for qid, question in bank.questions.items():
        comps = ranges[qid]
        raws = [a.get(qid) if qid in s else None for a, s in zip(answers, asked_by, strict=True)]
        outcomes = _outcomes(bank, qid, comps, raws)
        counts = Counter(outcomes)
        asked_count = sum(qid in s for s in asked_by)
        for i, comp in enumerate(comps):
            out.asked[(qid, comp)] = asked_count
            out.not_yet[(qid, comp)] = sum(c for o, c in counts.items() if o[3])
            out.earned[(qid, comp)] = list(map(itemgetter(i), map(itemgetter(0), outcomes)))
            out.possible[(qid, comp)] = list(map(itemgetter(i), map(itemgetter(1), outcomes)))
        if question.type is QuestionType.SCENARIO:
            picks: Counter[tuple[str, str]] = Counter()
            for outcome, count in counts.items():
                for pick in outcome[2]:
                    picks[pick] += count
            out.picks[qid] = picks
    return out


def _outcomes(bank: Bank, qid: str, comps: tuple[str, ...], raws: list[Any]) -> list[Outcome]:
    nothing: Outcome = ((0.0,) * len(comps), (0.0,) * len(comps), (), False)
    cache: dict[Any, Outcome] = {None: nothing}
    if set(map(type, raws)) <= _FAST_KINDS:  # likert and single choice: the raw value is the key
        for raw in set(raws) - set(cache):
            cache[raw] = _outcome(bank, qid, comps, raw, nothing)
        return list(map(cache.__getitem__, raws))
    result = []
    for raw in raws:
        # A scenario pick's key is its items; only checked plain (str -> str) before it is cached, so a hit is one.
        key = ("dict", tuple(raw.items())) if type(raw) is dict else _freeze(raw)
        try:
            outcome = cache.get(key) if key is not None else None
        except TypeError:  # an unhashable value inside: never cached
            outcome = key = None
        if outcome is None:
            outcome = _outcome(bank, qid, comps, raw, nothing)
            if key is not None and _freeze(raw) is not None:
                cache[key] = outcome
        result.append(outcome)
    return result


def _outcome(bank: Bank, qid: str, comps: tuple[str, ...], raw: Any, nothing: Outcome) -> Outcome:
    """The outcome of one raw answer: ``nothing`` when unanswered or refused by check_answers."""
    clean, problems = check_answers(bank, {qid: raw})
    if problems or qid not in clean:
        return nothing
    answer = clean[qid]
    if answer == NOT_YET:
        return nothing[0], nothing[1], (), True
    points = contributions(bank, bank.questions[qid], answer)
    scored = [points[c] if c in points and points[c][1] > 0 else (0.0, 0.0) for c in comps]
    picked = tuple(answer.items()) if bank.questions[qid].type is QuestionType.SCENARIO else ()
    return tuple(e for e, _ in scored), tuple(p for _, p in scored), picked, False


def _asked(bank: Bank, taken: Taken) -> frozenset[str]:
    known = [s for s in taken.sections if s in bank.sections]
    if known:
        return frozenset(bank.section_questions(known))
    return frozenset(q for q in bank.questions if q in taken.answers)


def _freeze(value: Any) -> Any:
    """A hashable stand-in for a raw answer that tells apart everything check_answers does (so 1, 1.0, "1" and
    True are four keys); None when the value is of a shape not worth caching."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return (type(value).__name__, value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ("list", tuple(value))
    if isinstance(value, dict) and all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        return ("dict", tuple(value.items()))
    return None
