"""The one place that turns problems from the core into messages people can act on.

Dialogs are opened window-modal with ``open()`` (not ``exec()``), so the app keeps running behind them and tests
can read and close them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cs_quiz.ui import announcer

if TYPE_CHECKING:
    from cs_quiz.bank.load import BankError

SHOWN_ERRORS = 12  # more go to "Show Details…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def bank_errors_dialog(parent: QWidget | None, errors: Sequence[BankError], usable: int) -> QMessageBox:
    """List every problem as FILE:LINE; the app carries on with the ``usable`` banks."""
    files = sorted({e.path for e in errors})
    lines = [f"{e.path}:{e.line}: {e.message}" for e in errors]
    box = QMessageBox(parent)
    box.setObjectName("bankErrors")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Some question banks could not be loaded"))
    if usable:
        box.setText(
            _tr("{files} question bank file(s) have problems and were skipped. The other banks work.").format(
                files=len(files)
            )
        )
    else:
        box.setText(_tr("No question bank could be loaded. Fix the problems below and start cs-quiz again."))
    # Every broken file in the visible text, each with its first problem: six files must not hide behind twelve
    # lines about the first one. All the problems are under Show Details.
    shown = []
    for path in files[:SHOWN_ERRORS]:
        own = [e for e in errors if e.path == path]
        line = f"{path}:{own[0].line}: {own[0].message}"
        if len(own) > 1:
            line += " " + _tr("(and {n} more in this file)").format(n=len(own) - 1)
        shown.append(line)
    if len(files) > SHOWN_ERRORS:
        shown.append(_tr("… and {n} more files (see Show Details).").format(n=len(files) - SHOWN_ERRORS))
    box.setInformativeText("\n".join(shown))
    box.setDetailedText("\n".join(lines))
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())
    box.open()
    announcer.announce(box, box.windowTitle() + ". " + box.text(), assertive=True)
    return box


def error_dialog(parent: QWidget | None, exc: BaseException, doing: str) -> QMessageBox:
    """A failed action: ``doing`` names it ("Saving the report"); the text says what happened."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(doing)
    box.setText(describe(exc))
    box.setAccessibleName(doing)
    box.setAccessibleDescription(box.text())
    box.open()
    announcer.announce(box, doing + ". " + box.text(), assertive=True)
    return box


def describe(exc: BaseException) -> str:
    """Plain words for an exception from the core or the system (never a traceback)."""
    from cs_quiz.bank.load import BankError
    from cs_quiz.store.store import StoreError

    if isinstance(exc, StoreError):
        from cs_quiz.report.qtext import render

        return render(exc.text)  # in the interface language
    if isinstance(exc, BankError):
        return str(exc)  # for whoever edits the bank file: FILE:LINE and the YAML field names, in English
    if isinstance(exc, PermissionError):
        if not exc.filename:
            return _tr("cs-quiz is not allowed to write there. Choose another folder.")
        return _tr("cs-quiz is not allowed to write to {path}. Choose another folder.").format(path=exc.filename)
    if isinstance(exc, OSError):
        if not exc.filename:  # "No space left on device ()" said nothing about where
            return _tr("The system reported: {why}.").format(why=exc.strerror or exc)
        return _tr("The system reported: {why} ({path}).").format(why=exc.strerror or exc, path=exc.filename)
    return _tr("Something went wrong: {why}").format(why=exc)
