"""``cs-quiz import-items``: statements from a teacher's spreadsheet into a bank file (docs/spreadsheets.md).

Thin on purpose: reading, checking and the bank's new text are :mod:`cs_quiz.bank.sheet`'s. This module asks for
it, prints the problems (exit 1) or writes the file atomically, keeping the old one as ``BANK.yaml.bak`` (exit 0).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cs_quiz.cli.output import err


def add_commands(subparsers: Any) -> None:
    """Add ``import-items`` to the ``add_subparsers()`` object of the main parser."""
    p = subparsers.add_parser(
        "import-items",
        help="add statements from a spreadsheet (.csv or .xlsx) to a bank file as likert questions",
        description="Add the statements of a spreadsheet to a bank file as likert questions, or make a new bank "
        "from them. The sheet's first row names the columns: id, competency, text (needed), reverse, weight, "
        "section. Nothing is written unless the whole result is a valid bank. See docs/spreadsheets.md.",
    )
    p.add_argument("sheet", type=Path, metavar="SHEET", help="the spreadsheet: a .csv or .xlsx file")
    p.add_argument(
        "--into", required=True, type=Path, metavar="BANK", help="the bank file to add to (made if it does not exist)"
    )
    p.add_argument("--sheet", dest="sheet_name", metavar="NAME", help="the worksheet of an .xlsx (default: the first)")
    p.add_argument("--scale", metavar="ID", help="the bank's scale for the statements (default: its first scale)")
    p.add_argument(
        "--replace",
        action="store_true",
        help="update the bank's likert questions that have a sheet's id, instead of refusing them",
    )
    p.add_argument("--dry-run", action="store_true", help="print the YAML that would be added; write nothing")
    p.add_argument("--no-backup", action="store_true", help=f"do not keep the old bank as BANK{BACKUP_SUFFIX}")
    p.set_defaults(handler=cmd_import_items)


BACKUP_SUFFIX = ".bak"


def cmd_import_items(args: argparse.Namespace) -> int:
    from cs_quiz.atomic import atomic_write_bytes
    from cs_quiz.bank.sheet import UsageError, plan_import

    bank = str(args.into)
    if args.into.suffix.lower() not in (".yaml", ".yml"):  # cs-quiz reads banks only from .yaml and .yml files
        err(f"cs-quiz import-items: --into {bank}: a bank file's name ends in .yaml (e.g. my-bank.yaml)")
        return 2
    try:
        plan = plan_import(str(args.sheet), bank, sheet=args.sheet_name, scale=args.scale, replace=args.replace)
    except UsageError as exc:
        err(f"cs-quiz import-items: {exc}")
        return 2
    for note in plan.notes:
        err(f"note: {note}")
    if not plan.ok or plan.new is None:
        err(*plan.problems)
        err(f"{len(plan.problems)} problem(s); nothing was written to {bank}.")
        return 1
    if args.dry_run:
        sys.stdout.write(plan.preview)
        print(f"Dry run, nothing was written. {plan.summary}")
        return 0
    writes = [(bank + BACKUP_SUFFIX, plan.old)] if plan.old is not None and not args.no_backup else []
    for target, data in [*writes, (bank, plan.new)]:  # the backup first: the bank changes only once it is kept
        try:
            atomic_write_bytes(target, data)
        except OSError as exc:
            err(f"{target}: cannot write the file: {exc.strerror or exc}; {bank} is unchanged.")
            return 1
    print(
        plan.summary
        + (f"; the old file is {bank}{BACKUP_SUFFIX}" if plan.old is not None and not args.no_backup else "")
    )
    return 0
