"""Validator messages name things as an author knows them (issue 19): "question 'o3', field 'weight'", never
"questions[2].weight", each at the line of the mistake."""

from __future__ import annotations

from pathlib import Path

from cs_quiz.bank.load import load_bytes

PROFILE = Path(__file__).parent / "fixtures" / "banks" / "profile.yaml"


def _errors(text: str) -> list[str]:
    result = load_bytes(text.encode(), "b.yaml")
    assert result.bank is None
    return [f"{e.line}: {e.message}" for e in result.errors]


def test_messages_name_the_item_and_the_field() -> None:
    text = PROFILE.read_text(encoding="utf-8")
    text = text.replace("text: Like order.}", "text: Like order., weight: lots}")
    text = text.replace("text: Start conversations.}", "text: Start conversations., reverse: maybe}")
    text = text.replace("min_answered_fraction: 0.25", "min_answered_fraction: 2")
    text = text.replace("{value: 3, label: Neither accurate nor inaccurate}", "{value: 3, label: 7}")
    errors = _errors(text)
    assert "31: question 'o3', field 'weight' must be a number, not the text 'lots'" in errors
    assert "33: question 's1', field 'reverse' must be true or false, not the text 'maybe'" in errors
    assert "12: scoring, field 'min_answered_fraction' is 2; it must be at most 1" in errors
    assert "19: scale 'accurate5', value 3, field 'label' must be text; put 7 in double quotes" in errors
    assert not any("[" in e for e in errors), errors


def test_a_missing_field_points_at_the_item_that_lacks_it() -> None:
    text = PROFILE.read_text(encoding="utf-8").replace(", text: Make friends easily.}", "}")
    assert _errors(text) == ["35: question 's3' is missing the required field 'text'"]
