"""Dates and numbers shown to people, in the user's locale (one place, so the app and its tests agree)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from cs_quiz.scoring.numbers import round_half_up

if TYPE_CHECKING:
    from datetime import datetime


def format_when(moment: datetime) -> str:
    """An aware datetime in local time, in words as everywhere else ("4 December 2026, 18:57")."""
    from cs_quiz.report.qtext import when_words

    return when_words(moment.astimezone())


def format_score(score: float | None) -> str:
    """A 0..100 score as people see it everywhere (rounded like ``cs-quiz score``); "–" when there is none."""
    return "–" if score is None else QLocale().toString(round_half_up(score))


def format_change(change: float | None) -> str:
    """A signed difference of rounded scores: "+5", "−3", "0"; "–" when there is nothing to compare."""
    if change is None:
        return "–"
    n = round_half_up(change) if change >= 0 else -round_half_up(-change)
    sign = "+" if n > 0 else "−" if n < 0 else ""
    return sign + QLocale().toString(abs(n))
