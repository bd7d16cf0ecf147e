"""Render the core's texts (:class:`cs_quiz.scoring.results.Text`) in the user's language and locale, with Qt's
translation system (context "Core", filled from :mod:`cs_quiz.scoring.messages` by lupdate) and QLocale for numbers.
Used by the GUI and the PDF report alike, so both read the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from cs_quiz.scoring.messages import CONTEXT
from cs_quiz.scoring.results import Text


def number(value: int | float) -> str:
    """49.6 as the locale writes it (49,6 in Spanish); whole numbers without decimals."""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1 if round(value, 1) == value else 2)
    return QLocale().toString(int(value))


def render(text: Text) -> str:
    return text.render(lambda template: QCoreApplication.translate(CONTEXT, template), number)
