"""The per-competency chart on screen: a widget whose paintEvent hands its painter to :mod:`cs_quiz.chartpaint`,
the same painter code the PDF report uses. The figures are also shown as text beside it (and in the accessible
description), so the chart is never the only way to read them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
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
        self.setMinimumHeight(self._height())
        self.setAccessibleName(self.tr("Chart of your competency scores"))
        self.setAccessibleDescription(
            "; ".join(
                self.tr("{name}: {score}").format(name=c.name, score=format_score(c.score)) for c in score.competencies
            )
        )

    def _height(self) -> int:
        rows = max(1, len(self.score.competencies))
        return int(self.fontMetrics().height() * (1.9 * rows + 3))

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 70, self._height())

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
