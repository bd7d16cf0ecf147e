"""The results database file: schema, numbered forward migrations, how a result fills the summary columns, and
the file-level care around them (health check, moving a damaged file aside, backup before migrating).

The schema version lives in ``PRAGMA user_version`` (0 = a new, empty file). Each migration moves the database from
version ``n - 1`` to ``n`` inside one transaction together with the version bump, so a crash mid-migration leaves the
old version intact. Migrations are never edited once released: a change is a new, higher-numbered migration, and
``tests/test_store.py`` migrates a database from every earlier version.

No Qt, no network: plain ``sqlite3``.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cs_quiz.scoring.results import FlagKind
from cs_quiz.store.records import digest_answers, result_figures

FLAG_KINDS = frozenset(k.value for k in FlagKind)

# v1: attempts with their answers, stored results as JSON, settings.
_V1 = [
    """CREATE TABLE attempts (
        seq          INTEGER PRIMARY KEY,         -- compact key for the child tables
        id           TEXT NOT NULL UNIQUE,        -- UUID, the identity that travels in exports
        nickname     TEXT,                        -- optional; nothing else personal is stored
        bank_id      TEXT NOT NULL,
        bank_version TEXT NOT NULL,
        bank_hash    TEXT NOT NULL,               -- sha256 of the bank file that was used
        sections     TEXT NOT NULL,               -- JSON list of section ids
        started_at   TEXT NOT NULL,               -- UTC ISO 8601, 'YYYY-MM-DDTHH:MM:SSZ'
        finished_at  TEXT,
        status       TEXT NOT NULL CHECK (status IN ('in_progress', 'finished', 'abandoned')),
        position     INTEGER NOT NULL DEFAULT 0,  -- question index to resume at
        updated_at   TEXT NOT NULL,
        imported_at  TEXT,                        -- set when the attempt came from another machine
        result_json  TEXT                         -- {"score": ..., "advice": ...} as computed at finish
    )""",
    """CREATE TABLE answers (
        attempt     INTEGER NOT NULL REFERENCES attempts(seq) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        value       TEXT NOT NULL,                -- JSON
        answered_at TEXT NOT NULL,
        PRIMARY KEY (attempt, question_id)
    ) WITHOUT ROWID""",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX attempts_by_start ON attempts (started_at)",
    "CREATE INDEX attempts_by_status ON attempts (status)",
    "CREATE INDEX attempts_by_nickname ON attempts (nickname, started_at)",
]

# v2: the parts of a result the facilitator's overview needs, as plain columns, so it is fast SQL instead of
# parsing every stored JSON result. hourly_scores is a per-hour roll-up kept exact by triggers, so the overview of
# 100,000 attempts reads a few thousand rows instead of two million.
_V2 = [
    "ALTER TABLE attempts ADD COLUMN readiness REAL",
    "ALTER TABLE attempts ADD COLUMN readiness_rounded INTEGER",  # what the results screen showed
    "ALTER TABLE attempts ADD COLUMN band_id TEXT",
    "ALTER TABLE attempts ADD COLUMN band_name TEXT",
    "ALTER TABLE attempts ADD COLUMN flags TEXT",  # JSON list of flag kinds
    """CREATE TABLE competencies (
        seq  INTEGER PRIMARY KEY,
        id   TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,                       -- the name last seen, for headings
        ord  INTEGER NOT NULL                     -- position in the bank, for column order
    )""",
    """CREATE TABLE attempt_scores (
        attempt    INTEGER NOT NULL REFERENCES attempts(seq) ON DELETE CASCADE,
        competency INTEGER NOT NULL REFERENCES competencies(seq),
        score      REAL,                          -- 0..100, NULL = not enough answers
        is_gap     INTEGER NOT NULL,              -- 1 when the advice listed it as a gap
        started    INTEGER NOT NULL,              -- attempts.started_at as Unix seconds
        PRIMARY KEY (attempt, competency)
    ) WITHOUT ROWID""",
    "CREATE INDEX attempt_scores_by_start ON attempt_scores (started)",
    # covers the overview's count per status and band, so it never reads the (large) attempt rows
    "CREATE INDEX attempts_overview ON attempts (started_at, status, band_id, readiness, flags, band_name)",
    "DROP INDEX attempts_by_start",
    """CREATE TABLE hourly_scores (
        hour       INTEGER NOT NULL,              -- started // 3600
        competency INTEGER NOT NULL,
        n          INTEGER NOT NULL,              -- scores that are not NULL
        total      REAL NOT NULL,
        total_sq   REAL NOT NULL,
        gaps       INTEGER NOT NULL,
        rows       INTEGER NOT NULL,              -- attempts scored on it (with or without enough answers)
        PRIMARY KEY (competency, hour)          -- per competency, then time: GROUP BY needs no sort
    ) WITHOUT ROWID""",
    """CREATE TRIGGER attempt_scores_added AFTER INSERT ON attempt_scores BEGIN
        INSERT INTO hourly_scores (hour, competency, n, total, total_sq, gaps, rows)
        VALUES (NEW.started / 3600, NEW.competency, NEW.score IS NOT NULL, COALESCE(NEW.score, 0),
                COALESCE(NEW.score * NEW.score, 0), NEW.is_gap, 1)
        ON CONFLICT (competency, hour) DO UPDATE SET
            n = n + excluded.n, total = total + excluded.total, total_sq = total_sq + excluded.total_sq,
            gaps = gaps + excluded.gaps, rows = rows + 1;
    END""",
    """CREATE TRIGGER attempt_scores_removed AFTER DELETE ON attempt_scores BEGIN
        UPDATE hourly_scores SET
            n = n - (OLD.score IS NOT NULL), total = total - COALESCE(OLD.score, 0),
            total_sq = total_sq - COALESCE(OLD.score * OLD.score, 0), gaps = gaps - OLD.is_gap,
            rows = rows - 1
        WHERE hour = OLD.started / 3600 AND competency = OLD.competency;
    END""",
]


@dataclass(frozen=True)
class ResultColumns:
    """What a stored result contributes to the summary columns and the per-competency table."""

    readiness: float | None
    readiness_rounded: int | None
    band_id: str | None
    band_name: str | None
    flags: tuple[str, ...]
    competencies: tuple[tuple[str, str, float | None, bool], ...]  # (id, name, score, is_gap) in bank order


def _number(value: Any, what: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number or null, not {value!r}")
    if not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    return float(value)


def _score(value: Any, what: str) -> float | None:
    """A score shown on a 0-100 scale (or null): anything else cannot have come from cs-quiz."""
    number = _number(value, what)
    if number is not None and not 0 <= number <= 100:
        raise ValueError(f"{what} must be between 0 and 100, not {number:g}")
    return number


# The longest text a result field may hold: ids are at most 64 characters (docs/question-format.md), names and
# band names are a few words. A longer one is not a result cs-quiz wrote.
MAX_ID = 64
MAX_NAME = 200


def _text(value: Any, what: str, *, optional: bool = False, limit: int = MAX_NAME) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text, not {value!r}")
    if len(value) > limit:
        raise ValueError(f"{what} is {len(value):,} characters long; at most {limit} are allowed")
    return value


def _rounded(readiness: Mapping[str, Any]) -> int | None:
    value = _score(readiness.get("rounded"), "result.score.readiness.rounded")
    if value is None:
        score = _score(readiness.get("score"), "result.score.readiness.score")
        return None if score is None else int(score + 0.5)
    return int(value)


def denormalise(result: Mapping[str, Any]) -> ResultColumns:
    """Read the summary out of a ``{"score": to_dict(ScoreResult), "advice": to_dict(Advice)}`` dict.

    Raises ``ValueError`` with a plain reason when the shape is wrong (used to reject malformed imports).
    """
    if not isinstance(result, Mapping):
        raise ValueError("result must be an object")
    score = result.get("score")
    if not isinstance(score, Mapping):
        raise ValueError('result has no "score" object')
    readiness = score.get("readiness")
    if not isinstance(readiness, Mapping):
        raise ValueError('result.score has no "readiness" object')
    comps = score.get("competencies")
    if not isinstance(comps, list):
        raise ValueError("result.score.competencies must be a list")
    flags = score.get("flags", [])
    if not isinstance(flags, list) or not all(isinstance(f, Mapping) for f in flags):
        raise ValueError("result.score.flags must be a list of objects")
    advice = result.get("advice")
    gaps: set[str] = set()
    if isinstance(advice, Mapping) and isinstance(advice.get("gaps"), list):
        gaps = {g for g in advice["gaps"] if isinstance(g, str)}
    rows: list[tuple[str, str, float | None, bool]] = []
    seen: set[str] = set()
    for i, c in enumerate(comps):
        if not isinstance(c, Mapping):
            raise ValueError(f"result.score.competencies[{i}] must be an object")
        cid = _text(c.get("competency"), f"result.score.competencies[{i}].competency", limit=MAX_ID)
        assert cid is not None
        if cid in seen:
            raise ValueError(f"competency {cid!r} appears twice in the result")
        seen.add(cid)
        name = _text(c.get("name", cid), f"result.score.competencies[{i}].name") or cid
        rows.append((cid, name, _score(c.get("score"), f"score of {cid!r}"), cid in gaps))
    kinds = tuple(_text(f.get("kind", ""), "a flag's kind", limit=MAX_ID) or "" for f in flags)
    unknown = [k for k in kinds if k not in FLAG_KINDS]
    if unknown:
        raise ValueError(f"unknown response-quality flag {unknown[0][:40]!r}")
    return ResultColumns(
        readiness=_score(readiness.get("score"), "result.score.readiness.score"),
        readiness_rounded=_rounded(readiness),
        band_id=_text(readiness.get("band"), "result.score.readiness.band", optional=True, limit=MAX_ID),
        band_name=_text(readiness.get("band_name", ""), "result.score.readiness.band_name", optional=True),
        flags=kinds,
        competencies=tuple(rows),
    )


def unix_seconds(iso: str) -> int:
    """'YYYY-MM-DDTHH:MM:SSZ' (or any ISO 8601 with an offset) -> Unix seconds."""
    return int(datetime.fromisoformat(iso).timestamp())


def write_result_columns(conn: sqlite3.Connection, seq: int, started_at: str, cols: ResultColumns) -> None:
    """Fill the summary columns of one attempt (inside the caller's transaction)."""
    conn.execute(
        "UPDATE attempts SET readiness = ?, readiness_rounded = ?, band_id = ?, band_name = ?, flags = ? WHERE seq = ?",
        (cols.readiness, cols.readiness_rounded, cols.band_id, cols.band_name, json.dumps(list(cols.flags)), seq),
    )
    conn.execute("DELETE FROM attempt_scores WHERE attempt = ?", (seq,))
    started = unix_seconds(started_at)
    rows = []
    for ord_, (cid, name, score, gap) in enumerate(cols.competencies):
        conn.execute(
            "INSERT INTO competencies (id, name, ord) VALUES (?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, ord = MIN(ord, excluded.ord)",
            (cid, name, ord_),
        )
        key = conn.execute("SELECT seq FROM competencies WHERE id = ?", (cid,)).fetchone()[0]
        rows.append((seq, key, score, int(gap), started))
    conn.executemany(
        "INSERT INTO attempt_scores (attempt, competency, score, is_gap, started) VALUES (?, ?, ?, ?, ?)", rows
    )


def _v2(conn: sqlite3.Connection) -> None:
    for stmt in _V2:
        conn.execute(stmt)
    rows = conn.execute("SELECT seq, started_at, result_json FROM attempts WHERE result_json IS NOT NULL").fetchall()
    for seq, started_at, result_json in rows:
        try:
            cols = denormalise(json.loads(result_json))
        except ValueError:
            continue  # keep the attempt and its JSON; it just does not appear in the overview
        write_result_columns(conn, seq, started_at, cols)


def _statements(stmts: list[str]) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for stmt in stmts:
            conn.execute(stmt)

    return run


# v3: what the person marked "flag for review", and the time spent so far, so a resumed attempt keeps both.
_V3 = [
    "ALTER TABLE attempts ADD COLUMN review_flags TEXT NOT NULL DEFAULT '[]'",  # JSON list of question ids
    "ALTER TABLE attempts ADD COLUMN elapsed_seconds REAL",  # active time so far; NULL when unknown
]

# v4: the seed of the attempt's option order (scenario, single and multi options are shuffled per attempt), so a
# resumed attempt shows its options as before. NULL: an attempt from before, shown in the order written.
_V4 = ["ALTER TABLE attempts ADD COLUMN option_seed INTEGER"]

# v5: for the people who run classes and workshops (issue 18): a cohort label ("Year 11 careers, spring") groups
# attempts, and a participant code (chosen by the person or handed out, never a name) pairs a person's attempt
# before a workshop with the one after. NULL: none given.
_V5 = [
    "ALTER TABLE attempts ADD COLUMN cohort TEXT",
    "ALTER TABLE attempts ADD COLUMN code TEXT",
    "CREATE INDEX attempts_by_cohort ON attempts (cohort, started_at)",
]

# v6: what group and item statistics read of a finished attempt, in one short row (issue 18): its answers as one
# text and the figures of its result (cs_quiz.store.records). Ten thousand attempts were 1.5 million answer rows
# and 75 MB of results JSON to hand to Python (seconds); as digests they are 10,000 rows. Kept for every finished
# attempt (at the finish and on import, in the same transaction); the answers and the result stay where they were,
# and stay the record: a digest is derived from them and goes with its attempt (ON DELETE CASCADE).
_V6 = [
    """CREATE TABLE attempt_digests (
        attempt INTEGER PRIMARY KEY REFERENCES attempts(seq) ON DELETE CASCADE,
        answers TEXT NOT NULL,                    -- records.digest_answers: id and answer JSON, \x1f and \x1e
        figures TEXT NOT NULL                     -- records.ResultFigures.to_json of the stored result
    )""",
]


def write_digest(conn: sqlite3.Connection, seq: int, result: Any) -> None:
    """Write (or rewrite) the digest of finished attempt ``seq`` from its stored answers and ``result`` (the stored
    result as a dict, or None), inside the caller's transaction."""
    answers = conn.execute("SELECT question_id, value FROM answers WHERE attempt = ?", (seq,)).fetchall()
    conn.execute(
        "INSERT OR REPLACE INTO attempt_digests (attempt, answers, figures) VALUES (?, ?, ?)",
        (seq, digest_answers(answers), result_figures(result).to_json()),
    )


def _v6(conn: sqlite3.Connection) -> None:
    for stmt in _V6:
        conn.execute(stmt)
    # One attempt at a time (a cursor, not a list: 100,000 results are gigabytes as Python objects).
    for seq, result_json in conn.execute("SELECT seq, result_json FROM attempts WHERE status = 'finished'"):
        try:
            write_digest(conn, seq, json.loads(result_json) if result_json else None)
        except (ValueError, TypeError, RecursionError):
            continue  # a result no version of cs-quiz wrote: statistics read this attempt the long way


# MIGRATIONS[n - 1] takes the database from version n - 1 to n.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _statements(_V1),
    _v2,
    _statements(_V3),
    _statements(_V4),
    _statements(_V5),
    _v6,
]
LATEST_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    conn: sqlite3.Connection, target: int = LATEST_VERSION, before_first: Callable[[int], None] | None = None
) -> int:
    """Apply the migrations after the current version up to ``target``; return the version found before.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Each step runs in its own ``BEGIN IMMEDIATE``
    transaction that re-reads the version first, so two processes opening an old database at once do not both
    migrate it. ``before_first(version)`` runs inside the first step's transaction, once it is certain that this
    connection migrates (the place for a backup: no other writer can change the file meanwhile).
    """
    before = schema_version(conn)
    for version in range(before + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            found = schema_version(conn)
            if found >= version:  # another process got there first
                conn.execute("ROLLBACK")
                continue
            if before_first is not None:
                before_first(found)
                before_first = None
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return before


# -- the database file: health check, moving a damaged file aside, backups ------------------------------------


def error_kind(exc: sqlite3.Error) -> str:
    """'disk' (read-only, full, I/O, damaged), 'busy' (another writer holds the lock) or 'other'."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_READONLY", "SQLITE_FULL", "SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_CORRUPT")):
        return "disk"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "busy"
    if any(s in text for s in ("readonly", "disk is full", "disk i/o", "unable to open", "malformed")):
        return "disk"
    if "locked" in text or "busy" in text:
        return "busy"
    return "other"


# The tables each version has (a later version keeps those of the earlier ones).
TABLES = {
    1: ("attempts", "answers", "settings"),
    2: ("competencies", "attempt_scores", "hourly_scores"),
    6: ("attempt_digests",),
}


def missing_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables a cs-quiz database of its version should have and does not: a file someone edited by hand, or
    half-restored, is as unusable as a corrupt one (reading history, exporting or saving would fail part-way)."""
    version = schema_version(conn)
    if not 1 <= version <= len(MIGRATIONS):  # a newer app's file is not ours to judge: it is refused, untouched
        return []
    have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    want = [t for v, tables in TABLES.items() if v <= version for t in tables]
    return [t for t in want if t not in have]


def is_damaged(path: Path, timeout: float) -> bool:
    """True when SQLite says the file's content is damaged (``PRAGMA quick_check``), it is not a database, or a
    table its version must have is missing (:func:`missing_tables`).

    A file that cannot be opened at all (permissions, I/O) is not "damaged": opening it properly reports that.
    """
    try:
        conn = sqlite3.connect(path, timeout=timeout)
        try:
            if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                return True
            return bool(missing_tables(conn))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc).lower()
        return name.startswith(("SQLITE_NOTADB", "SQLITE_CORRUPT")) or "not a database" in text or "malformed" in text


def _stamped(path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    stem = path.name.removesuffix(".sqlite")
    target = path.with_name(f"{stem}.{label}-{stamp}.sqlite")
    n = 1
    while target.exists():
        target = path.with_name(f"{stem}.{label}-{stamp}-{n}.sqlite")
        n += 1
    return target


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm journal) to ``<stem>.corrupt-YYYYmmdd-HHMMSS.sqlite``."""
    target = _stamped(path, "corrupt")
    os.replace(path, target)
    for side in ("-wal", "-shm"):  # the journal belongs with the file it journals
        old = Path(f"{path}{side}")
        if old.exists():
            os.replace(old, Path(f"{target}{side}"))
    return target


def backup_before_migrating(path: Path, version: int) -> Path:
    """A consistent copy of the database as ``<stem>.v<version>-backup-YYYYmmdd-HHMMSS.sqlite`` beside it.

    Reads through a connection of its own, so it may run while the caller holds the write lock (WAL mode lets a
    reader see the last committed state).
    """
    target = _stamped(path, f"v{version}-backup")
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    src = sqlite3.connect(path)
    dest = sqlite3.connect(tmp)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    os.replace(tmp, target)
    return target
