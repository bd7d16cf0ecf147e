"""The preview window (issue 19): a bank file as the app would show it, reloaded each time the author saves.

- Each save is noticed (:class:`.watcher.BankWatcher`: in place, or written beside and renamed over) and the file
  is read again off the GUI thread (:func:`.reading.read`). The question shown (by id) and the answers to the
  questions still there are kept.
- When the file does not load, every problem is listed with its line (:mod:`.problems`) and the last version that
  loaded stays on screen under a banner saying so; a bank that never loaded shows only its problems.
- The outline (:mod:`.outline`) jumps to any question of any section; the card (:mod:`.card`) answers it with the
  app's own answer widgets; the results (:mod:`.results_view`) follow every answer.
- The interface language switches here as on the start page; a bank with files in other languages beside it
  (``name.yaml``, ``name.es.yaml``, same bank id) switches with it, or on its own.

The window shows and forwards; loading, scoring and the report's words are the core's.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from cs_quiz.bank.model import Bank
from cs_quiz.ui import announcer
from cs_quiz.ui.common import button, label
from cs_quiz.ui.language import LANGUAGES, current_language, normalise, set_language
from cs_quiz.ui.preview import editor
from cs_quiz.ui.preview.card import QuestionCard
from cs_quiz.ui.preview.outline import NO_SECTION, QuestionTree
from cs_quiz.ui.preview.problems import ProblemsPanel, StaleBanner
from cs_quiz.ui.preview.reading import Reading, Sibling, read, siblings
from cs_quiz.ui.preview.results_view import ResultsView
from cs_quiz.ui.preview.watcher import BankWatcher, signature
from cs_quiz.ui.rows import WrapRow
from cs_quiz.ui.worker import Job, run_in_background

LANGUAGE_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # a bank language choice's language tag
SIDE_BY_SIDE_CHARS = 120  # the question beside the results when the window is this many characters wide
PROBLEMS_SHARE = 0.4  # the problems take at most this share of the height while a version is shown below them


class PreviewWindow(QWidget):
    """``reloaded`` after each read of the file is on screen (loaded or not); ``results_changed`` after the
    results were worked out again."""

    reloaded = Signal()
    results_changed = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("previewWindow")
        self.home = self.path = Path(os.path.abspath(path))
        self.bank: Bank | None = None  # the last version that loaded
        self.reading: Reading | None = None  # the last read, loaded or not
        self.answers: dict[str, Any] = {}
        self.place: tuple[str, str] | None = None  # (section id, question id) shown
        self.others: tuple[Sibling, ...] = ()  # the bank in other languages
        self.dropped = 0  # answers cleared by the last reload: their question changed or went
        self._job: Job | None = None
        self._again = False
        self.read_at = datetime.now()
        self._sized = False  # the splitters get their first sizes when the window is first shown
        self._first_reading = True

        self.title = label(self, "sectionTitle")
        # The controls on as many lines as the width needs (two at 200 % on a small screen), across the top, so
        # the outline below has the window's whole height.
        controls = WrapRow()  # on as many lines as the width needs, from the left
        self.language = self._combo("interfaceLanguage", controls)
        for code, name in LANGUAGES.items():  # each language named in itself, as on the start page
            self.language.addItem(name, code)
        self.bank_language = self._combo("bankLanguage", controls)
        self.score_as = self._combo("scoreAs", controls)
        self.open_file = button(self, "", "", lambda: self.open_in_editor(str(self.path), 1), name="openFile")
        self.clear_all = button(self, "", "", self.clear_answers, name="clearAnswers")
        controls.add_start(self.open_file)
        controls.add_start(self.clear_all)
        self.banner = StaleBanner(self)
        self.problems = ProblemsPanel(self)
        self.problems.open_requested.connect(self.open_in_editor)
        self.tree = QuestionTree(self)

        self.card = QuestionCard(self)
        self.results = ResultsView(self)
        self.work = QSplitter(Qt.Orientation.Horizontal, self)
        self.work.addWidget(self.card)
        self.work.addWidget(self.results)
        self.main = QSplitter(Qt.Orientation.Horizontal, self)
        self.main.setObjectName("previewMain")
        self.main.addWidget(self.tree)
        self.main.addWidget(self.work)
        self.main.setStretchFactor(1, 3)
        self.outer = QSplitter(Qt.Orientation.Vertical, self)
        self.outer.addWidget(self.problems)
        self.outer.addWidget(self.main)
        self.outer.setStretchFactor(1, 3)
        for s in (self.work, self.main, self.outer):
            s.setChildrenCollapsible(False)
        for pane in (self.tree, self.card, self.results, self.problems.list):
            pane.setMinimumHeight(self.fontMetrics().height() * 3)  # three lines, then it scrolls: on a small
            # screen at large text the panes share what is left, and the window never grows past the screen
        self.status = label(self, "status")
        page = QVBoxLayout(self)
        page.addWidget(self.title)
        page.addLayout(controls)
        page.addWidget(self.banner)
        page.addWidget(self.outer, 1)
        page.addWidget(self.status)

        self.tree.chosen.connect(self.show_place)
        self.tree.activated_question.connect(self._go_to_answers)
        self.card.answered.connect(self.answer)
        self.card.edit_requested.connect(lambda line: self.open_in_editor(str(self.path), line))
        self.card.step_requested.connect(self._step)
        self.language.currentIndexChanged.connect(self._language_picked)
        self.bank_language.currentIndexChanged.connect(self._bank_language_picked)
        self.score_as.currentIndexChanged.connect(lambda _i: self.evaluate())
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)

        self.watcher = BankWatcher(self.path, self)
        self.watcher.changed.connect(self.reload)
        self._show_language()
        self._retranslate()
        self.problems.hide()
        self.main.hide()
        for hidden in (self._pair(self.bank_language), self._pair(self.score_as), self.clear_all):
            hidden.hide()  # until there is a bank to score and answers to clear
        room = self.screen().availableGeometry()
        self.resize(
            min(self.fontMetrics().averageCharWidth() * 160, room.width() * 9 // 10),
            min(self.fontMetrics().height() * 40, room.height() * 9 // 10),
        )
        self.reload()

    def _combo(self, name: str, controls: WrapRow) -> QComboBox:
        """A list box with its caption beside it, kept together on one line of the controls."""
        pair = QWidget(self)
        pair.setObjectName(name + "Pair")
        box = QComboBox(pair)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # as wide as its longest choice
        caption = QLabel(pair)
        caption.setObjectName(name + "Label")
        caption.setBuddy(box)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(box)
        controls.add_start(pair)
        return box

    @staticmethod
    def _pair(box: QComboBox) -> QWidget:
        pair = box.parentWidget()
        assert pair is not None
        return pair

    def form_label(self, box: QComboBox) -> QLabel:
        found = self.findChild(QLabel, box.objectName() + "Label")
        assert found is not None
        return found

    # ---- reading the file -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the file again (off the GUI thread); a save during a read is read once that one is shown."""
        if self._job is not None:
            self._again = True
            return
        self._job = job = run_in_background(read, self.path)
        job.succeeded.connect(self._read)
        job.failed.connect(self._not_read)

    def _read(self, reading: Reading) -> None:
        self._job = None
        if reading.path != self.path:  # another language's file was chosen meanwhile
            self.reload()
            return
        again = self._again or reading.signature != signature(self.path)  # saved again while it was read
        self._again = False
        self.show_reading(reading)
        if again:
            self.reload()

    def _not_read(self, exc: BaseException) -> None:  # read() catches the loader's faults: this is a bug
        self._job = None
        self.status.setText(self.tr("The file could not be read: {why}").format(why=exc))

    def show_reading(self, reading: Reading) -> None:
        """Put one read on screen: the bank if it loaded (keeping the question and the answers that still fit),
        the problems either way, and the banner when an earlier version is what is shown."""
        self.reading = reading
        self.read_at = datetime.now()
        first = self.bank is None
        if reading.bank is not None:
            self._take(reading.bank)
            if first:
                self._look_for_languages(reading.bank)
        appearing = bool(reading.problems) and not self.problems.isVisible()
        self.problems.show_problems(reading.problems)
        self.problems.setVisible(bool(reading.problems))
        if appearing:
            self._size_problems()
        stale = reading.bank is None and self.bank is not None
        self.banner.setVisible(stale)
        loaded = self.bank is not None
        self.main.setVisible(loaded)  # a bank that never loaded: only its problems
        QTimer.singleShot(0, self, self._first_sizes)
        self._pair(self.score_as).setVisible(loaded)
        self.clear_all.setVisible(loaded)
        self._retranslate()
        if self._first_reading:  # where the keys start: the outline, or the first problem when nothing loaded
            self._first_reading = False
            (self.tree if loaded else self.problems.list).setFocus(Qt.FocusReason.OtherFocusReason)
        if stale:
            announcer.announce(self, self.banner.text.text(), assertive=True)
        self.reloaded.emit()

    def _size_problems(self) -> None:
        """Room for the problems as listed, up to :data:`PROBLEMS_SHARE` of the height; the rest for the bank."""
        rows = self.problems.list
        need = self.problems.heading.sizeHint().height() + 2 * rows.frameWidth() + 12
        need += sum(rows.sizeHintForRow(i) for i in range(rows.count()))
        total = max(1, self.outer.height())
        top = min(need, int(total * PROBLEMS_SHARE))
        self.outer.setSizes([top, total - top])

    def _take(self, bank: Bank) -> None:
        from cs_quiz.scoring.answers import check_answers

        given = {qid: v for qid, v in self.answers.items() if v is not None}
        kept, _problems = check_answers(bank, given)  # answers to questions gone or changed are left behind
        self.dropped = len(given) - len(kept)
        self.answers = {qid: given[qid] for qid in kept}
        self.bank = bank
        self._fill_sections(bank)
        self.tree.show_bank(bank)
        section, qid = self.place or ("", "")
        self.place = self.tree.choose(section, qid)
        shown = self.card.editor
        answering = shown is not None and shown.isAncestorOf(self.focusWidget())
        self._show_card()
        if answering and self.card.editor is not shown:  # the question was built anew: the keys go back to it
            self.card.focus_answers()
        self.evaluate()

    def _fill_sections(self, bank: Bank) -> None:
        was = self.score_as.currentData()
        self.score_as.blockSignals(True)
        self.score_as.clear()
        self.score_as.addItem(self.tr("The sections answered"), None)
        for s in bank.sections.values():
            self.score_as.addItem(s.title, s.id)
        found = self.score_as.findData(was) if was else 0
        self.score_as.setCurrentIndex(max(found, 0))
        self.score_as.blockSignals(False)

    # ---- questions and answers --------------------------------------------------------------------------------
    def show_place(self, section_id: str, qid: str) -> None:
        """Show question ``qid`` (as listed in ``section_id``) with its answer so far."""
        self.place = (section_id, qid)
        self._show_card()

    def _show_card(self, *, again: bool = False) -> None:
        bank = self.bank
        if bank is None or self.place is None or self.place[1] not in bank.questions:
            self.card.show_nothing()
            return
        section_id, qid = self.place
        section = bank.sections.get(section_id)
        title = section.title if section is not None and section_id != NO_SECTION else self.tr("Not in any section")
        self.card.show_question(bank, title, bank.questions[qid], self.answers.get(qid), again=again)
        order = [self.tree, *self.card.chain(), self.results]  # reading order: the outline, the card, its results
        for first, then in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, then)

    def _go_to_answers(self, section_id: str, qid: str) -> None:
        if self.place != (section_id, qid):
            self.show_place(section_id, qid)
        self.card.focus_answers()

    def _step(self, by: int) -> None:
        if self.tree.step(by) is not None:
            self.card.focus_answers()

    def answer(self, qid: str, value: Any) -> None:
        if value is None:
            self.answers.pop(qid, None)
        else:
            self.answers[qid] = value
        self.evaluate()

    def clear_answers(self) -> None:
        self.answers.clear()
        self.card.set_value(None)
        self.evaluate()
        announcer.announce(self, self.tr("All answers cleared."))

    def evaluate(self) -> None:
        """Work the results out again from the answers given, for the sections chosen in "Score as"."""
        from cs_quiz.scoring.engine import evaluate

        if self.bank is None:
            self.results.show_message(self.tr("No results yet: the bank has not loaded."))
            return
        chosen = self.score_as.currentData()
        try:
            ev, _problems = evaluate(self.bank, self.answers, [chosen] if chosen else None)
        except Exception as exc:  # what the bank allows the scoring may still trip on: said, not a crash
            self.results.show_message(self.tr("The results cannot be worked out: {why}").format(why=exc))
        else:
            self.results.show_evaluation(ev)
        self.results_changed.emit()

    # ---- the file in an editor ----------------------------------------------------------------------------------
    def open_in_editor(self, path: str, line: int) -> None:
        if editor.open_at(Path(path), line):
            self.status.setText(self.tr("Opened {file} at line {line}.").format(file=Path(path).name, line=line))
        else:
            self.status.setText(self.tr("No editor could be opened. The file is {path}").format(path=path))
        announcer.announce(self, self.status.text())

    # ---- languages -----------------------------------------------------------------------------------------------
    def _show_language(self) -> None:
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.blockSignals(False)

    def _language_picked(self, _index: int) -> None:
        code = self.language.currentData()
        if isinstance(code, str) and code != current_language():
            set_language(code)  # the whole app, as the start page does; LanguageChange follows
            self._bank_in(code)

    def _bank_in(self, code: str) -> None:
        """The bank's file in language ``code``, when it has one beside it."""
        for i in range(self.bank_language.count()):
            if normalise(self.bank_language.itemData(i, LANGUAGE_ROLE)) == code:
                self.bank_language.setCurrentIndex(i)
                return

    def _look_for_languages(self, bank: Bank) -> None:
        job = run_in_background(siblings, self.home, bank.meta.id, bank.meta.language)
        job.succeeded.connect(lambda found, tag=bank.meta.language: self._offer_languages(tag, found))

    def _offer_languages(self, tag: str, found: tuple[Sibling, ...]) -> None:
        self.others = found
        box = self.bank_language
        box.blockSignals(True)
        box.clear()
        for path, language in ((self.home, tag), *((s.path, s.language) for s in found)):
            box.addItem(f"{LANGUAGES.get(normalise(language), language)} ({path.name})", str(path))
            box.setItemData(box.count() - 1, language, LANGUAGE_ROLE)
        box.setCurrentIndex(max(0, box.findData(str(self.path))))
        box.blockSignals(False)
        self._pair(box).setVisible(bool(found))
        if found and normalise(tag) != current_language():
            self._bank_in(current_language())

    def _bank_language_picked(self, _index: int) -> None:
        chosen = self.bank_language.currentData()
        if isinstance(chosen, str) and Path(chosen) != self.path:
            self.path = Path(chosen)
            self.watcher.watch(self.path)
            self.reload()

    # ---- words, size, closing ------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        name = self.path.name
        self.setWindowTitle(self.tr("Preview: {file}").format(file=name))
        bank = self.bank
        self.title.setText(f"{bank.meta.title} — {name}" if bank is not None else name)
        self.title.setToolTip(str(self.path))
        self.title.setAccessibleDescription(str(self.path))
        for w, text, accessible in (
            (self.open_file, self.tr("&Open the file"), self.tr("Open the bank file in your editor")),
            (self.clear_all, self.tr("C&lear answers"), self.tr("Clear every answer given in this preview")),
        ):
            w.setText(text)
            w.setAccessibleName(accessible)
        for box, text in (
            (self.language, self.tr("&Interface:")),
            (self.bank_language, self.tr("&Bank language:")),
            (self.score_as, self.tr("&Score as:")),
        ):
            self.form_label(box).setText(text)
            box.setAccessibleName(text.replace("&", "").rstrip(":"))
        if self.score_as.count():
            self.score_as.setItemText(0, self.tr("The sections answered"))
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        reading = self.reading
        if reading is None:
            return self.tr("Reading {file}…").format(file=self.path.name)
        when = self.read_at.strftime("%H:%M:%S")
        if reading.bank is None:
            text = self.tr("Read at {time}: the file has problems.").format(time=when)
        else:
            text = self.tr("Read at {time}. Questions: {n}. Sections: {sections}.").format(
                time=when, n=len(reading.bank.questions), sections=len(reading.bank.sections)
            )
        if self.dropped:
            text += " " + self.tr("Answers cleared because their question changed or went: {n}.").format(n=self.dropped)
        return text

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show_language()
            self._retranslate()
            self._show_card(again=True)

    def _first_sizes(self) -> None:
        """Once, when the bank is first shown at the window's size: the outline as wide as an id and a few words
        (at most 30 %), the question and the results sharing the rest. After
        that the splitters are the author's."""
        if self._sized or not self.main.isVisible() or self.main.width() <= 0:
            return
        self._sized = True
        width = self.main.width()
        outline = min(self.fontMetrics().averageCharWidth() * 45, width * 30 // 100)
        self.main.setSizes([outline, width - outline])
        if self.work.orientation() == Qt.Orientation.Horizontal:
            rest = width - outline
            self.work.setSizes([rest // 2, rest - rest // 2])
        else:
            self.work.setSizes([1, 1])  # as high as each other

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The question beside the results on a wide window; above them, each as wide as the window allows, on a
        narrow one or at large text (1024 px at 150 % is 113 characters)."""
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE_CHARS * self.fontMetrics().averageCharWidth()
        self.work.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        QTimer.singleShot(0, self, self._first_sizes)  # once the splitters have their new size

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()
        super().closeEvent(event)


_open: dict[str, PreviewWindow] = {}


def open_preview(path: Path, parent: QWidget | None = None) -> PreviewWindow:
    """Show the preview of ``path`` (the one already open for it, brought to the front, if there is one)."""
    key = os.path.abspath(path)
    window = _open.get(key)
    if window is not None:
        window.showNormal()
        window.raise_()
        window.activateWindow()
        return window
    window = PreviewWindow(Path(key), parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _open[key] = window
    window.destroyed.connect(lambda *_: _open.pop(key, None))
    window.show()
    return window
