"""The desktop's number questions have spin box arrows in every theme (issue 17: they were blank)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from gui_fixtures import arrow_ink


def test_the_desktop_number_question_has_arrows(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    for theme_id in ("light", "dark", "high-contrast"):
        window.choose_theme(theme_id)
        window.welcome.section_buttons["quick"].click()
        while window.session.current.input is None:
            window.session.next()
        window.show_question()
        spins = [w for w in window.question.findChildren(QWidget) if w.objectName() == "numberInput"]
        assert spins and arrow_ink(spins[0]) > 10, theme_id
        window.go_home()  # the attempt, without answers, is set aside and not offered
