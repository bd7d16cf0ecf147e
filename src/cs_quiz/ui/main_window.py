"""The main window: a stack of pages over one store and, while an attempt runs, one
:class:`~cs_quiz.attempts.attempt.Attempt`.

Pages show state and emit intents; this window forwards each intent to the attempt (which saves through the
store, on the store's own lane off the GUI thread), then asks the page to show the new state. It computes nothing
itself.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from cs_quiz.ui import announcer, unsaved
from cs_quiz.ui.common import Pages
from cs_quiz.ui.language import BanksByLanguage
from cs_quiz.ui.menus import WindowMenus
from cs_quiz.ui.message_bar import MessageBar
from cs_quiz.ui.settings import (
    FULL_SCREEN,
    LAST_BANK,
    LAST_CODE,
    LAST_COHORT,
    LAST_NICKNAME,
    REMEMBER_NICKNAME,
    SHOW_STANDING,
    AppSettings,
)
from cs_quiz.ui.theme import Appearance
from cs_quiz.ui.welcome import WelcomePage
from cs_quiz.ui.worker import StoreLane, after_first_paint, run_in_background

if TYPE_CHECKING:  # the core is imported off the GUI thread at start-up (loading.py), so the window shows sooner
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox  # only in dialogs (.errors), never before the first paint

    from cs_quiz.attempts.attempt import Attempt
    from cs_quiz.attempts.reopen import Reopened
    from cs_quiz.attempts.session import Session
    from cs_quiz.scoring.engine import Evaluation
    from cs_quiz.store.store import Store
    from cs_quiz.ui.history_page import HistoryPage
    from cs_quiz.ui.loading import Prepared
    from cs_quiz.ui.past_results import PastResults
    from cs_quiz.ui.question_page import QuestionPage
    from cs_quiz.ui.report_actions import ReportActions
    from cs_quiz.ui.results_page import ResultsPage
    from cs_quiz.ui.review_page import ReviewPage


def describe(exc: BaseException) -> str:
    """The error in the interface language (errors.py is imported on first use, off the start-up path)."""
    from cs_quiz.ui.errors import describe as describe_error

    return describe_error(exc)


class MainWindow(QMainWindow):
    banks_ready = Signal()  # banks loaded (and any error dialog opened)
    page_changed = Signal(str)  # object name of the page now shown

    def __init__(
        self,
        store: Store | None = None,
        *,
        data_dir: Path | None = None,
        bank_paths: Sequence[Path] | None = None,
        settings: AppSettings | None = None,
        preferred_bank: str = "",
        preferred_section: str = "",
    ) -> None:
        """Shows at once; the store (opened from ``data_dir`` unless given) and the banks arrive from a worker,
        then ``banks_ready`` is emitted."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Customer Service Director readiness"))  # Qt adds " — cs-quiz"
        self.store: Store = store  # type: ignore[assignment]  # set before banks_ready when opened here
        self.settings = settings or AppSettings()
        self.banks = BanksByLanguage(())  # by id, each in the interface language at the time of the lookup
        self.attempt: Attempt | None = None  # the one in progress
        self.lane = StoreLane()  # every write of an attempt, in order, off the GUI thread
        self.clock: Callable[[], float] = time.monotonic  # an attempt's time, for the too-fast check
        self.evaluation: Evaluation | None = None
        self.finished_at: datetime | None = None
        self.nickname = ""
        self.show_standing = False  # the person asked to see where they stand in their class (issue 18)
        self.standing = ""  # where the readiness shown stands in the class, in words; "" when not said
        self.dialog: QMessageBox | None = None
        self._quitting = False  # the person chose to quit although answers are not saved
        self._preferred = (preferred_bank or self.settings.get(LAST_BANK), preferred_section)
        self._pages: dict[str, QWidget] = {}
        self.appearance = Appearance(self.settings, self)

        self.bar = MessageBar(self)  # built first: it is first in reading and tab order, above the pages
        self.stack = Pages(self)
        self.welcome = WelcomePage(self.stack)
        self.stack.addWidget(self.welcome)
        central = QWidget(self)
        col = QVBoxLayout(central)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(self.bar)
        col.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.menus = WindowMenus(self)
        m = self.menus
        self.save_action, self.print_action, self.full_action, self.quit_action = m.save, m.print, m.full, m.quit
        self.theme_actions = m.themes
        self.larger_action, self.smaller_action, self.reset_size_action = m.larger, m.smaller, m.reset
        self._connect()
        remember = bool(self.settings.get(REMEMBER_NICKNAME))
        self.welcome.remember_nickname.setChecked(remember)
        self.welcome.nickname.setText(self.settings.get(LAST_NICKNAME) if remember else "")
        if remember:
            kept = (self.settings.get(LAST_CODE), self.settings.get(LAST_COHORT), self.settings.get(SHOW_STANDING))
            self.welcome.set_class_details(*kept)
        self.welcome.remember_nickname.toggled.connect(self.remember_nickname)
        self._preparing: tuple[Any, ...] | None = (data_dir, bank_paths, store)

    def showEvent(self, event: QShowEvent) -> None:
        """Open the store and load the banks once the window is up, so the first paint does not wait for them."""
        super().showEvent(event)
        if self._preparing is not None:
            args, self._preparing = self._preparing, None
            after_first_paint(self, lambda: self._load(*args))

    def _load(self, *args: Any) -> None:
        from cs_quiz.ui.loading import prepare

        job = run_in_background(prepare, *args)
        job.succeeded.connect(self._prepared)
        job.failed.connect(self._not_prepared)  # a bug, not a user's problem: say so rather than load forever

    # ---- pages built on first use (start-up builds only what the first screen needs) -------------------------
    @property
    def question(self) -> QuestionPage:
        return self._page("question")  # type: ignore[return-value]

    @property
    def review(self) -> ReviewPage:
        return self._page("review")  # type: ignore[return-value]

    @property
    def results(self) -> ResultsPage:
        return self._page("results")  # type: ignore[return-value]

    @property
    def history(self) -> HistoryPage:
        return self._page("history")  # type: ignore[return-value]

    @property
    def reports(self) -> ReportActions:
        if "reports" not in self._pages:
            from cs_quiz.ui.report_actions import ReportActions

            actions = ReportActions(self)
            actions.saved.connect(self._report_saved)
            self._pages["reports"] = actions  # type: ignore[assignment]
        return self._pages["reports"]  # type: ignore[return-value]

    @property
    def past(self) -> PastResults:
        """Opening and exporting past results from the history (made on first use)."""
        if "past" not in self._pages:
            from cs_quiz.ui.past_results import PastResults

            self._pages["past"] = PastResults(self, self)  # type: ignore[assignment]
        return self._pages["past"]  # type: ignore[return-value]

    def _page(self, name: str) -> QWidget:
        if name not in self._pages:
            from cs_quiz.ui.pages import build_page

            self._pages[name] = build_page(self, name)
        return self._pages[name]

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the title and the menus again (the pages see to their own texts). Coming back
        to the window: an attempt another window held may be free now, or taken."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Customer Service Director readiness"))  # Qt adds " — cs-quiz"
            self.menus.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self._on_welcome() and self.isActiveWindow():
            self._offer_resume()

    def remember_nickname(self, remember: bool) -> None:
        """Keep the nickname, participant code and class for next time, or not (a shared computer): turning it off
        forgets the ones kept."""
        self.settings.set(REMEMBER_NICKNAME, remember)
        if not remember:
            for setting in (LAST_NICKNAME, LAST_CODE, LAST_COHORT, SHOW_STANDING):
                self.settings.set(setting, setting.default)

    def _on_welcome(self) -> bool:
        return self.isVisible() and self.stack.currentWidget() is self.welcome and bool(self.banks)

    def choose_theme(self, theme_id: str) -> None:
        self.appearance.set_theme(theme_id)
        self.menus.show_appearance()  # a screen reader says the menu item is now checked

    def change_size(self, step: Any) -> None:
        step()
        self.menus.show_appearance()
        announcer.announce(self, self.tr("Text size {percent}%").format(percent=self.appearance.size))

    def _report_saved(self, path: str) -> None:
        text = self.tr("Report saved to {path}").format(path=path)
        self.bar.show_saved(text, Path(path))  # with Open and Show in folder

    def _connect(self) -> None:
        w = self.welcome
        w.start_requested.connect(self.start)
        w.resume_requested.connect(self.resume)
        w.discard_requested.connect(self.discard)
        w.history_requested.connect(self.show_history)

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        on_results = page is self._pages.get("results")
        self.save_action.setEnabled(on_results)
        self.print_action.setEnabled(on_results)
        self.page_changed.emit(page.objectName())

    # ---- banks and the welcome screen ---------------------------------------------------------------------
    def _cannot_start(self, status: str, exc: BaseException) -> None:
        from cs_quiz.ui.errors import error_dialog

        self.welcome.status.setText(status)
        self.dialog = error_dialog(self, exc, self.tr("Starting"))
        self.dialog.finished.connect(self.close)

    def _not_prepared(self, exc: BaseException) -> None:
        self._cannot_start(self.tr("cs-quiz could not start. The message says why."), exc)

    def _prepared(self, ready: Prepared) -> None:
        from cs_quiz.ui.errors import bank_errors_dialog

        if ready.store is None:
            status = self.tr("Your results cannot be opened, so cs-quiz cannot start.")
            self._cannot_start(status, ready.store_error or RuntimeError("no store"))
            return
        self.store = ready.store
        if self.store.recovered_from is not None:
            self.bar.show_message(
                self.tr(
                    "Your results file was damaged, so cs-quiz started a new, empty one. The old file was kept, "
                    "unchanged, at: {path}"
                ).format(path=self.store.recovered_from),
                "info",
            )
        elif self.store.degraded is not None:
            self.bar.show_message(describe(self.store.degraded))
        result = ready.banks
        self.banks = BanksByLanguage(result.banks)
        self.welcome.set_banks(result.banks, *self._preferred)
        if result.errors:
            self.dialog = bank_errors_dialog(self, result.errors, len(result.banks))
        self._offer_resume()
        self.banks_ready.emit()

    def _offer_resume(self) -> None:
        """Offer the unfinished attempt to resume, or say it is open in another window (attempts/offer.py)."""
        from cs_quiz.attempts.offer import resume_offer

        if self.store is None:
            return
        # The writes made so far land first: an attempt just finished (or discarded) on a slow disk is still in
        # progress in the file until its write ends, and must not be offered.
        self.lane.wait()
        offer = resume_offer(self.store, self.banks)
        if offer is None:
            self.welcome.set_resume(None, None)
        else:
            self.welcome.set_resume(offer.attempt, offer.bank, in_use=offer.in_use)

    def show_shortcuts(self) -> None:
        from cs_quiz.ui import help_dialogs

        self.dialog = help_dialogs.shortcuts(self)

    def open_class_results(self) -> None:
        """The teacher's and facilitator's window: gather a class's results and read them as a group (issue 18)."""
        from cs_quiz.ui.class_results.window import open_class_results

        if self.store is not None:
            open_class_results(self, self.store, self.banks)

    def open_bank(self) -> None:
        """File › Open bank…: choose a bank file and see it in the live preview, for its author (issue 19)."""
        from PySide6.QtWidgets import QFileDialog

        folder = getattr(self, "_bank_folder", str(Path.home()))
        dialog = QFileDialog(self, self.tr("Open a question bank"), folder)
        dialog.setObjectName("openBankDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Question banks (*.yaml *.yml)"))
        dialog.fileSelected.connect(self._preview_bank)
        self.bank_dialog = dialog
        dialog.open()

    def _preview_bank(self, path: str) -> None:
        from cs_quiz.ui.preview import open_preview

        self._bank_folder = str(Path(path).parent)
        open_preview(Path(path), self)

    def show_about(self) -> None:
        from cs_quiz.ui import help_dialogs

        self.dialog = help_dialogs.about(self, self.store.path if self.store is not None else None)

    def go_home(self) -> None:
        """The start page; an attempt in progress is set aside, to be resumed from there (File › Start page)."""
        if self.stack.currentWidget() is self.welcome:
            return
        if self.attempt is not None:
            self.attempt.set_aside()  # still in progress: free for this or another window to resume
        self.attempt = None
        self._show(self.welcome)
        self.welcome.set_banks(self.banks.every, self.settings.get(LAST_BANK))
        self._offer_resume()

    # ---- an attempt -----------------------------------------------------------------------------------------
    @property
    def session(self) -> Session | None:
        """The questions and answers of the attempt in progress (what the pages show)."""
        if self.attempt is None:
            return None
        from cs_quiz.attempts.attempt import Status

        return self.attempt.session if self.attempt.status is Status.IN_PROGRESS else None

    def start(self, bank_id: str, section: str, nickname: str) -> None:
        """Start a new attempt; with an unfinished one offered that holds answers, ask first (ui/start_over.py)."""
        offered = self.welcome.offered()
        if offered is None or offered.answered == 0:
            self._start_now(bank_id, section, nickname)
            return
        from cs_quiz.ui import start_over

        unfinished = self.welcome.offered_title()
        self.dialog = start_over.ask(
            self,
            unfinished,
            offered.answered,
            lambda: self.resume(offered.id),
            lambda: self._start_now(bank_id, section, nickname),
        )

    def _start_now(self, bank_id: str, section: str, nickname: str) -> None:
        from cs_quiz.attempts.attempt import Attempt

        bank = self.banks[bank_id]
        code, cohort, self.show_standing = self.welcome.class_choices()
        self.nickname = nickname
        self.settings.set(LAST_BANK, bank_id)
        remember = bool(self.settings.get(REMEMBER_NICKNAME))
        self.settings.set(LAST_NICKNAME, nickname if remember else "")
        self.settings.set(LAST_CODE, code if remember else "")
        self.settings.set(LAST_COHORT, cohort if remember else "")
        self.settings.set(SHOW_STANDING, self.show_standing if remember else False)
        self._follow(
            Attempt.start(
                self.store,
                bank,
                [section],
                nickname=nickname,
                lane=self.lane,
                declines=self.welcome.offered_id,
                clock=self.clock,
                cohort=cohort or None,
                code=code or None,
            )
        )
        if not remember:  # a shared computer: the start page the next person finds holds no one's code
            self.welcome.code.clear()
            self.welcome.show_standing.setChecked(False)
        self.show_question()

    def resume(self, attempt_id: str) -> None:
        from cs_quiz.attempts.attempt import Attempt, BankUnavailable, InUse
        from cs_quiz.store.store import StoreError
        from cs_quiz.ui.errors import error_dialog

        try:
            attempt = Attempt.resume(self.store, self.banks, attempt_id, lane=self.lane, clock=self.clock)
        except InUse:
            self._offer_resume()  # opened in another window since it was offered: the offer now says so
            return
        except (StoreError, BankUnavailable) as exc:
            self.dialog = error_dialog(self, exc, self.tr("Resuming"))
            return
        self.nickname = attempt.nickname
        # The attempt keeps its own class; the wish to see where one stands is asked on this page, as at a start.
        w = self.welcome
        self.show_standing = bool(attempt.cohort) and w.class_toggle.isChecked() and w.show_standing.isChecked()
        self._follow(attempt)
        self.show_question()

    def _follow(self, attempt: Attempt) -> None:
        self.attempt = attempt
        attempt.on_saved = lambda a: self._check_saving() if a is self.attempt else None

    def discard(self, attempt_id: str) -> None:
        """Stop offering an attempt (its answers are kept, as abandoned), on the store's lane; not one that another
        window has opened since it was offered."""
        if self.store.leases.in_use(attempt_id):
            self._offer_resume()
            return
        self.welcome.set_resume(None, None)

        def done(exc: BaseException | None) -> None:
            if exc is not None:
                self.bar.show_message(describe(exc))
            if self.stack.currentWidget() is self.welcome:
                self._offer_resume()

        self.lane.submit(lambda: self.store.abandon_attempt(attempt_id), done)

    def show_question(self) -> None:
        if self.session is not None:
            self.question.show_state(self.session)
            self._show(self.question)
            if self.question.editor is not None and not self.question.editor.isAncestorOf(self.focusWidget()):
                self.question.editor.focus_first()

    def answer(self, value: Any) -> None:
        from cs_quiz.scoring.answers import AnswerError

        if self.attempt is None:
            return
        try:
            self.attempt.answer(value)
        except AnswerError as exc:
            self.question.show_problem(str(exc))
        else:
            self.question.show_problem("")
        self.question.show_state(self.attempt.session)

    def _move(self, step: Any) -> None:
        """Run one navigation intent on the session; past the last question comes the review."""
        if self.attempt is None:
            return
        moved = step(self.attempt.session)
        if moved:
            self.show_question()
        else:
            self.show_review()

    def show_review(self) -> None:
        if self.session is not None:
            self.review.show_state(self.session)
            self._show(self.review)

    def finish(self) -> None:
        if self.attempt is None:
            return
        ev = self.attempt.finish()
        self.evaluation, self.finished_at = ev, self.attempt.finished_at
        self.standing = self._standing(ev, self.attempt)
        self._check_saving()
        self.results.show_evaluation(ev, standing=self.standing)
        self._show(self.results)

    def _standing(self, ev: Evaluation, attempt: Attempt) -> str:
        """Where the readiness stands in the attempt's class, when the person asked and the class has 20 others
        who finished: the kiosk's rule and words (cs_quiz.report.standing)."""
        if not (self.show_standing and attempt.cohort):
            return ""
        from cs_quiz.report import standing

        return standing.sentence(standing.find(self.store, ev, attempt.id, attempt.cohort))

    def _check_saving(self) -> None:
        problem = (self.attempt.problem if self.attempt else None) or self.store.degraded
        if problem:  # the message bar announces it
            self.bar.show_message(self.tr("{why} Ctrl+S saves the report.").format(why=describe(problem)))

    # ---- report, history, window --------------------------------------------------------------------------
    def save_report(self) -> None:
        if self.evaluation is not None and self.stack.currentWidget() is self.results:
            self.reports.ask_and_save(self.evaluation, self.nickname, self.finished_at, self.standing)

    def print_report(self) -> None:
        if self.evaluation is not None and self.stack.currentWidget() is self.results:
            self.reports.print(self.evaluation, self.nickname, self.finished_at, self.standing)

    def show_history(self) -> None:
        """Read the history on the store's lane, after every write made so far (a result just finished is in it),
        then show it: one query, off the GUI thread."""
        from cs_quiz.attempts.history import history

        read: list[Any] = []
        store = self.store

        def work() -> None:
            read.append(history(store.finished_attempts(limit=100)))

        def done(exc: BaseException | None) -> None:
            from cs_quiz.ui.errors import error_dialog

            if exc is not None or not read:
                self.dialog = error_dialog(self, exc or RuntimeError("no history"), self.tr("Opening your history"))
                return
            self.history.show_history(read[0], self.banks)
            self._show(self.history)

        self.lane.submit(work, done)

    def show_past(self, past: Reopened) -> None:
        """A past result from the history as the results screen showed it (ui/past_results.py): saved as PDF
        and printed as it was, with its own nickname and finish time."""
        self.attempt = None
        self.evaluation, self.nickname, self.finished_at = past.evaluation, past.nickname, past.finished_at
        self.standing = ""  # said when the result was new, among the class as it was then: not again
        self.results.show_evaluation(past.evaluation, finished_at=past.finished_at)
        self._show(self.results)

    def delete_attempt(self, attempt_id: str) -> None:
        """Delete a past attempt (the person confirmed it on the history), on the store's lane, then show the
        history again."""

        def done(exc: BaseException | None) -> None:
            if exc is not None:
                self.bar.show_message(describe(exc))
            self.show_history()

        self.lane.submit(lambda: self.store.delete_attempt(attempt_id), done)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def restore_placement(self) -> None:
        """Where the window was last time, else a comfortable size on the current screen."""
        if not self.settings.restore_window(self):
            screen = self.screen().availableGeometry()
            self.resize(min(1280, screen.width() * 9 // 10), min(860, screen.height() * 9 // 10))
        if self.settings.get(FULL_SCREEN):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lane.wait()  # every answer given reaches the disk (or fails to) before the window goes
        if not self._quitting and unsaved.at_risk(self.store, self.attempt):
            event.ignore()  # asked first: the answers live only in memory
            if self.attempt is not None and (self.dialog is None or not self.dialog.isVisible()):
                self.dialog = unsaved.ask(self, self.attempt, self._quit_now)
            return
        if self.store is not None:
            self.store.leases.release_all()  # what is in progress stays so, for this or another window to resume
        self.settings.save_window(self)
        super().closeEvent(event)

    def _quit_now(self) -> None:
        self._quitting = True
        self.dialog = None
        self.close()
