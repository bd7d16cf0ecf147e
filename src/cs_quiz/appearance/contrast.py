"""WCAG 2.2 contrast: every pair of colours the app puts next to each other, and the arithmetic that checks them.

:data:`PAIRS` lists each foreground/background pair of colour roles that the style sheet and the chart draw
together; a test checks every pair in every theme of :mod:`cs_quiz.appearance.themes` (and a broken theme is
caught). Relative
luminance comes from linearised sRGB (threshold 0.04045) and the ratio is ``(L1 + 0.05) / (L2 + 0.05)``; text
needs 4.5:1 (AA), graphics and focus indicators 3:1, and the high contrast theme aims at 7:1 (AAA) for text.
No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from cs_quiz.appearance.themes import HIGH_CONTRAST, Theme, colour

Kind = Literal["text", "graphic"]

TEXT_AA = 4.5
TEXT_AAA = 7.0
GRAPHIC = 3.0


@dataclass(frozen=True)
class Pair:
    """A foreground role drawn on a background role somewhere in the app (``where`` says where)."""

    fg: str
    bg: str
    kind: Kind
    where: str


def _pairs() -> tuple[Pair, ...]:
    p: list[Pair] = []

    def text(fg: str, bgs: tuple[str, ...], where: str) -> None:
        p.extend(Pair(fg, bg, "text", where) for bg in bgs)

    def graphic(fg: str, bgs: tuple[str, ...], where: str) -> None:
        p.extend(Pair(fg, bg, "graphic", where) for bg in bgs)

    text("text", ("window", "surface"), "body text on the page and on cards, lists, inputs, buttons and menus")
    text("muted", ("window", "surface"), "hints, notes, counters")
    text("heading", ("window", "surface"), "titles and headings")
    text("text", ("button_hover", "button_pressed"), "a button's text while hovered and pressed")
    text("disabled_text", ("surface", "window"), "a disabled button's text")
    text("on_accent", ("accent", "accent_hover", "accent_pressed"), "the main action's text, also hovered and pressed")
    text("text", ("focus_fill",), "a focused radio button or check box")
    text("text", ("situation_bg",), "the scenario's situation")
    text("flag_text", ("flag_bg", "window"), "the Flagged badge; the note on a capped band")
    text("error", ("surface",), "a problem with an answer, on the question card")
    text("text", ("warning_bg", "info_bg"), "the message bar and the resume box")
    text("muted", ("info_bg",), "notes inside the resume box")
    text("selection_text", ("selection_bg",), "the selected list row and menu item")
    text("link", ("window", "surface"), "links")
    text("text", ("surface",), "chart labels and scores (the chart is painted on the page)")
    text("muted", ("window",), "chart tick values and 'not enough answers'")
    graphic("focus", ("window", "surface", "focus_fill", "info_bg", "warning_bg"), "the focus ring")
    graphic("control_border", ("window", "surface", "info_bg"), "the outline of buttons and inputs")
    graphic("progress", ("surface",), "the progress bar's filled part")
    graphic("muted", ("window",), "a scroll bar's handle in its trough")
    graphic("situation_rule", ("situation_bg",), "the bar beside the situation")
    graphic("chart_outline", ("window", "surface"), "the outline of bars and legend swatches")
    graphic("chart_axis", ("window", "surface"), "the chart's 0 axis")
    for i in range(4):
        band = f"chart_band{i}"
        graphic(band, ("window", "surface"), "a bar's fill against the page")
        graphic("chart_ink", (band,), "a band's pattern against its fill (the cue that is not colour)")
    return tuple(p)


PAIRS: tuple[Pair, ...] = _pairs()

# Roles with no contrast duty: decorative lines whose meaning is carried by text beside them.
DECORATIVE: frozenset[str] = frozenset({"border", "chart_grid", "warning_rule", "info_rule"})


def rgb(value: str) -> tuple[int, int, int]:
    """``#rrggbb`` (or ``#aarrggbb``, alpha ignored) as 0–255 channels; ValueError for anything else."""
    m = re.fullmatch(r"#(?:[0-9a-fA-F]{2})?([0-9a-fA-F]{2})([0-9a-fA-F]{2})([0-9a-fA-F]{2})", value)
    if m is None:
        raise ValueError(f"not a #rrggbb colour: {value!r}")
    r, g, b = (int(x, 16) for x in m.groups())
    return r, g, b


def relative_luminance(value: str) -> float:
    """WCAG 2.2 relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(value))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white); the order does not matter."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def required(theme_: Theme, kind: Kind) -> float:
    """The ratio a pair of ``kind`` must reach in ``theme_``: 4.5 for text (7 in high contrast), 3 for graphics."""
    if kind == "graphic":
        return GRAPHIC
    return TEXT_AAA if theme_.id == HIGH_CONTRAST.id else TEXT_AA


@dataclass(frozen=True)
class Measured:
    pair: Pair
    fg: str
    bg: str
    ratio: float
    needed: float

    @property
    def ok(self) -> bool:
        return self.ratio >= self.needed


def measure(theme_: Theme) -> list[Measured]:
    """Every pair of :data:`PAIRS` in ``theme_`` with its ratio and the ratio it needs."""
    out = []
    for pair in PAIRS:
        fg, bg = colour(theme_, pair.fg), colour(theme_, pair.bg)
        out.append(Measured(pair, fg, bg, contrast_ratio(fg, bg), required(theme_, pair.kind)))
    return out


def failures(theme_: Theme) -> list[str]:
    """Readable lines for every pair below its required ratio (empty when the theme passes)."""
    return [
        f"{theme_.id}: {m.pair.fg} {m.fg} on {m.pair.bg} {m.bg} = {m.ratio:.2f}:1 < {m.needed}:1 ({m.pair.where})"
        for m in measure(theme_)
        if not m.ok
    ]
