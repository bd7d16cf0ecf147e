"""Kiosk GUI tests: offscreen unless a display is chosen, each test with its own data folder and QSettings folder.

``make_kiosk`` builds the real :class:`KioskWindow` over a fresh store and the small test bank (its quick
section: three questions), with a fake clock for the PIN lockout and a short corner hold.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from kiosk_helpers import PIN
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

import gui_fixtures
from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store

SMALL = gui_fixtures.SMALL
settings_dir = gui_fixtures.settings_dir  # fixtures, found by name
data_dir = gui_fixtures.data_dir


class FakeClock:
    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store.open(data_dir)
    yield s
    s.close()


@pytest.fixture(scope="session")
def small_bank() -> Bank:
    bank = load_bank(SMALL).bank
    assert bank is not None
    return bank


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_kiosk(qtbot: Any, store: Store, small_bank: Bank, clock: FakeClock) -> Callable[..., Any]:
    from cs_quiz.ui import theme
    from cs_quiz.ui.app import application
    from cs_quiz.ui.kiosk.look import apply_kiosk_look
    from cs_quiz.ui.kiosk.shell import KioskWindow

    app = application()
    font, sheet, look = app.font(), app.styleSheet(), (theme.current_theme(), theme.current_size())
    apply_kiosk_look(app)
    made: list[Any] = []

    def make(pin: str | None = PIN, banks: Any = None, **options: Any) -> KioskWindow:
        """``banks``: by id (the small bank unless given; a BanksByLanguage offers its languages)."""
        if pin:
            pins.set_pin(store, pin)
        settings = ks.KioskSettings(bank="small", section="quick").with_values(**options)
        given = banks if banks is not None else {small_bank.meta.id: small_bank}
        window = KioskWindow(store, given, settings, clock=clock, hold_ms=50)
        qtbot.addWidget(window)
        window.showFullScreen()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        made.append(window)
        return window

    yield make
    for w in made:
        w.exit_kiosk()
    flush_deletes()
    theme.put(app, *look, font, sheet)  # the app's own GUI tests share this QApplication (palette included)


def flush_deletes() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
