"""The CSV export for spreadsheets that write 49,5 (Spanish and most of Europe): decimal commas and ';' columns."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from cs_quiz.cli.main import main
from cs_quiz.store.exchange import export_csv
from cs_quiz.store.store import Store
from test_store import T0, finished


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "data")
    finished(s, T0, {"c01": 41.25, "c02": 70.0}, nickname="Begoña")
    finished(s, T0 + timedelta(days=1), {"c01": 80.0, "c02": None}, nickname="Íñigo")
    yield s
    s.close()


def rows(path: Path, delimiter: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=delimiter))


def test_decimal_comma_uses_semicolons_between_columns(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "es.csv"
    assert export_csv(store, out, decimal_comma=True) == 2
    first_line = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first_line.startswith("attempt_id;nickname;") and "," not in first_line
    first, second = rows(out, ";")
    assert (first["Competency 1"], first["Competency 2"]) == ("41,3", "70,0")
    assert first["readiness"].count(",") == 1 and "." not in first["readiness"]
    assert (second["Competency 1"], second["Competency 2"]) == ("80,0", "")
    assert first["nickname"] == "Begoña" and first["started_utc"] == "2026-03-02 09:00:00"  # dates stay ISO


def test_default_is_unchanged(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "en.csv"
    export_csv(store, out)
    first, _ = rows(out, ",")
    assert (first["Competency 1"], first["Competency 2"]) == ("41.3", "70.0")


def test_export_command_takes_decimal_comma(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "cmd.csv"
    store.close()
    code = main(["--data-dir", str(tmp_path / "data"), "export", "--csv", str(out), "--decimal-comma"])
    assert code == 0
    first, _ = rows(out, ";")
    assert first["Competency 1"] == "41,3"
