"""Quit mid-way and resume at the same question; an invalid bank beside a valid one; a damaged results file; results
that cannot be opened, or a start-up that fails, end in a message rather than a window left loading."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from pathlib import Path

from gui_helpers import FIXTURES, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from cs_quiz.ui import loading
from cs_quiz.ui.app import build
from cs_quiz.ui.main_window import MainWindow
from gui_fixtures import shown_ids, writes_landed


def test_quit_mid_way_and_resume_at_the_same_question(qtbot, make_window) -> None:
    window = make_window()
    window.welcome.nickname.setText("Sam")
    press(qtbot, Qt.Key.Key_Tab)  # Full assessment
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    window.question.flag.click()  # flag "patience-1" for review
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)  # scenario best only
    press(qtbot, Qt.Key.Key_Return)
    assert window.session is not None and window.session.current.id == "tools"
    window.close()
    window.store.close()

    again = make_window()
    assert not again.welcome.resume_box.isHidden()
    assert "1 answer" not in again.welcome.resume_text.text() and "3 answer(s)" in again.welcome.resume_text.text()
    again.welcome.resume_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    session = again.session
    assert session is not None
    assert session.current.id == "tools"  # the question they were on
    assert again.question.counter.text() == "Question 4 of 6"
    first_shown = shown_ids(again, "sc-1")[0]  # the resumed attempt shows its options in the same order
    assert session.answers == {"data-1": 4, "patience-1": 2, "sc-1": {"best": first_shown}}
    assert again.nickname == "Sam"
    assert session.flagged() == [1], "the question flagged for review is still flagged"
    assert session.seconds() is not None, "time spent before closing is kept for the too-fast check"
    press(qtbot, Qt.Key.Key_Left)  # back to the scenario: its pick is shown again
    ed = again.question.editor
    assert ed is not None and ed.value() == {"best": first_shown}


def test_discarding_the_unfinished_attempt_stops_the_offer(qtbot, make_window) -> None:
    window = make_window()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_3)
    window.close()
    window.store.close()
    again = make_window()
    assert not again.welcome.resume_box.isHidden()
    again.welcome.discard_button.click()
    assert again.welcome.resume_box.isHidden()
    writes_landed(again)
    assert [a.status for a in again.store.history()] == ["abandoned"]


def test_invalid_bank_beside_a_valid_one(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(FIXTURES / "small.yaml", folder / "good.yaml")
    shutil.copy(FIXTURES / "undefined-competency.yaml", folder / "broken.yaml")
    window = make_window(banks=folder)
    dialog = window.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    listed = dialog.informativeText()
    broken = str(folder / "broken.yaml")
    assert f"{broken}:" in listed
    line = listed.split(f"{broken}:")[1].split(":")[0]
    assert line.isdigit() and int(line) > 1  # FILE:LINE of the actual mistake
    assert "good.yaml" not in listed
    press(qtbot, Qt.Key.Key_Return)  # OK, by keyboard
    assert not dialog.isVisible()
    # the valid bank still works
    assert list(window.banks) == ["small"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.welcome.section_buttons["quick"])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_5)
    press(qtbot, Qt.Key.Key_Return)
    assert window.session is not None and window.session.answers == {"data-1": 5}


def test_no_valid_bank_says_so(qtbot, make_window, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    shutil.copy(FIXTURES / "syntax.yaml", folder / "syntax.yaml")
    window = make_window(banks=folder)
    assert window.dialog is not None and "No question bank" in window.dialog.text()
    assert "No question bank is available." in window.welcome.status.text()
    assert not window.welcome.section_buttons


def test_damaged_results_file_is_explained(qtbot, make_window, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "results.sqlite").write_bytes(b"this is not a database" * 100)
    window = make_window()
    moved = window.store.recovered_from
    assert moved is not None and moved.exists()
    assert str(moved) in window.bar.text()
    assert "damaged" in window.bar.text()


def test_typing_a_nickname_does_not_trigger_shortcuts(qtbot, make_window) -> None:
    window = make_window()
    window.welcome.nickname.setFocus()
    type_text(qtbot, "Al 123")
    press(qtbot, Qt.Key.Key_Backspace)
    assert window.welcome.nickname.text() == "Al 12"
    assert window.stack.currentWidget() is window.welcome


def open_window_that_cannot_start(qtbot, data_dir: Path, banks_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build(
        argparse.Namespace(data_dir=data_dir, kiosk=False, bank=None, section=None, lang=None, banks=banks_dir)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.dialog is not None, timeout=10000)
    assert window.dialog.objectName() == "errorDialog" and window.dialog.windowTitle() == "Starting"
    return window


def test_results_from_a_newer_cs_quiz_stop_the_start_with_the_reason(qtbot, data_dir: Path, banks_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with sqlite3.connect(data_dir / "results.sqlite") as conn:
        conn.execute("PRAGMA user_version = 999")
    window = open_window_that_cannot_start(qtbot, data_dir, banks_dir)
    assert window.welcome.status.text() == "Your results cannot be opened, so cs-quiz cannot start."
    assert "newer" in window.dialog.text()
    window.dialog.accept()
    qtbot.waitUntil(lambda: not window.isVisible())  # nothing else to do: the window closes


def test_an_unexpected_failure_while_loading_is_shown_not_left_loading(
    qtbot, data_dir: Path, banks_dir: Path, monkeypatch
) -> None:
    def crash(*args: object) -> None:
        raise RuntimeError("the disk caught fire")

    monkeypatch.setattr(loading, "prepare", crash)
    window = open_window_that_cannot_start(qtbot, data_dir, banks_dir)
    assert window.welcome.status.text() == "cs-quiz could not start. The message says why."
    assert "Loading" not in window.welcome.status.text()
    window.dialog.accept()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_an_attempt_started_on_an_older_major_version_of_the_bank_is_not_offered(
    qtbot, make_window, tmp_path: Path
) -> None:
    window = make_window()
    press(qtbot, Qt.Key.Key_Return)  # Quick check
    press(qtbot, Qt.Key.Key_3)
    writes_landed(window)
    window.close()
    window.store.close()

    newer = tmp_path / "newer"
    newer.mkdir()
    text = (FIXTURES / "small.yaml").read_text(encoding="utf-8").replace('version: "1.0"', 'version: "2.0"')
    (newer / "small.yaml").write_text(text, encoding="utf-8")
    again = make_window(banks=newer)
    assert again.welcome.resume_box.isHidden(), "answers to 1.0 may mean something else in 2.0"


def test_every_broken_bank_file_is_named_in_the_visible_text(qtbot, make_window, tmp_path: Path) -> None:
    # Six broken files, the first with many problems: none may hide behind the first one's list under "Show Details".
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(FIXTURES / "small.yaml", folder / "good.yaml")
    many = (FIXTURES / "small.yaml").read_text(encoding="utf-8").replace("competency: data", "competency: nope")
    (folder / "a-many.yaml").write_text(many, encoding="utf-8")
    for name in ("undefined-competency", "duplicate-id", "missing-field", "wrong-type", "undefined-scale"):
        shutil.copy(FIXTURES / f"{name}.yaml", folder / f"b-{name}.yaml")
    window = make_window(banks=folder)
    dialog = window.dialog
    assert isinstance(dialog, QMessageBox)
    listed = dialog.informativeText()
    for broken in folder.glob("[ab]-*.yaml"):
        assert str(broken) in listed, broken.name
    assert "more in this file" in listed
    press(qtbot, Qt.Key.Key_Return)
