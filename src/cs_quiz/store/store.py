"""The results store: attempts, in-progress answers and data settings in one SQLite file.

Contract in short (docs/storage.md has the long version; the file handling is :mod:`cs_quiz.store.db`):

* Every user action is one transaction (``BEGIN IMMEDIATE`` … ``COMMIT``) in WAL mode with ``synchronous=FULL``, so
  a crash or power cut loses at most the action in flight.
* Opening checks the file (``PRAGMA quick_check``); a damaged file is moved aside as
  ``results.corrupt-YYYYmmdd-HHMMSS.sqlite`` (never deleted), a fresh one is created and :attr:`Store.recovered_from`
  says where the old one went. Older schemas are backed up, then migrated (:mod:`cs_quiz.store.migrations`).
* When the disk refuses a write (read-only, full, I/O error) the store copies itself into memory, applies the write
  there and carries on: nothing raises, :attr:`Store.degraded` then holds a :class:`StoreError` worded for the user,
  and ``on_degraded`` (if given) is called once. The attempt can still be finished and exported elsewhere.
* Several Store instances (windows, processes) may share one file: writers wait (busy timeout) and retry.
* One instance may be used from several threads; calls are serialised by a lock.

No Qt and no network here: plain ``sqlite3`` (the folder is found by :mod:`cs_quiz.store.folder`).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.results import Text
from cs_quiz.store import migrations as schema
from cs_quiz.store.db import Database
from cs_quiz.store.db import StoreError as StoreError
from cs_quiz.store.folder import APP_NAME as APP_NAME
from cs_quiz.store.folder import ENV_DATA_DIR as ENV_DATA_DIR
from cs_quiz.store.folder import resolve_data_dir as resolve_data_dir
from cs_quiz.store.leases import FOLDER as _LEASE_FOLDER
from cs_quiz.store.leases import Leases
from cs_quiz.store.records import MAX_CODE as MAX_CODE
from cs_quiz.store.records import MAX_COHORT as MAX_COHORT
from cs_quiz.store.records import SUMMARY_COLUMNS as _SUMMARY_COLUMNS
from cs_quiz.store.records import Aggregate as Aggregate
from cs_quiz.store.records import Attempt as Attempt
from cs_quiz.store.records import AttemptSummary as AttemptSummary
from cs_quiz.store.records import BandCount as BandCount
from cs_quiz.store.records import CompetencyStats as CompetencyStats
from cs_quiz.store.records import DigestRow as DigestRow
from cs_quiz.store.records import FinishedAttempt as FinishedAttempt
from cs_quiz.store.records import check_answer as check_answer
from cs_quiz.store.records import clean_label as clean_label
from cs_quiz.store.records import digest_answers, fields_of, stored_result
from cs_quiz.store.records import parse_iso as parse_iso
from cs_quiz.store.records import range_bounds as range_bounds
from cs_quiz.store.records import stats as _stats
from cs_quiz.store.records import summary as _summary
from cs_quiz.store.records import utc_iso as utc_iso

DB_NAME = "results.sqlite"
_UNREAD = object()
T = TypeVar("T")


class Store:
    """One results database. ``path`` is the database file, or ``":memory:"`` for a throwaway store.

    Raises :class:`StoreError` when the file was written by a newer cs-quiz (it is then left untouched) or cannot
    be opened for a reason other than the disk. A damaged file is recovered, an unwritable one degrades to memory.
    """

    def __init__(
        self,
        path: Path | str,
        *,
        busy_timeout: float = 5.0,
        on_degraded: Callable[[StoreError], None] | None = None,
    ) -> None:
        self._db = Database(
            None if str(path) == ":memory:" else Path(path), busy_timeout=busy_timeout, on_degraded=on_degraded
        )
        # The attempts this instance (one window) has open, beside the file; a store in memory shares nothing.
        self.leases = Leases(self._db.path.parent / _LEASE_FOLDER if self._db.path is not None else None)

    @classmethod
    def open(cls, data_dir: Path | None = None, **kwargs: Any) -> Store:
        """The store in ``resolve_data_dir(data_dir)``, creating the folder if needed."""
        return cls(resolve_data_dir(data_dir) / DB_NAME, **kwargs)

    @property
    def path(self) -> Path | None:
        """The database file (None for a throwaway store in memory)."""
        return self._db.path

    @property
    def recovered_from(self) -> Path | None:
        """Where a damaged file was moved when it was opened."""
        return self._db.recovered_from

    @property
    def migration_backup(self) -> Path | None:
        """The copy taken before migrating an older schema."""
        return self._db.migration_backup

    @property
    def degraded(self) -> StoreError | None:
        """Why writes go to memory only (None while they reach the disk)."""
        return self._db.degraded

    @property
    def persistent(self) -> bool:
        """False once writes go to memory only (see :attr:`degraded`)."""
        return self.path is not None and self.degraded is None

    def close(self) -> None:
        self.leases.close()  # what was open here is free for the next window (kept in progress, to resume)
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """One transaction (also used by :mod:`cs_quiz.store.exchange`)."""
        return self._db.write(fn)

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return self._db.read(sql, params)

    @staticmethod
    def _seq(conn: sqlite3.Connection, attempt_id: str, *, editable: bool = False) -> int:
        row = conn.execute("SELECT seq, status FROM attempts WHERE id = ?", (attempt_id,)).fetchone()
        if row is None:
            raise StoreError(Text.of(msg.STORE_NO_ATTEMPT, attempt=attempt_id))
        if editable and row[1] != "in_progress":
            template = msg.STORE_ATTEMPT_FINISHED if row[1] == "finished" else msg.STORE_ATTEMPT_ABANDONED
            raise StoreError(Text.of(template, attempt=attempt_id))
        return int(row[0])

    # -- attempts ---------------------------------------------------------------------------------------------
    def start_attempt(
        self,
        *,
        bank_id: str,
        bank_version: str,
        bank_hash: str,
        sections: Sequence[str],
        nickname: str | None = None,
        started_at: datetime | None = None,
        attempt_id: str | None = None,
        option_seed: int | None = None,
        cohort: str | None = None,
        code: str | None = None,
    ) -> str:
        """Record a new attempt in progress and return its UUID (``attempt_id``, if the caller chose it: an
        :class:`~cs_quiz.attempts.attempt.Attempt` names itself before the write is made). ``cohort`` and ``code``
        are cleaned (:func:`~cs_quiz.store.records.clean_label`); too long raises ValueError."""
        attempt_id = attempt_id or str(uuid.uuid4())
        now = utc_iso(started_at)
        labels = (clean_label(cohort, MAX_COHORT), clean_label(code, MAX_CODE))
        row = (attempt_id, (nickname or "").strip() or None, bank_id, bank_version, bank_hash)
        self._write(
            lambda conn: conn.execute(
                "INSERT INTO attempts (id, nickname, bank_id, bank_version, bank_hash, sections, started_at,"
                " status, updated_at, option_seed, cohort, code)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, ?, ?)",
                (*row, json.dumps(list(sections)), now, now, option_seed, *labels),
            )
        )
        return attempt_id

    def set_cohort(self, attempt_ids: Sequence[str], cohort: str | None) -> int:
        """Put the attempts ``attempt_ids`` in the cohort ``cohort`` (None or blank: in none), in one transaction;
        return how many there were. Raises ValueError for a label that is too long."""
        label = clean_label(cohort, MAX_COHORT)
        ids = list(dict.fromkeys(attempt_ids))

        def op(conn: sqlite3.Connection) -> int:
            changed = 0
            for start in range(0, len(ids), 500):  # SQLite's limit on parameters
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                changed += conn.execute(
                    f"UPDATE attempts SET cohort = ? WHERE id IN ({marks})", (label, *chunk)
                ).rowcount
            return changed

        return self._write(op)

    def cohorts(self) -> list[tuple[str, int]]:
        """The cohort labels in use, each with its number of attempts, in alphabetical order (case aside)."""
        rows = self._read(
            "SELECT cohort, COUNT(*) FROM attempts WHERE cohort IS NOT NULL GROUP BY cohort"
            " ORDER BY cohort COLLATE NOCASE, cohort"
        )
        return [(str(label), int(n)) for label, n in rows]

    def save_answer(
        self,
        attempt_id: str,
        question_id: str,
        answer: Any,
        *,
        position: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        """Save (``answer=None``: clear) one answer and, if given, the question index to resume at and the seconds
        spent so far — one transaction.

        Raises ``ValueError`` for a value that is not an answer, :class:`StoreError` if the attempt is not in progress.
        """
        if answer is not None:
            check_answer(answer)
        now = utc_iso()

        def op(conn: sqlite3.Connection) -> None:
            seq = self._seq(conn, attempt_id, editable=True)
            if answer is None:
                conn.execute("DELETE FROM answers WHERE attempt = ? AND question_id = ?", (seq, question_id))
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO answers (attempt, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                    (seq, question_id, json.dumps(answer), now),
                )
            conn.execute(
                "UPDATE attempts SET updated_at = ?, position = COALESCE(?, position),"
                " elapsed_seconds = COALESCE(?, elapsed_seconds) WHERE seq = ?",
                (now, position, elapsed, seq),
            )

        self._write(op)

    def set_position(self, attempt_id: str, index: int, *, elapsed: float | None = None) -> None:
        """Remember the question the user is on (and the seconds spent so far), so that resuming starts there."""

        def op(conn: sqlite3.Connection) -> None:
            seq = self._seq(conn, attempt_id, editable=True)
            conn.execute(
                "UPDATE attempts SET position = ?, updated_at = ?, elapsed_seconds = COALESCE(?, elapsed_seconds)"
                " WHERE seq = ?",
                (index, utc_iso(), elapsed, seq),
            )

        self._write(op)

    def set_review_flags(self, attempt_id: str, question_ids: Sequence[str]) -> None:
        """Remember which questions the person flagged for review, so a resumed attempt still shows them."""
        text = json.dumps(sorted(set(question_ids)))

        def op(conn: sqlite3.Connection) -> None:
            seq = self._seq(conn, attempt_id, editable=True)
            conn.execute("UPDATE attempts SET review_flags = ?, updated_at = ? WHERE seq = ?", (text, utc_iso(), seq))

        self._write(op)

    def finish_attempt(
        self,
        attempt_id: str,
        result: Mapping[str, Any],
        finished_at: datetime | None = None,
        *,
        elapsed: float | None = None,
    ) -> None:
        """Keep the result as computed now (``{"score": to_dict(ScoreResult), "advice": to_dict(Advice)}``) and,
        if given, the seconds it was computed with (the too-fast check's time).

        Raises ``ValueError`` if ``result`` lacks that shape, :class:`StoreError` if the attempt is not in progress.
        """
        cols = schema.denormalise(result)
        blob = json.dumps(result, ensure_ascii=False, allow_nan=False)
        stored = json.loads(blob)  # the digest is read from the result as it will be read back
        now = utc_iso(finished_at)

        def op(conn: sqlite3.Connection) -> None:
            seq = self._seq(conn, attempt_id, editable=True)
            conn.execute(
                "UPDATE attempts SET status = 'finished', finished_at = ?, updated_at = ?, result_json = ?,"
                " elapsed_seconds = COALESCE(?, elapsed_seconds) WHERE seq = ?",
                (now, now, blob, elapsed, seq),
            )
            started = conn.execute("SELECT started_at FROM attempts WHERE seq = ?", (seq,)).fetchone()[0]
            schema.write_result_columns(conn, seq, started, cols)
            schema.write_digest(conn, seq, stored)

        self._write(op)

    def abandon_attempt(self, attempt_id: str) -> None:
        """The user declined to resume: keep the answers, stop offering it."""

        def op(conn: sqlite3.Connection) -> None:
            seq = self._seq(conn, attempt_id, editable=True)
            conn.execute("UPDATE attempts SET status = 'abandoned', updated_at = ? WHERE seq = ?", (utc_iso(), seq))

        self._write(op)

    def delete_attempt(self, attempt_id: str) -> None:
        """Remove an attempt and everything recorded about it (answers, result, overview figures)."""
        self._write(lambda conn: conn.execute("DELETE FROM attempts WHERE seq = ?", (self._seq(conn, attempt_id),)))

    def readiness_scores(self, bank_id: str, cohort: str | None = None, *, besides: str = "") -> list[int]:
        """The readiness figures people were shown (rounded) in the finished attempts of ``bank_id`` that had a
        verdict (not withheld), in ``cohort`` (any case; None: all of them), leaving out the attempt ``besides``:
        the group a person is placed in (cs_quiz.stats.standing)."""
        sql = (
            "SELECT readiness_rounded FROM attempts WHERE status = 'finished' AND bank_id = ?"
            " AND band_id IS NOT NULL AND readiness_rounded IS NOT NULL AND id != ?"
        )
        params: list[Any] = [bank_id, besides]
        if cohort is not None:
            sql += " AND cohort = ? COLLATE NOCASE"
            params.append(cohort)
        return [int(r[0]) for r in self._read(sql, params)]

    def get_attempt(self, attempt_id: str) -> Attempt:
        """Everything about one attempt, e.g. to resume it (answers and position) or show its stored result."""
        with self._db.snapshot() as conn:
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS}, a.result_json, a.seq FROM attempts a WHERE a.id = ?", (attempt_id,)
            ).fetchall()
            if not rows:
                raise StoreError(Text.of(msg.STORE_NO_ATTEMPT, attempt=attempt_id))
            answers = conn.execute(
                "SELECT question_id, value, answered_at FROM answers WHERE attempt = ?", (rows[0][-1],)
            ).fetchall()
        summary = _summary(rows[0])
        return Attempt(
            **fields_of(summary),
            answers={q: json.loads(v) for q, v, _ in answers},
            answer_times={q: parse_iso(t) for q, _, t in answers},
            result=stored_result(rows[0][-2]),
        )

    def finished_attempts(self, limit: int = 100) -> list[FinishedAttempt]:
        """Finished attempts with their stored results, newest first, in one query: the history page."""
        rows = self._read(
            f"SELECT {_SUMMARY_COLUMNS}, a.result_json FROM attempts a WHERE a.status = 'finished'"
            " ORDER BY a.started_at DESC, a.seq DESC LIMIT ?",
            (limit,),
        )
        return [FinishedAttempt(**fields_of(_summary(r[:-1])), result=stored_result(r[-1])) for r in rows]

    def attempts(
        self,
        *,
        bank_id: str | None = None,
        cohort: str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        answer_times: bool = False,
    ) -> list[Attempt]:
        """Every attempt started in ``[since, until]`` (of ``bank_id``, in ``cohort``: its label exactly, case
        aside), whatever its status, with its answers and stored result, oldest first: what group and item
        statistics read (cs_quiz.stats). Two queries, in one snapshot, however many attempts there are. When each
        answer was given is read only with ``answer_times`` (else ``answer_times`` is empty: statistics need none,
        and reading a million of them takes seconds)."""
        where, params = _choice(bank_id, cohort, since, until)
        with self._db.snapshot() as conn:
            rows = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS}, a.result_json, a.seq FROM attempts a WHERE {where}"
                " ORDER BY a.started_at, a.seq",
                params,
            ).fetchall()
            given: dict[int, dict[str, Any]] = {}
            times: dict[int, dict[str, datetime]] = {}
            read: dict[str, Any] = {}  # "4" -> 4: a million answers are a few thousand distinct texts
            column = ", n.answered_at" if answer_times else ""
            for seq, qid, value, *at in conn.execute(
                f"SELECT n.attempt, n.question_id, n.value{column} FROM answers n"
                f" JOIN attempts a ON a.seq = n.attempt WHERE {where}",
                params,
            ):
                parsed = read.get(value, _UNREAD)
                if parsed is _UNREAD:
                    parsed = read[value] = json.loads(value)
                if type(parsed) is dict:  # each attempt its own (a shallow copy: its values are text)
                    parsed = dict(parsed)
                elif type(parsed) is list:
                    parsed = list(parsed)
                own = given.get(seq)
                if own is None:
                    own = given[seq] = {}
                own[qid] = parsed
                if at:
                    times.setdefault(seq, {})[qid] = parse_iso(at[0])
        return [
            Attempt(
                **fields_of(_summary(row[:-2])),
                answers=given.get(row[-1], {}),
                answer_times=times.get(row[-1], {}),
                result=stored_result(row[-2]),
            )
            for row in rows
        ]

    def digest_rows(
        self,
        *,
        bank_id: str | None = None,
        cohort: str | None = None,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
    ) -> list[DigestRow]:
        """The attempts :meth:`attempts` chooses, in its order, as statistics read them (:class:`DigestRow`: no
        nickname, answers as one text, the figures of the result): a finished attempt is one row of its digest
        (schema 6), the others are read from their answers. Ten thousand finished attempts take a tenth of a
        second, where :meth:`attempts` takes seconds."""
        where, params = _choice(bank_id, cohort, since, until)
        with self._db.snapshot() as conn:
            rows = conn.execute(
                "SELECT a.id, a.bank_id, a.bank_version, a.sections, a.status, a.started_at, a.finished_at, a.cohort,"
                " a.code, d.answers, d.figures, a.result_json, a.seq FROM attempts a"
                f" LEFT JOIN attempt_digests d ON d.attempt = a.seq WHERE {where} ORDER BY a.started_at, a.seq",
                params,
            ).fetchall()
            given: dict[int, list[tuple[str, str]]] = {}
            if any(r[9] is None for r in rows):  # attempts without a digest: their answers, the long way
                for seq, qid, value in conn.execute(
                    "SELECT n.attempt, n.question_id, n.value FROM answers n JOIN attempts a ON a.seq = n.attempt"
                    f" WHERE {where} AND NOT EXISTS (SELECT 1 FROM attempt_digests d WHERE d.attempt = a.seq)",
                    params,
                ):
                    given.setdefault(seq, []).append((qid, value))
        return [
            DigestRow._make(r[:12] if r[9] is not None else (*r[:9], digest_answers(given.get(r[-1], ())), *r[10:12]))
            for r in rows
        ]

    def clear(self) -> int:
        """Delete every attempt and everything recorded about it, in one transaction; return how many there were."""

        def op(conn: sqlite3.Connection) -> int:
            n = int(conn.execute("SELECT COUNT(*) FROM attempts").fetchone()[0])
            conn.execute("DELETE FROM attempts")
            return n

        return self._write(op)

    def unfinished_attempts(self) -> list[AttemptSummary]:
        """Attempts made here and still in progress, most recently touched first: the "resume?" offer."""
        rows = self._read(
            f"SELECT {_SUMMARY_COLUMNS} FROM attempts a WHERE a.status = 'in_progress' AND a.imported_at IS NULL"
            " ORDER BY a.updated_at DESC, a.seq DESC"
        )
        return [_summary(r) for r in rows]

    def history(
        self,
        nickname: str | None = None,
        *,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        limit: int | None = None,
    ) -> list[AttemptSummary]:
        """Past attempts, newest first; ``nickname`` matches case-insensitively."""
        lo, hi = range_bounds(since, until)
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM attempts a WHERE a.started_at >= ? AND a.started_at < ?"
        params: list[Any] = [lo, hi]
        if nickname is not None:
            sql += " AND a.nickname = ? COLLATE NOCASE"
            params.append(nickname.strip())
        sql += " ORDER BY a.started_at DESC, a.seq DESC LIMIT ?"
        params.append(-1 if limit is None else limit)
        return [_summary(r) for r in self._read(sql, params)]

    # -- the facilitator's overview ---------------------------------------------------------------------------
    def aggregate(self, since: date | datetime | None = None, until: date | datetime | None = None) -> Aggregate:
        """Counts, bands and per-competency statistics for attempts started in the range (see :func:`range_bounds`).

        Competency figures come from the per-hour roll-up for whole hours and from the per-attempt scores for the
        partial hours at either end, so they are exact for any range and fast for any number of attempts.
        """
        lo, hi = range_bounds(since, until)
        lo_s = schema.unix_seconds(lo) if lo != "0000" else 0
        hi_s = schema.unix_seconds(hi) if hi != "9999" else 2**53
        first_hour, end_hour = -(-lo_s // 3600), hi_s // 3600
        if first_hour >= end_hour:  # the range lies within one hour: all from the raw scores
            first_hour = end_hour = hi_s // 3600 + 1
            edges = (lo_s, hi_s, 0, 0)
        else:
            edges = (lo_s, first_hour * 3600, end_hour * 3600, hi_s)
        with self._db.snapshot() as conn:
            statuses = conn.execute(
                "SELECT status, band_id, MAX(band_name), COUNT(*), AVG(readiness),"
                " SUM(flags IS NOT NULL AND flags != '[]') FROM attempts"
                " WHERE started_at >= ? AND started_at < ? GROUP BY status, band_id",
                (lo, hi),
            ).fetchall()
            comp = {seq: (cid, name, o) for seq, cid, name, o in conn.execute("SELECT * FROM competencies")}
            parts = conn.execute(
                "SELECT competency, SUM(n), SUM(total), SUM(total_sq), SUM(gaps), SUM(rows) FROM hourly_scores"
                " WHERE hour >= ? AND hour < ? GROUP BY competency",
                (first_hour, end_hour),
            ).fetchall()
            parts += conn.execute(
                "SELECT competency, COUNT(score), TOTAL(score), TOTAL(score * score), SUM(is_gap), COUNT(*)"
                " FROM attempt_scores WHERE (started >= ? AND started < ?) OR (started >= ? AND started < ?)"
                " GROUP BY competency",
                edges,
            ).fetchall()
        sums: dict[int, list[float]] = {}
        for key, *values in parts:
            acc = sums.setdefault(key, [0.0] * 5)
            for i, v in enumerate(values):
                acc[i] += v or 0
        counts = {"finished": 0, "abandoned": 0, "in_progress": 0}
        bands: list[tuple[float, BandCount]] = []
        flagged = 0
        for status, band_id, band_name, count, mean, n_flagged in statuses:
            counts[status] += count
            if status == "finished":
                flagged += n_flagged or 0
                bands.append((mean if mean is not None else -1.0, BandCount(band_id, band_name or "", count)))
        order = sorted((k for k in sums if sums[k][4]), key=lambda k: (comp[k][2], comp[k][1]))  # bank order
        stats = tuple(_stats(comp[k][0], comp[k][1], *sums[k][:4]) for k in order)
        participants = sum(counts.values())
        return Aggregate(
            participants=participants,
            finished=counts["finished"],
            abandoned=counts["abandoned"],
            in_progress=counts["in_progress"],
            completion_rate=counts["finished"] / participants if participants else None,
            flagged=flagged,
            band_counts=tuple(b for _, b in sorted(bands, key=lambda mb: mb[0])),
            competencies=stats,
            common_gaps=tuple(sorted((s for s in stats if s.gap_count), key=lambda s: -s.gap_count)[:5]),
        )

    # -- settings ---------------------------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-compatible value (kiosk options, the facilitator PIN hash …) for this data directory."""
        text = json.dumps(value, allow_nan=False)
        self._write(
            lambda conn: conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, text))
        )


def _choice(
    bank_id: str | None, cohort: str | None, since: date | datetime | None, until: date | datetime | None
) -> tuple[str, list[Any]]:
    """The WHERE clause (on ``attempts a``) and its parameters that choose the attempts a report reads."""
    lo, hi = range_bounds(since, until)
    where = "a.started_at >= ? AND a.started_at < ?"
    params: list[Any] = [lo, hi]
    if bank_id is not None:
        where += " AND a.bank_id = ?"
        params.append(bank_id)
    if cohort is not None:
        where += " AND a.cohort = ? COLLATE NOCASE"
        params.append(cohort)
    return where, params
