"""Results leaving and entering the store: CSV and JSON export, JSON import with a report.

* JSON (``format: "cs-quiz-results"``, ``format_version: 1``) is complete — answers and results as computed then —
  and is what :func:`import_files` reads back. docs/storage.md documents it field by field.
* CSV is for spreadsheets: one row per attempt, a column per competency; UTF-8 with a byte order mark (so Excel
  detects the encoding), comma-separated, ``.`` as decimal point, times as ``YYYY-MM-DD HH:MM:SS`` in UTC.
* Every file is written atomically (:mod:`cs_quiz.atomic`). An import file is validated completely before anything
  is written, then added in one transaction: a malformed file is rejected with its reason and nothing of it lands.

No Qt and no network.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from cs_quiz import __version__
from cs_quiz.atomic import atomic_open
from cs_quiz.store import migrations as schema
from cs_quiz.store.store import (
    Attempt,
    AttemptSummary,
    Store,
    StoreError,
    check_answer,
    parse_iso,
    range_bounds,
    utc_iso,
)

FORMAT = "cs-quiz-results"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 200 * 1024 * 1024
CSV_FIXED_COLUMNS = (
    "attempt_id",
    "nickname",
    "status",
    "started_utc",
    "finished_utc",
    "bank_id",
    "bank_version",
    "sections",
    "answered",
    "readiness",
    "band_id",
    "band_name",
    "flags",
)


# -- JSON ---------------------------------------------------------------------------------------------------------
def attempt_to_json(a: Attempt) -> dict[str, Any]:
    return {
        "id": a.id,
        "nickname": a.nickname,
        "bank": {"id": a.bank_id, "version": a.bank_version, "content_hash": a.bank_hash},
        "sections": list(a.sections),
        "started_at": utc_iso(a.started_at),
        "finished_at": utc_iso(a.finished_at) if a.finished_at else None,
        "status": a.status,
        "position": a.position,
        "answers": a.answers,
        "answered_at": {q: utc_iso(t) for q, t in a.answer_times.items()},
        "result": a.result,
    }


def export_json(
    store: Store, path: Path, since: date | datetime | None = None, until: date | datetime | None = None
) -> int:
    """Write every attempt started in the range (oldest first) to ``path``; return how many."""
    summaries = store.history(since=since, until=until)[::-1]
    lo, hi = range_bounds(since, until)
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": utc_iso(),
        "app_version": __version__,
        "range": {"since": lo if since else None, "until": hi if until else None},
        "attempts": [attempt_to_json(store.get_attempt(s.id)) for s in summaries],
    }
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, allow_nan=False)
        fh.write("\n")
    return len(summaries)


class _Bad(ValueError):
    pass


def _get(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str, optional: bool = False) -> Any:
    value = obj.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        raise _Bad(f"{where}: {key!r} is missing or not {getattr(kind, '__name__', 'valid')}")
    return value


def _time(value: Any, where: str, optional: bool = False) -> datetime | None:
    if value is None and optional:
        return None
    try:
        return parse_iso(value)
    except (TypeError, ValueError):
        raise _Bad(f"{where}: {value!r} is not an ISO 8601 date and time") from None


def attempt_from_json(obj: Any, where: str) -> Attempt:
    """Validate one exported attempt. Raises ``ValueError`` naming ``where`` and the field at fault."""
    if not isinstance(obj, dict):
        raise _Bad(f"{where}: not an object")
    try:
        attempt_id = str(uuid.UUID(_get(obj, "id", str, where)))
    except ValueError:
        raise _Bad(f"{where}: 'id' is not a UUID") from None
    bank = _get(obj, "bank", dict, where)
    status = _get(obj, "status", str, where)
    if status not in ("in_progress", "finished", "abandoned"):
        raise _Bad(f"{where}: unknown status {status!r}")
    answers = _get(obj, "answers", dict, where)
    for qid, value in answers.items():
        try:
            check_answer(value)
        except ValueError as exc:
            raise _Bad(f"{where}: answer to {qid!r}: {exc}") from None
    times = _get(obj, "answered_at", dict, where, optional=True) or {}
    started = _time(obj.get("started_at"), f"{where}: started_at")
    assert started is not None
    result = _get(obj, "result", dict, where, optional=True)
    if status == "finished" and result is None:
        raise _Bad(f"{where}: a finished attempt has no result")
    cols = schema.ResultColumns(None, None, None, None, (), ())
    if result is not None:
        try:
            cols = schema.denormalise(result)
        except ValueError as exc:
            raise _Bad(f"{where}: {exc}") from None
    sections = _get(obj, "sections", list, where)
    if not all(isinstance(s, str) for s in sections):
        raise _Bad(f"{where}: 'sections' must be a list of section ids")
    return Attempt(
        id=attempt_id,
        nickname=_get(obj, "nickname", str, where, optional=True),
        bank_id=_get(bank, "id", str, f"{where}: bank"),
        bank_version=_get(bank, "version", str, f"{where}: bank"),
        bank_hash=_get(bank, "content_hash", str, f"{where}: bank"),
        sections=tuple(sections),
        started_at=started,
        finished_at=_time(obj.get("finished_at"), f"{where}: finished_at", optional=True),
        status=status,
        position=_get(obj, "position", int, where, optional=True) or 0,
        answered=len(answers),
        readiness=cols.readiness,
        readiness_rounded=cols.readiness_rounded,
        band_id=cols.band_id,
        band_name=cols.band_name,
        flags=cols.flags,
        imported=True,
        review_flags=(),
        elapsed=None,
        option_seed=None,  # imported attempts are not resumed: their options need no order here
        answers=answers,
        answer_times={q: _time(t, f"{where}: answered_at") or started for q, t in times.items() if q in answers},
        result=result,
    )


def parse_results_file(data: bytes) -> list[Attempt]:
    """Validate a whole JSON export. Raises ``ValueError`` with the reason a teacher can act on."""
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _Bad("not a cs-quiz results file (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise _Bad(f"not a cs-quiz results file (invalid JSON at line {exc.lineno}, column {exc.colno})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _Bad(f'not a cs-quiz results file (no "format": "{FORMAT}")')
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _Bad("the file has no valid format_version")
    if version > FORMAT_VERSION:
        raise _Bad(f"the file was made by a newer cs-quiz (format {version}); update cs-quiz to import it")
    attempts = doc.get("attempts")
    if not isinstance(attempts, list):
        raise _Bad('the file has no "attempts" list')
    return [attempt_from_json(obj, f"attempt {i + 1}") for i, obj in enumerate(attempts)]


# -- import -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileOutcome:
    path: Path
    added: tuple[str, ...] = ()  # attempt ids
    skipped: tuple[str, ...] = ()  # already present (same attempt id)
    error: str | None = None  # why the whole file was rejected


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileOutcome, ...]

    @property
    def added(self) -> int:
        return sum(len(f.added) for f in self.files)

    @property
    def skipped(self) -> int:
        return sum(len(f.skipped) for f in self.files)

    @property
    def rejected(self) -> tuple[FileOutcome, ...]:
        return tuple(f for f in self.files if f.error is not None)

    def lines(self) -> list[str]:
        """The report as plain text lines: one per file, then the totals."""
        out = []
        for f in self.files:
            if f.error is not None:
                out.append(f"{f.path}: rejected: {f.error}")
            else:
                out.append(f"{f.path}: {len(f.added)} added, {len(f.skipped)} already present (skipped)")
        out.append(
            f"Total: {self.added} added, {self.skipped} skipped, {len(self.rejected)} of {len(self.files)} "
            "file(s) rejected."
        )
        return out


def _insert(store: Store, attempts: Sequence[Attempt]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    now = utc_iso()

    def op(conn: sqlite3.Connection) -> tuple[tuple[str, ...], tuple[str, ...]]:
        added: list[str] = []
        skipped: list[str] = []
        for a in attempts:
            if conn.execute("SELECT 1 FROM attempts WHERE id = ?", (a.id,)).fetchone():
                skipped.append(a.id)
                continue
            started = utc_iso(a.started_at)
            seq = conn.execute(
                "INSERT INTO attempts (id, nickname, bank_id, bank_version, bank_hash, sections, started_at,"
                " finished_at, status, position, updated_at, imported_at, result_json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    a.id,
                    a.nickname,
                    a.bank_id,
                    a.bank_version,
                    a.bank_hash,
                    json.dumps(list(a.sections)),
                    started,
                    utc_iso(a.finished_at) if a.finished_at else None,
                    a.status,
                    a.position,
                    now,
                    now,
                    json.dumps(a.result, ensure_ascii=False) if a.result is not None else None,
                ),
            ).lastrowid
            assert seq is not None
            conn.executemany(
                "INSERT INTO answers (attempt, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                [(seq, q, json.dumps(v), utc_iso(a.answer_times.get(q, a.started_at))) for q, v in a.answers.items()],
            )
            if a.result is not None:
                schema.write_result_columns(conn, seq, started, schema.denormalise(a.result))
            added.append(a.id)
        return tuple(added), tuple(skipped)

    return store._write(op)


def import_files(store: Store, paths: Iterable[Path]) -> ImportReport:
    """Merge exported JSON files into ``store``, de-duplicated by attempt id; one transaction per file."""
    outcomes = []
    for path in paths:
        try:
            if path.suffix.lower() == ".csv":
                raise _Bad("CSV exports hold scores but not answers and cannot be imported; export with --json")
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise _Bad(f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MB")
            attempts = parse_results_file(path.read_bytes())
            added, skipped = _insert(store, attempts)
            outcomes.append(FileOutcome(path, added, skipped))
        except (ValueError, StoreError) as exc:
            outcomes.append(FileOutcome(path, error=str(exc)))
        except OSError as exc:
            outcomes.append(FileOutcome(path, error=f"cannot be read ({exc.strerror or exc})"))
    return ImportReport(tuple(outcomes))


# -- CSV ----------------------------------------------------------------------------------------------------------
def _cell(text: str | None) -> str:
    """Text as a spreadsheet shows it; a leading = + - @ would be run as a formula, so it is quoted with '."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _num(value: float | None, decimal: str = ".") -> str:
    """One decimal, halves rounded up as on the results screen (not to even, as float formatting does)."""
    if value is None:
        return ""
    return str(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", decimal)


def _when(moment: datetime | None) -> str:
    return utc_iso(moment).replace("T", " ").removesuffix("Z") if moment else ""


def export_csv(
    store: Store,
    path: Path,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    *,
    decimal_comma: bool = False,
) -> int:
    """Write one row per attempt started in the range (oldest first) and a column per competency; return rows.

    ``decimal_comma``: for spreadsheets set to Spanish (and other languages that write 49,5): numbers get a
    decimal comma and columns are separated by ``;``, as those spreadsheets expect when opening a CSV. Dates
    stay ISO (2026-11-25 14:03:00, UTC), which every spreadsheet reads."""
    decimal = "," if decimal_comma else "."
    summaries: list[AttemptSummary] = store.history(since=since, until=until)[::-1]
    lo, hi = range_bounds(since, until)
    rows = store._read(
        "SELECT a.id, c.id, c.name, c.ord, s.score FROM attempt_scores s JOIN attempts a ON a.seq = s.attempt"
        " JOIN competencies c ON c.seq = s.competency WHERE a.started_at >= ? AND a.started_at < ?",
        (lo, hi),
    )
    columns: dict[str, tuple[int, str]] = {}
    scores: dict[str, dict[str, float | None]] = {}
    for attempt_id, cid, name, ord_, score in rows:
        columns.setdefault(cid, (ord_, name))
        scores.setdefault(attempt_id, {})[cid] = score
    order = sorted(columns, key=lambda cid: columns[cid])
    names = [columns[cid][1] for cid in order]
    headers = [n if names.count(n) == 1 else f"{n} ({cid})" for n, cid in zip(names, order, strict=True)]
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, delimiter=";" if decimal_comma else ",")
        out.writerow([*CSV_FIXED_COLUMNS, *(_cell(h) for h in headers)])
        for s in summaries:
            own = scores.get(s.id, {})
            out.writerow(
                [
                    s.id,
                    _cell(s.nickname),
                    s.status,
                    _when(s.started_at),
                    _when(s.finished_at),
                    _cell(s.bank_id),
                    _cell(s.bank_version),
                    _cell("; ".join(s.sections)),
                    s.answered,
                    _num(s.readiness, decimal),
                    _cell(s.band_id),
                    _cell(s.band_name),
                    "; ".join(s.flags),
                    *(_num(own.get(cid), decimal) for cid in order),
                ]
            )
    return len(summaries)


def export_files(
    store: Store, folder: Path, since: date | None, until: date | None, stamp: str, decimal_comma: bool = False
) -> tuple[int, Path, Path]:
    """Both exports of ``[since, until]`` into ``folder`` (a USB stick), named with ``stamp``: CSV (with a decimal
    comma and ';' columns for spreadsheets in languages that write 49,5) and JSON. Returns (attempts, csv, json)."""
    csv_path = folder / f"cs-quiz-results-{stamp}.csv"
    json_path = folder / f"cs-quiz-results-{stamp}.json"
    n = export_csv(store, csv_path, since, until, decimal_comma=decimal_comma)
    export_json(store, json_path, since, until)
    return n, csv_path, json_path
