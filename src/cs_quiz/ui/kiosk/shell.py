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

import argparse
import time
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QMouseEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from ... import kiosk_settings as ks
from ... import pin as pins
from ...answers import AnswerError
from ...model import Bank
from ...packaged import read_resource
from ...results import to_dict
from ...session import Session
from ...store import Store, StoreError
from ...themes import DEFAULT, THEMES, Theme, fill_template
from ...themes import theme as theme_by_id
from .. import theme
from ..errors import describe
from ..question_page import QuestionPage
from ..review_page import ReviewPage
from .attract import AttractPage
from .idle import IdleMonitor, StillThereOverlay
from .lock import KioskLock
from .panel import FacilitatorPanel
from .pin_dialog import PinDialog, SetPinDialog
from .takeaway_view import KioskResults

PANEL_CHORD = "Ctrl+Alt+Shift+F"
HOLD_MS = 3000
CORNER_PX = 64
KIOSK_FONT_PX = 20


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
        self.setWindowTitle(self.tr("cs-quiz kiosk"))
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.store, self.banks, self.settings, self.today = store, dict(banks), settings, today
        self._apply_look()
        self.lock = KioskLock(self, full_screen=full_screen)
        self.guard = pins.PinGuard(lambda: pins.stored_hash(store), clock=clock)
        self.session: Session | None = None
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

    def show_welcome(self) -> None:
        self._drop(self.attract)
        bank, section = pick_bank(self.banks, self.settings)
        self.attract = AttractPage(bank, section, self.stack)
        self.attract.start_requested.connect(self.start)
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
    def start(self, nickname: str = "") -> None:
        bank, section = pick_bank(self.banks, self.settings)
        attempt_id = ""
        try:
            attempt_id = self.store.start_attempt(
                bank_id=bank.meta.id,
                bank_version=bank.meta.version,
                bank_hash=bank.content_hash,
                sections=[section],
                nickname=nickname or None,
            )
        except StoreError as exc:  # the person can still take it; the facilitator sees the problem on the panel
            self.problem = describe(exc)
        self.session = Session(bank, [section], attempt_id=attempt_id, sink=self.store)
        q = self.question = QuestionPage(self.stack)
        r = self.review = ReviewPage(self.stack)
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

    def answer(self, value: object) -> None:
        if self.session is None or self.question is None:
            return
        try:
            self.session.answer(value)
        except AnswerError as exc:
            self.question.show_problem(str(exc))
        else:
            self.question.show_problem("")
        self.question.show_state(self.session)

    def _jump(self, index: int) -> None:
        if self.session is not None:
            self.session.go(index)
            self.show_question()

    def _move(self, step: Callable[[Session], bool]) -> None:
        if self.session is None:
            return
        if step(self.session):
            self.show_question()
        else:
            self.show_review()

    def finish(self) -> None:
        if self.session is None:
            return
        ev = self.session.evaluate()
        if self.session.attempt_id:
            try:
                self.store.finish_attempt(
                    self.session.attempt_id, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
                )
            except StoreError as exc:
                self.problem = describe(exc)
        self.session = None
        s = self.settings
        self.results = KioskResults(
            ev,
            self.stack,
            qr=s.takeaway_qr,
            printing=s.print_button,
            results_seconds=s.results_seconds,
            when=self.today(),
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
        if self.session is not None and self.session.attempt_id:
            try:
                if self.settings.keep_abandoned:
                    self.store.abandon_attempt(self.session.attempt_id)
                else:
                    self.store.delete_attempt(self.session.attempt_id)
            except StoreError as exc:
                self.problem = describe(exc)
        self.session = None
        self.overlay.finish()
        for page in (self.question, self.review, self.results, self.panel):
            self._drop(page)
        self.question = self.review = self.results = self.panel = None
        self.show_welcome()
        self.participant_left.emit(reason)

    def _on_idle(self) -> None:
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
        dialog.open()

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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and not self.lock.unlocked and self.isMinimized():
            QTimer.singleShot(0, self.lock.check)


@cache  # a file inside the package: read once, filled for every change of look
def kiosk_template() -> str:
    return read_resource("kiosk", "kiosk.qss")


def kiosk_style(theme_: Theme | None = None, size: int = theme.NORMAL_SIZE) -> str:
    """The kiosk's style sheet (``resources/kiosk/kiosk.qss``) in ``theme_`` (light by default) at ``size`` %."""
    return fill_template(kiosk_template(), theme_ or THEMES[DEFAULT], size / 100)


def apply_kiosk_look(app: QApplication, theme_id: str = DEFAULT, size: int = theme.NORMAL_SIZE) -> None:
    """The facilitator's theme and text size, with larger type for reading at arm's length: the app's style sheet
    and palette for the theme, then the kiosk's style sheet filled from the same colours.

    The size goes on the application font (``KIOSK_FONT_PX`` at 100 %): the app's style sheet styles every widget,
    which stops a font set on the window from reaching its children. Headings keep their own (larger) sizes from
    the style sheets, scaled by the same percentage.
    """
    chosen, size = theme_by_id(theme_id), theme.clamp_size(size)
    font = theme.base_font(app)
    font.setPixelSize(max(1, round(KIOSK_FONT_PX * size / 100)))
    theme.put(app, chosen, size, font, theme.style_sheet(chosen, size) + "\n" + kiosk_style(chosen, size))


def run_kiosk(args: argparse.Namespace) -> int:
    """``cs-quiz --kiosk``: ``args`` has ``data_dir``, ``bank``, ``section``, ``lang`` (and optionally ``banks``,
    bank files to use instead of the bundled ones). Returns the exit code once the facilitator exits."""
    from ...bank import load_bundled, load_paths
    from ..app import application, bank_paths
    from ..language import BanksByLanguage, install_language

    app = application()
    install_language(app, getattr(args, "lang", None))
    title = app.translate("KioskWindow", "cs-quiz kiosk cannot start")
    try:
        store = Store.open(getattr(args, "data_dir", None))
    except StoreError as exc:
        QMessageBox.critical(None, title, describe(exc))
        return 1
    paths = bank_paths(args)
    loaded = load_paths(paths) if paths else load_bundled()
    banks = dict(BanksByLanguage(loaded.banks))  # each bank in the language installed above, else English
    if not banks:
        QMessageBox.critical(None, title, "\n".join(str(e) for e in loaded.errors[:12]))
        store.close()
        return 1
    settings = ks.load(store)
    chosen = {
        k: v for k, v in (("bank", getattr(args, "bank", None)), ("section", getattr(args, "section", None))) if v
    }
    settings = settings.with_values(**chosen)  # for this run only; the panel's choice is what is stored
    bank, _ = pick_bank(banks, settings)
    if settings.bank and settings.bank not in banks or settings.section and settings.section not in bank.sections:
        QMessageBox.critical(
            None,
            title,
            app.translate("KioskWindow", "There is no bank “{bank}” with a section “{section}”.").format(
                bank=settings.bank, section=settings.section
            ),
        )
        store.close()
        return 2
    apply_kiosk_look(app, settings.theme, settings.text_size)  # before any page is built: styled once
    window = KioskWindow(store, banks, settings)
    window.setGeometry(window.screen().geometry())  # without a window manager, full screen alone keeps 200×100
    window.showFullScreen()
    window.lock.watch()
    window.ensure_pin()
    code = app.exec()
    store.close()
    return int(code)
