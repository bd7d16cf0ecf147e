"""The per-competency chart on screen: a widget whose paintEvent hands its painter to :mod:`cs_quiz.chartpaint`,
the same painter code the PDF report uses. The figures are also shown as text beside it (and in the accessible
description), so the chart is never the only way to read them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..model import Bank
from ..results import ScoreResult
from .formatting import format_score


class CompetencyChart(QWidget):
    def __init__(self, bank: Bank, score: ScoreResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competencyChart")
        self.bank, self.score = bank, score
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height(self.sizeHint().width()))
        self.setAccessibleName(self.tr("Chart of your competency scores"))
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{name}: {score}").format(name=c.name, score=format_score(c.score)) for c in score.competencies
            )
        )

    def _height(self, width: int | None = None) -> int:
        try:
            from ..chartpaint import preferred_height
        except ImportError:  # pragma: no cover - the shared painter ships with the app
            return int(self.fontMetrics().height() * (1.9 * max(1, len(self.score.competencies)) + 3))
        return math.ceil(preferred_height(self.bank, self.score, float(width or self.width()), self.font()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._height(width)

    def sizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * 70
        return QSize(width, self._height(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.setMinimumHeight(self._height(event.size().width()))
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        try:
            from ..chartpaint import paint_competency_chart
        except ImportError:  # the shared painter is not part of this build yet; the text figures carry the data
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            paint_competency_chart(painter, QRectF(self.rect()), self.bank, self.score)
        finally:
            painter.end()
