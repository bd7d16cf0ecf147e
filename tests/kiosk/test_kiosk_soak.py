"""Soak: 300 participants through the real kiosk window, one after another, as a workshop day would bring.

Some finish (results, QR code, Done), some walk away mid-way (idle, "Still there?", countdown). Every attempt
must be stored as what happened, nobody's answers may reach the next person, the number of live widgets must not
grow, and the process's resident memory may grow by less than 10 MB from participant 50 to 300.
"""

from __future__ import annotations

import gc
import os
import time
from typing import Any

import pytest
from kiosk_helpers import answer_quick, begin, finish_from_review, flush_deletes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cs_quiz.store.store import Store
from cs_quiz.ui.question_page import QuestionPage
from cs_quiz.ui.results_page import ResultsPage
from gui_fixtures import writes_landed

PEOPLE = 300
MEASURE_FROM = 50
MAX_GROWTH_MB = 10.0


def rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        resident_pages = int(fh.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def settled_rss() -> float:
    flush_deletes()
    gc.collect()
    return rss_mb()


def plan(i: int) -> tuple[int, int, int, bool]:
    """Participant i's answers (data-1, patience-1, years) and whether they walk away after the first answer."""
    return 1 + i % 5, 1 + (i * 3) % 5, i % 50, i % 4 == 3


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists("/proc/self/statm"), reason="reads RSS from /proc")
def test_300_participants_leave_nothing_behind(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk(countdown_seconds=5)
    started = time.monotonic()
    rss: dict[int, float] = {}
    widgets: dict[int, int] = {}
    for i in range(1, PEOPLE + 1):
        data, patience, years, walks_away = plan(i)
        begin(qtbot, window, nickname=f"P{i:03d}")
        assert window.session is not None and window.session.answers == {}, f"participant {i} inherited answers"
        if walks_away:
            answer_quick(qtbot, window, data, patience, years, stop_after=1)
            window.idle.timer.timeout.emit()
            assert window.overlay.isVisible()
            for _ in range(5):
                window.overlay.tick()
        else:
            answer_quick(qtbot, window, data, patience, years)
            finish_from_review(qtbot, window)
            assert window.results is not None and window.results.qr is not None
            qtbot.mouseClick(window.results.done_button, Qt.MouseButton.LeftButton)
        flush_deletes()
        assert window.page == "welcome" and window.attract is not None
        assert window.attract.nickname.text() == "" and window.session is None
        assert not window.findChildren(QuestionPage) and not window.findChildren(ResultsPage)
        if i in (MEASURE_FROM, PEOPLE):
            rss[i] = settled_rss()
            widgets[i] = len(QApplication.allWidgets())
    elapsed = time.monotonic() - started

    writes_landed(window)
    attempts = {a.nickname: a for a in store.history()}
    assert len(attempts) == PEOPLE
    for i in range(1, PEOPLE + 1):
        data, patience, years, walks_away = plan(i)
        a = store.get_attempt(attempts[f"P{i:03d}"].id)
        if walks_away:
            assert a.status == "abandoned" and a.answers == {"data-1": data}
        else:
            assert a.status == "finished" and a.answers == {"data-1": data, "patience-1": patience, "years": years}
            assert a.result is not None and a.band_id is not None
    agg = store.aggregate()
    assert (agg.participants, agg.finished, agg.abandoned) == (PEOPLE, PEOPLE - PEOPLE // 4, PEOPLE // 4)

    growth = rss[PEOPLE] - rss[MEASURE_FROM]
    print(
        f"\nsoak: {PEOPLE} participants in {elapsed:.1f} s; RSS {rss[MEASURE_FROM]:.1f} MB at {MEASURE_FROM}, "
        f"{rss[PEOPLE]:.1f} MB at {PEOPLE} (+{growth:.2f} MB); "
        f"live widgets {widgets[MEASURE_FROM]} -> {widgets[PEOPLE]}"
    )
    assert widgets[PEOPLE] <= widgets[MEASURE_FROM], "widgets of earlier participants are still alive"
    assert growth < MAX_GROWTH_MB
