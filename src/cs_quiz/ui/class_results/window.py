"""The Class results window (issue 18): a teacher or facilitator gathers a class's results and reads them as a group.

- **Gather**: files, folders and ZIP archives dropped on the window (or chosen with the buttons) are imported
  into this computer's results (:func:`cs_quiz.store.gather.gather`: de-duplicated, each file whole or not at
  all, a report of what was added, already here and refused). The results just imported are then chosen in the
  list, so a class label can be put on them at once.
- **The list**: the stored results of the chosen bank (never a name: when, class, participant code, section,
  status, band); chosen rows get a class label.
- **Group**, **Questions** and **Before and after**: what :mod:`cs_quiz.stats` computes, in the words of the
  group report (:mod:`cs_quiz.report.group_pdf`, :mod:`cs_quiz.report.group_views`), for the bank, section,
  class and period chosen above. *Save group report as PDF* writes the handout of the same figures.

Opened from File › Class results… behind the teacher password or the facilitator PIN (:mod:`.dialogs`). The GUI
only shows and forwards: reading, importing and the statistics are the core's.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.store.store import MAX_COHORT, Store, StoreError, clean_label
from cs_quiz.ui.class_results.list_view import ResultsList
from cs_quiz.ui.common import button, label
from cs_quiz.ui.errors import describe

if TYPE_CHECKING:
    from collections.abc import Mapping

    from cs_quiz.bank.model import Bank
    from cs_quiz.stats.sample import Taken

PERIODS = (0, 1, 7, 30, 365)  # days back; 0: any time


class ClassResultsWindow(QWidget):
    changed = Signal()  # the views were worked out again (tests wait on it)

    def __init__(self, store: Store, banks: Mapping[str, Bank], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("classResults")
        self.setWindowTitle(self.tr("Class results"))
        self.setAcceptDrops(True)
        self.store, self.banks = store, banks
        self.takens: list[Taken] = []  # the chosen bank's attempts, every class and section, in the period
        self.shown: list[Taken] = []  # of them, those the filters choose
        self._figures: tuple[Any, Any] | None = None  # figures() of what is shown, once worked out
        outer = QVBoxLayout(self)
        # On a small screen with large text everything above the buttons scrolls, and the tabs keep room for
        # a dozen lines: nothing is squeezed to a sliver.
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("classResultsScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroller)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)

        intro = label(
            self,
            "intro",
            self.tr(
                "Drop results files, folders or ZIP archives here — from kiosks' results folders or other "
                "computers — or choose them with the buttons. No name is ever shown: people are known by a "
                "participant code."
            ),
        )
        col.addWidget(intro)
        row = QHBoxLayout()
        self.import_files = _button(self, "importFiles", self.tr("&Import files…"), self.choose_files)
        self.import_folder = _button(self, "importFolder", self.tr("Import a f&older…"), self.choose_folder)
        row.addWidget(self.import_files)
        row.addWidget(self.import_folder)
        row.addStretch(1)
        col.addLayout(row)
        self.report = label(self, "importReport")
        self.report.setVisible(False)
        col.addWidget(self.report)

        form = _form()
        self.bank = self._combo("bank", self.tr("&Bank:"), form)
        self.section = self._combo("section", self.tr("Sectio&n:"), form)
        self.cohort = self._combo("cohort", self.tr("C&lass:"), form)
        self.period = self._combo("period", self.tr("&Period:"), form)
        col.addLayout(form)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.list = ResultsList(self.tabs)
        self.list.label_requested.connect(self.put_in_class)
        self.group_view = self._browser("groupView")
        self.items_view = self._browser("itemsView")
        compare = QWidget(self.tabs)
        ccol = QVBoxLayout(compare)
        cform = _form()
        self.before = self._combo("before", self.tr("Be&fore:"), cform)
        self.after = self._combo("after", self.tr("&After:"), cform)
        ccol.addLayout(cform)
        self.unpaired = QCheckBox(self.tr("Two &different groups (not the same people twice)"), compare)
        self.unpaired.setObjectName("unpaired")
        self.unpaired.toggled.connect(self.show_compare)
        ccol.addWidget(self.unpaired)
        self.compare_view = self._browser("compareView", compare)
        ccol.addWidget(self.compare_view, 1)
        self.before.currentIndexChanged.connect(self.show_compare)
        self.after.currentIndexChanged.connect(self.show_compare)
        self.tabs.addTab(self.list, self.tr("&Results"))
        self.tabs.addTab(self.group_view, self.tr("&Group"))
        self.tabs.addTab(self.items_view, self.tr("&Questions"))
        self.tabs.addTab(compare, self.tr("Before and af&ter"))
        col.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(self.fontMetrics().height() * 16)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)

        row = QHBoxLayout()
        self.save_pdf = _button(self, "savePdf", self.tr("&Save group report as PDF…"), self.choose_pdf)
        self.close_button = _button(self, "close", self.tr("Clos&e"), self.close)
        self.save_csv = _button(self, "saveCsv", self.tr("Save figures as CS&V…"), self.choose_csv)
        row.addWidget(self.save_pdf)
        row.addWidget(self.save_csv)
        row.addStretch(1)
        row.addWidget(self.close_button)
        outer.addLayout(row)

        for value, text in zip(
            PERIODS,
            (
                self.tr("Any time"),
                self.tr("Today"),
                self.tr("The last 7 days"),
                self.tr("The last 30 days"),
                self.tr("The last 12 months"),
            ),
            strict=True,
        ):
            self.period.addItem(text, value)
        self.bank.currentIndexChanged.connect(self.reload)
        self.period.currentIndexChanged.connect(self.reload)
        self.section.currentIndexChanged.connect(self.show_views)
        self.cohort.currentIndexChanged.connect(self.show_views)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 40)
        self.fill_banks()

    # -- building --------------------------------------------------------------------------------------------------
    def _combo(self, name: str, text: str, form: QFormLayout) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # as wide as its longest choice
        box.setAccessibleName(text.replace("&", "").rstrip(":"))
        caption = QLabel(text, self)
        caption.setBuddy(box)
        form.addRow(caption, box)
        return box

    def _browser(self, name: str, parent: QWidget | None = None) -> QTextBrowser:
        view = QTextBrowser(parent or self.tabs)
        view.setObjectName(name)
        view.setOpenLinks(False)
        # The handout's headings are for paper: on screen, in the app's own text size, they need not shout.
        view.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }"
        )
        return view

    # -- what is chosen ------------------------------------------------------------------------------------------
    @property
    def chosen_bank(self) -> Bank | None:
        bank_id = self.bank.currentData()
        return self.banks.get(bank_id) if isinstance(bank_id, str) else None

    def fill_banks(self) -> None:
        """The banks with stored results here (that this computer can show), keeping the choice if it is left."""
        was = self.bank.currentData()
        try:  # the attempts' summaries only: their answers are read for the chosen bank alone (reload)
            ids = sorted({s.bank_id for s in self.store.history()} & set(self.banks))
        except StoreError as exc:
            self.say(describe(exc))
            ids = []
        self.bank.blockSignals(True)
        self.bank.clear()
        for bank_id in ids:
            self.bank.addItem(self.banks[bank_id].meta.title, bank_id)
        if was in ids:
            self.bank.setCurrentIndex(ids.index(was))
        self.bank.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        """Read the chosen bank's results again (after an import, a label, another bank or period)."""
        from cs_quiz.stats.sample import stored

        bank = self.chosen_bank
        days = self.period.currentData() or 0
        since = (datetime.now() - timedelta(days=days - 1)).date() if days else None
        try:
            self.takens = stored(self.store, bank_id=bank.meta.id, since=since) if bank is not None else []
        except StoreError as exc:
            self.say(describe(exc))
            self.takens = []
        self._refill(self.section, [(s.title, sid) for sid, s in bank.sections.items()] if bank else [], self.tr("All"))
        labels = sorted({t.cohort.casefold(): t.cohort for t in self.takens if t.cohort}.values(), key=str.casefold)
        self._refill(self.cohort, [(c, c) for c in labels], self.tr("All classes"))
        first: dict[str, datetime] = {}
        for t in self.takens:  # before and after in the order the classes first took it
            if t.cohort:
                key = t.cohort.casefold()
                first[key] = min(first.get(key, t.started_at), t.started_at)
        pairs = [(c, c) for c in sorted(labels, key=lambda c: (first[c.casefold()], c.casefold()))]
        self._refill(self.before, pairs, None)
        self._refill(self.after, pairs, None, index=min(1, len(pairs) - 1))
        self.show_views()

    def _refill(
        self, box: QComboBox, items: list[tuple[str, str]], everything: str | None, index: int | None = None
    ) -> None:
        was = box.currentData()
        box.blockSignals(True)
        box.clear()
        if everything is not None:
            box.addItem(everything, None)
        for text, data in items:
            box.addItem(text, data)
        found = box.findData(was) if was is not None else -1
        box.setCurrentIndex(found if found >= 0 else (index if index is not None and index >= 0 else 0))
        box.blockSignals(False)

    def selection_text(self) -> str:
        """The chosen results in words, for the report's heading."""
        what = []
        if self.cohort.currentData():
            what.append(self.tr("class {label}").format(label=self.cohort.currentData()))
        if self.section.currentData():
            what.append(self.section.currentText())
        if self.period.currentData():
            what.append(self.period.currentText())
        return " · ".join(what) or self.tr("all stored results")

    # -- the views -------------------------------------------------------------------------------------------------
    def show_views(self) -> None:
        from cs_quiz.stats.sample import select

        bank = self.chosen_bank
        cohort, section = self.cohort.currentData(), self.section.currentData()
        self.shown = select(self.takens, section=section) if section else list(self.takens)
        if cohort:
            self.shown = [t for t in self.shown if (t.cohort or "").casefold() == cohort.casefold()]
        self._figures = None  # another choice: worked out again when asked for
        self.list.show_takens(self.shown, bank)
        self.save_pdf.setEnabled(bank is not None)
        self.save_csv.setEnabled(bank is not None)
        if bank is None:
            nothing = self.tr("No results of a question bank this computer has are stored yet: import some above.")
            for view in (self.group_view, self.items_view, self.compare_view):
                view.setPlainText(nothing)
        else:
            self._show_group(bank)
            self.show_compare()
        self.changed.emit()

    def figures(self) -> tuple[Any, Any]:
        """The group results and item statistics of what is shown (what the views and the PDF say): worked out
        once each time the choice changes (:meth:`show_views`), then read by the views and the exports."""
        from cs_quiz.stats.group import group_results
        from cs_quiz.stats.items import item_statistics

        if self._figures is None:
            bank = self.chosen_bank
            assert bank is not None
            self._figures = (group_results(self.shown, bank), item_statistics(self.shown, bank))
        return self._figures

    def _show_group(self, bank: Bank) -> None:
        from cs_quiz.report.group_pdf import group_html
        from cs_quiz.report.group_views import items_html

        group, items = self.figures()
        html, images = group_html(group, bank, selection=self.selection_text(), when=datetime.now())
        doc = self.group_view.document()
        for name, image in images.items():
            doc.addResource(int(QTextDocument.ResourceType.ImageResource), QUrl(name), image)
        self.group_view.setHtml(html)
        self.items_view.setHtml(items_html(items, bank))

    def show_compare(self) -> None:
        from cs_quiz.report.group_views import compare_html
        from cs_quiz.stats.change import paired, unpaired

        bank = self.chosen_bank
        before, after = self.before.currentData(), self.after.currentData()
        if bank is None or not before or not after or before == after:
            self.compare_view.setPlainText(
                self.tr(
                    "Choose two classes: the one of the first attempts and the one of the later attempts. Put a "
                    "class label on results in the Results tab."
                )
            )
            return
        pool = [t for t in self.takens if not self.section.currentData() or self.section.currentData() in t.sections]

        def of(name: str) -> list[Taken]:
            return [t for t in pool if (t.cohort or "").casefold() == name.casefold()]

        result = (
            unpaired(of(before), of(after), bank) if self.unpaired.isChecked() else paired(pool, bank, before, after)
        )
        self.compare_view.setHtml(compare_html(result, bank, before, after))

    # -- intents ---------------------------------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.report.setText(text)
        self.report.setAccessibleName(text)
        self.report.setVisible(bool(text))

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import results"), "", self.tr("Results files (*.json *.zip);;All files (*)")
        )
        if paths:
            self.import_paths([Path(p) for p in paths])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of results"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        """Import what was dropped or chosen, say what happened, and choose the results read in the list."""
        from cs_quiz.store.gather import MAX_FILES, gather

        if self.store.degraded is not None:
            self.say(self.tr("Nothing was imported: {reason}").format(reason=describe(self.store.degraded)))
            return
        try:
            done = gather(self.store, paths, frozenset(self.banks), tuple(self.banks.values()))
        except StoreError as exc:
            self.say(self.tr("Nothing more was imported: {reason}").format(reason=describe(exc)))
            return
        if done.too_many:
            self.say(
                self.tr("Nothing was imported: more than {n} files. Choose the results folder itself.").format(
                    n=MAX_FILES
                )
            )
            return
        self.say(self.import_summary(done))
        self.fill_banks()
        if self.cohort.currentIndex() != 0:
            self.cohort.setCurrentIndex(0)
        self.tabs.setCurrentWidget(self.list)
        self.list.choose(done.present_ids)

    def import_summary(self, done: Any) -> str:
        """What an import did, in plain words: totals first, then each refused file with its reason."""
        r = done.report
        lines = [
            self.tr("Imported: {added} new, {skipped} already here, {rejected} file(s) refused.").format(
                added=r.added, skipped=r.skipped, rejected=len(r.rejected)
            )
        ]
        if done.ignored:
            lines.append(
                self.tr("{n} other file(s) in the folders were not results files and were left alone.").format(
                    n=done.ignored
                )
            )
        for f in r.rejected[:8]:
            lines.append(self.tr("Refused: {file} — {reason}").format(file=f.path.name, reason=f.error))
        if len(r.rejected) > 8:
            lines.append(self.tr("… and {n} more refused.").format(n=len(r.rejected) - 8))
        differing = sum(len(f.differing) for f in r.files)
        if differing:
            lines.append(
                self.tr("{n} result(s) were here already with other answers: the copy here was kept.").format(
                    n=differing
                )
            )
        return "\n".join(lines)

    def put_in_class(self, ids: list[str], text: str) -> None:
        try:
            n = self.store.set_cohort(ids, text)
        except ValueError:
            self.list.say(self.tr("A class label has at most {n} characters.").format(n=MAX_COHORT))
            return
        except StoreError as exc:
            self.list.say(describe(exc))
            return
        label_text = clean_label(text, MAX_COHORT) or ""
        self.list.say(
            self.tr("{n} result(s) put in the class “{label}”.").format(n=n, label=label_text)
            if label_text
            else self.tr("{n} result(s) taken out of their class.").format(n=n)
        )
        self.reload()
        self.list.choose(ids)

    def choose_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save group report as PDF"), str(Path.home() / "group-results.pdf"), "PDF (*.pdf)"
        )
        if path:
            self.write_pdf(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def write_pdf(self, path: Path) -> bool:
        from cs_quiz.report.group_pdf import write_group_pdf

        bank = self.chosen_bank
        if bank is None:
            return False
        group, items = self.figures()
        try:
            write_group_pdf(path, group, bank, selection=self.selection_text(), items=items)
        except OSError as exc:
            self.say(self.tr("The report was not saved: {reason}").format(reason=describe(exc)))
            return False
        self.say(self.tr("Group report saved: {path}").format(path=str(path)))
        return True

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save figures as CSV"), str(Path.home() / "group-results.csv"), "CSV (*.csv)"
        )
        if path:
            self.write_csv(Path(path if path.lower().endswith(".csv") else path + ".csv"))

    def write_csv(self, path: Path) -> bool:
        """The group figures as ``cs-quiz stats --csv`` writes them, for a spreadsheet."""
        from cs_quiz.atomic import atomic_write_bytes
        from cs_quiz.report.group_csv import csv_bytes

        if self.chosen_bank is None:
            return False
        group, _ = self.figures()
        try:
            atomic_write_bytes(path, csv_bytes(group))
        except OSError as exc:
            self.say(self.tr("The figures were not saved: {reason}").format(reason=describe(exc)))
            return False
        self.say(self.tr("Figures saved: {path}").format(path=str(path)))
        return True

    # -- drag and drop ---------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)


def _form() -> QFormLayout:
    """Labels beside their lists, each list as wide as its longest choice (not stretched across the window)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _button(parent: QWidget, name: str, text: str, slot: Any) -> QPushButton:
    b = button(parent, text, text.replace("&", "").rstrip("…"), slot)
    b.setObjectName(name)
    return b


_open: dict[int, ClassResultsWindow] = {}


def open_class_results(parent: QWidget, store: Store, banks: Mapping[str, Bank]) -> QWidget:
    """Ask for the password (or have one chosen the first time), then show the window; one per main window.
    Returns the dialog (or the window, when it is open already)."""
    from cs_quiz.ui.class_results.dialogs import PasswordDialog, SetPasswordDialog
    from cs_quiz.ui.class_results.password import Access

    window = _open.get(id(parent))
    if window is not None:
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window
    access = Access(store)
    dialog = PasswordDialog(access, parent) if access.has_secret else SetPasswordDialog(access, parent)

    def show() -> None:
        w = ClassResultsWindow(store, banks, parent)
        _open[id(parent)] = w
        w.destroyed.connect(lambda *_: _open.pop(id(parent), None))
        w.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        w.show()

    dialog.accepted.connect(show)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
