"""Quitting while the results folder refuses writes: ask first, and offer to save the answers to a file.

When the disk is full or read-only the store goes on in memory (docs/storage.md), so the answers given since then
exist only in this process. Closing the window would lose them without a word; instead the person is asked, and
can save them as an answers file that ``cs-quiz score`` and ``cs-quiz report`` read (``{answers, sections,
seconds, nickname}``, JSON, which is also YAML).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cs_quiz.atomic import atomic_write_text
from cs_quiz.ui import announcer

if TYPE_CHECKING:
    from cs_quiz.attempts.attempt import Attempt
    from cs_quiz.store.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unsaved", text)


def at_risk(store: Store, attempt: Attempt | None) -> bool:
    """Whether closing now would lose answers: some were given, and the store cannot keep them on disk."""
    if attempt is None or not attempt.session.answers:
        return False
    return store.degraded is not None or attempt.problem is not None or not attempt.saved


def answers_document(attempt: Attempt) -> dict[str, Any]:
    session = attempt.session
    doc: dict[str, Any] = {"sections": list(session.sections), "answers": dict(session.answers)}
    seconds = session.seconds()
    if seconds is not None:
        doc["seconds"] = round(seconds, 1)
    if attempt.nickname:
        doc["nickname"] = attempt.nickname
    return doc


def save_answers(attempt: Attempt, path: Path) -> None:
    """Write the attempt's answers as a file ``cs-quiz score`` reads (atomically: all of it or nothing)."""
    atomic_write_text(path, json.dumps(answers_document(attempt), ensure_ascii=False, indent=1) + "\n")


def ask(parent: QWidget, attempt: Attempt, quit_now: Callable[[], None]) -> QMessageBox:
    """The question, opened window-modal: Save answers… (then quit), Quit without saving, or Cancel."""
    box = QMessageBox(parent)
    box.setObjectName("unsavedAnswers")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Your answers are not saved"))
    box.setText(
        _tr(
            "Your answers could not be saved in the results folder, so they will be lost when cs-quiz closes. "
            "Save them to a file first? You can score it later with cs-quiz score."
        )
    )
    save = box.addButton(_tr("Save answers…"), QMessageBox.ButtonRole.AcceptRole)
    lose = box.addButton(_tr("Quit without saving"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(box.text())

    def chosen() -> None:
        clicked = box.clickedButton()
        if clicked is lose:
            quit_now()
        elif clicked is save:
            name, _ = QFileDialog.getSaveFileName(
                parent, _tr("Save your answers"), str(Path.home() / "cs-quiz-answers.json"), _tr("Answers (*.json)")
            )
            if not name:
                return  # cancelled: stay open, nothing lost
            try:
                save_answers(attempt, Path(name))
            except OSError as exc:
                from cs_quiz.ui.errors import error_dialog

                error_dialog(parent, exc, _tr("Saving your answers"))
                return
            quit_now()

    box.finished.connect(lambda _result: chosen())
    box.open()
    announcer.announce(box, box.windowTitle() + ". " + box.text(), assertive=True)
    return box
