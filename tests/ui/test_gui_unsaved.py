"""Quitting while saves fail (issue 16, item 6): the window asks first, and the answers can be saved to a file that
`cs-quiz score` reads; quitting without saving is a choice, never a silent loss."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from gui_helpers import press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui_fixtures import SMALL, writes_landed


def _refusing_disk(window) -> None:  # type: ignore[no-untyped-def]
    """The disk starts refusing writes (as a read-only remount does): the store goes on in memory."""
    writes_landed(window)
    window.store._db.conn.execute("PRAGMA query_only = ON")


def _answer_three(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    _refusing_disk(window)
    for key in (Qt.Key.Key_4, Qt.Key.Key_2):
        press(qtbot, key)
        press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)
    qtbot.waitUntil(lambda: not window.bar.isHidden())


def _the_question(window) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "unsavedAnswers" and box.isVisible()
    return box


def _click(qtbot, box: QMessageBox, text: str) -> None:  # type: ignore[no-untyped-def]
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_quitting_with_unsaved_answers_asks_and_saves_them_to_a_file_score_reads(
    qtbot, make_window, monkeypatch, tmp_path: Path
) -> None:
    window = make_window()
    _answer_three(qtbot, window)
    assert window.close() is False, "the window stays: the answers exist only in memory"
    box = _the_question(window)
    assert "lost" in box.text()
    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _click(qtbot, box, "Save answers…")
    qtbot.waitUntil(lambda: not window.isVisible())
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["answers"] == {"data-1": 4, "patience-1": 2} and doc["sections"] == ["full"]
    scored = subprocess.run(
        [sys.executable, "-m", "cs_quiz", "score", str(SMALL), str(target), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["answers"]["data-1"] == 4


def test_cancel_keeps_the_window_and_quit_without_saving_is_a_choice(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    _answer_three(qtbot, window)
    window.close()
    _click(qtbot, _the_question(window), "Cancel")
    assert window.isVisible() and window.session is not None
    window.close()
    _click(qtbot, _the_question(window), "Quit without saving")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_nothing_is_asked_when_every_answer_is_saved(qtbot, make_window) -> None:
    window = make_window()
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)
    assert window.close() is True


def test_a_system_error_without_a_file_name_does_not_show_empty_brackets() -> None:
    from cs_quiz.ui.errors import describe

    said = describe(OSError(28, "No space left on device"))
    assert said == "The system reported: No space left on device." and "()" not in said
    assert "(/media/stick/a.pdf)" in describe(OSError(28, "No space left on device", "/media/stick/a.pdf"))
