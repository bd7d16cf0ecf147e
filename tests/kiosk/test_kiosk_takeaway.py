"""The take-away text and its QR code: band, readiness, scores and the next step, small enough to scan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import segno

from cs_quiz.bank.load import load_bank, load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import takeaway
from cs_quiz.scoring.engine import Evaluation, evaluate

SMALL = Path(__file__).parents[1] / "fixtures" / "banks" / "small.yaml"


def small_bank() -> Bank:
    bank = load_bank(SMALL).bank
    assert bank is not None
    return bank


def answered_all(bank: Bank, section: str, value: int) -> Evaluation:
    """Every statement answered by a person around ``value``, a point up or down from one competency to the next,
    reading reverse-worded ones the other way round (one value on every statement is straight-lining, withheld)."""
    order = list(bank.competencies)
    answers = {}
    for qid in bank.section_questions([section]):
        q = bank.questions[qid]
        if q.scale:
            level = min(5, max(1, value + order.index(q.competency or "") % 3 - 1))
            answers[qid] = 6 - level if q.reverse else level
    ev, _ = evaluate(bank, answers, [section])
    return ev


def test_a_small_bank_lists_every_competency_score_the_band_and_the_next_step() -> None:
    bank = small_bank()
    ev, _ = evaluate(bank, {"data-1": 5, "patience-1": 1, "years": 4}, ["quick"])
    text = takeaway.summary_text(ev.score, ev.advice, when=date(2026, 3, 4))
    r = ev.score.readiness
    assert f"Readiness: {r.rounded}/100, {r.band_name}" in text
    for c in ev.score.competencies:
        assert c.name in text
    assert "Data & metrics 100" in text and "Patience 100" in text
    assert takeaway.next_step(ev.advice) and ("Next step: " + takeaway.next_step(ev.advice)) in text
    assert "2026-03-04" in text


def test_nothing_personal_is_in_the_text() -> None:
    bank = small_bank()
    ev, _ = evaluate(bank, {"data-1": 5, "patience-1": 1, "years": 17}, ["quick"])
    text = takeaway.summary_text(ev.score, ev.advice)
    assert "17" not in text.replace("2017", "")  # the profile answer is not there


@pytest.mark.parametrize("section", ["quick", "full"])
@pytest.mark.parametrize("value", [1, 3, 5])
def test_the_bundled_bank_fits_in_a_small_qr_code(section: str, value: int) -> None:
    bank = load_bundled().banks[0]
    ev = answered_all(bank, section, value)
    text = takeaway.summary_text(ev.score, ev.advice)
    assert len(text.encode("utf-8")) <= takeaway.MAX_BYTES
    assert ev.score.readiness.band_name in text
    assert "Next step:" in text
    qr = takeaway.make_qr(text)
    assert isinstance(qr.version, int) and qr.version <= 15
    assert not qr.is_micro
    assert qr.error in ("L", "M", "Q", "H")


def test_when_everything_cannot_fit_strongest_and_weakest_stay_with_full_names() -> None:
    bank = load_bundled().banks[0]
    ev = answered_all(bank, "full", 3)
    text = takeaway.summary_text(ev.score, ev.advice, max_bytes=450)
    assert len(text.encode()) <= 450
    assert "Strongest:" in text


def test_a_tiny_budget_is_still_respected_on_a_character_boundary() -> None:
    bank = small_bank()
    ev, _ = evaluate(bank, {"data-1": 2}, ["quick"])
    text = takeaway.summary_text(ev.score, ev.advice, max_bytes=40, translate=lambda s: "ÉÉÉÉ " + s)
    assert len(text.encode()) <= 40
    text.encode("utf-8")  # still valid text


def test_translation_is_applied_to_the_fixed_words() -> None:
    bank = small_bank()
    ev, _ = evaluate(bank, {"data-1": 4, "patience-1": 2}, ["quick"])
    table = {takeaway.SCORES: "Puntuaciones (0-100):", takeaway.READINESS: "Preparación: {score}/100, {band}"}
    text = takeaway.summary_text(ev.score, ev.advice, translate=lambda s: table.get(s, s))
    assert "Puntuaciones (0-100):" in text and "Preparación: " in text


def test_the_matrix_is_the_qr_code_of_the_text() -> None:
    text = "Readiness: 55/100, Développement"
    modules = takeaway.qr_modules(text)
    qr = segno.make_qr(text, error="L", boost_error=True, encoding="utf-8")
    assert len(modules) == len(modules[0]) == qr.symbol_size(border=0)[0]
    assert modules == [[bool(c) for c in row] for row in qr.matrix]
    assert modules[0][:7] == [True] * 7  # a finder pattern in the corner
