"""A reflection question typed by keyboard (issue 19): digits and Enter are words, not shortcuts; what goes past the
limit is not taken and the counter says so; the words are saved as they are typed."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from gui_fixtures import writes_landed
from test_reflection import reflection_source


def test_typing_a_reflection(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "reflect"
    folder.mkdir()
    (folder / "r.yaml").write_text(reflection_source(), encoding="utf-8")
    window = make_window(banks=folder)
    press(qtbot, Qt.Key.Key_Return)  # Start
    box = focused()
    assert isinstance(box, QPlainTextEdit) and box.objectName() == "reflectionText"
    type_text(qtbot, "1 thing: listen")
    press(qtbot, Qt.Key.Key_Return)  # a new line, not "Next"
    type_text(qtbot, "2 things")
    assert window.session.current.id == "r1"
    assert window.session.answer_of("r1") == "1 thing: listen\n2 things"
    count = window.findChild(QLabel, "reflectionCount")
    assert count.text() == "24 of 200 characters"
    QGuiApplication.clipboard().setText("x" * 300)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(box.toPlainText()) == 200
    assert "the rest was not added" in count.text()
    writes_landed(window)
    stored = window.store.get_attempt(window.session.attempt_id).answers["r1"]
    assert len(stored) == 200 and stored.startswith("1 thing: listen\n2 things")
    press(qtbot, Qt.Key.Key_Tab)  # out of the box, to the buttons; the words stay
    assert focused() is not box and window.session.answer_of("r1") == stored
