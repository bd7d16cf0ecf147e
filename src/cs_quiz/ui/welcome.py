"""The welcome screen: what this is and how long it takes, Quick check or Full assessment, Resume, History."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from .common import button, centred
from .common import label as _text
from .formatting import format_when

if TYPE_CHECKING:
    from ..model import Bank
    from ..store import AttemptSummary


class WelcomePage(QScrollArea):
    start_requested = Signal(str, str, str)  # bank id, section id, nickname
    resume_requested = Signal(str)  # attempt id
    discard_requested = Signal(str)
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.banks: list[Bank] = []
        self.section_buttons: dict[str, QPushButton] = {}
        self._resume_id = ""
        self.body = body = QWidget(self)
        body.setObjectName("welcomeBody")
        col = QVBoxLayout(body)

        col.addWidget(_text(body, "title", self.tr("How ready are you to become a Customer Service Director?")))
        self.bank_title = _text(body, "bankTitle")
        col.addWidget(self.bank_title)
        self.status = _text(body, "status", self.tr("Loading question banks…"))
        col.addWidget(self.status)

        self.resume_box = QFrame(body)
        self.resume_box.setObjectName("resumeBox")
        self.resume_text = _text(self.resume_box, "resumeText")
        self.resume_button = button(
            self.resume_box,
            self.tr("Resume"),
            self.tr("Resume the unfinished attempt"),
            lambda: self.resume_requested.emit(self._resume_id),
            "primary",
        )
        self.discard_button = button(
            self.resume_box,
            self.tr("Discard it"),
            self.tr("Discard the unfinished attempt"),
            lambda: self.discard_requested.emit(self._resume_id),
        )
        row = QHBoxLayout(self.resume_box)
        row.addWidget(self.resume_text, 1)
        row.addWidget(self.resume_button)
        row.addWidget(self.discard_button)
        self.resume_box.hide()
        col.addWidget(self.resume_box)

        form = QFormLayout()
        self.bank_picker = QComboBox(body)
        self.bank_picker.setAccessibleName(self.tr("Question bank"))
        self.bank_picker.currentIndexChanged.connect(self._show_bank)
        self.bank_label = QLabel(self.tr("&Question bank:"), body)
        self.bank_label.setBuddy(self.bank_picker)
        form.addRow(self.bank_label, self.bank_picker)
        self.nickname = QLineEdit(body)
        self.nickname.setObjectName("nickname")
        self.nickname.setPlaceholderText(self.tr("optional — keeps your history together"))
        self.nickname.setAccessibleName(self.tr("Nickname (optional)"))
        self.nickname.setMaxLength(40)
        nick_label = QLabel(self.tr("&Nickname:"), body)
        nick_label.setBuddy(self.nickname)
        form.addRow(nick_label, self.nickname)
        col.addLayout(form)

        self.description = _text(body, "bankDescription")
        col.addWidget(self.description)
        self.sections = QGridLayout()
        self.sections.setColumnStretch(1, 1)
        col.addLayout(self.sections)

        self.history_button = button(
            body, self.tr("Your history"), self.tr("Open your history of past attempts"), self.history_requested.emit
        )
        bottom = QHBoxLayout()
        bottom.addWidget(self.history_button)
        bottom.addStretch(1)
        col.addLayout(bottom)
        col.addWidget(
            _text(
                body,
                "disclaimer",
                self.tr(
                    "A self-assessment for exploring and planning your development, not a hiring test. "
                    "Everything stays on this computer."
                ),
            )
        )
        self.setWidget(centred(self, body, 110))
        self._set_bank_picker_visible(False)

    def _set_bank_picker_visible(self, visible: bool) -> None:
        self.bank_picker.setVisible(visible)
        self.bank_label.setVisible(visible)

    def set_banks(self, banks: Sequence[Bank], preferred: str = "", section: str = "") -> None:
        self.banks = list(banks)
        self.bank_picker.blockSignals(True)
        self.bank_picker.clear()
        for b in self.banks:
            self.bank_picker.addItem(b.meta.title, b.meta.id)
        self.bank_picker.blockSignals(False)
        self._set_bank_picker_visible(len(self.banks) > 1)
        ids = [b.meta.id for b in self.banks]
        self.status.setText("" if self.banks else self.tr("No question bank is available."))
        self.status.setVisible(not self.banks)
        if self.banks:
            self.bank_picker.setCurrentIndex(ids.index(preferred) if preferred in ids else 0)
            self._show_bank()
            first = self.section_buttons.get(section) or next(iter(self.section_buttons.values()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_bank(self) -> Bank | None:
        i = self.bank_picker.currentIndex()
        return self.banks[i] if 0 <= i < len(self.banks) else None

    def _show_bank(self) -> None:
        bank = self.current_bank()
        while self.sections.count():
            item = self.sections.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.section_buttons = {}
        if bank is None:
            return
        self.description.setText(bank.meta.description)
        self.bank_title.setText(
            self.tr("{title} · version {version}").format(title=bank.meta.title, version=bank.meta.version)
        )
        parent = self.body
        for row, s in enumerate(bank.sections.values()):
            start = button(
                parent,
                s.title,
                self.tr("Start: {title}").format(title=s.title),
                lambda _=False, sid=s.id: self._start(sid),
                "primary" if row == 0 else "section",
            )
            text = self.tr("About {minutes} min · {count} questions").format(
                minutes=s.estimated_minutes, count=len(s.questions)
            )
            info = _text(parent, "sectionInfo", text + "\n" + s.description)
            self.sections.addWidget(start, row, 0, Qt.AlignmentFlag.AlignTop)
            self.sections.addWidget(info, row, 1)
            self.section_buttons[s.id] = start
            start.show()  # shown now (not on the next event loop pass) so it can take focus at once
            info.show()

    def _start(self, section: str) -> None:
        bank = self.current_bank()
        if bank is not None:
            self.start_requested.emit(bank.meta.id, section, self.nickname.text().strip())

    def set_resume(self, attempt: AttemptSummary | None, bank: Bank | None) -> None:
        """Offer the unfinished ``attempt`` (its bank must be loaded), or hide the offer."""
        if attempt is None or bank is None:
            self._resume_id = ""
            self.resume_box.hide()
            return
        self._resume_id = attempt.id
        titles = ", ".join(bank.sections[s].title for s in attempt.sections if s in bank.sections)
        when = format_when(attempt.started_at)
        self.resume_text.setText(
            self.tr(
                "You have an unfinished {what} from {when}: {n} answer(s) so far. Resume where you left off?"
            ).format(what=titles, when=when, n=attempt.answered)
        )
        self.resume_box.show()
        self.resume_button.setFocus(Qt.FocusReason.OtherFocusReason)
