"""Digests of finished attempts (schema 6, issue 18): what statistics read, kept at the finish and on import,
backfilled by the migration, gone with their attempt, and read back as the same attempts the long way gives."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.sample import from_attempt, stored
from cs_quiz.store import exchange
from cs_quiz.store import migrations as storage_migrations
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import DB_NAME, Store
from test_store import make_result

WHEN = datetime(2026, 2, 3, 9, 0, tzinfo=UTC)
ANSWERS: dict[str, Any] = {
    "q1": 4,
    "q2": "b",
    "q3": ["x", "y"],
    "q4": {"best": "a", "worst": "c"},
    "q5": 2.5,
    "q\u00e9 \x1e\x1f": 'text with \x1e, \x1f, quotes " and a tab\t',
}


def finish(store: Store, answers: dict[str, Any], result: dict[str, Any] | None = None, **labels: Any) -> str:
    attempt = store.start_attempt(
        bank_id="csd", bank_version="1.0", bank_hash="h", sections=["core"], started_at=WHEN, **labels
    )
    for qid, value in answers.items():
        store.save_answer(attempt, qid, value)
    store.finish_attempt(attempt, result or make_result({"c01": 70.0, "c02": None}, band="ready"), WHEN)
    return attempt


def same_as_the_long_way(store: Store) -> None:
    """``stored`` gives what from_attempt of Store.attempts gives: answers, results and every figure."""
    fast = stored(store)
    slow = [from_attempt(a) for a in store.attempts()]
    assert len(fast) == len(slow)
    for f, s in zip(fast, slow, strict=True):
        assert dict(f.answers) == s.answers and f.result == s.result
        assert (f.scores, f.band, f.band_name, f.interpretable, f.flagged) == (
            s.scores,
            s.band,
            s.band_name,
            s.interpretable,
            s.flagged,
        )
        assert (f.attempt_id, f.status, f.sections, f.started_at, f.finished_at, f.cohort, f.code) == (
            s.attempt_id,
            s.status,
            s.sections,
            s.started_at,
            s.finished_at,
            s.cohort,
            s.code,
        )


def digests(path: Path) -> dict[int, tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {a: (t, f) for a, t, f in conn.execute("SELECT attempt, answers, figures FROM attempt_digests")}
    finally:
        conn.close()


def test_finishing_keeps_a_digest_read_back_as_the_attempt(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        finish(store, ANSWERS, cohort="11B", code="P1")
        finish(store, {})  # no answers at all
        open_one = store.start_attempt(bank_id="csd", bank_version="1.0", bank_hash="h", sections=["core"])
        store.save_answer(open_one, "q1", 3)
        same_as_the_long_way(store)
        taken = stored(store)[0]
        assert taken.answers["q\u00e9 \x1e\x1f"] == ANSWERS["q\u00e9 \x1e\x1f"]
        assert taken.scores == {"c01": 70.0} and taken.band == "ready"
        assert stored(store)[2].answers == {"q1": 3}, "an attempt in progress is read from its answers"
    assert len(digests(tmp_path / DB_NAME)) == 2, "only finished attempts have one"


def test_a_digest_goes_with_its_attempt(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        gone = finish(store, ANSWERS)
        finish(store, {"q1": 1})
        store.delete_attempt(gone)
        assert len(digests(tmp_path / DB_NAME)) == 1
        store.clear()
        assert digests(tmp_path / DB_NAME) == {}


def test_imported_attempts_get_their_digest(tmp_path: Path) -> None:
    with Store.open(tmp_path / "kiosk") as store:
        finish(store, ANSWERS, cohort="A")
        finish(store, {"q1": 5}, make_result({"c01": 10.0}, band=None))
        exchange.export_json(store, tmp_path / "out.json")
    with Store.open(tmp_path / "teacher") as store:
        report = import_files(store, [tmp_path / "out.json"])
        assert report.added == 2
        same_as_the_long_way(store)
    assert len(digests(tmp_path / "teacher" / DB_NAME)) == 2


def test_the_migration_backfills_every_finished_attempt(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    with Store.open(tmp_path) as store:
        finish(store, ANSWERS, cohort="11B")
        finish(store, {"q1": 2}, make_result({"c01": 40.0}, band="early"))
        broken = finish(store, {"q1": 1})
        store.start_attempt(bank_id="csd", bank_version="1.0", bank_hash="h", sections=["core"])
    conn = sqlite3.connect(path, isolation_level=None)  # back to schema 5, as that version wrote it
    expected = digests(path)
    conn.execute("DROP TABLE attempt_digests")
    no_version_wrote_this = '{"score": {"competencies": 5}}'
    conn.execute("UPDATE attempts SET result_json = ? WHERE id = ?", (no_version_wrote_this, broken))
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    with Store.open(tmp_path) as store:
        assert store.migration_backup is not None and store.migration_backup.name.startswith("results.v5-backup-")
        got = digests(path)
        assert len(got) == 2, "the broken result is left to the long way"
        assert all(got[k] == expected[k] for k in got)
        fast = stored(store)
        assert [t.attempt_id for t in fast] == [a.id for a in store.attempts()]
        assert fast[0].answers == ANSWERS and fast[1].scores == {"c01": 40.0}


def test_a_migration_that_fails_leaves_schema_5_as_it_was(tmp_path: Path, monkeypatch: Any) -> None:
    path = tmp_path / DB_NAME
    with Store.open(tmp_path) as store:
        finish(store, ANSWERS)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE attempt_digests")
    conn.execute("PRAGMA user_version = 5")

    def crash(*args: Any) -> None:
        raise KeyboardInterrupt  # the process stopped half-way through the backfill

    monkeypatch.setattr(storage_migrations, "write_digest", crash)
    with pytest.raises(KeyboardInterrupt):
        storage_migrations.migrate(conn)
    assert storage_migrations.schema_version(conn) == 5
    assert "attempt_digests" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    monkeypatch.undo()
    with Store.open(tmp_path) as store:  # the next start migrates it
        assert stored(store)[0].answers == ANSWERS


def test_stored_takens_serialise_like_the_long_way(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        finish(store, ANSWERS)
        fast, slow = stored(store)[0], from_attempt(store.attempts()[0])
    assert json.loads(json.dumps(dict(fast.answers))) == json.loads(json.dumps(to_dict(slow)["answers"]))
