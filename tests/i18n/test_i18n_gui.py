"""Spanish in the real window: chosen on the welcome screen without a restart, a whole quick check by keyboard,
Spanish results (bank, core reasons, labels, decimal comma) and a Spanish PDF; ``--lang es``; the choice
remembered; a bank with no Spanish version shown in English with a notice."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cs_quiz.ui import language
from cs_quiz.ui.main_window import MainWindow
from cs_quiz.ui.settings import AppSettings
from gui_fixtures import MakeWindow

from .i18n_helpers import (
    choose_language_by_keyboard,
    focused,
    press,
    require_banks_by_language,
    require_language_at_start,
    tab_to,
    type_unicode,
)


def results_texts(window: MainWindow, name: str) -> list[str]:
    body = window.results.scroller.widget()
    assert body is not None
    return [w.text() for w in body.findChildren(QLabel, name)]


def one(window: MainWindow, name: str) -> str:
    found = results_texts(window, name)
    assert len(found) == 1, (name, found)
    return found[0]


def test_spanish_quick_check_end_to_end_by_keyboard(
    qtbot: QtBot, make_window: MakeWindow, both_banks: Path, tmp_path: Path
) -> None:
    window = make_window(both_banks)
    require_banks_by_language(window)
    welcome = window.welcome
    assert welcome.section_buttons["quick"].text() == "Quick check"
    choose_language_by_keyboard(qtbot, window, "Español")  # no restart: the same window, now in Spanish

    assert language.current_language() == "es" and QLocale().decimalPoint() == ","
    assert welcome.language_label.text() == "&Idioma:"
    assert welcome.section_buttons["quick"].text() == "Prueba rápida"  # the Spanish bank
    assert welcome.bank_notice.isHidden()
    info = [w.text() for w in welcome.body.findChildren(QLabel, "sectionInfo")]
    assert any(t.startswith("Unos 1 min · 3 preguntas") for t in info), info
    assert window.save_action.text() == "&Guardar el informe como PDF…"

    tab_to(qtbot, welcome.nickname)
    type_unicode("Begoña")
    assert welcome.nickname.text() == "Begoña"
    tab_to(qtbot, welcome.section_buttons["quick"])
    press(qtbot, Qt.Key.Key_Return)
    question = window.question
    assert window.stack.currentWidget() is question
    assert question.counter.text() == "Pregunta 1 de 3"
    assert question.question.text().startswith("En el último año")
    assert question.next.text() == "Siguiente →" and question.skip.text() == "Saltar"
    press(qtbot, Qt.Key.Key_2)  # En desacuerdo
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_4)  # De acuerdo (worded in reverse)
    press(qtbot, Qt.Key.Key_Return)
    assert question.next.text() == "Revisar →"
    qtbot.keyClicks(focused(), "7")
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.review
    assert window.review.finish.text() == "Terminar y ver resultados"
    press(qtbot, Qt.Key.Key_Return)

    assert window.stack.currentWidget() is window.results
    ev = window.evaluation
    assert ev is not None and ev.bank.meta.language == "es"
    assert one(window, "title") == "Tu preparación"
    assert one(window, "readinessScore") == "25 / 100"
    assert one(window, "bandName") == "Construyendo la base"  # band names come from the Spanish bank
    assert one(window, "answeredNote") == "Según 3 de 3 preguntas respondidas."
    assert window.results.save.text() == "Guardar como PDF…"
    assert results_texts(window, "actionArea") == ["Datos y métricas (25)"]
    actions = results_texts(window, "action")
    assert [a.split(":")[0] for a in actions] == ["• Practica ya", "• Asume", "• Aprende"], actions
    notes = results_texts(window, "qualityNote")  # the Spanish bank asks for 2.5 s per answer: a decimal shows
    assert any("menos de los 2,5 segundos" in n for n in notes), notes
    assert not any("2.5" in n for n in notes)

    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = window.reports.dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "informe.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(window.reports.saved, timeout=15000):
        dialog.accept()
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    for spanish in (
        "Informe de preparación",
        "Tu preparación",
        "Construyendo la base",
        "Tus competencias",
        "Datos y métricas",
        "Página 1 de",
        "Datos y métricas (tu puntuación: 25)",
        "Begoña",
    ):
        assert spanish in text, spanish
    assert re.search(r"Fecha \d{1,2} de [a-z]+ de \d{4}", text), "the date as Spain writes it, in words"
    for english in ("Readiness report", "Your readiness", "Page 1 of", "because your"):
        assert english not in text, english


def test_switching_back_to_english_reaches_pages_already_built(
    qtbot: QtBot, make_window: MakeWindow, both_banks: Path
) -> None:
    window = make_window(both_banks)
    require_banks_by_language(window)
    choose_language_by_keyboard(qtbot, window, "Español")
    press(qtbot, Qt.Key.Key_Tab)
    tab_to(qtbot, window.welcome.section_buttons["quick"])
    press(qtbot, Qt.Key.Key_Return)
    for key in (Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    assert window.results.home.text() == "Empezar de nuevo"
    window.results.home.click()
    assert window.stack.currentWidget() is window.welcome

    choose_language_by_keyboard(qtbot, window, "English")
    assert QLocale().decimalPoint() == "."
    assert window.welcome.section_buttons["quick"].text() == "Quick check"
    assert window.results.home.text() == "Start again"  # hidden pages got LanguageChange too
    assert window.question.skip.text() == "Skip"
    assert window.review.finish.text() == "Finish and see results"
    assert window.windowTitle() == "Customer Service Director readiness"  # the title bar adds " — cs-quiz"
    assert one(window, "title") == "Your readiness"  # the results were written out again


def test_lang_es_starts_in_spanish(qtbot: QtBot, make_window: MakeWindow, both_banks: Path) -> None:
    require_language_at_start()
    window = make_window(both_banks, lang="es")
    title = window.welcome.body.findChild(QLabel, "title")
    assert title is not None
    assert title.text() == "¿Cuánto te falta para ser director o directora de servicio al cliente?"
    assert window.welcome.language_picker.currentText() == "Español"
    assert window.welcome.section_buttons["quick"].text() == "Prueba rápida"
    assert window.menuBar().actions()[0].text() == "&Archivo"
    assert QLocale().decimalPoint() == ","
    assert AppSettings().get(language.LANGUAGE) == ""  # --lang is for this run; only a choice is remembered


def test_the_choice_is_remembered(qtbot: QtBot, make_window: MakeWindow, both_banks: Path, qapp: QApplication) -> None:
    require_language_at_start()
    first = make_window(both_banks)
    assert language.current_language() == "en"
    choose_language_by_keyboard(qtbot, first, "Español")
    assert AppSettings().get(language.LANGUAGE) == "es"
    first.close()
    language.remove_translators(qapp)  # as a new process starts: nothing installed

    again = make_window(both_banks)
    assert language.current_language() == "es"
    assert again.welcome.language_picker.currentText() == "Español"
    assert again.welcome.history_button.text() == "Tu historial"
    choose_language_by_keyboard(qtbot, again, "English")
    assert AppSettings().get(language.LANGUAGE) == "en"


def test_a_bank_missing_in_spanish_is_shown_in_english_with_a_notice(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()  # the small bank, in English only
    welcome = window.welcome
    assert welcome.bank_notice.isHidden()
    choose_language_by_keyboard(qtbot, window, "Español")
    assert welcome.bank_notice.isVisible()
    assert welcome.bank_notice.text() == (
        "“Small test bank” todavía no está en español, así que sus preguntas salen en inglés."
    )
    assert welcome.section_buttons["quick"].text() == "Quick check"  # the bank's own text stays English
    assert welcome.history_button.text() == "Tu historial"  # the app speaks Spanish
    tab_to(qtbot, welcome.section_buttons["quick"])
    press(qtbot, Qt.Key.Key_Return)
    assert window.question.counter.text() == "Pregunta 1 de 3"
    assert window.question.question.text().startswith("In the last year")

    window.question.back.click()  # first question: nothing happens; go home through the session-less route
    window.go_home()
    choose_language_by_keyboard(qtbot, window, "English")
    assert welcome.bank_notice.isHidden()
