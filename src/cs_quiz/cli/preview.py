"""``cs-quiz preview BANK.yaml [--lang en|es]``: the live preview window for a bank's author (issue 19).

The window reloads the file each time it is saved, lists its problems with their lines, and lets the author
answer any question and watch the results (:mod:`cs_quiz.ui.preview`). Qt is imported only when the command runs.
Exit codes: 0 the window was closed; 1 the file is missing or is a folder, or Qt cannot start (a plain message on
stderr); 2 a usage mistake. A bank with problems is not an error here: the window shows them.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from cs_quiz.cli.output import err

INTERFACE_LANGUAGES = ("en", "es")  # the keys of cs_quiz.report.translation.LANGUAGES (not imported: no Qt here)


def add_commands(subparsers: Any) -> None:
    """Add the ``preview`` command to the ``add_subparsers()`` object of the main parser."""
    pv = subparsers.add_parser(
        "preview",
        help="open a bank file in a window that reloads each time you save it",
        description="Open a question bank in a preview window: it reloads within a moment of each save, lists "
        "every problem with its line, and lets you answer any question and see the scores, band and advice change.",
    )
    pv.add_argument("bank", type=Path, metavar="BANK", help="the bank file (.yaml) to preview")
    pv.add_argument(
        "--lang",
        choices=INTERFACE_LANGUAGES,
        default=None,
        help="interface language (default: the one chosen last in the app, else the system's)",
    )
    pv.set_defaults(handler=cmd_preview)


def cmd_preview(args: argparse.Namespace) -> int:
    path: Path = args.bank
    if not path.exists():
        err(f"{path}: no such file")
        return 1
    if path.is_dir():
        err(f"{path}: this is a folder; give a bank file (.yaml)")
        return 1
    try:
        from cs_quiz.ui.app import application, keep_settings_with_results
    except ImportError as exc:
        err(
            f"cs-quiz: the preview needs Qt, which could not be loaded: {exc}",
            "On Debian/Ubuntu: sudo apt-get install libegl1 libxkbcommon-x11-0 libxcb-cursor0 "
            "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0",
        )
        return 1
    from cs_quiz.ui.language import install_language
    from cs_quiz.ui.preview import open_preview

    keep_settings_with_results(args)  # the theme and text size of the results folder chosen, as the app does
    app = application()
    install_language(app, args.lang)
    window = open_preview(path)
    window.raise_()
    return int(app.exec())
