"""A small line chart of readiness over past attempts: markers and value labels, so it reads in greyscale."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cs_quiz.scoring.numbers import round_half_up


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.points: list[tuple[str, float]] = []  # (label, readiness 0..100 as shown), oldest first
        self.selected = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.fontMetrics().height() * 6)  # fits beside the table at 1024x600 and 200 % text
        self.setAccessibleName(self.tr("Readiness over time"))

    def set_points(self, points: Sequence[tuple[str, float]], selected: int = -1) -> None:
        self.points, self.selected = list(points), selected
        self.setAccessibleDescription("; ".join(f"{name}: {round_half_up(v)}" for name, v in self.points))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 50, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        ink = self.palette().windowText().color()
        area = QRectF(self.rect()).adjusted(fm.horizontalAdvance("100") + 8, fm.height(), -fm.height(), -fm.height())
        faint = QColor(ink)
        faint.setAlpha(60)
        p.setPen(QPen(faint, 1, Qt.PenStyle.DashLine))
        for level in (0, 50, 100):
            y = area.bottom() - area.height() * level / 100
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.drawText(
                QRectF(0, y - fm.height() / 2, area.left() - 4, fm.height()), Qt.AlignmentFlag.AlignRight, str(level)
            )
        if not self.points:
            p.end()
            return
        n = len(self.points)
        step = area.width() / max(1, n - 1)
        xy = [
            QPointF(area.left() + (step * i if n > 1 else area.width() / 2), area.bottom() - area.height() * v / 100)
            for i, (_, v) in enumerate(self.points)
        ]
        p.setPen(QPen(ink, 2))
        for a, b in zip(xy, xy[1:], strict=False):
            p.drawLine(a, b)
        for i, (pt, (_, v)) in enumerate(zip(xy, self.points, strict=True)):
            r = 6.0 if i == self.selected else 4.0
            p.setBrush(ink if i == self.selected else self.palette().base())
            p.drawEllipse(pt, r, r)
            p.drawText(
                QRectF(pt.x() - 30, pt.y() - fm.height() - r, 60, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(round_half_up(v)),
            )
        p.end()
