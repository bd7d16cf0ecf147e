"""Stored answers -> item scores, the engine's own way, for item statistics.

An *item* is one scored question seen from one competency (the vocabulary of :mod:`cs_quiz.scoring.scores`). Its
score for a person is what the engine counted: :func:`~cs_quiz.scoring.scores.contributions` gives (earned,
possible) points; the item score is earned / possible, 0..1. Raw stored answers are normalised by
:func:`~cs_quiz.scoring.answers.check_answers` first, and an answer it refuses is left out (as if unanswered).
A likert "not yet" is counted apart and scores nothing.

Which questions an attempt was asked: those of its sections (:meth:`Bank.section_questions`), the ones this bank
still has; when it has none of them (a renamed section), the questions answered.

Why codes: ten thousand attempts of the Full assessment are two million item scores, but a question has only a few
distinct answers, and an answer's score depends only on its question and the answer. So each distinct answer to a
question is scored once (its *outcome*), and a question keeps one column of outcome codes over the attempts. The
statistics then work on how many attempts had each outcome, not on the attempts one by one. Answers read from a
store (:class:`~cs_quiz.stats.sample.StoredAnswers`) are told apart by their stored JSON text, which is never parsed
twice; others by :func:`_freeze`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from cs_quiz.bank.model import NOT_YET, Bank, QuestionType
from cs_quiz.scoring.answers import check_answers
from cs_quiz.scoring.scores import contributions, item_ranges
from cs_quiz.stats.sample import StoredAnswers, Taken

Item = tuple[str, str]  # (question id, competency id)


@dataclass
class Responses:
    """Item scores of a list of finished attempts (numbered 0..n-1 in the order given). Built by :func:`read`;
    plain containers, for the statistics modules of this package.

    A question's outcomes are numbered; outcome 0 is "nothing scored" (unanswered, not asked, refused). ``codes``
    gives each attempt's outcome of a question, ``counts`` how many attempts had each outcome, and ``earned`` and
    ``possible`` an item's points per outcome (possible 0: it did not score on it)."""

    attempts: int = 0
    items: list[Item] = field(default_factory=list)  # bank order: competency by competency, questions in order
    asked: Counter[Item] = field(default_factory=Counter)  # attempts that were asked the item
    not_yet: Counter[Item] = field(default_factory=Counter)
    codes: dict[str, list[int]] = field(default_factory=dict)  # question -> per attempt, its outcome
    counts: dict[str, list[int]] = field(default_factory=dict)  # question -> per outcome, the attempts with it
    earned: dict[Item, list[float]] = field(default_factory=dict)  # per outcome
    possible: dict[Item, list[float]] = field(default_factory=dict)  # per outcome; 0 = did not score on it
    picks: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)  # scenario -> (role, option) -> count


# What one answer to one question comes to: per competency of the question (in ``item_ranges`` order) the earned
# and the possible points ((0, 0) where it scores nothing), the scenario picks as (role, option) pairs, and whether
# it is "not yet". Outcomes are hashable, so equal ones share a code.
Outcome = tuple[tuple[float, ...], tuple[float, ...], tuple[tuple[str, str], ...], bool]


class _Opaque:
    """The key of an answer of a shape :func:`_freeze` does not tell apart: scored on its own."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def read(takens: Sequence[Taken], bank: Bank) -> Responses:
    """The :class:`Responses` of ``takens`` (the caller chooses finished attempts of ``bank``). Works question by
    question: the column of answer keys, their outcomes (each distinct one worked out once), then the codes."""
    n = len(takens)
    out = Responses(attempts=n)
    ranges = {qid: tuple(item_ranges(bank, q)) for qid, q in bank.questions.items()}
    for comp in bank.competencies:
        out.items += [(qid, comp) for qid, comps in ranges.items() if comp in comps]
    keyed = [_keys(t.answers) for t in takens]
    plans: dict[tuple[str, ...], frozenset[str]] = {}
    asked_by: list[frozenset[str]] = []
    for taken in takens:
        asked = plans.get(taken.sections)
        if asked is None:
            asked = _asked(bank, taken)
            if any(s in bank.sections for s in taken.sections):  # the same for every attempt of these sections
                plans[taken.sections] = asked
        asked_by.append(asked)
    one_plan = asked_by[0] if n and all(a is asked_by[0] for a in asked_by) else None
    for qid, question in bank.questions.items():
        comps = ranges[qid]
        if one_plan is not None:
            column = list(map(dict.get, keyed, repeat(qid))) if qid in one_plan else [None] * n
            asked_count = n if qid in one_plan else 0
        else:
            column = [k.get(qid) if qid in s else None for k, s in zip(keyed, asked_by, strict=True)]
            asked_count = sum(qid in s for s in asked_by)
        nothing: Outcome = ((0.0,) * len(comps), (0.0,) * len(comps), (), False)
        outcomes: list[Outcome] = [nothing]
        numbered: dict[Outcome, int] = {nothing: 0}
        code_of: dict[Any, int] = {None: 0}
        for key in set(column) - code_of.keys():
            outcome = _outcome(bank, qid, comps, _raw(key), nothing)
            code = numbered.get(outcome)
            if code is None:
                code = numbered[outcome] = len(outcomes)
                outcomes.append(outcome)
            code_of[key] = code
        codes = list(map(code_of.__getitem__, column))
        counts = tally(codes, len(outcomes))
        out.codes[qid], out.counts[qid] = codes, counts
        for i, comp in enumerate(comps):
            out.asked[(qid, comp)] = asked_count
            out.not_yet[(qid, comp)] = sum(c for o, c in zip(outcomes, counts, strict=True) if o[3])
            out.earned[(qid, comp)] = [o[0][i] for o in outcomes]
            out.possible[(qid, comp)] = [o[1][i] for o in outcomes]
        if question.type is QuestionType.SCENARIO:
            picks: Counter[tuple[str, str]] = Counter()
            for outcome, count in zip(outcomes, counts, strict=True):
                for pick in outcome[2]:
                    picks[pick] += count
            out.picks[qid] = picks
    return out


def tally(codes: list[int], size: int) -> list[int]:
    """How many times each of ``0 .. size - 1`` occurs in ``codes``: a question has a few outcomes, and counting
    each with ``list.count`` (a plain C loop over small integers) is several times faster than a Counter."""
    if size <= 16:
        return list(map(codes.count, range(size)))
    counts = [0] * size
    for code, count in Counter(codes).items():
        counts[code] = count
    return counts


def _keys(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Question id -> a key that tells the raw answer apart: its stored JSON text (a str) when read from a store,
    else :func:`_freeze` of the value (a tuple) or an :class:`_Opaque` (never a str, so the two never meet)."""
    if isinstance(answers, StoredAnswers):
        return answers.texts
    out: dict[str, Any] = {}
    for qid, value in answers.items():
        frozen = _freeze(value)
        out[qid] = frozen if frozen is not None else _Opaque(value)
    return out


def _raw(key: Any) -> Any:
    """The raw answer of a key made by :func:`_keys`."""
    if isinstance(key, str):
        return json.loads(key)
    if isinstance(key, _Opaque):
        return key.value
    kind, value = key
    if kind == "list":
        return list(value)
    if kind == "dict":
        return dict(value)
    return value


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
