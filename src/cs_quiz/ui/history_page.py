"""History: past finished attempts, how each competency changed since the previous one, and a readiness trend.

Shows results exactly as they were stored when each attempt finished (a later bank edit never changes them).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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

from cs_quiz.store.store import Attempt
from cs_quiz.ui.common import button, label
from cs_quiz.ui.formatting import format_change, format_score, format_when
from cs_quiz.ui.trend_chart import TrendChart


def competency_scores(attempt: Attempt) -> dict[str, tuple[str, float | None]]:
    """competency id -> (name, score) from the result stored at finish."""
    comps = ((attempt.result or {}).get("score") or {}).get("competencies") or []
    return {c["competency"]: (c.get("name", c["competency"]), c.get("score")) for c in comps}


def previous_of(attempts: Sequence[Attempt], i: int) -> Attempt | None:
    """The attempt before ``attempts[i]`` (newest first) on the same bank by the same nickname, if any."""
    a = attempts[i]
    for b in attempts[i + 1 :]:
        if b.bank_id == a.bank_id and (b.nickname or "").casefold() == (a.nickname or "").casefold():
            return b
    return None


def change(now: float | None, before: float | None) -> float | None:
    """The change people see: between the rounded figures shown, not the raw means."""
    return None if now is None or before is None else round(now) - round(before)


class HistoryPage(QWidget):
    home_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        self.attempts: list[Attempt] = []
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

    def show_history(self, attempts: Sequence[Attempt]) -> None:
        """``attempts``: finished attempts with their stored results, newest first."""
        self.attempts = list(attempts)
        self.list.blockSignals(True)
        self.list.clear()
        for a in self.attempts:
            readiness = (a.result or {}).get("score", {}).get("readiness", {})
            text = self.tr("{when} · {score} · {band}").format(
                when=format_when(a.finished_at or a.started_at),
                score=format_score(readiness.get("rounded")),
                band=a.band_name or self.tr("not scored"),
            )
            if a.nickname:
                text += " · " + a.nickname
            QListWidgetItem(text, self.list)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.attempts)
        self.split.setVisible(bool(self.attempts))
        if self.attempts:
            self.list.setCurrentRow(0)
            self._show(0)
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.home.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.attempts):
            return
        a = self.attempts[row]
        before = previous_of(self.attempts, row)
        self.detail_title.setText(
            self.tr("Attempt of {when}").format(when=format_when(a.started_at))
            + (
                self.tr(", compared with {when}").format(when=format_when(before.started_at))
                if before
                else self.tr(" (no earlier attempt to compare with)")
            )
        )
        now, old = competency_scores(a), competency_scores(before) if before else {}
        self.table.setRowCount(len(now))
        for r, (cid, (name, score)) in enumerate(now.items()):
            cells = (name, format_score(score), format_change(change(score, old.get(cid, ("", None))[1])))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        same = [x for x in reversed(self.attempts) if x.bank_id == a.bank_id and x.readiness is not None]
        points: list[tuple[str, Any]] = [(format_when(x.started_at), x.readiness) for x in same]
        self.trend.set_points(points, same.index(a) if a in same else -1)

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
