"""Help › Keyboard shortcuts and Help › About cs-quiz: what a person can press, and what this program is, which
version, under which licence, and where it keeps their results (everything stays on this computer)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cs_quiz import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def _keys() -> list[tuple[str, str]]:
    return [
        ("1–9", _tr("choose that answer (in a list of several: tick or untick it)")),
        (_tr("Enter, →"), _tr("next question; after the last, the review")),
        (_tr("←, Backspace"), _tr("previous question")),
        (_tr("Tab, Shift+Tab"), _tr("move between the answers and the buttons; Space presses or ticks")),
        ("Ctrl+Home", _tr("back to the start page (an unfinished attempt waits there to be resumed)")),
        ("Ctrl+S, Ctrl+P", _tr("save the report as a PDF, print it (on the results)")),
        ("Ctrl++, Ctrl+−, Ctrl+0", _tr("larger text, smaller text, the usual size")),
        (_tr("Ctrl+Shift+R"), _tr("class results: gather a class's or workshop's results (teacher password)")),
        ("Ctrl+O", _tr("open a question bank in the live preview, to see it while you write it")),
        ("F11", _tr("full screen, and back")),
        ("F1", _tr("this list")),
        ("Ctrl+Q", _tr("quit (answers are saved as you go)")),
    ]


def _box(parent: QWidget, name: str, title: str, html: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(html)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAccessibleName(title)
    box.open()
    return box


def shortcuts(parent: QWidget) -> QMessageBox:
    rows = "".join(
        f"<tr><td style='padding-right:16px'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in _keys()
    )
    return _box(parent, "shortcutsDialog", _tr("Keyboard shortcuts"), f"<table>{rows}</table>")


def about(parent: QWidget, results: Path | None) -> QMessageBox:
    where = (
        _tr("Your results are kept in {path}.").format(path=escape(str(results)))
        if results is not None
        else _tr("Your results are kept in memory only this time, and go when cs-quiz closes.")
    )
    lines = [
        f"<h3>cs-quiz {escape(__version__)}</h3>",
        escape(_tr("How ready are you to become a Customer Service Director, and what to do next.")),
        escape(_tr("It works offline: nothing you answer leaves this computer.")),
        where,
        escape(_tr("Free software under the MIT licence.")),
    ]
    return _box(parent, "aboutDialog", _tr("About cs-quiz"), "<p>" + "</p><p>".join(lines) + "</p>")
