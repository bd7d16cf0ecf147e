"""Driving the kiosk like a participant, and a fingerprint of everything on screen that can hold a person's data."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

PIN = "2468"  # the facilitator PIN the kiosk tests set


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has keyboard focus"
    return w


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def begin(qtbot: Any, window: Any, nickname: str = "") -> None:
    """Type a nickname (if any) on the welcome screen and tap Start."""
    assert window.page == "welcome"
    if nickname:
        qtbot.keyClicks(window.attract.nickname, nickname)
    qtbot.mouseClick(window.attract.start, Qt.MouseButton.LeftButton)
    assert window.page == "question"


def answer_quick(qtbot: Any, window: Any, data: int, patience: int, years: int | None, stop_after: int = 3) -> None:
    """Answer the small bank's quick section (data-1, patience-1, years) with the keyboard, as far as ``stop_after``."""
    steps: list[Any] = [str(data), str(patience), None if years is None else str(years)]
    for i, value in enumerate(steps[:stop_after]):
        if value is not None:
            if i < 2:
                press(qtbot, Qt.Key(Qt.Key.Key_0 + int(value)))
            else:
                qtbot.keyClicks(focused(), value)
        press(qtbot, Qt.Key.Key_Return)


def finish_from_review(qtbot: Any, window: Any) -> None:
    assert window.page == "review"
    qtbot.mouseClick(window.review.finish, Qt.MouseButton.LeftButton)
    assert window.page == "results"


def fingerprint(root: QWidget) -> list[tuple[str, ...]]:
    """Every widget under ``root`` that can hold text, a choice, a selection or a scroll position, with that state,
    plus where the keyboard focus is. Two windows showing the same thing have the same fingerprint."""
    rows: list[tuple[str, ...]] = []
    for w in [root, *root.findChildren(QWidget)]:
        kind = type(w).__name__
        name = w.objectName()
        state: list[str] = []
        if isinstance(w, QLineEdit):
            state += [w.text(), w.selectedText(), str(w.cursorPosition())]
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            state.append(w.toPlainText())
        if isinstance(w, QLabel):
            state.append(w.text())
        if isinstance(w, QAbstractButton):
            state += [w.text(), str(w.isChecked())]
        if isinstance(w, QAbstractSpinBox):
            state.append(w.text())
        if isinstance(w, QComboBox):
            state += [str(w.currentIndex()), w.currentText()]
        if isinstance(w, QAbstractItemView):
            state += [str(w.model().rowCount() if w.model() else 0), str(len(w.selectedIndexes()))]
        if isinstance(w, QAbstractSlider):
            state.append(str(w.value()))
        state += [w.accessibleName(), w.accessibleDescription()]
        if not (name.startswith("qt_scrollarea_") or isinstance(w, QScrollBar)):  # shown or not: the layout's
            state.append(str(w.isVisible()))
        rows.append((kind, name, *state))
    focus = QApplication.focusWidget()
    rows.append(("focus", type(focus).__name__ if focus else "", focus.objectName() if focus else ""))
    return rows


def all_text(root: QWidget) -> str:
    return "\n".join("\t".join(row) for row in fingerprint(root))
