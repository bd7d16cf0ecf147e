"""The Class results window's list: the stored results of a bank, never with a name, and putting them in a class.

One row per attempt: when it was started, its class label, the participant code, the section, whether it was
finished and the band told. Rows are chosen as in any list (click, Shift, Ctrl, Ctrl+A); typing a class label and
pressing *Put in this class* labels the chosen ones (an empty label takes them out of their class).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.store.store import MAX_COHORT
from cs_quiz.ui.common import button, label

if TYPE_CHECKING:
    from cs_quiz.bank.model import Bank
    from cs_quiz.stats.sample import Taken

ID_ROLE = Qt.ItemDataRole.UserRole


class ResultsList(QWidget):
    label_requested = Signal(list, str)  # attempt ids, the class label typed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsList")
        col = QVBoxLayout(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("resultsTable")
        self.table.setAccessibleName(self.tr("Stored results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Every column as wide as its longest entry; the list scrolls sideways when they do not all fit.
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        col.addWidget(self.table, 1)
        self.count = label(self, "count")
        col.addWidget(self.count)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Class label:"), self)
        self.label_field = QLineEdit(self)
        self.label_field.setObjectName("classLabel")
        self.label_field.setMaxLength(MAX_COHORT)
        self.label_field.setPlaceholderText(self.tr("e.g. Career class 10B, spring"))
        self.label_field.setAccessibleName(self.tr("Class label"))
        self.label_field.returnPressed.connect(self._put)
        caption.setBuddy(self.label_field)
        self.put = button(self, self.tr("P&ut the chosen in this class"), self.tr("Put the chosen in this class"))
        self.put.setObjectName("putInClass")
        self.put.clicked.connect(self._put)
        row.addWidget(caption)
        row.addWidget(self.label_field, 1)
        row.addWidget(self.put)
        col.addLayout(row)
        self.message = label(self, "listMessage")
        self.message.setVisible(False)
        col.addWidget(self.message)
        self._retitle()
        self._chosen_changed()

    def _retitle(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Class"),
                self.tr("Participant code"),
                self.tr("Section"),
                self.tr("Status"),
                self.tr("Band"),
            ]
        )

    def show_takens(self, takens: list[Taken], bank: Bank | None) -> None:
        """Show ``takens`` (newest first), keeping the rows chosen that are still there."""
        was = set(self.chosen_ids())
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(takens))
        for r, t in enumerate(sorted(takens, key=lambda t: (t.started_at, t.attempt_id), reverse=True)):
            cells = (
                t.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                t.cohort or "",
                t.code or "",
                ", ".join(bank.sections[s].title if bank and s in bank.sections else s for s in t.sections),
                self._status(t),
                self._band(t, bank),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, t.attempt_id)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.choose(was)
        self.count.setText(self.tr("{n} result(s) shown.").format(n=len(takens)))

    def _status(self, t: Taken) -> str:
        if t.finished:
            return self.tr("finished")
        return self.tr("not finished") if t.status == "in_progress" else self.tr("left unfinished")

    def _band(self, t: Taken, bank: Bank | None) -> str:
        if not t.finished:
            return ""
        if not t.interpretable:
            return self.tr("withheld")
        if t.band is None:
            return self.tr("not scored")
        names = {b.id: b.name for b in bank.bands} if bank is not None else {}
        return names.get(t.band, t.band)

    def chosen_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        items = [self.table.item(r, 0) for r in rows]
        return [str(i.data(ID_ROLE)) for i in items if i is not None]

    def choose(self, ids: Iterable[str]) -> None:
        """Choose the rows of ``ids`` (and only those); the first is scrolled to."""
        wanted = set(ids)
        model = self.table.selectionModel()
        selection = QItemSelection()
        first = None
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(ID_ROLE) in wanted:
                selection.select(self.table.model().index(r, 0), self.table.model().index(r, 5))
                first = item if first is None else first
        model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first is not None:
            self.table.scrollToItem(first)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        self.put.setEnabled(bool(self.table.selectedIndexes()))

    def _put(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.say(self.tr("Choose the results to put in the class first (click, Shift+click, Ctrl+A)."))
            return
        self.label_requested.emit(ids, self.label_field.text())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))
