"""The JSON Schema of the bank format (for editors), derived from the field declarations in
:mod:`cs_quiz.bank.fields` and the condition grammar in :mod:`cs_quiz.bank.conditions`, so none of them can drift.
``cs-quiz schema`` prints it; ``questions/bank.schema.json`` is a copy a test keeps equal.
"""

from __future__ import annotations

from typing import Any

from cs_quiz.bank.conditions import json_schema as condition_schema
from cs_quiz.bank.fields import BANK, ID_PATTERN, Enum, ListOf, MapOf, Obj


def _schema(spec: Any) -> dict[str, Any]:
    if isinstance(spec, str):
        return {
            "id": {"type": "string", "pattern": ID_PATTERN},
            "text": {"type": "string"},
            "int": {"type": "integer"},
            "number": {"type": "number"},
            "bool": {"type": "boolean"},
            "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            "condition": {"$ref": "#/$defs/condition"},
        }[spec]
    if isinstance(spec, Enum):
        return {"enum": list(spec.values)}
    if isinstance(spec, ListOf):
        out: dict[str, Any] = {"type": "array", "items": _schema(spec.item)}
        if spec.min_items:
            out["minItems"] = spec.min_items
        if spec.max_items is not None:
            out["maxItems"] = spec.max_items
        return out
    if isinstance(spec, MapOf):
        return {
            "type": "object",
            "propertyNames": {"pattern": ID_PATTERN},
            "additionalProperties": _schema(spec.value),
        }
    if isinstance(spec, Obj):
        props: dict[str, Any] = {}
        for name, f in {
            **spec.fields,
            **{n: f for v in spec.variants.values() for n, f in v.items()},
        }.items():
            prop = _schema(f.type)
            if f.doc:
                prop = {**prop, "description": f.doc}
            if f.minimum is not None:
                prop["minimum"] = f.minimum
            if f.maximum is not None:
                prop["maximum"] = f.maximum
            props[name] = prop
        obj: dict[str, Any] = {
            "type": "object",
            "properties": props,
            "required": [n for n, f in spec.fields.items() if f.required],
            "additionalProperties": False,
        }
        if spec.variants:
            obj["allOf"] = [
                {
                    "if": {"properties": {spec.variant_key: {"const": value}}},
                    "then": {"required": [n for n, f in extra.items() if f.required]},
                }
                for value, extra in spec.variants.items()
            ]
        return obj
    raise TypeError(spec)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for bank files, for editors; conditions by their grammar
    (:mod:`cs_quiz.bank.conditions`)."""

    schema = _schema(BANK)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://cs-quiz.invalid/bank.schema.json",
        "title": "cs-quiz question bank",
        "description": "See docs/question-format.md",
        **schema,
        "$defs": {"condition": condition_schema()},
    }
