"""The results of the answers given so far, as the report writes them (:func:`cs_quiz.report.html.report_html` of
:func:`cs_quiz.scoring.engine.evaluate`): scores, band, advice, quality notes and the answers' appendix. Whatever
those two do with a bank (with bands or without), this view shows; it computes nothing.

The report is written for paper, in the paper's colours and point sizes. On screen its colours become the
theme's, and its sizes follow the person's text size, so it reads in the dark and high-contrast themes and at
200 % like the rest of the window. The scroll position is kept when the results change under it.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QTextBrowser, QWidget

from cs_quiz.appearance.themes import Theme
from cs_quiz.report import markup
from cs_quiz.scoring.engine import Evaluation

REPORT_PT = 9.0  # the report's body size on paper (cs_quiz.report.pdf.BODY_PT): its other sizes are relative to it
_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def themed(html: str, theme: Theme) -> str:
    """``html`` with the report's paper colours replaced by ``theme``'s (text, muted, headings, rules, tints)."""
    swaps = {
        markup.INK: theme.text,
        markup.MUTED: theme.muted,
        markup.ACCENT: theme.heading,
        markup.RULE: theme.border,
        markup.TINT: theme.situation_bg,
        markup.HEAD: theme.button_hover,
    }
    for paper, screen in swaps.items():
        html = html.replace(paper, screen)
    return html


def scaled(html: str, body_pt: float) -> str:
    """Every ``font-size: Npt`` in ``html`` for a body text of ``body_pt`` points: larger and smaller than the body
    as on paper, but by less (the square root of the paper's ratio), so a heading fits a pane beside the question."""
    return _SIZE.sub(lambda m: f"font-size:{body_pt * math.sqrt(float(m.group(1)) / REPORT_PT):.1f}pt", html)


class ResultsView(QTextBrowser):
    """Shows one evaluation at a time; :meth:`show_evaluation` keeps the place the reader scrolled to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewResults")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.evaluation: Evaluation | None = None
        self.html = ""  # what is shown, before theming (for tests and the benchmark)
        self._shown = ("", "")  # the style sheet and HTML last given to the document
        self._retranslate()

    def show_evaluation(self, ev: Evaluation) -> None:
        from cs_quiz.report.html import report_html

        self.evaluation = ev
        self._put(report_html(ev, chart=False))  # the chart is painted only on paper; the table has its figures

    def show_message(self, text: str) -> None:
        """A plain sentence instead of results (nothing loaded; the results could not be worked out)."""
        self.evaluation = None
        self._put(f"<p>{markup.esc(text)}</p>")

    def _put(self, html: str) -> None:
        from cs_quiz.ui import theme

        self.html = html
        body = self.font().pointSizeF() if self.font().pointSizeF() > 0 else REPORT_PT
        style = scaled(themed(markup.STYLE, theme.current_theme()), body)
        shown = scaled(themed(html, theme.current_theme()), body)
        if (style, shown) == self._shown:
            return  # the same results (a save that changed nothing they show): no flicker, no time spent
        self._shown = (style, shown)
        bar = self.verticalScrollBar()
        kept = bar.value()
        self.document().setDefaultStyleSheet(style)
        self.setHtml(shown)
        bar.setValue(min(kept, bar.maximum()))

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Results of these answers"))

    def changeEvent(self, event: QEvent) -> None:
        """The theme or text size changed: the same results again in the new colours and sizes; a new language:
        the report's own words again."""
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self._retranslate()
        if kind in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.PaletteChange) and self.html:
            if self.evaluation is not None and kind == QEvent.Type.LanguageChange:
                self.show_evaluation(self.evaluation)
            else:
                self._put(self.html)
