"""Review of your answers: after finishing, each workplace scenario with the person's picks, the best and worst
answers, what each answer leads to, and why. :class:`ReviewOffer` puts "Review my answers" on the results screen
(never on the kiosk: the keys would help the next person at a shared machine) and opens
:class:`AnswersReviewDialog`.

Every mark is written out ("Your pick for best", "Best answer", …): nothing is told by colour alone, and a screen
reader reads the marks with the option they belong to. The scenarios scroll; Escape or Close ends the review.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cs_quiz.report import markup
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.review import AnswersReview, ReviewedOption, ReviewedScenario, review
from cs_quiz.ui.common import button, centred, fit_over, label, reading_layout, show_bank_text, shown_text
from cs_quiz.ui.theme import current_theme

MAX_CHARS = 100  # the longest line, in average characters: long lines are hard to read on a wide screen


class AnswersReviewDialog(QDialog):
    """The scenarios (and single-choice questions with feedback) of one attempt and their keys, one card each, in
    asking order."""

    def __init__(self, review: AnswersReview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answersReview")
        self.setWindowTitle(self.tr("Review of your answers"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.review = review
        body = QWidget(self)
        body.setObjectName("answersReviewBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(label(body, "title", self.tr("Review of your answers")))
        if review.only_scenarios:
            intro = self.tr(
                "Each workplace scenario with the answers you picked, the best and the worst answer, and why. "
                "Reading this does not change your result."
            )
        else:
            intro = self.tr(
                "Each question with the answer you picked, the best answer, and why. "
                "Reading this does not change your result."
            )
        col.addWidget(label(body, "answeredNote", intro))
        self.setAccessibleDescription(intro)
        for n, scenario in enumerate(review.scenarios, start=1):
            col.addWidget(self._card(body, n, len(review), scenario))
        self.scroller = QScrollArea(self)  # everything scrolls but Close: the scenarios get the room
        self.scroller.setObjectName("answersReviewScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # it takes focus, so the keys can scroll it
        self.scroller.setAccessibleName(
            self.tr("The scenarios and their answers") if review.only_scenarios else self.tr("Your answers")
        )
        self.scroller.setWidget(centred(self.scroller, body, MAX_CHARS))
        t = current_theme()  # a frame as wide as the focus ring, drawn only with focus: nothing moves
        self.scroller.setStyleSheet(
            f"QScrollArea {{ border: {t.focus_width}px solid transparent; }}"
            f"QScrollArea:focus {{ border-color: {t.focus}; }}"
        )
        self.close_button = reading_layout(self, self.scroller, self.tr("Close"), self.tr("Close the review"))
        fit_over(self, parent, MAX_CHARS + 12)
        self.scroller.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Home and End go to the first and the last scenario (the scroll area itself knows only the arrows and
        Page Up and Down); Escape closes, as in every dialog."""
        bar = self.scroller.verticalScrollBar()
        if event.key() == Qt.Key.Key_Home:
            bar.setValue(bar.minimum())
        elif event.key() == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        else:
            super().keyPressEvent(event)

    # ---- one scenario ---------------------------------------------------------------------------------------
    def _card(self, parent: QWidget, n: int, total: int, s: ReviewedScenario) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("questionCard")
        if self.review.only_scenarios:
            heading = self.tr("Scenario {n} of {total}").format(n=n, total=total)
        else:
            heading = self.tr("Question {n} of {total}").format(n=n, total=total)
        card.setAccessibleName(heading)
        card.setAccessibleDescription(markup.plain(s.text))
        box = QVBoxLayout(card)
        self._named(box, label(card, "sectionTitle", heading))
        if s.situation:
            self._named(box, show_bank_text(label(card, "situation"), s.situation))
        self._named(box, show_bank_text(label(card, "questionText"), s.text))
        if not s.answered:
            note = label(
                card, "notAnswered", self.tr("You did not answer this one. Here is what you can learn from it.")
            )
            note.setFont(_bold())
            self._named(box, note)
        for option in s.options:
            box.addSpacing(self.fontMetrics().height() // 2)
            self._option(card, box, option, s.kind)
        if s.rationale:
            box.addSpacing(self.fontMetrics().height() // 2)
            self._named(box, label(card, "sectionTitle", self.tr("Why")))
            why = show_bank_text(label(card, "rationale"), s.rationale)
            why.setAccessibleName(self.tr("Why: {rationale}").format(rationale=markup.plain(s.rationale)))
            box.addWidget(why)
        return card

    def _option(self, card: QFrame, box: QVBoxLayout, o: ReviewedOption, kind: str = "scenario") -> None:
        """The marks (bold, written out), the option, and its feedback indented under it."""
        marks = self.marks(o, kind)
        if marks:
            mark = label(card, "answerMarks", marks)
            mark.setFont(_bold())
            self._named(box, mark)
        text = show_bank_text(label(card, "optionText"), "• " + o.text)
        option = markup.plain(o.text)
        text.setAccessibleName(self.tr("{marks}: {text}").format(marks=marks, text=option) if marks else option)
        if o.feedback:
            text.setAccessibleDescription(markup.plain(o.feedback))
        box.addWidget(text)
        if o.feedback:
            feedback = show_bank_text(label(card, "questionHelp"), o.feedback)  # muted, as help under a question
            feedback.setAccessibleName(shown_text(feedback))
            row = QHBoxLayout()
            row.addSpacing(self.fontMetrics().averageCharWidth() * 3)
            row.addWidget(feedback, 1)
            box.addLayout(row)

    def marks(self, o: ReviewedOption, kind: str = "scenario") -> str:
        """What is true of an option, in words: the person's picks first, then the key."""
        picked = {"question": self.tr("Your answer"), "multi": self.tr("You ticked this")}
        right = self.tr("Worth ticking") if kind == "multi" else self.tr("Best answer")
        words = [
            (o.picked_best, picked.get(kind, self.tr("Your pick for best"))),
            (o.picked_worst, self.tr("Your pick for worst")),
            (o.keyed_best, right),
            (o.keyed_worst, self.tr("Worst answer")),
        ]
        return " · ".join(text for on, text in words if on)

    @staticmethod
    def _named(box: QVBoxLayout, w: QLabel) -> None:
        w.setAccessibleName(shown_text(w))
        box.addWidget(w)


class ReviewOffer(QObject):
    """Offers "Review my answers" on a results page, and holds the review while it is open (one at a time)."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        self.review = AnswersReview(())
        self.dialog: AnswersReviewDialog | None = None

    def add(self, parent: QWidget, layout: QVBoxLayout, ev: Evaluation) -> QPushButton | None:
        """A line saying what the review holds and the button that opens it, added to ``layout`` (results being
        shown anew close a review still open). Nothing, and None, when ``ev`` asked no scenario."""
        self.close()
        self.review = review(ev)
        if not self.review:
            return None
        if self.review.only_scenarios:
            text = self.tr(
                "Learn from the scenarios: see the best and the worst answer to each one, why, and what you picked."
            )
            name = self.tr("Review my answers to the scenarios")
        else:
            text = self.tr("Learn from your answers: see the best answer to each question, why, and what you picked.")
            name = self.tr("Review my answers")
        layout.addWidget(label(parent, "reviewOffer", text))
        b = button(parent, self.tr("Review my answers"), name, self.open, "reviewAnswers")
        b.setAccessibleDescription(text)
        row = QHBoxLayout()
        row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        return b

    def open(self) -> None:
        """Open the review over the results, window-modal; Escape or Close ends it."""
        self.close()
        self.dialog = dialog = AnswersReviewDialog(self.review, self.page)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()

    def _closed(self, dialog: AnswersReviewDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()


def _bold() -> QFont:
    """Bold, and nothing else: the size and family still follow the person's text size."""
    bold = QFont()
    bold.setBold(True)
    return bold
