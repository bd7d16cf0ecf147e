"""A kiosk at a workshop labels every attempt with the facilitator's cohort (issue 18), so the class's results can be
gathered and compared; the label is an option of the panel, bounded like every stored label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from kiosk_helpers import answer_quick, begin, finish_from_review

from cs_quiz.kiosk import settings as ks
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store
from factories import finished_in_cohort
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


def test_each_finished_result_is_also_written_to_the_results_folder(
    make_kiosk: Any, qtbot: Any, store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "USB stick"
    folder.mkdir()
    window = make_kiosk(cohort="Tuesday", results_folder=str(folder))
    for nickname in ("Ana", "Bo"):
        begin(qtbot, window, nickname=nickname)
        answer_quick(qtbot, window, 4, 2, 3)
        finish_from_review(qtbot, window)
        writes_landed(window)
        window.results.done.emit()
    files = sorted(folder.glob("cs-quiz-result-*.json"))
    assert len(files) == 2 and not list(folder.glob("*.tmp*")), "whole files only"
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, files)
        got = sorted((a.nickname, a.cohort, a.status) for a in teacher.history())
        assert got == [("Ana", "Tuesday", "finished"), ("Bo", "Tuesday", "finished")], report


def test_a_missing_results_folder_never_stops_the_participant(
    make_kiosk: Any, qtbot: Any, store: Store, tmp_path: Path
) -> None:
    unplugged = tmp_path / "media" / "usb"
    window = make_kiosk(results_folder=str(unplugged))
    begin(qtbot, window)
    answer_quick(qtbot, window, 4, 2, 3)
    finish_from_review(qtbot, window)
    writes_landed(window)
    assert window.page == "results", "the participant gets the results all the same"
    assert [s.status for s in store.history()] == ["finished"], "kept in the kiosk's own store"
    assert not unplugged.exists(), "a missing USB stick is never created on the kiosk's own disk"
    assert "could not be written to the results folder" in window.problem and "USB stick" in window.problem


def seed_finished(store: Store, bank: Any, n: int, cohort: str) -> list[int]:
    """``n`` people who finished the small bank's Quick check in ``cohort``; the readiness each was shown."""
    return finished_in_cohort(store, bank, n, cohort)


@pytest.mark.parametrize(("others", "offered", "said"), [(20, True, True), (19, True, False), (25, False, False)])
def test_where_a_person_stands_is_said_only_when_offered_and_the_group_is_big_enough(
    make_kiosk: Any, qtbot: Any, store: Store, small_bank: Any, others: int, offered: bool, said: bool
) -> None:
    from PySide6.QtWidgets import QLabel

    from cs_quiz.stats.standing import standing

    shown = seed_finished(store, small_bank, others, "Tuesday")
    seed_finished(store, small_bank, 5, "Another class")  # never counted in Tuesday's group
    window = make_kiosk(cohort="tuesday", show_standing=offered)
    begin(qtbot, window)
    answer_quick(qtbot, window, 4, 2, 3)
    finish_from_review(qtbot, window)
    lines = [w.text() for w in window.results.page.findChildren(QLabel, "standing")]
    if not said:
        assert lines == []
        return
    mine = window.results.page.evaluation.score.readiness.rounded
    assert lines == [
        f"Your readiness score is higher than that of {standing(mine, shown)}% of the {others} others in tuesday."
    ]
