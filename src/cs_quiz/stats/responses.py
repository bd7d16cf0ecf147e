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
statistics then work on how many attempts had each outcome, or on the table of codes with numpy
(:mod:`cs_quiz.stats.arrays`). Answers read from a store (:class:`~cs_quiz.stats.sample.StoredAnswers`) are told
apart by their digest text (question and JSON answer), never parsed twice; others by :func:`_freeze`. numpy is
imported inside :func:`read`, never with this module.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cs_quiz.bank.model import NOT_YET, Bank, QuestionType
from cs_quiz.scoring.answers import check_answers
from cs_quiz.scoring.scores import contributions, item_ranges
from cs_quiz.stats.sample import StoredAnswers, Taken
from cs_quiz.store.records import MEMBER_SEP, VALUE_SEP

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

Item = tuple[str, str]  # (question id, competency id)


@dataclass
class Responses:
    """Item scores of a list of finished attempts (numbered 0..n-1 in the order given). Built by :func:`read`;
    plain containers, for the statistics modules of this package.

    A question's outcomes are numbered; outcome 0 is "nothing scored" (unanswered, not asked, refused). ``codes``
    gives each attempt's outcome of a question (a row of one numpy table, questions x attempts), ``counts`` how
    many attempts had each outcome, and ``earned`` and ``possible`` an item's points per outcome (possible 0: it
    did not score on it)."""

    attempts: int = 0
    items: list[Item] = field(default_factory=list)  # bank order: competency by competency, questions in order
    asked: Counter[Item] = field(default_factory=Counter)  # attempts that were asked the item
    not_yet: Counter[Item] = field(default_factory=Counter)
    codes: dict[str, NDArray[np.intp]] = field(default_factory=dict)  # question -> per attempt, its outcome
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
    """The :class:`Responses` of ``takens`` (the caller chooses finished attempts of ``bank``). The answers are
    read as *members* (one question's answer in one attempt, told apart by question and raw answer); each distinct
    member is scored once, and its outcome code is written into the attempts x questions table of codes."""
    import numpy as np

    n = len(takens)
    out = Responses(attempts=n)
    ranges = {qid: tuple(item_ranges(bank, q)) for qid, q in bank.questions.items()}
    for comp in bank.competencies:
        out.items += [(qid, comp) for qid, comps in ranges.items() if comp in comps]
    qids = list(bank.questions)
    rows, ids, members = _members(takens)
    # each distinct member: its question (-1: not one of this bank's) and its outcome code
    nothings = {qid: _nothing(len(ranges[qid])) for qid in qids}
    outcomes: dict[str, list[Outcome]] = {qid: [nothings[qid]] for qid in qids}
    numbered: dict[str, dict[Outcome, int]] = {qid: {nothings[qid]: 0} for qid in qids}
    position = {qid: i for i, qid in enumerate(qids)}
    member_question = np.full(len(members), -1, dtype=np.intp)
    member_code = np.zeros(len(members), dtype=np.intp)
    for m, (qid, key) in enumerate(members):
        if qid not in position:
            continue
        outcome = _outcome(bank, qid, ranges[qid], _raw(key), nothings[qid])
        code = numbered[qid].get(outcome)
        if code is None:
            code = numbered[qid][outcome] = len(outcomes[qid])
            outcomes[qid].append(outcome)
        member_question[m], member_code[m] = position[qid], code
    # the codes, questions x attempts, written member by member (members of no question of the bank: a spare row)
    codes = np.zeros((len(qids) + 1, n), dtype=np.intp)
    member_question[member_question < 0] = len(qids)
    codes.ravel()[(member_question * n)[ids] + rows] = member_code[ids]
    # which questions each attempt was asked: its sections' (the same for every attempt of these sections), else
    # the questions it answered, which are the only ones with a code
    by_sections: dict[tuple[str, ...], list[int]] = {}
    for a, taken in enumerate(takens):
        by_sections.setdefault(taken.sections, []).append(a)
    asked_count = np.zeros(len(qids), dtype=np.int64)
    answered_only: list[int] = []
    for sections, attempts in by_sections.items():
        if not any(s in bank.sections for s in sections):
            answered_only += attempts
            continue
        asked = _asked(bank, takens[attempts[0]])
        unasked = [i for i, qid in enumerate(qids) if qid not in asked]
        if len(attempts) == n:
            codes[unasked] = 0
        elif unasked:
            codes[np.ix_(unasked, attempts)] = 0
        asked_count += np.array([qid in asked for qid in qids]) * len(attempts)
    if answered_only:
        answered = np.zeros(n, dtype=bool)
        answered[answered_only] = True
        questions = member_question[ids]
        asked_count += np.bincount(questions[answered[rows]], minlength=len(qids) + 1)[:-1]
    for i, qid in enumerate(qids):
        comps, found = ranges[qid], outcomes[qid]
        column = codes[i]
        counts = np.bincount(column, minlength=len(found)).tolist()
        out.codes[qid], out.counts[qid] = column, counts
        not_yet = sum(c for o, c in zip(found, counts, strict=True) if o[3])
        for j, comp in enumerate(comps):
            out.asked[(qid, comp)] = int(asked_count[i])
            out.not_yet[(qid, comp)] = not_yet
            out.earned[(qid, comp)] = [o[0][j] for o in found]
            out.possible[(qid, comp)] = [o[1][j] for o in found]
        if bank.questions[qid].type is QuestionType.SCENARIO:
            picks: Counter[tuple[str, str]] = Counter()
            for outcome, count in zip(found, counts, strict=True):
                for pick in outcome[2]:
                    picks[pick] += count
            out.picks[qid] = picks
    return out


def _nothing(size: int) -> Outcome:
    return (0.0,) * size, (0.0,) * size, (), False


def _members(takens: Sequence[Taken]) -> tuple[Any, Any, list[tuple[str, Any]]]:
    """Every answer of ``takens`` as a member: the attempt's number (``rows``), the member's number (``ids``) and
    the distinct members, each as (question id, key of the raw answer: see :func:`_keys`).

    Answers read from a store are split from their digest text (:class:`~cs_quiz.stats.sample.StoredAnswers`): a
    member is then the digest's text of one answer, numbered by a dict that hands out each number as 4 bytes, so
    an attempt's members become one bytes string read by numpy as is; 1.5 million answers cost one split and one
    look-up each, and only the few thousand distinct ones are parsed."""
    import numpy as np

    digests = [t.answers.digest for t in takens if isinstance(t.answers, StoredAnswers)]
    if len(digests) == len(takens):
        index = _Numbering()
        get = index.__getitem__
        numbers: list[bytes] = []
        lengths: list[int] = []
        for digest in digests:
            parts = digest.split(MEMBER_SEP) if digest else []
            numbers.append(b"".join(map(get, parts)))
            lengths.append(len(parts))
        rows = np.repeat(np.arange(len(takens), dtype=np.intp), lengths)
        ids = np.frombuffer(b"".join(numbers), dtype="<u4").astype(np.intp)
        return rows, ids, [_member(part) for part in index]
    keys: dict[tuple[str, Any], int] = {}
    found: list[int] = []
    sizes: list[int] = []
    for taken in takens:
        answers = _keys(taken.answers)
        found += [keys.setdefault(member, len(keys)) for member in answers.items()]
        sizes.append(len(answers))
    rows = np.repeat(np.arange(len(takens), dtype=np.intp), sizes)
    return rows, np.array(found, dtype=np.intp), list(keys)


class _Numbering(dict[str, bytes]):
    """Member text -> its number (in first-seen order) as 4 little-endian bytes, numbered on first look-up."""

    def __missing__(self, key: str) -> bytes:
        number = self[key] = len(self).to_bytes(4, "little")
        return number


def _member(part: str) -> tuple[str, str]:
    """(question id, answer JSON text) of one answer's digest text."""
    qid, _, value = part.partition(VALUE_SEP)
    return json.loads(qid), value


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
