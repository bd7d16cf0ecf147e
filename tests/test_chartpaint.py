"""The competency chart: its layout (order, bar lengths, bands, legend) and painting it, offscreen."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter  # noqa: E402

from cs_quiz.bank.load import load_bank  # noqa: E402
from cs_quiz.bank.model import Bank  # noqa: E402
from cs_quiz.report import chartpaint  # noqa: E402
from cs_quiz.scoring.engine import evaluate  # noqa: E402
from cs_quiz.scoring.results import CompetencyScore, Readiness, ScoreResult  # noqa: E402

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"


@pytest.fixture(scope="module")
def bank() -> Bank:
    result = load_bank(SMALL)
    assert result.bank is not None, result.errors
    return result.bank


def result_of(*scores: tuple[str, str, float | None]) -> ScoreResult:
    """A score result with exactly these (id, name, score) competencies, in this (bank) order."""
    comps = tuple(CompetencyScore(cid, name, value, 1 if value is not None else 0, 1) for cid, name, value in scores)
    readiness = Readiness(None, None, None, "", "", None)
    return ScoreResult("small", "1.0", ("full",), comps, readiness, (), 0, len(comps))


@pytest.fixture()
def font(qapp: object) -> QFont:
    f = QFont(chartpaint.ensure_fonts())
    f.setPixelSize(13)
    return f


def test_bars_sorted_highest_first_with_unscored_last_and_lengths_proportional(bank: Bank, font: QFont) -> None:
    result = result_of(
        ("a", "Alpha", 30.0), ("b", "Beta", None), ("c", "Gamma", 90.0), ("d", "Delta", 60.0), ("e", "Eps", 60.0)
    )
    layout = chartpaint.chart_layout(QRectF(10, 20, 600, 10_000), bank, result, font)

    assert [r.competency for r in layout.rows] == ["c", "d", "e", "a", "b"]  # ties keep bank order
    assert [r.score for r in layout.rows] == [90, 60, 60, 30, None]
    plot = layout.plot
    for row in layout.rows[:4]:
        assert row.bar is not None and row.score is not None
        assert row.bar.left() == pytest.approx(plot.left())
        assert row.bar.width() / plot.width() == pytest.approx(row.score / 100)
        assert row.value.left() > row.bar.right()  # the number sits after its bar
    tops = [r.row.top() for r in layout.rows]
    assert tops == sorted(tops) and tops[0] >= 20
    unscored = layout.rows[-1]
    assert unscored.bar is None and unscored.band is None
    assert [x for _, x in layout.ticks] == pytest.approx(
        [plot.left() + plot.width() * t / 100 for t in (0, 25, 50, 75, 100)]
    )


def test_bar_band_is_the_band_its_rounded_score_falls_in(bank: Bank, font: QFont) -> None:
    # small.yaml bands: foundation 0-39, developing 40-69, ready 70-100; 69.5 shows as 70 (halves go up).
    result = result_of(("a", "A", 39.4), ("b", "B", 39.5), ("c", "C", 69.5), ("d", "D", 100.0), ("e", "E", 0.0))
    rows = {r.competency: r for r in chartpaint.chart_layout(QRectF(0, 0, 500, 9999), bank, result, font).rows}
    assert {cid: r.band for cid, r in rows.items()} == {"a": 0, "b": 1, "c": 2, "d": 2, "e": 0}
    assert rows["e"].bar is not None and rows["e"].bar.width() == 0  # a real 0 is a score, not "not enough"


def test_legend_names_every_band_and_every_band_has_its_own_pattern(bank: Bank, font: QFont) -> None:
    layout = chartpaint.chart_layout(QRectF(0, 0, 400, 9999), bank, result_of(("a", "A", 50.0)), font)
    assert [item.band for item in layout.legend] == [0, 1, 2]
    for item, band in zip(layout.legend, bank.bands, strict=True):
        assert band.name in item.text and f"{band.min}" in item.text
    patterns = [chartpaint.pattern_for(i) for i in range(len(bank.bands))]
    assert len(set(patterns)) == len(patterns)
    assert len(set(chartpaint.PATTERNS)) == len(chartpaint.PATTERNS)
    # The legend comes first and the bars start below it.
    assert max(i.swatch.bottom() for i in layout.legend) < layout.plot.top()


def test_long_names_wrap_instead_of_being_cut_and_height_follows(bank: Bank, font: QFont) -> None:
    long = "Leadership and people management across several sites"
    result = result_of(("a", long, 50.0), ("b", "B", 40.0))
    wide = chartpaint.preferred_height(bank, result, 1200, font)
    narrow = chartpaint.preferred_height(bank, result, 300, font)
    assert narrow > wide
    rows = chartpaint.chart_layout(QRectF(0, 0, 300, 9999), bank, result, font).rows
    assert rows[0].row.height() > rows[1].row.height()
    more = result_of(*((c, c, 50.0) for c in "abcdefgh"))
    assert chartpaint.preferred_height(bank, more, 600, font) > chartpaint.preferred_height(bank, result, 600, font)


def _paint(bank: Bank, result: ScoreResult, font: QFont, colors: chartpaint.ChartColors) -> tuple[QImage, float]:
    width = 640
    height = chartpaint.preferred_height(bank, result, width, font)
    image = QImage(width, int(height) + 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    before = (painter.font().family(), painter.pen().color().name(), painter.brush().style())
    chartpaint.paint_competency_chart(painter, QRectF(0, 0, width, height), bank, result, colors=colors, font=font)
    assert (painter.font().family(), painter.pen().color().name(), painter.brush().style()) == before
    painter.end()
    return image, height


def _colours_in(image: QImage, rect: QRectF) -> Counter[str]:
    found: Counter[str] = Counter()
    for x in range(int(rect.left()) + 2, int(rect.right()) - 1):
        for y in range(int(rect.top()) + 2, int(rect.bottom()) - 1):
            found[image.pixelColor(x, y).name()] += 1
    return found


def test_paint_uses_the_theme_colours_and_draws_no_bar_for_not_enough_answers(bank: Bank, font: QFont) -> None:
    ev, _ = evaluate(bank, {"data-1": 5, "years": 3}, ["quick"])  # patience-1 unanswered: not enough answers
    assert ev.score.score_of("patience") is None and ev.score.score_of("data") == 100
    colors = chartpaint.ChartColors(bands=("#ff0000", "#00ff00", "#0000ff"))
    image, _ = _paint(bank, ev.score, font, colors)
    layout = chartpaint.chart_layout(QRectF(0, 0, image.width(), 9999), bank, ev.score, font)
    data, patience = layout.rows
    assert data.competency == "data" and data.band == 2 and data.bar is not None
    assert _colours_in(image, data.bar).most_common(1)[0][0] == "#0000ff"  # the fill; the pattern is on top
    assert patience.competency == "patience" and patience.bar is None
    empty_plot = QRectF(layout.plot.left(), patience.row.top(), layout.plot.width(), patience.row.height())
    assert not {"#ff0000", "#00ff00", "#0000ff"} & set(_colours_in(image, empty_plot))
    legend = _colours_in(image, layout.legend[1].swatch)
    assert legend.most_common(1)[0][0] == "#00ff00"


def test_patterns_tell_bands_apart_without_colour(bank: Bank, font: QFont) -> None:
    """With every band painted the same colour, the bars still differ: the patterns carry the band."""
    same = chartpaint.ChartColors(bands=("#aaaaaa",))
    result = result_of(("a", "A", 20.0), ("b", "B", 50.0), ("c", "C", 90.0))
    image, _ = _paint(bank, result, font, same)
    rows = {
        r.competency: r for r in chartpaint.chart_layout(QRectF(0, 0, image.width(), 9999), bank, result, font).rows
    }
    crops = []
    for cid in "abc":
        bar = rows[cid].bar
        assert bar is not None
        crop = image.copy(int(bar.left()) + 2, int(bar.top()) + 2, 40, int(bar.height()) - 4)
        crops.append(crop.convertToFormat(QImage.Format.Format_Grayscale8))
    assert crops[0] != crops[1] and crops[1] != crops[2] and crops[0] != crops[2]


def test_ensure_fonts_registers_regular_and_bold_once(qapp: object) -> None:
    family = chartpaint.ensure_fonts()
    assert family == "DejaVu Sans"
    assert chartpaint.ensure_fonts() == family
    assert "Bold" in QFontDatabase.styles(family)


def test_chart_colors_are_plain_frozen_data() -> None:
    colors = chartpaint.ChartColors()
    with pytest.raises(AttributeError):
        colors.text = "#000000"  # type: ignore[misc]
    assert all(QColor(c).isValid() for c in (colors.text, colors.grid, colors.ink, *colors.bands))


def test_none_refcount_guard_keeps_many_void_calls_safe(qapp: object) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call; enough painting would then abort
    the interpreter. After the guard (run on import) many thousand calls must leave None alive."""
    import sys

    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for _ in range(20_000):
        painter.setPen(QColor("#000000"))
    painter.end()
    assert sys.getrefcount(None) > 1000


def test_the_pdf_paints_each_band_in_the_colours_of_the_screen() -> None:
    """Issue 17: a band was one colour on the results screen (light theme) and another in the PDF."""
    from cs_quiz.appearance.themes import LIGHT
    from cs_quiz.ui.theme import chart_colors

    assert chartpaint.ChartColors() == chart_colors(LIGHT)
