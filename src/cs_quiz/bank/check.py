"""Find every problem in a parsed bank file: structure first (types, required and unknown fields, from
:mod:`cs_quiz.bank.fields`), then the references between ids, bands and scenario keys.

Works on the :class:`~cs_quiz.bank.yamlsafe.LDict`/``LList`` values from :mod:`cs_quiz.bank.yamlsafe` so each
problem has a
line and column. Every check is defensive about shapes the structural pass already reported, so one mistake gives
one message, not a cascade.
"""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cs_quiz.bank import conditions as grammar
from cs_quiz.bank.fields import BANK, ID_PATTERN, SCALARS, Enum, Field, ListOf, MapOf, Obj
from cs_quiz.bank.yamlsafe import LDict, LList, Position

_ID = re.compile(ID_PATTERN)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Issue:
    line: int
    column: int
    field: str  # dotted path, e.g. questions[4].options[0].scores
    message: str


def suggest(name: str, candidates: Iterable[str]) -> str:
    """'; did you mean 'x'?' for the closest candidate, or ''. A slip of case alone is the likeliest: ``e`` for
    ``E``, ``Es`` for ``ES`` (not ``E``), so a candidate equal to ``name`` but for case comes first; otherwise the
    closest by spelling, case aside."""
    by_fold: dict[str, str] = {}
    for c in candidates:
        by_fold.setdefault(c.casefold(), c)
    folded = name.casefold()
    if folded in by_fold and by_fold[folded] != name:
        return f"; did you mean '{by_fold[folded]}'?"
    close = difflib.get_close_matches(folded, list(by_fold), n=1, cutoff=0.6)
    return f"; did you mean '{by_fold[close[0]]}'?" if close else ""


def vpos(container: Any, key: Any, default: Position = (1, 1)) -> Position:
    """Where the value under ``key`` (a mapping key or list index) starts."""
    if isinstance(container, LDict):
        return container.val_pos.get(key, container.pos)
    if isinstance(container, LList) and isinstance(key, int) and key < len(container.item_pos):
        return container.item_pos[key]
    return default


# What one item of each list is called in messages: "question 'q1', field 'type'", not "questions[0].type".
SINGULAR = {
    "questions": "question",
    "options": "option",
    "sections": "section",
    "competencies": "competency",
    "bands": "band",
    "scales": "scale",
    "values": "value",
    "advice": "rule",
    "caps": "cap",
    "certifications": "certification",
    "associations": "association",
    "career_path": "stage",
    "specialisations": "specialisation",
    "actions": "action",
    "sources": "source",
    "pairs": "pair",
    "contradictions": "contradiction",
    "all": "condition",
    "any": "condition",
}
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def where(root: Any, path: str) -> str:
    """A dotted path in words, naming items by their ids: ``questions[0].options[1].text`` in a bank whose first
    question is q1 -> "question 'q1', option 'b', field 'text'"; an item without an id by its place ("value 3")."""
    steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
    words: list[str] = []
    node: Any = root
    for n, (key, index) in enumerate(steps):
        last = n == len(steps) - 1
        if index is not None:
            continue
        following = steps[n + 1][1] if n + 1 < len(steps) else None
        node = node.get(key) if isinstance(node, LDict) else None
        if following is not None:
            i = int(following)
            item = node[i] if isinstance(node, LList) and i < len(node) else None
            ident = item.get("id") if isinstance(item, LDict) else None
            name = SINGULAR.get(key, key)
            words.append(f"{name} '{ident}'" if isinstance(ident, str) else f"{name} {i + 1}")
            node = item
        elif last:
            words.append(f"field '{key}'")
        else:
            words.append(key)
    return ", ".join(words)


class Checker:
    def __init__(self, root: Any = None) -> None:
        self.issues: list[Issue] = []
        self.root = root

    def _label(self, path: str) -> str:
        """Where ``path`` is, in words (:func:`where`), for the start of a message."""
        return where(self.root, path) if path else ""

    def add(self, pos: Position, path: str, message: str) -> None:
        self.issues.append(Issue(pos[0], pos[1], path, message))

    # ---- structure -------------------------------------------------------------------------------------------
    def structure(self, value: Any, spec: Any, pos: Position, path: str) -> bool:
        """Check ``value`` against ``spec``; False when its type is wrong (children are not checked then)."""
        if isinstance(spec, str):
            return self._scalar(value, spec, pos, path)
        if isinstance(spec, Enum):
            if value not in spec.values:
                shown = f"'{value}'" if isinstance(value, str) else repr(value)
                self.add(
                    pos,
                    path,
                    f"{self._label(path)} is {shown}; it must be one of {', '.join(spec.values)}"
                    + (suggest(value, spec.values) if isinstance(value, str) else ""),
                )
                return False
            return True
        if isinstance(spec, ListOf):
            if not isinstance(value, LList):
                self.add(pos, path, f"{self._label(path)} must be a list (items start with '- ')")
                return False
            if len(value) < spec.min_items:
                self.add(pos, path, f"{self._label(path)} needs at least {spec.min_items} item(s), it has {len(value)}")
            if spec.max_items is not None and len(value) > spec.max_items:
                self.add(
                    pos, path, f"{self._label(path)} has {len(value):,} items; at most {spec.max_items:,} are allowed"
                )
                return False
            for i, item in enumerate(value):
                self.structure(item, spec.item, value.item_pos[i], f"{path}[{i}]")
            return True
        if isinstance(spec, MapOf):
            if not isinstance(value, LDict):
                self.add(pos, path, f"{self._label(path)} must be a mapping of ids to values, like {{data: 2}}")
                return False
            for key, item in value.items():
                if not _ID.match(key):
                    self.add(value.key_pos[key], f"{path}.{key}", f"'{key}' is not a valid id")
                self.structure(item, spec.value, value.val_pos[key], f"{path}.{key}")
            return True
        if isinstance(spec, Obj):
            return self._object(value, spec, pos, path)
        raise TypeError(spec)  # pragma: no cover - a mistake in fields.py

    def _object(self, value: Any, spec: Obj, pos: Position, path: str) -> bool:
        if not isinstance(value, LDict):
            self.add(pos, path, f"{self._label(path) or 'the file'} must be a mapping of 'key: value' lines")
            return False
        variant = value.get(spec.variant_key) if spec.variant_key else None
        if not isinstance(variant, str):  # a list or mapping where the type goes: its own field check says so
            variant = None
        fields: dict[str, Field] = spec.fields_for(variant)
        known_variant = not spec.variant_key or variant in spec.variants
        for key in value:
            if key not in fields:
                if spec.variant_key and known_variant and key in spec.all_names():
                    self.add(
                        value.key_pos[key],
                        f"{path}.{key}",
                        f"'{key}' does not belong in a {variant} {spec.name}",
                    )
                elif known_variant:
                    hint = suggest(key, fields) or _comma_hint(key, value[key])
                    said = f"unknown field '{key}' in {_name(spec, value)}{hint}"
                    self.add(value.key_pos[key], f"{path}.{key}", said)
        for key, f in fields.items():
            where = f"{path}.{key}" if path else key
            if key not in value:
                if f.required and known_variant:
                    self.add(pos, where, f"{_name(spec, value)} is missing the required field '{key}'")
                continue
            if self.structure(value[key], f.type, value.val_pos[key], where):
                self._bounds(value[key], f, value.val_pos[key], where)
        return True

    def _bounds(self, v: Any, f: Field, pos: Position, path: str) -> None:
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return
        if f.minimum is not None and v < f.minimum:
            self.add(pos, path, f"{self._label(path)} is {v}; it must be at least {f.minimum:g}")
        if f.maximum is not None and v > f.maximum:
            self.add(pos, path, f"{self._label(path)} is {v}; it must be at most {f.maximum:g}")

    def _scalar(self, v: Any, kind: str, pos: Position, path: str) -> bool:
        ok = True
        if kind == "id":
            ok = isinstance(v, str) and bool(_ID.match(v))
            if isinstance(v, int) and not isinstance(v, bool):
                ok = False
                self.add(pos, path, f'{self._label(path)} {v} is a number; an id must be text: write "{v}" in quotes')
                return False
        elif kind == "text":
            ok = isinstance(v, str)
            if ok and not v.strip():
                self.add(pos, path, f"{self._label(path)} is empty")
                return False
            if not ok and isinstance(v, (int, float)) and not isinstance(v, bool):
                self.add(pos, path, f"{self._label(path)} must be text; put {v} in double quotes")
                return False
        elif kind == "int":
            ok = isinstance(v, int) and not isinstance(v, bool)
        elif kind == "number":
            ok = isinstance(v, (int, float)) and not isinstance(v, bool)
            if ok and not math.isfinite(v):
                self.add(pos, path, f"{self._label(path)} is {v}; it must be a number you can write out, such as 2.5")
                return False
        elif kind == "bool":
            ok = isinstance(v, bool)
        elif kind == "date":
            ok = isinstance(v, str) and bool(_DATE.match(v))
        elif kind == "condition":
            return self.condition(v, pos, path)
        if not ok:
            self.add(pos, path, f"{self._label(path)} must be {SCALARS[kind]}, not {_describe(v)}")
        return ok

    def condition(self, v: Any, pos: Position, path: str) -> bool:
        """A condition, by the grammar of :mod:`cs_quiz.bank.conditions`, with each problem where it is."""
        if not isinstance(v, LDict) or not v:
            self.add(pos, path, f"{self._label(path)} must be a condition such as {{competency: data, below: 50}}")
            return False
        for key in v:
            if key not in grammar.KEYS:
                self.add(
                    v.key_pos[key],
                    f"{path}.{key}",
                    f"unknown condition key '{key}'{suggest(key, grammar.KEYS)}",
                )
                return False
        if any(k in v for k in grammar.COMBINATORS):
            problem = grammar.combinator_problem(v)
            if problem:
                self.add(pos, path, problem)
                return False
            if "not" in v:
                return self.condition(v["not"], v.val_pos["not"], f"{path}.not")
            key = "all" if "all" in v else "any"
            parts = v[key]
            return all([self.condition(c, parts.item_pos[i], f"{path}.{key}[{i}]") for i, c in enumerate(parts)])
        for at, sentence in grammar.leaf_problems(v):
            if at is None:
                self.add(pos, path, sentence)
            else:
                self.add(v.val_pos[at], f"{path}.{at}", sentence)
        return not grammar.leaf_problems(v)


def _name(spec: Obj, value: LDict) -> str:
    ident = value.get("id")
    return f"{spec.name} '{ident}'" if isinstance(ident, str) else f"this {spec.name}"


def _describe(v: Any) -> str:
    if v is None:
        return "empty"
    if isinstance(v, bool):
        return f"{str(v).lower()}"
    if isinstance(v, LDict):
        return "a mapping"
    if isinstance(v, LList):
        return "a list"
    if isinstance(v, str):
        return f"the text '{v[:40]}'"
    return f"the number {v}"


def check_structure(data: Any) -> list[Issue]:
    checker = Checker(data)
    checker.structure(data, BANK, (1, 1), "")
    return checker.issues


def _comma_hint(key: object, value: object) -> str:
    """Why a "field" that reads like the end of a sentence is there: on a ``{text: ..., feedback: ...}`` line, a comma
    in the text ends the value, and YAML reads the words after it as a field of their own with no value."""
    if value is not None or not isinstance(key, str) or not (" " in key.strip() or key.rstrip()[-1:] in ".!?"):
        return ""
    return (
        "; it looks like the rest of a sentence: inside { } a comma ends the text before it, so put text that has a "
        'comma in quotes ("...")'
    )
