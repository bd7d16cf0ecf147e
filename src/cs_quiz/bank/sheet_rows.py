"""Read a teacher's spreadsheet (CSV or XLSX) into rows of text cells, each cell knowing where it came from.

Spreadsheets come from Excel, LibreOffice and Google Sheets in many shapes: semicolon CSV with a byte-order mark
(European Excel), Windows-1252 text, a UTF-16 "Unicode text" export, a workbook with a blank row or an empty column
at the end. This module turns any of them into a :class:`Table` (the first non-empty row as the header, the others
as :class:`Row`) or a list of :class:`SheetProblem`, and knows nothing of question banks.

Bounded, because a file can come from anywhere: at most :data:`MAX_BYTES` on disk, :data:`MAX_ROWS` rows with
something in them and :data:`MAX_COLUMNS` columns; a workbook's parts may unpack to at most
:data:`MAX_UNPACKED_BYTES` (a zip bomb is refused before openpyxl sees it). openpyxl is imported only here, only
for a workbook, so every other command starts without it.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from dataclasses import dataclass, field
from typing import Any

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 5000  # rows with something in them, header included
MAX_COLUMNS = 50
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_MAX_SCANNED_ROWS = 200_000  # blank rows a workbook may claim (openpyxl fills gaps): stop reading after this many
SUFFIXES = (".csv", ".xlsx", ".xlsm")


def column_letter(index: int) -> str:
    """1 -> A, 27 -> AA: the name a spreadsheet shows above the column."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


@dataclass(frozen=True)
class Where:
    """A place in a sheet, printed the way a teacher finds it again.

    CSV: ``items.csv:7:3: column C (competency):`` (line and field number, the form editors jump to);
    XLSX: ``items.xlsx:Sheet1:row 7:column C (competency):``.
    """

    file: str
    row: int
    column: int = 0  # 1-based; 0 when the whole row or the whole file is meant
    heading: str = ""
    sheet: str | None = None  # None for CSV

    def __str__(self) -> str:
        named = f"column {column_letter(self.column)}" + (f" ({self.heading})" if self.heading else "")
        if self.sheet is None:
            place = f"{self.file}:{self.row}:{self.column or 1}:"
            return f"{place} {named}:" if self.column else place
        place = f"{self.file}:{self.sheet}:row {self.row}:"
        return f"{place}{named}:" if self.column else place


@dataclass(frozen=True)
class SheetProblem:
    where: Where
    message: str

    def __str__(self) -> str:
        return f"{self.where} {self.message}"


@dataclass(frozen=True)
class Row:
    number: int  # the row (XLSX) or the line the record starts on (CSV), 1-based
    cells: tuple[str, ...]  # stripped text, "" for an empty cell


@dataclass
class Table:
    file: str  # as given by the user, for messages
    sheet: str | None  # the worksheet's name; None for CSV
    header: Row
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # said to the user, never a reason to stop

    def where(self, row: int, column: int = 0, heading: str = "") -> Where:
        return Where(self.file, row, column, heading, self.sheet)


def read_table(
    path: str, sheet: str | None = None, headings: frozenset[str] = frozenset(), columns: int = MAX_COLUMNS
) -> Table | list[SheetProblem]:
    """The sheet at ``path`` (``.csv``, ``.xlsx`` or ``.xlsm``), or every reason it cannot be read.

    ``sheet`` picks a worksheet by name (workbooks only; default: the first). ``headings`` are the column names
    expected (case-folded): a CSV's separator is the one that finds most of them. ``columns``: how many columns are
    read (an answer sheet has one per question); anything written further right is a problem, never dropped
    unsaid. Raises ``ValueError`` for a usage mistake (a file of another kind, a worksheet that is not there), with
    the sentence to show.
    """
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{path}: the sheet must be a .csv or .xlsx file")
    if sheet is not None and suffix == ".csv":
        raise ValueError("--sheet is for .xlsx workbooks; a CSV file has one sheet")
    whole = Where(path, 1)
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return [SheetProblem(whole, "this is a folder, not a spreadsheet")]
        if not stat.S_ISREG(info.st_mode):
            return [SheetProblem(whole, "this is not a regular file (a pipe, a device or a socket)")]
        if info.st_size > MAX_BYTES:
            return [SheetProblem(whole, f"the file is {info.st_size // 2**20} MB; a sheet may be at most 20 MB")]
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return [SheetProblem(whole, "no such file")]
    except OSError as exc:
        return [SheetProblem(whole, f"cannot read the file: {exc.strerror or exc}")]
    if len(data) > MAX_BYTES:
        return [SheetProblem(whole, "the file is larger than 20 MB; a sheet may be at most 20 MB")]
    if suffix == ".csv":
        return read_csv(path, data, headings, columns)
    return _read_workbook(path, data, sheet, columns)


# ---- CSV -------------------------------------------------------------------------------------------------------


def _decode(path: str, data: bytes) -> tuple[str | None, str, list[SheetProblem]]:
    """(text, a note to show, problems). UTF-8 with or without BOM; UTF-16 with BOM (Excel's "Unicode text");
    otherwise Windows-1252, which is what Excel's plain "CSV" saves on a Western-European Windows."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "", []
        except UnicodeDecodeError:
            return (
                None,
                "",
                [SheetProblem(Where(path, 1), "the file says it is UTF-16 but is not; save it as CSV UTF-8")],
            )
    if data.startswith(b"PK\x03\x04"):
        return None, "", [SheetProblem(Where(path, 1), "this is an Excel workbook, not CSV text; name it .xlsx")]
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return None, "", [_old_excel(path)]
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.find(b"\x00")) + 1
        return None, "", [SheetProblem(Where(path, line), "this is a binary file, not CSV text")]
    try:
        return data.decode("utf-8-sig"), "", []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return (
            None,
            "",
            [
                SheetProblem(
                    Where(path, line),
                    f"byte 0x{data[exc.start]:02x} is neither UTF-8 nor Windows-1252 text; "
                    "save the sheet as 'CSV UTF-8 (comma delimited)'",
                )
            ],
        )
    line = data.count(b"\n", 0, first_bad) + 1
    note = (
        f"{path}: not UTF-8 (first at line {line}), so it was read as Windows-1252 (Western European); "
        "if letters look wrong, save the sheet as 'CSV UTF-8'"
    )
    return text, note, []


def _too_wide(where: Where, columns: int) -> SheetProblem:
    past = column_letter(columns)
    return SheetProblem(where, f"something is written past column {past}; at most {columns} columns are read")


def _old_excel(path: str) -> SheetProblem:
    return SheetProblem(Where(path, 1), "this is an old Excel 97-2003 file; save it as .xlsx or CSV UTF-8")


def _delimiter(text: str, known: frozenset[str]) -> str:
    """The separator that makes the most known column names of the first non-blank line: ',' (most programs),
    ';' (Excel where the decimal mark is a comma) or a tab (Excel's "Unicode text")."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    best, score = ",", (-1, -1)
    for delimiter in (",", ";", "\t"):
        cells = next(csv.reader([first], delimiter=delimiter), [])
        names = sum(1 for c in cells if c.strip().casefold() in known)
        if (names, len(cells)) > score:
            best, score = delimiter, (names, len(cells))
    return best


def read_csv(
    path: str, data: bytes, headings: frozenset[str] = frozenset(), columns: int = MAX_COLUMNS
) -> Table | list[SheetProblem]:
    """A CSV file's ``data`` as a table (``path`` names it in messages), as :func:`read_table` reads it."""
    text, note, problems = _decode(path, data)
    if text is None:
        return problems
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, headings), strict=True)
    rows: list[Row] = []
    line = 1
    try:
        for record in reader:
            cells = tuple(c.strip() for c in record)
            if any(cells):
                if len(rows) >= MAX_ROWS:
                    return [SheetProblem(Where(path, line), f"the sheet has more than {MAX_ROWS} rows")]
                if any(cells[columns:]):
                    return [_too_wide(Where(path, line), columns)]
                rows.append(Row(line, cells[:columns]))
            line = reader.line_num + 1
    except csv.Error as exc:
        if "field limit" in str(exc):
            return [SheetProblem(Where(path, line), f"a cell is longer than {csv.field_size_limit():,} characters")]
        quotes = "quote" in str(exc) or "expected" in str(exc)
        hint = ': a cell that starts with a quote must end with one, and a quote inside it is written twice, ""so""'
        return [
            SheetProblem(
                Where(path, reader.line_num or line),
                f"this line cannot be read as CSV ({exc})" + (hint if quotes else ""),
            )
        ]
    table = _table(path, None, rows)
    if isinstance(table, Table) and note:
        table.notes.append(note)
    return table


def _table(path: str, sheet: str | None, rows: list[Row]) -> Table | list[SheetProblem]:
    if not rows:
        return [SheetProblem(Where(path, 1, sheet=sheet), "the sheet is empty")]
    return Table(path, sheet, rows[0], rows[1:])


# ---- XLSX ------------------------------------------------------------------------------------------------------


def _cell_text(value: Any) -> str:
    """What the teacher sees in the cell, as text: 12.0 is "12", TRUE is "true"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _unpacked_problem(path: str, data: bytes) -> SheetProblem | None:
    """A workbook is a zip: refuse one that is not, or that would unpack to more than MAX_UNPACKED_BYTES."""
    import zipfile

    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return _old_excel(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return SheetProblem(Where(path, 1), "this is not an Excel workbook (.xlsx), or it is damaged")
    if total > MAX_UNPACKED_BYTES:
        return SheetProblem(Where(path, 1), f"the workbook unpacks to {total // 2**20} MB; at most 200 MB is read")
    return None


def _read_workbook(path: str, data: bytes, wanted: str | None, columns: int) -> Table | list[SheetProblem]:
    refused = _unpacked_problem(path, data)
    if refused is not None:
        return [refused]
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # only a workbook needs it: it costs ~0.2 s

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, KeyError, descriptors) for a damaged file
        return [SheetProblem(Where(path, 1), f"this Excel workbook cannot be read ({type(exc).__name__}: {exc})")]
    try:
        names = list(book.sheetnames)
        if not names:
            return [SheetProblem(Where(path, 1), "this workbook has no sheets")]
        if wanted is not None and wanted not in names:
            from cs_quiz.bank.check import suggest

            raise ValueError(f"{path} has no sheet '{wanted}'{suggest(wanted, names)} (its sheets: {', '.join(names)})")
        name = wanted if wanted is not None else names[0]
        try:
            return _rows_of(path, name, book[name], columns)
        except Exception as exc:  # a damaged worksheet part: XML errors, bad cell references
            return [
                SheetProblem(Where(path, 1, sheet=name), f"this worksheet cannot be read ({type(exc).__name__}: {exc})")
            ]
    finally:
        book.close()


def _rows_of(path: str, name: str, worksheet: Any, columns: int) -> Table | list[SheetProblem]:
    if not hasattr(worksheet, "iter_rows"):  # a chart sheet
        return [SheetProblem(Where(path, 1, sheet=name), "this sheet is a chart, not a table of cells")]
    rows: list[Row] = []
    for number, values in enumerate(worksheet.iter_rows(max_col=columns + 1, values_only=True), start=1):
        if number > _MAX_SCANNED_ROWS:
            return [SheetProblem(Where(path, number, sheet=name), f"the sheet has more than {MAX_ROWS} rows")]
        cells = tuple(_cell_text(v) for v in values)
        if any(cells[columns:]):
            return [_too_wide(Where(path, number, sheet=name), columns)]
        cells = cells[:columns]
        if any(cells):
            if len(rows) >= MAX_ROWS:
                return [SheetProblem(Where(path, number, sheet=name), f"the sheet has more than {MAX_ROWS} rows")]
            rows.append(Row(number, cells))
    return _table(path, name, rows)
