"""A way back to the start during a quiz, and Help (issue 17): Ctrl+Home (File › Start page) leaves the questions
with the attempt waiting to be resumed; F1 lists the keys; About says the version and where the results are."""

from __future__ import annotations

from gui_helpers import focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from cs_quiz import __version__
from gui_fixtures import writes_landed


def test_ctrl_home_goes_back_to_the_start_and_the_attempt_waits(qtbot, make_window) -> None:
    window = make_window()
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_4)
    press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)
    qtbot.keyClick(focused(), Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.welcome
    assert not window.welcome.resume_button.isHidden() and "1 answer(s)" in window.welcome.resume_text.text()
    window.welcome.resume_button.click()
    assert window.session is not None and window.session.index == 1, "back where the person was"


def test_f1_lists_the_keys_and_about_says_where_results_are(qtbot, make_window, data_dir) -> None:
    window = make_window()
    press(qtbot, Qt.Key.Key_F1)
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and box.objectName() == "shortcutsDialog"
    for key in ("Ctrl+Home", "Ctrl+S", "F11", "Backspace"):
        assert key in box.text()
    box.close()
    [about] = [a for a in window.menus.help_menu.actions() if a.text() == "&About cs-quiz"]
    about.trigger()
    box = window.dialog
    assert isinstance(box, QMessageBox) and box.objectName() == "aboutDialog"
    assert __version__ in box.text() and str(data_dir) in box.text() and "MIT" in box.text()


def test_home_after_a_slow_finish_offers_nothing_to_resume(qtbot, make_window) -> None:
    """On a slow disk the finish is still being written when the person goes home: the start page must not offer
    the attempt just finished (a second Quick check would then ask about discarding it)."""
    import time

    window = make_window()
    slow = window.store.finish_attempt

    def finish_slowly(*args, **kwargs):  # type: ignore[no-untyped-def]
        time.sleep(0.5)
        return slow(*args, **kwargs)

    window.store.finish_attempt = finish_slowly
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    for key in (Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results
    window.results.home.click()
    assert window.welcome.resume_box.isHidden(), window.welcome.resume_text.text()
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.question, "a new attempt starts, with no question asked"
