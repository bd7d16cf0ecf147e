"""History: past finished attempts, how each competency changed since the previous one, and a readiness trend.

Shows results exactly as they were stored when each attempt finished (a later bank edit never changes them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.attempts.history import HistoryEntry, trend
from cs_quiz.ui.common import button, label
from cs_quiz.ui.formatting import format_change, format_score, format_when
from cs_quiz.ui.trend_chart import TrendChart

if TYPE_CHECKING:
    from cs_quiz.bank.model import Bank


class HistoryPage(QWidget):
    home_requested = Signal()
    delete_requested = Signal(str)  # an attempt id, confirmed by the person
    open_requested = Signal(str)  # an attempt id: its result, as the results screen showed it
    export_requested = Signal(str)  # an attempt id: saved as a file another cs-quiz can import

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.entries: list[HistoryEntry] = []
        self.banks: Mapping[str, Bank] = {}
        self.dialog: QMessageBox | None = None
        self.title = label(self, "title", self.tr("Your history"))
        self.empty = label(self, "status", self.tr("No finished attempts yet. Your results appear here."))
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(self.tr("Past attempts, newest first"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap, never scroll sideways
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self._request(self.open_requested))  # Enter, double-click
        self.detail_title = label(self, "heading")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("changeTable")
        self.table.setAccessibleName(self.tr("Competency scores and change since the previous attempt"))
        self.table.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Score"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)  # the names take the room; figures their own
        for column in (1, 2):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        # Rows as high as their names need at the width the names now have (not the width when they were filled).
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.trend = TrendChart(self)
        right = QWidget(self)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.detail_title)
        col.addWidget(self.trend)
        col.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.home = button(self, self.tr("← Back to the start"), self.tr("Back to the start"), self.home_requested.emit)
        self.open = button(
            self,
            self.tr("Open this result"),
            self.tr("Open the selected result, to read it again, save it as PDF or print it"),
            lambda: self._request(self.open_requested),
            "primary",
        )
        self.export = button(
            self,
            self.tr("Export…"),
            self.tr("Save the selected result as a file that cs-quiz on another computer can import"),
            lambda: self._request(self.export_requested),
        )
        self.delete = button(
            self, self.tr("Delete this attempt…"), self.tr("Delete the selected attempt"), self.ask_delete
        )
        bar = QHBoxLayout()
        bar.addWidget(self.home)
        bar.addStretch(1)
        bar.addWidget(self.delete)
        bar.addWidget(self.export)
        bar.addWidget(self.open)
        for before, after in ((self.home, self.delete), (self.delete, self.export), (self.export, self.open)):
            QWidget.setTabOrder(before, after)  # Tab goes left to right, as the row reads
        page = QVBoxLayout(self)
        page.addWidget(self.title)
        page.addWidget(self.empty)
        page.addWidget(split, 1)
        page.addLayout(bar)
        self.split = split

    def _band(self, e: HistoryEntry) -> str:
        """The band's name in today's language (the bank's), else as stored, else "not scored"."""
        bank = self.banks.get(e.bank_id)
        found = next((b for b in bank.bands if b.id == e.band_id), None) if bank is not None else None
        return found.name if found is not None else e.band_name or self.tr("not scored")

    def _competency(self, bank_id: str, competency: str, stored: str) -> str:
        bank = self.banks.get(bank_id)
        found = bank.competencies.get(competency) if bank is not None else None
        return found.name if found is not None else stored

    def show_history(self, entries: Sequence[HistoryEntry], banks: Mapping[str, Bank] | None = None) -> None:
        """``entries``: finished attempts as :func:`cs_quiz.attempts.history.history` describes them, newest first.
        ``banks``: by id, in the interface language, to name bands and competencies as the rest of the app does
        (an attempt taken in Spanish reads in English when the app is in English)."""
        self.entries = list(entries)
        self.banks = banks or {}
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.entries:
            text = self.tr("{when} · {score} · {band}").format(
                when=format_when(e.finished_at),
                score=format_score(e.readiness),
                band=self._band(e),
            )
            if e.nickname:
                text += " · " + e.nickname
            QListWidgetItem(text, self.list)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.entries)
        self.split.setVisible(bool(self.entries))
        for b in (self.delete, self.export, self.open):
            b.setVisible(bool(self.entries))
        if self.entries:
            self.list.setCurrentRow(0)
            self._show(0)
            self.list.scrollToTop()  # the newest first, where the list begins
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.home.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        e = self.entries[row]
        before = e.previous_finished_at  # finish times everywhere, as the list shows them
        self.detail_title.setText(
            self.tr("Attempt finished {when}").format(when=format_when(e.finished_at))
            + (
                self.tr(", compared with the one finished {when}").format(when=format_when(before))
                if before is not None
                else self.tr(" (no earlier attempt to compare with)")
            )
        )
        self.table.setRowCount(len(e.competencies))
        for r, c in enumerate(e.competencies):
            name = self._competency(e.bank_id, c.competency, c.name)
            for col, text in enumerate((name, format_score(c.score), format_change(c.change))):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        self.table.resizeRowsToContents()
        self.table.scrollToTop()  # it opened scrolled to the middle
        points = trend(self.entries, e.bank_id)
        chosen = next((i for i, p in enumerate(points) if p.attempt_id == e.attempt_id), -1)
        self.trend.set_points([(format_when(p.when), p.readiness) for p in points], chosen)

    def selected(self) -> HistoryEntry | None:
        row = self.list.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _request(self, signal: SignalInstance) -> None:
        chosen = self.selected()
        if chosen is not None:
            signal.emit(chosen.attempt_id)

    def ask_delete(self) -> QMessageBox | None:
        """Delete the selected attempt, once the person has said yes (nothing else is touched)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.entries):
            return None
        chosen = self.entries[row]
        box = QMessageBox(self)
        box.setObjectName("deleteAttempt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete this attempt?"))
        box.setText(
            self.tr("Delete the attempt finished {when}, with its answers and result? This cannot be undone.").format(
                when=format_when(chosen.finished_at)
            )
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps it
        box.setEscapeButton(keep)
        box.setAccessibleName(box.windowTitle())
        box.setAccessibleDescription(box.text())
        delete.clicked.connect(lambda: self.delete_requested.emit(chosen.attempt_id))
        box.open()
        self.dialog = box
        return box

    def changeEvent(self, event: QEvent) -> None:
        """A new interface language: the fixed texts again (the list follows on ``show_history``)."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange:
            return
        self.title.setText(self.tr("Your history"))
        self.empty.setText(self.tr("No finished attempts yet. Your results appear here."))
        self.list.setAccessibleName(self.tr("Past attempts, newest first"))
        self.table.setAccessibleName(self.tr("Competency scores and change since the previous attempt"))
        self.table.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Score"), self.tr("Change")])
        self.open.setText(self.tr("Open this result"))
        self.open.setAccessibleName(self.tr("Open the selected result, to read it again, save it as PDF or print it"))
        self.export.setText(self.tr("Export…"))
        self.export.setAccessibleName(
            self.tr("Save the selected result as a file that cs-quiz on another computer can import")
        )
        self.delete.setText(self.tr("Delete this attempt…"))
        self.delete.setAccessibleName(self.tr("Delete the selected attempt"))
        self.home.setText(self.tr("← Back to the start"))
        self.home.setAccessibleName(self.tr("Back to the start"))
