"""The bank's outline: its sections, and under each its questions by id and first words, to jump to any of them.

Arrow keys move through it and show the question under the cursor; Enter (or a double-click) goes to the
question's answers. A question asked in several sections is listed in each; one in no section is listed under
"Not in any section", so the author can still try it.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from cs_quiz.bank.model import Bank
from cs_quiz.report import markup

PLACE_ROLE = int(Qt.ItemDataRole.UserRole)  # (section id, question id); a section's own row has question ""
NO_SECTION = ""  # the section id of questions in no section
FIRST_WORDS = 6


@lru_cache(maxsize=8192)  # a save changes a few texts: the rest are not worked out again
def _plain(text: str) -> str:
    return markup.plain(text)


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of a question's text, without its Markdown, with "…" when there is more."""
    words = _plain(text).split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


class QuestionTree(QTreeWidget):
    """``chosen(section, question)`` when the current question changes; ``activated_question`` on Enter."""

    chosen = Signal(str, str)
    activated_question = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionTree")
        self.setColumnCount(1)
        self.setHeaderHidden(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # the whole id and words; it scrolls sideways instead
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.currentItemChanged.connect(self._moved)
        self.itemActivated.connect(self._activated)
        self._bank: Bank | None = None
        self._shown: list[tuple[str, list[tuple[str, str]]]] = []  # the section rows and places listed
        self._retranslate()

    def show_bank(self, bank: Bank) -> None:
        """The outline of ``bank``, every section open. When its sections and questions are the ones listed (a
        save that changed some words), the rows are written over where they are, so the list does not jump;
        otherwise it is built again and nothing is chosen: call :meth:`choose` next."""
        self._bank = bank
        groups = self._groups(bank)
        rows = [(self._head_text(sid, title), [(sid, qid) for qid in qids]) for sid, title, qids in groups]
        self.blockSignals(True)
        if [(text, places) for text, places in rows] == self._shown:
            for (_text, places), item in zip(rows, self._question_items_by_group(), strict=True):
                for place, child in zip(places, item, strict=True):
                    self._write(child, place[1])
        else:
            self.clear()
            for text, places in rows:
                head = QTreeWidgetItem(self, [text])
                head.setData(0, PLACE_ROLE, (places[0][0] if places else "", ""))
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                for place in places:
                    child = QTreeWidgetItem(head)
                    child.setData(0, PLACE_ROLE, place)
                    self._write(child, place[1])
            self.expandAll()
            self._shown = rows
        self.blockSignals(False)

    def _groups(self, bank: Bank) -> list[tuple[str, str, tuple[str, ...]]]:
        """(section id, title, question ids) of each section, then the questions in none."""
        groups = [(s.id, s.title, s.questions) for s in bank.sections.values()]
        placed = {qid for _sid, _title, qids in groups for qid in qids}
        loose = tuple(qid for qid in bank.questions if qid not in placed)
        return groups + ([(NO_SECTION, "", loose)] if loose else [])

    def _head_text(self, section_id: str, title: str) -> str:
        return f"{title} ({section_id})" if section_id != NO_SECTION else self.tr("Not in any section")

    def _write(self, item: QTreeWidgetItem, qid: str) -> None:
        question = self._bank.questions.get(qid) if self._bank is not None else None
        words = first_words(question.text) if question is not None else ""
        text = f"{qid} — {words}" if words else qid
        tip = _plain(question.text) if question is not None else ""
        if item.text(0) != text:
            item.setText(0, text)
        if item.toolTip(0) != tip:
            item.setToolTip(0, tip)

    def _question_items_by_group(self) -> list[list[QTreeWidgetItem]]:
        found = []
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            if head is not None:
                found.append([c for c in (head.child(j) for j in range(head.childCount())) if c is not None])
        return found

    def _question_items(self) -> list[QTreeWidgetItem]:
        found = []
        for i in range(self.topLevelItemCount()):
            head = self.topLevelItem(i)
            if head is not None:
                found += [c for c in (head.child(j) for j in range(head.childCount())) if c is not None]
        return found

    def places(self) -> list[tuple[str, str]]:
        """Every (section, question) listed, in order (the questions only)."""
        return [_place(item) for item in self._question_items()]

    def choose(self, section_id: str, qid: str) -> tuple[str, str] | None:
        """Make the question current: in ``section_id`` if listed there, else where it is first listed, else the
        first question of the bank, and scroll to it — unless it was current already (a save that changed words:
        the list stays where the author scrolled it). Returns the place chosen (None when there is no question)."""
        places = self.places()
        if not places:
            return None
        for wanted in ((section_id, qid), *(p for p in places if p[1] == qid), places[0]):
            if wanted in places:
                item = self._item(wanted)
                if item is not None:
                    if self.current_place() == wanted:
                        return wanted
                    self.blockSignals(True)
                    self.setCurrentItem(item)
                    self.blockSignals(False)
                    QTimer.singleShot(0, self, lambda p=wanted: self._scroll_to(p))  # once laid out: it may be new
                    self._scroll_to(wanted)
                    return wanted
        return None

    def _scroll_to(self, place: tuple[str, str]) -> None:
        item = self._item(place)
        if item is None:
            return
        head = item.parent()
        first = head is not None and head.indexOfChild(item) == 0
        self.scrollToItem(head if first and head is not None else item)  # a section's first: its title too

    def step(self, by: int) -> tuple[str, str] | None:
        """The question ``by`` places after (or before) the current one, made current; None past either end."""
        places = self.places()
        here = self.current_place()
        if here not in places:
            return None
        i = places.index(here) + by
        if not 0 <= i < len(places):
            return None
        item = self._item(places[i])
        if item is not None:
            self.setCurrentItem(item)
        return places[i]

    def current_place(self) -> tuple[str, str] | None:
        item = self.currentItem()
        if item is None:
            return None
        place = _place(item)
        return place if place[1] else None

    def _item(self, place: tuple[str, str]) -> QTreeWidgetItem | None:
        return next((item for item in self._question_items() if _place(item) == place), None)

    def _moved(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            section_id, qid = item.data(0, PLACE_ROLE)
            if qid:
                self.chosen.emit(section_id, qid)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        section_id, qid = item.data(0, PLACE_ROLE)
        if qid:
            self.activated_question.emit(section_id, qid)
        else:
            item.setExpanded(not item.isExpanded())

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Sections and questions"))
        self.setAccessibleDescription(self.tr("Arrow keys show a question; Enter goes to its answers."))
        if self._bank is not None:  # "Not in any section" in the new language
            place = self.current_place()
            self._shown = []
            self.show_bank(self._bank)
            if place is not None:
                self.choose(*place)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


def _place(item: QTreeWidgetItem) -> tuple[str, str]:
    section_id, qid = item.data(0, PLACE_ROLE)
    return (str(section_id), str(qid))
