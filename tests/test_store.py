"""The results store as the app and a facilitator rely on it: nothing saved is lost, nothing stored changes later."""

from __future__ import annotations

import json
import random
import sqlite3
import stat as modes
import statistics
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.store import migrations as storage_migrations
from cs_quiz.store.store import DB_NAME, Store, StoreError, resolve_data_dir

COMPS = [(f"c{i:02d}", f"Competency {i}") for i in range(1, 6)]
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def make_result(
    scores: dict[str, float | None],
    *,
    band: str = "developing",
    band_name: str = "Developing",
    flags: tuple[str, ...] = (),
    gaps: tuple[str, ...] = (),
    names: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A result in the shape of {"score": to_dict(ScoreResult), "advice": to_dict(Advice)}, built by hand."""
    names = names or dict(COMPS)
    scored = [v for v in scores.values() if v is not None]
    readiness = sum(scored) / len(scored) if scored else None
    return {
        "score": {
            "bank_id": "csd",
            "bank_version": "1.0",
            "sections": ["core"],
            "competencies": [
                {"competency": c, "name": names.get(c, c), "score": s, "answered": 3, "available": 4}
                for c, s in scores.items()
            ],
            "readiness": {
                "score": readiness,
                "rounded": None if readiness is None else int(readiness + 0.5),
                "band": band,
                "band_name": band_name,
                "meaning": "",
                "uncapped_band": band,
                "capped_by": [],
            },
            "flags": [{"kind": k, "message": f"{k} noticed", "questions": ["q1"]} for k in flags],
            "answered": 12,
            "total": 20,
        },
        "advice": {"stage": None, "strengths": [], "gaps": list(gaps), "actions": [], "next_steps": []},
    }


def start(store: Store, nickname: str | None = None, when: datetime | None = None) -> str:
    return store.start_attempt(
        bank_id="csd", bank_version="1.0", bank_hash="ab" * 32, sections=["core"], nickname=nickname, started_at=when
    )


def finished(store: Store, when: datetime, scores: dict[str, float | None], **kw: Any) -> str:
    attempt = start(store, kw.pop("nickname", None), when)
    store.save_answer(attempt, "q1", 4)
    store.finish_attempt(attempt, make_result(scores, **kw), finished_at=when + timedelta(minutes=20))
    return attempt


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path)
    yield s
    s.close()


# -- where data lives ---------------------------------------------------------------------------------------------
def test_data_dir_is_explicit_then_environment_then_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CS_QUIZ_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("CS_QUIZ_DATA_DIR")
    assert resolve_data_dir(None).name == "cs-quiz"


def test_open_creates_the_folder_and_a_wal_database(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new" / "folder") as s:
        assert s.persistent and s.recovered_from is None
    conn = sqlite3.connect(tmp_path / "new" / "folder" / DB_NAME)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == storage_migrations.LATEST_VERSION


# -- attempts -----------------------------------------------------------------------------------------------------
def test_answers_survive_closing_and_resume_at_the_same_question(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        attempt = start(s, "  Ana  ")
        s.save_answer(attempt, "q1", 4, position=1)
        s.save_answer(attempt, "q2", "opt-b", position=2)
        s.save_answer(attempt, "q3", ["a", "c"], position=3)
        s.save_answer(attempt, "q4", {"best": "x", "worst": "y"}, position=4)
        s.save_answer(attempt, "q5", 12.5, position=5)
        s.save_answer(attempt, "q1", 2)  # changed mind; position stays
        s.set_position(attempt, 3)  # went back
    with Store.open(tmp_path) as s:
        (offer,) = s.unfinished_attempts()
        assert offer.id == attempt and offer.nickname == "Ana" and offer.position == 3 and offer.answered == 5
        resumed = s.get_attempt(attempt)
    assert resumed.answers == {"q1": 2, "q2": "opt-b", "q3": ["a", "c"], "q4": {"best": "x", "worst": "y"}, "q5": 12.5}
    assert resumed.bank_hash == "ab" * 32 and resumed.sections == ("core",) and resumed.status == "in_progress"


def test_clearing_an_answer_removes_it(store: Store) -> None:
    attempt = start(store)
    store.save_answer(attempt, "q1", 3)
    store.save_answer(attempt, "q1", None)
    assert store.get_attempt(attempt).answers == {}


@pytest.mark.parametrize("bad", [True, {"best": 1}, {"other": "x"}, ["a", 2], {"a"}, float("nan")])
def test_a_value_that_is_not_an_answer_is_refused(store: Store, bad: Any) -> None:
    attempt = start(store)
    with pytest.raises(ValueError):
        store.save_answer(attempt, "q1", bad)
    assert store.get_attempt(attempt).answers == {}


def test_a_finished_result_is_kept_exactly_and_can_no_longer_change(store: Store) -> None:
    attempt = start(store, "Bo", T0)
    store.save_answer(attempt, "q1", 5)
    result = make_result({"c01": 62.5, "c02": None}, flags=("too-fast",), gaps=("c01",))
    store.finish_attempt(attempt, result, finished_at=T0 + timedelta(minutes=30))
    got = store.get_attempt(attempt)
    assert got.result == result
    assert (got.status, got.readiness, got.readiness_rounded, got.band_name) == ("finished", 62.5, 63, "Developing")
    assert got.flags == ("too-fast",) and got.finished_at == T0 + timedelta(minutes=30)
    with pytest.raises(StoreError, match="finished"):
        store.save_answer(attempt, "q1", 1)
    with pytest.raises(StoreError):
        store.finish_attempt(attempt, result)
    assert store.unfinished_attempts() == []


def test_a_result_without_scores_is_refused_and_the_attempt_stays_open(store: Store) -> None:
    attempt = start(store)
    with pytest.raises(ValueError, match="score"):
        store.finish_attempt(attempt, {"advice": {}})
    assert store.get_attempt(attempt).status == "in_progress"


def test_abandoned_attempts_are_not_offered_again_but_stay_in_history(store: Store) -> None:
    attempt = start(store)
    store.abandon_attempt(attempt)
    assert store.unfinished_attempts() == []
    assert [a.status for a in store.history()] == ["abandoned"]


def test_unknown_attempt_is_a_store_error(store: Store) -> None:
    with pytest.raises(StoreError, match="no attempt"):
        store.save_answer("0000", "q1", 1)


def test_history_is_newest_first_and_filters_by_nickname(store: Store) -> None:
    a = finished(store, T0, {"c01": 40.0}, nickname="Ana")
    b = finished(store, T0 + timedelta(days=1), {"c01": 60.0}, nickname="ana")
    c = finished(store, T0 + timedelta(days=2), {"c01": 80.0}, nickname="Bo")
    assert [h.id for h in store.history()] == [c, b, a]
    assert [h.id for h in store.history("ANA")] == [b, a]
    assert [h.id for h in store.history(limit=1)] == [c]
    assert [h.id for h in store.history(since=T0 + timedelta(hours=1), until=T0 + timedelta(days=2))] == [b]


def test_deleting_an_attempt_removes_it_everywhere(store: Store) -> None:
    keep = finished(store, T0, {"c01": 40.0}, gaps=("c01",))
    gone = finished(store, T0, {"c01": 90.0}, gaps=("c01",))
    store.delete_attempt(gone)
    assert [h.id for h in store.history()] == [keep]
    agg = store.aggregate()
    assert agg.participants == 1 and agg.competencies[0].mean == 40.0 and agg.competencies[0].gap_count == 1


def test_settings_are_kept_as_json(tmp_path: Path) -> None:
    with Store.open(tmp_path) as s:
        assert s.get_setting("kiosk", {"enabled": False}) == {"enabled": False}
        s.set_setting("kiosk", {"enabled": True, "sections": ["core"]})
        s.set_setting("pin_hash", "scrypt$abc")
    with Store.open(tmp_path) as s:
        assert s.get_setting("kiosk") == {"enabled": True, "sections": ["core"]}
        assert s.get_setting("pin_hash") == "scrypt$abc"


# -- the facilitator's overview -----------------------------------------------------------------------------------
def test_aggregate_counts_bands_completion_and_gaps(store: Store) -> None:
    finished(store, T0, {"c01": 30.0, "c02": 50.0}, band="early", band_name="Early", gaps=("c01",))
    finished(store, T0, {"c01": 50.0, "c02": 70.0}, band="early", band_name="Early", gaps=("c01", "c02"))
    finished(store, T0, {"c01": 90.0, "c02": None}, band="ready", band_name="Ready", flags=("straight-lining",))
    store.abandon_attempt(start(store, when=T0))
    start(store, when=T0)
    agg = store.aggregate()
    assert (agg.participants, agg.finished, agg.abandoned, agg.in_progress) == (5, 3, 1, 1)
    assert agg.completion_rate == pytest.approx(3 / 5)
    assert agg.flagged == 1
    assert [(b.band_name, b.count) for b in agg.band_counts] == [("Early", 2), ("Ready", 1)]
    c01, c02 = agg.competencies
    assert (c01.competency, c01.name, c01.n, c01.gap_count) == ("c01", "Competency 1", 3, 2)
    assert c01.mean == pytest.approx(statistics.mean([30, 50, 90]))
    assert c01.sd == pytest.approx(statistics.stdev([30, 50, 90]))
    assert (c02.n, c02.mean, c02.sd) == (2, pytest.approx(60.0), pytest.approx(statistics.stdev([50, 70])))
    assert [g.competency for g in agg.common_gaps] == ["c01", "c02"]


def test_an_empty_store_has_an_empty_overview(store: Store) -> None:
    agg = store.aggregate()
    assert agg.participants == 0 and agg.completion_rate is None and agg.band_counts == () and agg.competencies == ()


def test_aggregate_for_any_time_range_matches_a_recount(store: Store) -> None:
    """The per-hour roll-up plus the partial hours at the ends must give exactly what a recount gives."""
    rng = random.Random(7)
    kept: list[tuple[datetime, dict[str, float | None], set[str]]] = []
    for _ in range(200):  # about 20 an hour, so every partial hour at a range's ends holds some
        when = T0 + timedelta(seconds=rng.randrange(0, 10 * 3600))
        scores = {c: (None if rng.random() < 0.1 else round(rng.uniform(0, 100), 1)) for c, _ in COMPS}
        gaps = {c for c in scores if rng.random() < 0.3}
        attempt = finished(store, when, scores, gaps=tuple(gaps))
        if rng.random() < 0.1:
            store.delete_attempt(attempt)
        else:
            kept.append((when, scores, gaps))
    for _ in range(40):
        lo = T0 + timedelta(seconds=rng.randrange(-3600, 10 * 3600))
        hi = lo + timedelta(seconds=rng.choice([1, 600, 3599, 3600, 7300, 4 * 3600 + 17, 86400]))
        chosen = [k for k in kept if lo <= k[0] < hi]
        agg = store.aggregate(lo, hi)
        assert agg.finished == len(chosen)
        for stat in agg.competencies:
            values = [k[1][stat.competency] for k in chosen if k[1][stat.competency] is not None]
            assert stat.n == len(values)
            assert stat.gap_count == sum(stat.competency in k[2] for k in chosen)
            if values:
                assert stat.mean == pytest.approx(statistics.mean(values), abs=1e-6)
            if len(values) > 1:
                assert stat.sd == pytest.approx(statistics.stdev(values), abs=1e-6)


def test_date_filters_are_whole_local_days(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    monkeypatch.setenv("TZ", "America/Mexico_City")  # UTC-6, no DST in 2026
    time.tzset()
    try:
        late_evening = datetime(2026, 3, 3, 5, 30, tzinfo=UTC)  # 23:30 on 2 March, local
        finished(store, late_evening, {"c01": 50.0})
        assert store.aggregate(since=T0.date(), until=T0.date()).finished == 1  # 2 March local
        assert store.aggregate(since=late_evening.date()).finished == 0  # 3 March local
    finally:
        monkeypatch.undo()
        time.tzset()


# -- schema versions ----------------------------------------------------------------------------------------------
def _database_at_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    storage_migrations.migrate(conn, target=version)
    if version >= 1:  # one finished attempt, as an app at that version would have written it
        result = make_result({"c01": 70.0, "c02": 40.0}, band="ready", band_name="Ready", gaps=("c02",))
        conn.execute(
            "INSERT INTO attempts (id, nickname, bank_id, bank_version, bank_hash, sections, started_at, finished_at,"
            " status, position, updated_at, result_json) VALUES ('9c1d0b52-6a4e-4e55-9a51-0f7b8e7c1a11', 'Old', 'csd',"
            " '0.9', 'ff', '[\"core\"]', '2025-01-05T10:00:00Z', '2025-01-05T10:30:00Z', 'finished', 7,"
            " '2025-01-05T10:30:00Z', ?)",
            (json.dumps(result),),
        )
        if version >= 2:  # from v2 on, finishing also fills the overview columns
            cols = storage_migrations.denormalise(result)
            storage_migrations.write_result_columns(conn, 1, "2025-01-05T10:00:00Z", cols)
        conn.execute("INSERT INTO answers VALUES (1, 'q1', '4', '2025-01-05T10:01:00Z')")
        conn.execute("INSERT INTO settings VALUES ('kiosk', '{\"enabled\": true}')")
    conn.close()


@pytest.mark.parametrize("version", range(storage_migrations.LATEST_VERSION))
def test_every_earlier_schema_is_migrated_with_a_backup_first(tmp_path: Path, version: int) -> None:
    _database_at_version(tmp_path / DB_NAME, version)
    with Store.open(tmp_path) as s:
        assert storage_migrations.schema_version(s._db.conn) == storage_migrations.LATEST_VERSION
        if version == 0:
            assert s.migration_backup is None and s.history() == []
            return
        assert s.migration_backup is not None and s.migration_backup.name.startswith(f"results.v{version}-backup-")
        (old,) = s.history()
        assert (old.nickname, old.readiness, old.band_name, old.answered) == ("Old", 55.0, "Ready", 1)
        assert s.get_setting("kiosk") == {"enabled": True}
        agg = s.aggregate()
        assert [(c.competency, c.mean, c.gap_count) for c in agg.competencies] == [("c01", 70, 0), ("c02", 40, 1)]
    backup = sqlite3.connect(s.migration_backup)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == version
    assert backup.execute("SELECT nickname FROM attempts").fetchall() == [("Old",)]


def test_an_old_database_with_nothing_in_it_is_migrated_without_a_backup(tmp_path: Path) -> None:
    """A folder created by an older version and never used (or being created by another window at this moment)
    holds nothing to keep safe: no backup file appears beside it."""
    conn = sqlite3.connect(tmp_path / DB_NAME, isolation_level=None)
    storage_migrations.migrate(conn, target=4)
    conn.close()
    with Store.open(tmp_path) as s:
        assert storage_migrations.schema_version(s._db.conn) == storage_migrations.LATEST_VERSION
        assert s.migration_backup is None
    assert not list(tmp_path.glob("*backup*"))


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {storage_migrations.LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer version of cs-quiz"):
        Store.open(tmp_path)
    assert path.read_bytes() == before


# -- damaged files ------------------------------------------------------------------------------------------------
def _damage_inner_page(path: Path) -> None:
    with Store(path) as s:
        for i in range(300):
            finished(s, T0 + timedelta(minutes=i), {c: 50.0 for c, _ in COMPS}, nickname=f"user{i}")
    conn = sqlite3.connect(path)  # fold the WAL back so the damage below hits real data
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 12 * page
    data[8 * page : 9 * page] = bytes(random.Random(1).randrange(256) for _ in range(page))
    path.write_bytes(bytes(data))


def _drop_table(path: Path, table: str) -> None:
    """A real results file with one table gone (edited by hand, or half-restored): unusable, as a corrupt one."""
    with Store.open(path.parent) as s:
        finished(s, T0, {"c01": 50.0})
    conn = sqlite3.connect(path)
    conn.execute(f"DROP TABLE {table}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(bytes(random.Random(3).randrange(256) for _ in range(10_000))),
        lambda p: p.write_text("attempt_id,nickname\n1,Ana\n", encoding="utf-8"),
        _damage_inner_page,
        lambda p: _drop_table(p, "answers"),
        lambda p: _drop_table(p, "settings"),
    ],
    ids=["random-bytes", "a-csv-file", "damaged-page", "no-answers-table", "no-settings-table"],
)
def test_a_damaged_database_is_moved_aside_and_a_fresh_one_started(tmp_path: Path, damage: Any) -> None:
    path = tmp_path / DB_NAME
    damage(path)
    damaged = path.read_bytes()
    with Store.open(tmp_path) as s:
        moved = s.recovered_from
        assert moved is not None and moved.parent == tmp_path
        assert moved.name.startswith("results.corrupt-") and moved.suffix == ".sqlite"
        assert moved.read_bytes() == damaged  # never deleted, never changed
        assert s.history() == []
        start(s)
        assert len(s.unfinished_attempts()) == 1
    with Store.open(tmp_path) as s:  # the fresh file is healthy
        assert s.recovered_from is None and len(s.unfinished_attempts()) == 1


# -- a disk that refuses writes -----------------------------------------------------------------------------------
def _fill_disk(s: Store) -> None:
    pages = s._db.conn.execute("PRAGMA page_count").fetchone()[0]
    s._db.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite then fails writes with "database or disk is full"


def _read_only(s: Store) -> None:
    s._db.conn.execute("PRAGMA query_only = ON")  # SQLite then fails writes with "attempt to write a readonly database"


@pytest.mark.parametrize(("refuse", "words"), [(_fill_disk, "disk is full"), (_read_only, "read-only")])
def test_when_the_disk_refuses_writes_the_attempt_goes_on_in_memory(tmp_path: Path, refuse: Any, words: str) -> None:
    told: list[StoreError] = []
    s = Store.open(tmp_path, on_degraded=told.append)
    attempt = start(s, "Cy")
    s.save_answer(attempt, "q1", 3, position=1)
    refuse(s)
    failed_at = None
    for i in range(2, 40):  # enough to need new pages
        s.save_answer(attempt, f"q{i}", "x" * 200, position=i)
        failed_at = failed_at or (i if told else None)
    assert failed_at is not None
    s.finish_attempt(attempt, make_result({"c01": 75.0}))
    assert len(told) == 1 and told[0] is s.degraded and not s.persistent
    assert words in str(s.degraded) and str(tmp_path) in str(s.degraded) and "somewhere else" in str(s.degraded)
    got = s.get_attempt(attempt)
    assert got.status == "finished" and len(got.answers) == 39 and got.readiness == 75.0
    s.set_setting("after", 1)
    assert s.get_setting("after") == 1
    s.close()
    with Store.open(tmp_path) as disk:  # what reached the disk before the failure is intact
        (kept,) = disk.unfinished_attempts()
        assert kept.id == attempt and kept.answered == failed_at - 1


def test_an_unusable_data_folder_still_lets_the_user_take_the_assessment(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with Store.open(blocker / "data") as s:
        assert s.degraded is not None and str(blocker) in str(s.degraded) and not s.persistent
        attempt = start(s)
        s.save_answer(attempt, "q1", 1)
        s.finish_attempt(attempt, make_result({"c01": 10.0}))
        assert s.history()[0].status == "finished"


# -- two windows on one folder ------------------------------------------------------------------------------------
def test_two_stores_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    ids: dict[int, str] = {}

    def window(n: int) -> None:
        try:
            with Store.open(tmp_path) as s:
                attempt = ids[n] = start(s, f"window{n}")
                for i in range(150):
                    s.save_answer(attempt, f"q{i}", i, position=i)
                    if i % 25 == 0:
                        s.set_setting(f"w{n}", i)
                s.finish_attempt(attempt, make_result({"c01": float(n)}))
                assert s.persistent, s.degraded  # nobody quietly fell back to memory
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=window, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(tmp_path) as s:
        assert s._db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for n, attempt in ids.items():
            got = s.get_attempt(attempt)
            assert got.answers == {f"q{i}": i for i in range(150)} and got.status == "finished"
            assert s.get_setting(f"w{n}") == 125
        assert s.aggregate().finished == 3


def test_one_store_shared_by_threads_serialises_its_writes(store: Store) -> None:
    attempt = start(store)

    def answer(lo: int) -> None:
        for i in range(lo, lo + 100):
            store.save_answer(attempt, f"q{i}", i)

    threads = [threading.Thread(target=answer, args=(n * 100,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(store.get_attempt(attempt).answers) == 400


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_new_results_folder_and_database_are_the_users_alone(tmp_path: Path) -> None:
    # The database holds the kiosk PIN's hash: anyone who can read it can try every 4-digit PIN offline.
    folder = tmp_path / "fresh" / "data"
    with Store.open(folder) as s:
        finished(s, T0, {"c01": 50.0})
    assert modes.S_IMODE(folder.stat().st_mode) == 0o700
    for f in folder.glob("results.sqlite*"):
        assert modes.S_IMODE(f.stat().st_mode) & 0o077 == 0, f"{f.name} is readable by others"
