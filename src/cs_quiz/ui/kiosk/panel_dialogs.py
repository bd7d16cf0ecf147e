"""The facilitator panel's questions: the typed confirmation before every result on the machine is deleted, the one
before leaving kiosk mode, and the panel's button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.ui.common import label


def panel_button(parent: QWidget, text: str, accessible: str, slot: Callable[..., Any], name: str = "") -> QPushButton:
    """A button that never fires on Enter from elsewhere (autoDefault off), named for screen readers."""
    b = QPushButton(text, parent)
    b.setAccessibleName(accessible)
    b.setAutoDefault(False)
    if name:
        b.setObjectName(name)
    b.clicked.connect(slot)
    return b


class ClearDialog(QDialog):
    """Typed confirmation: the Delete button works only once the confirmation word is typed."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clearDialog")
        self.setWindowTitle(self.tr("Clear all results"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.word = self.tr("DELETE")
        text = self.tr(
            "This removes all {n} attempts from this machine, for good. Export them first if you need them. "
            "Type {word} to confirm."
        ).format(n=count, word=self.word)
        self.text = label(self, "clearText", text)
        self.field = QLineEdit(self)
        self.field.setObjectName("clearConfirm")
        self.field.setAccessibleName(self.tr("Type {word} to confirm").format(word=self.word))
        self.delete = panel_button(
            self, self.tr("Delete all results"), self.tr("Delete all results"), self.accept, "danger"
        )
        self.delete.setEnabled(False)
        cancel = panel_button(self, self.tr("Cancel"), self.tr("Keep the results"), self.reject)
        self.field.textChanged.connect(lambda t: self.delete.setEnabled(t.strip() == self.word))
        row = QHBoxLayout()
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.delete)
        col = QVBoxLayout(self)
        col.addWidget(self.text)
        col.addWidget(self.field)
        col.addLayout(row)


def exit_question(parent: QWidget) -> QMessageBox:
    """ "Exit kiosk mode?": accepted only by its Exit button; Enter and Escape keep the kiosk running."""
    translate = QCoreApplication.translate  # spelled out below: lupdate finds only translate(...) calls by name
    box = QMessageBox(parent)
    box.setObjectName("exitKioskDialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("FacilitatorPanel", "Exit kiosk mode"))
    box.setText(
        translate(
            "FacilitatorPanel",
            "Exit kiosk mode? cs-quiz closes and this computer shows its desktop to whoever is here.",
        )
    )
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    leave = box.addButton(translate("FacilitatorPanel", "Exit kiosk mode"), QMessageBox.ButtonRole.AcceptRole)
    leave.setObjectName("danger")
    stay = box.addButton(translate("FacilitatorPanel", "Stay in the kiosk"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    # Each button as wide as its words. Side by side when they fit the window, else one above the other (Spanish
    # at 200 % text on a 1024×600 screen): a message box never wraps a button's words, it would cut them.
    for b in (leave, stay):
        b.ensurePolished()
    room = parent.window().width() * 3 // 4
    if leave.sizeHint().width() + stay.sizeHint().width() > room:
        buttons = box.findChild(QDialogButtonBox)
        if buttons is not None:
            buttons.setOrientation(Qt.Orientation.Vertical)
    return box
