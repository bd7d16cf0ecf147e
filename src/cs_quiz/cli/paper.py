"""``cs-quiz paper BANK --section ID --pdf OUT``: a section printed for a class without computers (docs/paper.md).

The PDF holds the questions and, at the end, the answer sheet the students fill in; ``--sheet-only`` prints the
answer sheet alone (the questions can be handed out again, the sheets cannot). ``--template`` writes the empty
spreadsheet to type the answer sheets into: its header names each column by the question's number and id, so
``cs-quiz score BANK SHEET.csv`` reads it without being told the section.

Exit codes: 0 written; 1 a problem in the user's files or a file that could not be written; 2 a usage mistake.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
from pathlib import Path
from typing import Any

from cs_quiz.cli.output import err

DECIMAL_COMMA_LANGUAGES = frozenset({"es", "fr", "de", "it", "pt", "nl"})


def add_commands(subparsers: Any) -> None:
    """Add the ``paper`` command to the ``add_subparsers()`` object of the main parser."""
    pp = subparsers.add_parser(
        "paper",
        help="print a section as a paper questionnaire with an answer sheet (PDF, no display needed)",
        description="Write one section of a bank as an A4 PDF to print: the questions, numbered, and a one-page "
        "answer sheet at the end. Type the filled-in sheets into a spreadsheet and score them with "
        "`cs-quiz score BANK SHEET.csv` (docs/paper.md).",
    )
    pp.add_argument("bank", metavar="BANK", help="a bank file, or the id of a bundled bank (e.g. csd-readiness)")
    pp.add_argument("--section", metavar="ID", help="the section to print (needed when the bank has several)")
    pp.add_argument("--pdf", type=Path, metavar="OUT", help="where to write the PDF")
    pp.add_argument("--lang", default="en", metavar="LANG", help="language of a bundled bank (default en)")
    pp.add_argument("--sheet-only", action="store_true", help="only the answer sheet, to print more of it")
    pp.add_argument(
        "--template",
        type=Path,
        metavar="CSV",
        help="also write the empty spreadsheet (CSV) to type the answer sheets into",
    )
    pp.set_defaults(handler=cmd_paper)


def _writable(path: Path) -> str:
    """Why ``path`` cannot be written as a file ("" when it can be tried)."""
    if path.is_dir():
        return f"{path} is a folder; give the file to write"
    if path.exists() and not path.is_file():
        return f"cannot write {path}: it is not a regular file (a device, a pipe or a socket)"
    if str(path.parent) and not path.parent.is_dir():
        return f"cannot write {path}: the folder {path.parent} does not exist"
    return ""


def cmd_paper(args: argparse.Namespace) -> int:
    from cs_quiz.cli.bank_arg import find_bank

    if args.pdf is None and args.template is None:
        err("cs-quiz paper: say what to write: --pdf OUT.pdf (the paper), --template SHEET.csv (the spreadsheet)")
        return 2
    if args.pdf is not None and args.template is not None and args.pdf.resolve() == args.template.resolve():
        err(f"cs-quiz paper: --pdf and --template both name {args.pdf}; the sheet would replace the paper")
        return 2
    for path in (args.pdf, args.template):
        problem = _writable(path) if path is not None else ""
        if problem:
            err(f"cs-quiz paper: {problem}")
            return 1
    bank = find_bank(args.bank, args.lang)
    if bank is None:
        return 1
    section: str = args.section or (next(iter(bank.sections)) if len(bank.sections) == 1 else "")
    if section not in bank.sections:
        said = f"no section '{args.section}' in {bank.meta.id}" if args.section else "which section? --section ID"
        err(f"cs-quiz paper: {said}; sections: {', '.join(bank.sections)}")
        return 2
    if args.pdf is not None:
        code = _write_pdf(args, bank, section)
        if code:
            return code
    if args.template is not None:
        from cs_quiz.atomic import atomic_write_bytes
        from cs_quiz.scoring.answer_sheet import template_header

        text = io.StringIO()
        # Spreadsheets set to a language that writes 2,5 (Spanish) open a CSV by semicolons, others by commas.
        delimiter = ";" if bank.meta.language in DECIMAL_COMMA_LANGUAGES else ","
        csv.writer(text, delimiter=delimiter, lineterminator="\r\n").writerow(template_header(bank, section))
        try:
            atomic_write_bytes(args.template, ("\ufeff" + text.getvalue()).encode("utf-8"))
        except OSError as exc:
            err(f"cs-quiz paper: cannot write {args.template}: {exc.strerror or exc}")
            return 1
        print(f"wrote {args.template}: the header row to type the answer sheets under, one row per person")
    return 0


def _write_pdf(args: argparse.Namespace, bank: Any, section: str) -> int:
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # never shows a window: no display needed
    try:
        from cs_quiz.report.paper import write_paper
        from cs_quiz.report.pdf import ensure_app
        from cs_quiz.report.translation import set_language
    except ImportError as exc:
        err(
            f"cs-quiz paper: the PDF needs Qt, which could not be loaded: {exc}",
            "On Debian/Ubuntu: sudo apt-get install libegl1 libgl1 libxkbcommon0 libfontconfig1",
        )
        return 1
    try:
        set_language(bank.meta.language, ensure_app())  # the paper's own words in the bank's language
        info = write_paper(bank, section, args.pdf, questions=not args.sheet_only)
    except OSError as exc:
        err(f"cs-quiz paper: cannot write {args.pdf}: {exc.strerror or exc}")
        return 1
    except RuntimeError as exc:
        err(f"cs-quiz paper: {exc}")
        return 1
    sheet = "1 page" if info.sheet_pages == 1 else f"{info.sheet_pages} pages"
    if args.sheet_only:
        print(f"wrote {args.pdf}: the answer sheet, {sheet}")
    else:
        print(f"wrote {args.pdf}: {info.pages} pages, the answer sheet on {sheet} at the end")
    return 0
