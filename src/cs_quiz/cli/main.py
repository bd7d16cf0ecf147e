"""``cs-quiz``: the desktop app by default, and sub-commands for banks, scoring and results.

Exit codes: 0 success, 1 a problem in the user's files (listed on stderr as ``FILE:LINE:COLUMN: message``),
2 a usage mistake. A user mistake never shows a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from cs_quiz import __version__
from cs_quiz.cli.output import err


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="cs-quiz",
        description="How ready are you to become a Customer Service Director, and what to do next. "
        "Without a command, the desktop app starts.",
    )
    p.add_argument("--version", action="version", version=f"cs-quiz {__version__}")
    _top_options(p)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the desktop app (the default; takes the same options)")
    _gui_options(gui, argparse.SUPPRESS)  # SUPPRESS: `cs-quiz --kiosk gui` keeps the top-level value
    gui.set_defaults(handler=_cmd_gui)

    from cs_quiz.cli.banks import add_commands as add_bank_commands
    from cs_quiz.cli.desktop import add_commands as add_desktop_commands
    from cs_quiz.cli.kiosk import add_commands as add_kiosk_commands
    from cs_quiz.cli.paper import add_commands as add_paper_commands
    from cs_quiz.cli.preview import add_commands as add_preview_commands
    from cs_quiz.cli.report import add_commands as add_report_commands
    from cs_quiz.cli.sheets import add_commands as add_sheet_commands
    from cs_quiz.cli.starter import add_commands as add_starter_commands
    from cs_quiz.cli.stats import add_commands as add_stats_commands
    from cs_quiz.cli.store import add_commands as add_store_commands

    add_bank_commands(sub)
    add_report_commands(sub)
    add_store_commands(sub)
    add_stats_commands(sub)
    add_kiosk_commands(sub)
    add_starter_commands(sub)
    add_preview_commands(sub)
    add_sheet_commands(sub)
    add_paper_commands(sub)
    add_desktop_commands(sub)
    for command in sub.choices.values():  # global options after the command too: `cs-quiz history --data-dir D`
        _global_options(command)
    return p


def _global_options(p: argparse.ArgumentParser) -> None:
    """``--version`` and ``--data-dir`` on a command's parser. SUPPRESS keeps the value given before the command
    when the option is not repeated after it."""
    p.add_argument("--version", action="version", version=f"cs-quiz {__version__}", help=argparse.SUPPRESS)
    p.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help="as before the command")


def _top_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder for results and settings (default: your user data folder, or $CS_QUIZ_DATA_DIR)",
    )
    _gui_options(p, None)


# What `cs-quiz` with no arguments means: the defaults of _top_options (tests/test_cli.py checks they agree).
APP_DEFAULTS = {"data_dir": None, "kiosk": False, "bank": None, "section": None, "lang": None, "banks": None}


class _NotJustTheApp(Exception):
    pass


class _AppArguments(argparse.ArgumentParser):
    """Only the options of the desktop app; any other argument (a command, --help, a mistake) is an error."""

    def error(self, message: str) -> NoReturn:
        raise _NotJustTheApp(message)


def _app_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when ``argv`` just starts the app (nothing, app options, or ``gui`` and app options), else
    None. Starting the app is the common case, and the full parser would build every command's parser first
    (several milliseconds of start-up); the result is the same (tests/test_cli.py compares the two)."""
    rest = list(argv[1:] if argv[:1] == ["gui"] else argv)
    if not rest:  # a desktop launcher's start: no parser at all (argparse's first use costs ~2 ms in gettext)
        return argparse.Namespace(**APP_DEFAULTS)
    quick = _AppArguments(prog="cs-quiz", add_help=False)
    _top_options(quick)
    try:
        args, unknown = quick.parse_known_args(rest)
    except _NotJustTheApp:
        return None
    return None if unknown else args


def _gui_options(p: argparse.ArgumentParser, default: Any) -> None:
    """The desktop app's options, on the top-level parser (``cs-quiz --kiosk``) and on ``cs-quiz gui``."""
    flag_default = False if default is None else default
    p.add_argument(
        "--kiosk", action="store_true", default=flag_default, help="full-screen, locked workshop mode (docs/kiosk.md)"
    )
    p.add_argument("--bank", default=default, metavar="ID", help="the bank to offer (default: the first bundled)")
    p.add_argument("--section", default=default, metavar="ID", help="the section to offer (kiosk: the one section)")
    p.add_argument("--lang", default=default, metavar="LANG", help="interface language, e.g. en or es")
    # A folder (or file) of banks instead of the bundled ones: for tests, and for a class with its own bank.
    p.add_argument("--banks", default=default, type=Path, metavar="PATH", help="use the banks in PATH instead")


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _app_arguments(argv) or _parser().parse_args(argv)
    handler = getattr(args, "handler", _cmd_gui)
    try:
        return int(handler(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `cs-quiz score ... | head`
        return 0


def gui_main() -> int:
    """Entry point for desktop launchers (no console window on Windows)."""
    return main(["gui", *sys.argv[1:]])


def _cmd_gui(args: argparse.Namespace) -> int:
    from cs_quiz.startup import paused_gc

    try:
        with paused_gc():  # Qt's import makes many lasting objects (see startup.py); run() pauses again to build
            from cs_quiz.ui.app import run
    except ImportError as exc:
        if "PySide6" in str(exc) or "Qt" in str(exc):
            err(
                f"cs-quiz: the desktop app needs Qt, which could not be loaded: {exc}",
                "On Debian/Ubuntu: sudo apt-get install libegl1 libxkbcommon-x11-0 libxcb-cursor0 "
                "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0",
            )
            return 1
        err("cs-quiz: this build has no desktop app yet; use the sub-commands (cs-quiz --help).")
        return 1
    if args.kiosk:
        from cs_quiz.ui.kiosk.launch import run_kiosk

        return int(run_kiosk(args))
    return int(run(args))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
