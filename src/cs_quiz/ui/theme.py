"""Apply a colour theme and a text size to the running QApplication, and remember both.

The style sheet is ``resources/style.qss`` filled in from :mod:`cs_quiz.appearance.themes`; the palette is set
from the same
colours, so what the style sheet does not reach (dialogs, menus, the history's trend chart) follows the theme too.
Text size is a percentage of the system's font (80–200 %): the application font and every point size in the
template are scaled by it. On first start (nothing stored) the theme follows the system's colour scheme and contrast
preference where Qt exposes them; the text size starts at 100 % of the system font.
"""

from __future__ import annotations

import atexit
import contextlib
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cs_quiz.appearance.themes import (
    DARK,
    DEFAULT,
    HIGH_CONTRAST,
    REFERENCE_PT,
    TEXT_SIZES,
    THEMES,
    Theme,
    fill_template,
)
from cs_quiz.appearance.themes import theme as theme_by_id
from cs_quiz.packaged import read_resource
from cs_quiz.ui.settings import TEXT_SIZE, THEME, AppSettings

if TYPE_CHECKING:
    from cs_quiz.report.chartpaint import ChartColors

NORMAL_SIZE = 100
_BASE = "csQuizBaseFont"  # application property: the system font, before any scaling of ours
_THEME = "csQuizTheme"  # application property: the id of the theme applied
_SIZE = "csQuizTextSize"


@cache  # a file inside the package: read once, not at every apply()
def template() -> str:
    return read_resource("style.qss")


def base_font(app: QGuiApplication) -> QFont:
    """The system's font, remembered the first time we scale anything (the app font is ours afterwards)."""
    stored = app.property(_BASE)
    if isinstance(stored, QFont):
        return QFont(stored)
    font = QFont(app.font())
    app.setProperty(_BASE, font)
    return QFont(font)


def _base_pt(font: QFont) -> float:
    size = font.pointSizeF()
    return size if size > 0 else font.pixelSize() * 72 / 96  # a pixel-sized system font, at the usual 96 dpi


# A spin box's arrows: a style sheet that draws the box draws no arrows, so they are images of ours (a triangle).
_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="{d}" fill="{c}"/></svg>'
ARROW = {
    "up": _SVG.replace("{d}", "M1 7.5 5 2.5 9 7.5z"),
    "down": _SVG.replace("{d}", "M1 2.5 5 7.5 9 2.5z"),
    "dot": _SVG.replace("{d}", "M5 0.5a4.5 4.5 0 1 0 0.001 0z"),  # a chosen radio: a round centre, not a square
}


@cache
def _image_folder() -> Path:
    """Where this run keeps the arrow images (a private temporary folder, removed when the app ends)."""
    folder = Path(tempfile.mkdtemp(prefix="cs-quiz-look-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


@cache
def arrow_images(colour: str, disabled: str) -> dict[str, str]:
    """The spin box arrows in ``colour`` (and ``disabled``), as files a style sheet can name: ``url(…)`` paths."""
    paths: dict[str, str] = {}
    for name, svg in ARROW.items():
        for role, fill in (("", colour), ("_disabled", disabled)):
            path = _image_folder() / f"{name}-{fill.lstrip('#')}.svg"
            with contextlib.suppress(OSError):  # no temporary folder: the arrows stay blank, the buttons still work
                if not path.exists():
                    path.write_text(svg.replace("{c}", fill), encoding="utf-8")
            paths[f"{'radio' if name == 'dot' else 'arrow'}_{name}{role}"] = path.as_posix()
    return paths


@cache  # start-up applies the theme up to three times (application(), build(), Appearance): fill it once
def style_sheet(theme: Theme | None = None, size: int = NORMAL_SIZE, base_pt: float = REFERENCE_PT) -> str:
    """The app's style sheet for ``theme`` (light by default) at ``size`` percent."""
    chosen = theme or THEMES[DEFAULT]
    images = arrow_images(chosen.text, chosen.disabled_text)
    return fill_template(template(), chosen, size / 100, base_pt, images)


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.button_hover,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.BrightText: theme.error,
        QPalette.ColorRole.Highlight: theme.selection_bg,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted,
        QPalette.ColorRole.Link: theme.link,
        QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.Light: theme.surface,
        QPalette.ColorRole.Midlight: theme.border,
        QPalette.ColorRole.Mid: theme.control_border,
        QPalette.ColorRole.Dark: theme.control_border,
        QPalette.ColorRole.Shadow: theme.text,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    return pal


def chart_colors(theme: Theme) -> ChartColors:
    from cs_quiz.report.chartpaint import ChartColors  # the painter (and the core it reads) is not needed to start

    return ChartColors(
        text=theme.text,
        muted=theme.muted,
        grid=theme.chart_grid,
        axis=theme.chart_axis,
        outline=theme.chart_outline,
        ink=theme.chart_ink,
        background="",
        bands=theme.chart_bands,
    )


def current_theme() -> Theme:
    """The theme applied to the running application (light when none was)."""
    app = QCoreApplication.instance()
    value = app.property(_THEME) if app is not None else None
    return theme_by_id(value if isinstance(value, str) else DEFAULT)


def current_size() -> int:
    app = QCoreApplication.instance()
    value = app.property(_SIZE) if app is not None else None
    return value if isinstance(value, int) else NORMAL_SIZE


def system_theme() -> str:
    """The theme the system asks for: high contrast, dark, or (unknown or light) the default."""
    hints = QGuiApplication.styleHints()  # kept referenced: its accessibility() child dies with it
    if hints is None:
        return DEFAULT
    if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return HIGH_CONTRAST.id
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return DARK.id
    return DEFAULT


def clamp_size(size: int) -> int:
    return min(TEXT_SIZES[-1], max(TEXT_SIZES[0], size))


def stored_choice(settings: AppSettings) -> tuple[str, int]:
    """(theme id, text size %) as remembered, or as the system suggests on first start."""
    chosen = settings.get(THEME)
    return (chosen if chosen in THEMES else system_theme()), clamp_size(settings.get(TEXT_SIZE))


def apply(app: QApplication, theme_id: str, size: int) -> None:
    """Put ``theme_id`` at ``size`` percent on ``app``: font, palette and style sheet (only what changed)."""
    theme = theme_by_id(theme_id)
    size = clamp_size(size)
    base = base_font(app)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * size / 100)
    else:
        font.setPixelSize(max(1, round(base.pixelSize() * size / 100)))
    put(app, theme, size, font, style_sheet(theme, size, _base_pt(base)))


def put(app: QApplication, theme: Theme, size: int, font: QFont, sheet: str) -> None:
    """Put ``font``, ``theme``'s palette and ``sheet`` on ``app`` (only what changed), and remember ``theme`` and
    ``size`` for :func:`current_theme` and :func:`current_size`. :func:`apply` and the kiosk (which has its own font
    and adds its own style sheet) both end here."""
    if app.font() != font:
        app.setFont(font)
    if app.property(_THEME) != theme.id:
        app.setPalette(palette(theme))
    app.setProperty(_THEME, theme.id)
    app.setProperty(_SIZE, size)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


class Appearance(QObject):
    """The person's theme and text size: applied to the application, changed from the View menu, remembered."""

    changed = Signal()

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.theme_id, self.size = stored_choice(settings)
        self._apply()

    def _apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply(app, self.theme_id, self.size)
        self.changed.emit()

    def set_theme(self, theme_id: str) -> None:
        if theme_id not in THEMES:
            raise KeyError(theme_id)
        self.theme_id = theme_id
        self.settings.set(THEME, theme_id)
        self._apply()

    def set_size(self, size: int) -> None:
        self.size = clamp_size(size)
        self.settings.set(TEXT_SIZE, self.size)
        self._apply()

    def larger(self) -> None:
        self.set_size(next((s for s in TEXT_SIZES if s > self.size), TEXT_SIZES[-1]))

    def smaller(self) -> None:
        self.set_size(next((s for s in reversed(TEXT_SIZES) if s < self.size), TEXT_SIZES[0]))

    def reset(self) -> None:
        self.set_size(NORMAL_SIZE)
