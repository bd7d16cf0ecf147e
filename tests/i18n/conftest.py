"""Language tests: offscreen, each with its own data, QSettings and bank folders (tests/gui_fixtures.py), and English
restored after."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from cs_quiz.ui import language
from gui_fixtures import SMALL as SMALL_EN
from gui_fixtures import banks_dir, data_dir, make_window, settings_dir  # noqa: F401 - fixtures, found by name

SMALL_ES = Path(__file__).resolve().parent / "fixtures" / "small.es.yaml"


@pytest.fixture(autouse=True)
def english_after(qapp: QApplication) -> Iterator[None]:
    """The application outlives a test: take our translators out and put the default locale back."""
    before = QLocale()
    yield
    language.remove_translators(qapp)
    QLocale.setDefault(before)
    qapp.processEvents()


@pytest.fixture
def both_banks(tmp_path: Path) -> Path:
    """The small test bank in English and in Spanish (same id)."""
    folder = tmp_path / "banks-both"
    folder.mkdir()
    shutil.copy(SMALL_EN, folder / "small.yaml")
    shutil.copy(SMALL_ES, folder / "small.es.yaml")
    return folder
