"""Bank text's small Markdown on screen (issue 17): the results screen and the review of answers render ``**bold**``,
``*italic*`` and ``- `` lists as the PDF does — the same words, no asterisks — and text without Markdown stays
plain, so ``&`` and ``<`` show as written."""

from __future__ import annotations

from pathlib import Path

from markdown_bank import MARKED, marked_bank
from PySide6.QtWidgets import QLabel
from test_answers_review import finish_small_bank, open_review

from cs_quiz.report.html import report_html
from cs_quiz.ui.common import shown_text


def labels(root) -> list[QLabel]:  # type: ignore[no-untyped-def]
    return [w for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.text()]


def test_results_and_review_render_bank_markdown_as_the_pdf_does(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(banks=marked_bank(tmp_path))
    finish_small_bank(qtbot, window, best="a", worst="c")
    page = window.results
    shown = [shown_text(w) for w in labels(page)]
    assert not [t for t in shown if "**" in t or "*Early" in t], "asterisks on screen"
    [meaning] = page.findChildren(QLabel, "bandMeaning")
    assert "<b>" in meaning.text() and shown_text(meaning) in set(MARKED.values())
    assert "Studying 2*3 hours & <more>" in " ".join(shown), "plain text keeps *, & and < as written"
    html = report_html(window.evaluation)
    assert meaning.text() in html, "the screen's markup is the PDF's"
    dialog = open_review(qtbot, window)
    [why] = [w for w in dialog.findChildren(QLabel, "rationale")]
    assert why.text() == "<i>Early</i>, <b>honest</b> updates calm a queue."
    assert "**" not in why.accessibleName() and "Early, honest updates" in why.accessibleName()
    dialog.close()


def test_the_question_screen_renders_bank_markdown(qtbot, make_window, tmp_path: Path) -> None:
    from gui_helpers import press
    from PySide6.QtCore import Qt

    window = make_window(banks=marked_bank(tmp_path))
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    page = window.question
    assert page.question.text() == "In the <b>last year</b> I have used feedback data to change how my team works."
    assert shown_text(page.question).startswith("In the last year")
    assert page.editor.accessibleName().startswith("In the last year"), "a screen reader hears no asterisks"
    for key in (Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_2, Qt.Key.Key_Return):
        press(qtbot, key)
    assert page.situation.text() == "Your online ordering has been down for <i>two hours</i>."
    options = [shown_text(w) for w in page.editor.findChildren(QLabel, "optionText")]
    assert "Tell callers what you know." in options and not [t for t in options if "*" in t]
