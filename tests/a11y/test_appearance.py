"""Theme and text size from the View menu and the keys, applied at once and remembered; the system's colour scheme on
first start; announcements of progress, problems, errors and the results; the chart's text equivalent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cs_quiz.appearance.themes import DARK, HIGH_CONTRAST, LIGHT
from cs_quiz.ui import theme
from cs_quiz.ui.chart_widget import CompetencyChart
from cs_quiz.ui.errors import error_dialog
from gui_fixtures import MakeWindow

from .a11y_helpers import Key, focused, full_attempt, press
from .conftest import Announced

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def app() -> QApplication:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    return instance


def test_theme_from_the_view_menu_applies_at_once_and_is_remembered(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    actions = window.theme_actions
    assert [a.isChecked() for a in actions.values()] == [True, False, False]
    actions["high-contrast"].trigger()
    assert theme.current_theme() is HIGH_CONTRAST
    assert HIGH_CONTRAST.window in app().styleSheet() and LIGHT.window not in app().styleSheet()
    assert app().palette().window().color().name() == HIGH_CONTRAST.window
    actions["dark"].trigger()
    assert [a.isChecked() for a in actions.values()] == [False, True, False]  # exclusive
    assert theme.current_theme() is DARK
    window.close()
    theme.apply(app(), "light", 100)  # as a new process would start
    again = make_window()
    assert theme.current_theme() is DARK and again.theme_actions["dark"].isChecked()


def test_text_size_keys_and_menu_scale_the_text_and_are_remembered(
    qtbot: QtBot, make_window: MakeWindow, announced: Announced
) -> None:
    window = make_window()
    base = app().font().pointSizeF()
    title = window.welcome.findChild(QLabel, "title")
    assert title is not None
    title_pt = title.font().pointSizeF()
    press(qtbot, Key.Key_Plus, CTRL)  # Ctrl++
    assert window.appearance.size == 110
    press(qtbot, Key.Key_Equal, CTRL)  # Ctrl+= (the same key without Shift)
    press(qtbot, Key.Key_Plus, CTRL | SHIFT)  # Ctrl+Shift+= as US keyboards send it
    assert window.appearance.size == 150
    assert app().font().pointSizeF() == pytest.approx(base * 1.5)
    assert title.font().pointSizeF() == pytest.approx(title_pt * 1.5, abs=0.1)
    assert announced[-1][1] == "Text size 150%"
    for _ in range(10):
        window.larger_action.trigger()
    assert window.appearance.size == 200 and not window.larger_action.isEnabled()
    press(qtbot, Key.Key_0, CTRL)
    assert window.appearance.size == 100
    for _ in range(5):
        press(qtbot, Key.Key_Minus, CTRL)
    assert window.appearance.size == 80 and not window.smaller_action.isEnabled()
    assert app().font().pointSizeF() == pytest.approx(base * 0.8)
    window.close()
    theme.apply(app(), "light", 100)
    make_window()
    assert app().font().pointSizeF() == pytest.approx(base * 0.8)


def test_size_keys_leave_text_fields_their_keys(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    field = window.welcome.nickname
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    for key in (Key.Key_Plus, Key.Key_Equal, Key.Key_Minus, Key.Key_0):
        press(qtbot, key)
    assert field.text() == "+=-0" and window.appearance.size == 100
    press(qtbot, Key.Key_Plus, CTRL)  # with Ctrl held, from inside the field
    assert window.appearance.size == 110 and field.text() == "+=-0"
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Key.Key_Space)
    for key in (Key.Key_1, Key.Key_Return, Key.Key_1, Key.Key_Return, Key.Key_1, Key.Key_Return, Key.Key_1):
        press(qtbot, key)
    press(qtbot, Key.Key_Return)  # the number question: its spin box takes - and digits
    assert window.question.editor is not None and window.session is not None
    assert window.session.current.id == "years"
    press(qtbot, Key.Key_Minus)
    assert window.appearance.size == 110


def test_first_start_follows_the_system_colour_scheme(
    qtbot: QtBot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "system_theme", lambda: DARK.id)
    window = make_window()
    assert window.appearance.theme_id == "dark" and theme.current_theme() is DARK
    window.theme_actions["light"].trigger()  # a choice, once made, wins over the system
    window.close()
    make_window()
    assert theme.current_theme() is LIGHT


def test_progress_problems_and_results_are_announced(
    qtbot: QtBot, make_window: MakeWindow, announced: Announced
) -> None:
    window = make_window()
    steps = full_attempt(qtbot, window)
    next(steps), next(steps)
    assert announced[-1][1] == "Question 1 of 6. Full assessment. 0% answered" and not announced[-1][2]
    next(steps)
    assert announced[-1][1] == "Question 2 of 6. Full assessment. 17% answered"
    window.question.show_problem("Choose one of the options.")
    assert announced[-1] == (window.question, "Choose one of the options.", True)
    window.bar.show_message("Your answers cannot be saved right now.")
    assert announced[-1][1:] == ("Your answers cannot be saved right now.", True)
    for name in steps:
        if name == "results":
            break
    assert "Your readiness. " in announced[-1][1] and " / 100. " in announced[-1][1]
    box = error_dialog(window, OSError(28, "No space left on device", "/media/usb/report.pdf"), "Saving the report")
    qtbot.addWidget(box)
    assert announced[-1][0] is box and announced[-1][2]
    assert announced[-1][1].startswith("Saving the report. The system reported: No space left on device")
    box.done(0)


def test_the_chart_has_a_text_equivalent(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    for name in full_attempt(qtbot, window):
        if name == "results":
            break
    chart = window.results.findChild(CompetencyChart)
    assert chart is not None and chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    ev = window.evaluation
    assert ev is not None
    description = chart.accessibleDescription()
    figures = window.results.figures()  # the text table beside the chart
    assert set(figures) == {c.competency for c in ev.score.competencies}
    for c in ev.score.competencies:
        assert f"{c.name}: {figures[c.competency]}" in description
    assert any(b.name in description for b in ev.bank.bands)  # the band each bar stands for, in words
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    assert focused() is chart
