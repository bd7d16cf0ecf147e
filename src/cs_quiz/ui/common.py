"""Small widget makers every page uses, so labels wrap and buttons react to Enter the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
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
    b = QPushButton(text, parent)
    b.setAccessibleName(accessible_name)
    b.setAutoDefault(True)
    if name:
        b.setObjectName(name)
    if slot is not None:
        b.clicked.connect(slot)
    return b


def centred(parent: QWidget, inner: QWidget, max_chars: int) -> QWidget:
    """A holder that keeps ``inner`` at most ``max_chars`` average characters wide, centred, at the top: long
    lines are hard to read on a wide screen. For use as a scroll area's widget."""
    holder = QWidget(parent)
    holder.setObjectName("centredHolder")
    inner.setParent(holder)
    inner.setMaximumWidth(inner.fontMetrics().averageCharWidth() * max_chars)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner, 100)
    row.addStretch(1)
    col = QVBoxLayout(holder)
    col.setContentsMargins(0, 0, 0, 0)
    col.addLayout(row)
    col.addStretch(1)
    return holder
