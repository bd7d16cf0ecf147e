"""Evaluate and explain the condition mappings of a bank (docs/question-format.md, "Conditions").

A condition is the plain mapping the loader validated, e.g. ``{"competency": "data", "below": 50}`` or
``{"all": [...]}``. Career stages, advice rules and certification eligibility all use them.

Missing data is *unknown*, never false: a competency with not enough answers, a readiness that could not
be scored, or an unanswered profile question makes its leaf unknown, and unknowns combine as in three-valued
(Kleene) logic — ``all`` is false as soon as one part is false, ``any`` is true as soon as one part is
true, ``not`` of unknown is unknown. :func:`holds` is true only when the result is *known* true, so missing
data never triggers advice, not even through ``not``. ``{profile: q, answered: ...}`` is known whenever the
section(s) taken ask ``q``; a question they never ask is unknown, so nobody is told "you have not answered" it.

Readiness conditions compare the rounded readiness score (the number the person is shown and the band is
picked from); competency conditions compare the unrounded competency score. A profile condition with
several tests (``{profile: years-cs, at_least: 3, below: 10}``) holds when every test does.

Pure functions, no Qt. A mapping of an unexpected shape raises :class:`ValueError` (the loader should have
refused it, so this is a programming error, not a user error).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from cs_quiz.bank import conditions as grammar
from cs_quiz.bank.model import Bank, Condition, Question
from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.results import Answers, Param, ScoreResult, Text

Truth = bool | None  # True, False, or None for unknown (data missing)

_COMPARISONS = tuple(k for k, kind in grammar.TESTS.items() if kind is grammar.NUMBER)  # below, at_least
_PROFILE_OPS = grammar.SUBJECTS["profile"].tests


@dataclass(frozen=True)
class Context:
    """What a condition is evaluated against: the bank, its score result and the raw answers
    (question id -> answer; absent or None means unanswered)."""

    bank: Bank
    result: ScoreResult
    answers: Answers
    stage: str | None = None  # the career stage placed (advice rules and specialisations may ask it)
    gaps: tuple[str, ...] | None = None  # the gap competencies the result names; None: not worked out (unknown)

    @cached_property
    def _asked_ids(self) -> frozenset[str] | None:
        """The questions of the section(s) taken, worked out once per context (None: no known section)."""
        sections = [s for s in self.result.sections if s in self.bank.sections]
        return frozenset(self.bank.section_questions(sections)) if sections else None

    def asked(self, qid: str) -> bool:
        """Whether the section(s) taken ask ``qid``: a question never asked is unknown, not "unanswered"."""
        return self._asked_ids is None or qid in self._asked_ids


def evaluate(cond: Condition, ctx: Context) -> Truth:
    """Three-valued truth of ``cond``: True, False, or None when the data it needs is missing."""
    return _eval(_check(cond), ctx)


def holds(cond: Condition, ctx: Context) -> bool:
    """Whether ``cond`` is known to be true. Unknown (missing data) counts as not holding."""
    return evaluate(cond, ctx) is True


def reasons(cond: Condition, ctx: Context) -> list[Text]:
    """The plain-English facts that make a holding ``cond`` true, in condition order and each once, e.g.
    ``["your Data & metrics score is 42, below 50"]``. For ``any``: the reasons of its first true branch; for
    ``all``: the reasons of every part. Empty when ``cond`` does not hold."""
    if not holds(cond, ctx):
        return []
    return list(dict.fromkeys(_explain(cond, ctx, True)))


# --- shape checking ---------------------------------------------------------------------------------------


def _check(cond: Any) -> Mapping[str, Any]:
    """``cond`` if it has a shape the grammar allows (its own keys only; parts are checked when reached)."""
    if not isinstance(cond, Mapping) or not cond:
        raise ValueError(f"a condition must be a non-empty mapping, not {cond!r}")
    unknown = [k for k in cond if k not in grammar.KEYS]
    if unknown:
        raise ValueError(f"unknown condition key(s) {unknown} in {dict(cond)!r}")
    if any(k in cond for k in grammar.COMBINATORS):
        problem = grammar.combinator_problem(cond, authored=False)
    else:
        problem = next((sentence for _, sentence in grammar.leaf_problems(cond, authored=False)), None)
    if problem:
        raise ValueError(f"{problem}: {dict(cond)!r}")
    return cond


def _number(value: Any, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{what}: expects a number, not {value!r}")
    return float(value)


# --- evaluation -------------------------------------------------------------------------------------------


def _eval(cond: Mapping[str, Any], ctx: Context) -> Truth:
    if "all" in cond:
        parts = [_eval(_check(c), ctx) for c in cond["all"]]
        return False if False in parts else (None if None in parts else True)
    if "any" in cond:
        parts = [_eval(_check(c), ctx) for c in cond["any"]]
        return True if True in parts else (None if None in parts else False)
    if "not" in cond:
        inner = _eval(_check(cond["not"]), ctx)
        return None if inner is None else not inner
    if "band" in cond:
        band = ctx.result.readiness.band
        return None if band is None else band in _band_ids(cond)
    if "stage" in cond:
        return None if ctx.stage is None else ctx.stage in _ids(cond["stage"])
    if "profile" in cond:
        return _eval_profile(cond, ctx)
    if "eligible" in cond:
        rule = _eligibility(cond, ctx)
        return None if rule is None else _eval(_check(rule), ctx)
    value = _measure(cond, ctx)
    if "gap" in cond:
        if value is None or ctx.gaps is None:
            return None
        return (cond["competency"] in ctx.gaps) == cond["gap"] and _compare(value, cond)
    return None if value is None else _compare(value, cond)


def _eligibility(cond: Mapping[str, Any], ctx: Context) -> Condition | None:
    """The ``eligible_when`` of the certification an ``{eligible: id}`` names; None when it has none (unknown)."""
    cert = ctx.bank.certifications.get(cond["eligible"])
    return None if cert is None else cert.eligible_when


def _compare(value: float, cond: Mapping[str, Any]) -> bool:
    ok = True
    if "at_least" in cond:
        ok = ok and value >= float(cond["at_least"])
    if "below" in cond:
        ok = ok and value < float(cond["below"])
    return ok


def _measure(cond: Mapping[str, Any], ctx: Context) -> float | None:
    """The number a competency or readiness condition compares; None when it could not be scored."""
    if "competency" in cond:
        cid = cond["competency"]
        if cid not in ctx.bank.competencies:
            raise ValueError(f"competency {cid!r} is not in the bank")
        return ctx.result.score_of(cid)
    rounded = ctx.result.readiness.rounded
    return None if rounded is None else float(rounded)


def _band_ids(cond: Mapping[str, Any]) -> tuple[str, ...]:
    return _ids(cond["band"])


def _ids(value: str | Sequence[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _question(cond: Mapping[str, Any], ctx: Context) -> Question:
    qid = cond["profile"]
    q = ctx.bank.questions.get(qid)
    if q is None:
        raise ValueError(f"profile question {qid!r} is not in the bank")
    return q


def _answer(q: Question, ctx: Context) -> Any:
    return ctx.answers.get(q.id)


def _profile_tests(cond: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    """A profile condition with several tests split into one condition per test (at_least and below stay
    together: they are one range); None when it has a single test."""
    ops = [op for op in _PROFILE_OPS if op in cond and op not in _COMPARISONS]
    comparisons = {op: cond[op] for op in _COMPARISONS if op in cond}
    parts = [{"profile": cond["profile"], op: cond[op]} for op in ops]
    if comparisons:
        parts.append({"profile": cond["profile"], **comparisons})
    return parts if len(parts) > 1 else None


def _eval_profile(cond: Mapping[str, Any], ctx: Context) -> Truth:
    tests = _profile_tests(cond)
    if tests is not None:
        return _eval({"all": tests}, ctx)
    q = _question(cond, ctx)
    answer = _answer(q, ctx)
    if answer is None and not ctx.asked(q.id):
        return None  # never asked: nothing is known, not even that it was left unanswered
    if "answered" in cond:
        return (answer is not None) == cond["answered"]
    if answer is None:
        return None
    if "is" in cond:
        return _choice(q, answer) == cond["is"]
    if "in" in cond:
        return _choice(q, answer) in tuple(cond["in"])
    if "includes" in cond:
        return cond["includes"] in _choices(q, answer)
    return _compare(_amount(q, answer), cond)


def _choice(q: Question, answer: Any) -> str:
    if not isinstance(answer, str):
        raise ValueError(f"answer to {q.id!r} should be an option id, not {answer!r}")
    return answer


def _choices(q: Question, answer: Any) -> tuple[str, ...]:
    if isinstance(answer, str) or not isinstance(answer, Sequence) or any(not isinstance(a, str) for a in answer):
        raise ValueError(f"answer to {q.id!r} should be a list of option ids, not {answer!r}")
    return tuple(answer)


def _amount(q: Question, answer: Any) -> float:
    return _number(answer, f"answer to {q.id!r}")


# --- explanation ------------------------------------------------------------------------------------------


def _explain(cond: Condition, ctx: Context, truth: bool) -> list[Text]:
    """Facts showing that ``cond`` evaluates to ``truth`` (the caller made sure it does). Negation is pushed
    down (De Morgan), so ``not`` explains its part being false and leaves state the fact plainly."""
    c = _check(cond)
    if "not" in c:
        return _explain(c["not"], ctx, not truth)
    if "all" in c or "any" in c:
        parts = c["all"] if "all" in c else c["any"]
        every = ("all" in c) == truth  # all-true or any-false: every part counts; else the first decisive one
        if every:
            return [r for part in parts for r in _explain(part, ctx, truth)]
        for part in parts:
            if _eval(_check(part), ctx) is truth:
                return _explain(part, ctx, truth)
        return []
    if "band" in c:
        band = ctx.result.readiness.band
        name = ctx.result.readiness.band_name or _band_name(ctx, band)
        return [Text.of(msg.BAND_IS, band=name)]
    if "stage" in c:
        return [Text.of(msg.STAGE_IS, stage=_stage_name(ctx, ctx.stage))]
    if "profile" in c:
        tests = _profile_tests(c)
        return _explain({"all": tests}, ctx, truth) if tests else [_explain_profile(c, ctx, truth)]
    if "eligible" in c:  # the facts that make the person (not) eligible
        rule = _eligibility(c, ctx)
        return [] if rule is None else _explain(rule, ctx, truth)
    value = _measure(c, ctx)
    assert value is not None  # the caller checked the condition is known
    shown = format_score(value, c.get("at_least"), c.get("below"))
    if "competency" in c:
        name = ctx.bank.competencies[c["competency"]].name
        said = []
        if "gap" in c:
            is_gap = (c["competency"] in (ctx.gaps or ())) if truth else not c["gap"]
            said.append(Text.of(msg.IS_GAP if is_gap else msg.NOT_GAP, name=name, value=shown))
        if "below" in c or "at_least" in c:
            said.append(_relation(value, c, truth, _COMPETENCY, name=name, value=shown))
        return said
    return [_relation(value, c, truth, _READINESS, value=shown)]


_COMPETENCY = (msg.COMPETENCY_BELOW, msg.COMPETENCY_AT_LEAST, msg.COMPETENCY_BETWEEN)
_READINESS = (msg.READINESS_BELOW, msg.READINESS_AT_LEAST, msg.READINESS_BETWEEN)
_AMOUNT = (msg.AMOUNT_BELOW, msg.AMOUNT_AT_LEAST, msg.AMOUNT_BETWEEN)


def _band_name(ctx: Context, band_id: str | None) -> str:
    for b in ctx.bank.bands:
        if b.id == band_id:
            return b.name
    return str(band_id)


def _stage_name(ctx: Context, stage_id: str | None) -> str:
    for s in ctx.bank.stages:
        if s.id == stage_id:
            return s.name
    return str(stage_id)


def _relation(
    measured: float, cond: Mapping[str, Any], truth: bool, templates: tuple[str, str, str], **params: Param
) -> Text:
    """The fact with its relation: "below 50" when true; when false, the opposite fact ("at least 50").
    ``templates`` are the below, at-least and between forms of the sentence."""
    below, at_least, between = templates
    low, high = cond.get("at_least"), cond.get("below")
    if truth:
        if low is not None and high is not None:
            return Text.of(between, **params, low=_num(low), high=_num(high))
        if low is not None:
            return Text.of(at_least, **params, limit=_num(low))
        return Text.of(below, **params, limit=_num(high))
    if low is not None and measured < float(low):
        return Text.of(below, **params, limit=_num(low))
    return Text.of(at_least, **params, limit=_num(high))


def format_score(value: float, *limits: float | None) -> int | float:
    """A score for people: a whole number (rounded half up), unless that would contradict a comparison with
    one of ``limits`` (49.6 "below 50" must not read as 50) — then one decimal, rounded away from the limit
    (49.96 reads 49.9, not 50.0)."""
    whole = math.floor(value + 0.5)
    for limit in limits:
        if limit is not None and (value < float(limit)) != (whole < float(limit)):
            tenths = math.floor(value * 10) if value < float(limit) else math.ceil(value * 10)
            return round(tenths / 10, 1)
    return int(whole)


def _num(value: Any) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


def _explain_profile(cond: Mapping[str, Any], ctx: Context, truth: bool) -> Text:
    q = _question(cond, ctx)
    answer = _answer(q, ctx)
    asked = q.text.strip()
    if "answered" in cond:
        return Text.of(msg.ANSWERED if answer is not None else msg.NOT_ANSWERED, question=asked)
    if "includes" in cond:
        option = _option_text(q, cond["includes"])
        return Text.of(msg.INCLUDES if truth else msg.NOT_INCLUDES, question=asked, option=option)
    if "is" in cond or "in" in cond:
        return Text.of(msg.CHOICE_IS, question=asked, option=_option_text(q, _choice(q, answer)))
    amount = _amount(q, answer)
    shown: Param = Text.of(msg.AMOUNT_WITH_UNIT, value=_num(amount), unit=q.unit) if q.unit else _num(amount)
    return _relation(amount, cond, truth, _AMOUNT, question=asked, amount=shown)


def _option_text(q: Question, option_id: str) -> str:
    option = q.option(option_id)
    return option.text if option is not None else option_id
