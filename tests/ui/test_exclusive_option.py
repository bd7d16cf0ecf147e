"""A "None of these" option marked exclusive clears the other ticks, and a tick elsewhere clears it (issue 19)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cs_quiz.bank.load import load_bytes
from cs_quiz.ui.answer_widgets import MultiEditor, make_editor
from test_format_gaps import _source


def test_none_of_these_clears_the_others_and_back(qtbot: QtBot) -> None:
    bank = load_bytes(_source().encode(), "b.yaml").bank
    assert bank is not None
    editor = make_editor(bank, bank.questions["tools"])  # in the bank's order: crm, wfm, none
    assert isinstance(editor, MultiEditor)
    qtbot.addWidget(editor)
    editor.show()
    said: list[object] = []
    editor.changed.connect(said.append)
    crm, wfm, none = editor.boxes
    qtbot.mouseClick(crm, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wfm, Qt.MouseButton.LeftButton)
    assert editor.value() == ["crm", "wfm"]
    none.setFocus()
    qtbot.keyClick(none, Qt.Key.Key_Space)  # by keyboard too
    assert editor.value() == ["none"] and said[-1] == ["none"]
    qtbot.mouseClick(crm, Qt.MouseButton.LeftButton)
    assert editor.value() == ["crm"] and not none.isChecked()
