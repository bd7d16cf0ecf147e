"""A past result from the history: opened again as the results screen (to read, save as PDF or print), or exported
as a file cs-quiz on another computer imports (a student hands it to a teacher).

Both read the store on the window's lane, after every write made so far. Opening scores the stored answers again
and shows the result only when it gives the figures stored at the finish (:mod:`cs_quiz.attempts.reopen`); when the
bank has changed or gone since, the person is told why, and the history keeps showing the stored figures.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from cs_quiz.ui.report_actions import documents_folder

if TYPE_CHECKING:
    from cs_quiz.attempts.reopen import Reopened
    from cs_quiz.store.store import Store
    from cs_quiz.ui.common import Pages
    from cs_quiz.ui.history_page import HistoryPage
    from cs_quiz.ui.language import BanksByLanguage
    from cs_quiz.ui.message_bar import MessageBar
    from cs_quiz.ui.worker import StoreLane


class Host(Protocol):
    """What this needs of the main window."""

    store: Store
    banks: BanksByLanguage
    lane: StoreLane
    stack: Pages
    bar: MessageBar
    dialog: Any

    @property
    def history(self) -> HistoryPage: ...
    def show_past(self, past: Reopened) -> None: ...


class PastResults(QObject):
    def __init__(self, window: QWidget, host: Host) -> None:
        """``window`` (the main window) parents the dialogs; ``host`` is the same window, by what this needs."""
        super().__init__(window)
        self.widget, self.window = window, host
        self.dialog: QFileDialog | None = None

    def open(self, attempt_id: str) -> None:
        """Show the result of ``attempt_id`` as the results screen showed it, in the interface language when the
        bank has a translation that scores alike."""
        from cs_quiz.attempts.reopen import reopen

        w = self.window
        store, banks = w.store, w.banks
        if store is None:
            return
        preferred, _ = banks.pick(self._bank_of(attempt_id))
        candidates = [b for b in (preferred, *banks.every) if b is not None]
        found: list[Reopened] = []

        def work() -> None:
            found.append(reopen(store, candidates, attempt_id))

        def done(exc: BaseException | None) -> None:
            if exc is not None or not found:
                self._cannot_open(exc)
            elif w.stack.currentWidget() is w.history:  # still where the person asked
                w.show_past(found[0])

        w.lane.submit(work, done)

    def _bank_of(self, attempt_id: str) -> str:
        entry = next((e for e in self.window.history.entries if e.attempt_id == attempt_id), None)
        return entry.bank_id if entry is not None else ""

    def _cannot_open(self, exc: BaseException | None) -> None:
        from cs_quiz.attempts.reopen import BANK_GONE, CannotReopen
        from cs_quiz.ui.errors import error_dialog

        w = self.window
        if isinstance(exc, CannotReopen):
            w.bar.show_message(
                self.tr(
                    "This result cannot be opened again: the questions it was answered with are no longer installed."
                )
                if exc.why == BANK_GONE
                else self.tr(
                    "This result cannot be opened again: the questions it was answered with have changed since, and "
                    "would now give another result. Its figures as they were are shown here in your history."
                ),
                "info",
            )
            return
        w.dialog = error_dialog(self.widget, exc or RuntimeError("not opened"), self.tr("Opening a past result"))

    def ask_export(self, attempt_id: str) -> QFileDialog:
        """Ask where to save the result of ``attempt_id`` as a results file (the JSON ``cs-quiz import`` and the
        Class results window read), then write it on the lane."""
        entry = next((e for e in self.window.history.entries if e.attempt_id == attempt_id), None)
        stamp = entry.finished_at.strftime("%Y-%m-%d") if entry is not None else "result"
        name = f"cs-quiz-result-{stamp}.json"
        dialog = QFileDialog(self.widget, self.tr("Export the result"), str(Path(documents_folder()) / name))
        dialog.setObjectName("exportResultDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("cs-quiz results (*.json)"))
        dialog.setDefaultSuffix("json")
        dialog.fileSelected.connect(lambda path: self.export(attempt_id, Path(path)))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, attempt_id: str, path: Path) -> None:
        from cs_quiz.store.exchange import export_json

        w = self.window
        store = w.store
        written: list[Any] = []

        def work() -> None:
            store.get_attempt(attempt_id)  # deleted since? Then say so, and write no empty file
            written.append(export_json(store, path, attempt_ids=[attempt_id]))

        def done(exc: BaseException | None) -> None:
            from cs_quiz.ui.errors import error_dialog

            if exc is not None or written != [1]:
                w.dialog = error_dialog(
                    self.widget, exc or RuntimeError("the result is no longer stored"), self.tr("Exporting")
                )
                return
            w.bar.show_saved(self.tr("Result exported to {path}").format(path=path), path)

        w.lane.submit(work, done)
