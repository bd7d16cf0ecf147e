"""The per-competency bar chart, painted with a plain :class:`QPainter` so the results screen and the PDF report
draw the very same picture: on screen from a widget's ``paintEvent``, in the PDF straight onto the PDF painter (so the
chart stays vector and its labels stay text that can be searched and read aloud).

The chart never relies on colour alone: every readiness band also has its own fill pattern (hatching, dots, grid,
solid), shown in the legend, and each bar carries its score as a number. Competencies without enough answers are
listed with the words "not enough answers" and no bar, never as 0.

Geometry is computed by :func:`chart_layout` without painting, so a widget can ask for its height
(:func:`preferred_height`) and tests can check the order and size of bars without looking at pixels.

QtGui only: no widgets are imported here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPainter, QPen

from cs_quiz.appearance.themes import DEFAULT, THEMES
from cs_quiz.bank.model import Bank
from cs_quiz.packaged import resource
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import ScoreResult

# The fill patterns, lowest band first; a bank with more bands than patterns reuses them from the start.
PATTERNS: tuple[str, ...] = ("diagonal", "dots", "grid", "solid", "horizontal", "vertical", "crossdiagonal")

TICKS: tuple[int, ...] = (0, 25, 50, 75, 100)

FONT_FILES: tuple[str, ...] = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_registered_family: str | None = None


def ensure_fonts() -> str:
    """Register the bundled fonts (Regular and Bold) with Qt once, and return their family name.

    Without this a PDF written on a machine with no fonts installed has no text at all (Qt does not warn). Call it
    after the QGuiApplication exists; calling it again is free. Returns the application's default family if the
    files cannot be registered (they ship inside the package, so that means a broken install).
    """
    global _registered_family
    if _registered_family is not None:
        return _registered_family
    if QGuiApplication.instance() is None:
        raise RuntimeError("ensure_fonts() needs a QGuiApplication")
    family = ""
    folder = resource("fonts")
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData(folder.joinpath(name).read_bytes())
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    _registered_family = family or QGuiApplication.font().family()
    return _registered_family


def without_ligatures(font: QFont) -> QFont:
    """A copy of ``font`` that draws "fi", "fl", "ff" as separate letters. With ligatures, text taken from a PDF
    (search, copy, screen readers, pypdf) reads "ﬁrst" and "Conﬂict" and no longer matches the words."""
    plain = QFont(font)
    for tag in ("liga", "clig", "dlig"):
        plain.setFeature(QFont.Tag(tag), 0)
    return plain


_LIGHT = THEMES[DEFAULT]  # the app's light theme: the PDF's bands are the colours people see on screen


@dataclass(frozen=True)
class ChartColors:
    """Colours as Qt colour strings ("#rrggbb", or "#aarrggbb" with alpha), so a theme can pass its own.

    ``bands`` are the bar fills from the lowest band up (reused from the start if a bank has more bands);
    ``ink`` draws the patterns over them, ``background`` "" leaves what is already painted. The defaults are the
    light theme's, so a band is the same colour in the PDF as on the screen.
    """

    text: str = _LIGHT.text
    muted: str = _LIGHT.muted
    grid: str = _LIGHT.chart_grid
    axis: str = _LIGHT.chart_axis
    outline: str = _LIGHT.chart_outline
    ink: str = _LIGHT.chart_ink
    background: str = ""
    bands: tuple[str, ...] = _LIGHT.chart_bands


LIGHT = ChartColors()


@dataclass(frozen=True)
class BarRow:
    """One competency's line in the chart. ``score`` is the rounded score shown (None: not enough answers, and then
    ``bar`` is None); ``band`` indexes ``bank.bands`` (the band that score would fall in)."""

    competency: str
    name: str
    score: int | None
    band: int | None
    label: QRectF
    bar: QRectF | None
    value: QRectF
    row: QRectF


@dataclass(frozen=True)
class LegendItem:
    band: int
    text: str
    swatch: QRectF
    label: QRectF


@dataclass(frozen=True)
class ChartLayout:
    rows: tuple[BarRow, ...]  # highest score first, then the competencies without enough answers (bank order)
    legend: tuple[LegendItem, ...]
    plot: QRectF  # x from 0 (left) to 100 (right), y over all rows
    ticks: tuple[tuple[int, float], ...]  # (value, x)
    tick_labels: QRectF  # the strip under the rows where the tick values are written
    height: float  # total height used, from rect.top()
    line: float  # the font's line height, the unit every gap is derived from


def not_enough_text() -> str:
    return QCoreApplication.translate("ChartPaint", "not enough answers")


def band_index(bank: Bank, score: float) -> int | None:
    """Index in ``bank.bands`` of the band the rounded ``score`` falls in (None if the bands do not cover it)."""
    shown = round_half_up(score)
    for i, band in enumerate(bank.bands):
        if band.min <= shown <= band.max:
            return i
    return None


def sorted_scores(score: ScoreResult) -> list[tuple[str, str, float | None]]:
    """(id, name, score): scored competencies highest first (ties keep bank order), then the unscored ones."""
    scored = [(c.competency, c.name, c.score) for c in score.competencies if c.score is not None]
    scored.sort(key=lambda item: -(item[2] or 0.0))
    unscored = [(c.competency, c.name, None) for c in score.competencies if c.score is None]
    return [*scored, *unscored]


def _wrapped_height(metrics: QFontMetricsF, width: float, text: str) -> float:
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRectF(0, 0, max(width, 1.0), 1e6), flags, text).height()


def chart_layout(rect: QRectF, bank: Bank, score: ScoreResult, font: QFont | None = None) -> ChartLayout:
    """Where everything goes inside ``rect`` (its height is not limited: ``height`` says how much is used).

    Sizes derive from the font's line height, so the chart scales with the text on screen and on paper. Long
    competency names wrap onto more lines rather than being cut, so every name stays readable in full.
    """
    metrics = QFontMetricsF(font if font is not None else QFont())
    line = metrics.height()
    gap = line * 0.5
    left, top, width = rect.left(), rect.top(), rect.width()

    # Legend: one swatch and band name per band, flowing onto further lines when the width runs out.
    legend: list[LegendItem] = []
    sw_w, sw_h = line * 1.8, line * 0.9
    x, y = left, top
    for i, band in enumerate(bank.bands):
        text = f"{band.name} ({band.min}\u2013{band.max})"
        text_w = metrics.horizontalAdvance(text)
        item_w = sw_w + gap * 0.6 + text_w
        if x > left and x + item_w > left + width:
            x, y = left, y + line * 1.35
        swatch = QRectF(x, y + (line - sw_h) / 2, sw_w, sw_h)
        legend.append(LegendItem(i, text, swatch, QRectF(swatch.right() + gap * 0.6, y, text_w + 1, line)))
        x += item_w + gap * 2
    y += line + gap * 1.5 if legend else 0

    # Columns: names (right-aligned, wrapped at about a third of the width), the 0..100 plot, the score numbers.
    items = sorted_scores(score)
    widest = max((metrics.horizontalAdvance(name) for _, name, _ in items), default=0.0)
    label_w = min(widest + 1, max(width * 0.36, line * 4))
    value_w = metrics.horizontalAdvance("100") + gap
    plot_left = left + label_w + gap
    plot_w = max(width - label_w - gap - value_w - gap * 0.5, line * 2)

    rows: list[BarRow] = []
    rows_top = y
    for cid, name, value in items:
        row_h = max(_wrapped_height(metrics, label_w, name), line) + gap * 0.7
        row = QRectF(left, y, width, row_h)
        label = QRectF(left, y, label_w, row_h)
        if value is None:
            rows.append(
                BarRow(cid, name, None, None, label, None, QRectF(plot_left + gap * 0.5, y, plot_w, row_h), row)
            )
        else:
            shown = round_half_up(value)
            bar_h = min(line * 1.0, row_h - gap * 0.5)
            bar_w = plot_w * max(0.0, min(value, 100.0)) / 100.0
            bar = QRectF(plot_left, y + (row_h - bar_h) / 2, bar_w, bar_h)
            number = QRectF(bar.right() + gap * 0.4, y, value_w, row_h)
            rows.append(BarRow(cid, name, shown, band_index(bank, value), label, bar, number, row))
        y += row_h
    plot = QRectF(plot_left, rows_top, plot_w, y - rows_top)
    ticks = tuple((t, plot_left + plot_w * t / 100.0) for t in TICKS)
    tick_labels = QRectF(left, y + gap * 0.3, width, line)
    return ChartLayout(
        rows=tuple(rows),
        legend=tuple(legend),
        plot=plot,
        ticks=ticks,
        tick_labels=tick_labels,
        height=tick_labels.bottom() - top,
        line=line,
    )


def preferred_height(bank: Bank, score: ScoreResult, width: float, font: QFont | None = None) -> float:
    """The height the chart needs at ``width`` with ``font`` (for a widget's heightForWidth, or a page layout)."""
    return chart_layout(QRectF(0, 0, width, 1e6), bank, score, font).height


def _pattern(painter: QPainter, rect: QRectF, pattern: str, ink: QColor, unit: float) -> None:
    """Draw ``pattern`` over ``rect`` as vector lines or dots, clipped to it; ``unit`` is the line height."""
    if pattern == "solid" or rect.width() <= 0 or rect.height() <= 0:
        return
    step = unit * 0.42
    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    pen = QPen(ink, max(unit * 0.07, 0.5))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    h = rect.height()
    if pattern in ("diagonal", "crossdiagonal"):
        x = rect.left() - h
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + h, rect.top()))
            x += step
    if pattern == "crossdiagonal":
        x = rect.left() - h
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x + h, rect.bottom()))
            x += step
    if pattern in ("horizontal", "grid"):
        y = rect.top() + step / 2
        while y < rect.bottom():
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            y += step
    if pattern in ("vertical", "grid"):
        x = rect.left() + step / 2
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            x += step
    if pattern == "dots":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        radius = unit * 0.09
        row = 0
        y = rect.top() + step / 2
        while y < rect.bottom():
            x = rect.left() + step / 2 + (step / 2 if row % 2 else 0.0)
            while x < rect.right():
                painter.drawEllipse(QPointF(x, y), radius, radius)
                x += step
            y += step
            row += 1
    painter.restore()


def pattern_for(band: int) -> str:
    return PATTERNS[band % len(PATTERNS)]


def _fill(colors: ChartColors, band: int) -> QColor:
    return QColor(colors.bands[band % len(colors.bands)]) if colors.bands else QColor(colors.muted)


def paint_band_fill(painter: QPainter, rect: QRectF, band: int, colors: ChartColors, unit: float) -> None:
    """``rect`` filled as the ``band``-th band (lowest first) is everywhere: its colour, its pattern, an outline."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_fill(colors, band))
    painter.drawRect(rect)
    _pattern(painter, rect, pattern_for(band), QColor(colors.ink), unit)
    outline = QPen(QColor(colors.outline), max(unit * 0.06, 0.5))
    outline.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(outline)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def paint_competency_chart(
    painter: QPainter,
    rect: QRectF,
    bank: Bank,
    score: ScoreResult,
    *,
    colors: ChartColors | None = None,
    font: QFont | None = None,
) -> None:
    """Paint the sorted competency bars, their scores, gridlines at 0/25/50/75/100 and the band legend into ``rect``.

    Content taller than ``rect`` is clipped; size the area with :func:`preferred_height`. ``font`` sets the text
    and, through its line height, every size in the chart; when the painter is scaled (a PDF page laid out in
    screen units) give it a pixel size, which is in the painter's own units. The painter's state is restored.
    """
    colors = colors or LIGHT
    font = without_ligatures(font if font is not None else painter.font())
    layout = chart_layout(rect, bank, score, font)
    unit = layout.line
    bold = QFont(font)
    bold.setBold(True)
    italic = QFont(font)
    italic.setItalic(True)

    painter.save()
    painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
    if colors.background:
        painter.fillRect(rect, QColor(colors.background))
    painter.setFont(font)

    for item in layout.legend:
        paint_band_fill(painter, item.swatch, item.band, colors, unit)
        painter.setPen(QColor(colors.text))
        painter.drawText(item.label, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), item.text)

    plot = layout.plot
    for value, x in layout.ticks:
        pen = QPen(QColor(colors.axis if value == 0 else colors.grid), max(unit * (0.08 if value == 0 else 0.05), 0.5))
        if value not in (0, 100):
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setPen(QColor(colors.muted))
        tick_w = unit * 3
        painter.drawText(
            QRectF(x - tick_w / 2, layout.tick_labels.top(), tick_w, layout.tick_labels.height()),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            str(value),
        )

    wrap_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap)
    left_mid = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for row in layout.rows:
        painter.setFont(font)
        painter.setPen(QColor(colors.text))
        painter.drawText(row.label, wrap_right, row.name)
        if row.bar is None or row.score is None:
            painter.setFont(italic)
            painter.setPen(QColor(colors.muted))
            painter.drawText(row.value, left_mid, not_enough_text())
            continue
        if row.bar.width() > 0:
            if row.band is None:  # a profile (no bands): one plain colour, not the grey of "not scored"
                painter.setPen(Qt.PenStyle.NoPen)
                plain = colors.bands[-1] if colors.bands and not bank.bands else colors.muted
                painter.setBrush(QBrush(QColor(plain)))
                painter.drawRect(row.bar)
            else:
                paint_band_fill(painter, row.bar, row.band, colors, unit)
        painter.setFont(bold)
        painter.setPen(QColor(colors.text))
        painter.drawText(row.value, left_mid, str(row.score))
    painter.restore()
