"""The kiosk window: full screen, locked, one participant at a time, nothing of them kept on screen afterwards.

Pages per participant — the welcome (with its nickname field), the app's question and review pages, the results
with the take-away — are built when needed and deleted when the person leaves, rather than cleared, so no text,
selection, scroll position or focus can survive to the next person. Leaving is: Done on the results, the results
time running out, or the "Still there?" countdown running out mid-way (the attempt is then kept as abandoned or
deleted, as the facilitator set).

The facilitator panel opens with Ctrl+Alt+Shift+F or by holding a top corner of the screen for 3 seconds, then
the PIN. Opening it ends the participant's session first, so the panel never shows over someone's answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QClipboard,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from cs_quiz.attempts.attempt import Attempt, Status
from cs_quiz.attempts.left_open import close_left_open
from cs_quiz.attempts.session import Session
from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.scoring.answers import AnswerError
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.store import leases
from cs_quiz.store.store import MAX_CODE, Store, clean_label
from cs_quiz.ui.errors import describe
from cs_quiz.ui.kiosk.attract import AttractPage
from cs_quiz.ui.kiosk.idle import IdleMonitor, StillThereOverlay
from cs_quiz.ui.kiosk.inside import close_all_inside, open_dialogs, open_inside
from cs_quiz.ui.kiosk.lock import KioskLock
from cs_quiz.ui.kiosk.look import apply_kiosk_look
from cs_quiz.ui.kiosk.panel import FacilitatorPanel
from cs_quiz.ui.kiosk.pin_dialog import PinDialog, SetPinDialog
from cs_quiz.ui.kiosk.takeaway_view import KioskResults
from cs_quiz.ui.language import LANGUAGES, current_language, normalise, set_language
from cs_quiz.ui.question_page import QuestionPage
from cs_quiz.ui.review_page import ReviewPage
from cs_quiz.ui.rows import rewrap
from cs_quiz.ui.worker import StoreLane

PANEL_CHORD = "Ctrl+Alt+Shift+F"
HOLD_MS = 3000
CORNER_PX = 64


class CornerHotspot(QWidget):
    """An invisible square in a screen corner: holding it down for ``hold_ms`` emits ``held``."""

    held = Signal()

    def __init__(self, parent: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self.setObjectName("panelCorner")
        self.setAccessibleName(self.tr("Facilitator corner: hold for 3 seconds"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.held.emit)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.timer.stop()


def pick_bank(banks: Mapping[str, Bank], settings: ks.KioskSettings) -> tuple[Bank, str]:
    """The bank and section to offer: the chosen ones when they exist, else the first bank and its quick section
    (or its first section)."""
    bank = banks.get(settings.bank) or next(iter(banks.values()))
    if settings.section in bank.sections:
        return bank, settings.section
    return bank, "quick" if "quick" in bank.sections else next(iter(bank.sections))


class KioskWindow(QWidget):
    page_changed = Signal(str)  # "welcome", "question", "review", "results" or "panel"
    participant_left = Signal(str)  # "done", "idle" (walked away), "panel" (the facilitator took over)

    def __init__(
        self,
        store: Store,
        banks: Mapping[str, Bank],
        settings: ks.KioskSettings,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], date] = date.today,
        hold_ms: int = HOLD_MS,
        full_screen: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowTitle(self.tr("Kiosk"))  # Qt adds " — cs-quiz"
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        # banks: by id, a BanksByLanguage when the kiosk offers languages (each looked up in the one in use)
        self.store, self.banks, self.settings, self.today = store, banks, settings, today
        self.home_language = current_language()  # what every new participant starts in
        close_left_open(store, keep=settings.keep_abandoned)  # a killed kiosk's participant is not coming back
        self._apply_look()
        self.lock = KioskLock(self, full_screen=full_screen)
        self.guard = pins.PinGuard(
            lambda: pins.stored_hash(store),
            clock=clock,
            state=(lambda: store.get_setting(pins.GUARD_SETTING), lambda v: store.set_setting(pins.GUARD_SETTING, v)),
        )
        self.attempt: Attempt | None = None  # the participant's, while they answer
        self.lane = StoreLane()  # the attempt's writes, in order, off the GUI thread
        self.attract: AttractPage | None = None
        self.question: QuestionPage | None = None
        self.review: ReviewPage | None = None
        self.results: KioskResults | None = None
        self.panel: FacilitatorPanel | None = None
        self.pin_dialog: PinDialog | SetPinDialog | None = None
        self.problem = ""  # the last store problem, shown on the panel's status line
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kioskStack")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.stack)
        self.idle = IdleMonitor(settings.idle_seconds * 1000, self)
        self.idle.idle.connect(self._on_idle)
        self.overlay = StillThereOverlay(self)
        self.overlay.expired.connect(lambda: self.reset("idle"))
        self.overlay.resumed.connect(self.idle.start)
        self.corners = [CornerHotspot(self, hold_ms) for _ in range(2)]
        for corner in self.corners:
            corner.held.connect(self.ask_pin)
        self.chord = QShortcut(QKeySequence(PANEL_CHORD), self)
        self.chord.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.chord.activated.connect(self.ask_pin)
        self.show_welcome()

    # ---- pages -------------------------------------------------------------------------------------------------
    @property
    def page(self) -> str:
        current = self.stack.currentWidget()
        names = {
            self.attract: "welcome",
            self.question: "question",
            self.review: "review",
            self.results: "results",
            self.panel: "panel",
        }
        return next((name for w, name in names.items() if w is not None and w is current), "")

    def _show(self, widget: QWidget, timeout_s: int) -> None:
        self.stack.setCurrentWidget(widget)
        self.idle.set_timeout(timeout_s * 1000)
        self.idle.start()
        for corner in self.corners:
            corner.setVisible(widget is not self.panel)
            corner.raise_()
        self.overlay.raise_()
        self.page_changed.emit(self.page)

    def _drop(self, widget: QWidget | None) -> None:
        if widget is not None:
            self.stack.removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()

    def languages(self) -> list[tuple[str, str]]:
        """The languages the kiosk's bank is in, each named in itself ([] with one only)."""
        every = getattr(self.banks, "every", None)
        if every is None:
            return []
        bank, _ = pick_bank(self.banks, self.settings)
        codes = {normalise(b.meta.language) for b in every if b.meta.id == bank.meta.id}
        return [(code, name) for code, name in LANGUAGES.items() if code in codes]

    def choose_language(self, code: str) -> None:
        """A participant's choice, for them only: the welcome again in ``code``, nothing remembered."""
        set_language(code)
        self.show_welcome(keep_language=True)

    def show_welcome(self, *, keep_language: bool = False) -> None:
        if not keep_language and current_language() != self.home_language:
            set_language(self.home_language)  # the next person meets the kiosk's own language
        self._drop(self.attract)
        bank, section = pick_bank(self.banks, self.settings)
        self.attract = AttractPage(
            bank,
            section,
            self.stack,
            languages=self.languages(),
            current=current_language(),
            ask_code=self.settings.ask_code,
        )
        self.attract.start_requested.connect(self.start)
        self.attract.language_requested.connect(self.choose_language)
        self.stack.addWidget(self.attract)
        self._show(self.attract, self.settings.idle_seconds)
        self.attract.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        w = self.width()
        self.corners[0].setGeometry(0, 0, CORNER_PX, CORNER_PX)
        self.corners[1].setGeometry(w - CORNER_PX, 0, CORNER_PX, CORNER_PX)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    # ---- one participant ---------------------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        """The questions and answers of the participant's attempt while it is in progress."""
        a = self.attempt
        return a.session if a is not None and a.status is Status.IN_PROGRESS else None

    def start(self, nickname: str = "", code: str = "") -> None:
        """``code``: the participant code typed, if the kiosk asks for one; kept as stored (control characters
        dropped, spaces tidied, at most MAX_CODE characters); an empty one starts all the same."""
        bank, section = pick_bank(self.banks, self.settings)
        code = (clean_label(code[:MAX_CODE], MAX_CODE) or "") if self.settings.ask_code else ""
        self.attempt = Attempt.start(
            self.store,
            bank,
            [section],
            nickname=nickname,
            lane=self.lane,
            kind=leases.KIOSK,
            cohort=self.settings.cohort or None,  # the facilitator's label for this class or workshop
            code=code or None,
            reflections=self.settings.reflections,  # strangers' own words only when the facilitator wants them
        )
        self.attempt.on_saved = self._saved
        q = self.question = QuestionPage(self.stack)
        # Its head and its buttons wrap onto more lines rather than cut their words (Spanish at 200 % on 1024×600).
        self._rows = [
            rewrap(q, [q.section], [q.counter, q.minutes]),
            rewrap(q, [q.back, q.skip, q.flag], [q.review, q.next]),
        ]
        self._rows[0].setSpacing(q.fontMetrics().averageCharWidth() * 2)  # the counter apart from the minutes left
        r = self.review = ReviewPage(self.stack)
        self._rows.append(rewrap(r, [r.back, r.go], [r.finish]))  # as the question's buttons: wrap, never cut
        q.answered.connect(self.answer)
        q.next_requested.connect(lambda: self._move(lambda s: s.next()))
        q.back_requested.connect(lambda: self._move(lambda s: s.back() or True))
        q.skip_requested.connect(lambda: self._move(lambda s: s.skip()))
        q.flag_requested.connect(lambda: self._move(lambda s: s.toggle_flag() or True))
        q.review_requested.connect(self.show_review)
        r.jump_requested.connect(lambda i: self._jump(i))
        r.back_requested.connect(self.show_question)
        r.finish_requested.connect(self.finish)
        self.stack.addWidget(q)
        self.stack.addWidget(r)
        self._drop(self.attract)
        self.attract = None
        self.show_question()

    def show_question(self) -> None:
        if self.session is None or self.question is None:
            return
        self.question.show_state(self.session)
        self._show(self.question, self.settings.idle_seconds)
        editor, focus = self.question.editor, QApplication.focusWidget()
        if editor is not None and (focus is None or not editor.isAncestorOf(focus)):
            editor.focus_first()

    def show_review(self) -> None:
        if self.session is not None and self.review is not None:
            self.review.show_state(self.session)
            self._show(self.review, self.settings.idle_seconds)

    def _standing(self, ev: Evaluation, attempt_id: str) -> str:
        """Where this person's readiness stands among the others who finished here (in the kiosk's cohort, when it
        has one): the rule and the words the desktop app and the report share (cs_quiz.report.standing)."""
        from cs_quiz.report import standing

        return standing.sentence(standing.find(self.store, ev, attempt_id, self.settings.cohort or None))

    def _write_result(self, attempt_id: str, folder: Path) -> None:
        """Also write the finished result to the results folder, on the lane after the finish itself: a teacher's
        cs-quiz imports from there. A failure never stops the participant; the facilitator sees it on the panel."""
        from cs_quiz.store.exchange import write_result_file

        store = self.store

        def done(exc: BaseException | None) -> None:
            if exc is not None:
                if isinstance(exc, FileNotFoundError):
                    why = self.tr("the folder does not exist (is the USB stick plugged in?)")
                else:
                    why = exc.strerror if isinstance(exc, OSError) and exc.strerror else describe(exc)
                self.problem = self.tr("A result could not be written to the results folder {folder}: {why}").format(
                    folder=folder, why=why
                )

        self.lane.submit(lambda: write_result_file(store, attempt_id, folder), done)

    def _saved(self, attempt: Attempt) -> None:
        """A write ended: the person can still take it; the facilitator sees a problem on the panel."""
        if attempt.problem is not None:
            self.problem = describe(attempt.problem)

    def answer(self, value: object) -> None:
        if self.attempt is None or self.session is None or self.question is None:
            return
        try:
            self.attempt.answer(value)
        except AnswerError as exc:
            self.question.show_problem(str(exc))
        else:
            self.question.show_problem("")
        self.question.show_state(self.session)

    def _jump(self, index: int) -> None:
        if self.session is not None:
            self.session.revisit(index)  # moving on from it leads back to the review
            self.show_question()

    def _move(self, step: Callable[[Session], bool]) -> None:
        if self.session is None:
            return
        if step(self.session):
            self.show_question()
        else:
            self.show_review()

    def finish(self) -> None:
        if self.attempt is None or self.session is None:
            return
        ev = self.attempt.finish()
        s = self.settings
        if s.results_folder:
            self._write_result(self.attempt.id, Path(s.results_folder))
        self.results = KioskResults(
            ev,
            self.stack,
            qr=s.takeaway_qr,
            printing=s.print_button,
            results_seconds=s.results_seconds,
            when=self.today(),
            standing=self._standing(ev, self.attempt.id) if s.show_standing else "",
        )
        self.results.done.connect(lambda: self.reset("done"))
        self.results.print_requested.connect(lambda: self.results.print_summary() if self.results else None)
        self.stack.addWidget(self.results)
        for page in (self.question, self.review):
            self._drop(page)
        self.question = self.review = None
        self._show(self.results, s.results_seconds)
        self.results.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def reset(self, reason: str = "done") -> None:
        """The participant has gone: close their attempt if it is still open, delete their pages, welcome the next.

        An unfinished attempt is kept as abandoned or deleted, as the kiosk options say.
        """
        if self.attempt is not None:
            self.attempt.abandon(keep=self.settings.keep_abandoned)  # nothing to do once it is finished
        self.attempt = None
        close_all_inside(self)  # a PIN dialog or a panel's question left open is not the next person's
        self.overlay.finish()
        for page in (self.question, self.review, self.results, self.panel):
            self._drop(page)
        self.question = self.review = self.results = self.panel = None
        forget_clipboard()
        self.show_welcome()
        self.participant_left.emit(reason)

    def _on_idle(self) -> None:
        if open_dialogs(self):  # a PIN dialog opened by mistake, a question nobody answered: gone, and on
            close_all_inside(self)
            if open_dialogs(self):  # the first PIN is being set up: no time limit for that
                self.idle.start()
                return
        page = self.page
        if page in ("question", "review"):
            self.idle.stop()
            self.overlay.begin(self.settings.countdown_seconds)
        elif page in ("results", "panel"):
            self.reset("idle")
        elif page == "welcome" and self.attract is not None and not self.attract.is_pristine():
            self.show_welcome()

    # ---- the facilitator ---------------------------------------------------------------------------------------
    def ensure_pin(self) -> SetPinDialog | None:
        """On the first start there is no PIN: ask for one before anyone can use the kiosk."""
        if pins.has_pin(self.store):
            return None
        dialog = SetPinDialog(self.store, self, required=True)
        self._open_dialog(dialog)
        return dialog

    def ask_pin(self) -> PinDialog | None:
        if self.pin_dialog is not None or self.panel is not None:
            return None
        dialog = PinDialog(self.guard, self)
        dialog.accepted.connect(self.open_panel)
        self._open_dialog(dialog)
        return dialog

    def _open_dialog(self, dialog: PinDialog | SetPinDialog) -> None:
        self.pin_dialog = dialog

        def closed() -> None:
            self.pin_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        open_inside(self, dialog)  # a child of the kiosk window: nothing to minimise, move or lose

    def open_panel(self) -> FacilitatorPanel:
        if self.session is not None or self.results is not None:
            self.reset("panel")
        panel = self.panel = FacilitatorPanel(self.store, self.banks, self.settings, self.stack, today=self.today)
        panel.closed.connect(lambda: self.reset("panel"))
        panel.exit_requested.connect(self.exit_kiosk)
        panel.settings_changed.connect(self.apply_settings)
        if self.problem:
            panel.status.setText(self.problem)
        self.stack.addWidget(panel)
        self._show(panel, self.settings.idle_seconds)
        panel.back.setFocus(Qt.FocusReason.OtherFocusReason)
        return panel

    def apply_settings(self, settings: ks.KioskSettings) -> None:
        """New options from the panel: the next participant gets them; the look changes at once (the facilitator
        sees the theme and text size they chose, and the next welcome screen is built in it)."""
        self.settings = settings
        self._apply_look()

    def _apply_look(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_kiosk_look(app, self.settings.theme, self.settings.text_size)

    def exit_kiosk(self) -> None:
        self.lock.unlock()
        self.idle.uninstall()
        self.close()

    # ---- the lock ----------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lock.handle_close(event):
            self.idle.uninstall()
            self.lane.wait()  # the facilitator exits: every write made reaches the disk first

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.lock.unlocked and self.isMinimized():
            QTimer.singleShot(0, self.lock.check)


def forget_clipboard() -> None:
    """Empty the clipboard and the X11 selection: what one participant copied must never paste into the next
    participant's nickname."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)
