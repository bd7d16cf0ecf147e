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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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


_INVALID = object()
_NOT_YET = object()


def read(takens: Sequence[Taken], bank: Bank) -> Responses:
    """The :class:`Responses` of ``takens`` (the caller chooses finished attempts of ``bank``)."""
    n = len(takens)
    out = Responses(attempts=n)
    ranges = {qid: tuple(item_ranges(bank, q)) for qid, q in bank.questions.items()}
    for comp in bank.competencies:
        out.items += [(qid, comp) for qid, comps in ranges.items() if comp in comps]
    for item in out.items:
        out.earned[item] = [0.0] * n
        out.possible[item] = [0.0] * n
    out.picks = {qid: Counter() for qid, q in bank.questions.items() if q.type is QuestionType.SCENARIO}
    columns = {qid: [(out.earned[(qid, c)], out.possible[(qid, c)]) for c in comps] for qid, comps in ranges.items()}
    cache: dict[str, dict[Any, Any]] = {qid: {} for qid in bank.questions}
    plans: dict[tuple[str, ...], frozenset[str]] = {}
    sections: Counter[frozenset[str]] = Counter()  # attempts by the questions they were asked
    for index, taken in enumerate(takens):
        asked = plans.get(taken.sections)
        if asked is None:
            asked = _asked(bank, taken)
            if any(s in bank.sections for s in taken.sections):  # the same for every attempt of these sections
                plans[taken.sections] = asked
        sections[asked] += 1
        for qid, raw in taken.answers.items():
            if qid not in asked or raw is None:
                continue
            kind = type(raw)
            frozen = raw if kind is int or kind is str else _freeze(raw)
            entry: Any = cache[qid].get(frozen, _INVALID) if frozen is not None else _INVALID
            if entry is _INVALID:
                entry = _normalise(bank, qid, raw, ranges[qid])
                if frozen is not None:
                    cache[qid][frozen] = entry
            if entry is _INVALID:
                continue
            if entry is _NOT_YET:
                for comp in ranges[qid]:
                    out.not_yet[(qid, comp)] += 1
                continue
            points, picked = entry
            for (earned, possible), (e, p) in zip(columns[qid], points, strict=True):
                earned[index] = e
                possible[index] = p
            for pick in picked:
                out.picks[qid][pick] += 1
    for asked, count in sections.items():
        for qid in asked:
            for comp in ranges[qid]:
                out.asked[(qid, comp)] += count
    return out


def _asked(bank: Bank, taken: Taken) -> frozenset[str]:
    known = [s for s in taken.sections if s in bank.sections]
    if known:
        return frozenset(bank.section_questions(known))
    return frozenset(q for q in bank.questions if q in taken.answers)


def _normalise(bank: Bank, qid: str, raw: Any, comps: Iterable[str]) -> Any:
    """_INVALID, _NOT_YET, or (the (earned, possible) of each competency in ``comps`` — (0, 0) where it gave none —
    and the scenario picks as (role, option) pairs)."""
    clean, problems = check_answers(bank, {qid: raw})
    if problems or qid not in clean:
        return _INVALID
    answer = clean[qid]
    if answer == NOT_YET:
        return _NOT_YET
    points = contributions(bank, bank.questions[qid], answer)
    per_comp = tuple(points[c] if c in points and points[c][1] > 0 else (0.0, 0.0) for c in comps)
    picked = tuple(answer.items()) if bank.questions[qid].type is QuestionType.SCENARIO else ()
    return per_comp, picked


def _freeze(value: Any) -> Any:
    """A hashable stand-in for a raw answer that tells apart everything check_answers does (so 1, 1.0, "1" and
    True are four keys); None when the value is of a shape not worth caching."""
    if isinstance(value, (bool, float)):
        return (type(value).__name__, value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ("list", tuple(value))
    if isinstance(value, dict) and all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        return ("dict", tuple(value.items()))
    return None
