"""A person sees a scenario's options in an order of their attempt's own: two attempts, two orders; the same
order again after quitting and resuming (issue 14)."""

from __future__ import annotations

from gui_helpers import press, start_anew
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QRadioButton


def shown_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The responses as the screen lists them, top to bottom (read from the Best column's buttons)."""
    editor = window.question.editor
    buttons = sorted(editor.findChildren(QRadioButton), key=lambda b: b.objectName())
    return [b.accessibleName().removeprefix("Best: ") for b in buttons if b.objectName().startswith("best")]


def to_the_scenario(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):  # the two likert items before it
        press(qtbot, Qt.Key.Key_3)
        press(qtbot, Qt.Key.Key_Return)
    assert window.session.current.id == "sc-1"


def test_two_attempts_two_orders_and_the_same_order_after_resume(qtbot, make_window, monkeypatch) -> None:
    seeds = iter([5, 1])
    monkeypatch.setattr("cs_quiz.attempts.attempt.new_seed", lambda: next(seeds))
    window = make_window()
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    to_the_scenario(qtbot, window)
    first = shown_texts(window)
    window.close()
    window.store.close()

    again = make_window()
    again.welcome.resume_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert again.session.current.id == "sc-1"
    assert shown_texts(again) == first  # resumed: as they left it
    again.close()
    again.store.close()

    fresh = make_window()
    fresh.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)  # a new attempt: asked, and the offered one is set aside
    start_anew(fresh)
    to_the_scenario(qtbot, fresh)
    second = shown_texts(fresh)
    assert sorted(second) == sorted(first) and second != first
    assert second[0] == "Tell callers what you know."  # seed 1: a, c, b; seed 5 showed b, c, a
