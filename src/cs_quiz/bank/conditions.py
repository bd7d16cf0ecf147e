"""The grammar of a condition (docs/question-format.md, "Conditions"), declared once.

A condition is a mapping: a *subject* (``competency``, ``readiness``, ``band``, ``stage``, ``profile`` or
``eligible``) with the *tests* that subject takes (``{competency: data, below: 50}``), or a combinator over
conditions (``all``, ``any``, ``not``). Everything that reads conditions derives from the declarations here: the
bank checker (:mod:`cs_quiz.bank.check`, which adds file positions), the evaluator
(:mod:`cs_quiz.scoring.conditions`, which refuses a shape the checker would have refused) and the JSON Schema editors
use (:func:`json_schema`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


def _number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _text(v: Any) -> bool:
    return isinstance(v, str)


def _texts(v: Any) -> bool:
    return isinstance(v, (list, tuple)) and all(isinstance(x, str) for x in v)


@dataclass(frozen=True)
class Kind:
    """What a key's value must be: a check, the sentence when it is not, and its JSON Schema. ``evaluable`` is
    the looser check of what can still be evaluated (an empty list of bands is simply never matched), for
    conditions that do not come from a bank file; a bank must say what it means."""

    accepts: Callable[[Any], bool]
    problem: str  # "{key}" is replaced by the key
    schema: dict[str, Any]
    evaluable: Callable[[Any], bool] | None = None


NUMBER = Kind(_number, "'{key}' must be a number", {"type": "number"})
BOOL = Kind(lambda v: isinstance(v, bool), "'{key}' must be true or false", {"type": "boolean"})
OPTION = Kind(_text, "'{key}' must be an option id", {"type": "string"})
OPTIONS = Kind(_texts, "'{key}' must be a list of option ids", {"type": "array", "items": {"type": "string"}})
COMPETENCY = Kind(_text, "'{key}' takes a competency id", {"type": "string"})
QUESTION = Kind(_text, "'{key}' takes a profile question id", {"type": "string"})
CERTIFICATION = Kind(_text, "'{key}' takes a certification id", {"type": "string"})
TRUE = Kind(lambda v: v is True, "write 'readiness: true' and then below or at_least", {"const": True})
BANDS = Kind(
    lambda v: _text(v) or (_texts(v) and len(v) > 0),
    "'band' takes a band id or a non-empty list of band ids",
    {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
    evaluable=lambda v: _text(v) or _texts(v),
)
STAGES = Kind(
    lambda v: _text(v) or (_texts(v) and len(v) > 0),
    "'stage' takes a career stage id or a non-empty list of stage ids",
    {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]},
    evaluable=lambda v: _text(v) or _texts(v),
)

# The tests, each with the kind of value it compares against.
TESTS: dict[str, Kind] = {
    "below": NUMBER,
    "at_least": NUMBER,
    "is": OPTION,
    "in": OPTIONS,
    "includes": OPTION,
    "answered": BOOL,
    "gap": BOOL,
}


@dataclass(frozen=True)
class Subject:
    key: str
    value: Kind
    tests: tuple[str, ...]  # the tests it takes; a subject with tests needs at least one


SUBJECTS: dict[str, Subject] = {
    s.key: s
    for s in (
        # Compares the unrounded competency score; gap: whether it is one of the gaps the result names.
        Subject("competency", COMPETENCY, ("below", "at_least", "gap")),
        Subject("readiness", TRUE, ("below", "at_least")),  # compares the readiness shown (rounded)
        Subject("band", BANDS, ()),
        # The career stage the person is placed at. Only advice rules and specialisations may ask it: the stage
        # is worked out from conditions itself, before them.
        Subject("stage", STAGES, ()),
        Subject("profile", QUESTION, ("is", "in", "includes", "below", "at_least", "answered")),
        # Whether the answers meet a certification's eligible_when, so rules need not repeat it.
        Subject("eligible", CERTIFICATION, ()),
    )
}
COMBINATORS = ("all", "any", "not")  # all/any: a non-empty list of conditions; not: one condition
KEYS = (*SUBJECTS, *TESTS, *COMBINATORS)
ONE_OF = ", ".join((*SUBJECTS, *COMBINATORS))


def combinator_problem(cond: Mapping[str, Any], *, authored: bool = True) -> str | None:
    """For a mapping holding a combinator: what is wrong with its shape (its parts are checked on their own).
    ``authored=False`` (evaluating): an empty ``all`` holds and an empty ``any`` does not, as in logic."""
    for key in ("all", "any"):
        if key in cond:
            parts = cond[key]
            if len(cond) != 1 or not isinstance(parts, (list, tuple)) or (authored and not parts):
                return f"'{key}' takes a non-empty list of conditions and nothing else"
    if "not" in cond and len(cond) != 1:
        return "'not' takes one condition and nothing else"
    return None


def leaf_problems(cond: Mapping[str, Any], *, authored: bool = True) -> list[tuple[str | None, str]]:
    """The problems of a condition without a combinator, each as (the key at fault, or None for the whole
    condition; the sentence). Keys are known to be in :data:`KEYS`. ``authored=False``: see :class:`Kind`."""
    subjects = [SUBJECTS[k] for k in cond if k in SUBJECTS]
    if len(subjects) != 1:
        return [(None, f"a condition needs exactly one of {ONE_OF}")]
    subject = subjects[0]
    tests = [k for k in cond if k != subject.key]
    if any(t not in subject.tests for t in tests) or (subject.tests and not tests):
        need = ", ".join(subject.tests) if subject.tests else "nothing else"
        return [(None, f"a '{subject.key}' condition takes {need}")]
    problems: list[tuple[str | None, str]] = [
        (t, TESTS[t].problem.format(key=t)) for t in tests if not TESTS[t].accepts(cond[t])
    ]
    check = subject.value.accepts if authored else (subject.value.evaluable or subject.value.accepts)
    if not check(cond[subject.key]):
        problems.append((subject.key, subject.value.problem.format(key=subject.key)))
    return problems


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a condition, to sit in the bank schema's ``$defs`` as ``condition``."""
    properties: dict[str, Any] = {k: s.value.schema for k, s in SUBJECTS.items()}
    properties |= {k: kind.schema for k, kind in TESTS.items()}
    ref = {"$ref": "#/$defs/condition"}
    properties |= {
        "all": {"type": "array", "items": ref, "minItems": 1},
        "any": {"type": "array", "items": ref, "minItems": 1},
    }
    properties["not"] = ref
    return {"type": "object", "minProperties": 1, "properties": properties, "additionalProperties": False}
