"""``cs-quiz report BANK ANSWERS --pdf OUT``: the PDF report from an answers file, without a display.

Registered on the main parser by :func:`add_commands`; uses the same bank and answers-file readers as
``cs-quiz score`` (see :mod:`cs_quiz.cli.banks`), so both commands accept the same files and report problems the
same way.
Exit codes: 0 written; 1 a problem in the user's files or the PDF could not be written (plain message on stderr);
2 a usage mistake (as for every command).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from cs_quiz.cli.output import err


def add_commands(subparsers: Any) -> None:
    """Add the ``report`` command to the ``add_subparsers()`` object of the main parser."""
    rp = subparsers.add_parser(
        "report",
        help="write a PDF report of an answers file (no display needed)",
        description="Score an answers file and write the report (readiness, competency chart, advice) as an A4 PDF.",
    )
    rp.add_argument("bank", metavar="BANK", help="a bank file, or the id of a bundled bank (e.g. csd-readiness)")
    rp.add_argument("answers", type=Path, metavar="ANSWERS", help="YAML or JSON: question id -> answer")
    rp.add_argument("--pdf", type=Path, required=True, metavar="OUT", help="where to write the PDF")
    rp.add_argument("--nickname", metavar="NAME", help="name shown on the report (default: the answers file's)")
    rp.add_argument(
        "--section",
        action="append",
        metavar="ID",
        help="section taken (repeatable; default: inferred from the answers)",
    )
    rp.add_argument("--seconds", type=float, help="how long the attempt took, for the too-fast note")
    rp.add_argument("--lang", default="en", metavar="LANG", help="language of a bundled bank (default en)")
    rp.set_defaults(handler=cmd_report)


def _use_offscreen_qt() -> None:
    """The command never shows a window, so on Linux and the BSDs it uses Qt's offscreen platform unless the user
    chose one: a missing or unreachable X/Wayland display would otherwise abort the process inside Qt."""
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_report(args: argparse.Namespace) -> int:
    from cs_quiz.cli.banks import score_answers_file

    out: Path = args.pdf
    if out.is_dir():
        err(f"cs-quiz report: {out} is a folder; give the PDF file to write, e.g. {out / 'report.pdf'}")
        return 1
    if not out.parent.is_dir() and str(out.parent):
        err(f"cs-quiz report: cannot write {out}: the folder {out.parent} does not exist")
        return 1
    scored = score_answers_file(args, "report")
    if isinstance(scored, int):
        return scored
    ev, problems, extras = scored
    nickname = args.nickname if args.nickname is not None else extras.get("nickname", "")

    _use_offscreen_qt()
    try:
        from cs_quiz.report.pdf import ensure_app, write_pdf
        from cs_quiz.report.translation import set_language
    except ImportError as exc:
        err(
            f"cs-quiz report: the PDF needs Qt, which could not be loaded: {exc}",
            "On Debian/Ubuntu: sudo apt-get install libegl1 libgl1 libxkbcommon0 libfontconfig1",
        )
        return 1
    try:
        set_language(ev.bank.meta.language, ensure_app())  # the report's own words in the bank's language
        write_pdf(ev, out, nickname=str(nickname or ""))
    except OSError as exc:
        err(f"cs-quiz report: cannot write {out}: {exc.strerror or exc}")
        return 1
    except RuntimeError as exc:
        err(f"cs-quiz report: {exc}")
        return 1
    print(f"wrote {out}")
    return 1 if problems else 0
