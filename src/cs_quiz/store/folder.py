"""Where the results folder is (no SQLite here: the desktop app asks before its first window, when the database is
not opened yet, so that its settings can live with the results)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "cs-quiz"
ENV_DATA_DIR = "CS_QUIZ_DATA_DIR"


def chosen_data_dir(explicit: Path | None) -> bool:
    """Whether the person chose the folder (``--data-dir`` or ``$CS_QUIZ_DATA_DIR``) rather than taking the default."""
    return explicit is not None or bool(os.environ.get(ENV_DATA_DIR, "").strip())


def resolve_data_dir(explicit: Path | None) -> Path:
    """Where results live: ``--data-dir`` if given, else ``$CS_QUIZ_DATA_DIR``, else the platform's user data dir."""
    if explicit is not None:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR, "").strip()
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
