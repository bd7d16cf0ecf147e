"""Results leaving the store: CSV and JSON export (:mod:`cs_quiz.store.importing` reads the JSON back in).

* JSON (``format: "cs-quiz-results"``, ``format_version: 1``) is complete — answers and results as computed then —
  and is what :func:`import_files` reads back. docs/storage.md documents it field by field.
* CSV is for spreadsheets: one row per attempt, a column per competency; UTF-8 with a byte order mark (so Excel
  detects the encoding), comma-separated, ``.`` as decimal point, times as ``YYYY-MM-DD HH:MM:SS`` in UTC.
* Every file is written atomically (:mod:`cs_quiz.atomic`). Every text cell of the CSV is guarded against formulas
  (:func:`_cell`), and a value no score can have is written empty: one bad attempt never stops an export.

No Qt and no network.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
from collections.abc import Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from cs_quiz import __version__
from cs_quiz.atomic import atomic_open
from cs_quiz.store.store import (
    Attempt,
    AttemptSummary,
    Store,
    StoreError,
    range_bounds,
    utc_iso,
)

FORMAT = "cs-quiz-results"
FORMAT_VERSION = 1
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
    "cohort",
    "participant_code",
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
        "cohort": a.cohort,
        "code": a.code,
    }


def export_json(
    store: Store,
    path: Path,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
    *,
    attempt_ids: Sequence[str] | None = None,
) -> int:
    """Write every attempt started in the range (oldest first) to ``path``, or only those of ``attempt_ids`` (one
    result from the history, for a teacher to import); return how many."""
    if attempt_ids is None:
        attempts = [store.get_attempt(s.id) for s in store.history(since=since, until=until)[::-1]]
    else:  # looked up one by one: a kiosk writing each result as it finishes never reads the whole history
        known = {s.id for s in store.history(since=since, until=until)} if since or until else None
        attempts = []
        for i in dict.fromkeys(attempt_ids):
            if known is None or i in known:
                with contextlib.suppress(StoreError):  # deleted since it was chosen: left out
                    attempts.append(store.get_attempt(i))
    lo, hi = range_bounds(since, until)
    doc = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": utc_iso(),
        "app_version": __version__,
        "range": {"since": lo if since else None, "until": hi if until else None},
        "attempts": [attempt_to_json(a) for a in attempts],
    }
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1, allow_nan=False)
        fh.write("\n")
    return len(attempts)


def write_result_file(store: Store, attempt_id: str, folder: Path) -> Path:
    """Write one attempt as a results file (the JSON above, one attempt) into ``folder`` — a kiosk's results
    folder on a USB stick or a shared folder, which a teacher's cs-quiz imports from — atomically, so an importer
    never reads half a file. The folder must exist: a USB stick that is not plugged in is not created on the
    kiosk's own disk. Raises OSError (and the store's StoreError) with the reason."""
    if not folder.is_dir():
        raise FileNotFoundError(2, "the folder does not exist (is the USB stick plugged in?)", str(folder))
    attempt = store.get_attempt(attempt_id)
    stamp = (attempt.finished_at or attempt.started_at).strftime("%Y%m%d-%H%M%S")
    path = folder / f"cs-quiz-result-{stamp}-{attempt.id[:8]}.json"
    export_json(store, path, attempt_ids=[attempt_id])
    return path


# -- CSV ----------------------------------------------------------------------------------------------------------
def _cell(text: str | None) -> str:
    """Text as a spreadsheet shows it; a leading = + - @ would be run as a formula, so it is quoted with '."""
    text = text or ""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _num(value: float | None, decimal: str = ".") -> str:
    """One decimal, halves rounded up as on the results screen (not to even, as float formatting does). A value
    no score can have (stored by an older cs-quiz that imported anything) is left empty, never an error."""
    if value is None or not math.isfinite(value) or abs(value) > 1e6:
        return ""
    return str(Decimal(repr(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)).replace(".", decimal)


# For other CSV writers (``cs-quiz stats --csv``): the same guard against formulas and the same numbers.
spreadsheet_text = _cell
one_decimal = _num


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
                    _cell("; ".join(s.flags)),
                    _cell(s.cohort),
                    _cell(s.code),
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
