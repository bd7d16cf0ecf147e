"""Ctrl+S on the results screen writes the PDF report (off the GUI thread) through cs_quiz.report.pdf."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import press
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cs_quiz.ui.main_window import MainWindow


def finish_quick_check(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    press(qtbot, Qt.Key.Key_Return)
    for key in (Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)  # Finish
    assert window.stack.currentWidget() is window.results


def test_ctrl_s_writes_the_pdf(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.welcome.nickname.setText("Robin")
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    qtbot.keyClick(window.results.save, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = window.reports.dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    dialog.selectFile(str(target))
    with qtbot.waitSignal(window.reports.saved, timeout=10000) as saved:
        dialog.accept()
    assert saved.args == [str(target)]
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    ev = window.evaluation
    assert ev is not None and ev.advice.stage is not None
    assert ev.score.readiness.band_name in text
    for c in ev.score.competencies:
        assert c.name in text
    assert " ".join(ev.advice.stage.next_step.split()) in text
    assert "Robin" in text


def test_save_is_offered_only_with_results(qtbot, make_window) -> None:
    window = make_window()
    assert not window.save_action.isEnabled()
    qtbot.keyClick(window.welcome.section_buttons["quick"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.reports.dialog is None


def test_a_failed_save_is_explained_and_the_app_carries_on(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    assert window.evaluation is not None
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    with qtbot.waitSignal(window.reports.failed, timeout=10000):
        window.reports.save(window.evaluation, str(blocked / "report.pdf"))
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "a-file" in boxes[0].text()
    assert window.stack.currentWidget() is window.results
