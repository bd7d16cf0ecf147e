"""The SQLite file under the results store: opening it safely, one transaction per write, consistent reads.

Knows nothing about attempts (that is :mod:`cs_quiz.store.store`). What it guarantees:

* Opening checks the file (``PRAGMA quick_check``); a damaged file is moved aside (never deleted) and
  :attr:`Database.recovered_from` says where. A file from a newer cs-quiz raises :class:`StoreError` and is left
  untouched; an older schema is backed up, then migrated (:mod:`cs_quiz.store.migrations`). WAL mode,
  ``synchronous=FULL``.
* :meth:`Database.write` runs a function in one ``BEGIN IMMEDIATE`` transaction, retrying while another writer
  holds the file. When the disk refuses (read-only, full, I/O error) the database is copied into memory, the write
  is applied there, :attr:`Database.degraded` holds a :class:`StoreError` worded for the user and ``on_degraded`` is
  called once. Opening on such a disk starts in memory the same way, with whatever could be read.
* Calls are serialised by a lock, so one instance may be used from several threads.

No Qt and no network here.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.results import Text
from cs_quiz.store import migrations as schema

T = TypeVar("T")


class StoreError(Exception):
    """A problem with the results store, worded for the user (what happened, where, what to do). ``text`` is the
    translatable form (``str()`` is English); the GUI shows it in the interface language."""

    def __init__(self, text: Text | str) -> None:
        self.text = text if isinstance(text, Text) else Text(text)
        super().__init__(str(self.text))


def _disk_message(path: Path | None, exc: BaseException) -> Text:
    text = str(exc).lower()
    if "full" in text:
        return Text.of(msg.STORE_DISK_FULL, path=str(path))
    if "readonly" in text or "read-only" in text or isinstance(exc, PermissionError):
        return Text.of(msg.STORE_READ_ONLY, path=str(path))
    return Text.of(msg.STORE_DISK_OTHER, path=str(path), why=str(exc))


class Database:
    """One SQLite database at ``path`` (``None``: in memory from the start), opened and migrated."""

    def __init__(
        self,
        path: Path | None,
        *,
        busy_timeout: float = 5.0,
        on_degraded: Callable[[StoreError], None] | None = None,
    ) -> None:
        self.path = path
        self.recovered_from: Path | None = None  # where a damaged file was moved at open
        self.migration_backup: Path | None = None  # copy taken before migrating an older schema
        self.degraded: StoreError | None = None  # set once writes go to memory only
        self._busy_timeout = busy_timeout
        self._on_degraded = on_degraded
        self.lock = threading.RLock()
        self.conn = self._open()

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    # -- opening ----------------------------------------------------------------------------------------------
    def _connect(self, target: str, uri: bool = False) -> sqlite3.Connection:
        conn = sqlite3.connect(
            target, timeout=self._busy_timeout, isolation_level=None, check_same_thread=False, uri=uri
        )
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _open(self) -> sqlite3.Connection:
        if self.path is None:
            return self._prepare(self._connect(":memory:"))
        started = time.monotonic()
        while True:
            try:
                return self._open_file(self.path)
            except sqlite3.Error as exc:
                # Two windows creating or migrating the file at the same moment can see it locked or half-set-up
                # (an I/O error while it turns to WAL): wait and look again before giving up on the disk.
                kind = schema.error_kind(exc)
                waited = time.monotonic() - started
                if (kind == "busy" and waited < self._busy_timeout) or (kind == "disk" and waited < 1.0):
                    time.sleep(0.05)
                    continue
                if schema.error_kind(exc) != "disk":
                    raise StoreError(Text.of(msg.STORE_CANNOT_OPEN, path=str(self.path), why=str(exc))) from exc
                return self._open_in_memory(exc)
            except OSError as exc:
                return self._open_in_memory(exc)

    def _open_file(self, path: Path) -> sqlite3.Connection:
        if not path.parent.exists():
            # Results and the kiosk PIN's hash are the user's alone: a folder cs-quiz makes is theirs only.
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if path.is_file() and path.stat().st_size > 0 and schema.is_damaged(path, self._busy_timeout):
            self.recovered_from = schema.move_aside(path)
        if not path.exists():
            _private_file(path)
        conn = self._connect(str(path))
        try:
            self._check_version(conn)  # before anything writes: a newer app's file stays untouched
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            return self._prepare(conn)
        except BaseException:
            conn.close()
            raise

    def _check_version(self, conn: sqlite3.Connection) -> int:
        version = schema.schema_version(conn)
        if version > schema.LATEST_VERSION:
            raise StoreError(Text.of(msg.STORE_NEWER, path=str(self.path), found=version, known=schema.LATEST_VERSION))
        return version

    def _prepare(self, conn: sqlite3.Connection) -> sqlite3.Connection:
        version = self._check_version(conn)

        def backup(found: int) -> None:
            # Nothing to keep safe in a database with no attempt yet: a new folder, or one that another process
            # is creating right now (each step is its own transaction, so this one may take over half-way).
            if found > 0 and self.path is not None and self.degraded is None and _holds_attempts(conn):
                self.migration_backup = schema.backup_before_migrating(self.path, found)

        if version < schema.LATEST_VERSION:
            schema.migrate(conn, before_first=backup)
        return conn

    def _open_in_memory(self, exc: BaseException) -> sqlite3.Connection:
        self.degraded = StoreError(_disk_message(self.path, exc))
        mem = self._connect(":memory:")
        if self.path is not None and self.path.is_file():
            # Keep the history visible: copy whatever can be read. In a read-only folder SQLite cannot make the
            # WAL's shared-memory file, so "read-only" fails there; "immutable" reads the file as it lies (nobody
            # can be writing to a folder nobody can write to).
            for query in ("mode=ro", "mode=ro&immutable=1"):
                try:
                    src = self._connect(f"{self.path.as_uri()}?{query}", uri=True)
                    try:
                        src.backup(mem)
                    finally:
                        src.close()
                    break
                except sqlite3.Error:
                    continue
        return self._prepare(mem)

    # -- transactions -----------------------------------------------------------------------------------------
    @staticmethod
    def _run(conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T]) -> T:
        for attempt in range(4):
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    result = fn(conn)
                    conn.execute("COMMIT")
                    return result
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
            except sqlite3.OperationalError as exc:
                if schema.error_kind(exc) != "busy" or attempt == 3:
                    raise
                time.sleep(0.05 * 2**attempt)
        raise AssertionError("unreachable")

    def write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn`` in one transaction; on a disk failure move to memory and run it there."""
        with self.lock:
            try:
                return self._run(self.conn, fn)
            except sqlite3.Error as exc:
                kind = schema.error_kind(exc)
                if kind == "busy":
                    raise StoreError(Text.of(msg.STORE_BUSY)) from exc
                if kind != "disk" or self.degraded is not None:
                    raise StoreError(Text.of(msg.STORE_SAVE_FAILED, why=str(exc))) from exc
                mem = self._connect(":memory:")
                self.conn.backup(mem)
                self.conn.close()
                self.conn = mem
                self.degraded = StoreError(_disk_message(self.path, exc))
                if self._on_degraded is not None:
                    self._on_degraded(self.degraded)
                return self._run(self.conn, fn)

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """The connection for several reads that must see the same state (under the lock, in one read
        transaction)."""
        with self.lock:
            self.conn.execute("BEGIN")
            try:
                yield self.conn
            finally:
                self.conn.execute("COMMIT")

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()


def _private_file(path: Path) -> None:
    """Create the database file readable and writable by its owner only (SQLite would follow the umask, 0644 as a
    rule, and the file holds the kiosk PIN's hash). Its -wal and -shm files take the same mode from it."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _holds_attempts(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT EXISTS (SELECT 1 FROM attempts)").fetchone()[0] == 1
    except sqlite3.OperationalError:  # no attempts table at this version: nothing stored yet
        return False
