"""Atomic file writes: a reader (or a crash) sees either the old file or the whole new one, never half of it.

Every file cs-quiz writes for the user — exports, reports — goes through here. The data is written to a temporary
file in the *same directory* (so the final rename never crosses file systems), flushed and fsynced, then moved over
the target with :func:`os.replace`, which is atomic on POSIX and Windows. On POSIX the directory is fsynced too, so
the rename itself survives a power cut. If anything fails, the temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


def _fsync_dir(directory: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a directory for fsync; os.replace there is already durable enough
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str], mode: str = "w", *, encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file for writing that replaces ``path`` only when the ``with`` block ends without error.

    ``mode`` is ``"w"`` (text, with ``encoding`` and ``newline`` as for :func:`open`) or ``"wb"``. Raises
    ``OSError`` (e.g. ``PermissionError``, disk full) from the write or the rename; the target is then unchanged.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open supports modes 'w' and 'wb', not {mode!r}")
    target = writable_target(path)
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        if mode == "wb":
            fh: IO[Any] = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _keep_mode(target, tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(directory)


def writable_target(path: str | os.PathLike[str]) -> Path:
    """The file a write to ``path`` should replace: through a symbolic link to the file it names (the link stays a
    link, and the file it points at gets the new contents). Raises ``OSError`` with a sentence for a target that is
    not a regular file: a rename over ``/dev/null``, a pipe or a socket would replace the device itself (as root)."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "this is a folder; give a file name", str(target))
    if not stat.S_ISREG(mode):
        raise OSError(
            errno.EINVAL, "this is not a regular file (a device, a pipe or a socket); give a file name", str(target)
        )
    return target


def _keep_mode(target: Path, tmp: Path) -> None:
    """mkstemp creates 0600 files; give the new file the old file's mode, or the usual umask-based one."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (see the module docstring)."""
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` atomically; newlines are written as given (no translation)."""
    with atomic_open(path, "w", encoding=encoding, newline="") as fh:
        fh.write(text)
