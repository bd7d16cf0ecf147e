"""Small widget makers every page uses, so labels wrap and buttons react to Enter the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget


def label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A wrapping plain-text label (bank text may contain & or <, which must show as written)."""
    w = QLabel(text, parent)
    w.setObjectName(name)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
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
