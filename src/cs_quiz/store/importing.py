"""Results entering the store: JSON exports from other machines, validated whole, added one file at a time.

Each file is validated completely before anything is written, against the documented format (docs/storage.md)
and the bounds of what cs-quiz itself writes: nesting, digits, scores 0-100, text lengths, dates from 2000 to
today, known flag kinds and (given them) known banks. Then it is added in one transaction: a bad file is rejected
with the file, the attempt and the field named, nothing of it lands, and the files after it are still read. The
report says what was added, what was already there, and what was there with other content.

No Qt and no network.
"""

from __future__ import annotations

import json
import math
import sqlite3
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cs_quiz.bank.fields import REFLECTION_MAX
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.answers import check_answers
from cs_quiz.store import migrations as schema
from cs_quiz.store.exchange import FORMAT, FORMAT_VERSION
from cs_quiz.store.store import (
    MAX_CODE,
    MAX_COHORT,
    Attempt,
    Store,
    StoreError,
    check_answer,
    clean_label,
    parse_iso,
    utc_iso,
)

MAX_IMPORT_BYTES = 200 * 1024 * 1024
# Bounds of what cs-quiz itself writes, checked before anything is stored: a file beyond them was not exported by
# cs-quiz, and one bad attempt must not block every later export or chart (issue 16).
MAX_DEPTH = 32  # nesting of [ and {; an export nests about 8 deep
MAX_DIGITS = 18  # digits in one whole number
MAX_NICKNAME = 40  # as the app's nickname field
MAX_ID = 64  # ids of banks, sections and questions (docs/question-format.md)
MAX_ANSWERS = 5000
MAX_POSITION = 100_000
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)


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
        moment = parse_iso(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
    except (TypeError, ValueError, OverflowError):
        raise _Bad(f"{where}: {str(value)[:40]!r} is not an ISO 8601 date and time") from None
    latest = datetime.now(UTC) + timedelta(days=2)
    if not EARLIEST <= moment <= latest:
        raise _Bad(f"{where}: {utc_iso(moment)[:10]} is not a date an attempt can have (2000 to today)")
    return moment


def _short(value: Any, key: str, where: str, limit: int = MAX_ID, optional: bool = False) -> str | None:
    """A text field of at most ``limit`` characters."""
    text = _get({key: value}, key, str, where, optional=optional)
    if text is not None and len(text) > limit:
        raise _Bad(f"{where}: {key!r} is {len(text):,} characters long; at most {limit} are allowed")
    return text


def _check_answers(answers: dict[str, Any], where: str) -> None:
    if len(answers) > MAX_ANSWERS:
        raise _Bad(f"{where}: {len(answers):,} answers; a bank has at most {MAX_ANSWERS}")
    for qid, value in answers.items():
        if len(qid) > MAX_ID:
            raise _Bad(f"{where}: a question id of {len(qid):,} characters")
        try:
            check_answer(value)
        except ValueError as exc:
            raise _Bad(f"{where}: answer to {qid!r}: {str(exc)[:80]}") from None
        if isinstance(value, str) and len(value) > REFLECTION_MAX:  # an option id, or a person's reflection
            raise _Bad(f"{where}: answer to {qid!r} has {len(value):,} characters; at most {REFLECTION_MAX:,}")
        texts = list(value) if isinstance(value, list) else []
        if isinstance(value, dict):
            texts = [v for v in value.values() if isinstance(v, str)]
        if len(texts) > 100 or any(len(t) > MAX_ID for t in texts):
            raise _Bad(f"{where}: answer to {qid!r} is not an option id, a number or a list of option ids")


def attempt_from_json(obj: Any, where: str, known_banks: frozenset[str] | None = None) -> Attempt:
    """Validate one exported attempt against the documented format and the bounds of what cs-quiz writes (and,
    given ``known_banks``, its bank's id). Raises ``ValueError`` naming ``where`` and the field at fault."""
    if not isinstance(obj, dict):
        raise _Bad(f"{where}: not an object")
    try:
        attempt_id = str(uuid.UUID(_short(obj.get("id"), "id", where)))
    except ValueError:
        raise _Bad(f"{where}: 'id' is not a UUID") from None
    bank = _get(obj, "bank", dict, where)
    bank_id = _short(bank.get("id"), "id", f"{where}: bank")
    if known_banks is not None and bank_id not in known_banks:
        raise _Bad(f"{where}: bank {str(bank_id)[:40]!r} is not a question bank on this computer")
    status = _get(obj, "status", str, where)
    if status not in ("in_progress", "finished", "abandoned"):
        raise _Bad(f"{where}: unknown status {status[:40]!r}")
    answers = _get(obj, "answers", dict, where)
    _check_answers(answers, where)
    times = _get(obj, "answered_at", dict, where, optional=True) or {}
    started = _time(obj.get("started_at"), f"{where}: started_at")
    assert started is not None
    finished = _time(obj.get("finished_at"), f"{where}: finished_at", optional=True)
    if finished is not None and finished < started:
        raise _Bad(f"{where}: finished_at is before started_at")
    position = _get(obj, "position", int, where, optional=True) or 0
    if not 0 <= position <= MAX_POSITION:
        raise _Bad(f"{where}: 'position' {position} is not a question number")
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
    if not all(isinstance(s, str) and len(s) <= MAX_ID for s in sections) or len(sections) > 100:
        raise _Bad(f"{where}: 'sections' must be a list of section ids")
    labels = {}
    for key, limit in (("cohort", MAX_COHORT), ("code", MAX_CODE)):
        try:
            labels[key] = clean_label(_get(obj, key, str, where, optional=True), limit)
        except ValueError as exc:
            raise _Bad(f"{where}: {key!r} is {exc}") from None
    return Attempt(
        id=attempt_id,
        nickname=_short(obj.get("nickname"), "nickname", where, MAX_NICKNAME, optional=True),
        bank_id=str(bank_id),
        bank_version=str(_short(bank.get("version"), "version", f"{where}: bank")),
        bank_hash=str(_short(bank.get("content_hash"), "content_hash", f"{where}: bank", 128)),
        sections=tuple(sections),
        started_at=started,
        finished_at=finished,
        status=status,
        position=position,
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
        cohort=labels["cohort"],
        code=labels["code"],
        answers=answers,
        answer_times={q: _time(t, f"{where}: answered_at") or started for q, t in times.items() if q in answers},
        result=result,
    )


def _depth(text: str) -> int:
    """The deepest nesting of [ and { outside strings, read without parsing (so a 100,000-deep file cannot
    exhaust the parser's recursion)."""
    depth = deepest = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    return deepest
        elif ch in "]}":
            depth -= 1
    return deepest


def _whole(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise _Bad(f"a number with {len(text.lstrip('-')):,} digits; cs-quiz never writes more than {MAX_DIGITS}")
    return int(text)


def _real(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _Bad(f"the number {text[:20]} is too large")
    return value


def _constant(name: str) -> float:
    raise _Bad(f"{name} is not a number cs-quiz writes")


def parse_results_file(data: bytes, known_banks: frozenset[str] | None = None) -> list[Attempt]:
    """Validate a whole JSON export. Raises ``ValueError`` with the reason a teacher can act on."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Bad("not a cs-quiz results file (not UTF-8 text)") from None
    if _depth(text) > MAX_DEPTH:
        raise _Bad(f"not a cs-quiz results file (nested more than {MAX_DEPTH} levels deep)")
    try:
        doc = json.loads(text, parse_int=_whole, parse_float=_real, parse_constant=_constant)
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
    return [attempt_from_json(obj, f"attempt {i + 1}", known_banks) for i, obj in enumerate(attempts)]


# -- import -------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FileOutcome:
    path: Path
    added: tuple[str, ...] = ()  # attempt ids
    skipped: tuple[str, ...] = ()  # already present (same attempt id)
    error: str | None = None  # why the whole file was rejected
    differing: tuple[str, ...] = ()  # of the skipped: the copy here has other answers or another result


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
                line = f"{f.path}: {len(f.added)} added, {len(f.skipped)} already present (skipped)"
                if f.differing:
                    line += (
                        f"; {len(f.differing)} of those differ from the copy here (other answers or another result),"
                        " and the copy here was kept: " + ", ".join(f.differing[:5])
                    )
                out.append(line)
        out.append(
            f"Total: {self.added} added, {self.skipped} skipped, {len(self.rejected)} of {len(self.files)} "
            "file(s) rejected."
        )
        return out


Inserted = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _same(conn: sqlite3.Connection, a: Attempt) -> bool:
    """Whether the attempt stored under ``a.id`` has ``a``'s answers and result."""
    seq, result = conn.execute("SELECT seq, result_json FROM attempts WHERE id = ?", (a.id,)).fetchone()
    answers = {
        q: json.loads(v) for q, v in conn.execute("SELECT question_id, value FROM answers WHERE attempt = ?", (seq,))
    }
    return answers == a.answers and (json.loads(result) if result else None) == a.result


def _insert(store: Store, attempts: Sequence[Attempt]) -> Inserted:
    now = utc_iso()

    def op(conn: sqlite3.Connection) -> Inserted:
        added: list[str] = []
        skipped: list[str] = []
        differing: list[str] = []
        for a in attempts:
            if conn.execute("SELECT 1 FROM attempts WHERE id = ?", (a.id,)).fetchone():
                skipped.append(a.id)
                if not _same(conn, a):
                    differing.append(a.id)
                continue
            started = utc_iso(a.started_at)
            seq = conn.execute(
                "INSERT INTO attempts (id, nickname, bank_id, bank_version, bank_hash, sections, started_at,"
                " finished_at, status, position, updated_at, imported_at, result_json, cohort, code)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    a.cohort,
                    a.code,
                ),
            ).lastrowid
            assert seq is not None
            conn.executemany(
                "INSERT INTO answers (attempt, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
                [(seq, q, json.dumps(v), utc_iso(a.answer_times.get(q, a.started_at))) for q, v in a.answers.items()],
            )
            if a.result is not None:
                schema.write_result_columns(conn, seq, started, schema.denormalise(a.result))
            if a.status == "finished":
                schema.write_digest(conn, seq, a.result)
            added.append(a.id)
        return tuple(added), tuple(skipped), tuple(differing)

    return store._write(op)


def _fit_banks(attempts: Sequence[Attempt], banks: Sequence[Bank]) -> None:
    """Raise ``ValueError`` naming the first attempt that does not fit its bank, when this computer has the bank in
    the attempt's version. Another version may have had other questions, so its attempts are taken as they are."""
    for n, a in enumerate(attempts, start=1):
        same = [b for b in banks if b.meta.id == a.bank_id and b.meta.version == a.bank_version]
        bank = next((b for b in same if b.content_hash == a.bank_hash), same[0] if same else None)  # its language
        if bank is None:
            continue
        unknown = [s for s in a.sections if s not in bank.sections]
        if unknown:
            raise _Bad(f"attempt {n}: section {unknown[0][:40]!r} is not in bank {a.bank_id} {a.bank_version}")
        _, problems = check_answers(bank, a.answers)
        if problems:
            p = problems[0]
            said = p.message if len(p.message) <= 300 else p.message[:299] + "…"
            raise _Bad(f"attempt {n}: {said}")


def import_files(
    store: Store, paths: Iterable[Path], known_banks: frozenset[str] | None = None, banks: Sequence[Bank] = ()
) -> ImportReport:
    """Merge exported JSON files into ``store``, de-duplicated by attempt id; one transaction per file, so each
    file lands whole or not at all, and a bad file never stops the files after it. ``known_banks``: refuse
    attempts of banks not among these ids. ``banks``: the banks this computer has; an attempt of one of them, in
    the same version, must fit it (its sections, and every answer on its question's scale or among its options)."""
    outcomes = []
    for path in paths:
        try:
            if path.suffix.lower() == ".csv":
                raise _Bad("CSV exports hold scores but not answers and cannot be imported; export with --json")
            if path.exists() and not path.is_file():  # a folder, a FIFO or a device: never read
                raise _Bad("not a file")
            if path.stat().st_size > MAX_IMPORT_BYTES:
                raise _Bad(f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MB")
            with path.open("rb") as fh:
                data = fh.read(MAX_IMPORT_BYTES + 1)
            if len(data) > MAX_IMPORT_BYTES:
                raise _Bad(f"the file is larger than {MAX_IMPORT_BYTES // 2**20} MB")
            attempts = parse_results_file(data, known_banks)
            _fit_banks(attempts, banks)
            added, skipped, differing = _insert(store, attempts)
            outcomes.append(FileOutcome(path, added, skipped, differing=differing))
        except (ValueError, StoreError) as exc:
            outcomes.append(FileOutcome(path, error=str(exc)))
        except OSError as exc:
            outcomes.append(FileOutcome(path, error=f"cannot be read ({exc.strerror or exc})"))
        except (RecursionError, OverflowError, MemoryError) as exc:  # bounded above; never let one stop the batch
            outcomes.append(FileOutcome(path, error=f"not a cs-quiz results file ({type(exc).__name__})"))
    return ImportReport(tuple(outcomes))
