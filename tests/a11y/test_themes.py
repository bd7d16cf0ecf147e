"""The themes as data: every text/background pair the style sheet and the chart use meets WCAG 2.2 contrast in every
theme (text 4.5:1, 7:1 in high contrast; graphics and the focus ring 3:1), a low-contrast colour is caught, the
template names only colours the themes have, and the chart's bands differ by pattern, not colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from cs_quiz.appearance import contrast, themes
from cs_quiz.appearance.contrast import PAIRS, contrast_ratio, relative_luminance
from cs_quiz.appearance.themes import HIGH_CONTRAST, THEMES
from cs_quiz.packaged import read_resource
from cs_quiz.report import chartpaint

TEMPLATE = read_resource("style.qss")


def test_wcag_arithmetic() -> None:
    assert relative_luminance("#ffffff") == pytest.approx(1.0)
    assert relative_luminance("#000000") == pytest.approx(0.0)
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic "just fails AA"
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#0000ff", "#ffffff") == pytest.approx(8.59, abs=0.01)
    with pytest.raises(ValueError):
        contrast.rgb("red")


@pytest.mark.parametrize("theme_id", list(THEMES))
def test_every_pair_meets_its_contrast(theme_id: str) -> None:
    theme = THEMES[theme_id]
    assert contrast.failures(theme) == []
    measured = contrast.measure(theme)
    text = [m for m in measured if m.pair.kind == "text"]
    assert len(text) > 20 and len(measured) > 45
    needed = 7.0 if theme is HIGH_CONTRAST else 4.5
    assert min(m.ratio for m in text) >= needed
    assert min(m.ratio for m in measured if m.pair.kind == "graphic") >= 3.0


def lowest(theme_id: str) -> str:
    m = min(contrast.measure(THEMES[theme_id]), key=lambda m: m.ratio / m.needed)
    return f"{m.pair.fg} on {m.pair.bg}: {m.ratio:.2f}:1"


@pytest.mark.parametrize("theme_id", list(THEMES))
@pytest.mark.parametrize("role", sorted({p.fg for p in PAIRS} | {p.bg for p in PAIRS}))
def test_a_low_contrast_colour_is_caught(theme_id: str, role: str) -> None:
    """Give one role the colour of something it is drawn with (or on): the check must name it."""
    theme = THEMES[theme_id]
    partner = next(p.bg if p.fg == role else p.fg for p in PAIRS if role in (p.fg, p.bg))
    same = themes.colour(theme, partner)
    if role.startswith("chart_band"):
        bands = list(theme.chart_bands)
        bands[int(role.removeprefix("chart_band"))] = same
        broken = theme._replace(chart_bands=tuple(bands))
    else:
        broken = theme._replace(**{role: same})
    problems = contrast.failures(broken)
    assert any(role in line for line in problems), f"{role} = {same} went unnoticed"


def test_the_template_uses_only_theme_colours_and_every_colour_is_checked() -> None:
    used = {name for name in themes.placeholders(TEMPLATE) if not name.endswith(("pt", "px"))} - set(themes.IMAGES)
    roles = set(themes.roles())
    sizes = {"focus_width", "radio_radius"}
    assert used - sizes <= roles, used - roles
    checked = {p.fg for p in PAIRS} | {p.bg for p in PAIRS}
    chart = {"chart_grid", "chart_axis", "chart_outline", "chart_ink"}
    unchecked = (used | chart) - checked - contrast.DECORATIVE - sizes
    assert not unchecked, f"colours the style sheet uses with no contrast check: {unchecked}"
    assert {f"chart_band{i}" for i in range(len(themes.LIGHT.chart_bands))} <= checked


@pytest.mark.parametrize("scale", [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0])
def test_a_radio_buttons_radius_is_never_more_than_half_its_indicator(scale: float) -> None:
    """Qt draws an indicator whose radius is more than half its size as a square: a single choice would look like
    "pick several" (it did at 150 %)."""
    sheet = themes.fill_template("${8px} ${3px} ${2px} ${radio_radius}", themes.LIGHT, scale)
    width, padding, border, radius = (int(v.removesuffix("px")) for v in sheet.split())
    outer = width + 2 * padding + 2 * border
    assert outer - 1 <= 2 * radius <= outer


def test_fill_template_scales_sizes_and_refuses_unknown_names() -> None:
    sheet = themes.fill_template(
        "QLabel { font-size: ${16pt}; color: ${text}; border: ${focus_width} solid; }", HIGH_CONTRAST, 2.0
    )
    assert sheet == "QLabel { font-size: 32.0pt; color: #ffffff; border: 3px solid; }"
    assert "14.4pt" in themes.fill_template("${16pt}", themes.LIGHT, 1.0, base_pt=8.1)  # follows the system font
    with pytest.raises(KeyError):
        themes.fill_template("${nonsense}", themes.LIGHT)
    with pytest.raises(ValueError):
        themes.fill_template("color: $text;", themes.LIGHT)
    images = {name: f"/look/{name}.svg" for name in themes.IMAGES}
    for theme in THEMES.values():
        assert "$" not in themes.fill_template(TEMPLATE, theme, 2.0, images=images)


def _bar_pixels(theme_id: str, qapp: object) -> dict[int, tuple[int, int]]:
    """Paint the chart with one competency in each band (the small bank has three) in the theme's colours, and
    count, per band, the pixels inside the bar that are the fill colour and the pattern's ink colour."""
    from cs_quiz.bank.load import load_bank
    from cs_quiz.scoring.engine import evaluate
    from cs_quiz.ui.theme import chart_colors
    from gui_fixtures import SMALL

    bank = load_bank(SMALL).bank
    assert bank is not None
    score = evaluate(bank, {"data-1": 5, "patience-1": 1}, ["quick"])[0].score
    colors = chart_colors(THEMES[theme_id])
    font = QFont(chartpaint.ensure_fonts())
    font.setPixelSize(20)
    image = QImage(900, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(THEMES[theme_id].window))
    painter = QPainter(image)
    rect = QRectF(0, 0, 900, 400)
    chartpaint.paint_competency_chart(painter, rect, bank, score, colors=colors, font=font)
    painter.end()
    layout = chartpaint.chart_layout(rect, bank, score, chartpaint.without_ligatures(font))
    counts: dict[int, tuple[int, int]] = {}
    for item in layout.legend:
        r = item.swatch.adjusted(3, 3, -3, -3).toRect()
        fill, ink = QColor(colors.bands[item.band]).rgb(), QColor(colors.ink).rgb()
        px = [image.pixel(x, y) for x in range(r.left(), r.right()) for y in range(r.top(), r.bottom())]
        counts[item.band] = (sum(p == fill for p in px), sum(_near(p, ink) for p in px))
    return counts


def _near(a: int, b: int) -> bool:
    ca, cb = QColor(a), QColor(b)
    return abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue()) < 90


@pytest.mark.parametrize("theme_id", list(THEMES))
def test_bands_differ_by_pattern_not_colour_alone(theme_id: str, qapp: object) -> None:
    counts = _bar_pixels(theme_id, qapp)
    assert len(counts) == 3
    patterns = [chartpaint.pattern_for(band) for band in counts]
    assert len(set(patterns)) == len(patterns)
    for band, (fill, ink) in counts.items():
        assert fill > 0, f"band {band}: its colour is not painted"
        if chartpaint.pattern_for(band) != "solid":
            assert ink > 0, f"band {band}: its {chartpaint.pattern_for(band)} pattern is not visible in {theme_id}"
