"""A comma inside a one-line ``{text: ..., feedback: ...}`` ends the text, and YAML reads the rest of the sentence as
a field with no value. Bank authors (teachers, facilitators) meet this on their first quiz; the validator says what
happened and how to fix it, instead of only "unknown field 'not feelings.'"."""

from __future__ import annotations

from cs_quiz.bank.load import load_bytes

BANK = """format: 1
bank: {{id: t, title: T, version: "1", language: en, description: A test bank.}}
competencies:
  - {{id: k, name: Know-how}}
questions:
  - id: q
    type: single
    text: Which one?
    options:
      - {{id: a, text: CSAT, scores: {{k: 1}}, feedback: {feedback}}}
      - {{id: b, text: Calls per hour}}
sections:
  - {{id: all, title: All, questions: [q]}}
"""


def errors(feedback: str) -> list[str]:
    result = load_bytes(BANK.format(feedback=feedback).encode(), "quiz.yaml")
    return [str(e) for e in result.errors]


def test_the_rest_of_a_sentence_after_a_comma_is_explained() -> None:
    (said,) = errors("It asks customers, how satisfied they were.")
    assert said.startswith("quiz.yaml:10:")
    assert "unknown field 'how satisfied they were.' in option 'a'" in said
    assert "inside { } a comma ends the text before it" in said and 'in quotes ("...")' in said


def test_quoted_text_with_a_comma_is_fine() -> None:
    assert errors('"It asks customers, how satisfied they were."') == []


def test_a_misspelt_field_still_gets_its_suggestion_not_the_comma_hint() -> None:
    result = load_bytes(BANK.format(feedback="Fine").replace("scores:", "score:").encode(), "quiz.yaml")
    (said,) = [str(e) for e in result.errors if "unknown field" in str(e)]
    assert said.endswith("unknown field 'score' in option 'a'; did you mean 'scores'?")
