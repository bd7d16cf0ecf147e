"""The whole flow by keys alone — welcome, every question type, review, results, the PDF saved through the file
dialog — and focus that is visible in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from cs_quiz.appearance.themes import THEMES
from gui_fixtures import MakeWindow, shown_ids

from .a11y_helpers import Key, focused, press

CONTROL = Qt.KeyboardModifier.ControlModifier


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 30) -> None:
    for _ in range(limit):
        if focused() is target:
            return
        press(qtbot, Key.Key_Tab)
    assert focused() is target, f"Tab never reached {target!r}"


def test_welcome_to_saved_pdf_by_keyboard_alone(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    window = make_window()
    assert focused() is window.welcome.section_buttons["quick"]
    tab_to(qtbot, window.welcome.section_buttons["full"])
    press(qtbot, Key.Key_Space)
    session = window.session
    assert session is not None
    press(qtbot, Key.Key_Space)  # likert: the focused first point ...
    press(qtbot, Key.Key_Down)  # ... arrows move along the scale
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Return)
    press(qtbot, Key.Key_5)  # likert by digit
    press(qtbot, Key.Key_Return)
    sc = shown_ids(window, "sc-1")  # this attempt's option order
    press(qtbot, Key.Key_Space)  # scenario: best = the first shown (focused), then Tab to the Worst column
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Space)  # worst = the third shown
    assert session.answer_of("sc-1") == {"best": sc[0], "worst": sc[2]}
    tab_to(qtbot, window.question.next)
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_Space)  # multi: the first box ...
    press(qtbot, Key.Key_Tab)
    press(qtbot, Key.Key_Space)  # ... and the second
    assert sorted(session.answer_of("tools")) == ["crm", "none"]
    press(qtbot, Key.Key_Return)
    qtbot.keyClicks(focused(), "3")  # number
    press(qtbot, Key.Key_Return)
    tab_to(qtbot, window.question.flag)  # flag the last one, then answer it
    press(qtbot, Key.Key_Space)
    press(qtbot, Key.Key_2)
    press(qtbot, Key.Key_Return)
    assert window.stack.currentWidget() is window.review
    assert focused() is window.review.list  # the flagged question is listed
    press(qtbot, Key.Key_Return)  # jump to it ...
    assert session.current.id == "education"
    assert window.question.next.text() == "Review →" and window.question.review.isHidden()
    tab_to(qtbot, window.question.next)
    press(qtbot, Key.Key_Space)  # ... and back to the review
    tab_to(qtbot, window.review.finish)
    press(qtbot, Key.Key_Space)
    assert window.stack.currentWidget() is window.results
    assert focused() is window.results.save
    assert session.answers == {
        "data-1": 2,
        "patience-1": 5,
        "sc-1": {"best": sc[0], "worst": sc[2]},
        "tools": ["crm", "none"],
        "years": 3,
        "education": "bachelor",
    }

    press(qtbot, Key.Key_Space)  # Save as PDF…
    dialog = window.reports.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: isinstance(focused(), QLineEdit) and dialog.isAncestorOf(focused()))
    target = tmp_path / "report.pdf"
    press(qtbot, Key.Key_A, CONTROL)
    qtbot.keyClicks(focused(), str(target))
    with qtbot.waitSignal(window.reports.saved, timeout=10000) as saved:
        press(qtbot, Key.Key_Return)
    assert saved.args == [str(target)] and target.stat().st_size > 1000


def ring_pixels(image: QImage, colour: str) -> int:
    want = QColor(colour)
    return sum(
        1
        for x in range(image.width())
        for y in (0, 1, image.height() - 2, image.height() - 1)
        if QColor(image.pixel(x, y)).name() == want.name()
    )


@pytest.mark.parametrize("theme_id", list(THEMES))
def test_focus_is_visible_in_every_theme(qtbot: QtBot, make_window: MakeWindow, theme_id: str) -> None:
    window = make_window()
    window.appearance.set_theme(theme_id)
    focus = THEMES[theme_id].focus
    button = window.welcome.history_button
    window.welcome.section_buttons["quick"].setFocus()
    qtbot.waitUntil(lambda: not button.hasFocus())
    assert ring_pixels(button.grab().toImage(), focus) == 0
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    assert ring_pixels(button.grab().toImage(), focus) > button.width()  # top and bottom edges in the focus colour

    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Key.Key_Space)
    editor = window.question.editor
    assert editor is not None
    radio = focused()
    assert editor.isAncestorOf(radio)
    assert ring_pixels(radio.grab().toImage(), focus) > radio.width()
