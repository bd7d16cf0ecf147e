"""Hostile and broken import files (issue 16, items 1, 3, 4 and 5): each is refused whole with the file, the
attempt and the field named; a batch goes on past a bad file and reports once at the end; one bad value never
breaks a later export; every text cell of the CSV is guarded against formulas; a repeated attempt id with other
content is said to differ."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.store.exchange import export_csv, export_json
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store
from test_store import T0, finished

Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "here")
    yield s
    s.close()


def _export(tmp_path: Path) -> dict[str, Any]:
    """A real export of one finished attempt, made on another machine."""
    other = Store.open(tmp_path / "other")
    finished(other, T0, {"c01": 41.25, "c02": 70.0}, nickname="Zoë", flags=("too-fast",))
    export_json(other, tmp_path / "good.json")
    other.close()
    return json.loads((tmp_path / "good.json").read_text(encoding="utf-8"))


def _write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _score(value: float) -> Mutation:
    def change(doc: dict[str, Any]) -> None:
        doc["attempts"][0]["result"]["score"]["competencies"][0]["score"] = value

    return change


def _readiness(value: float) -> Mutation:
    def change(doc: dict[str, Any]) -> None:
        doc["attempts"][0]["result"]["score"]["readiness"]["score"] = value

    return change


def _field(key: str, value: Any) -> Mutation:
    def change(doc: dict[str, Any]) -> None:
        doc["attempts"][0][key] = value

    return change


def _flag_kind(doc: dict[str, Any]) -> None:
    doc["attempts"][0]["result"]["score"]["flags"][0]["kind"] = '=HYPERLINK("http://evil","flag")'


def _bank(doc: dict[str, Any]) -> None:
    doc["attempts"][0]["bank"]["id"] = "nobody-has-this"


HOSTILE: dict[str, tuple[Mutation, str]] = {
    "a competency score of 1e308": (_score(1e308), "score of 'c01' must be between 0 and 100"),
    "readiness 150": (_readiness(150), "readiness.score must be between 0 and 100"),
    "a score of -20": (_score(-20), "must be between 0 and 100"),
    "a nickname of 100,000 characters": (_field("nickname", "x" * 100_000), "'nickname' is 100,000 characters"),
    "a flag kind written as a formula": (_flag_kind, "unknown response-quality flag"),
    "position 2**70": (_field("position", 2**70), "digits"),
    "a date in the year 1": (_field("started_at", "0001-01-01T00:00:00Z"), "not a date an attempt can have"),
    "a date in the year 9999": (_field("started_at", "9999-12-31T23:59:59Z"), "not a date an attempt can have"),
    "finished before it started": (_field("finished_at", "2026-03-01T09:00:00Z"), "before started_at"),
    "an unknown bank": (_bank, "is not a question bank on this computer"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_attempt_is_refused_naming_the_file_the_attempt_and_the_field(
    store: Store, tmp_path: Path, name: str
) -> None:
    doc = _export(tmp_path)
    change, reason = HOSTILE[name]
    change(doc)
    path = _write(tmp_path / "bad.json", doc)
    report = import_files(store, [path], known_banks=frozenset({"csd"}))
    assert report.added == 0 and store.history() == [], "nothing of a refused file lands"
    (line,) = report.lines()[:1]
    where = "" if reason == "digits" else "attempt 1:"  # too many digits is refused while reading, before attempts
    assert line.startswith(f"{path}: rejected: {where}"), line
    assert reason in line, line


def test_a_5000_digit_number_is_refused_before_python_would_choke_on_it(store: Store, tmp_path: Path) -> None:
    doc = _export(tmp_path)
    text = json.dumps(doc).replace('"position": 0', '"position": ' + "9" * 5000)
    assert "9" * 5000 in text
    (tmp_path / "digits.json").write_text(text, encoding="utf-8")
    report = import_files(store, [tmp_path / "digits.json"])
    assert report.rejected and "5,000 digits" in report.lines()[0]


def test_a_batch_goes_on_past_a_deep_file_and_reports_every_file(store: Store, tmp_path: Path) -> None:
    doc = _export(tmp_path)
    a = _write(tmp_path / "a.json", doc)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    other = Store.open(tmp_path / "third")
    finished(other, T0 + timedelta(days=3), {"c01": 60.0, "c02": 50.0}, nickname="Bo")
    export_json(other, tmp_path / "b.json")
    other.close()
    report = import_files(store, [a, deep, tmp_path / "b.json"])
    lines = report.lines()
    assert "1 added" in lines[0] and "rejected" in lines[1] and "nested more than" in lines[1]
    assert "1 added" in lines[2], "the file after the bad one is still imported"
    assert lines[-1].startswith("Total: 2 added") and "1 of 3 file(s) rejected" in lines[-1]


def test_the_command_line_import_reports_and_exits_1_without_a_traceback(tmp_path: Path) -> None:
    doc = _export(tmp_path)
    good = _write(tmp_path / "good2.json", doc)
    deep = tmp_path / "deep.json"
    deep.write_text("{" * 100_000, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "cs_quiz", "--data-dir", str(tmp_path / "cli"), "import", str(good), str(deep)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert "rejected" in out.stdout and "Total:" in out.stdout


def test_an_unknown_bank_is_refused_by_the_command_line_but_a_banks_folder_makes_it_known(tmp_path: Path) -> None:
    doc = _export(tmp_path)  # bank "csd": not a bundled bank
    path = _write(tmp_path / "class.json", doc)
    cmd = [sys.executable, "-m", "cs_quiz", "--data-dir", str(tmp_path / "cli"), "import", str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "not a question bank on this computer" in out.stdout


def test_the_same_attempt_with_other_content_is_said_to_differ(store: Store, tmp_path: Path) -> None:
    doc = _export(tmp_path)
    first = _write(tmp_path / "first.json", doc)
    assert import_files(store, [first]).added == 1
    doc["attempts"][0]["answers"]["q1"] = 2
    again = _write(tmp_path / "again.json", doc)
    report = import_files(store, [first, again])
    same, differs = report.lines()[:2]
    assert "1 already present (skipped)" in same and "differ" not in same
    assert "1 of those differ from the copy here" in differs and "the copy here was kept" in differs


def test_an_export_never_fails_because_of_one_value_an_older_version_let_in(store: Store, tmp_path: Path) -> None:
    finished(store, T0, {"c01": 41.25, "c02": 70.0}, nickname="Zoë")
    store.close()
    with sqlite3.connect(tmp_path / "here" / "results.sqlite") as conn:  # what cs-quiz 0.x imported unchecked
        conn.execute("UPDATE attempt_scores SET score = 1e308")
        conn.execute("UPDATE attempts SET readiness = 1e308")
    reopened = Store.open(tmp_path / "here")
    try:
        assert export_csv(reopened, tmp_path / "class.csv") == 1
    finally:
        reopened.close()
    rows = list(csv.reader(io.StringIO((tmp_path / "class.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2 and "1e308" not in rows[1]


def test_every_text_cell_of_the_csv_is_guarded_against_formulas(store: Store, tmp_path: Path) -> None:
    finished(store, T0, {"c01": 41.25, "c02": 70.0}, nickname="@SUM(A1)", flags=("too-fast",))
    store.close()
    with sqlite3.connect(tmp_path / "here" / "results.sqlite") as conn:  # a flag an older version let in
        conn.execute("UPDATE attempts SET flags = ?", ('["=HYPERLINK(\\"http://evil\\")"]',))
    reopened = Store.open(tmp_path / "here")
    try:
        export_csv(reopened, tmp_path / "class.csv")
    finally:
        reopened.close()
    (row,) = list(csv.DictReader(io.StringIO((tmp_path / "class.csv").read_text(encoding="utf-8-sig"))))
    for key, cell in row.items():
        assert cell[:1] not in ("=", "+", "@", "\t", "\r") and not (cell[:1] == "-" and not cell[1:2].isdigit()), (
            key,
            cell,
        )


def test_the_facilitators_overview_survives_a_value_an_older_version_let_in(store: Store, tmp_path: Path) -> None:
    finished(store, T0, {"c01": 41.25, "c02": 70.0}, nickname="Zoë")
    store.close()
    with sqlite3.connect(tmp_path / "here" / "results.sqlite") as conn:
        conn.execute("UPDATE attempt_scores SET score = 1e308")
    reopened = Store.open(tmp_path / "here")
    try:
        overview = reopened.aggregate()
    finally:
        reopened.close()
    assert all(s.mean is None or 0 <= s.mean <= 100 for s in overview.competencies)
