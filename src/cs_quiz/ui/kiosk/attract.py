"""The kiosk's welcome (attract) screen: what this is, how long it takes, an optional nickname (and, when the
facilitator asks for them, an optional participant code), one big Start, and the languages the bank is in (a tap
switches; the next person gets the kiosk's own language again).

Built afresh for every person, so nothing typed by the previous one can show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cs_quiz.bank.model import Bank
from cs_quiz.store.store import MAX_CODE
from cs_quiz.ui.common import label


class AttractPage(QWidget):
    start_requested = Signal(str, str)  # the nickname and the participant code, "" when none
    language_requested = Signal(str)  # a language code

    def __init__(
        self,
        bank: Bank,
        section: str,
        parent: QWidget | None = None,
        *,
        languages: Sequence[tuple[str, str]] = (),
        current: str = "",
        ask_code: bool = False,
    ) -> None:
        """``languages``: (code, name in that language) for each language the bank is in; a switch is shown when
        there are two or more, ``current`` checked. ``ask_code``: offer a participant code field (issue 18), which
        a person may leave empty."""
        super().__init__(parent)
        self.setObjectName("kioskWelcome")
        sec = bank.sections[section]
        card = QFrame(self)
        card.setObjectName("kioskCard")
        self.title = label(card, "kioskTitle", self.tr("How ready are you to become a Customer Service Director?"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.about = label(
            card,
            "kioskAbout",
            self.tr(
                "{section}: {n} questions, about {minutes} minutes. You get your readiness, your strongest and "
                "weakest areas and the next step to take. Answers are cleared when you finish or walk away."
            ).format(section=sec.title, n=len(sec.questions), minutes=sec.estimated_minutes),
        )
        if ask_code:  # what the code is for and what it must never be, where there is room to say it (it scrolls)
            self.about.setText(
                self.about.text()
                + " "
                + self.tr(
                    "If your facilitator gave you a participant code, or you want one to compare with a later visit, "
                    "type it below. Never use your name."
                )
            )
        self.about.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nickname = QLineEdit(card)
        self.nickname.setObjectName("kioskNickname")
        self.nickname.setMaxLength(40)
        # No copy, paste or "select all" menu on a shared machine: what one person typed is theirs alone.
        self.nickname.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.nickname.setPlaceholderText(self.tr("A first name or nickname (optional)"))
        self.nickname.setAccessibleName(self.tr("Your first name or a nickname, optional"))
        self.nickname.returnPressed.connect(self._start)
        self.code: QLineEdit | None = None
        if ask_code:
            self.code = QLineEdit(card)
            self.code.setObjectName("kioskCode")
            self.code.setMaxLength(MAX_CODE)
            self.code.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # as the nickname: nothing pasted
            self.code.setPlaceholderText(self.tr("Participant code (optional)"))
            self.code.setAccessibleName(self.tr("Participant code, optional"))
            self.code.setAccessibleDescription(
                self.tr("A code from your facilitator, or one you make up. Never your name.")
            )
            self.code.returnPressed.connect(self._start)
        self.start = QPushButton(self.tr("Tap here to start"), card)
        self.start.setObjectName("kioskStart")
        self.start.setAccessibleName(self.tr("Start the assessment"))
        self.start.clicked.connect(self._start)
        self.panel_hint = label(card, "kioskHint", self.tr("cs-quiz · {bank}").format(bank=bank.meta.title))
        self.panel_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        px = QFontInfo(self.font()).pixelSize()
        inner = QVBoxLayout(card)
        inner.setSpacing(28 if px <= 20 else 12)  # above 100 % the text needs the room more than the gaps do
        if px > 20:
            inner.setContentsMargins(0, 0, 0, 0)  # the card's own padding is margin enough
        self.language_buttons: dict[str, QPushButton] = {}
        if len(languages) > 1:
            switch = QHBoxLayout()
            switch.addStretch(1)
            for code, name in languages:
                b = QPushButton(name, card)  # each language named in itself: found by those who read it
                b.setObjectName("kioskLanguage")
                b.setCheckable(True)
                b.setChecked(code == current)
                b.setAccessibleName(name)
                b.clicked.connect(lambda _c=False, code=code: self.language_requested.emit(code))
                switch.addWidget(b)
                self.language_buttons[code] = b
            inner.addLayout(switch)
        # The title and the text scroll when the screen is short for them (Spanish at 200 % on 1024×600); the
        # nickname and Start stay in view below them.
        words = QWidget()
        words.setObjectName("kioskWords")
        words_box = QVBoxLayout(words)
        words_box.setContentsMargins(0, 0, 0, 0)
        words_box.setSpacing(inner.spacing())
        words_box.addWidget(self.title)
        words_box.addWidget(self.about)
        self.words = QScrollArea(card)
        self.words.setObjectName("kioskWordsScroll")
        self.words.setWidgetResizable(True)
        self.words.setFrameShape(QFrame.Shape.NoFrame)
        self.words.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Start keeps the focus; a finger or the wheel scrolls
        self.words.setWidget(words)
        for w in (self.words, self.words.viewport(), words):
            w.setAutoFillBackground(False)  # the card's colour shows through
        inner.addWidget(self.words, 1)
        inner.addWidget(self.nickname)
        if self.code is not None:
            inner.addWidget(self.code)
        inner.addWidget(self.start)
        inner.addWidget(self.panel_hint)
        # 48 ems (960 px at the kiosk's usual 20 px): larger text gets a wider card, so at 200 % the welcome still
        # fits a 1280×800 screen rather than wrapping into more lines than the screen is high.
        card.setMaximumWidth(max(960, 48 * px))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 30)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.start.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_pristine(self) -> bool:
        return not self.nickname.text() and not (self.code is not None and self.code.text())

    def _start(self) -> None:
        code = self.code.text() if self.code is not None else ""
        self.start_requested.emit(self.nickname.text().strip(), code)
