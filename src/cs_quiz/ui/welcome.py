"""The welcome screen: what this is and how long it takes, Quick check or Full assessment, Resume, History, and the
interface language (switched live; the bank is then shown in that language when it has a version in it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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

from cs_quiz.ui.common import button, centred
from cs_quiz.ui.common import label as _text
from cs_quiz.ui.language import LANGUAGES, BanksByLanguage, choose_language, current_language, normalise

if TYPE_CHECKING:
    from cs_quiz.bank.model import Bank
    from cs_quiz.store.store import AttemptSummary


class WelcomePage(QScrollArea):
    start_requested = Signal(str, str, str)  # bank id, section id, nickname
    resume_requested = Signal(str)  # attempt id
    discard_requested = Signal(str)
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.setAccessibleName(self.tr("Welcome"))
        # The page only scrolls; its controls take the focus (and scroll into view when they do).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.banks: list[Bank] = []
        self.section_buttons: dict[str, QPushButton] = {}
        self.offered_id = ""  # the attempt offered for resuming, "" when none is
        self._resume: tuple[AttemptSummary, Bank] | None = None
        self._resume_in_use = False  # the unfinished attempt is open in another window: shown, not offered
        self._loaded = False  # banks have arrived (set_banks was called)
        self.body = body = QWidget(self)
        body.setObjectName("welcomeBody")
        col = QVBoxLayout(body)

        self.language_picker = QComboBox(body)
        self.language_picker.setObjectName("languagePicker")
        for code, name in LANGUAGES.items():  # each language named in itself
            self.language_picker.addItem(name, code)
        self.language_label = QLabel(body)
        self.language_label.setBuddy(self.language_picker)
        self._show_language()
        self.language_picker.currentIndexChanged.connect(self._language_picked)
        languages = QHBoxLayout()
        languages.addStretch(1)
        languages.addWidget(self.language_label)
        languages.addWidget(self.language_picker)
        col.addLayout(languages)

        col.addWidget(_text(body, "title", self.tr("How ready are you to become a Customer Service Director?")))
        self.bank_title = _text(body, "bankTitle")
        col.addWidget(self.bank_title)
        self.bank_notice = _text(body, "bankNotice")  # the bank is not available in the interface language
        self.bank_notice.hide()
        col.addWidget(self.bank_notice)
        self.status = _text(body, "status", self.tr("Loading question banks…"))
        col.addWidget(self.status)

        self.resume_box = QFrame(body)
        self.resume_box.setObjectName("resumeBox")
        self.resume_text = _text(self.resume_box, "resumeText")
        self.resume_button = button(
            self.resume_box,
            self.tr("Resume"),
            self.tr("Resume the unfinished attempt"),
            lambda: self.resume_requested.emit(self.offered_id),
            "primary",
        )
        self.discard_button = button(
            self.resume_box,
            self.tr("Discard it"),
            self.tr("Discard the unfinished attempt"),
            lambda: self.discard_requested.emit(self.offered_id),
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
        # A class or workshop (issue 18): a participant code pairs this attempt with a later one, a class label
        # gathers the class's results, and the person may ask where they stand in it. All optional, never a name,
        # and behind one box to tick, so the page of someone taking it on their own stays as short as it was (at
        # 200 % on a small screen the sections stay in sight).
        self.class_toggle = QCheckBox(body)
        self.class_toggle.setObjectName("inAClass")
        form.addRow(self.class_toggle)
        self.code = QLineEdit(body)
        self.code.setObjectName("participantCode")
        self.code.setMaxLength(40)  # cs_quiz.store.records.MAX_CODE, set again from it once the core is loaded
        self.code_label = QLabel(body)
        self.code_label.setBuddy(self.code)
        code_field = QWidget(body)
        self.code_hint = _text(code_field, "codeHint")
        code_box = QVBoxLayout(code_field)
        code_box.setContentsMargins(0, 0, 0, 0)
        code_box.setSpacing(2)
        code_box.addWidget(self.code)
        code_box.addWidget(self.code_hint)
        form.addRow(self.code_label, code_field)
        self.cohort = QLineEdit(body)
        self.cohort.setObjectName("cohort")
        self.cohort.setMaxLength(60)  # cs_quiz.store.records.MAX_COHORT, likewise
        self.cohort_label = QLabel(body)
        self.cohort_label.setBuddy(self.cohort)
        form.addRow(self.cohort_label, self.cohort)
        self.show_standing = QCheckBox(body)  # off unless the person asks: a comparison is not for everyone
        self.show_standing.setObjectName("showStanding")
        self.show_standing.setEnabled(False)  # with a class only
        self.cohort.textChanged.connect(lambda text: self.show_standing.setEnabled(bool(text.strip())))
        form.addRow(QLabel(body), self.show_standing)  # under the fields it belongs to
        self._class_rows = (code_field, self.cohort, self.show_standing)
        self._form = form
        self.class_toggle.toggled.connect(self._show_class_fields)
        self._show_class_fields(False)
        self._retranslate_class()
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
        # On a shared computer the next person should not find this one's nickname (and history), code or class
        # waiting.
        self.remember_nickname = QCheckBox(body)
        self.remember_nickname.setObjectName("rememberNickname")
        self._retranslate_remember()
        bottom.addSpacing(16)
        bottom.addWidget(self.remember_nickname)
        bottom.addStretch(1)
        col.addLayout(bottom)
        col.addWidget(
            _text(
                body,
                "disclaimer",
                self.tr(
                    "A self-assessment for exploring and planning your development. Everything you answer stays on "
                    "this computer."
                ),
            )
        )
        self.setWidget(centred(self, body, 110))
        self._set_bank_picker_visible(False)
        self._retranslate_language()

    def _set_bank_picker_visible(self, visible: bool) -> None:
        self.bank_picker.setVisible(visible)
        self.bank_label.setVisible(visible)

    def set_banks(self, banks: Sequence[Bank], preferred: str = "", section: str = "") -> None:
        """All the banks, in every language: one entry per bank id, shown in the interface language."""
        from cs_quiz.store.records import MAX_CODE, MAX_COHORT  # the core is loaded by now

        self.banks = list(banks)
        self._loaded = True
        self.code.setMaxLength(MAX_CODE)
        self.cohort.setMaxLength(MAX_COHORT)
        self._fill_bank_picker()
        ids = list(BanksByLanguage(self.banks))
        self.status.setText("" if self.banks else self.tr("No question bank is available."))
        self.status.setVisible(not self.banks)
        if self.banks:
            self.bank_picker.setCurrentIndex(ids.index(preferred) if preferred in ids else 0)
            self._show_bank()
            first = self.section_buttons.get(section) or next(iter(self.section_buttons.values()), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_bank_picker(self) -> None:
        by_id = BanksByLanguage(self.banks)
        chosen = self.bank_picker.currentData()
        self.bank_picker.blockSignals(True)
        self.bank_picker.clear()
        for bank_id in by_id:
            self.bank_picker.addItem(by_id[bank_id].meta.title, bank_id)
        if chosen in by_id:
            self.bank_picker.setCurrentIndex(list(by_id).index(chosen))
        self.bank_picker.blockSignals(False)
        self._set_bank_picker_visible(len(by_id) > 1)

    def current_bank(self) -> Bank | None:
        """The chosen bank in the interface language (or in English when it has no version in that language)."""
        bank, _ = self._current_choice()
        return bank

    def _current_choice(self) -> tuple[Bank | None, bool]:
        bank_id = self.bank_picker.currentData()
        return BanksByLanguage(self.banks).pick(bank_id) if isinstance(bank_id, str) else (None, False)

    def _show_bank(self) -> None:
        bank, fell_back = self._current_choice()
        self._show_notice(bank if fell_back else None)
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
            text = self.tr("About {minutes} min · %n question(s)", "", len(s.questions)).format(
                minutes=s.estimated_minutes
            )
            info = _text(parent, "sectionInfo", text + "\n" + s.description)
            self.sections.addWidget(start, row, 0, Qt.AlignmentFlag.AlignTop)
            self.sections.addWidget(info, row, 1)
            self.section_buttons[s.id] = start
            start.show()  # shown now (not on the next event loop pass) so it can take focus at once
            info.show()
        # Tab in reading order: the nickname, the class's fields, each section from the top, then History and
        # Remember below them.
        chain = [
            self.nickname,
            self.class_toggle,
            self.code,
            self.cohort,
            self.show_standing,
            *self.section_buttons.values(),
            self.history_button,
            self.remember_nickname,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _start(self, section: str) -> None:
        bank = self.current_bank()
        if bank is not None:
            self.start_requested.emit(bank.meta.id, section, self.nickname.text().strip())

    def _show_class_fields(self, shown: bool) -> None:
        for field in self._class_rows:  # each row of the form that holds one
            self._form.setRowVisible(field, shown)

    def set_class_details(self, code: str, cohort: str, standing: bool) -> None:
        """Fill in remembered details; the class fields open when there are any."""
        self.code.setText(code)
        self.cohort.setText(cohort)
        self.show_standing.setChecked(standing)
        self.class_toggle.setChecked(bool(code or cohort))

    def class_choices(self) -> tuple[str, str, bool]:
        """The participant code, the class or workshop (each as it is stored: control characters gone, spaces
        tidied, "" for none) and whether the person asked to see where they stand in that class (only with one).
        Nothing while the class fields are closed: what is used is what the person sees."""
        from cs_quiz.store.records import MAX_CODE, MAX_COHORT, clean_label

        if not self.class_toggle.isChecked():
            return "", "", False

        def cleaned(text: str, limit: int) -> str:
            try:
                return clean_label(text, limit) or ""
            except ValueError:  # longer than the field allows (set in code): kept to the limit, never refused
                return clean_label(text[:limit], limit) or ""

        code, cohort = cleaned(self.code.text(), MAX_CODE), cleaned(self.cohort.text(), MAX_COHORT)
        return code, cohort, bool(cohort) and self.show_standing.isChecked()

    def set_resume(self, attempt: AttemptSummary | None, bank: Bank | None, *, in_use: bool = False) -> None:
        """Offer the unfinished ``attempt`` (its bank must be loaded), or hide the offer. ``in_use``: the attempt
        is open in another live window on this computer; say so, and offer neither Resume nor Discard."""
        self._resume = (attempt, bank) if attempt is not None and bank is not None else None
        self._resume_in_use = in_use
        if attempt is None or bank is None:
            self.offered_id = ""
            self.resume_box.hide()
            return
        newly_offered = not in_use and (self.offered_id != attempt.id or self.resume_box.isHidden())
        self.offered_id = "" if in_use else attempt.id
        self._show_resume_text()
        self.resume_button.setVisible(not in_use)
        self.discard_button.setVisible(not in_use)
        self.resume_box.show()
        if newly_offered:  # not when the offer is only looked at again (the window was activated)
            self.resume_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def offered(self) -> AttemptSummary | None:
        """The unfinished attempt offered for resuming (None when none is, or it is open in another window)."""
        return self._resume[0] if self._resume is not None and self.offered_id else None

    def offered_title(self) -> str:
        """What the offered attempt is, by its sections' titles in the interface language ("Quick check")."""
        if self._resume is None:
            return ""
        attempt, bank = self._resume
        bank = BanksByLanguage(self.banks).get(bank.meta.id, bank)
        return ", ".join(bank.sections[s].title for s in attempt.sections if s in bank.sections)

    def _show_resume_text(self) -> None:
        if self._resume is None:
            return
        attempt, _ = self._resume
        titles = self.offered_title()
        from cs_quiz.ui.formatting import format_when  # only with an unfinished attempt: not at every start

        when = format_when(attempt.started_at)
        if self._resume_in_use:
            text = self.tr(
                "Your unfinished {what} from {when} is open in another cs-quiz window on this computer. Carry on "
                "there, or close that window to resume it here."
            )
        else:
            text = self.tr(
                "You have an unfinished {what} from {when}: {n} answer(s) so far. Resume where you left off?"
            )
        self.resume_text.setText(text.format(what=titles, when=when, n=attempt.answered))

    # ---- language ---------------------------------------------------------------------------------------------
    def _show_language(self) -> None:
        i = self.language_picker.findData(current_language())
        self.language_picker.blockSignals(True)
        self.language_picker.setCurrentIndex(max(i, 0))
        self.language_picker.blockSignals(False)

    def _language_picked(self) -> None:
        code = self.language_picker.currentData()
        if isinstance(code, str) and code != current_language():
            choose_language(code)  # Qt then posts LanguageChange; changeEvent below shows the new texts

    def _show_notice(self, fell_back: Bank | None) -> None:
        """Say so when the chosen bank has no version in the interface language."""
        if fell_back is None:
            self.bank_notice.hide()
            return
        shown_in = normalise(fell_back.meta.language)
        if shown_in == "en":
            text = self.tr("“{title}” is not available in your language yet, so its questions are in English.")
        else:
            text = self.tr("“{title}” is not available in your language yet, so its questions are in {language}.")
        language = LANGUAGES.get(shown_in, fell_back.meta.language)
        self.bank_notice.setText(text.format(title=fell_back.meta.title, language=language))
        self.bank_notice.setAccessibleName(self.bank_notice.text())
        self.bank_notice.show()

    def _retranslate_class(self) -> None:
        self.class_toggle.setText(self.tr("I am taking this in a class or &workshop"))
        self.class_toggle.setAccessibleDescription(
            self.tr("Shows fields for a participant code and the name of the class or workshop, both optional.")
        )
        self.code_label.setText(self.tr("Participant co&de:"))
        self.code.setPlaceholderText(self.tr("optional"))
        self.code.setAccessibleName(self.tr("Participant code (optional)"))
        self.code_hint.setText(
            self.tr(
                "Given by your teacher or workshop, or one you make up. Never your name: it pairs this attempt with "
                "your next one."
            )
        )
        self.code.setAccessibleDescription(self.code_hint.text())
        self.cohort_label.setText(self.tr("&Class or workshop:"))
        self.cohort.setPlaceholderText(self.tr("optional"))
        self.cohort.setAccessibleName(self.tr("Class or workshop (optional)"))
        self.show_standing.setText(self.tr("Show where I &stand in this class"))
        self.show_standing.setAccessibleDescription(
            self.tr("Your results then say how your readiness compares, once 20 others in the class have finished.")
        )
        self.show_standing.setToolTip(self.show_standing.accessibleDescription())

    def _retranslate_remember(self) -> None:
        self.remember_nickname.setText(self.tr("&Remember my details on this computer"))
        self.remember_nickname.setAccessibleDescription(
            self.tr(
                "Your nickname, participant code and class are filled in next time. Leave it off on a shared computer."
            )
        )
        self.remember_nickname.setToolTip(self.remember_nickname.accessibleDescription())

    def _retranslate_language(self) -> None:
        self.language_label.setText(self.tr("&Language:"))
        self.language_picker.setAccessibleName(self.tr("Language"))
        self.language_picker.setAccessibleDescription(self.tr("The language of the app and of the questions"))

    def changeEvent(self, event: QEvent) -> None:
        """Show every text in the language just installed: the fixed ones again, and the bank in that language."""
        super().changeEvent(event)
        if event.type() != QEvent.Type.LanguageChange:
            return
        self._show_language()
        self._retranslate_language()
        found = self.body.findChild(QLabel, "title")
        if found is not None:
            found.setText(self.tr("How ready are you to become a Customer Service Director?"))
        found = self.body.findChild(QLabel, "disclaimer")
        if found is not None:
            found.setText(
                self.tr(
                    "A self-assessment for exploring and planning your development. Everything you answer stays on "
                    "this computer."
                )
            )
        self.status.setText(
            self.tr("No question bank is available.") if self._loaded else self.tr("Loading question banks…")
        )
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the unfinished attempt"))
        self.discard_button.setText(self.tr("Discard it"))
        self.discard_button.setAccessibleName(self.tr("Discard the unfinished attempt"))
        self.bank_picker.setAccessibleName(self.tr("Question bank"))
        self.bank_label.setText(self.tr("&Question bank:"))
        self.nickname.setPlaceholderText(self.tr("optional — keeps your history together"))
        self.nickname.setAccessibleName(self.tr("Nickname (optional)"))
        nick_label = self.nickname_label()
        if nick_label is not None:
            nick_label.setText(self.tr("&Nickname:"))
        self._retranslate_class()
        self.history_button.setText(self.tr("Your history"))
        self.history_button.setAccessibleName(self.tr("Open your history of past attempts"))
        self._retranslate_remember()
        if self.banks:
            focused = self.language_picker.hasFocus()
            self._fill_bank_picker()
            self._show_bank()
            if focused:
                self.language_picker.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_resume_text()

    def nickname_label(self) -> QLabel | None:
        found = self.body.findChildren(QLabel)
        return next((w for w in found if w.buddy() is self.nickname), None)
