"""An editor for each kiosk option, made from its declaration in :mod:`cs_quiz.kiosk.settings`, and its value read
back: a list for options with choices, a check box for yes/no, a spin box in seconds for numbers, a text field
otherwise. (The bank and section lists depend on each other and on the banks; the panel makes those itself.)"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from cs_quiz.kiosk import settings as ks


def make_editor(parent: QWidget, option: ks.Option, value: Any, percent: Callable[[float], str]) -> QWidget:
    """The editor for ``option`` showing ``value``; ``percent`` writes a share (0.8) as people read it here."""
    editor: QWidget
    if option.choices:
        editor = QComboBox(parent)
        editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for i, choice in enumerate(option.choices):
            if option.choice_labels:
                shown = QCoreApplication.translate(ks.CONTEXT, option.choice_labels[i])
            else:
                shown = percent(int(choice) / 100) if option.unit == "%" else str(choice)
            editor.addItem(shown, choice)
        editor.setCurrentIndex(max(editor.findData(value), 0))
    elif option.kind is bool:
        editor = QCheckBox(parent)
        editor.setChecked(bool(value))
    elif option.kind is int:
        editor = QSpinBox(parent)
        editor.setRange(option.minimum, option.maximum)
        editor.setValue(int(value))
        editor.setSuffix(" " + QCoreApplication.translate("FacilitatorPanel", "s"))
        editor.setMinimumWidth(220)  # room for "600 s" and the arrows, not the width of the screen
    else:
        editor = QLineEdit(str(value), parent)
        if option.maximum:
            editor.setMaxLength(option.maximum)
        editor.setMinimumWidth(editor.fontMetrics().averageCharWidth() * 24)  # room for a class's name
    return editor


def value_of(editor: QWidget) -> Any:
    """What ``editor`` holds now, as the option stores it."""
    if isinstance(editor, QComboBox):
        return editor.currentData() or ""
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QSpinBox):
        return editor.value()
    if isinstance(editor, QLineEdit):
        return editor.text()
    raise TypeError(f"not an option editor: {editor!r}")
