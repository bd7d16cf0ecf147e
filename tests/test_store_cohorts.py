"""Cohort labels and participant codes on stored attempts (issue 18): set when an attempt starts or later by a
teacher, cleaned and bounded, carried through the JSON and CSV exports and back in through import."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from cs_quiz.store import exchange
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import MAX_COHORT, Store, clean_label


def started(store: Store, **labels: str | None) -> str:
    return store.start_attempt(bank_id="b", bank_version="1.0", bank_hash="h", sections=["quick"], **labels)


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("  Year 11   careers ", "Year 11 careers"),
        ("Tuesday\tgroup\n", "Tuesday group"),
        ("Grupo\u0007 B", "Grupo B"),  # a control character is never stored
        ("   ", None),
        (None, None),
        ("Año 2º — ñandú", "Año 2º — ñandú"),
    ],
)
def test_labels_are_cleaned(given: str | None, kept: str | None) -> None:
    assert clean_label(given, MAX_COHORT) == kept


def test_a_label_too_long_is_refused_whole(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(ValueError, match="at most 60"):
            started(store, cohort="x" * 61)
        assert store.history() == [], "nothing half-written"


def test_cohort_and_code_are_kept_and_a_teacher_can_regroup(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        a = started(store, cohort=" 11B ", code="K7")
        b = started(store)
        c = started(store, cohort="11A")
        got = {s.id: (s.cohort, s.code) for s in store.history()}
        assert got == {a: ("11B", "K7"), b: (None, None), c: ("11A", None)}
        assert store.set_cohort([b, c, "no-such-id"], "11B") == 2
        assert store.cohorts() == [("11B", 3)]
        assert store.set_cohort([a], "") == 1  # blank: in no cohort
        assert store.cohorts() == [("11B", 2)]
        assert store.get_attempt(a).code == "K7", "the code is the person's, not the teacher's grouping"


def test_exports_carry_them_and_import_reads_them_back(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kiosk") as store:
        started(store, cohort="Workshop 3 — before", code="=cmd|' /C calc'!A0")
        n = exchange.export_json(store, tmp_path / "out.json")
        exchange.export_csv(store, tmp_path / "out.csv")
    assert n == 1
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert doc["attempts"][0]["cohort"] == "Workshop 3 — before"
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as fh:
        [row] = list(csv.DictReader(fh))
    assert row["cohort"] == "Workshop 3 — before"
    assert row["participant_code"].startswith("'="), "a code is guarded against formulas like any text"
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [tmp_path / "out.json"])
        [got] = teacher.history()
        assert (got.cohort, got.code) == ("Workshop 3 — before", "=cmd|' /C calc'!A0"), report


def test_an_imported_label_too_long_refuses_the_file_whole_and_says_where(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kiosk") as store:
        started(store, cohort="fine")
        started(store, cohort="also fine")
        exchange.export_json(store, tmp_path / "out.json")
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    doc["attempts"][1]["cohort"] = "y" * 200
    (tmp_path / "bad.json").write_text(json.dumps(doc), encoding="utf-8")
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [tmp_path / "bad.json"])
        assert teacher.history() == [], "a file is imported whole or not at all"
        [outcome] = report.files
        assert outcome.error == "attempt 2: 'cohort' is 200 characters long; at most 60 are allowed"


def test_an_attempt_starts_in_a_cohort_with_a_code(tmp_path: Path) -> None:
    from cs_quiz.attempts.attempt import Attempt
    from cs_quiz.bank.load import load_bank

    bank = load_bank(Path(__file__).parent / "fixtures" / "banks" / "small.yaml").bank
    assert bank is not None
    with Store.open(tmp_path) as store:
        attempt = Attempt.start(store, bank, ["quick"], cohort="Evening class", code=" R2D2 ")
        assert (store.get_attempt(attempt.id).cohort, store.get_attempt(attempt.id).code) == ("Evening class", "R2D2")
        with pytest.raises(ValueError):
            Attempt.start(store, bank, ["quick"], code="z" * 41)
        assert len(store.history()) == 1, "a refused code records nothing"


def test_attempts_reads_a_cohort_with_answers_and_results_in_one_go(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        a = started(store, cohort="11B")
        store.save_answer(a, "data-1", 4)
        store.save_answer(a, "sc-1", {"best": "a", "worst": "c"})
        result = {"score": {"readiness": {"score": 50}, "competencies": [], "flags": []}, "advice": {}}
        store.finish_attempt(a, result, None)
        b = started(store, cohort="11b")  # the same label, typed in another case
        c = started(store, cohort="11A")
        store.save_answer(c, "data-1", 2)
        got = store.attempts(cohort="11B")
        assert [x.id for x in got] == [a, b]
        assert got[0].answers == {"data-1": 4, "sc-1": {"best": "a", "worst": "c"}} and got[0].answer_times == {}
        assert got[0].result == result and got[0].status == "finished"
        assert got[1].answers == {} and got[1].status == "in_progress"
        assert [x.id for x in store.attempts()] == [a, b, c]
        assert set(store.attempts(answer_times=True)[0].answer_times) == {"data-1", "sc-1"}
        assert store.attempts(bank_id="other") == []


def test_a_result_file_for_a_results_folder(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    with Store.open(tmp_path / "kiosk") as store:
        a = started(store, cohort="11B")
        path = exchange.write_result_file(store, a, folder)
        assert path.parent == folder and path.name.startswith("cs-quiz-result-") and a[:8] in path.name
        assert [x["id"] for x in json.loads(path.read_text(encoding="utf-8"))["attempts"]] == [a]
        with pytest.raises(FileNotFoundError):
            exchange.write_result_file(store, a, tmp_path / "not plugged in")
        assert not (tmp_path / "not plugged in").exists()
        assert exchange.export_json(store, tmp_path / "none.json", attempt_ids=["no-such-id"]) == 0
