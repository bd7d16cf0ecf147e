"""GUI tests: offscreen, each with its own data folder, QSettings folder and bank folder."""

from __future__ import annotations

import argparse
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


import pytest
from gui_helpers import SMALL
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from cs_quiz.ui.app import build
from cs_quiz.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, qapp: QApplication) -> Path:
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def banks_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    shutil.copy(SMALL, folder / "small.yaml")
    return folder


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot, data_dir: Path, banks_dir: Path) -> Iterator[MakeWindow]:  # type: ignore[no-untyped-def]
    """Build and show the real window (as ``run`` does) and wait until its banks are loaded."""
    made: list[MainWindow] = []

    def make(banks: Path | list[Path] | None = None, **extra: object) -> MainWindow:
        args = argparse.Namespace(
            data_dir=data_dir, kiosk=False, bank=None, section=None, lang=None, banks=banks or banks_dir, **extra
        )
        window = build(args)
        assert window is not None
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
