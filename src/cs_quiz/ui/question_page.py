"""The question screen: progress by section, one clear card per question, and Back / Skip / Flag / Next.

The page only shows the session's state and emits the person's intents; the main window forwards them to the
session and calls :meth:`QuestionPage.show_state` again. Keys: 1–9 choose an option, Enter or → next, ← or
Backspace back. Text and number fields keep their own keys (they claim them first as shortcut overrides).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.report import markup
from cs_quiz.ui import announcer
from cs_quiz.ui.common import button, centred, focusable_descendants, show_bank_text
from cs_quiz.ui.common import label as _text

if TYPE_CHECKING:
    from cs_quiz.attempts.session import Session
    from cs_quiz.ui.answer_widgets import AnswerEditor


class QuestionPage(QWidget):
    answered = Signal(object)
    next_requested = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    flag_requested = Signal()
    review_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPage")
        self.editor: AnswerEditor | None = None
        self._qid = ""
        self.section = _text(self, "sectionTitle")
        self.counter = _text(self, "questionCounter")
        self.minutes = _text(self, "minutesLeft")
        for w in (self.counter, self.minutes):
            w.setWordWrap(False)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("progress")
        self.bar.setAccessibleName(self.tr("Answered so far"))
        self.bar.setTextVisible(False)  # the percentage is written beside the bar, where no fill colour is behind it
        self.percent = _text(self, "progressText")
        self.percent.setWordWrap(False)
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.percent)
        head = QHBoxLayout()
        head.addWidget(self.section, 1)
        head.addWidget(self.counter)
        head.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        head.addWidget(self.minutes)

        self.card = QFrame(self)
        self.card.setObjectName("questionCard")
        self.flag_badge = _text(self.card, "flagBadge")
        self.flag_badge.setText(self.tr("Flagged for review"))
        self.situation = _text(self.card, "situation")
        self.question = _text(self.card, "questionText")
        self.help = _text(self.card, "questionHelp")
        self.hint = _text(self.card, "keyHint")
        self.problem = _text(self.card, "answerProblem")
        self.card_box = QVBoxLayout(self.card)
        for w in (self.flag_badge, self.situation, self.question, self.help):
            self.card_box.addWidget(w)
        self.card_box.addSpacing(self.fontMetrics().height() // 2)
        self.editor_slot = self.card_box.count()
        self.card_box.addWidget(self.hint)
        self.card_box.addWidget(self.problem)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("questionScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(centred(self.scroller, self.card, 110))
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.back = self._button(self.tr("← Back"), self.tr("Previous question"), self.back_requested.emit)
        self.skip = self._button(self.tr("Skip"), self.tr("Skip this question"), self.skip_requested.emit)
        self.flag = self._button(self.tr("Flag for review"), self.tr("Flag for review"), self.flag_requested.emit)
        self.flag.setCheckable(True)
        self.review = self._button(self.tr("Review"), self.tr("Review answers"), self.review_requested.emit)
        self.next = self._button(self.tr("Next →"), self.tr("Next question"), self.next_requested.emit)
        self.next.setObjectName("primary")
        self.flag.setObjectName("flagButton")
        nav = QHBoxLayout()
        for b in (self.back, self.skip, self.flag):
            nav.addWidget(b)
        nav.addStretch(1)
        nav.addWidget(self.review)
        nav.addWidget(self.next)

        page = QVBoxLayout(self)
        page.addLayout(head)
        page.addLayout(progress)
        page.addWidget(self.scroller, 1)
        page.addLayout(nav)
        self._shortcuts()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        return button(self, text, name, slot)

    def _shortcuts(self) -> None:
        def add(key: int, slot: Callable[[], object]) -> None:
            s = QShortcut(QKeySequence(key), self)
            s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            s.activated.connect(slot)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            add(key, self._enter)
        add(Qt.Key.Key_Right, self.next_requested.emit)
        add(Qt.Key.Key_Left, self.back_requested.emit)
        add(Qt.Key.Key_Backspace, self.back_requested.emit)
        for digit in range(1, 10):
            add(Qt.Key.Key_0 + digit, partial(self.choose, digit))

    def _enter(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QPushButton) and self.isAncestorOf(focus):
            focus.click()  # Enter on a focused button presses it
        else:
            self.next_requested.emit()

    def choose(self, number: int) -> None:
        if self.editor is not None:
            self.editor.choose(number)

    # ---- showing the session's state ----------------------------------------------------------------------
    def show_state(self, session: Session) -> None:
        q = session.current
        moved = q.id != self._qid
        if moved:
            self._qid = q.id
            self._set_card(session)
        p = session.progress()
        self.section.setText(p.section)
        self.counter.setText(self.tr("Question {n} of {total}").format(n=p.index + 1, total=p.total))
        self.minutes.setText(self.tr("About {n} min left").format(n=p.minutes_left))
        self.bar.setValue(p.percent)
        self.bar.setFormat(self.tr("{percent}% answered").format(percent=p.percent))
        self.percent.setText(self.bar.format())
        self.bar.setAccessibleDescription(self.bar.format())
        flagged = session.is_flagged(q.id)
        self.flag_badge.setVisible(flagged)
        self.flag.setChecked(flagged)
        self.back.setEnabled(not session.is_first)
        self.next.setText(self.tr("Review →") if session.leads_to_review else self.tr("Next →"))
        self.review.setVisible(not session.leads_to_review)  # "Review →" is the way on: not two buttons for one
        if self.editor is not None:
            self.editor.blockSignals(True)
            self.editor.set_value(session.answer_of(q.id))
            self.editor.blockSignals(False)
        if moved:  # focus lands on the first answer, so say where the person is
            announcer.announce(self, self.progress_text())

    def progress_text(self) -> str:
        """What is announced on arriving at a question: the counter, the section and the share answered."""
        return ". ".join(t for t in (self.counter.text(), self.section.text(), self.percent.text()) if t)

    def _set_card(self, session: Session) -> None:
        from cs_quiz.ui.answer_widgets import make_editor

        q = session.current
        if self.editor is not None:
            self.card_box.removeWidget(self.editor)
            self.editor.hide()  # at once: until it is deleted, Tab could still reach the old answers
            self.editor.deleteLater()
        show_bank_text(self.situation, q.situation)  # the bank's **bold** and lists, as the PDF shows them
        self.situation.setVisible(bool(q.situation))
        show_bank_text(self.question, q.text)
        show_bank_text(self.help, q.help)
        self.help.setVisible(bool(q.help))
        self.problem.hide()
        self.editor = make_editor(session.bank, q, self.card, session.options_of(q))
        self.editor.setAccessibleName(markup.plain(q.text))
        self.editor.changed.connect(self.answered.emit)
        self.card_box.insertWidget(self.editor_slot, self.editor)
        self.editor.show()  # now, so that it can take focus at once
        order = [*focusable_descendants(self.editor), self.back, self.skip, self.flag, self.review, self.next]
        for before, after in zip(order, order[1:], strict=False):  # reading order: the answers, then the buttons
            QWidget.setTabOrder(before, after)
        self.hint.setText(self._hint(q.type.value, len(q.options) or self._scale_size(session)))
        self.scroller.verticalScrollBar().setValue(0)
        self.editor.focus_first()

    @staticmethod
    def _scale_size(session: Session) -> int:
        scale = session.bank.scales.get(session.current.scale or "")
        return len(scale.points) if scale else 0

    def _hint(self, kind: str, count: int) -> str:
        if kind == "reflection":
            return self.tr("Write in your own words; nothing here is scored. Tab moves on to the buttons.")
        if kind == "scenario":
            return self.tr("Keys 1–{n} pick in the column you are in (Tab moves between Best and Worst).").format(
                n=min(count, 9)
            )
        if count == 0:
            return self.tr("Type a number, then press Enter.")
        return self.tr("Keys 1–{n} choose an answer; Enter or → goes on, ← goes back.").format(n=min(count, 9))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        announcer.announce(self, text, assertive=True)

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the fixed texts again; the card (with its key hint) is rebuilt and the
        counters re-read on the next ``show_state``."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange:
            return
        self.bar.setAccessibleName(self.tr("Answered so far"))
        self.flag_badge.setText(self.tr("Flagged for review"))
        self.back.setText(self.tr("← Back"))
        self.back.setAccessibleName(self.tr("Previous question"))
        self.skip.setText(self.tr("Skip"))
        self.skip.setAccessibleName(self.tr("Skip this question"))
        self.flag.setText(self.tr("Flag for review"))
        self.flag.setAccessibleName(self.tr("Flag for review"))
        self.review.setText(self.tr("Review"))
        self.review.setAccessibleName(self.tr("Review answers"))
        self.next.setText(self.tr("Next →"))
        self.next.setAccessibleName(self.tr("Next question"))
        self._qid = ""
