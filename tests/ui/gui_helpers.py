"""Helpers shared by the GUI tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "banks"
SMALL = FIXTURES / "small.yaml"


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has keyboard focus"
    return w


def press(qtbot, key: Qt.Key, times: int = 1) -> None:  # type: ignore[no-untyped-def]
    """A key press as a keyboard user makes it: to whatever has focus."""
    for _ in range(times):
        qtbot.keyClick(focused(), key)


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def start_anew(window) -> None:  # type: ignore[no-untyped-def]
    """Answer the "Start a new attempt?" question (an unfinished attempt was offered) with "Start a new one"."""
    from PySide6.QtWidgets import QMessageBox

    box = window.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "startOver", "no start-over question"
    [anew] = [b for b in box.buttons() if b.text() == "Start a new one"]
    anew.click()
    assert window.session is not None
