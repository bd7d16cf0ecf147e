"""The kiosk's look: the facilitator's theme and text size, with larger type for reading at arm's length.

The app's style sheet and palette give the theme; the kiosk's own style sheet (``resources/kiosk/kiosk.qss``) is
filled from the same colours and added after it.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QApplication

from cs_quiz.appearance.themes import DEFAULT, THEMES, Theme, fill_template
from cs_quiz.appearance.themes import theme as theme_by_id
from cs_quiz.packaged import read_resource
from cs_quiz.ui import theme

KIOSK_FONT_PX = 20


@cache  # a file inside the package: read once, filled for every change of look
def kiosk_template() -> str:
    return read_resource("kiosk", "kiosk.qss")


def kiosk_style(theme_: Theme | None = None, size: int = theme.NORMAL_SIZE) -> str:
    """The kiosk's style sheet (``resources/kiosk/kiosk.qss``) in ``theme_`` (light by default) at ``size`` %."""
    return fill_template(kiosk_template(), theme_ or THEMES[DEFAULT], size / 100)


def apply_kiosk_look(app: QApplication, theme_id: str = DEFAULT, size: int = theme.NORMAL_SIZE) -> None:
    """The facilitator's theme and text size, with larger type for reading at arm's length: the app's style sheet
    and palette for the theme, then the kiosk's style sheet filled from the same colours.

    The size goes on the application font (``KIOSK_FONT_PX`` at 100 %): the app's style sheet styles every widget,
    which stops a font set on the window from reaching its children. Headings keep their own (larger) sizes from
    the style sheets, scaled by the same percentage.
    """
    chosen, size = theme_by_id(theme_id), theme.clamp_size(size)
    font = theme.base_font(app)
    font.setPixelSize(max(1, round(KIOSK_FONT_PX * size / 100)))
    theme.put(app, chosen, size, font, theme.style_sheet(chosen, size) + "\n" + kiosk_style(chosen, size))
