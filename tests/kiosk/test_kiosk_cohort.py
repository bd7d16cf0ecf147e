"""A kiosk at a workshop labels every attempt with the facilitator's cohort (issue 18), so the class's results can be
gathered and compared; the label is an option of the panel, bounded like every stored label."""

from __future__ import annotations

from typing import Any

import pytest
from kiosk_helpers import answer_quick, begin, finish_from_review

from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store
from gui_fixtures import writes_landed


def test_every_attempt_gets_the_kiosks_cohort(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk(cohort="  Thursday   workshop ")
    begin(qtbot, window, nickname="Pat")
    answer_quick(qtbot, window, 4, 2, 3)
    finish_from_review(qtbot, window)
    writes_landed(window)
    [stored] = store.history()
    assert stored.cohort == "Thursday workshop" and stored.status == "finished"
    assert store.cohorts() == [("Thursday workshop", 1)]


def test_without_a_cohort_attempts_have_none(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    begin(qtbot, window)
    writes_landed(window)
    assert [s.cohort for s in store.history()] == [None]


def test_the_label_is_bounded() -> None:
    with pytest.raises(ValueError, match="at most 60 characters"):
        ks.KioskSettings().with_values(cohort="x" * 61)
    assert ks.KioskSettings().with_values(cohort="  Year\t11 ").cohort == "Year 11"
