"""The app's own settings (window state and remembered choices), declared once with their defaults.

Stored with QSettings in INI format under the user's config folder — or, when a results folder is chosen
(``--data-dir``, ``CS_QUIZ_DATA_DIR``) and always in the kiosk, in ``settings.ini`` inside that folder
(:func:`keep_in`), so one class's or one kiosk's folder never shows another person's choices and nickname. Tests point
QSettings at a temporary folder with ``QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
tmp)`` and call ``keep_in(None)``. Results and attempts are not settings: they live in the store.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from cs_quiz.appearance.themes import TEXT_SIZES, THEMES
from cs_quiz.options import Option

ORGANISATION = "cs-quiz"
APPLICATION = "cs-quiz"

# Declared like the kiosk's options (cs_quiz.options.Option): "window/" is saved window state, "choice/" something
# the person chose. A value that does not fit (a hand-edited file) reads as the default.
GEOMETRY = Option("geometry", bytes, b"", group="window/")
FULL_SCREEN = Option("fullScreen", bool, False, group="window/")
LAST_BANK = Option("bank", str, "", group="choice/")
LAST_NICKNAME = Option("nickname", str, "", group="choice/")
REMEMBER_NICKNAME = Option("rememberNickname", bool, True, group="choice/")  # off: none of the person's details kept
# Kept only while REMEMBER_NICKNAME is on (issue 18), so a shared computer never offers one person's code to the next.
LAST_CODE = Option("participantCode", str, "", group="choice/")
LAST_COHORT = Option("cohort", str, "", group="choice/")
SHOW_STANDING = Option("showStanding", bool, False, group="choice/")  # "where I stand in this class": opt-in
THEME = Option("theme", str, "", choices=("", *THEMES), group="choice/")  # "": follow the system (ui.theme)
TEXT_SIZE = Option("textSize", int, 100, minimum=TEXT_SIZES[0], maximum=TEXT_SIZES[-1], unit="%", group="choice/")
ALL = (
    GEOMETRY,
    FULL_SCREEN,
    LAST_BANK,
    LAST_NICKNAME,
    REMEMBER_NICKNAME,
    LAST_CODE,
    LAST_COHORT,
    SHOW_STANDING,
    THEME,
    TEXT_SIZE,
)
FILE_NAME = "settings.ini"

_folder: Path | None = None  # where this run keeps its settings; None: the user's config folder


def keep_in(folder: Path | None) -> None:
    """Keep this run's settings in ``folder``/settings.ini (a chosen results folder, a kiosk's), or in the user's
    config folder (None). Called before the application reads its theme and language."""
    global _folder
    _folder = folder
    if folder is not None:
        # Made as the store makes it (its owner's alone), in case a setting is written before the store opens; a
        # folder that cannot be made keeps no settings, and the store says why.
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def settings_file() -> Path | None:
    """The file of :func:`keep_in`, or None for the user's config folder."""
    return None if _folder is None else _folder / FILE_NAME


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        here = settings_file()
        if store is None and here is not None:
            store = QSettings(str(here), QSettings.Format.IniFormat)
        self._q = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)

    def get(self, setting: Option) -> Any:
        value = self._q.value(setting.key)
        if isinstance(value, QByteArray):
            value = value.data()
        return setting.read(value, as_text=True)  # an INI file keeps everything as text

    def set(self, setting: Option, value: Any) -> None:
        self._q.setValue(setting.key, QByteArray(value) if setting.kind is bytes else value)

    def restore_window(self, window: QWidget) -> bool:
        """Put the window where it was; False when there is nothing saved (the caller picks a size)."""
        geometry = self.get(GEOMETRY)
        return bool(geometry) and window.restoreGeometry(QByteArray(geometry))

    def save_window(self, window: QWidget) -> None:
        self.set(GEOMETRY, window.saveGeometry().data())
        self.set(FULL_SCREEN, window.isFullScreen())
        self._q.sync()
