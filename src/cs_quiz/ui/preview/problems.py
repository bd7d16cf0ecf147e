"""The problems of the bank file, all at once, as ``file:line: message``; Enter (or a double-click) on one opens
the file at that line (:mod:`.editor`). Above them, when the preview still shows an earlier version, a banner
says so in plain words.

The messages are the loader's, in English like ``cs-quiz validate`` (they name the file's own field names); what
this panel adds around them is translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cs_quiz.ui import announcer
from cs_quiz.ui.common import label
from cs_quiz.ui.preview.reading import Problem

PROBLEM_ROLE = int(Qt.ItemDataRole.UserRole)


class StaleBanner(QFrame):
    """The warning across the top while the file does not load but an earlier version does (the message bar's
    look, which the style sheet gives ``#messageBar``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setProperty("level", "warning")
        self.text = label(self, "staleText")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)  # the style sheet's padding is room enough: one line, not three
        row.addWidget(self.text, 1)
        self._retranslate()
        self.hide()

    def _retranslate(self) -> None:
        self.text.setText(self.tr("Showing the last version that loaded; fix the problems below."))
        self.setAccessibleName(self.text.text())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


class ProblemsPanel(QWidget):
    """A heading ("3 problems in …") and the list. ``open_requested(path, line)`` when one is activated."""

    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.problems: tuple[Problem, ...] = ()
        self.heading = label(self, "problemsHeading")
        self.list = QListWidget(self)
        self.list.setObjectName("problemsList")
        self.list.setWordWrap(True)  # a message is a sentence or two: wrapped, never cut
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.itemActivated.connect(self._activated)  # Enter, and a double-click
        self.heading.setBuddy(self.list)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.heading)
        col.addWidget(self.list, 1)
        self._retranslate()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """List ``problems`` (errors and warnings, in the order given), choosing the first; say how many."""
        self.problems = tuple(problems)
        self.list.clear()
        for p in self.problems:
            item = QListWidgetItem(self._line(p), self.list)
            item.setData(PROBLEM_ROLE, (p.path, p.line))
            item.setToolTip(f"{p.path}:{p.line}:{p.column}")
        if self.problems:
            self.list.setCurrentRow(0)
        self._retranslate()
        if self.problems:
            announcer.announce(self, self.heading.text(), assertive=True)

    def _line(self, p: Problem) -> str:
        where = f"{Path(p.path).name}:{p.line}"
        if p.warning:
            return self.tr("{where}: warning: {message}").format(where=where, message=p.message)
        return f"{where}: {p.message}"

    def _activated(self, item: QListWidgetItem) -> None:
        path, line = item.data(PROBLEM_ROLE)
        self.open_requested.emit(path, int(line))

    def _retranslate(self) -> None:
        errors = sum(1 for p in self.problems if not p.warning)
        warnings = len(self.problems) - errors
        if errors:
            text = self.tr("Problems that stop the bank from loading: {n}").format(n=errors)
        elif warnings:
            text = self.tr("Warnings (the bank works, but have a look): {n}").format(n=warnings)
        else:
            text = self.tr("No problems.")
        self.heading.setText(text)
        hint = self.tr("Enter or a double-click on a problem opens the file at its line.")
        self.list.setAccessibleName(self.tr("Problems in the bank file"))
        self.list.setAccessibleDescription(f"{text}. {hint}")
        self.list.setToolTip(hint)
        for i, p in enumerate(self.problems):
            item = self.list.item(i)
            if item is not None:
                item.setText(self._line(p))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
