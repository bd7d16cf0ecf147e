"""Start the desktop app: ``run(args)`` is what ``cs-quiz`` (no command) and ``cs-quiz gui`` call.

``args`` carries ``data_dir`` (Path | None), ``kiosk`` (bool; kiosk mode is built elsewhere), ``bank`` and
``section`` (ids to preselect), ``lang`` (interface language) and, optionally, ``banks`` (a folder or a list of
bank files to use instead of the bundled ones — the tests' way in, and a facilitator's).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from cs_quiz.packaged import resource
from cs_quiz.startup import paused_gc

if TYPE_CHECKING:  # imported by the functions below, inside start-up's pause of the garbage collector
    from cs_quiz.ui.main_window import MainWindow


# The app's id: the .desktop file's name (resources/linux/), the metainfo id, the icon's name and the desktop file
# name Qt gives the windows (a Wayland app_id), so a dock shows our icon and groups our windows under our entry.
APP_ID = "io.github.cs_quiz.CsQuiz"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the PNGs in resources/icons/, from tools/make_icons.py


def app_icon() -> QIcon:
    """Every window's icon (dialogs and the kiosk too): the PNGs, read only when a size is first drawn."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource("icons", f"{APP_ID}-{size}.png")), QSize(size, size))
    return icon


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication, or a new one named for QSettings, in the theme and text size last chosen."""
    from cs_quiz.ui import theme
    from cs_quiz.ui.settings import APPLICATION, ORGANISATION, AppSettings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("cs-quiz")
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    theme.apply(app, *theme.stored_choice(AppSettings()))
    return app


def bank_paths(args: argparse.Namespace) -> list[Path] | None:
    given = getattr(args, "banks", None)
    if not given:
        return None
    return [Path(p) for p in given] if isinstance(given, list | tuple) else [Path(given)]


def keep_settings_with_results(args: argparse.Namespace, *, always: bool = False) -> None:
    """When a results folder is chosen (``--data-dir``, ``CS_QUIZ_DATA_DIR``), or ``always`` (the kiosk), the
    settings live in it too: a class's or a kiosk's folder never shows another person's choices."""
    from cs_quiz.store.folder import chosen_data_dir, resolve_data_dir
    from cs_quiz.ui import settings

    explicit = getattr(args, "data_dir", None)
    settings.keep_in(resolve_data_dir(explicit) if always or chosen_data_dir(explicit) else None)


def build(args: argparse.Namespace) -> MainWindow:
    """The main window; it opens the store in ``args.data_dir`` and loads the banks in the background."""
    from cs_quiz.ui.language import install_language  # --lang, else the remembered choice, else the system's
    from cs_quiz.ui.main_window import MainWindow

    keep_settings_with_results(args)  # before the application reads the theme and the language
    app = application()
    install_language(app, getattr(args, "lang", None))
    window = MainWindow(
        data_dir=getattr(args, "data_dir", None),
        bank_paths=bank_paths(args),
        preferred_bank=getattr(args, "bank", None) or "",
        preferred_section=getattr(args, "section", None) or "",
    )
    window.restore_placement()
    return window


def start(args: argparse.Namespace) -> tuple[QApplication, MainWindow]:
    """The application and its main window, shown; the event loop is not running yet."""
    with paused_gc():
        window = build(args)  # which makes the application first
        window.show()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app, window


def run(args: argparse.Namespace) -> int:
    app, window = start(args)
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return int(code)
