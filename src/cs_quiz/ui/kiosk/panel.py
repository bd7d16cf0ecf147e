"""The facilitator panel: the group's picture and the kiosk's controls, behind the PIN.

Overview: participants today and in total, then for a date range (local calendar days, both inclusive) the
participants, completion rate, readiness bands, mean and spread per competency (a chart, and the same figures as
text) and the most common gaps — all from :meth:`cs_quiz.store.store.Store.aggregate`, so the panel computes nothing.
Data: export CSV and JSON of the range to a chosen folder (a USB stick) with :mod:`cs_quiz.store.exchange`, and
clear all
results after a typed confirmation. Options: the kiosk options of :mod:`cs_quiz.kiosk.settings`, built from
their declarations. The panel is built afresh each time it opens.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import settings as ks
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.store import exchange
from cs_quiz.store.store import Aggregate, Store, StoreError
from cs_quiz.ui.common import label
from cs_quiz.ui.errors import error_dialog
from cs_quiz.ui.kiosk.inside import open_inside
from cs_quiz.ui.kiosk.option_editors import make_editor, value_of
from cs_quiz.ui.kiosk.panel_charts import BandChart, CompetencyStatsChart
from cs_quiz.ui.kiosk.panel_dialogs import ClearDialog, exit_question, panel_button
from cs_quiz.ui.worker import Job, run_in_background


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _percent(value: float | None) -> str:
    return (
        "–"
        if value is None
        else QCoreApplication.translate("FacilitatorPanel", "{n}%").format(n=round_half_up(100 * value))
    )


class FacilitatorPanel(QWidget):
    closed = Signal()  # back to the kiosk
    exit_requested = Signal()  # leave kiosk mode
    settings_changed = Signal(object)  # KioskSettings, saved
    cleared = Signal(int)  # how many attempts were deleted
    exported = Signal(str)  # the status line shown

    def __init__(
        self,
        store: Store,
        banks: Mapping[str, Bank],
        settings: ks.KioskSettings,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("facilitatorPanel")
        self.store, self.banks, self.settings, self.today = store, banks, settings, today
        self.job: Job | None = None
        self.dialog: QDialog | None = None
        self.title = label(self, "title", self.tr("Facilitator panel"))
        self.back = panel_button(
            self, self.tr("Back to the kiosk"), self.tr("Close the panel"), self.closed.emit, "primary"
        )
        self.exit = panel_button(self, self.tr("Exit kiosk mode"), self.tr("Exit kiosk mode"), self.ask_exit)
        # The title, then Exit and Back at the end of the line; when the line is too short for them all (Spanish
        # at 200 % on 1024×600) the buttons go on a line of their own under it (resizeEvent).
        head = self.head = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        head.addWidget(self.title, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)  # at the end of their own line, when they have one
        buttons.addWidget(self.exit)
        buttons.addWidget(self.back)
        head.addLayout(buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("panelTabs")
        self.tabs.setAccessibleName(self.tr("Panel sections"))
        self.tabs.addTab(self._overview_tab(), self.tr("Overview"))
        self.tabs.addTab(self._data_tab(), self.tr("Export and clear"))
        self.tabs.addTab(self._options_tab(), self.tr("Kiosk options"))
        col = QVBoxLayout(self)
        col.addLayout(head)
        col.addWidget(self.tabs, 1)
        self.refresh()

    # ---- overview ------------------------------------------------------------------------------------------
    def _overview_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it wraps, never scrolls sideways
        body = QWidget(scroll)
        body.setObjectName("panelBody")
        self.today_label = label(body, "participantsToday")
        self.total_label = label(body, "participantsTotal")
        for big in (self.today_label, self.total_label):
            big.setWordWrap(False)
        counts = QHBoxLayout()
        counts.addWidget(self.today_label)
        counts.addWidget(self.total_label)
        counts.addStretch(1)
        self.since = self._date_edit(body, "since", self.tr("From"))
        self.until = self._date_edit(body, "until", self.tr("To"))
        self.all_dates = QCheckBox(self.tr("All dates"), body)
        self.all_dates.setObjectName("allDates")
        self.all_dates.setAccessibleName(self.tr("Show all dates"))
        self.all_dates.toggled.connect(self.refresh)
        today_button = panel_button(body, self.tr("Today"), self.tr("Show today only"), self.show_today)
        span = QHBoxLayout()
        for w in (label(body, "fieldLabel", self.tr("From")), self.since, label(body, "fieldLabel", self.tr("To"))):
            span.addWidget(w)
        span.addWidget(self.until)
        shortcuts = QHBoxLayout()
        shortcuts.addWidget(today_button)
        shortcuts.addWidget(self.all_dates)
        shortcuts.addStretch(1)
        dates = self.dates = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # the shortcuts under the range if narrow
        dates.addLayout(span)
        dates.addLayout(shortcuts, 1)
        self.range_label = label(body, "rangeFigures")
        self.completion_label = label(body, "completionRate")
        self.bands_chart = BandChart(body)
        self.bands_text = label(body, "bandFigures")  # the chart's figures, for screen readers: not shown twice
        self.bands_text.hide()
        self.stats_chart = CompetencyStatsChart(body)
        self.gaps_label = label(body, "commonGaps")
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self.range_label)
        left.addWidget(self.completion_label)
        left.addWidget(label(body, "heading", self.tr("Readiness bands")))
        left.addWidget(self.bands_chart)
        left.addWidget(self.bands_text)
        left.addWidget(label(body, "heading", self.tr("Most common gaps")))
        left.addWidget(self.gaps_label)
        left.addStretch(1)
        right.addWidget(label(body, "heading", self.tr("Mean and spread per competency (0–100, mean ± SD)")))
        right.addWidget(self.stats_chart)
        right.addStretch(1)
        columns = self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.addLayout(left, 2)
        columns.addSpacing(24)
        columns.addLayout(right, 3)
        scroll.viewport().installEventFilter(self)  # side by side on a wide screen, one above the other if not
        col = QVBoxLayout(body)
        col.addLayout(counts)
        col.addLayout(dates)
        col.addLayout(columns, 1)
        scroll.setWidget(body)
        return scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The overview's two columns side by side when its viewport is at least 55 ems wide, and the date range
        beside its shortcuts when they fit; else one above the other (a 1024×600 screen at 200 % text)."""
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            width = watched.width()
            _fold(self.columns, width >= 55 * self.fontMetrics().averageCharWidth())
            _fold(self.dates, width >= _needs(self.dates) + 24)
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        _fold(self.head, self.width() >= _needs(self.head) + 24)

    def _date_edit(self, parent: QWidget, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(parent)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)  # the locale's order, with the full year
        edit.setDisplayFormat(pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy"))
        edit.setDate(_qdate(self.today()))
        edit.setAccessibleName(accessible)
        edit.dateChanged.connect(self.refresh)
        return edit

    def show_today(self) -> None:
        self.all_dates.setChecked(False)
        for edit in (self.since, self.until):
            edit.setDate(_qdate(self.today()))

    def date_range(self) -> tuple[date | None, date | None]:
        if self.all_dates.isChecked():
            return None, None
        a, b = self.since.date().toPython(), self.until.date().toPython()
        assert isinstance(a, date) and isinstance(b, date)
        return (a, b) if a <= b else (b, a)

    def refresh(self) -> None:
        """Read the figures again from the store (after a change of range, an export or a clear)."""
        for edit in (self.since, self.until):
            edit.setEnabled(not self.all_dates.isChecked())
        today = self.today()
        self.today_label.setText(
            self.tr("Participants today: {n}").format(n=self.store.aggregate(today, today).participants)
        )
        self.total_label.setText(self.tr("In total: {n}").format(n=self.store.aggregate().participants))
        self.show_aggregate(self.store.aggregate(*self.date_range()))

    def show_aggregate(self, agg: Aggregate) -> None:
        self.aggregate = agg
        self.range_label.setText(
            self.tr(
                "In this range: {n} participants — {finished} finished, {abandoned} abandoned, {open} in progress."
            ).format(n=agg.participants, finished=agg.finished, abandoned=agg.abandoned, open=agg.in_progress)
        )
        self.completion_label.setText(self.tr("Completion rate: {rate}").format(rate=_percent(agg.completion_rate)))
        bank = self.banks.get(self.settings.bank) or next(iter(self.banks.values()), None)
        order = {band.id: i for i, band in enumerate(bank.bands)} if bank is not None else {}
        counts = sorted(agg.band_counts, key=lambda b: order.get(b.band_id or "", len(order)))  # lowest first
        bands = "; ".join(
            self.tr("{band}: {n}").format(band=b.band_name or self.tr("Result held back"), n=b.count) for b in counts
        )
        self.bands_text.setText(bands or self.tr("No finished attempts in this range."))
        self.bands_chart.set_bands(counts, self.bands_text.text(), order)
        stats = "; ".join(
            self.tr("{name}: mean {mean}, SD {sd} (n={n})").format(
                name=s.name,
                mean="–" if s.mean is None else f"{s.mean:.1f}",
                sd="–" if s.sd is None else f"{s.sd:.1f}",
                n=s.n,
            )
            for s in agg.competencies
        )
        self.stats_chart.set_stats(agg.competencies, stats)
        self.gaps_label.setText(
            "\n".join(
                self.tr("{i}. {name} — a gap for {n} of {finished}").format(
                    i=i, name=s.name, n=s.gap_count, finished=agg.finished
                )
                for i, s in enumerate(agg.common_gaps, start=1)
            )
            or self.tr("No gaps recorded in this range.")
        )

    # ---- export and clear ----------------------------------------------------------------------------------
    def _data_tab(self) -> QWidget:
        scroll = QScrollArea(self)  # at 200 % on a short screen its text scrolls rather than being cut
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tab = QWidget(scroll)
        tab.setObjectName("panelBody")
        self.export_button = panel_button(
            tab,
            self.tr("Export CSV and JSON…"),
            self.tr("Export the results of the chosen dates"),
            self.choose_folder,
            "primary",
        )
        self.clear_button = panel_button(
            tab, self.tr("Clear all results…"), self.tr("Clear all results"), self.ask_clear
        )
        self.status = label(tab, "panelStatus")
        col = QVBoxLayout(tab)
        col.addWidget(label(tab, "heading", self.tr("Export")))
        col.addWidget(
            label(
                tab,
                "note",
                self.tr(
                    "Writes the attempts of the dates chosen on the Overview as a spreadsheet (CSV) and as a complete "
                    "file (JSON) that cs-quiz can import elsewhere. Choose a folder, for example on a USB stick."
                ),
            )
        )
        col.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(label(tab, "heading", self.tr("Clear")))
        col.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.status)
        col.addStretch(1)
        scroll.setWidget(tab)
        return scroll

    def choose_folder(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Choose a folder for the export"))
        dialog.setObjectName("exportFolder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # stays inside the locked kiosk window
        dialog.setViewMode(QFileDialog.ViewMode.List)  # folder names only: the detail columns were unreadable
        dialog.setDirectory(str(Path.home()))  # not the folder the kiosk happened to start in
        places = dialog.findChild(QSplitter)
        if places is not None:  # the places on the left ("Computer", a USB stick) were cut to three letters
            places.setSizes([260, 900])
        for name in ("fileTypeLabel", "fileTypeCombo"):  # "Files of type: Directories" says nothing to anyone
            row = dialog.findChild(QWidget, name)
            if row is not None:
                row.hide()
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        open_inside(self, dialog, fill=0.8)  # inside the kiosk, and large enough to read
        self.dialog = dialog
        return dialog

    def export_to(self, folder: Path) -> Job:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        comma = QLocale().decimalPoint() == ","  # the interface language's locale (ui/language.py sets it)
        self.job = run_in_background(exchange.export_files, self.store, folder, *self.date_range(), stamp, comma)
        self.job.succeeded.connect(self._exported)
        self.job.failed.connect(lambda exc: self._failed(exc, self.tr("Exporting the results")))
        return self.job

    def _exported(self, outcome: tuple[int, Path, Path]) -> None:
        n, csv_path, json_path = outcome
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("Attempts exported: {n}, to {folder}: {csv} and {json}.").format(
                n=n, folder=csv_path.parent, csv=csv_path.name, json=json_path.name
            )
        )
        self.exported.emit(self.status.text())

    def _failed(self, exc: BaseException, doing: str) -> None:
        self.export_button.setEnabled(True)
        self.clear_button.setEnabled(True)
        self.status.setText("")
        open_inside(self, error_dialog(self, exc, doing))

    def ask_clear(self) -> ClearDialog:
        dialog = ClearDialog(self.store.aggregate().participants, self)
        dialog.accepted.connect(self.clear_all)
        open_inside(self, dialog)
        self.dialog = dialog
        return dialog

    def ask_exit(self) -> QDialog:
        """Leaving kiosk mode shows the desktop to whoever stands here next: ask first."""
        box = exit_question(self)
        box.accepted.connect(self.exit_requested.emit)
        open_inside(self, box)
        self.dialog = box
        return box

    def clear_all(self) -> Job:
        self.clear_button.setEnabled(False)
        self.job = run_in_background(self.store.clear)
        self.job.succeeded.connect(self._cleared)
        self.job.failed.connect(lambda exc: self._failed(exc, self.tr("Clearing the results")))
        return self.job

    def _cleared(self, n: int) -> None:
        self.clear_button.setEnabled(True)
        self.status.setText(self.tr("Attempts deleted: {n}.").format(n=n))
        self.refresh()
        self.cleared.emit(n)

    # ---- options ---------------------------------------------------------------------------------------------
    def _options_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        tab = QWidget(scroll)
        tab.setObjectName("optionsBody")
        # A grid, not a form layout: its word-wrapped captions get the height they need (a form layout cut "Then
        # count down before starting over" top and bottom), the captions share one width, and each control keeps
        # its own width instead of stretching across the screen.
        grid = QGridLayout()
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setHorizontalSpacing(24)
        self.editors: dict[str, QWidget] = {}
        for row, option in enumerate(ks.OPTIONS):
            caption = QCoreApplication.translate(ks.CONTEXT, option.label)
            editor = self._editor(tab, option, caption)
            self.editors[option.name] = editor
            text = label(tab, "fieldLabel", caption)
            text.setBuddy(editor)
            grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(editor, row, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._fill_sections()
        self.bank_box.currentIndexChanged.connect(self._fill_sections)
        self.save_button = panel_button(
            tab, self.tr("Save options"), self.tr("Save the kiosk options"), self.save_options, "primary"
        )
        self.options_status = label(tab, "optionsStatus")
        col = QVBoxLayout(tab)
        col.addLayout(grid)
        col.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        col.addWidget(self.options_status)
        col.addStretch(1)
        scroll.setWidget(tab)
        return scroll

    def _editor(self, parent: QWidget, option: ks.Option, caption: str) -> QWidget:
        value = getattr(self.settings, option.name)
        editor: QWidget
        if option.name == "bank":
            self.bank_box = editor = QComboBox(parent)
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for bank in self.banks.values():
                editor.addItem(bank.meta.title, bank.meta.id)
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif option.name == "section":
            self.section_box = editor = QComboBox(parent)
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        else:
            editor = make_editor(parent, option, value, _percent)
        editor.setObjectName(f"option-{option.name}")
        editor.setAccessibleName(caption)
        return editor

    def _fill_sections(self) -> None:
        bank = self.banks.get(self.bank_box.currentData() or "")
        wanted = self.section_box.currentData() or self.settings.section
        self.section_box.clear()
        for section in bank.sections.values() if bank else ():
            self.section_box.addItem(section.title, section.id)
        self.section_box.setCurrentIndex(max(self.section_box.findData(wanted), 0))

    def option_values(self) -> dict[str, Any]:
        return {option.name: value_of(self.editors[option.name]) for option in ks.OPTIONS}

    def save_options(self) -> None:
        try:
            new = self.settings.with_values(**self.option_values())
            ks.save(self.store, new, previous=self.settings)
        except (ValueError, OSError) as exc:
            self.options_status.setText(str(exc))
            return
        except StoreError as exc:
            error_dialog(self, exc, self.tr("Saving the kiosk options"))
            return
        self.settings = new
        self.options_status.setText(self.tr("Saved. The next participant gets these options."))
        self.settings_changed.emit(new)


def _needs(row: QBoxLayout) -> int:
    """The width ``row``'s items ask for side by side."""
    items = [row.itemAt(i) for i in range(row.count())]
    return sum(i.sizeHint().width() for i in items if i is not None) + row.spacing() * max(0, len(items) - 1)


def _fold(row: QBoxLayout, wide: bool) -> None:
    """``row`` left to right when ``wide``, else top to bottom."""
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if row.direction() != direction:
        row.setDirection(direction)
