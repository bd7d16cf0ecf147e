"""Helpers for the language tests (imported by name: pytest puts this folder on sys.path)."""

from __future__ import annotations

import inspect

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cs_quiz.ui import app as app_module
from cs_quiz.ui import language
from cs_quiz.ui.main_window import MainWindow


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has keyboard focus"
    return w


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_unicode(text: str) -> None:
    """Type ``text`` into the focused widget. QTest's keyClicks aborts the process on ó, ñ, é (qasciikey.cpp);
    a key event with Key_unknown and the character as its text is what a keyboard layout delivers."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 25) -> None:
    """Press Tab until ``target`` has focus, as a keyboard user would."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is target, f"Tab never reached {target.objectName() or target}"


def choose_language_by_keyboard(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Alt+L (the “&Language:” label's mnemonic; Alt+I for “&Idioma:”) focuses the chooser; arrow keys pick."""
    picker = window.welcome.language_picker
    mnemonic = Qt.Key.Key_I if language.current_language() == "es" else Qt.Key.Key_L
    press(qtbot, mnemonic, Qt.KeyboardModifier.AltModifier)
    assert picker.hasFocus(), "the language chooser's mnemonic did not reach it"
    press(qtbot, Qt.Key.Key_Home)
    while picker.currentText() != name:
        before = picker.currentIndex()
        press(qtbot, Qt.Key.Key_Down)
        assert picker.currentIndex() != before, f"no language named {name!r}"
    qtbot.waitUntil(lambda: language.current_language() == picker.currentData())
    title = window.welcome.body.findChild(QLabel, "title")
    expected = "¿Cuánto" if picker.currentData() == "es" else "How ready"
    qtbot.waitUntil(lambda: title is not None and title.text().startswith(expected))  # LanguageChange delivered


def require_language_at_start() -> None:
    """``--lang`` and the remembered choice reach the app through ui/app.py's install_language."""
    assert "from cs_quiz.ui.language import install_language" in inspect.getsource(app_module.build), (
        "ui/app.py must install languages through cs_quiz.ui.language (docs/translations.md)"
    )


def require_banks_by_language(window: MainWindow) -> None:
    assert isinstance(window.banks, language.BanksByLanguage), (
        "ui/main_window.py must look banks up by id in the interface language (language.BanksByLanguage)"
    )
