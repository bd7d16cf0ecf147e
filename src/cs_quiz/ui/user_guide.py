"""Help › User guide: the guide for people who take and give the assessment (resources/guide/user-guide.md), read
inside the app, offline.

The guide is Markdown shown by a QTextBrowser. Qt's Markdown reader gives headings no anchor names, so each heading
gets one here, spelled as GitHub spells it ("Your results and report" → ``your-results-and-report``): the guide's
own links (``#history``) then scroll to their section. Links leaving the guide are never followed: there is no
network, and nothing here opens a web browser. A guide in the interface language (``user-guide.es.md``) is used when
there is one, else the English.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QShowEvent, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QTextBrowser, QWidget

from cs_quiz.packaged import resource
from cs_quiz.ui.common import fit_over, reading_layout
from cs_quiz.ui.language import current_language


def guide_text(language: str | None = None) -> str:
    """The guide's Markdown, in ``language`` (e.g. ``es``; default: the interface's) when it is written in it."""
    code = language or current_language()
    translated = resource("guide", f"user-guide.{code}.md")
    return (translated if translated.is_file() else resource("guide", "user-guide.md")).read_text(encoding="utf-8")


def slug(heading: str) -> str:
    """A heading's anchor name, as GitHub makes it: lower case, punctuation dropped, spaces as hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def name_headings(document: QTextDocument) -> list[str]:
    """Give every heading of ``document`` its anchor name; returns the names, in order."""
    names = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip():
            names.append(slug(block.text()))
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames([names[-1]])
            cursor.mergeCharFormat(anchor)
        block = block.next()
    return names


def underline_links(document: QTextDocument) -> int:
    """Underline every link, so a link is told by more than its colour; returns how many there are."""
    count = 0
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().anchorHref():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                underline = QTextCharFormat()
                underline.setFontUnderline(True)
                cursor.mergeCharFormat(underline)
                count += 1
            it += 1
        block = block.next()
    return count


class UserGuideDialog(QDialog):
    """The user guide, as large as the window it opens over (so it fits 1024×600 at 200 % text): the text
    scrolls, Tab reaches its links and Close, Enter on a link goes to that section, Escape closes."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(self.tr("User guide"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("userGuideText")
        self.browser.setAccessibleName(self.tr("The user guide"))
        self.browser.setOpenLinks(False)  # followed by _follow: within the guide only
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setMarkdown(guide_text(language))
        self.sections = name_headings(self.browser.document())
        underline_links(self.browser.document())
        self.close_button = reading_layout(self, self.browser, self.tr("Close"), self.tr("Close the user guide"))
        fit_over(self, parent, 90)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The guide takes the focus (QDialog gives it to Close), so the arrows and Page Down scroll it at once."""
        super().showEvent(event)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow(self, url: QUrl) -> None:
        """A link to a section of the guide scrolls there; any other link is left alone (no network)."""
        if not url.scheme() and not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
