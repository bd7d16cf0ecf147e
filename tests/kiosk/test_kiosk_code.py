"""A kiosk may ask each person for a participant code (issue 18): off unless the facilitator turns it on (panel or
``kiosk-setup --ask-code``); optional; it goes on that person's attempt and is gone when the next person comes. A
kiosk that tells people where they stand puts the same words on their take-away (QR code and print)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kiosk_helpers import answer_quick, finish_from_review, flush_deletes, focused, press
from PySide6.QtCore import Qt

from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store
from gui_fixtures import writes_landed


def start_with_code(qtbot: Any, window: Any, code: str) -> None:
    """Tab from the nickname to the code field, type the code, Enter to start (as on a keyboard)."""
    assert window.page == "welcome" and window.attract.code is not None
    window.attract.nickname.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.attract.code
    qtbot.keyClicks(window.attract.code, code)
    press(qtbot, Qt.Key.Key_Return)
    assert window.page == "question"


def test_the_code_goes_on_the_attempt_and_is_gone_for_the_next_person(
    make_kiosk: Any, qtbot: Any, store: Store
) -> None:
    window = make_kiosk(ask_code=True)
    start_with_code(qtbot, window, "  fox-17 ")
    answer_quick(qtbot, window, 4, 2, 3)
    finish_from_review(qtbot, window)
    qtbot.mouseClick(window.results.done_button, Qt.MouseButton.LeftButton)
    flush_deletes()
    assert window.page == "welcome"
    assert window.attract.code is not None and window.attract.code.text() == "", "the next person's field is empty"
    qtbot.mouseClick(window.attract.start, Qt.MouseButton.LeftButton)  # no code: starts all the same
    assert window.page == "question"
    writes_landed(window)
    assert sorted((s.code or "") for s in store.history()) == ["", "fox-17"]


def test_a_code_typed_by_someone_who_walked_away_is_cleared(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk(ask_code=True)
    qtbot.keyClicks(window.attract.code, "owl-3")
    assert not window.attract.is_pristine()
    window.idle.idle.emit()  # the welcome's idle time ran out
    assert window.attract.code is not None and window.attract.code.text() == ""


def test_without_the_option_there_is_no_code_field(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    assert window.attract.code is None
    window.start("Sam", "fox-17")  # whatever arrives, a kiosk that does not ask keeps no code
    writes_landed(window)
    assert [s.code for s in store.history()] == [None]


def test_control_characters_and_length_are_held_at_the_edge(make_kiosk: Any, store: Store) -> None:
    window = make_kiosk(ask_code=True)
    assert window.attract.code.maxLength() == 40
    window.start("", "ab\tc\x07" + "x" * 60)
    writes_landed(window)
    [stored] = store.history()
    assert stored.code is not None and stored.code.startswith("ab c") and len(stored.code) == 40


def test_the_facilitator_turns_it_on_in_the_panel(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    window.open_panel()
    panel = window.panel
    box = panel.editors["ask_code"]
    assert not box.isChecked() and box.accessibleName().startswith("Ask for a participant code")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert ks.load(store).ask_code
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    flush_deletes()
    assert window.page == "welcome" and window.attract.code is not None


def test_kiosk_setup_turns_it_on_and_off(tmp_path: Path, capsys: Any) -> None:
    import argparse

    from cs_quiz.cli import kiosk as cli_kiosk
    from cs_quiz.kiosk import pin as pins

    with Store.open(tmp_path) as s:
        pins.set_pin(s, "2468")

    def run(*argv: str) -> bool:
        parser = argparse.ArgumentParser(prog="cs-quiz")
        parser.add_argument("--data-dir", type=Path)
        cli_kiosk.add_commands(parser.add_subparsers(dest="command"))
        args = parser.parse_args(["--data-dir", str(tmp_path), "kiosk-setup", *argv])
        assert args.handler(args) == 0
        with Store.open(tmp_path) as s:
            return ks.load(s).ask_code

    assert run("--ask-code") is True
    assert "Ask for a participant code" in capsys.readouterr().out
    assert run() is True, "options not given keep their value"
    assert run("--no-ask-code") is False


def test_the_take_away_says_where_the_person_stands_when_the_screen_does(
    make_kiosk: Any, qtbot: Any, store: Store, small_bank: Any
) -> None:
    from test_kiosk_cohort import seed_finished

    seed_finished(store, small_bank, 20, "Tuesday")
    window = make_kiosk(cohort="Tuesday", show_standing=True)
    qtbot.mouseClick(window.attract.start, Qt.MouseButton.LeftButton)
    answer_quick(qtbot, window, 4, 2, 3)
    finish_from_review(qtbot, window)
    said = window.results.page.standing
    assert said.startswith("Your readiness score is higher than that of") and said.endswith("20 others in Tuesday.")
    assert said in window.results.summary.splitlines()
    assert window.results.qr is not None and said in window.results.qr.text


@pytest.mark.parametrize("theme_id", ["light", "dark", "high-contrast"])
def test_the_code_field_fits_at_1024x600_with_200_percent_text_in_spanish(
    make_kiosk: Any, qtbot: Any, theme_id: str
) -> None:
    """As the kiosk's layout sweep (test_kiosk_layout_sweep.py) looks at the welcome, with the code field asked for
    and the bundled bank's real texts."""
    from PySide6.QtCore import QLocale, QSize
    from PySide6.QtWidgets import QApplication, QLayout

    import layout_checks as lc
    from cs_quiz.bank.load import choose_bank, load_bundled
    from cs_quiz.ui import language

    app, locale = QApplication.instance(), QLocale()
    bank, _ = choose_bank(load_bundled().banks, "csd-readiness", "es")
    assert bank is not None
    language.set_language("es", app)
    try:
        window = make_kiosk(banks={bank.meta.id: bank}, ask_code=True, theme=theme_id, text_size=200)
        window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        window.setFixedSize(1024, 600)  # full screen on a 1024×600 screen, as a window manager holds it
        qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600))
        window.show_welcome()
        qtbot.keyClicks(window.attract.code, "W" * 40)
        lc.settle()
        found = lc.problems(window, QSize(1024, 600))
        assert found == {name: [] for name in found}
        for w in (window.attract.nickname, window.attract.code, window.attract.start):
            assert w.isVisible() and w.height() >= 44, "touch-sized"
    finally:
        language.remove_translators(app)
        QLocale.setDefault(locale)
