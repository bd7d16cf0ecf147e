"""One way to write a date, wherever a person reads one (issue 17): the app, the PDF, the kiosk's take-away and the
panel follow the interface language's locale, with the month in words and the full year (no 12/4/26 that a
British reader takes for the 12th of April); English is British English, as the app's spelling is."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from cs_quiz.report import qtext
from cs_quiz.report.markup import when_text
from cs_quiz.ui import language
from cs_quiz.ui.formatting import format_when

MOMENT = datetime(2026, 12, 4, 18, 57, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "day", "pattern"),
    [
        ("en", "4 December 2026", r"^4 December 2026, \d\d:57$"),
        ("es", "4 de diciembre de 2026", r"^4 de diciembre de 2026, \d{1,2}:57$"),
    ],
)
def test_every_date_is_written_the_same_way(qapp: QApplication, lang: str, day: str, pattern: str) -> None:
    language.set_language(lang, qapp)
    assert qtext.date_words(date(2026, 12, 4)) == day
    shown = format_when(MOMENT)  # the app: history, the resume offer
    assert re.match(pattern, shown), shown
    local = MOMENT.astimezone()
    assert when_text(local) == shown, "the PDF writes it as the app does"
    assert "/" not in shown


def test_the_takeaway_writes_the_date_in_words(qapp: QApplication) -> None:
    from cs_quiz.bank.load import load_bank
    from cs_quiz.kiosk.takeaway import DATE_LINE, summary_text
    from cs_quiz.scoring.engine import evaluate
    from gui_fixtures import SMALL

    language.set_language("en", qapp)
    bank = load_bank(SMALL).bank
    ev, _ = evaluate(bank, {"data-1": 4, "patience-1": 2, "years": 3}, ["quick"])
    text = summary_text(ev.score, ev.advice, when=date(2026, 12, 4), date_words=qtext.date_words)
    assert DATE_LINE.format(date="4 December 2026") in text
