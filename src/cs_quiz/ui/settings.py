"""The app's own settings (window state and remembered choices), declared once with their defaults.

Stored with QSettings in INI format under the user's config folder; tests point QSettings at a temporary folder
with ``QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)``. Results and attempts are
not settings: they live in the store.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

ORGANISATION = "cs-quiz"
APPLICATION = "cs-quiz"


class Setting(NamedTuple):  # a NamedTuple, not a dataclass: read at every start, and quicker for Python to build
    key: str
    default: Any
    kind: str  # "window": saved window state; "choice": something the person chose


GEOMETRY = Setting("window/geometry", QByteArray(), "window")
FULL_SCREEN = Setting("window/fullScreen", False, "window")
LAST_BANK = Setting("choice/bank", "", "choice")
LAST_NICKNAME = Setting("choice/nickname", "", "choice")
THEME = Setting("choice/theme", "", "choice")  # "" = not chosen yet: follow the system (cs_quiz.ui.theme)
TEXT_SIZE = Setting("choice/textSize", 100, "choice")  # percent of the system font, 80-200
ALL = (GEOMETRY, FULL_SCREEN, LAST_BANK, LAST_NICKNAME, THEME, TEXT_SIZE)


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._q = store or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)

    def get(self, setting: Setting) -> Any:
        value = self._q.value(setting.key, setting.default)
        if isinstance(setting.default, bool):
            return value in (True, "true", "1", 1)
        if isinstance(setting.default, str):
            return str(value or "")
        if isinstance(setting.default, int):
            try:
                return int(value)  # type: ignore[call-overload]
            except (TypeError, ValueError):  # a hand-edited settings file
                return setting.default
        return value

    def set(self, setting: Setting, value: Any) -> None:
        self._q.setValue(setting.key, value)

    def restore_window(self, window: QWidget) -> bool:
        """Put the window where it was; False when there is nothing saved (the caller picks a size)."""
        geometry = self.get(GEOMETRY)
        return isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)

    def save_window(self, window: QWidget) -> None:
        self.set(GEOMETRY, window.saveGeometry())
        self.set(FULL_SCREEN, window.isFullScreen())
        self._q.sync()
