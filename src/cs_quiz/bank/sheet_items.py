"""A teacher's sheet of statements -> checked :class:`Item` values, or every problem pointing at its cell.

The sheet has a header row naming the columns (any case, any order): ``id``, ``competency`` and ``text`` are
needed; ``reverse`` (yes/no/true/false/1/0, blank = no), ``weight`` (a number, blank = 1) and ``section`` (section
ids separated by commas, blank = none) are optional. Other columns are left alone (a teacher's "notes"), except one
whose name is a near miss of a real one ("revers"): read silently as nothing, it would turn a reversed statement
round, so it is a problem.

:func:`read_items` checks what a sheet can say on its own (ids, numbers, duplicates);
:func:`check_against` what it means for a bank (its competencies, sections and questions).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from cs_quiz.bank.check import suggest
from cs_quiz.bank.fields import ID_PATTERN
from cs_quiz.bank.sheet_rows import Row, SheetProblem, Table, Where, column_letter

COLUMNS = ("id", "competency", "text", "reverse", "weight", "section")
REQUIRED = ("id", "competency", "text")
_ALIASES = {"sections": "section", "competencies": "competency"}
HEADINGS = frozenset(COLUMNS) | frozenset(_ALIASES)
_ID = re.compile(ID_PATTERN)
_YES = frozenset(("yes", "y", "true", "1"))
_NO = frozenset(("no", "n", "false", "0", ""))


@dataclass(frozen=True)
class Item:
    """One statement of the sheet, checked on its own."""

    row: int
    id: str
    competency: str
    text: str
    reverse: bool = False
    weight: int | float = 1
    sections: tuple[str, ...] = ()

    def fields(self, scale: str, keep: Iterable[tuple[str, Any]] = ()) -> list[tuple[str, Any]]:
        """The likert question's fields in the order the format guide writes them; ``keep``: fields of a replaced
        question the sheet does not speak of (its help text)."""
        out: list[tuple[str, Any]] = [
            ("id", self.id),
            ("type", "likert"),
            ("text", self.text),
            ("competency", self.competency),
            ("scale", scale),
        ]
        if self.reverse:
            out.append(("reverse", True))
        if self.weight != 1:
            out.append(("weight", self.weight))
        return out + list(keep)


@dataclass
class SheetItems:
    table: Table
    columns: dict[str, int] = field(default_factory=dict)  # column name -> 0-based index
    items: list[Item] = field(default_factory=list)
    problems: list[SheetProblem] = field(default_factory=list)

    def where(self, row: int, column: str = "") -> Where:
        if column and column in self.columns:
            return self.table.where(row, self.columns[column] + 1, column)
        return self.table.where(row)


def _valid_id(value: str, what: str) -> str:
    """'' when ``value`` is a valid id, else the sentence saying why not (with a fixed-up id to try)."""
    if _ID.match(value):
        return ""
    fixed = re.sub(r"[^A-Za-z0-9_.-]+", "-", value).strip("-_.")[:64]
    hint = f" (try '{fixed}')" if fixed and _ID.match(fixed) and fixed != value else ""
    return (
        f"'{value}' is not a valid {what}: use letters, digits, '-', '_' and '.', starting with a letter or digit, "
        f"at most 64 characters{hint}"
    )


def _columns(sheet: SheetItems) -> None:
    t = sheet.table
    header = t.header
    for i, raw in enumerate(header.cells):
        where = t.where(header.number, i + 1, raw)
        name = _ALIASES.get(raw.casefold(), raw.casefold())
        if not raw:
            if any(i < len(r.cells) and r.cells[i] for r in t.rows):
                t.notes.append(f"{t.where(header.number, i + 1)} this column has no heading, so it is not read")
        elif name in COLUMNS:
            if name in sheet.columns:
                first = column_letter(sheet.columns[name] + 1)
                sheet.problems.append(SheetProblem(where, f"a second '{name}' column (the first is column {first})"))
            else:
                sheet.columns[name] = i
        elif suggest(name, COLUMNS):
            sheet.problems.append(
                SheetProblem(where, f"'{raw}' is not a column this command reads{suggest(name, COLUMNS)}")
            )
        else:
            t.notes.append(f"{where} not read (the columns read are {', '.join(COLUMNS)})")
    missing = [c for c in REQUIRED if c not in sheet.columns]
    if missing:
        found = ", ".join(f"'{c}'" for c in header.cells if c) or "nothing"
        sheet.problems.append(
            SheetProblem(
                t.where(header.number),
                f"the first row must name the columns: {', '.join(missing)} "
                f"{'is' if len(missing) == 1 else 'are'} missing (it has {found}); "
                f"the columns are {', '.join(COLUMNS)}, and id, competency and text are needed",
            )
        )


def _number(text: str) -> float | None:
    """A weight as a teacher types it: 2, 1.5, or 1,5 where the comma is the decimal mark."""
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _row(sheet: SheetItems, row: Row, first_row: dict[str, int]) -> Item | None:
    def cell(name: str) -> str:
        i = sheet.columns.get(name)
        return row.cells[i] if i is not None and i < len(row.cells) else ""

    def problem(column: str, message: str) -> None:
        sheet.problems.append(SheetProblem(sheet.where(row.number, column), message))

    before = len(sheet.problems)
    ident, competency = cell("id"), cell("competency")
    text = cell("text").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not ident:
        problem("id", "the id is empty; every statement needs one")
    elif _valid_id(ident, "id"):
        problem("id", _valid_id(ident, "id"))
    elif ident in first_row:
        problem("id", f"rows {first_row[ident]} and {row.number} both have the id '{ident}'; ids must be unique")
    else:
        first_row[ident] = row.number
    if not competency:
        problem("competency", "the competency is empty; name the competency this statement rates")
    elif _valid_id(competency, "competency id"):
        problem("competency", _valid_id(competency, "competency id"))
    if not text:
        problem("text", "the statement's text is empty")
    flag = cell("reverse").casefold()
    if flag not in _YES and flag not in _NO:
        problem("reverse", f"'{cell('reverse')}' is not yes or no: write yes, no, true, false, 1 or 0 (empty is no)")
    weight: int | float = 1
    if cell("weight"):
        value = _number(cell("weight"))
        if value is None or value < 0:
            problem("weight", f"'{cell('weight')}' is not a weight: write a number such as 1, 2 or 0.5 (empty is 1)")
        else:
            weight = int(value) if value.is_integer() else value
    sections: list[str] = []
    for part in re.split(r"[,;]", cell("section")):
        part = part.strip()
        if part and _valid_id(part, "section id"):
            problem("section", _valid_id(part, "section id"))
        elif part and part not in sections:
            sections.append(part)
    if len(sheet.problems) > before:
        return None
    return Item(row.number, ident, competency, text, flag in _YES, weight, tuple(sections))


def read_items(table: Table) -> SheetItems:
    """The sheet's statements, each checked on its own; empty rows are skipped (the reader left them out)."""
    sheet = SheetItems(table)
    _columns(sheet)
    if sheet.problems:
        return sheet
    first_row: dict[str, int] = {}
    for row in table.rows:
        item = _row(sheet, row, first_row)
        if item is not None:
            sheet.items.append(item)
    if not table.rows:
        sheet.problems.append(
            SheetProblem(table.where(table.header.number), "the sheet has a header but no statements")
        )
    return sheet


@dataclass(frozen=True)
class BankFacts:
    """What :func:`check_against` needs to know of an existing bank."""

    path: str
    competencies: tuple[str, ...]
    sections: tuple[str, ...]
    questions: dict[str, tuple[str, int]]  # id -> (type, line)
    lines: dict[str, int] = field(default_factory=dict)  # "competency", "section" -> the line their list starts


def check_against(sheet: SheetItems, bank: BankFacts, replace: bool) -> None:
    """Add a problem for every statement the bank cannot take: an unknown competency or section (with the closest
    and the full list), an id the bank already has (unless ``replace``, and then only for likert questions), no
    section at all (nobody would ever be asked it)."""
    unknown: dict[str, dict[str, list[int]]] = {"competency": {}, "section": {}}
    known = {"competency": bank.competencies, "section": bank.sections}
    kept: list[Item] = []
    for item in sheet.items:
        before = len(sheet.problems)

        def problem(column: str, message: str, row: int = item.row) -> None:
            sheet.problems.append(SheetProblem(sheet.where(row, column), message))

        for column, values in (("competency", (item.competency,)), ("section", item.sections)):
            for value in values:
                if value not in known[column]:
                    unknown[column].setdefault(value, []).append(item.row)
                    problem(column, f"'{value}' is not a {column} of the bank{suggest(value, known[column])}")
        existing = bank.questions.get(item.id)
        if existing is not None and not replace:
            problem(
                "id",
                f"'{item.id}' is already a question in {bank.path} (line {existing[1]}); "
                "give it another id, or use --replace to update that question from the sheet",
            )
        elif existing is not None and existing[0] != "likert":
            problem(
                "id",
                f"'{item.id}' is a {existing[0]} question in {bank.path} (line {existing[1]}); "
                "only likert statements can be updated from a sheet",
            )
        if not item.sections and existing is None and "section" in sheet.columns:
            problem(
                "section",
                "the section is empty; every statement must be in a section, or nobody is asked it "
                f"(the bank's sections: {', '.join(bank.sections)})",
            )
        if len(sheet.problems) == before:
            kept.append(item)
    if "section" not in sheet.columns and any(i.id not in bank.questions for i in sheet.items):
        sheet.problems.append(
            SheetProblem(
                sheet.where(sheet.table.header.number),
                "the sheet has no 'section' column; in an existing bank every new statement must be in a section "
                f"(the bank's sections: {', '.join(bank.sections)})",
            )
        )
    for column, plural in (("competency", "competencies"), ("section", "sections")):
        if unknown[column]:
            named = ", ".join(
                f"'{v}' (row{'s' if len(rows) > 1 else ''} {', '.join(map(str, rows))})"
                for v, rows in unknown[column].items()
            )
            sheet.problems.append(
                SheetProblem(
                    Where(bank.path, bank.lines.get(column, 1)),
                    f"the sheet names {plural} this bank does not have: {named}; "
                    f"its {plural} are: {', '.join(known[column])}",
                )
            )
    sheet.items = kept


def look_alikes(items: list[Item]) -> list[str]:
    """For a new bank: a competency used once whose id is close to another's is likely a typo; say so."""
    rows: dict[str, list[int]] = {}
    for item in items:
        rows.setdefault(item.competency, []).append(item.row)
    notes = []
    for competency, where in rows.items():
        others = [c for c in rows if c != competency and len(rows[c]) > 1]
        hint = suggest(competency, others) if len(where) == 1 else ""
        if hint:
            notes.append(f"competency '{competency}' is on row {where[0]} only{hint} (a new competency is made for it)")
    return notes
