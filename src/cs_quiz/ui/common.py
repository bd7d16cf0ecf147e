"""Small widget makers every page uses, so labels wrap and buttons react to Enter the same way everywhere."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QStackedLayout, QVBoxLayout, QWidget


def label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A wrapping plain-text label (bank text may contain & or <, which must show as written)."""
    w = QLabel(text, parent)
    w.setObjectName(name)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.PlainText)
    w.setIndent(0)  # a style-sheet box would otherwise add an indent of half an "x"
    return w


def show_bank_text(w: QLabel, text: str) -> QLabel:
    """Put bank text on ``w`` as the PDF shows it: its small Markdown (``**bold**``, ``*italic*``, ``- `` lists)
    rendered by the report's own rules (:func:`cs_quiz.report.markup.screen_html`), escaped first; text without
    Markdown stays plain, so ``&`` and ``<`` show as written."""
    from cs_quiz.report import markup

    if markup.has_markdown(text):
        w.setTextFormat(Qt.TextFormat.RichText)
        w.setText(markup.screen_html(text))
    else:
        w.setTextFormat(Qt.TextFormat.PlainText)
        w.setText(text)
    return w


def shown_text(w: QLabel) -> str:
    """The words ``w`` shows, without markup (for an accessible name, or to compare with what a person reads)."""
    if w.textFormat() == Qt.TextFormat.RichText:
        from PySide6.QtGui import QTextDocumentFragment

        return QTextDocumentFragment.fromHtml(w.text()).toPlainText()
    return w.text()


def button(
    parent: QWidget, text: str, accessible_name: str, slot: Callable[..., Any] | None = None, name: str = ""
) -> QPushButton:
    """A push button that Enter and Space both press when it has focus (``name="primary"`` styles it as the
    main action)."""
    b = QPushButton(parent)  # not (text, parent): ruling out the (icon, text) overload makes PySide6 build
    b.setText(text)  # QIcon's 150-name enum, about 1 ms of every start
    b.setAccessibleName(accessible_name)
    b.setAutoDefault(True)
    if name:
        b.setObjectName(name)
    if slot is not None:
        b.clicked.connect(slot)
    return b


def focusable_descendants(widget: QWidget) -> list[QWidget]:
    """The controls inside ``widget`` that Tab can reach, in the order they were added (a spin box, not the line
    edit inside it)."""
    return [
        w
        for w in widget.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not _inside_proxy(w, widget)
    ]


def _inside_proxy(w: QWidget, top: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not top:
        if parent.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return True  # part of a composite control (a spin box's line edit)
        parent = parent.parentWidget()
    return False


class _Centred(QWidget):
    """Holds one widget at most ``max_chars`` average characters wide, re-measured when the text size changes."""

    def __init__(self, parent: QWidget, inner: QWidget, max_chars: int) -> None:
        super().__init__(parent)
        self.setObjectName("centredHolder")
        self.inner, self.max_chars = inner, max_chars
        inner.setParent(self)
        self._measure()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner, 100)
        row.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(row)
        col.addStretch(1)

    def _measure(self) -> None:
        self.inner.setMaximumWidth(self.inner.fontMetrics().averageCharWidth() * self.max_chars)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._measure()


def centred(parent: QWidget, inner: QWidget, max_chars: int) -> QWidget:
    """A holder that keeps ``inner`` at most ``max_chars`` average characters wide, centred, at the top: long
    lines are hard to read on a wide screen. For use as a scroll area's widget."""
    return _Centred(parent, inner, max_chars)


class _PagesLayout(QStackedLayout):
    """Sized by the page shown, not by the largest of all (QStackedLayout's way)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.invalidate())

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSize(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint().expandedTo(self.minimumSize()) if page is not None else QSize(0, 0)


class Pages(QWidget):
    """The window's pages, one shown at a time (a QStackedWidget's calls), asking for the room of the page shown.
    Qt's stacked layout asks for the largest minimum of all its pages, and offers a page's *preferred* height for
    its width as the least it can take: at 200 % text under a message bar, a question page grew the window past a
    1024×600 screen for the sake of the results page, not shown. The pages lay themselves out in the room they get
    (what does not fit scrolls)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = _PagesLayout(self)
        self.currentChanged = self._layout.currentChanged

    def addWidget(self, page: QWidget) -> int:
        return self._layout.addWidget(page)

    def removeWidget(self, page: QWidget) -> None:
        self._layout.removeWidget(page)

    def currentWidget(self) -> QWidget | None:
        return self._layout.currentWidget()

    def setCurrentWidget(self, page: QWidget) -> None:
        self._layout.setCurrentWidget(page)

    def indexOf(self, page: QWidget) -> int:
        return self._layout.indexOf(page)

    def count(self) -> int:
        return self._layout.count()

    def widget(self, index: int) -> QWidget | None:
        return self._layout.widget(index)


def reading_layout(dialog: QDialog, content: QWidget, close_text: str, close_description: str) -> QPushButton:
    """A dialog to read in: ``content`` filling it, a Close button (the default) at the bottom right after it in the
    tab order. Returns the button."""
    close = button(dialog, close_text, close_description, dialog.accept, "primary")
    bar = QHBoxLayout()
    bar.addStretch(1)
    bar.addWidget(close)
    layout = QVBoxLayout(dialog)
    layout.addWidget(content, 1)
    layout.addLayout(bar)
    QWidget.setTabOrder(content, close)
    return close


def fit_over(dialog: QWidget, parent: QWidget | None, chars: int) -> None:
    """Size ``dialog`` as large as the window it opens over and within the screen (room left for a title bar such
    as the window's own), at most ``chars`` average characters wide: a line people can read."""
    host = parent.window() if parent is not None else None
    area = (host or dialog).screen().availableGeometry()
    width, height = area.width(), area.height()
    if host is not None:
        title_bar = host.frameGeometry().height() - host.height()
        width, height = min(width, host.width()), min(height - title_bar, host.height())
    margin = dialog.fontMetrics().height() // 2
    readable = dialog.fontMetrics().averageCharWidth() * chars
    dialog.resize(max(320, min(width - 2 * margin, readable)), max(240, height - 2 * margin))
