"""Which attempts are open in a live window on this computer, so that no other window resumes, discards or closes
them.

An attempt being answered is *leased*: its window holds an exclusive lock on a small file in ``<data>/open/``
(``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows). The operating system drops the lock when the process
ends, however it ends, so a lease cannot outlive its window: a crash or a ``kill -9`` frees the attempt at once, with
no timeout to wait for and no process id to trust. The file also says who held it (``kind``: the desktop app or a
kiosk), which is what a kiosk reads on its next start to close what a killed kiosk left open.

A lease is released when the attempt is finished, abandoned or set aside (the window closes or goes home); the file is
removed then, so a lease file that nobody holds is one a dead process left behind (:meth:`Leases.left_behind`).

Locks are per open file, so two windows in one process exclude each other as two processes do. A folder where the
lease file cannot be made (a read-only store) leases nothing: no window can write there anyway. Lock files on a
network drive are not reliable, which is one more reason the results folder must be on this computer
(docs/storage.md).

No Qt here.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FOLDER = "open"
APP = "app"  # the desktop app
KIOSK = "kiosk"
_SUFFIX = ".lease"
_MAX_READ = 4096  # a lease file is a line of JSON; anything longer was not written by cs-quiz


@dataclass(frozen=True)
class Holder:
    """What a lease file says about the window that held it."""

    attempt_id: str
    kind: str  # APP or KIOSK
    pid: int
    since: str  # ISO time, UTC


if sys.platform == "win32":  # pragma: no cover - not built or tested here (docs/storage.md)
    import msvcrt

    def _lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _lock(fd: int) -> bool:
        """Lock ``fd``'s file for this open file only, without waiting; False when someone else holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True


def _still_there(fd: int, path: Path) -> bool:
    """Whether ``path`` is still the file ``fd`` was opened on: its last holder may have removed it between our
    open and our lock, and a lock on a removed file protects nothing."""
    try:
        return os.fstat(fd).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def _read_holder(fd: int) -> Holder | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, _MAX_READ).decode("utf-8"))
        return Holder(str(data["attempt"]), str(data["kind"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a file cut short by a crash, or not ours: it still says "nobody holds this"


class Leases:
    """The leases of one results folder (``folder`` is ``<data>/open``; None for a store in memory: nothing to
    share, nothing leased). One instance per window: each holds its own locks."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._held: dict[str, int] = {}  # attempt id -> the open, locked file

    def _path(self, attempt_id: str) -> Path:
        assert self.folder is not None
        # Attempt ids are UUIDs here, but an imported file may bring any text: never put it in a file name.
        return self.folder / (hashlib.sha256(attempt_id.encode("utf-8")).hexdigest()[:40] + _SUFFIX)

    def holds(self, attempt_id: str) -> bool:
        """This window holds the lease."""
        return attempt_id in self._held

    def take(self, attempt_id: str, kind: str = APP) -> bool:
        """Lease ``attempt_id`` for this window; False when another live window or process holds it."""
        if self.folder is None or attempt_id in self._held:
            return True
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError:
            return True  # a folder nobody can write in: no other window can change the attempt either
        path = self._path(attempt_id)
        for _ in range(5):
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return True
            if not _lock(fd):
                os.close(fd)
                return False
            if _still_there(fd, path):
                since = datetime.now(UTC).isoformat(timespec="seconds")
                line = json.dumps({"attempt": attempt_id, "kind": kind, "pid": os.getpid(), "since": since})
                try:
                    os.ftruncate(fd, 0)
                    os.write(fd, line.encode("utf-8"))
                except OSError:
                    pass  # a full disk: the lock holds all the same; only the note of who holds it is missing
                self._held[attempt_id] = fd
                return True
            os.close(fd)  # its holder removed it as we opened it: try again on the file there now
        return False

    def release(self, attempt_id: str) -> None:
        """Let other windows have the attempt again (finished, abandoned or set aside here)."""
        fd = self._held.pop(attempt_id, None)
        if fd is None:
            return
        path = self._path(attempt_id)
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            os.close(fd)
            _remove(path)
        else:
            _remove(path)  # removed while still locked, so nobody sees a free file that is about to vanish
            os.close(fd)

    def release_all(self) -> None:
        for attempt_id in list(self._held):
            self.release(attempt_id)

    def in_use(self, attempt_id: str) -> bool:
        """Another live window (of this process or another) holds ``attempt_id``."""
        if self.folder is None or attempt_id in self._held:
            return False
        try:
            fd = os.open(self._path(attempt_id), os.O_RDONLY)
        except OSError:
            return False  # no lease file: nobody holds it
        try:
            return not _lock(fd)
        finally:
            os.close(fd)  # also drops the lock just taken to look

    def left_behind(self) -> list[Holder]:
        """The leases whose window died without releasing them (a crash, a killed kiosk). Each is removed as it
        is read, so it is reported once."""
        if self.folder is None or not self.folder.is_dir():
            return []
        found: list[Holder] = []
        for path in sorted(self.folder.glob("*" + _SUFFIX)):
            try:
                fd = os.open(path, os.O_RDWR)
            except OSError:
                continue
            try:
                if not _lock(fd) or not _still_there(fd, path):
                    continue  # held by a live window, or released as we looked
                holder = _read_holder(fd)
                _remove(path)
                if holder is not None and self._path(holder.attempt_id) == path:
                    found.append(holder)
            finally:
                os.close(fd)
        return found

    def close(self) -> None:
        self.release_all()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
