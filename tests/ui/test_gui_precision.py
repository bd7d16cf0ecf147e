"""A score resting on one answer is shown as indicative, on screen and in the PDF, and is never named a strength
or a gap (issue 14): one answer looks like a measurement only if nothing says otherwise."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui_helpers import press
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cs_quiz.report.pdf import write_pdf
from gui_fixtures import SMALL


def test_one_answer_is_indicative_on_screen_and_in_the_pdf(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "precise"
    folder.mkdir()
    text = SMALL.read_text(encoding="utf-8").replace("min_answers_for_precision: 1", "min_answers_for_precision: 2")
    (folder / "small.yaml").write_text(text, encoding="utf-8")
    window = make_window(banks=folder)
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    for key in (Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_1, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, key)  # data 0 and patience 100, each on one answer
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    notes = [w.text() for w in window.results.body_widget.findChildren(QLabel, "competencyNote")]
    assert notes.count("indicative: based on 1 answer(s) only") == 2
    assert window.evaluation is not None and window.evaluation.advice.gaps == ()
    assert window.evaluation.advice.strengths == ()
    pdf = tmp_path / "r.pdf"
    write_pdf(window.evaluation, pdf)
    words = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert words.count("indicative") == 2
    shutil.rmtree(folder)
