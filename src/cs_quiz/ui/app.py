"""Start the desktop app: ``run(args)`` is what ``cs-quiz`` (no command) and ``cs-quiz gui`` call.

``args`` carries ``data_dir`` (Path | None), ``kiosk`` (bool; kiosk mode is built elsewhere), ``bank`` and
``section`` (ids to preselect), ``lang`` (interface language) and, optionally, ``banks`` (a folder or a list of
bank files to use instead of the bundled ones — the tests' way in, and a facilitator's).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # imported by the functions below, inside start-up's pause of the garbage collector
    from .main_window import MainWindow


@contextmanager
def start_up() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the app imports its modules and builds its first window.

    Start-up creates tens of thousands of objects that live as long as the app (classes, Qt's enums, widgets), and
    the collector would walk them several times before the first paint for nothing; afterwards they are frozen
    (never walked again) and collection resumes as normal. The same idea as Mercurial's ``nogc``; see gc.freeze.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The running QApplication, or a new one named for QSettings, in the theme and text size last chosen."""
    from . import theme
    from .settings import APPLICATION, ORGANISATION, AppSettings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv[:1]))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("cs-quiz")
    theme.apply(app, *theme.stored_choice(AppSettings()))
    return app


def bank_paths(args: argparse.Namespace) -> list[Path] | None:
    given = getattr(args, "banks", None)
    if not given:
        return None
    return [Path(p) for p in given] if isinstance(given, list | tuple) else [Path(given)]


def build(args: argparse.Namespace) -> MainWindow:
    """The main window; it opens the store in ``args.data_dir`` and loads the banks in the background."""
    from .language import install_language  # --lang, else the remembered choice, else the system's
    from .main_window import MainWindow

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
    with start_up():
        app = application()
        window = build(args)
        window.show()
    return app, window


def run(args: argparse.Namespace) -> int:
    app, window = start(args)
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return int(code)
