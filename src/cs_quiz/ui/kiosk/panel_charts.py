"""The facilitator panel's two charts, painted with QPainter: how many people fell in each readiness band, and
the mean score per competency with a whisker of one standard deviation either side.

Colour is never the only carrier: every bar has its number written beside it, and the same figures are in the
widget's accessible description and in labels on the panel.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cs_quiz.report.chartpaint import paint_band_fill
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.store.store import BandCount, CompetencyStats
from cs_quiz.ui.theme import chart_colors, current_theme


class _Colours:
    """The kiosk theme's colours for the charts (read at every paint: the facilitator may change the theme)."""

    def __init__(self) -> None:
        t = current_theme()
        self.ink, self.muted, self.grid = QColor(t.text), QColor(t.muted), QColor(t.chart_grid)
        self.whisker, self.bands = QColor(t.chart_outline), t.chart_bands
        self.bar = QColor(t.chart_bands[2])  # the blue band: a fill checked against the page in every theme


def _row_height(widget: QWidget) -> float:
    return QFontMetricsF(widget.font()).height() * 1.8


class _Chart(QWidget):
    rows_count = 0
    lines_per_row = 1
    extra_rows = 0.3  # below the bars (tick labels)

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = self.font()
        if font.pixelSize() > 0:
            font.setPixelSize(max(12, round(font.pixelSize() * 0.8)))
        else:
            font.setPointSizeF(font.pointSizeF() * 0.85)
        self.setFont(font)

    def _update_height(self) -> None:
        self.setFixedHeight(int(_row_height(self) * (max(self.rows_count, 1) * self.lines_per_row + self.extra_rows)))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, int(_row_height(self) * (max(self.rows_count, 1) * self.lines_per_row + self.extra_rows)))

    def _label_width(self, names: Sequence[str]) -> float:
        metrics = QFontMetricsF(self.font())
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0.0)
        return min(widest + 12, self.width() * 0.45)

    def _start(self, message_if_empty: str | None) -> QPainter | None:
        """A painter for the chart, or None after drawing ``message_if_empty`` (given when there is no data)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if message_if_empty is None:
            return painter
        painter.setPen(_Colours().muted)
        painter.drawText(QRectF(self.rect()), int(Qt.AlignmentFlag.AlignCenter), message_if_empty)
        painter.end()
        return None

    def _name(self, painter: QPainter, rect: QRectF, name: str, align: Qt.AlignmentFlag) -> None:
        """A name that fits ``rect`` (elided with … when it does not; the full name is in the text below)."""
        text = QFontMetricsF(self.font()).elidedText(name, Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(_Colours().ink)
        painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


class BandChart(_Chart):
    """People per readiness band, each bar filled as that band is on the participant's results and in the PDF (its
    colour and pattern by its place in the bank: cs_quiz.report.chartpaint), the lowest band first."""

    lines_per_row = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bandChart")
        self.setAccessibleName(self.tr("Readiness bands"))
        self.bands: tuple[BandCount, ...] = ()
        self.order: Mapping[str, int] = {}

    def set_bands(self, bands: Sequence[BandCount], description: str, order: Mapping[str, int] | None = None) -> None:
        """``order``: each band id's place in the bank, lowest first (what decides its fill)."""
        self.order = dict(order or {})
        self.bands = tuple(bands)
        self.rows_count = len(self.bands)
        self.setAccessibleDescription(description)
        self._update_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._start(None if self.bands else self.tr("No finished attempts"))
        if painter is None:
            return
        row_h = _row_height(self)
        c = _Colours()
        total = sum(b.count for b in self.bands) or 1
        names = [b.band_name or self.tr("Result held back") for b in self.bands]
        left = 0.0
        number_w = QFontMetricsF(self.font()).horizontalAdvance("0000 (100%)") + 12
        plot_w = max(self.width() - left - number_w, 10.0)
        most = max(b.count for b in self.bands) or 1
        colors = chart_colors(current_theme())
        for i, (band, name) in enumerate(zip(self.bands, names, strict=True)):
            y = (2 * i + 1) * row_h  # the name on its own line above the bar
            self._name(painter, QRectF(0, y - row_h, self.width(), row_h), name, Qt.AlignmentFlag.AlignLeft)
            w = plot_w * band.count / most
            bar = QRectF(left, y + row_h * 0.2, max(w, 1.0), row_h * 0.6)
            place = self.order.get(band.band_id or "")
            if place is None:  # no band (a result held back) or one of another bank: plain, as "no band" is
                painter.setPen(QPen(c.whisker, 1))
                painter.setBrush(c.muted)
                painter.drawRect(bar)
            else:
                paint_band_fill(painter, bar, place, colors, row_h)
            painter.setPen(c.ink)
            text = f"{band.count} ({round_half_up(100 * band.count / total)}%)"
            painter.drawText(QRectF(left + w + 6, y, number_w, row_h), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()


class CompetencyStatsChart(_Chart):
    extra_rows = 1.2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competencyStatsChart")
        self.setAccessibleName(self.tr("Mean and spread per competency"))
        self.stats: tuple[CompetencyStats, ...] = ()

    def set_stats(self, stats: Sequence[CompetencyStats], description: str) -> None:
        self.stats = tuple(stats)
        self.rows_count = len(self.stats)
        self.setAccessibleDescription(description)
        self._update_height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = self._start(None if self.stats else self.tr("No scores yet"))
        if painter is None:
            return
        row_h = _row_height(self)
        c = _Colours()
        left = self._label_width([s.name for s in self.stats])
        number_w = QFontMetricsF(self.font()).horizontalAdvance("100 ± 100") + 16
        plot_w = max(self.width() - left - number_w, 10.0)
        bottom = row_h * len(self.stats)
        for tick in (0, 25, 50, 75, 100):
            x = left + plot_w * tick / 100
            painter.setPen(QPen(c.grid, 1, Qt.PenStyle.DashLine if tick not in (0, 100) else Qt.PenStyle.SolidLine))
            painter.drawLine(int(x), 0, int(x), int(bottom))
            painter.setPen(c.muted)
            painter.drawText(QRectF(x - 20, bottom, 40, row_h), int(Qt.AlignmentFlag.AlignHCenter), str(tick))
        for i, s in enumerate(self.stats):
            y = i * row_h
            self._name(painter, QRectF(0, y, left - 8, row_h), s.name, Qt.AlignmentFlag.AlignRight)
            if s.mean is None:
                painter.setPen(c.muted)
                painter.drawText(
                    QRectF(left + 6, y, plot_w, row_h), int(Qt.AlignmentFlag.AlignVCenter), self.tr("no scores yet")
                )
                continue
            w = plot_w * s.mean / 100
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(c.bar)
            painter.drawRect(QRectF(left, y + row_h * 0.25, max(w, 1.0), row_h * 0.5))
            text = f"{round_half_up(s.mean)}"
            if s.sd is not None:
                lo = left + plot_w * max(s.mean - s.sd, 0) / 100
                hi = left + plot_w * min(s.mean + s.sd, 100) / 100
                mid = y + row_h / 2
                painter.setPen(QPen(c.whisker, 2))
                painter.drawLine(int(lo), int(mid), int(hi), int(mid))
                for x in (lo, hi):
                    painter.drawLine(int(x), int(mid - row_h * 0.18), int(x), int(mid + row_h * 0.18))
                text += f" ± {round_half_up(s.sd)}"
            painter.setPen(c.ink)
            painter.drawText(QRectF(left + plot_w + 8, y, number_w, row_h), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
