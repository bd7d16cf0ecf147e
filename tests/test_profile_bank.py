"""Banks that are not readiness assessments (issue 19): a bank without bands gives a profile (scores, no readiness),
a bank may show sums as published inventories do, and every result carries the sums."""

from __future__ import annotations

import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest

from cs_quiz.attempts.attempt import Attempt
from cs_quiz.bank.load import load_bank, load_bytes
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.store.exchange import export_csv, export_json
from cs_quiz.store.store import Store

FIX = Path(__file__).parent / "fixtures" / "banks"
PROFILE = FIX / "profile.yaml"


@pytest.fixture(scope="module")
def bank() -> Bank:
    result = load_bank(PROFILE)
    assert result.bank is not None, result.errors
    return result.bank


# Keyed by hand from the fixture: o2, o4, s2 and s4 are reverse-keyed on 1..5 (they count 6 - answer).
PERSON = {"o1": 5, "o2": 1, "o3": 4, "o4": 2, "s1": 2, "s2": 4, "s3": 3}  # s4 left out


def test_a_bank_without_bands_gives_a_profile_and_no_readiness(bank: Bank) -> None:
    assert not bank.gives_readiness
    ev, problems = evaluate(bank, PERSON)
    assert not problems
    r = ev.score.readiness
    assert r.profile and r.score is None and r.rounded is None and r.band is None
    assert ev.advice.strengths == () and ev.advice.gaps == ()  # a low sociability is not a gap to close


def test_sums_are_the_keyed_answers_added_up(bank: Bank) -> None:
    ev, _ = evaluate(bank, PERSON)
    by_id = {c.competency: c for c in ev.score.competencies}
    order, sociable = by_id["order"], by_id["sociable"]
    assert (order.sum, order.sum_min, order.sum_max) == (5 + 5 + 4 + 4, 4, 20)
    assert (sociable.sum, sociable.sum_min, sociable.sum_max) == (2 + 2 + 3, 3, 15)  # over the answered three
    assert order.score == pytest.approx(100 * (18 - 4) / (20 - 4))
    assert sociable.score == pytest.approx(100 * (7 - 3) / (15 - 3))
    assert str(order.sum_said()) == "18 on a scale of 4 to 20"


def test_a_quiz_sum_reads_as_marks_out_of_the_total() -> None:
    text = PROFILE.read_text(encoding="utf-8").replace("reverse: true", "reverse: false")
    text += "  - id: quiz\n    title: Quiz\n    questions: [q1, q2]\n"  # a second section, after "all"
    quiz_questions = """
  - id: q1
    type: single
    text: Which measure asks customers how satisfied they were?
    options:
      - {id: a, text: CSAT, scores: {know: 1}}
      - {id: b, text: AHT}
  - id: q2
    type: single
    text: What does FCR count?
    options:
      - {id: a, text: Calls per hour}
      - {id: b, text: Problems solved on the first contact, scores: {know: 1}}
"""
    text = text.replace("questions:\n  - {id: o1", "questions:" + quiz_questions + "  - {id: o1", 1)
    text = text.replace("competencies:\n", "competencies:\n  - {id: know, name: Knowledge}\n", 1)
    result = load_bytes(text.encode(), "quiz.yaml")
    assert result.bank is not None, [str(e) for e in result.errors]
    ev, _ = evaluate(result.bank, {"q1": "a", "q2": "a"}, ["quiz"])
    know = next(c for c in ev.score.competencies if c.competency == "know")
    assert str(know.sum_said()) == "1 of 2"


def test_sums_for_a_readiness_bank_too_in_the_json() -> None:
    bank = load_bank(FIX / "small.yaml").bank
    assert bank is not None
    ev, _ = evaluate(bank, {"data-1": 4, "patience-1": 2}, ["quick"])
    for c in ev.score.competencies:
        assert c.sum is not None and c.sum_min <= c.sum <= c.sum_max


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cs_quiz", *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_the_command_line_says_the_sums_and_no_readiness(tmp_path: Path) -> None:
    answers = tmp_path / "a.yaml"
    answers.write_text(json.dumps(PERSON), encoding="utf-8")
    done = _run("score", str(PROFILE), str(answers))
    assert done.returncode == 0, done.stderr
    assert "Readiness" not in done.stdout
    assert "Orderliness  18 on a scale of 4 to 20  (88)" in done.stdout
    as_json = _run("score", str(PROFILE), str(answers), "--json")
    data = json.loads(as_json.stdout)
    order = data["score"]["competencies"][0]
    assert (order["sum"], order["sum_min"], order["sum_max"]) == (18, 4, 20)
    assert data["score"]["readiness"]["profile"] is True


def test_the_pdf_is_a_results_report_not_a_readiness_one(qapp: object, bank: Bank) -> None:
    from pypdf import PdfReader

    from cs_quiz.report.pdf import pdf_bytes

    ev, _ = evaluate(bank, PERSON)
    pages = PdfReader(BytesIO(pdf_bytes(ev))).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Readiness" not in text and "readiness" not in text.replace("self-assessment", "")
    assert "18 on a scale of 4 to 20" in text and "Your scores" in text


@pytest.mark.parametrize(
    ("addition", "line", "words"),
    [
        ("caps:\n  - {id: c1, when: {profile: o1, is: x}, band: low, reason: R}\n", 42, "no bands"),
        (
            "advice:\n  - {id: r1, when: {readiness: true, below: 50}, next_steps: [Do a thing.]}\n",
            42,
            "a readiness condition is never true",
        ),
    ],
)
def test_what_needs_bands_is_refused_in_a_profile(addition: str, line: int, words: str) -> None:
    text = PROFILE.read_text(encoding="utf-8") + addition
    result = load_bytes(text.encode(), "p.yaml")
    assert result.bank is None
    messages = [f"{e.line}: {e.message}" for e in result.errors]
    assert any(words in m and m.startswith(f"{line}:") for m in messages), messages


def test_a_critical_gate_is_refused_without_bands() -> None:
    text = PROFILE.read_text(encoding="utf-8").replace(
        "    name: Orderliness\n", "    name: Orderliness\n    critical: {threshold: 40, cap: low}\n"
    )
    result = load_bytes(text.encode(), "p.yaml")
    assert result.bank is None
    assert any("no bands" in e.message and e.line == 25 for e in result.errors), [str(e) for e in result.errors]


def test_minutes_and_descriptions_may_be_left_out(bank: Bank) -> None:
    # The fixture gives no bank or section minutes and no descriptions: eight statements take about a minute.
    assert bank.sections["all"].estimated_minutes == 1 and bank.meta.estimated_minutes == 1
    assert bank.sections["all"].description == "" and bank.competencies["order"].description == ""


def test_a_profile_is_stored_listed_and_exported(bank: Bank, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    try:
        attempt = Attempt.start(store, bank, ["all"], nickname="Ana")
        for value in (5, 2, 1, 4, 4, 3, 2, 2):
            attempt.answer(value)
            attempt.session.next()
        attempt.finish()
        rows = store.history()
        assert len(rows) == 1 and rows[0].status == "finished"
        written = export_csv(store, tmp_path / "out.csv")
        export_json(store, tmp_path / "out.json")
    finally:
        store.close()
    assert written == 1
    csv_text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "Orderliness" in csv_text or "order" in csv_text
