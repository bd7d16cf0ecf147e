"""The results screen: readiness band and score with its meaning, the competency chart and the same figures as
text, strengths and gaps, career stage and next step, development actions, certifications and associations,
the best-fitting director role and response-quality notes. Everything comes from one :class:`Evaluation`.

Built with ``review=True`` (the desktop app; never the kiosk), the page offers "Review my answers" under the
headline when the attempt had scenarios (:mod:`cs_quiz.ui.answers_review`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from itertools import groupby

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cs_quiz.report import markup
from cs_quiz.report.qtext import joined, render, sentence
from cs_quiz.report.text import with_why
from cs_quiz.scoring.caps import explained
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.results import Recommendation
from cs_quiz.ui import announcer
from cs_quiz.ui.answers_review import ReviewOffer
from cs_quiz.ui.chart_widget import CompetencyChart
from cs_quiz.ui.common import button, centred, label, show_bank_text
from cs_quiz.ui.formatting import format_score, format_when


class ResultsPage(QWidget):
    save_requested = Signal()
    print_requested = Signal()
    history_requested = Signal()
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, review: bool = False) -> None:
        """``review``: offer "Review my answers" (the desktop app does; on the kiosk the keys would help the next
        person, so it does not)."""
        super().__init__(parent)
        self.setObjectName("resultsPage")
        self.evaluation: Evaluation | None = None
        self.standing = ""  # where the readiness stands in a group, when a kiosk offers it
        self.offer = ReviewOffer(self) if review else None
        self.review_button: QPushButton | None = None  # "Review my answers", when offered for these results
        self.retake = self.tr("Choose “Start again” below.")  # how to take it again here (the kiosk says its own)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setAccessibleName(self.tr("Your readiness"))  # it takes focus, so the keys can scroll it
        self.save = button(self, self.tr("Save as PDF…"), self.tr("Save the report as PDF"), self.save_requested.emit)
        self.save.setObjectName("primary")
        self.print = button(self, self.tr("Print…"), self.tr("Print the report"), self.print_requested.emit)
        self.history = button(self, self.tr("Your history"), self.tr("Open your history"), self.history_requested.emit)
        self.home = button(self, self.tr("Start again"), self.tr("Back to the start"), self.home_requested.emit)
        bar = QHBoxLayout()
        for b in (self.save, self.print, self.history):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.home)
        col = QVBoxLayout(self)
        col.addWidget(self.scroller, 1)
        col.addLayout(bar)

    def show_evaluation(self, ev: Evaluation, *, finished_at: datetime | None = None, standing: str = "") -> None:
        """``finished_at``: a past result, opened from the history; the page says when it was finished.
        ``standing``: where the readiness stands in a group (a kiosk that offers it), said under the band."""
        self.standing = standing
        self.evaluation = ev
        profile = ev.score.readiness.profile
        self.scroller.setAccessibleName(self.tr("Your results") if profile else self.tr("Your readiness"))
        self.body_widget = body = QWidget(self.scroller)
        body.setObjectName("resultsBody")
        self.body = QVBoxLayout(body)
        if finished_at is not None:
            self._add(
                "pastResult",
                self.tr("A past result: the attempt finished {when}.").format(when=format_when(finished_at)),
            )
        if ev.score.readiness.interpretable:
            self._readiness(ev)
            self._review_offer(ev)
            self._competencies(ev)
            self._advice(ev)
        else:
            self._withheld(ev)
            self._review_offer(ev)  # the scenarios teach, scores or not
        if ev.score.readiness.profile:  # an inventory or a quiz: not about development plans
            closing = self.tr("This is for learning and reflection, not a hiring test.")
        else:
            closing = self.tr(
                "This is a self-assessment for exploring and planning your development, not a hiring test."
            )
        self.body.addWidget(label(body, "disclaimer", closing))
        old = self.scroller.takeWidget()
        self.scroller.setWidget(centred(self.scroller, body, 150))
        if old is not None:
            old.deleteLater()
        chart = body.findChild(CompetencyChart)
        inside = [w for w in (self.review_button, chart) if w is not None]
        order = [self.scroller, *inside, self.save, self.print, self.history, self.home]
        for before, after in zip(order, order[1:], strict=False):  # reading order: the results, then the buttons
            QWidget.setTabOrder(before, after)
        self.save.setFocus(Qt.FocusReason.OtherFocusReason)
        announcer.announce(self, self.summary())

    def summary(self) -> str:
        """The headline, announced when the results appear (focus goes to Save, which says nothing about them)."""
        r = self.evaluation.score.readiness if self.evaluation is not None else None
        if r is not None and r.profile:  # no readiness by design: say the scores are ready
            said = self._withheld_text() if not r.interpretable else self.tr("Your scores are below.")
            return ". ".join((self.tr("Your results"), said))
        if r is not None and not r.interpretable:
            return ". ".join((self.tr("Your readiness"), self._withheld_text()))
        if r is None or r.rounded is None:
            return ". ".join((self.tr("Your readiness"), self.tr("Not enough answers to score yet.")))
        return ". ".join((self.tr("Your readiness"), self.tr("{score} / 100").format(score=r.rounded), r.band_name))

    # ---- building blocks ----------------------------------------------------------------------------------
    def _add(self, name: str, text: str) -> QLabel:
        """A label of the results, its bank text's Markdown rendered as the PDF renders it."""
        w = show_bank_text(label(self.body_widget, name), text)
        self.body.addWidget(w)
        return w

    def _heading(self, text: str) -> None:
        self._add("heading", text).setAccessibleName(markup.plain(text))

    def _list(self, name: str, items: Sequence[str]) -> None:
        for text in items:
            self._add(name, "• " + text)

    def _withheld_text(self) -> str:
        return self.tr("These answers can't be read as a self-assessment, so there is no result.")

    def _withheld(self, ev: Evaluation) -> None:
        """A quality check withheld the verdict: why, and the offer to take it again; no score, band or advice."""
        self._add("title", self.tr("Your results") if ev.score.readiness.profile else self.tr("Your readiness"))
        self._add("withheld", self._withheld_text())
        for f in ev.score.flags:
            if f.withholds:
                self._add("withheldReason", "• " + render(f.to_person))
        self._add(
            "retakeNote",
            self.tr("Take it again when you have a quiet moment: read each statement and answer as you really are.")
            + " "
            + self.retake,
        )

    def _review_offer(self, ev: Evaluation) -> None:
        self.review_button = self.offer.add(self.body_widget, self.body, ev) if self.offer else None

    def _readiness(self, ev: Evaluation) -> None:
        r, bank = ev.score.readiness, ev.bank
        if r.profile:  # a bank without bands (an inventory, a quiz): the scores are the result
            self._add("title", self.tr("Your results"))
            self._add(
                "answeredNote",
                self.tr("Based on {answered} of {total} questions answered.").format(
                    answered=ev.score.answered, total=ev.score.total
                ),
            )
            return
        self._add("title", self.tr("Your readiness"))
        if r.rounded is None:
            self._add("bandName", self.tr("Not enough answers to score yet."))
            return
        self._add("readinessScore", self.tr("{score} / 100").format(score=r.rounded))
        self._add("bandName", r.band_name).setProperty("band", r.band or "")
        self._add("bandMeaning", r.meaning)
        if self.standing:
            self._add("standing", self.standing)
        cap, gates = explained(bank, r)
        uncapped = bank.band(r.uncapped_band).name if r.uncapped_band else ""
        if cap is not None:  # the profile cap that holds the band: the bank's reason
            self._add(
                "capNote",
                self.tr("Your scores alone would place you in “{band}”. {reason}").format(
                    band=uncapped, reason=cap.reason
                ),
            )
        if gates:
            names = ", ".join(bank.competencies[c].name for c in gates)
            self._add(
                "capNote",
                self.tr("Your overall score reaches “{band}”, but {names} is below the level this band needs.").format(
                    band=uncapped, names=names
                ),
            )
        self._add(
            "answeredNote",
            self.tr("Based on {answered} of {total} questions answered.").format(
                answered=ev.score.answered, total=ev.score.total
            ),
        )

    def _competencies(self, ev: Evaluation) -> None:
        sums = ev.bank.settings.show == "sum"
        if sums:
            self._heading(self.tr("Your scores (the sum of your answers)"))
            self._add(  # the bars and their numbers are 0-100; the sums are in the list under them
                "answeredNote",
                self.tr(
                    "Each bar shows where your sum falls between the lowest and the highest possible, as 0 to 100."
                ),
            )
        else:
            self._heading(self.tr("By competency (0–100)"))
        parent = self.body_widget
        self.body.addWidget(CompetencyChart(ev.bank, ev.score, parent))
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for row, c in enumerate(ev.score.competencies):
            name = show_bank_text(label(parent, "competencyName"), c.name)
            name.setWordWrap(False)
            said = c.sum_said()
            shown = format_score(c.score)
            if sums and said is not None:  # "34 on a scale of 10 to 50 (60)": the sum, then the 0-100 figure
                shown = f"{render(said)} ({shown})"
            figure = label(parent, f"score-{c.competency}", shown)
            figure.setWordWrap(not sums)  # "34 on a scale of 10 to 50 (60)" reads as one phrase
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            figure.setAccessibleName(self.tr("{name} score").format(name=c.name))
            if not c.enough:
                note = self.tr("not enough answers ({answered} of {available})").format(
                    answered=c.answered, available=c.available
                )
            elif c.indicative:  # one answer is not a measurement: shown, never a strength or a gap
                note = self.tr("indicative: based on {answered} answer(s) only").format(answered=c.answered)
            elif c.answered < c.available:  # as in the PDF's "Answered" column
                note = self.tr("{answered} of {available} answered").format(answered=c.answered, available=c.available)
            else:
                note = ""
            if c.not_yet:  # answered "not yet": shown, and left out of the score
                note = " ".join(p for p in (note, self.tr("{n} not yet").format(n=c.not_yet)) if p)
            if c.blank and c.enough:  # the bank counts a blank as its lowest answer (a quiz: wrong)
                blank = self.tr("{n} left blank, counted as the lowest answer").format(n=c.blank)
                note = "; ".join(p for p in (note, blank) if p)
            grid.addWidget(name, row, 0)
            grid.addWidget(figure, row, 1)
            grid.addWidget(show_bank_text(label(parent, "competencyNote"), note), row, 2)
        self.body.addLayout(grid)

    def _advice(self, ev: Evaluation) -> None:
        a, bank = ev.advice, ev.bank
        if a.strengths or a.gaps:
            self._heading(self.tr("Strengths and gaps"))
            if a.strengths:
                self._add(
                    "strengths",
                    self.tr("Top strengths: {names}").format(
                        names=", ".join(bank.competencies[c].name for c in a.strengths)
                    ),
                )
            if a.gaps:
                self._add(
                    "gaps",
                    self.tr("Biggest gaps: {names}").format(names=", ".join(bank.competencies[c].name for c in a.gaps)),
                )
        if a.stage:
            self._heading(self.tr("Career stage and next step"))
            self._add("stage", self.tr("Where you are now: {stage}").format(stage=a.stage.name))
            if a.stage.description:  # as in the PDF: what the stage is, not only its name
                self._add("stageDescription", a.stage.description)
            if a.stage.next_stage:
                self._add("nextStage", self.tr("Next on the path: {stage}").format(stage=a.stage.next_name))
            self._add("nextStep", a.stage.next_step)
        if a.actions:
            self._heading(self.tr("What to work on, for the gaps above"))
            for _, group in groupby(a.actions, key=lambda x: x.competency):
                actions = list(group)
                first = actions[0]
                self._add("actionArea", f"{first.competency_name} ({format_score(first.score)})")
                self._list("action", [f"{self._level(x.level)}: {x.text}" for x in actions])
        for title, recs in (
            (self.tr("Next steps"), a.next_steps),
            (self.tr("Certifications"), a.certifications),
            (self.tr("Associations"), a.associations),
        ):
            if recs:
                self._heading(title)
                self._list("recommendation", [self._recommendation(r, why) for r, why in with_why(recs)])
        if a.specialisation:
            fits = (a.specialisation, *a.also_fits)
            if len(fits) == 1:
                self._heading(self.tr("The kind of director role that fits you best"))
            else:
                self._heading(self.tr("{count} kinds of director role fit you about equally").format(count=len(fits)))
            for sp in fits:
                self._add(
                    "specialisation", self.tr("{name} (fit {fit})").format(name=sp.name, fit=format_score(sp.fit))
                )
                if sp.description:  # as in the PDF: what the role is
                    self._add("specialisationDescription", sp.description)
                self._add("specialisationWhy", sentence([render(t) for t in (sp.because, *sp.suited_because)]))
        if ev.score.flags:
            self._heading(self.tr("Notes on your answers"))
            self._list("qualityNote", [render(f.message) for f in ev.score.flags])

    def _level(self, level: str) -> str:
        """A development action's level in words (the bank stores practice, stretch or course)."""
        return {
            "practice": self.tr("Practise now"),
            "stretch": self.tr("Take on"),
            "course": self.tr("Learn"),
        }.get(level, level)

    def _recommendation(self, rec: Recommendation, why: bool = True) -> str:
        """A recommendation in lines: what, who issues it, what it asks for and whether the answers meet it, and
        one sentence of why (``why=False``: a later step of the same rule says it)."""
        parts = [rec.title + (self.tr(" — issued by {issuer}").format(issuer=rec.issuer) if rec.issuer else "")]
        if rec.detail and rec.detail != rec.title:
            parts.append(rec.detail)
        if rec.prerequisites:
            parts.append(self.tr("What it asks for: {text}").format(text=rec.prerequisites))
            if rec.kind == "certification":
                parts.append(
                    {
                        True: self.tr("Your answers meet this."),
                        False: self.tr("Your answers do not meet this yet."),
                        None: self.tr("Check with the issuer whether you qualify."),
                    }[rec.eligible]
                )
        if rec.url:
            parts.append(rec.url)
        if why and (rec.why or rec.because):
            parts.append(
                rec.why or self.tr("Because {reasons}.").format(reasons=joined([render(r) for r in rec.because]))
            )
        return "\n".join(parts)

    def figures(self) -> dict[str, str]:
        """What the text shows per competency id (for tests and the accessible summary)."""
        body = self.body_widget if self.evaluation is not None else None
        if body is None or self.evaluation is None:
            return {}
        found = {
            c.competency: body.findChild(QLabel, f"score-{c.competency}") for c in self.evaluation.score.competencies
        }
        return {cid: w.text() for cid, w in found.items() if w is not None}

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the buttons again, and the results shown are written out again in it."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange:
            return
        self.scroller.setAccessibleName(self.tr("Your readiness"))
        self.save.setText(self.tr("Save as PDF…"))
        self.save.setAccessibleName(self.tr("Save the report as PDF"))
        self.print.setText(self.tr("Print…"))
        self.print.setAccessibleName(self.tr("Print the report"))
        self.history.setText(self.tr("Your history"))
        self.history.setAccessibleName(self.tr("Open your history"))
        self.home.setText(self.tr("Start again"))
        self.home.setAccessibleName(self.tr("Back to the start"))
        if self.evaluation is not None:
            self.show_evaluation(self.evaluation)
