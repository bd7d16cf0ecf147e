"""Settings of one person must not show to the next (issue 16, item 12): with a chosen results folder the settings
live in it, the kiosk keeps its own, and the nickname is remembered only while the person wants it to be."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from gui_helpers import press, type_text
from PySide6.QtCore import Qt

from cs_quiz.ui import settings
from cs_quiz.ui.app import build, keep_settings_with_results
from cs_quiz.ui.language import LANGUAGE
from cs_quiz.ui.settings import AppSettings
from gui_fixtures import writes_landed


def window_on(qtbot, folder: Path, banks_dir: Path):  # type: ignore[no-untyped-def]
    args = argparse.Namespace(data_dir=folder, kiosk=False, bank=None, section=None, lang=None, banks=banks_dir)
    window = build(args)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.banks_ready, timeout=10000):
        window.show()
    qtbot.waitExposed(window)
    return window


def close(window) -> None:  # type: ignore[no-untyped-def]
    writes_landed(window)
    window.close()
    window.store.close()


def start_as(qtbot, window, nickname: str) -> None:  # type: ignore[no-untyped-def]
    window.welcome.nickname.setFocus()
    type_text(qtbot, nickname)
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.session is not None


def test_each_results_folder_keeps_its_own_settings(qtbot, tmp_path: Path, banks_dir: Path, settings_dir) -> None:
    one = window_on(qtbot, tmp_path / "class-a", banks_dir)
    one.choose_theme("high-contrast")
    start_as(qtbot, one, "Ana")
    close(one)
    assert (tmp_path / "class-a" / settings.FILE_NAME).is_file()

    other = window_on(qtbot, tmp_path / "class-b", banks_dir)
    assert other.appearance.theme_id != "high-contrast", "another folder's theme"
    assert other.welcome.nickname.text() == "", "another folder's nickname"
    close(other)
    assert not settings_dir.exists(), "nothing went to the user's own settings"

    again = window_on(qtbot, tmp_path / "class-a", banks_dir)
    assert again.appearance.theme_id == "high-contrast" and again.welcome.nickname.text() == "Ana"
    again.choose_theme("light")
    close(again)


def test_the_nickname_is_forgotten_when_the_person_says_so(qtbot, make_window) -> None:
    first = make_window()
    start_as(qtbot, first, "Ana")
    close(first)

    second = make_window()
    assert second.welcome.nickname.text() == "Ana"
    box = second.welcome.remember_nickname
    assert box.isChecked() and box.isVisibleTo(second)
    box.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # off: and the nickname kept so far goes too
    assert not box.isChecked()
    assert AppSettings().get(settings.LAST_NICKNAME) == ""
    second.welcome.nickname.clear()
    start_as(qtbot, second, "Bo")
    close(second)

    third = make_window()
    assert third.welcome.nickname.text() == "", "Bo's nickname was not kept"
    assert not third.welcome.remember_nickname.isChecked(), "the choice itself is kept"


@pytest.mark.parametrize("through", ["--data-dir", "kiosk"])
def test_a_kiosk_or_a_chosen_folder_does_not_read_the_users_settings(
    tmp_path: Path, monkeypatch, settings_dir, through: str
) -> None:
    AppSettings().set(LANGUAGE, "es")  # the desktop user's own choice, in their config folder
    kiosk_data = tmp_path / "kiosk-data"
    if through == "kiosk":
        monkeypatch.setenv("CS_QUIZ_DATA_DIR", str(kiosk_data))
        keep_settings_with_results(argparse.Namespace(data_dir=None), always=True)
    else:
        keep_settings_with_results(argparse.Namespace(data_dir=kiosk_data))
    try:
        assert AppSettings().get(LANGUAGE) == ""
        assert settings.settings_file() == kiosk_data / settings.FILE_NAME
        assert oct(kiosk_data.stat().st_mode & 0o777) == oct(0o700)
    finally:
        settings.keep_in(None)
    assert AppSettings().get(LANGUAGE) == "es"
