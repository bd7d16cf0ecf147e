"""History: past finished attempts, how each competency changed since the previous one, and a readiness trend.

Shows results exactly as they were stored when each attempt finished (a later bank edit never changes them).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
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


class HistoryPage(QWidget):
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.entries: list[HistoryEntry] = []
        self.title = label(self, "title", self.tr("Your history"))
        self.empty = label(self, "status", self.tr("No finished attempts yet. Your results appear here."))
        self.list = QListWidget(self)
        self.list.setObjectName("historyList")
        self.list.setAccessibleName(self.tr("Past attempts, newest first"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self._show)
        self.detail_title = label(self, "heading")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("changeTable")
        self.table.setAccessibleName(self.tr("Competency scores and change since the previous attempt"))
        self.table.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Score"), self.tr("Change")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab goes on to the next control
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, self.table.horizontalHeader().ResizeMode.Stretch)
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
        bar = QHBoxLayout()
        bar.addWidget(self.home)
        bar.addStretch(1)
        page = QVBoxLayout(self)
        page.addWidget(self.title)
        page.addWidget(self.empty)
        page.addWidget(split, 1)
        page.addLayout(bar)
        self.split = split

    def show_history(self, entries: Sequence[HistoryEntry]) -> None:
        """``entries``: finished attempts as :func:`cs_quiz.attempts.history.history` describes them, newest first."""
        self.entries = list(entries)
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.entries:
            text = self.tr("{when} · {score} · {band}").format(
                when=format_when(e.finished_at),
                score=format_score(e.readiness),
                band=e.band_name or self.tr("not scored"),
            )
            if e.nickname:
                text += " · " + e.nickname
            QListWidgetItem(text, self.list)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.entries)
        self.split.setVisible(bool(self.entries))
        if self.entries:
            self.list.setCurrentRow(0)
            self._show(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.home.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        e = self.entries[row]
        before = e.previous_started_at
        self.detail_title.setText(
            self.tr("Attempt of {when}").format(when=format_when(e.started_at))
            + (
                self.tr(", compared with {when}").format(when=format_when(before))
                if before is not None
                else self.tr(" (no earlier attempt to compare with)")
            )
        )
        self.table.setRowCount(len(e.competencies))
        for r, c in enumerate(e.competencies):
            for col, text in enumerate((c.name, format_score(c.score), format_change(c.change))):
                item = QTableWidgetItem(text)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        points = trend(self.entries, e.bank_id)
        chosen = next((i for i, p in enumerate(points) if p.attempt_id == e.attempt_id), -1)
        self.trend.set_points([(format_when(p.when), p.readiness) for p in points], chosen)

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
        self.home.setText(self.tr("← Back to the start"))
        self.home.setAccessibleName(self.tr("Back to the start"))
