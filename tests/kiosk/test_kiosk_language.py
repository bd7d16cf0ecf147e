"""The kiosk's welcome offers the languages its bank is in (issue 17): a participant taps one and everything from
the welcome on is in it, questions included; the next person meets the kiosk's own language again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kiosk_helpers import begin, flush_deletes
from PySide6.QtCore import Qt

from cs_quiz.bank.load import load_bank
from cs_quiz.ui.language import BanksByLanguage, current_language, set_language
from gui_fixtures import SMALL

SMALL_ES = Path(__file__).resolve().parents[1] / "i18n" / "fixtures" / "small.es.yaml"


@pytest.fixture
def both() -> Iterator[BanksByLanguage]:
    banks = [load_bank(p).bank for p in (SMALL, SMALL_ES)]
    assert all(b is not None for b in banks)
    yield BanksByLanguage([b for b in banks if b is not None])
    set_language("en")  # the application outlives the test


def test_a_participant_can_switch_language_and_the_next_one_starts_in_the_kiosks(
    make_kiosk: Any, qtbot: Any, both: BanksByLanguage
) -> None:
    window = make_kiosk(banks=both)
    buttons = window.attract.language_buttons
    assert set(buttons) == {"en", "es"} and buttons["en"].isChecked()
    assert buttons["es"].text() == "Español", "each language is named in itself"
    qtbot.mouseClick(buttons["es"], Qt.MouseButton.LeftButton)
    flush_deletes()
    assert current_language() == "es"
    assert window.attract.start.text() != "Tap here to start" and window.attract.language_buttons["es"].isChecked()
    begin(qtbot, window)
    assert window.session is not None and window.session.bank.meta.language == "es", "the questions too"
    window.reset("done")
    flush_deletes()
    assert current_language() == "en", "the next person meets the kiosk's own language"
    assert window.attract.start.text() == "Tap here to start"


def test_one_language_means_no_switch(make_kiosk: Any) -> None:
    window = make_kiosk()
    assert window.attract.language_buttons == {}
