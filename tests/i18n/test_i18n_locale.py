"""Numbers and dates follow the chosen language: in the PDF report and in the text the app shows."""

from __future__ import annotations

import re
from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from cs_quiz.bank.load import load_bank
from cs_quiz.report import pdf as report
from cs_quiz.report import qtext
from cs_quiz.scoring.engine import evaluate
from cs_quiz.ui import language

from .conftest import SMALL_ES

WHEN = datetime(2026, 11, 25, 14, 3)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages).split())


@pytest.fixture
def spanish_evaluation(qapp: QApplication):  # type: ignore[no-untyped-def]
    bank = load_bank(SMALL_ES).bank
    assert bank is not None
    ev, problems = evaluate(bank, {"data-1": 2, "patience-1": 5, "years": 7}, ["quick"])
    assert not problems
    return ev


def test_spanish_pdf_has_spanish_words_dates_and_numbers(spanish_evaluation, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    language.set_language("es", qapp)
    text = pdf_text(report.pdf_bytes(spanish_evaluation, nickname="Iñaki", when=WHEN))
    assert "Fecha 25 de noviembre de 2026, 14:03" in text  # in words: no reader takes the month for the day
    assert "Informe de preparación" in text and "Página 1 de 2" in text and "Iñaki" in text
    assert "Tu preparación 17 / 100 Construyendo la base" in text  # the band name from the Spanish bank
    assert "Competencia Puntuación Nivel Respondidas" in text  # the longer Spanish headings fit their columns
    assert "2026-11-25" not in text


def test_english_pdf_writes_dates_in_words(spanish_evaluation, qapp: QApplication) -> None:  # type: ignore[no-untyped-def]
    language.set_language("en", qapp)
    text = pdf_text(report.pdf_bytes(spanish_evaluation, when=WHEN))
    assert re.search(r"Date (25 November 2026, 14:03|November 25, 2026, 2:03\s?PM)", text)
    assert "Readiness report" in text


@pytest.mark.parametrize(("code", "value", "shown"), [("es", 37.5, "37,5"), ("en", 37.5, "37.5"), ("es", 2.25, "2,25")])
def test_core_numbers_follow_the_language(qapp: QApplication, code: str, value: float, shown: str) -> None:
    language.set_language(code, qapp)
    assert qtext.number(value) == shown


def test_a_results_store_problem_reads_in_the_interface_language(qapp: QApplication, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cs_quiz.store.store import Store, StoreError
    from cs_quiz.ui.errors import describe

    with Store.open(tmp_path) as store, pytest.raises(StoreError) as caught:
        store.get_attempt("no-such-attempt")
    language.set_language("es", qapp)
    assert describe(caught.value) == "No hay ningún intento no-such-attempt en la base de datos de resultados."
    language.set_language("en", qapp)
    assert describe(caught.value) == "There is no attempt no-such-attempt in the results database."
