"""Review before finishing: every answer given, the questions left unanswered or flagged first, a jump to any of
them (moving on from it comes back here), and Finish."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cs_quiz.ui.common import button

if TYPE_CHECKING:
    from cs_quiz.attempts.session import Session


class ReviewPage(QWidget):
    jump_requested = Signal(int)  # question index
    finish_requested = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.title = QLabel(self.tr("Review your answers"), self)
        self.title.setObjectName("title")
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(self.tr("Your answers, those to look at again first"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rows wrap again when the window changes width
        self.list.itemActivated.connect(self._activated)
        self.go = button(
            self,
            self.tr("Go to question"),
            self.tr("Go to the selected question"),
            lambda: self._activated(self.list.currentItem()),
        )
        self.back = button(
            self, self.tr("← Back to the questions"), self.tr("Back to the questions"), self.back_requested.emit
        )
        self.finish = button(
            self,
            self.tr("Finish and see results"),
            self.tr("Finish and see results"),
            self.finish_requested.emit,
            "primary",
        )
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.go)
        nav.addStretch(1)
        nav.addWidget(self.finish)
        for before, after in ((self.list, self.back), (self.back, self.go), (self.go, self.finish)):
            QWidget.setTabOrder(before, after)  # reading order (Go was made before Back)
        col = QVBoxLayout(self)
        col.addWidget(self.title)
        col.addWidget(self.summary)
        col.addWidget(self.list, 1)
        col.addLayout(nav)

    def show_state(self, session: Session) -> None:
        from cs_quiz.ui.answer_text import answer_text

        unanswered, flagged = set(session.unanswered()), set(session.flagged())
        p = session.progress()
        if unanswered or flagged:
            summary = self.tr(
                "You answered {answered} of {total} questions; {open} unanswered, {flagged} flagged, listed first. "
                "Unanswered questions are left out of your scores. Select a question to go back to it, or finish now."
            )
        else:
            summary = self.tr(
                "You answered all {total} questions. Your answers are below: select one to change it, or finish now."
            )
        self.summary.setText(
            summary.format(answered=p.answered, total=p.total, open=len(unanswered), flagged=len(flagged))
        )
        self.list.clear()
        attention = sorted(unanswered | flagged)
        for i in [*attention, *(i for i in range(len(session.questions)) if i not in unanswered | flagged)]:
            notes = []
            if i in unanswered:
                notes.append(self.tr("unanswered"))
            if i in flagged:
                notes.append(self.tr("flagged"))
            q = session.questions[i]
            if notes:
                text = self.tr("Question {n} ({notes}): {text}").format(n=i + 1, notes=", ".join(notes), text=q.text)
            else:
                text = self.tr("Question {n}: {text}").format(n=i + 1, text=q.text)
            given = answer_text(session.bank, q, session.answer_of(q.id))
            if given:
                text += "\n" + self.tr("Your answer: {answer}").format(answer=given)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, i)
        self.list.setCurrentRow(0)
        if attention:  # the first to look at again is selected, Enter goes to it
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:  # all answered: Enter finishes, and the answers are a Shift+Tab away
            self.finish.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.jump_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the fixed texts again (the summary and list follow on ``show_state``)."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange:
            return
        self.title.setText(self.tr("Review your answers"))
        self.list.setAccessibleName(self.tr("Your answers, those to look at again first"))
        self.go.setText(self.tr("Go to question"))
        self.go.setAccessibleName(self.tr("Go to the selected question"))
        self.back.setText(self.tr("← Back to the questions"))
        self.back.setAccessibleName(self.tr("Back to the questions"))
        self.finish.setText(self.tr("Finish and see results"))
        self.finish.setAccessibleName(self.tr("Finish and see results"))
