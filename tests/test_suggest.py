"""'Did you mean' for a bank author's slips (issue 19): a slip of case alone is the likeliest and is named first."""

from __future__ import annotations

import pytest

from cs_quiz.bank.check import suggest


@pytest.mark.parametrize(
    ("typed", "candidates", "said"),
    [
        ("e", ["E", "N", "ES"], "; did you mean 'E'?"),  # today's difflib sees no likeness at all
        ("Es", ["E", "ES", "EST"], "; did you mean 'ES'?"),  # not 'E', which is closer by spelling with case
        ("LIKERT", ["likert", "single"], "; did you mean 'likert'?"),
        ("datta", ["data", "empathy"], "; did you mean 'data'?"),
        ("Datta", ["data", "empathy"], "; did you mean 'data'?"),
        ("zzz", ["data", "empathy"], ""),
        ("data", [], ""),
    ],
)
def test_the_likeliest_slip_is_suggested(typed: str, candidates: list[str], said: str) -> None:
    assert suggest(typed, candidates) == said
