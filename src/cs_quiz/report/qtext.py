"""Render the core's texts (:class:`cs_quiz.scoring.results.Text`) in the user's language and locale, with Qt's
translation system (context "Core", filled from :mod:`cs_quiz.scoring.messages` by lupdate) and QLocale for numbers.
Used by the GUI and the PDF report alike, so both read the same."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from cs_quiz.report import text as text_report
from cs_quiz.report.text import CONTEXT as TEXT_CONTEXT
from cs_quiz.report.text import Language
from cs_quiz.scoring.messages import CONTEXT
from cs_quiz.scoring.results import Text


def number(value: int | float) -> str:
    """49.6 as the locale writes it (49,6 in Spanish); whole numbers without decimals."""
    if isinstance(value, float) and not value.is_integer():
        return QLocale().toString(value, "f", 1 if round(value, 1) == value else 2)
    return QLocale().toString(int(value))


def date_words(day: date) -> str:
    """A date as the reader's locale writes it in words, with no weekday and the full year: "4 December 2026"
    (en_GB), "December 4, 2026" (en_US), "4 de diciembre de 2026". Unlike 12/4/26 no reader can take the month for
    the day. The one way the app, the PDF, the panel and the kiosk write a date."""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,\s]*", "", pattern).strip(" ,")  # the weekday ("dddd, " or "dddd ")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def when_words(moment: datetime, *, with_time: bool = True) -> str:
    """:func:`date_words` and, if ``with_time``, the time as the locale writes it: "4 December 2026, 18:57"."""
    text = date_words(moment.date())
    if not with_time:
        return text
    clock = QLocale().toString(QTime(moment.hour, moment.minute), QLocale().timeFormat(QLocale.FormatType.ShortFormat))
    return f"{text}, {clock}"


def render(text: Text) -> str:
    return text.render(lambda template: QCoreApplication.translate(CONTEXT, template), number)


def text_language(code: str) -> Language:
    """The plain-text report (:mod:`cs_quiz.report.text`) in language ``code``, for the command line: installs the
    catalogue in this process's Qt application (a QCoreApplication is made if there is none: no display needed)."""
    from cs_quiz.report.translation import set_language

    app = QCoreApplication.instance() or _keep(QCoreApplication([]))
    set_language(code, app)
    return Language(tr=_tr_text, text=render, number=number)


_apps: list[QCoreApplication] = []


def _keep(app: QCoreApplication) -> QCoreApplication:
    _apps.append(app)  # the application must outlive every call that translates
    return app


def _tr_text(template: str) -> str:
    return QCoreApplication.translate(TEXT_CONTEXT, template)


def joined(texts: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c", with "and" in the interface language (:func:`cs_quiz.report.text.joined`)."""
    return text_report.joined(texts, _tr_text)


def sentence(texts: Sequence[str]) -> str:
    """Reasons as one sentence in the interface language (:func:`cs_quiz.report.text.sentence`)."""
    return text_report.sentence(texts, _tr_text)
