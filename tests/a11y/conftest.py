"""Accessibility tests: offscreen, each with its own data, QSettings and bank folders; the theme and text size are put
back to light at 100 % afterwards (the QApplication outlives a test), and announcements are recorded."""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cs_quiz.ui import announcer, theme
from cs_quiz.ui.app import build
from cs_quiz.ui.main_window import MainWindow

SMALL = Path(__file__).resolve().parent.parent / "fixtures" / "banks" / "small.yaml"


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    theme.apply(qapp, "light", theme.NORMAL_SIZE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def banks_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    shutil.copy(SMALL, folder / "small.yaml")
    return folder


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


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path, banks_dir: Path) -> Iterator[MakeWindow]:
    """Build and show the real window (as ``run`` does) and wait until its banks are loaded."""
    made: list[MainWindow] = []

    def make(banks: Path | list[Path] | None = None, size: tuple[int, int] | None = None) -> MainWindow:
        args = argparse.Namespace(
            data_dir=data_dir, kiosk=False, bank=None, section=None, lang=None, banks=banks or banks_dir
        )
        window = build(args)
        qtbot.addWidget(window)
        made.append(window)
        if size is not None:
            window.resize(*size)
        with qtbot.waitSignal(window.banks_ready, timeout=10000):
            window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    yield make
    for w in made:
        if w.store is not None:
            w.store.close()
