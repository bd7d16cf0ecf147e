"""Export to CSV/JSON and import from other machines, as a teacher collecting a class's files would use them."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.atomic import atomic_write_text
from cs_quiz.store import exchange
from cs_quiz.store.exchange import export_csv, export_json
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store
from test_store import T0, finished, make_result, start


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "here")
    yield s
    s.close()


def _class_of_three(s: Store) -> list[str]:
    ids = [
        finished(s, T0, {"c01": 41.25, "c02": 70.0}, nickname="Zoë", gaps=("c01",), flags=("too-fast",)),
        finished(s, T0 + timedelta(days=1), {"c01": 80.0, "c02": None}, nickname="=HYPERLINK(evil)", band="ready"),
    ]
    ongoing = start(s, "Ana", T0 + timedelta(days=2))
    s.save_answer(ongoing, "q1", {"best": "a", "worst": "b"}, position=4)
    return [*ids, ongoing]


def _csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# -- CSV ------------------------------------------------------------------------------------------------------------
def test_csv_has_a_row_per_attempt_and_a_column_per_competency(store: Store, tmp_path: Path) -> None:
    ids = _class_of_three(store)
    assert export_csv(store, tmp_path / "class.csv") == 3
    rows = _csv(tmp_path / "class.csv")
    assert [r["attempt_id"] for r in rows] == ids  # oldest first
    first, second, ongoing = rows
    assert list(first)[-2:] == ["Competency 1", "Competency 2"]
    assert (first["nickname"], first["started_utc"], first["finished_utc"]) == (
        "Zoë",
        "2026-03-02 09:00:00",
        "2026-03-02 09:20:00",
    )
    assert (first["Competency 1"], first["Competency 2"], first["readiness"]) == ("41.3", "70.0", "55.6")
    assert (first["band_name"], first["flags"], first["status"], first["answered"]) == (
        "Developing",
        "too-fast",
        "finished",
        "1",
    )
    assert second["Competency 2"] == "" and second["band_id"] == "ready"
    assert second["nickname"] == "'=HYPERLINK(evil)"  # never run as a formula by a spreadsheet
    assert (ongoing["status"], ongoing["readiness"], ongoing["Competency 1"]) == ("in_progress", "", "")


def test_csv_and_json_respect_the_date_range(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        ids = _class_of_three(store)
        day2 = (T0 + timedelta(days=1)).date()
        assert export_csv(store, tmp_path / "d.csv", since=day2, until=day2) == 1
        assert [r["attempt_id"] for r in _csv(tmp_path / "d.csv")] == [ids[1]]
        assert export_json(store, tmp_path / "d.json", since=day2) == 2
        doc = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
        assert [a["id"] for a in doc["attempts"]] == ids[1:]
        assert doc["range"]["since"] == "2026-03-03T00:00:00Z" and doc["range"]["until"] is None
    finally:
        monkeypatch.undo()
        time.tzset()


def test_csv_export_of_an_empty_store_still_opens(store: Store, tmp_path: Path) -> None:
    assert export_csv(store, tmp_path / "none.csv") == 0
    assert _csv(tmp_path / "none.csv") == []
    header = (tmp_path / "none.csv").read_bytes().decode("utf-8-sig").splitlines()[0]
    assert header.split(",") == list(exchange.CSV_FIXED_COLUMNS)


# -- JSON and import ------------------------------------------------------------------------------------------------
def test_json_round_trip_between_machines_keeps_everything(store: Store, tmp_path: Path) -> None:
    ids = _class_of_three(store)
    export_json(store, tmp_path / "all.json")
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert (doc["format"], doc["format_version"]) == ("cs-quiz-results", 1)
    first = doc["attempts"][0]
    assert first["bank"] == {"id": "csd", "version": "1.0", "content_hash": "ab" * 32}
    assert first["answers"] == {"q1": 4} and first["result"] == store.get_attempt(ids[0]).result

    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [tmp_path / "all.json"])
        assert (report.added, report.skipped, report.rejected) == (3, 0, ())
        for attempt in ids:
            mine, theirs = store.get_attempt(attempt), teacher.get_attempt(attempt)
            assert theirs.imported and not mine.imported
            assert {**vars(theirs), "imported": False} == vars(mine)
        assert teacher.aggregate() == store.aggregate()
        assert teacher.unfinished_attempts() == []  # someone else's unfinished attempt is not offered to resume


def test_importing_the_same_files_again_adds_nothing(store: Store, tmp_path: Path) -> None:
    _class_of_three(store)
    export_json(store, tmp_path / "a.json")
    export_json(store, tmp_path / "copy.json")
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [tmp_path / "a.json", tmp_path / "copy.json"])
        assert [(len(f.added), len(f.skipped)) for f in report.files] == [(3, 0), (0, 3)]
        assert report.lines()[-1] == "Total: 3 added, 3 skipped, 0 of 2 file(s) rejected."
        assert import_files(teacher, [tmp_path / "a.json"]).skipped == 3
        assert len(teacher.history()) == 3


def _bad_answer(doc: dict[str, Any]) -> None:
    doc["attempts"][2]["answers"]["q9"] = {"best": 7}


def _no_result(doc: dict[str, Any]) -> None:
    doc["attempts"][0]["result"] = None


def _bad_score(doc: dict[str, Any]) -> None:
    doc["attempts"][1]["result"]["score"]["competencies"][0]["score"] = "high"


def _newer(doc: dict[str, Any]) -> None:
    doc["format_version"] = 99


def _bad_id(doc: dict[str, Any]) -> None:
    doc["attempts"][1]["id"] = "not-a-uuid"


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (_bad_answer, "attempt 3: answer to 'q9'"),
        (_no_result, "attempt 1: a finished attempt has no result"),
        (_bad_score, "attempt 2: score of 'c01' must be a number"),
        (_newer, "newer cs-quiz"),
        (_bad_id, "attempt 2: 'id' is not a UUID"),
    ],
)
def test_a_malformed_file_is_rejected_whole_with_its_reason(
    store: Store, tmp_path: Path, spoil: Any, reason: str
) -> None:
    _class_of_three(store)
    export_json(store, tmp_path / "x.json")
    doc = json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))
    spoil(doc)
    (tmp_path / "x.json").write_text(json.dumps(doc), encoding="utf-8")
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [tmp_path / "x.json"])
        (bad,) = report.rejected
        assert reason in (bad.error or "")
        assert teacher.history() == []  # nothing half-imported


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.json", b'{"format": "cs-quiz-results", ', "invalid JSON at line 1"),
        ("other.json", b'{"hello": 1}', "not a cs-quiz results file"),
        ("latin1.json", '{"n": "Zo\u00eb"}'.encode("latin-1"), "not UTF-8"),
        ("class.csv", b"attempt_id,nickname\n", "CSV exports"),
    ],
)
def test_files_that_are_not_exports_are_rejected(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    with Store.open(tmp_path / "teacher") as teacher:
        (bad,) = import_files(teacher, [tmp_path / name]).files
    assert bad.error is not None and reason in bad.error


def test_one_bad_file_does_not_stop_the_good_ones(store: Store, tmp_path: Path) -> None:
    _class_of_three(store)
    export_json(store, tmp_path / "good.json")
    with Store.open(tmp_path / "teacher") as teacher:
        report = import_files(teacher, [tmp_path / "missing.json", tmp_path / "good.json"])
        assert report.added == 3 and len(report.rejected) == 1
        assert report.lines()[0].startswith(f"{tmp_path / 'missing.json'}: rejected: cannot be read")


def test_an_export_file_with_a_bom_is_accepted(store: Store, tmp_path: Path) -> None:
    _class_of_three(store)
    export_json(store, tmp_path / "a.json")
    (tmp_path / "bom.json").write_bytes(b"\xef\xbb\xbf" + (tmp_path / "a.json").read_bytes())
    with Store.open(tmp_path / "teacher") as teacher:
        assert import_files(teacher, [tmp_path / "bom.json"]).added == 3


# -- atomic writes --------------------------------------------------------------------------------------------------
def test_a_failed_export_leaves_the_previous_file_whole(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _class_of_three(store)
    target = tmp_path / "results.json"
    target.write_text("the previous export", encoding="utf-8")

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exchange.json, "dump", fail)
    with pytest.raises(OSError):
        export_json(store, target)
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(os.listdir(tmp_path)) == ["here", "results.json"]  # no temporary file left behind


def test_atomic_write_replaces_and_keeps_the_file_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new\r\nlines")
    assert target.read_bytes() == b"new\r\nlines"
    assert target.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["report.txt"]


def test_finished_result_shape_is_what_the_export_carries(store: Store, tmp_path: Path) -> None:
    result = make_result({"c01": 10.0})
    attempt = start(store)
    store.finish_attempt(attempt, result)
    export_json(store, tmp_path / "r.json")
    doc = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert doc["attempts"][0]["result"] == result
