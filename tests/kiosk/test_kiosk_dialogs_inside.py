"""Every dialog the kiosk opens is part of the kiosk (issue 17): a frameless child of its window, nothing to
minimise or lose behind it, the rest of the kiosk waiting while it is open, and gone when the kiosk times out or
resets — a minimised PIN dialog once froze a kiosk for good."""

from __future__ import annotations

from typing import Any

from kiosk_helpers import PIN, begin, flush_deletes, focused, press
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from cs_quiz.ui.kiosk.inside import open_dialogs
from cs_quiz.ui.kiosk.panel_dialogs import ClearDialog


def windows() -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_pin_dialog_is_inside_the_kiosk_and_takes_the_keys(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    dialog = window.ask_pin()
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isWindow() and window.isAncestorOf(dialog), "a child of the kiosk window, not a window"
    assert windows() == [window], "nothing of the kiosk can be minimised, moved or hidden behind it"
    assert not window.attract.start.isEnabled(), "what is behind the dialog waits"
    assert window.rect().contains(dialog.mapTo(window, QPoint(0, 0)))
    assert focused() is dialog.field, "typed digits go into the PIN"
    qtbot.keyClicks(dialog.field, PIN)
    press(qtbot, Qt.Key.Key_Return)
    assert window.page == "panel"
    flush_deletes()
    assert open_dialogs(window) == [] and window.panel is not None and window.panel.isEnabled()


def test_a_pin_dialog_nobody_answers_times_out_to_the_welcome(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    dialog = window.ask_pin()
    assert dialog is not None
    qtbot.keyClicks(dialog.field, "12")  # half a PIN, then the person walks away
    window.idle.timer.timeout.emit()
    flush_deletes()
    assert open_dialogs(window) == [] and window.pin_dialog is None
    assert window.page == "welcome" and window.attract is not None and window.attract.start.isEnabled()
    assert window.guard.locked_for() == 0 and window.guard.tries_left == window.guard.max_tries, (
        "walking away is not a wrong try"
    )
    begin(qtbot, window)  # the next person can start


def test_a_pin_dialog_opened_mid_attempt_closes_when_the_person_leaves(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    begin(qtbot, window)
    assert window.ask_pin() is not None
    window.reset("idle")
    flush_deletes()
    assert open_dialogs(window) == [] and window.page == "welcome" and window.attract.start.isEnabled()


def test_the_panels_dialogs_are_inside_the_kiosk_and_large_enough(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    window.open_panel()
    panel = window.panel
    folder = panel.choose_folder()
    assert isinstance(folder, QFileDialog) and not folder.isWindow() and windows() == [window]
    assert folder.width() >= 0.7 * window.width() and folder.height() >= 0.7 * window.height(), "readable"
    folder.reject()
    flush_deletes()
    clear = panel.ask_clear()
    assert isinstance(clear, ClearDialog) and not clear.isWindow()
    assert focused() is clear.field, "the confirmation word is typed at once"
    window.idle.timer.timeout.emit()  # the facilitator walked away: panel and question both go
    flush_deletes()
    assert open_dialogs(window) == [] and window.page == "welcome"
