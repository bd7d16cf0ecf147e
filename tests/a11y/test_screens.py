"""Every screen, by keys alone: every control a keyboard reaches has an accessible name, Tab follows reading order,
and at 80 % and 200 % text on a 1024×600 window every label, button and input fits its text with nothing overlapping.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cs_quiz.ui.errors import error_dialog
from gui_fixtures import SMALL, MakeWindow

from . import a11y_helpers as h

FIXTURES = SMALL.parent


def test_every_control_on_every_screen_has_an_accessible_name(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    problems = {}
    for name in h.full_attempt(qtbot, window):
        if name == "welcome":
            continue  # below, on its own
        if name == "results":
            window.bar.show_message("Your answers cannot be saved right now.")  # the message bar, too
        missing = h.unnamed(window)
        if missing:
            problems[name] = missing
    assert not problems


def test_every_control_on_the_welcome_screen_has_an_accessible_name(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert h.unnamed(window) == []


def test_dialogs_name_their_controls(qtbot: QtBot, make_window: MakeWindow, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SMALL, folder / "good.yaml")
    shutil.copy(FIXTURES / "undefined-competency.yaml", folder / "broken.yaml")
    window = make_window(banks=folder)
    dialog = window.dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert h.accessible_name(dialog) == dialog.windowTitle()
    assert h.unnamed(dialog) == []
    dialog.done(0)
    box = error_dialog(window, PermissionError(13, "Permission denied", "/nowhere/report.pdf"), "Saving the report")
    qtbot.addWidget(box)
    assert h.accessible_name(box) == "Saving the report"
    assert h.unnamed(box) == []
    box.done(0)


def test_likert_radio_is_named_by_its_scale_label_and_described_by_the_statement(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    steps = h.full_attempt(qtbot, window)
    next(steps), next(steps)
    editor = window.question.editor
    assert editor is not None
    radios = editor.findChildren(QAbstractButton)
    names = [h.accessible_name(r) for r in radios]
    assert names == ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    statement = window.question.question.text()
    assert statement and all(r.accessibleDescription() == statement for r in radios)
    for _ in steps:  # the scenario's radios say their column and the response
        if window.question.situation.isVisible():
            break
    editor = window.question.editor
    assert editor is not None
    assert h.accessible_name(editor.findChildren(QAbstractButton)[1]).startswith("Worst: ")


def focus_order_problems(qtbot: QtBot, window: QWidget) -> list[str]:
    expected = h.reading_order(h.tab_stops(window))
    visited = h.tab_cycle(qtbot, expected[0])
    if visited != expected:
        return [
            "Tab:     " + ", ".join(map(h.describe, visited)),
            "reading: " + ", ".join(map(h.describe, expected)),
        ]
    return []


def test_tab_follows_reading_order_on_every_screen(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    problems: dict[str, list[str]] = {}
    seen = []
    for name in h.full_attempt(qtbot, window):
        seen.append(name)
        if name == "welcome":
            continue
        found = focus_order_problems(qtbot, window)
        if found:
            problems[name] = found
    assert not problems
    assert seen[-3:] == ["review", "results", "history"]


def test_tab_follows_reading_order_on_the_welcome_screen(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert focus_order_problems(qtbot, window) == []


@pytest.mark.parametrize(("size", "theme"), [(200, "light"), (200, "high-contrast"), (80, "dark")])
def test_text_fits_at_every_size_on_a_small_window(
    qtbot: QtBot, make_window: MakeWindow, size: int, theme: str
) -> None:
    window = make_window(size=(1024, 600))
    window.appearance.set_theme(theme)
    window.appearance.set_size(size)
    problems: dict[str, list[str]] = {}
    checked = 0
    for name in h.full_attempt(qtbot, window):
        try:  # layouts settle on the next pass of the event loop
            qtbot.waitUntil(lambda: not h.clipped(window), timeout=1000)
        except qtbot.TimeoutError:
            problems[name] = h.clipped(window)
        assert window.size().toTuple() == (1024, 600), f"{name}: the window grew to {window.size()}"
        checked += len([w for w in h.visible(window) if isinstance(w, h.FITTED)])
    assert not problems
    assert checked > 100
