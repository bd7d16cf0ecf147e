"""``cs-quiz import-items``: a teacher's spreadsheet of statements -> likert questions in a bank file.

The contract: :func:`plan_import` reads the sheet (:mod:`cs_quiz.bank.sheet_rows`), checks every row
(:mod:`cs_quiz.bank.sheet_items`), writes the bank's would-be text (:mod:`cs_quiz.bank.sheet_yaml`) and loads that
text with the project's own validator — all before anything is written. It returns an :class:`ImportPlan`: either
the exact bytes to write, or every problem, each pointing at the sheet's row and column. Writing is the caller's
(the CLI writes atomically), so this module never touches the disk but to read.

An existing bank keeps every byte outside the added lines (see :mod:`cs_quiz.bank.sheet_yaml`); as a last guard,
the new text is parsed again and must mean exactly the old bank plus the statements, or nothing is offered for
writing. A bank that does not exist yet is made whole: a scale, the sheet's competencies, one section ``all``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Any

from cs_quiz.bank.check import suggest
from cs_quiz.bank.fields import ID_PATTERN
from cs_quiz.bank.load import BankError, load_bytes, plain
from cs_quiz.bank.sheet_items import HEADINGS, BankFacts, Item, SheetItems, check_against, look_alikes, read_items
from cs_quiz.bank.sheet_rows import MAX_BYTES, SheetProblem, Table, read_table
from cs_quiz.bank.sheet_yaml import Edit, Fields, NewSection, append_items, apply, layout, new_bank, replace_mapping
from cs_quiz.bank.yamlsafe import LDict, parse_bytes, parse_text

NEW_SCALE = "agree5"


class UsageError(ValueError):
    """A mistake in how the command was called (not in a file): the CLI says it and exits 2."""


@dataclass
class ImportPlan:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    old: bytes | None = None  # the bank as it was; None when it is new
    new: bytes | None = None  # what to write; None when there are problems
    preview: str = ""  # the YAML added (all of it, for a new bank)
    summary: str = ""

    @property
    def ok(self) -> bool:
        return self.new is not None and not self.problems


def plan_import(
    sheet_path: str, bank_path: str, *, sheet: str | None = None, scale: str | None = None, replace: bool = False
) -> ImportPlan:
    """Everything :mod:`cs_quiz.cli.sheets` needs to write, or to say why not. Raises :class:`UsageError`."""
    plan = ImportPlan()
    try:
        table = read_table(sheet_path, sheet, HEADINGS)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if not isinstance(table, Table):
        plan.problems = [str(p) for p in table]
        return plan
    items = read_items(table)
    plan.notes += table.notes
    if os.path.lexists(bank_path):
        _into_existing(plan, items, bank_path, scale, replace)
    else:
        if scale is not None:
            raise UsageError(f"--scale picks a scale of an existing bank; a new bank gets the 5-point '{NEW_SCALE}'")
        _into_new(plan, items, bank_path, sheet_path)
    return plan


def _problems(sheet: SheetItems) -> list[str]:
    """In the sheet's order (row, then column); what is about the bank as a whole comes last."""
    ordered = sorted(sheet.problems, key=lambda p: (p.where.file != sheet.table.file, p.where.row, p.where.column))
    return [str(p) for p in ordered]


# ---- a new bank ------------------------------------------------------------------------------------------------


def _bank_id(path: str) -> str:
    stem = os.path.basename(path).split(".")[0]
    ident = re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-_.")[:64]
    return ident if re.match(ID_PATTERN, ident) else "my-bank"


def _into_new(plan: ImportPlan, sheet: SheetItems, bank_path: str, sheet_path: str) -> None:
    if sheet.problems:
        plan.problems = _problems(sheet)
        return
    items = sheet.items
    competencies = list(dict.fromkeys(i.competency for i in items))
    named = list(dict.fromkeys(s for i in items for s in i.sections if s != "all"))
    source = os.path.basename(sheet_path)
    sections = [
        NewSection("all", "All statements", f"Every statement, {len(items)} in all.", tuple(i.id for i in items))
    ]
    for s in named:
        ids = tuple(i.id for i in items if s in i.sections)
        sections.append(NewSection(s, s, f"{len(ids)} statements from {source}.", ids))
    text = new_bank(
        _bank_id(bank_path),
        os.path.basename(bank_path),
        source,
        NEW_SCALE,
        competencies,
        [i.fields(NEW_SCALE) for i in items],
        sections,
    )
    data = text.encode("utf-8")
    if not _validate(plan, data, bank_path, sheet):
        return
    plan.notes += look_alikes(items)
    plan.new, plan.preview = data, text
    shown = ", ".join(s.id for s in sections)
    plan.summary = (
        f"Made the new bank {bank_path} with {_statements(len(items))} on {len(competencies)} "
        f"competenc{'ies' if len(competencies) > 1 else 'y'} (section{'s' if len(sections) > 1 else ''}: {shown})"
    )


# ---- an existing bank ------------------------------------------------------------------------------------------


def _read_bank(plan: ImportPlan, bank_path: str) -> tuple[bytes, LDict] | None:
    try:
        if os.path.isdir(bank_path):
            plan.problems = [f"{bank_path}:1:1: this is a folder; --into takes a bank file (.yaml)"]
            return None
        if os.path.getsize(bank_path) > MAX_BYTES:
            plan.problems = [f"{bank_path}:1:1: the file is larger than 20 MB; a bank may be at most 20 MB"]
            return None
        with open(bank_path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        plan.problems = [f"{bank_path}:1:1: cannot read the file: {exc.strerror or exc}"]
        return None
    result = load_bytes(data, bank_path)
    if not result.ok:
        plan.problems = [str(e) for e in result.errors]
        plan.problems.append(f"{bank_path} has problems of its own; fix them first (cs-quiz validate {bank_path})")
        return None
    tree, _ = parse_bytes(data)
    return data, tree


def _into_existing(plan: ImportPlan, sheet: SheetItems, bank_path: str, scale: str | None, replace: bool) -> None:
    read = _read_bank(plan, bank_path)
    if read is None:
        return
    data, tree = read
    scales = [s["id"] for s in tree["scales"]]
    if scale is not None and scale not in scales:
        raise UsageError(
            f"--scale: {bank_path} has no scale '{scale}'{suggest(scale, scales)} (its scales: {', '.join(scales)})"
        )
    chosen = scale if scale is not None else scales[0]
    questions: list[LDict] = list(tree["questions"])
    facts = BankFacts(
        bank_path,
        tuple(c["id"] for c in tree["competencies"]),
        tuple(s["id"] for s in tree["sections"]),
        {q["id"]: (q["type"], q.pos[0]) for q in questions},
        {"competency": tree.key_pos["competencies"][0], "section": tree.key_pos["sections"][0]},
    )
    check_against(sheet, facts, replace)
    if sheet.problems:
        plan.problems = _problems(sheet)
        return
    text = data.decode("utf-8-sig")
    nodes = layout(text)
    qnode = nodes.at("questions") if nodes is not None else None
    if nodes is None or qnode is None:
        plan.problems = [f"{bank_path}:1:1: this file cannot be added to safely; nothing was written"]
        return
    newline = "\r\n" if "\r\n" in text else "\n"
    index = {q["id"]: k for k, q in enumerate(questions)}
    expected: Any = plain(tree)
    edits: list[tuple[str, Edit]] = []  # (what it is, for the preview; the edit)
    added: list[Fields] = []
    for item in sheet.items:
        k = index.get(item.id)
        if k is None:
            added.append(item.fields(chosen))
            continue
        old = questions[k]
        keep = [("help", old["help"])] if "help" in old else []
        fields = item.fields(scale if scale is not None else old["scale"], keep)
        edits.append((f"replaces question '{item.id}'", replace_mapping(qnode.items[k], fields, newline)))
        expected["questions"][k] = dict(fields)
    if added:
        edits.append(("added to questions", append_items(text, qnode, added, newline)))
        expected["questions"] += [dict(f) for f in added]
    touched = []
    for j, section in enumerate(tree["sections"]):
        ids = [i.id for i in sheet.items if section["id"] in i.sections and i.id not in section["questions"]]
        node = nodes.at("sections", j, "questions")
        if ids and node is not None:
            edits.append((f"added to section '{section['id']}'", append_items(text, node, ids, newline)))
            expected["sections"][j]["questions"] += ids
            touched.append(section["id"])
    new_text = apply(text, [e for _, e in edits])
    bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
    new = bom + new_text.encode("utf-8")
    if not _validate(plan, new, bank_path, sheet):
        return
    if plain(parse_text(new_text)[0]) != expected:  # the last guard: nothing else may change meaning
        plan.problems = [f"{bank_path}:1:1: the statements cannot be added without changing other parts of this file"]
        return
    plan.old, plan.new = data, new
    replaced = len(sheet.items) - len(added)
    plan.preview = _preview(text, edits, bank_path)
    if replaced and not added:
        counts = f"Updated {_statements(replaced)} in {bank_path}"
    else:
        counts = f"Added {_statements(len(added))} to {bank_path}" + (
            f" and updated {replaced} already there" if replaced else ""
        )
    shown = f" (section{'s' if len(touched) > 1 else ''}: {', '.join(touched)})" if touched else ""
    plan.summary = counts + shown


def _statements(n: int) -> str:
    return f"{n} statement" + ("" if n == 1 else "s")


def _preview(old: str, edits: list[tuple[str, Edit]], bank_path: str) -> str:
    """What the import writes into the bank, in file order: each piece of YAML under a comment saying where."""
    parts = []
    for what, e in sorted(edits, key=lambda pair: pair[1].start):
        line = old.count("\n", 0, e.start) + 1
        where = f"before line {line}" if e.start == 0 or old[e.start - 1] == "\n" else f"in line {line}"
        body = e.text.strip("\r\n")
        body = body[2:] if body.startswith(", ") else body  # appended to a [a, b] list
        parts.append(f"# {bank_path}, {where}: {what}\n{body}")
    return "\n".join(parts).replace("\r\n", "\n") + "\n"


# ---- the project's validator, pointed back at the sheet --------------------------------------------------------


def _validate(plan: ImportPlan, data: bytes, bank_path: str, sheet: SheetItems) -> bool:
    """Load the would-be bank; its problems are reported at the sheet row of the statement they are about."""
    result = load_bytes(data, bank_path)
    if result.ok:
        return True
    tree, _ = parse_bytes(data)
    rows = {i.id: i for i in sheet.items}
    for error in result.errors:
        plan.problems.append(_located(error, tree, rows, sheet))
    return False


def _located(error: BankError, tree: Any, rows: dict[str, Item], sheet: SheetItems) -> str:
    found = re.match(r"(questions\[(\d+)\]|sections\[\d+\]\.questions\[\d+\])\.?(\w*)", error.field)
    ident: Any = None
    column = "id"
    if found and isinstance(tree, LDict):
        try:
            if found.group(2) is not None:
                ident = tree["questions"][int(found.group(2))].get("id")
                column = {"competency": "competency", "text": "text", "reverse": "reverse", "weight": "weight"}.get(
                    found.group(3), "id"
                )
            else:
                ident, column = plain(_walk(tree, error.field)), "section"
        except (KeyError, IndexError, TypeError, AttributeError):
            ident = None
    item = rows.get(ident) if isinstance(ident, str) else None
    if item is not None:
        return str(SheetProblem(sheet.where(item.row, column), error.message))
    return f"{error} (in the bank as it would be after the import)"


def _walk(tree: Any, path: str) -> Any:
    node = tree
    for name, index in re.findall(r"(\w+)\[(\d+)\]", path):
        node = node[name][int(index)]
    return node
