"""The JSON Schema shipped for editors is generated from the validator's own field list and stays in step."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cs_quiz.bank.load import bundled_folder, plain
from cs_quiz.bank.schema import json_schema
from cs_quiz.bank.yamlsafe import parse_file

FIX = Path(__file__).parent / "fixtures" / "banks"
SHIPPED = bundled_folder() / "bank.schema.json"


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SHIPPED.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_shipped_schema_is_the_generated_one() -> None:
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == json_schema(), (
        "questions/bank.schema.json is stale: run `cs-quiz schema > questions/bank.schema.json`"
    )


@pytest.mark.parametrize("path", [FIX / "small.yaml", *sorted(bundled_folder().glob("*.yaml"))], ids=lambda p: p.name)
def test_valid_banks_pass_the_schema(path: Path) -> None:
    tree, problems = parse_file(str(path))
    assert not problems
    assert [e.message for e in validator().iter_errors(plain(tree))] == []


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("unknown-field.yaml", "'revers' was unexpected"),
        ("wrong-type.yaml", "'five' is not of type 'integer'"),
        ("missing-field.yaml", "'name' is a required property"),
    ],
)
def test_schema_catches_what_an_editor_can(name: str, words: str) -> None:
    tree, _ = parse_file(str(FIX / name))
    messages = [e.message for e in validator().iter_errors(plain(tree))]
    assert any(words in m for m in messages), messages
