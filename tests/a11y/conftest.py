"""Accessibility tests: offscreen, each with its own data, QSettings and bank folders (tests/gui_fixtures.py); the
theme and text size are put back to light at 100 % afterwards (the QApplication outlives a test), and announcements
are recorded."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from cs_quiz.ui import announcer, theme
from gui_fixtures import banks_dir, data_dir, make_window, settings_dir  # noqa: F401 - fixtures, found by name


@pytest.fixture(autouse=True)
def light_at_normal_size(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply(qapp, "light", theme.NORMAL_SIZE)


Announced = list[tuple[QWidget, str, bool]]


@pytest.fixture(autouse=True)
def announced(monkeypatch: pytest.MonkeyPatch) -> Announced:
    """Every announcement made, as (widget, text, assertive); Qt offers Python no way to see the real events."""
    said: Announced = []

    def record(widget: QWidget, text: str, *, assertive: bool = False) -> None:
        if text:
            said.append((widget, text, assertive))

    monkeypatch.setattr(announcer, "announce", record)
    return said
