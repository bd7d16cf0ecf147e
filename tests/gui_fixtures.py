"""Fixtures the GUI test folders share (tests/ui, tests/a11y, tests/i18n, tests/kiosk): each test gets its own
QSettings folder and data folder, and ``make_window`` opens the real main window as ``cs-quiz`` does.

A folder's conftest.py imports the fixtures it wants by name (pytest finds fixtures in a conftest's namespace);
``pythonpath = ["tests"]`` in pyproject.toml makes this module importable from every folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSpinBox
from pytestqt.qtbot import QtBot

from cs_quiz.ui.app import build
from cs_quiz.ui.main_window import MainWindow

SMALL = Path(__file__).resolve().parent / "fixtures" / "banks" / "small.yaml"

MakeWindow = Callable[..., MainWindow]


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, qapp: QApplication) -> Path:
    """A QSettings folder of the test's own: the person's settings are never read or changed. (A window built with
    a data folder keeps its settings there instead, as ``cs-quiz --data-dir`` does.)"""
    from cs_quiz.ui import settings

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    settings.keep_in(None)
    return folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def banks_dir(tmp_path: Path) -> Path:
    """A folder holding the small test bank."""
    folder = tmp_path / "banks"
    folder.mkdir()
    shutil.copy(SMALL, folder / "small.yaml")
    return folder


@pytest.fixture
def make_window(qtbot: QtBot, data_dir: Path, banks_dir: Path) -> Iterator[MakeWindow]:
    """``make_window(banks=None, lang=None, size=None, **options)``: build and show the real window as ``cs-quiz
    --lang LANG`` does (with the small test bank unless ``banks`` names others), at ``size`` if given, and wait
    until its banks are loaded. Its store is closed after the test."""
    made: list[MainWindow] = []

    def make(
        banks: Path | list[Path] | None = None,
        lang: str | None = None,
        size: tuple[int, int] | None = None,
        **options: object,
    ) -> MainWindow:
        args = argparse.Namespace(
            data_dir=data_dir, kiosk=False, bank=None, section=None, lang=lang, banks=banks or banks_dir, **options
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


def run_probe(code: str, tmp_path: Path, timeout: float = 60) -> dict[str, Any]:
    """Run ``code`` in a fresh process, offscreen, with a data folder and a settings folder of its own (for what
    can only be seen from a fresh start: imports, the real entry point); ``code`` prints one JSON line last."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CS_QUIZ_DATA_DIR": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def writes_landed(window: Any) -> None:
    """Wait until every write the window's attempt handed to its store lane has run, and the lane's answers have
    come back to the GUI thread (answers are saved off the GUI thread: issue 13)."""
    assert window.lane.wait(10_000), "the store lane did not finish its writes in 10 s"
    QApplication.processEvents()


def shown_ids(window: Any, question_id: str) -> list[str]:
    """The option ids of a question in the order this attempt shows them (scenario, single and multi options are
    shuffled per attempt: issue 14), so a test that presses "1" knows which option that is."""
    session = window.session
    assert session is not None
    return [o.id for o in session.options_of(session.bank.questions[question_id])]


def arrow_ink(spin: Any) -> int:
    """How many dark-on-light (or light-on-dark) pixels the up button holds: its arrow."""
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    area = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, spin)
    image = spin.grab().toImage()
    scale = image.width() / max(1, spin.width())
    background = image.pixelColor(round((area.left() + 2) * scale), round((area.top() + 2) * scale)).lightness()
    ink = 0
    for x in range(round(area.left() * scale), round(area.right() * scale)):
        for y in range(round(area.top() * scale), round(area.bottom() * scale)):
            if abs(image.pixelColor(x, y).lightness() - background) > 100:
                ink += 1
    return ink
