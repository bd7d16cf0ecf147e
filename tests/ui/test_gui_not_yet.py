"""On screen, a scale's "not yet" choice comes last, apart from the scale, and the result shows it counted apart."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton

from cs_quiz.bank.model import NOT_YET
from gui_fixtures import SMALL


def test_not_yet_is_a_choice_and_is_shown_apart_in_the_result(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "notyet"
    folder.mkdir()
    text = SMALL.read_text(encoding="utf-8").replace(
        "  - id: agree5\n    name: Agreement\n",
        "  - id: agree5\n    name: Agreement\n    not_yet: I haven't had the chance yet\n",
    )
    (folder / "small.yaml").write_text(text, encoding="utf-8")
    window = make_window(banks=folder)
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    labels = [w.text() for w in window.question.editor.findChildren(QLabel) if w.text()]
    assert labels[-1] == "I haven't had the chance yet" and len(labels) == 6
    assert len(window.question.editor.findChildren(QRadioButton)) == 6
    press(qtbot, Qt.Key.Key_6)  # the sixth choice, by its digit like the others
    assert window.session.answer_of("data-1") == NOT_YET
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_3)  # years
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # finish from the review
    assert window.stack.currentWidget() is window.results
    notes = [w.text() for w in window.results.body_widget.findChildren(QLabel, "competencyNote")]
    assert any("1 not yet" in n for n in notes), notes
    assert window.results.figures()["data"] == "–"  # not scored as low
