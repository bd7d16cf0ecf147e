"""Small widget makers every page uses, so labels wrap and buttons react to Enter the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


def label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A wrapping plain-text label (bank text may contain & or <, which must show as written)."""
    w = QLabel(text, parent)
    w.setObjectName(name)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setIndent(0)  # a style-sheet box would otherwise add an indent of half an "x"
    return w


def button(
    parent: QWidget, text: str, accessible_name: str, slot: Callable[..., Any] | None = None, name: str = ""
) -> QPushButton:
    """A push button that Enter and Space both press when it has focus (``name="primary"`` styles it as the
    main action)."""
    b = QPushButton(parent)  # not (text, parent): ruling out the (icon, text) overload makes PySide6 build
    b.setText(text)  # QIcon's 150-name enum, about 1 ms of every start
    b.setAccessibleName(accessible_name)
    b.setAutoDefault(True)
    if name:
        b.setObjectName(name)
    if slot is not None:
        b.clicked.connect(slot)
    return b


def focusable_descendants(widget: QWidget) -> list[QWidget]:
    """The controls inside ``widget`` that Tab can reach, in the order they were added (a spin box, not the line
    edit inside it)."""
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _inside_proxy(w, widget)
    ]


def _inside_proxy(w: QWidget, top: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if parent.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return True  # part of a composite control (a spin box's line edit)
        parent = parent.parentWidget()
    return False


class _Centred(QWidget):
    """Holds one widget at most ``max_chars`` average characters wide, re-measured when the text size changes."""

    def __init__(self, parent: QWidget, inner: QWidget, max_chars: int) -> None:
        super().__init__(parent)
        self.setObjectName("centredHolder")
        self.inner, self.max_chars = inner, max_chars
        inner.setParent(self)
        self._measure()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner, 100)
        row.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(row)
        col.addStretch(1)

    def _measure(self) -> None:
        self.inner.setMaximumWidth(self.inner.fontMetrics().averageCharWidth() * self.max_chars)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()


def centred(parent: QWidget, inner: QWidget, max_chars: int) -> QWidget:
    """A holder that keeps ``inner`` at most ``max_chars`` average characters wide, centred, at the top: long
    lines are hard to read on a wide screen. For use as a scroll area's widget."""
    return _Centred(parent, inner, max_chars)
