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

from . import __version__


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

    val = sub.add_parser("validate", help="check question banks; list every problem as FILE:LINE:COLUMN")
    val.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="bank files or folders of banks")
    val.set_defaults(handler=_cmd_validate)

    sc = sub.add_parser("score", help="score an answers file and print readiness and advice")
    sc.add_argument("bank", metavar="BANK", help="a bank file, or the id of a bundled bank (e.g. csd-readiness)")
    sc.add_argument("answers", type=Path, metavar="ANSWERS", help="YAML or JSON: question id -> answer")
    sc.add_argument(
        "--section",
        action="append",
        metavar="ID",
        help="section taken (repeatable; default: inferred from the answers)",
    )
    sc.add_argument("--seconds", type=float, help="how long the attempt took, for the too-fast flag")
    sc.add_argument("--json", action="store_true", help="print the stable JSON form (docs/cli.md)")
    sc.add_argument(
        "--lang", default="en", metavar="LANG", help="language of a bundled bank (default en; falls back to English)"
    )
    sc.set_defaults(handler=_cmd_score)

    sch = sub.add_parser("schema", help="print the JSON Schema of the bank format")
    sch.set_defaults(handler=_cmd_schema)

    lst = sub.add_parser("banks", help="list the bundled banks and their sections")
    lst.set_defaults(handler=_cmd_banks)

    from .cli_kiosk import add_commands as add_kiosk_commands
    from .cli_report import add_commands as add_report_commands
    from .cli_store import add_commands as add_store_commands

    add_report_commands(sub)
    add_store_commands(sub)
    add_kiosk_commands(sub)
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


def _err(*lines: object) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _cmd_gui(args: argparse.Namespace) -> int:
    from .startup import paused_gc

    try:
        with paused_gc():  # Qt's import makes many lasting objects (see startup.py); run() pauses again to build
            from .ui.app import run
    except ImportError as exc:
        if "PySide6" in str(exc) or "Qt" in str(exc):
            _err(
                f"cs-quiz: the desktop app needs Qt, which could not be loaded: {exc}",
                "On Debian/Ubuntu: sudo apt-get install libegl1 libxkbcommon-x11-0 libxcb-cursor0 "
                "libxcb-icccm4 libxcb-keysyms1 libxcb-shape0",
            )
            return 1
        _err("cs-quiz: this build has no desktop app yet; use the sub-commands (cs-quiz --help).")
        return 1
    if args.kiosk:
        from .ui.kiosk.launch import run_kiosk

        return int(run_kiosk(args))
    return int(run(args))


def _cmd_validate(args: argparse.Namespace) -> int:
    from .bank import load_paths

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        _err(*(f"{p}: no such file or folder" for p in missing))
        return 1
    result = load_paths(args.paths)
    for b in result.banks:
        print(
            f"{b.path}: ok - {b.meta.id} {b.meta.version}, {len(b.questions)} questions, "
            f"{len(b.competencies)} competencies, sections: {', '.join(b.sections)}"
        )
    sys.stdout.flush()
    if result.errors:
        _err(*result.errors)
        broken = len({e.path for e in result.errors})
        _err(f"{len(result.errors)} problem(s) in {broken} file(s); {len(result.banks)} bank(s) valid.")
        return 1
    if result.files == 0:
        _err("no bank files (*.yaml, *.yml) found")
        return 1
    return 0


def _find_bank(spec: str, language: str = "en") -> Any:
    """A bank from a path or a bundled id (in ``language`` if there is such a version, else English); prints
    the problems and returns None when it is unusable."""
    from .bank import choose_bank, load_bank, load_bundled

    path = Path(spec)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        result = load_bank(path)
        if result.errors:
            _err(*result.errors)
            return None
        return result.bank
    bundled = load_bundled()
    chosen, fell_back = choose_bank(bundled.banks, spec, language)
    if chosen is not None:
        if fell_back:
            _err(f"cs-quiz: bank '{spec}' has no '{language}' version; using '{chosen.meta.language}'")
        return chosen
    known = ", ".join(sorted({b.meta.id for b in bundled.banks})) or "none"
    _err(f"cs-quiz: '{spec}' is neither a bank file nor a bundled bank id (bundled: {known})")
    return None


def _read_answers(path: Path) -> tuple[dict[str, Any] | None, dict[str, Any], dict[str, tuple[int, int]]]:
    """(answers, extras, positions of answers) from an answers file; answers None after printing a problem.

    The file is either a plain mapping question id -> answer, or {answers: {...}, sections: [...], seconds: N}.
    """
    from .bank import plain
    from .yamlsafe import LDict, parse_file

    try:
        tree, problems = parse_file(str(path))
    except OSError as exc:
        _err(f"{path}: cannot read the file: {exc.strerror or exc}")
        return None, {}, {}
    if problems:
        _err(*(f"{path}:{p.line}:{p.column}: {p.message}" for p in problems))
        return None, {}, {}
    if not isinstance(tree, LDict):
        _err(f"{path}:1:1: an answers file is a mapping of question id -> answer")
        return None, {}, {}
    extras: dict[str, Any] = {}
    body: Any = tree
    if isinstance(tree.get("answers"), LDict) and set(tree) <= {"answers", "sections", "seconds", "nickname"}:
        body = tree["answers"]
        extras = {k: plain(v) for k, v in tree.items() if k != "answers"}
    positions = dict(body.key_pos) if isinstance(body, LDict) else {}
    return plain(body), extras, positions


def score_answers_file(args: argparse.Namespace, command: str) -> tuple[Any, int, dict[str, Any]] | int:
    """The shared part of ``score`` and ``report``: bank (``args.bank``, ``args.lang``), answers file
    (``args.answers``), sections and seconds (options, else the file) -> (evaluation, number of unusable answers,
    the file's extras). Unusable answers are printed at their line; a user mistake returns an exit code instead."""
    from .engine import evaluate

    bank = _find_bank(args.bank, getattr(args, "lang", "en"))
    if bank is None:
        return 1
    raw, extras, positions = _read_answers(args.answers)
    if raw is None:
        return 1
    sections = args.section or extras.get("sections")
    if isinstance(sections, str):
        sections = [sections]
    unknown = [s for s in sections or () if s not in bank.sections]
    if unknown:
        _err(
            f"cs-quiz {command}: no section {', '.join(map(repr, unknown))} in {bank.meta.id}; "
            f"sections: {', '.join(bank.sections)}"
        )
        return 2
    seconds = args.seconds if args.seconds is not None else extras.get("seconds")
    if seconds is not None and (not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0):
        _err(f"{args.answers}: 'seconds' must be a number of seconds, not {seconds!r}")
        return 1
    ev, problems = evaluate(bank, raw, sections, seconds)
    for p in problems:
        line, col = positions.get(p.question, (1, 1))
        _err(f"{args.answers}:{line}:{col}: {p.message}")
    if problems:
        _err(f"{len(problems)} answer(s) could not be used and were left out.")
    return ev, len(problems), extras


def _cmd_score(args: argparse.Namespace) -> int:
    from .engine import as_json

    scored = score_answers_file(args, "score")
    if isinstance(scored, int):
        return scored
    ev, problems, _ = scored
    if args.json:
        import json

        print(json.dumps(as_json(ev), indent=2, ensure_ascii=False))
    else:
        from .textreport import render

        sys.stdout.write(render(ev))
    return 1 if problems else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    import json

    from .fields import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def _cmd_banks(args: argparse.Namespace) -> int:
    from .bank import load_bundled

    result = load_bundled()
    _err(*result.errors)
    for b in sorted(result.banks, key=lambda b: (b.meta.id, b.meta.language != "en", b.meta.language)):
        print(f"{b.meta.id} --lang {b.meta.language}  {b.meta.title} (version {b.meta.version})")
        for s in b.sections.values():
            print(f"    --section {s.id:<10} {s.title}: {len(s.questions)} questions, about {s.estimated_minutes} min")
    return 1 if result.errors else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
