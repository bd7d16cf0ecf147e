"""`cs-quiz export`, `import` and `history` from the terminal: exit codes, messages, never a traceback."""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.cli.store import add_commands
from cs_quiz.store.store import Store
from test_store import T0, finished, start


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="cs-quiz")
    parser.add_argument("--data-dir", type=Path, default=None)
    add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.handler(args))


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    with Store.open(folder) as s:
        finished(s, T0, {"c01": 40.0}, nickname="Ana", band_name="Developing", flags=("too-fast",))
        finished(s, T0 + timedelta(days=30), {"c01": 80.0}, nickname="Ana", band="ready", band_name="Ready")
        start(s, "Bo", T0 + timedelta(days=31))
    return folder


def test_history_prints_a_table_newest_first(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--data-dir", str(data), "history") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Started", "Nickname", "Status", "Readiness", "Band", "Sections", "Flags"]
    assert lines[1].split()[2:5:1][:1] + [" ".join(lines[1].split()[3:5])] == ["Bo", "in progress"]
    assert "Ana" in lines[2] and "80" in lines[2] and "Ready" in lines[2]
    assert "40" in lines[3] and "too-fast" in lines[3]


def test_history_filters_by_nickname_and_uses_the_environment(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CS_QUIZ_DATA_DIR", str(data))
    assert run("history", "--nickname", "bo") == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and "Bo" in out[1]
    assert run("history", "--nickname", "Cy") == 0
    assert capsys.readouterr().out.strip() == "No attempts by 'Cy'."


def test_history_of_an_empty_folder_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--data-dir", str(tmp_path / "none"), "history") == 0
    assert capsys.readouterr().out.strip() == "No attempts yet."
    assert not (tmp_path / "none").exists()


def test_export_both_formats_and_import_them_elsewhere(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The attempts here are of a made-up bank "csd"; the teacher's computer is told it has it (refusing unknown
    # banks is tested in test_import_hostile.py).
    monkeypatch.setattr("cs_quiz.cli.store._known_banks", lambda banks: frozenset({"csd"}))
    out_csv, out_json = tmp_path / "class.csv", tmp_path / "class.json"
    assert run("--data-dir", str(data), "export", "--csv", str(out_csv), "--json", str(out_json)) == 0
    said = capsys.readouterr().out
    assert f"Exported 3 attempts to {out_csv} (CSV)." in said and f"to {out_json} (JSON)" in said
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf") and len(out_csv.read_text("utf-8-sig").splitlines()) == 4

    teacher = tmp_path / "teacher"
    assert run("--data-dir", str(teacher), "import", str(out_json), str(out_json)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{out_json}: 3 added, 0 already present (skipped)",
        f"{out_json}: 0 added, 3 already present (skipped)",
        "Total: 3 added, 3 skipped, 0 of 2 file(s) rejected.",
    ]


def test_export_with_a_date_range(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "march.json"
    assert (
        run("--data-dir", str(data), "export", "--json", str(out), "--since", "2026-03-01", "--until", "2026-03-31")
        == 0
    )
    assert len(json.loads(out.read_text("utf-8"))["attempts"]) == 1


def test_a_rejected_import_file_fails_with_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{}", encoding="utf-8")
    assert run("--data-dir", str(tmp_path / "d"), "import", str(bad)) == 1
    assert f"{bad}: rejected: not a cs-quiz results file" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["export"], 2, "give --csv FILE and/or --json FILE"),
        (["export", "--csv", "{tmp}/no/such/dir/x.csv"], 1, "cannot write"),
        (["export", "--json", "{tmp}/x.json", "--since", "2026-05-01", "--until", "2026-04-01"], 2, "is after"),
    ],
)
def test_user_mistakes_are_plain_messages(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], code: int, message: str
) -> None:
    assert run("--data-dir", str(data), *(a.format(tmp=tmp_path) for a in argv)) == code
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_export_from_a_folder_without_results_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--data-dir", str(tmp_path / "typo"), "export", "--csv", str(tmp_path / "x.csv")) == 1
    assert "no results to export" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_a_damaged_database_is_reported_in_plain_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "results.sqlite").write_bytes(b"this is not a database" * 100)
    assert run("--data-dir", str(tmp_path), "history") == 0
    err = capsys.readouterr().err
    assert "was damaged; it was moved to" in err and "results.corrupt-" in err and "not deleted" in err


def test_the_installed_command_has_the_store_commands(data: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "cs_quiz", "--data-dir", str(data), "history", "--limit", "1"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "Bo" in out.stdout and "Ana" not in out.stdout


def _read_only_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a write-protected results folder does to SQLite, for tests that run as root (who writes anywhere): the
    file cannot be opened for writing, and a read-only open fails too, because the WAL's shared-memory file cannot
    be made; only an "immutable" open reads it."""
    from cs_quiz.store import db

    def refuse(self: Any, path: Path) -> Any:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    real_connect = db.Database._connect

    def connect(self: Any, target: str, uri: bool = False) -> Any:
        if uri and "mode=ro" in target and "immutable=1" not in target:
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(self, target, uri)

    monkeypatch.setattr(db.Database, "_open_file", refuse)
    monkeypatch.setattr(db.Database, "_connect", connect)


def test_a_read_only_results_folder_shows_its_attempts_and_refuses_writes_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "results"
    with Store.open(folder) as s:
        for i in range(10):
            finished(s, T0 + timedelta(days=i), {"c01": 50.0}, nickname=f"p{i}")
    other = tmp_path / "other"  # a class file to import, made on another machine
    with Store.open(other) as s:
        finished(s, T0, {"c01": 60.0}, nickname="new")
    assert run("--data-dir", str(other), "export", "--json", str(tmp_path / "new.json")) == 0
    capsys.readouterr()
    _read_only_folder(monkeypatch)
    monkeypatch.setattr("cs_quiz.cli.store._known_banks", lambda banks: frozenset({"csd"}))

    assert run("--data-dir", str(folder), "history") == 0
    out = capsys.readouterr()
    assert "No attempts yet" not in out.out and len(out.out.splitlines()) == 11, out.out
    assert "read-only" in out.err
    assert run("--data-dir", str(folder), "export", "--json", str(tmp_path / "class.json")) == 0
    assert "Exported 10 attempts" in capsys.readouterr().out

    assert run("--data-dir", str(folder), "import", str(tmp_path / "new.json")) == 1
    out = capsys.readouterr()
    assert "nothing was imported" in out.err and "added" not in out.out
