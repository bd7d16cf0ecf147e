"""One question as a person taking the bank sees it — situation, text, help and the app's own answer widgets
(:func:`cs_quiz.ui.answer_widgets.make_editor`) — with, for the author, where it is: its section, id, type and line.

Options are shown in the order written (the app shuffles some per attempt; the author checks what was written).
Keys 1–9 choose an option, as on the question screen. The card only shows and reports: ``answered(id, value)``.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from cs_quiz.bank.model import Bank, Question
from cs_quiz.report import markup
from cs_quiz.ui.answer_widgets import AnswerEditor, make_editor
from cs_quiz.ui.common import button, focusable_descendants, label, show_bank_text
from cs_quiz.ui.rows import WrapRow


class QuestionCard(QScrollArea):
    """``answered(question id, value or None)``; ``edit_requested(line)``: open the file at the question."""

    answered = Signal(str, object)
    edit_requested = Signal(int)
    step_requested = Signal(int)  # -1 the question before, +1 the one after, in the outline

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewCard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor: AnswerEditor | None = None
        self.question: Question | None = None
        self._key: tuple[object, ...] = ()  # what the widgets shown were built from
        self.line = 0
        body = QWidget(self)
        body.setObjectName("centredHolder")  # the page's background in every theme
        self.card = QFrame(body)
        self.card.setObjectName("questionCard")
        self.where = label(self.card, "questionWhere")
        self.situation = label(self.card, "situation")
        self.text = label(self.card, "questionText")
        self.help = label(self.card, "questionHelp")
        self.edit = button(self.card, "", "", lambda: self.edit_requested.emit(self.line), name="editHere")
        self.box = QVBoxLayout(self.card)
        head = QHBoxLayout()  # where the question is, and the way there in the file
        head.addWidget(self.where, 1)
        head.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(head)
        for w in (self.situation, self.text, self.help):
            self.box.addWidget(w)
        self.slot = self.box.count()
        self.clear_one = button(self.card, "", "", self._clear_one, name="clearOne")
        self.before = button(self.card, "", "", lambda: self.step_requested.emit(-1), name="previousQuestion")
        self.after = button(self.card, "", "", lambda: self.step_requested.emit(1), name="nextQuestion")
        # On as many lines as the card's width needs (never a button cut or a side scroll); Previous and Next at the
        # end, as in the app.
        self.box.addLayout(WrapRow([self.clear_one], [self.before, self.after]))
        col = QVBoxLayout(body)
        col.addWidget(self.card)
        col.addStretch(1)
        self.setWidget(body)
        self.empty = label(self.card, "noQuestion")
        self.box.insertWidget(0, self.empty)
        self._shortcuts()
        self._retranslate()
        self.show_nothing()

    def _shortcuts(self) -> None:
        for digit in range(1, 10):
            s = QShortcut(QKeySequence(Qt.Key.Key_0 + digit), self)
            s.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            s.activated.connect(partial(self._choose, digit))

    def _choose(self, number: int) -> None:
        if self.editor is not None:
            self.editor.choose(number)

    def show_nothing(self) -> None:
        """No bank has loaded (or it has no question): only a word saying so."""
        self._drop_editor()
        self.question = None
        self._key = ()
        for w in (self.where, self.situation, self.text, self.help, self.clear_one, self.edit, self.before, self.after):
            w.hide()
        self.empty.show()

    def show_question(
        self, bank: Bank, section_title: str, question: Question, value: Any, *, again: bool = False
    ) -> None:
        """Show ``question`` of ``bank`` (in ``section_title``) with ``value`` as its answer (None: none yet). The
        same question as shown (a save that changed something else) keeps its widgets, and the keys stay where they
        were; ``again`` builds it anew all the same (a new interface language)."""
        key = (section_title, question, bank.scales.get(question.scale or ""))
        if not again and self.editor is not None and key == self._key:
            self.set_value(value)
            return
        self._key = key
        self._drop_editor()
        self.empty.hide()
        self.question, self.line = question, question.pos.line
        kind = question.type.value + (f" ({question.input.value})" if question.input is not None else "")
        self.where.setText(
            self.tr("{section} · {id} · {kind} · line {line}").format(
                section=section_title, id=question.id, kind=kind, line=question.pos.line
            )
        )
        show_bank_text(self.situation, question.situation)
        show_bank_text(self.text, question.text)
        show_bank_text(self.help, question.help)
        self.where.show()
        self.text.show()
        self.situation.setVisible(bool(question.situation))
        self.help.setVisible(bool(question.help))
        self.editor = make_editor(bank, question, self.card)
        self.editor.setAccessibleName(markup.plain(question.text))
        self.editor.set_value(value)
        self.editor.changed.connect(lambda v, qid=question.id: self.answered.emit(qid, v))
        self.box.insertWidget(self.slot, self.editor)
        for b in (self.clear_one, self.edit, self.before, self.after):
            b.show()
        self.editor.show()
        order = self.chain()
        for first, then in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, then)

    def chain(self) -> list[QWidget]:
        """The card's controls in reading order: the way to the file, the answers, then the buttons."""
        answers = focusable_descendants(self.editor) if self.editor is not None else []
        return [self.edit, *answers, self.clear_one, self.before, self.after]

    def set_value(self, value: Any) -> None:
        if self.editor is not None:
            self.editor.blockSignals(True)
            self.editor.set_value(value)
            self.editor.blockSignals(False)

    def focus_answers(self) -> None:
        if self.editor is not None:
            self.editor.focus_first()

    def _clear_one(self) -> None:
        if self.question is not None:
            self.set_value(None)
            self.answered.emit(self.question.id, None)

    def _drop_editor(self) -> None:
        if self.editor is not None:
            self.box.removeWidget(self.editor)
            self.editor.hide()  # at once: until it is deleted, Tab could still reach the old answers
            self.editor.deleteLater()
            self.editor = None

    def _retranslate(self) -> None:
        self.empty.setText(self.tr("No question to show: the bank has not loaded yet."))
        for b, text, name in (
            (self.clear_one, self.tr("Clear this answer"), self.tr("Clear the answer to this question")),
            (self.edit, self.tr("Edit in the file"), self.tr("Open the bank file at this question")),
            (self.before, self.tr("← Previous"), self.tr("Previous question")),
            (self.after, self.tr("Next →"), self.tr("Next question")),
        ):
            b.setText(text)
            b.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
