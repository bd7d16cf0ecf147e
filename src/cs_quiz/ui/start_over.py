"""Starting a new attempt while an unfinished one is offered: ask first.

Starting anew sets the unfinished attempt aside for good (it is kept in the history as abandoned, and can no longer
be resumed), which a person clicking "Quick check" under the resume offer may not mean. The question offers to
resume it (the default: Enter keeps the answers going), to start the new one, or to cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cs_quiz.ui import announcer


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartOver", text)


def ask(
    parent: QWidget, unfinished: str, answered: int, resume: Callable[[], None], start: Callable[[], None]
) -> QMessageBox:
    """``unfinished``: what the unfinished attempt is ("Quick check"), ``answered``: how many answers it holds."""
    box = QMessageBox(parent)
    box.setObjectName("startOver")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Start a new attempt?"))
    box.setText(
        _tr("Your unfinished {what} has {n} answer(s). Resume it, or start a new attempt?").format(
            what=unfinished, n=answered
        )
    )
    box.setInformativeText(
        _tr("If you start a new one, the unfinished one stays in your history but can no longer be resumed.")
    )
    go_on = box.addButton(_tr("Resume it"), QMessageBox.ButtonRole.AcceptRole)
    go_on.setObjectName("primary")
    anew = box.addButton(_tr("Start a new one"), QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go_on)
    box.setEscapeButton(cancel)

    def chosen_one() -> None:
        chosen = box.clickedButton()
        if getattr(parent, "dialog", None) is box:  # the window's note of its open dialog
            parent.dialog = None  # type: ignore[attr-defined]
        box.deleteLater()  # gone for good: a closed question must never take another key
        parent.activateWindow()  # and the keys go back to the window, to the question now shown
        if chosen is go_on:
            resume()
        elif chosen is anew:
            start()

    box.finished.connect(chosen_one)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text() + " " + box.informativeText())
    box.open()
    announcer.announce(box, box.text(), assertive=True)
    return box
