"""The colour themes (light, dark, high contrast) as plain data, and the style sheet template filled in from them.

No Qt here: the style sheet template (``resources/style.qss``) names colour roles as ``${role}`` and point sizes as
``${12pt}``; :func:`fill_template` turns it into a style sheet for one theme and text size. The GUI applies it
(``cs_quiz.ui.theme``); the chart gets the ``chart_*`` roles. :mod:`cs_quiz.appearance.contrast` checks every pair of
colours the app puts next to each other against WCAG 2.2, in every theme.

Colours are ``#rrggbb``. The app imports this module at every start, before its first window: it stays small
(``Theme`` is a NamedTuple, which Python builds many times faster than a dataclass of 37 fields).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import NamedTuple

# The text sizes people can choose, in percent (the desktop app's View menu and the kiosk's options).
TEXT_SIZES: tuple[int, ...] = (80, 90, 100, 110, 125, 150, 175, 200)
REFERENCE_PT = 9.0  # the template's point sizes are designed for a 9 pt body font (Qt's usual default)


class Theme(NamedTuple):
    """Every colour role the style sheet and the chart use. Field names are the template's ``${role}`` names."""

    id: str
    name: str  # English; the GUI shows a translated name
    window: str  # page background
    surface: str  # cards, inputs, lists, buttons, menus
    text: str
    muted: str  # secondary text (hints, notes, counters)
    heading: str
    border: str  # decorative borders (cards, lists); the content inside identifies them
    control_border: str  # borders of buttons and inputs: the only outline of a control, so 3:1 like graphics
    button_hover: str
    button_pressed: str
    disabled_text: str
    accent: str  # the main action's background
    on_accent: str  # the main action's text
    accent_hover: str
    accent_pressed: str
    focus: str  # the focus ring
    focus_fill: str  # background of a focused radio button or check box
    situation_bg: str
    situation_rule: str
    flag_text: str
    flag_bg: str
    error: str  # a problem with an answer (on the question card)
    warning_bg: str  # the message bar
    warning_rule: str
    info_bg: str  # the message bar's notices and the resume box
    info_rule: str
    selection_bg: str
    selection_text: str
    progress: str  # the progress bar's filled part
    link: str
    chart_grid: str  # dashed guide lines at 25/50/75 (decorative: the scores are written on the bars)
    chart_axis: str
    chart_outline: str  # around every bar and legend swatch
    chart_ink: str  # the band patterns drawn over the bar fills
    chart_bands: tuple[str, ...]  # bar fills from the lowest band up
    focus_width: int = 2  # px


@cache  # fill_template looks a role up for every placeholder: ~250 per style sheet
def roles() -> tuple[str, ...]:
    """The colour role names (every field but ``id``, ``name``, ``chart_bands`` and ``focus_width``)."""
    skip = {"id", "name", "chart_bands", "focus_width"}
    return tuple(name for name in Theme._fields if name not in skip)


def colour(theme: Theme, role: str) -> str:
    """The colour of ``role`` (``chart_band0``, ``chart_band1``… index ``chart_bands``)."""
    if role.startswith("chart_band") and role[len("chart_band") :].isdigit():
        return theme.chart_bands[int(role[len("chart_band") :])]
    if role not in roles():
        raise KeyError(role)
    value: str = getattr(theme, role)
    return value


LIGHT = Theme(
    id="light",
    name="Light",
    window="#f5f6f8",
    surface="#ffffff",
    text="#1f2328",
    muted="#59636e",
    heading="#0b3c5d",
    border="#d1d9e0",
    control_border="#6e7781",
    button_hover="#eef1f4",
    button_pressed="#dfe4ea",
    disabled_text="#5f6872",
    accent="#1f5fa8",
    on_accent="#ffffff",
    accent_hover="#174a84",
    accent_pressed="#123a68",
    focus="#c25400",
    focus_fill="#fff1dc",
    situation_bg="#eef4fa",
    situation_rule="#1f5fa8",
    flag_text="#7a4100",
    flag_bg="#fff1dc",
    error="#a40e26",
    warning_bg="#fff4e0",
    warning_rule="#b06a00",
    info_bg="#e9f2fb",
    info_rule="#1f5fa8",
    selection_bg="#d6e6f7",
    selection_text="#1f2328",
    progress="#2f7ac4",
    link="#0b57b0",
    chart_grid="#d1d9e0",
    chart_axis="#6e7781",
    chart_outline="#3d444d",
    chart_ink="#ffffff",
    chart_bands=("#b23c17", "#8a5d00", "#1f6fb2", "#1b7a55"),
)

DARK = Theme(
    id="dark",
    name="Dark",
    window="#16191d",
    surface="#22272e",
    text="#e6edf3",
    muted="#a8b1bb",
    heading="#9ccbff",
    border="#3d444d",
    control_border="#8b949e",
    button_hover="#2d333b",
    button_pressed="#373e47",
    disabled_text="#9aa3ad",
    accent="#58a6ff",
    on_accent="#0d1117",
    accent_hover="#79b8ff",
    accent_pressed="#a5cdff",
    focus="#ffa657",
    focus_fill="#3d2a12",
    situation_bg="#1b2a3b",
    situation_rule="#58a6ff",
    flag_text="#ffc47a",
    flag_bg="#3d2a12",
    error="#ff9492",
    warning_bg="#3a2c12",
    warning_rule="#d29922",
    info_bg="#132a42",
    info_rule="#58a6ff",
    selection_bg="#1f4a7a",
    selection_text="#ffffff",
    progress="#58a6ff",
    link="#79b8ff",
    chart_grid="#3d444d",
    chart_axis="#8b949e",
    chart_outline="#c9d1d9",
    chart_ink="#0d1117",
    chart_bands=("#f0876a", "#e9b949", "#7fb6e0", "#56c596"),
)

HIGH_CONTRAST = Theme(
    id="high-contrast",
    name="High contrast",
    window="#000000",
    surface="#000000",
    text="#ffffff",
    muted="#e0e0e0",
    heading="#ffffff",
    border="#ffffff",
    control_border="#ffffff",
    button_hover="#1a1a1a",
    button_pressed="#333333",
    disabled_text="#c8c8c8",
    accent="#ffff00",
    on_accent="#000000",
    accent_hover="#ffffff",
    accent_pressed="#00ffff",
    focus="#00e5ff",
    focus_fill="#002f35",
    situation_bg="#000000",
    situation_rule="#ffff00",
    flag_text="#ffff00",
    flag_bg="#000000",
    error="#ff9e9e",
    warning_bg="#000000",
    warning_rule="#ffff00",
    info_bg="#000000",
    info_rule="#00e5ff",
    selection_bg="#ffff00",
    selection_text="#000000",
    progress="#ffff00",
    link="#00ffff",
    chart_grid="#808080",
    chart_axis="#ffffff",
    chart_outline="#ffffff",
    chart_ink="#000000",
    chart_bands=("#ff9a7a", "#ffd84d", "#8fd3ff", "#7ee0a5"),
    focus_width=3,
)

THEMES: dict[str, Theme] = {t.id: t for t in (LIGHT, DARK, HIGH_CONTRAST)}
DEFAULT = LIGHT.id


def theme(theme_id: str) -> Theme:
    """The theme called ``theme_id``, or the default one for an unknown id (an old settings file)."""
    return THEMES.get(theme_id, THEMES[DEFAULT])


_PLACEHOLDER = re.compile(r"\$\{([a-z_0-9]+|\d+(?:\.\d+)?pt|\d+px)\}")


def placeholders(template: str) -> set[str]:
    """The ``${…}`` names used in a style sheet template."""
    return set(_PLACEHOLDER.findall(template))


# Placeholders that name an image rather than a colour (spin box arrows, a chosen radio's dot: in the text colours).
IMAGES = ("arrow_up", "arrow_down", "arrow_up_disabled", "arrow_down_disabled", "radio_dot", "radio_dot_disabled")


def fill_template(
    template: str,
    theme_: Theme,
    scale: float = 1.0,
    base_pt: float = REFERENCE_PT,
    images: Mapping[str, str] | None = None,
) -> str:
    """The style sheet for ``theme_``: ``${role}`` becomes the role's colour, ``${12pt}`` becomes 12 pt times
    ``scale`` times ``base_pt / REFERENCE_PT`` (so headings follow the person's text size and the system font),
    ``${8px}`` 8 px times ``scale``, ``${focus_width}`` the focus ring's width in px, ``${radio_radius}`` half a
    radio button's indicator (round at every size), and a name in ``images`` that image's path (the spin boxes'
    arrows, drawn in the theme's colours). An unknown name raises KeyError; a ``$`` that is not a placeholder raises
    ValueError."""
    factor = scale * base_pt / REFERENCE_PT

    def px(n: int) -> int:
        return max(1, round(n * scale))

    # Half the radio indicator's outer size (8 px wide, 3 px padding, 2 px border), from the same rounded values:
    # a radius of more than half makes Qt draw the circle as a square (at 150 %, 9 px rounds past 8 + 3 + 2 does).
    radio_radius = (px(8) + 2 * px(3) + 2 * px(2)) // 2

    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if images is not None and name in images:
            return images[name]
        if name.endswith("pt"):
            return f"{float(name[:-2]) * factor:.1f}pt"
        if name == "focus_width":
            return f"{theme_.focus_width}px"
        if name == "radio_radius":
            return f"{radio_radius}px"
        if name.endswith("px"):
            return f"{px(int(name[:-2]))}px"
        return colour(theme_, name)

    filled = _PLACEHOLDER.sub(one, template)
    if "$" in filled:
        raise ValueError("the style sheet has a malformed ${…} placeholder")
    return filled
