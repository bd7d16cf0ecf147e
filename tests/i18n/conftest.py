"""Language tests: offscreen, each with its own data, QSettings and bank folders, and English restored after."""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cs_quiz.ui import language
from cs_quiz.ui.app import build
from cs_quiz.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent
SMALL_EN = HERE.parent / "fixtures" / "banks" / "small.yaml"
SMALL_ES = HERE / "fixtures" / "small.es.yaml"


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, qapp: QApplication) -> Path:
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    """The application outlives a test: take our translators out and put the default locale back."""
    before = QLocale()
    yield
    language.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.processEvents()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def both_banks(tmp_path: Path) -> Path:
    """The small test bank in English and in Spanish (same id)."""
    folder = tmp_path / "banks"
    folder.mkdir()
    shutil.copy(SMALL_EN, folder / "small.yaml")
    shutil.copy(SMALL_ES, folder / "small.es.yaml")
    return folder


@pytest.fixture
def english_only(tmp_path: Path) -> Path:
    folder = tmp_path / "banks-en"
    folder.mkdir()
    shutil.copy(SMALL_EN, folder / "small.yaml")
    return folder


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path) -> Iterator[MakeWindow]:
    """Build and show the real window as ``cs-quiz --lang …`` does, and wait until its banks are loaded."""
    made: list[MainWindow] = []

    def make(banks: Path, lang: str | None = None) -> MainWindow:
        args = argparse.Namespace(data_dir=data_dir, kiosk=False, bank=None, section=None, lang=lang, banks=banks)
        window = build(args)
        qtbot.addWidget(window)
        made.append(window)
        with qtbot.waitSignal(window.banks_ready, timeout=10000):
            window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        return window

    yield make
    for w in made:
        w.store.close()
