"""A past result from the history (issue 17): opened again as the results screen showed it — the same figures, said
to be a past one — then saved as PDF with its own nickname and date, or exported as a file another computer's
cs-quiz imports; a result whose bank has changed since is not shown with other figures."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from gui_helpers import press
from pypdf import PdfReader
from PySide6.QtCore import Qt
from test_gui_history import quick_check

from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store
from gui_fixtures import writes_landed


def to_history(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.results.history.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)


def test_a_past_result_opens_as_it_was_and_saves_as_pdf(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.welcome.nickname.setText("Robin")
    quick_check(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_4)
    first, first_band = window.results.figures(), window.evaluation.score.readiness.band_name
    window.results.home.click()
    window.welcome.nickname.setText("Kim")
    quick_check(qtbot, window, Qt.Key.Key_5, Qt.Key.Key_1)
    assert window.results.figures() != first, "two different results, to tell apart"
    to_history(qtbot, window)
    page = window.history
    page.list.setFocus()
    page.list.setCurrentRow(1)  # the older: Robin's
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    assert window.results.figures() == first
    assert window.evaluation.score.readiness.band_name == first_band
    [note] = [w for w in window.results.body_widget.findChildren(type(page.title), "pastResult")]
    assert "A past result" in note.text()
    assert window.save_action.isEnabled() and window.print_action.isEnabled()
    window.save_action.trigger()
    dialog = window.reports.dialog
    assert dialog is not None and dialog.isVisible()
    target = tmp_path / "robin.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(window.reports.saved, timeout=10000):
        dialog.accept()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "Robin" in text and "Kim" not in text and first_band in text
    window.results.history.click()  # and back to the history, where it came from
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)


def test_a_past_result_exports_as_a_file_another_cs_quiz_imports(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.welcome.nickname.setText("Robin")
    quick_check(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_4)
    window.results.home.click()
    quick_check(qtbot, window, Qt.Key.Key_5, Qt.Key.Key_1)
    to_history(qtbot, window)
    page = window.history
    page.list.setCurrentRow(1)
    chosen = page.selected()
    page.export.click()
    dialog = window.past.dialog
    assert dialog is not None and dialog.isVisible() and dialog.objectName() == "exportResultDialog"
    target = tmp_path / "for-my-teacher.json"
    dialog.selectFile(str(target))
    dialog.accept()
    qtbot.waitUntil(lambda: not window.bar.isHidden())
    assert str(target) in window.bar.text() and not window.bar.open_button.isHidden()
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert [a["id"] for a in doc["attempts"]] == [chosen.attempt_id], "that result only"
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [target])
        assert [a.nickname for a in teacher.finished_attempts()] == ["Robin"], report


def test_a_result_whose_bank_changed_is_not_shown_with_other_figures(qtbot, make_window, banks_dir: Path) -> None:
    window = make_window()
    quick_check(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_4)
    writes_landed(window)
    bank = window.evaluation.bank

    told = window.evaluation.score.readiness
    assert told.band is not None
    raised = {b.id: {"min": min(b.min + 30, 100)} for b in bank.bands if b.min <= told.rounded <= b.max}
    changed = replace(bank, bands=tuple(replace(b, **raised.get(b.id, {})) for b in bank.bands))
    window.banks.every[:] = [changed]  # the bank file was edited since: the same answers would get another band
    to_history(qtbot, window)
    window.history.open.click()
    qtbot.waitUntil(lambda: not window.bar.isHidden())
    assert "cannot be opened again" in window.bar.text()
    assert window.stack.currentWidget() is window.history
