"""Gathering a class's results: files, folders and ZIP archives dropped on the Class results window (issue 18).

A teacher collects results from several kiosks or classroom PCs: a USB stick's results folder, a ZIP mailed by a
colleague, a handful of exported files. :func:`gather` turns what was dropped into the files
:func:`cs_quiz.store.importing.import_files` reads, so every file gets the same checks and the same
added / already present / rejected report, de-duplicated by attempt id.

- A folder is searched (sub-folders too, up to :data:`MAX_DEPTH` deep) for ``.json`` files and ZIP archives;
  other files are counted as ignored, hidden files and links are skipped. A file dropped by itself is always
  tried, so a wrong one is reported rather than silently left out.
- A ZIP's ``.json`` members are read one by one, each bounded in size (a "zip bomb" is rejected by its declared
  and its real size), copied to a private temporary folder and imported from there; the report names them
  ``archive.zip/member.json``. Encrypted members are rejected; archives inside archives are not opened.
- At most :data:`MAX_FILES` files in one go: a wrong folder (a whole disk) is refused with a reason, not read
  for an hour.

No Qt.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from cs_quiz.bank.model import Bank
from cs_quiz.store.importing import MAX_IMPORT_BYTES, FileOutcome, ImportReport, import_files
from cs_quiz.store.store import Store

MAX_FILES = 20_000
MAX_DEPTH = 8
MAX_MEMBER_BYTES = 50 * 1024 * 1024  # one results file from an archive (a kiosk's file is a few kilobytes)
MAX_ARCHIVE_BYTES = MAX_IMPORT_BYTES  # all of one archive's members, unpacked
RESULT_SUFFIXES = (".json",)
ARCHIVE_SUFFIXES = (".zip",)


@dataclass(frozen=True)
class Gathered:
    """What an import of dropped paths did: the import report (one line per file tried), how many files in the
    folders were not results files and so left alone, and the problems with whole folders or archives."""

    report: ImportReport
    ignored: int = 0
    too_many: bool = False  # more than MAX_FILES: nothing was imported

    @property
    def added_ids(self) -> tuple[str, ...]:
        return tuple(i for f in self.report.files for i in f.added)

    @property
    def present_ids(self) -> tuple[str, ...]:
        """The attempts of the files that were read: added now or already here (what a label can be put on)."""
        return tuple(i for f in self.report.files for i in (*f.added, *f.skipped))


def _hidden(path: Path) -> bool:
    return path.name.startswith(".")


def _walk(folder: Path, depth: int, counts: dict[str, int]) -> Iterator[Path]:
    """The results files and archives under ``folder``, in name order; the rest counted in ``counts``."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        counts["unreadable"] += 1
        return
    for entry in entries:
        path = Path(entry.path)
        if _hidden(path) or entry.is_symlink():
            continue
        if entry.is_dir(follow_symlinks=False):
            if depth < MAX_DEPTH:
                yield from _walk(path, depth + 1, counts)
            continue
        if path.suffix.lower() in RESULT_SUFFIXES + ARCHIVE_SUFFIXES:
            yield path
        else:
            counts["ignored"] += 1


def candidates(paths: Iterable[Path]) -> tuple[list[Path], int]:
    """The files to try for ``paths`` (a dropped file itself; a folder's results files and archives, searched)
    and how many files in the folders were left alone. Each file once, in the order found."""
    counts = {"ignored": 0, "unreadable": 0}
    found: dict[Path, None] = {}
    for path in paths:
        if path.is_dir():
            for p in _walk(path, 0, counts):
                found.setdefault(p, None)
                if len(found) > MAX_FILES:
                    break
        else:
            found.setdefault(path, None)
        if len(found) > MAX_FILES:
            break
    return list(found), counts["ignored"]


def _archive(
    store: Store, path: Path, known_banks: frozenset[str] | None, banks: Sequence[Bank] = ()
) -> list[FileOutcome]:
    """Import the results files inside the ZIP at ``path``, one outcome per member (or one for a bad archive)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = [
                m
                for m in archive.infolist()
                if not m.is_dir()
                and m.filename.lower().endswith(RESULT_SUFFIXES)
                and not any(part.startswith(".") for part in m.filename.split("/"))
            ]
            if not members:
                return [FileOutcome(path, error="the archive holds no results files (.json)")]
            outcomes: list[FileOutcome] = []
            unpacked = 0
            with tempfile.TemporaryDirectory(prefix="cs-quiz-zip-") as tmp:
                for i, member in enumerate(members):
                    shown = Path(f"{path}/{member.filename}")
                    problem = None
                    if member.flag_bits & 0x1:
                        problem = "the file is encrypted"
                    elif member.file_size > MAX_MEMBER_BYTES or unpacked + member.file_size > MAX_ARCHIVE_BYTES:
                        problem = f"the file is larger than {MAX_MEMBER_BYTES // 2**20} MB"
                    if problem is None:
                        target = Path(tmp) / f"{i}.json"  # never the member's own name: it may say "../../x"
                        try:
                            data = _read_member(archive, member)
                        except _TooLarge:
                            problem = f"the file is larger than {MAX_MEMBER_BYTES // 2**20} MB once unpacked"
                        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
                            problem = f"cannot be unpacked ({exc})"
                        else:
                            unpacked += len(data)
                            target.write_bytes(data)
                            outcome = import_files(store, [target], known_banks, banks).files[0]
                            target.unlink()
                            outcomes.append(replace(outcome, path=shown))
                            continue
                    outcomes.append(FileOutcome(shown, error=problem))
            return outcomes
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        return [FileOutcome(path, error=f"not a ZIP archive that can be read ({reason})")]


class _TooLarge(Exception):
    pass


def _read_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The member's bytes, stopping past the limit whatever the archive's directory claims of its size."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(member) as fh:
        while chunk := fh.read(1 << 20):
            size += len(chunk)
            if size > MAX_MEMBER_BYTES:
                raise _TooLarge
            chunks.append(chunk)
    return b"".join(chunks)


def gather(
    store: Store, paths: Iterable[Path], known_banks: frozenset[str] | None = None, banks: Sequence[Bank] = ()
) -> Gathered:
    """Import every results file in ``paths`` (files, folders, ZIP archives) into ``store``: each file whole or
    not at all, de-duplicated by attempt id, a bad one never stopping the rest."""
    files, ignored = candidates(paths)
    if len(files) > MAX_FILES:
        return Gathered(ImportReport(()), ignored, too_many=True)
    outcomes: list[FileOutcome] = []
    for path in files:
        if path.suffix.lower() in ARCHIVE_SUFFIXES and path.is_file():
            outcomes.extend(_archive(store, path, known_banks, banks))
        else:
            outcomes.extend(import_files(store, [path], known_banks, banks).files)
    return Gathered(ImportReport(tuple(outcomes)), ignored)
