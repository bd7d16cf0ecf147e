"""One rule for the figures people see: scores round half up everywhere, and a change is the difference of the
two figures shown. The history's figures come from the Qt-free attempts.history module, in typed records."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cs_quiz.attempts.history import history, trend
from cs_quiz.scoring.numbers import shown, shown_change
from cs_quiz.store.store import Store
from test_store import T0, finished, start


def test_halves_go_up_and_changes_are_between_the_figures_shown() -> None:
    assert shown(62.5) == 63 and shown(59.5) == 60 and shown(0.49) == 0 and shown(None) is None
    assert shown_change(60, 62.5) == -3  # 63 -> 60 as people see it, not round(-2.5) = -2
    assert shown_change(62.5, 60) == 3
    assert shown_change(None, 60) is None and shown_change(60, None) is None


@given(st.floats(0, 100), st.floats(0, 100))
def test_a_change_always_agrees_with_the_two_figures_on_screen(now: float, before: float) -> None:
    change = shown_change(now, before)
    assert change is not None and shown(before) + change == shown(now)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path)
    yield s
    s.close()


def test_history_compares_with_the_same_persons_previous_attempt(store: Store) -> None:
    finished(store, T0, {"c01": 62.5, "c02": 40.0}, nickname="Ana")
    finished(store, T0 + timedelta(days=1), {"c01": 10.0}, nickname="Bo")  # someone else: not compared
    finished(store, T0 + timedelta(days=2), {"c01": 60.0, "c02": None}, nickname="ana")
    start(store, "Ana", T0 + timedelta(days=3))  # in progress: not history
    entries = history(store.finished_attempts())
    assert [e.nickname for e in entries] == ["ana", "Bo", "Ana"]
    latest = entries[0]
    assert latest.previous_started_at == T0
    by_id = {c.competency: c for c in latest.competencies}
    assert (by_id["c01"].score, by_id["c01"].change) == (60, -3)
    assert (by_id["c02"].score, by_id["c02"].change) == (None, None)
    assert entries[2].previous_started_at is None and all(c.change is None for c in entries[2].competencies)
    points = trend(entries, "csd")
    assert [p.when for p in points] == [T0, T0 + timedelta(days=1), T0 + timedelta(days=2)]  # oldest first


def test_finished_attempts_is_one_query_and_clear_is_one_transaction(store: Store) -> None:
    for day in range(5):
        finished(store, T0 + timedelta(days=day), {"c01": 50.0 + day})
    start(store, "Cy")
    statements: list[str] = []
    store._db.conn.set_trace_callback(statements.append)
    assert len(store.finished_attempts(limit=3)) == 3
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) == 1, reads
    statements.clear()
    assert store.clear() == 6
    assert sum(s.strip().upper() == "COMMIT" for s in statements) == 1
    assert store.history() == [] and store.aggregate().participants == 0
