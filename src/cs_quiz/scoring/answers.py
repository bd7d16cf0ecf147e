"""Checking answers against a bank: the one place that decides what a valid answer looks like.

Answers arrive from the session, from saved attempts and from answer files a person typed (``cs-quiz score``),
so they are normalised here once and everything downstream (scoring, advice) can trust their shape. The normal
forms are the ones :mod:`cs_quiz.scoring.results` documents for :data:`~cs_quiz.scoring.results.Answers`:

- likert -> ``int``, a value of the question's scale;
- single and profile choice -> an option id (``str``);
- multi and profile multi -> ``list[str]`` of distinct option ids, in the question's option order (may be
  empty: "none of these" is an answer);
- scenario -> ``{"best": id, "worst": id}`` holding only the keys the question asks for (either may be
  missing, but not both, and not the same option twice);
- profile number -> ``int`` or ``float`` within the question's bounds.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cs_quiz.bank.model import NOT_YET, Bank, ProfileInput, Question, QuestionType, Scale
from cs_quiz.scoring.results import Answer, Answers


@dataclass(frozen=True)
class AnswerProblem:
    """An answer that cannot be used. ``message`` is plain English naming the question and the bad value."""

    question: str
    message: str

    def __str__(self) -> str:
        return self.message


class AnswerError(ValueError):
    """Raised by code that needs valid answers (e.g. :func:`cs_quiz.scoring.scores.score`) when some are not."""

    def __init__(self, problems: Sequence[AnswerProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(p.message for p in self.problems))


class _Bad(Exception):
    """An answer does not fit its question; the text completes "Question 'x': ..."."""


def check_answers(bank: Bank, raw: Mapping[str, Any]) -> tuple[Answers, list[AnswerProblem]]:
    """Normalise ``raw`` (question id -> answer) against ``bank``.

    Returns the valid answers in normal form, in the bank's question order, and one problem per unusable
    entry, in the order of ``raw``. ``None`` means unanswered and is dropped silently; so is a scenario answer
    with no pick. A bad answer never spoils the others: every valid one is returned even when there are
    problems. Lenient where it is unambiguous: ``"4"`` and ``4.0`` are the likert value 4, a lone option id is
    a one-item multi-select, and a lone option id for a scenario is the "best" pick when "best" is asked.
    Never raises.
    """
    kept: dict[str, Answer] = {}
    problems: list[AnswerProblem] = []
    for qid, value in raw.items():
        if not isinstance(qid, str):
            problems.append(AnswerProblem(str(qid), f"{qid!r} is not a question id: ids are text."))
            continue
        question = bank.questions.get(qid)
        if question is None:
            hint = _did_you_mean(qid, bank.questions)
            problems.append(AnswerProblem(qid, f"There is no question '{qid}' in bank '{bank.meta.id}'{hint}."))
            continue
        if value is None:
            continue
        try:
            normal = _normalise(bank, question, value)
        except _Bad as bad:
            problems.append(AnswerProblem(qid, f"Question '{qid}': {bad}"))
            continue
        if normal is not None:
            kept[qid] = normal
    ordered = {qid: kept[qid] for qid in bank.questions if qid in kept}
    return ordered, problems


def _normalise(bank: Bank, q: Question, value: Any) -> Answer:
    if q.type is QuestionType.LIKERT:
        return _likert(bank, q, value)
    if q.type is QuestionType.SINGLE:
        return _option_id(q, value)
    if q.type is QuestionType.MULTI:
        return _option_ids(q, value)
    if q.type is QuestionType.SCENARIO:
        return _scenario(q, value)
    if q.type is QuestionType.REFLECTION:
        return _reflection(q, value)
    if q.input is ProfileInput.CHOICE:
        return _option_id(q, value)
    if q.input is ProfileInput.MULTI:
        return _option_ids(q, value)
    if q.input is ProfileInput.NUMBER:
        return _number(q, value)
    raise _Bad(f"the bank gives this profile question no input kind, so no answer fits (got {value!r}).")


def _reflection(q: Question, value: Any) -> str | None:
    """A person's own words: text, trimmed, with line breaks kept and other control characters dropped; nothing
    written is no answer. Longer than the question allows is refused, never cut (nothing a person wrote is lost
    silently)."""
    if not isinstance(value, str):
        raise _Bad(f"{value!r} is not text; a reflection is written in words.")
    text = "".join(ch for ch in value if ch in "\n\t" or ch.isprintable()).strip()
    if len(text) > q.max_length:
        raise _Bad(f"the text has {len(text):,} characters; this question takes at most {q.max_length:,}.")
    return text or None


def _likert(bank: Bank, q: Question, value: Any) -> int | str:
    scale = bank.scales.get(q.scale or "")
    if scale is None:
        raise _Bad(f"the question has no scale in this bank, so {value!r} cannot be checked.")
    if value == NOT_YET and scale.not_yet:
        return NOT_YET
    values = [p.value for p in scale.points]
    n = _whole_number(value)
    if n is None and isinstance(value, str):  # the words of a point ("Very accurate") mean its number
        n = next((p.value for p in scale.points if p.label.casefold() == value.strip().casefold()), None)
    if n is None or n not in values:
        raise _Bad(f"{value!r} is not one of this statement's answers: {_choices(scale)}.")
    return n


def _choices(scale: Scale) -> str:
    """The answers a scale takes, in words: "use a number from 1 (Very inaccurate) to 5 (Very accurate)"."""
    first, last = scale.points[0], scale.points[-1]
    values = [p.value for p in scale.points]
    if last.value - first.value == len(values) - 1 and values == list(range(first.value, last.value + 1)):
        said = f"use a number from {first.value} ({first.label}) to {last.value} ({last.label})"
    else:
        said = "use one of " + ", ".join(f"{p.value} ({p.label})" for p in scale.points)
    return said + (f", or {NOT_YET} ({scale.not_yet})" if scale.not_yet else "")


def _whole_number(value: Any) -> int | None:
    """``value`` as an int when it is one unambiguously (4, 4.0, "4", " 4.0 "), else None. Booleans are
    not."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = _parse_number(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def _parse_number(text: str) -> int | float | None:
    text = text.strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return None


def _option_id(q: Question, value: Any) -> str:
    if not isinstance(value, str):
        raise _Bad(f"{value!r} is not an option id; pick one of {_listing(o.id for o in q.options)}.")
    if q.option(value) is None:
        hint = _did_you_mean(value, [o.id for o in q.options])
        choices = "" if hint else f" (options: {_listing(o.id for o in q.options)})"
        raise _Bad(f"there is no option '{value}'{hint}{choices}.")
    return value


def _option_ids(q: Question, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple, set, frozenset)):
        raise _Bad(f"{value!r} is not a list of option ids.")
    picked = [_option_id(q, v) for v in value]
    duplicates = sorted({v for v in picked if picked.count(v) > 1})
    if duplicates:
        raise _Bad(f"option {_listing(duplicates)} is chosen more than once.")
    alone = [o.id for o in q.options if o.exclusive and o.id in picked]
    if alone and len(picked) > 1:
        raise _Bad(f"option '{alone[0]}' is chosen with others, but it is meant to be chosen alone.")
    return [o.id for o in q.options if o.id in picked]


def _scenario(q: Question, value: Any) -> dict[str, str] | None:
    if isinstance(value, str):
        if "best" not in q.ask:
            raise _Bad(f"this question asks only for the worst response; write {{worst: {value}}}, not '{value}'.")
        value = {"best": value}
    if not isinstance(value, Mapping):
        raise _Bad(f"{value!r} is not a pick; write {{best: option, worst: option}}.")
    picks: dict[str, str] = {}
    for role, pick in value.items():
        if role not in q.ask:
            asked = " and ".join(f"'{a}'" for a in q.ask)
            raise _Bad(f"'{role}' is not asked here (this question asks for {asked}).")
        if pick is not None:
            picks[role] = _option_id(q, pick)
    if "best" in picks and picks.get("best") == picks.get("worst"):
        raise _Bad(f"option '{picks['best']}' cannot be both the best and the worst response.")
    if not picks:
        return None
    return {role: picks[role] for role in q.ask if role in picks}


def _number(q: Question, value: Any) -> int | float:
    number: Any = _parse_number(value) if isinstance(value, str) else value
    if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number):
        raise _Bad(f"{value!r} is not a number.")
    unit = f" {q.unit}" if q.unit else ""
    if q.minimum is not None and number < q.minimum:
        raise _Bad(f"{value!r} is below the minimum of {q.minimum:g}{unit}.")
    if q.maximum is not None and number > q.maximum:
        raise _Bad(f"{value!r} is above the maximum of {q.maximum:g}{unit}.")
    return number


def _did_you_mean(word: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _listing(ids: Iterable[str]) -> str:
    return ", ".join(f"'{i}'" for i in ids)
