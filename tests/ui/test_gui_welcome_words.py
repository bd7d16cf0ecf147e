"""The welcome as a person reads it (issue 17): the "not a hiring test" caveat once, not twice; the title bar says
what the window is once, with the app's name added by the system, not "cs-quiz — … — cs-quiz"."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from cs_quiz.bank.load import bundled_folder


def shown_text(page) -> str:  # type: ignore[no-untyped-def]
    return " ".join(w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page))


def test_the_welcome_says_each_thing_once(qtbot, make_window) -> None:
    window = make_window(banks=bundled_folder())
    text = shown_text(window.welcome).lower()
    assert text.count("hiring") == 1, text
    assert "cs-quiz" not in window.windowTitle(), "the system adds the application's name"
    assert QApplication.applicationDisplayName() == "cs-quiz"
