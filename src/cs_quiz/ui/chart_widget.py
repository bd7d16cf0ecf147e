"""The per-competency chart on screen: a widget whose paintEvent hands its painter to :mod:`cs_quiz.report.chartpaint`,
the same painter code the PDF report uses, in the colours of the current theme. The figures are also shown as text
beside it and in its accessible description (every competency, its score and band), so the chart is never the only
way to read them. It takes focus, with a visible ring, so a screen reader reaches it by Tab and reads that text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cs_quiz.bank.model import Bank
from cs_quiz.scoring.results import ScoreResult
from cs_quiz.ui.formatting import format_score
from cs_quiz.ui.theme import chart_colors, current_theme

MARGIN = 5  # px around the chart, where the focus ring goes


class CompetencyChart(QWidget):
    def __init__(self, bank: Bank, score: ScoreResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("competencyChart")
        self.bank, self.score = bank, score
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._height(self.sizeHint().width()))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._describe()

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Chart of your competency scores"))
        self.setAccessibleDescription(self.description())

    def description(self) -> str:
        """Every figure the chart shows, as words: each competency with its score and band, highest first."""
        from cs_quiz.report.chartpaint import band_index, not_enough_text, sorted_scores

        parts = []
        for _, name, value in sorted_scores(self.score):
            band = None if value is None else band_index(self.bank, value)
            shown = not_enough_text() if value is None else format_score(value)
            if band is not None:  # the band the bar's pattern and colour stand for
                shown += " (" + self.bank.bands[band].name + ")"
            parts.append(self.tr("{name}: {score}").format(name=name, score=shown))
        return "; ".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._describe()

    def _height(self, width: int | None = None) -> int:
        try:
            from cs_quiz.report.chartpaint import preferred_height
        except ImportError:  # pragma: no cover - the shared painter ships with the app
            return int(self.fontMetrics().height() * (1.9 * max(1, len(self.score.competencies)) + 3))
        inner = float(width or self.width()) - 2 * MARGIN
        return math.ceil(preferred_height(self.bank, self.score, inner, self.font())) + 2 * MARGIN

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
            from cs_quiz.report.chartpaint import paint_competency_chart
        except ImportError:  # the shared painter is not part of this build yet; the text figures carry the data
            return
        theme = current_theme()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            inner = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
            paint_competency_chart(painter, inner, self.bank, self.score, colors=chart_colors(theme))
            if self.hasFocus():  # the style sheet's ring does not reach a custom painted widget
                pen = QPen(QColor(theme.focus), theme.focus_width)
                pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                half = theme.focus_width / 2
                painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        finally:
            painter.end()
