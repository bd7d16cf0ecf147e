"""Reflection questions (issue 19): a person's own words, kept and shown in the report, never scored, with a
length limit; a kiosk leaves them out unless the facilitator asks for them."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

import pytest

from cs_quiz.attempts.attempt import Attempt
from cs_quiz.attempts.session import Session
from cs_quiz.bank.load import load_bytes
from cs_quiz.bank.model import Bank
from cs_quiz.kiosk.settings import KioskSettings
from cs_quiz.report.html import report_html
from cs_quiz.report.text import render
from cs_quiz.scoring.answers import check_answers
from cs_quiz.scoring.engine import evaluate
from cs_quiz.store.exchange import export_json
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store

PROFILE = Path(__file__).parent / "fixtures" / "banks" / "profile.yaml"
REFLECTION = """
  - id: r1
    type: reflection
    text: What would you like to get better at this year?
    help: A sentence or two is plenty.
    max_length: 200
"""


def reflection_source() -> str:
    """The profile fixture with a reflection question asked first."""
    text = PROFILE.read_text(encoding="utf-8").replace("questions:\n", "questions:" + REFLECTION, 1)
    return text.replace("questions: [o1,", "questions: [r1, o1,")


@pytest.fixture(scope="module")
def bank() -> Bank:
    result = load_bytes(reflection_source().encode(), "r.yaml")
    assert result.bank is not None, [str(e) for e in result.errors]
    return result.bank


def test_words_are_kept_as_written_within_the_limit(bank: Bank) -> None:
    answers, problems = check_answers(bank, {"r1": "  Listening first.\nThen planning.\x07  "})
    assert answers == {"r1": "Listening first.\nThen planning."} and not problems
    answers, problems = check_answers(bank, {"r1": "x" * 201})
    assert answers == {} and "at most 200" in str(problems[0])
    answers, problems = check_answers(bank, {"r1": 5})
    assert answers == {} and "not text" in str(problems[0])
    assert check_answers(bank, {"r1": "   "}) == ({}, [])  # nothing written is no answer


def test_a_reflection_is_never_scored_or_counted(bank: Bank) -> None:
    likert = {"o1": 5, "o2": 1, "s1": 2}
    without, _ = evaluate(bank, likert)
    written, _ = evaluate(bank, {**likert, "r1": "More patience."})
    assert written.score.competencies == without.score.competencies
    assert (written.score.answered, written.score.total) == (3, 8)  # the eight statements, not the reflection


def test_the_report_shows_the_words(bank: Bank) -> None:
    ev, _ = evaluate(bank, {"o1": 5, "r1": "Listening first.\nThen <b>planning</b>."})
    html = report_html(ev)
    assert "In your own words" in html and "Listening first.<br/>Then &lt;b&gt;planning&lt;/b&gt;." in html
    text = render(ev)
    assert "In your own words:" in text and "    Then <b>planning</b>." in text


def test_a_kiosk_leaves_them_out_unless_asked(bank: Bank) -> None:
    assert KioskSettings().reflections is False
    asked = [q.id for q in Session(bank, ["all"], reflections=False).questions]
    assert "r1" not in asked and len(asked) == 8
    assert Session(bank, ["all"]).questions[0].id == "r1"


def test_stored_exported_and_imported_whole(bank: Bank, tmp_path: Path) -> None:
    words = "I want to listen before I answer, and plan my week on Mondays. " * 3  # longer than any option id
    first = Store.open(tmp_path / "one")
    try:
        attempt = Attempt.start(first, bank, ["all"])
        attempt.answer(words)
        attempt.session.next()
        attempt.answer(4)
        attempt.finish()
        assert first.get_attempt(attempt.id).answers["r1"] == words.strip()
        export_json(first, tmp_path / "out.json")
    finally:
        first.close()
    second = Store.open(tmp_path / "two")
    try:
        report = import_files(second, [tmp_path / "out.json"])
        assert report.added == 1, report.lines()
        [row] = second.history()
        assert second.get_attempt(row.id).answers["r1"] == words.strip()
    finally:
        second.close()
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))


def test_the_pdf_carries_the_words(qapp: object, bank: Bank) -> None:
    from pypdf import PdfReader

    from cs_quiz.report.pdf import pdf_bytes

    ev, _ = evaluate(bank, {"o1": 5, "r1": "Listening first."})
    pages = PdfReader(BytesIO(pdf_bytes(ev))).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    assert "In your own words" in text and "Listening first." in text


def test_max_length_belongs_to_reflections_only() -> None:
    text = PROFILE.read_text(encoding="utf-8").replace(
        "text: Keep my things tidy.}", "text: Keep my things tidy., max_length: 10}"
    )
    result = load_bytes(text.encode(), "b.yaml")
    assert result.bank is None
    assert any("'max_length' does not belong in a likert question" in e.message for e in result.errors)
