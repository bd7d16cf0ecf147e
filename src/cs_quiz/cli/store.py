"""``cs-quiz export``, ``cs-quiz import`` and ``cs-quiz history``: the results store from the terminal.

Each handler takes the parsed arguments (``args.data_dir`` comes from the global ``--data-dir`` option) and returns
the exit code: 0 done, 1 a problem the user can fix (a plain message on stderr, never a traceback), 2 a usage
mistake.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the store is imported by the handlers: building the parser (every start) stays cheap
    from datetime import date

    from cs_quiz.store.store import Store


def _iso_date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-03-31") from None


def add_commands(subparsers: Any) -> None:
    """Register export, import and history on the ``cs-quiz`` sub-command parser."""
    ex = subparsers.add_parser(
        "export",
        help="write results to CSV (spreadsheets) and/or JSON (complete, for import elsewhere)",
        description="Export the attempts in the results folder. Dates are local calendar days, both inclusive.",
    )
    ex.add_argument("--csv", type=Path, metavar="FILE", help="one row per attempt, a column per competency")
    ex.add_argument("--json", type=Path, metavar="FILE", help="everything, in the documented format (docs/storage.md)")
    ex.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD", help="only attempts started on or after")
    ex.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD", help="only attempts started on or before")
    ex.add_argument(
        "--decimal-comma",
        action="store_true",
        help="CSV for spreadsheets in Spanish and other languages that write 49,5: decimal commas, ';' between columns",
    )
    ex.set_defaults(handler=cmd_export)

    im = subparsers.add_parser(
        "import",
        help="merge JSON result files from other machines (duplicates are skipped)",
        description="Add the attempts in JSON exports to the results folder. Attempts already present are "
        "skipped; a malformed file is rejected whole, with the reason.",
    )
    im.add_argument("files", nargs="+", type=Path, metavar="FILE", help="JSON files made by cs-quiz export --json")
    im.set_defaults(handler=cmd_import)

    hi = subparsers.add_parser("history", help="list past attempts, newest first")
    hi.add_argument("--nickname", help="only attempts made under this nickname (any case)")
    hi.add_argument("--limit", type=int, metavar="N", help="at most N attempts")
    hi.set_defaults(handler=cmd_history)


def _err(message: str) -> None:
    print(f"cs-quiz: {message}", file=sys.stderr)


def _open(args: argparse.Namespace, *, create: bool) -> Store | None:
    """The store, telling the user about recovery or a read-only disk; None if there is nothing to read."""
    from cs_quiz.store.store import DB_NAME, Store, resolve_data_dir

    folder = resolve_data_dir(getattr(args, "data_dir", None))
    if not create and not (folder / DB_NAME).is_file():
        return None
    store = Store.open(folder)
    if store.recovered_from is not None:
        _err(
            f"the results database was damaged; it was moved to {store.recovered_from} (not deleted) "
            "and a new, empty one was started."
        )
    if store.degraded is not None:
        _err(str(store.degraded))
    return store


def cmd_export(args: argparse.Namespace) -> int:
    from cs_quiz.store.exchange import export_csv, export_json
    from cs_quiz.store.store import DB_NAME, StoreError, resolve_data_dir

    if args.csv is None and args.json is None:
        _err("export: give --csv FILE and/or --json FILE")
        return 2
    if args.since and args.until and args.since > args.until:
        _err(f"export: --since {args.since} is after --until {args.until}")
        return 2
    try:
        store = _open(args, create=False)
        if store is None:
            _err(f"no results to export: there is no {DB_NAME} in {resolve_data_dir(args.data_dir)}")
            return 1
        with store:
            csv_writer = partial(export_csv, decimal_comma=args.decimal_comma)
            for kind, path, write in (("CSV", args.csv, csv_writer), ("JSON", args.json, export_json)):
                if path is None:
                    continue
                try:
                    n = write(store, path, args.since, args.until)
                except OSError as exc:
                    _err(f"cannot write {path}: {exc.strerror or exc}")
                    return 1
                print(f"Exported {n} attempt{'s' if n != 1 else ''} to {path} ({kind}).")
    except StoreError as exc:
        _err(str(exc))
        return 1
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from cs_quiz.store.importing import import_files
    from cs_quiz.store.store import StoreError

    try:
        store = _open(args, create=True)
        assert store is not None
        with store:
            if store.degraded is not None:  # read-only or full: an import would land in memory and vanish
                _err("nothing was imported: the results could not be saved there.")
                return 1
            local = _local_banks(args)
            report = import_files(store, args.files, _known_banks(local), local)
            if store.degraded is not None:
                _err(f"{store.degraded} Nothing of this import is kept.")
                return 1
    except StoreError as exc:
        _err(str(exc))
        return 1
    for line in report.lines():
        print(line)
    return 1 if report.rejected else 0


def _local_banks(args: argparse.Namespace) -> list[Any]:
    """The banks this computer has (the bundled ones and ``--banks``): an attempt of a bank nobody here can show is
    refused at import, and one of a bank here in the same version must fit it. With none listed, nothing is refused
    for its bank."""
    from cs_quiz.bank.load import load_bundled, load_paths

    banks = list(load_bundled().banks)
    folder = getattr(args, "banks", None)
    if folder:
        banks += load_paths([Path(folder)]).banks
    return banks


def _known_banks(banks: list[Any]) -> frozenset[str] | None:
    """The ids of ``banks``; None when there are none (then no attempt is refused for its bank)."""
    return frozenset(b.meta.id for b in banks) or None


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def cmd_history(args: argparse.Namespace) -> int:
    from cs_quiz.store.store import StoreError

    try:
        store = _open(args, create=False)
        if store is None:
            print("No attempts yet.")
            return 0
        with store:
            attempts = store.history(args.nickname, limit=args.limit)
    except StoreError as exc:
        _err(str(exc))
        return 1
    if not attempts:
        print("No attempts yet." if args.nickname is None else f"No attempts by {args.nickname!r}.")
        return 0
    rows = [["Started", "Nickname", "Status", "Readiness", "Band", "Sections", "Flags"]]
    for a in attempts:
        rows.append(
            [
                a.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                a.nickname or "-",
                a.status.replace("_", " "),
                "-" if a.readiness_rounded is None else str(a.readiness_rounded),
                a.band_name or "-",
                ", ".join(a.sections),
                ", ".join(a.flags) or "-",
            ]
        )
    print(_table(rows))
    return 0
