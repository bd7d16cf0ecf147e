"""The bank commands: ``validate``, ``score``, ``schema`` and ``banks``, and the bank and answers-file readers that
``score`` and ``report`` share (:func:`score_answers_file`).

Exit codes: 0 success, 1 a problem in the user's files (listed on stderr as ``FILE:LINE:COLUMN: message``),
2 a usage mistake.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from cs_quiz.cli.bank_arg import find_bank
from cs_quiz.cli.output import err


def add_commands(subparsers: Any) -> None:
    """Add the bank commands to the ``add_subparsers()`` object of the main parser."""
    val = subparsers.add_parser("validate", help="check question banks; list every problem as FILE:LINE:COLUMN")
    val.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="bank files or folders of banks")
    val.add_argument(
        "--strict", action="store_true", help="exit 1 on warnings too (scenario keys that could be guessed)"
    )
    val.set_defaults(handler=cmd_validate)

    sc = subparsers.add_parser(
        "score", help="score an answers file (or a class's answer sheet, SHEET.csv or .xlsx) and print the results"
    )
    sc.add_argument("bank", metavar="BANK", help="a bank file, or the id of a bundled bank (e.g. csd-readiness)")
    sc.add_argument(
        "answers",
        type=Path,
        metavar="ANSWERS",
        help="YAML or JSON: question id -> answer; or a .csv or .xlsx answer sheet typed from paper, one row a person "
        "(docs/paper.md)",
    )
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
    sc.add_argument(
        "--save",
        action="store_true",
        help="also keep the result in the results folder (--data-dir), as a finished attempt: paper answers join "
        "the class's results, history and exports",
    )
    sc.add_argument("--nickname", metavar="NAME", help="with --save: the name to keep it under")
    sheet = sc.add_argument_group("a CSV answer sheet (docs/paper.md)")
    sheet.add_argument("--csv", type=Path, metavar="OUT", help="write each person's scores to OUT as CSV")
    sheet.add_argument(
        "--import",
        dest="import_sheet",
        action="store_true",
        help="also keep each person as a finished attempt in the results folder (--data-dir), with their code; "
        "people already imported with the same answers are not added twice",
    )
    sheet.add_argument("--cohort", metavar="LABEL", help="with --import: the class or workshop they belong to")
    sheet.add_argument(
        "--decimal-comma",
        action="store_true",
        help="scores for spreadsheets in Spanish and other languages that write 49,5: decimal commas, ';' columns",
    )
    sc.set_defaults(handler=cmd_score)

    sch = subparsers.add_parser("schema", help="print the JSON Schema of the bank format")
    sch.set_defaults(handler=cmd_schema)

    lst = subparsers.add_parser("banks", help="list the bundled banks and their sections")
    lst.set_defaults(handler=cmd_banks)


def cmd_validate(args: argparse.Namespace) -> int:
    from cs_quiz.bank.load import load_paths

    missing = [p for p in args.paths if not p.exists()]
    if missing:
        err(*(f"{p}: no such file or folder" for p in missing))
        return 1
    from cs_quiz.bank.fairness import key_bias

    result = load_paths(args.paths)
    warned = 0
    for b in result.banks:
        questions = "1 question" if len(b.questions) == 1 else f"{len(b.questions)} questions"
        areas = "1 competency" if len(b.competencies) == 1 else f"{len(b.competencies)} competencies"
        print(f"{b.path}: ok - {b.meta.id} {b.meta.version}, {questions}, {areas}, sections: {', '.join(b.sections)}")
        sys.stdout.flush()
        for w in key_bias(b):
            err(f"{b.path}:{w.line}:{w.column}: warning: {w.message}")
            warned += 1
    sys.stdout.flush()
    if warned:
        err(f"{warned} warning(s)" + ("; --strict counts them as problems." if args.strict else "."))
    if result.errors:
        err(*result.errors)
        broken = len({e.path for e in result.errors})
        err(f"{len(result.errors)} problem(s) in {broken} file(s); {len(result.banks)} bank(s) valid.")
        return 1
    if result.files == 0:
        err("no bank files (*.yaml, *.yml) found")
        return 1
    return 1 if warned and args.strict else 0


def _read_answers(path: Path) -> tuple[dict[str, Any] | None, dict[str, Any], dict[str, tuple[int, int]]]:
    """(answers, extras, positions of answers) from an answers file; answers None after printing a problem.

    The file is either a plain mapping question id -> answer, or {answers: {...}, sections: [...], seconds: N}.
    """
    from cs_quiz.bank.load import plain
    from cs_quiz.bank.yamlsafe import LDict, parse_file

    try:
        tree, problems = parse_file(str(path))
    except OSError as exc:
        err(f"{path}: cannot read the file: {exc.strerror or exc}")
        return None, {}, {}
    if problems:
        err(*(f"{path}:{p.line}:{p.column}: {p.message}" for p in problems))
        return None, {}, {}
    if not isinstance(tree, LDict):
        err(f"{path}:1:1: an answers file is a mapping of question id -> answer")
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
    from cs_quiz.scoring.engine import evaluate

    bank = find_bank(args.bank, getattr(args, "lang", "en"))
    if bank is None:
        return 1
    raw, extras, positions = _read_answers(args.answers)
    if raw is None:
        return 1
    sections = args.section or extras.get("sections")
    if isinstance(sections, str):
        sections = [sections]
    if sections is not None and not (isinstance(sections, list) and all(isinstance(s, str) for s in sections)):
        err(
            f"{args.answers}: 'sections' must be a list of section ids, such as [{next(iter(bank.sections))}]; "
            f"sections: {', '.join(bank.sections)}"
        )
        return 1
    nickname = extras.get("nickname")
    if nickname is not None and not isinstance(nickname, str):
        err(f"{args.answers}: 'nickname' must be text, such as nickname: Sam")
        return 1
    sections = sections or None  # an empty list: the sections are inferred, as when none is given
    unknown = [s for s in sections or () if s not in bank.sections]
    if unknown:
        err(
            f"cs-quiz {command}: no section {', '.join(map(repr, unknown))} in {bank.meta.id}; "
            f"sections: {', '.join(bank.sections)}"
        )
        return 2
    seconds = args.seconds if args.seconds is not None else extras.get("seconds")
    if seconds is not None and (not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0):
        err(f"{args.answers}: 'seconds' must be a number of seconds, not {seconds!r}")
        return 1
    ev, problems = evaluate(bank, raw, sections, seconds)
    for p in problems:
        line, col = positions.get(p.question, (1, 1))
        err(f"{args.answers}:{line}:{col}: {p.message}")
    if problems:
        err(f"{len(problems)} answer(s) could not be used and were left out.")
    return ev, len(problems), extras


def cmd_score(args: argparse.Namespace) -> int:
    from cs_quiz.scoring.engine import as_json

    if args.answers.suffix.lower() in (".csv", ".xlsx", ".xlsm"):
        from cs_quiz.cli.answer_sheets import score_sheet

        return score_sheet(args)
    given = (("--csv", args.csv), ("--import", args.import_sheet), ("--cohort", args.cohort))
    sheet_only = [o for o, v in (*given, ("--decimal-comma", args.decimal_comma)) if v]
    if sheet_only:
        err(f"cs-quiz score: {', '.join(sheet_only)} go with a CSV answer sheet (SHEET.csv), not {args.answers}")
        return 2
    scored = score_answers_file(args, "score")
    if isinstance(scored, int):
        return scored
    ev, problems, extras = scored
    if getattr(args, "save", False) and not _save(args, ev, extras):
        return 1
    if args.json:
        import json

        print(json.dumps(as_json(ev), indent=2, ensure_ascii=False))
    else:
        from cs_quiz.report.text import render

        language = None
        if ev.bank.meta.language != "en":  # the bank's language: English needs no catalogue (and no Qt)
            from cs_quiz.report.qtext import text_language

            language = text_language(ev.bank.meta.language)
        sys.stdout.write(render(ev, language))
    return 1 if problems else 0


def cmd_schema(args: argparse.Namespace) -> int:
    import json

    from cs_quiz.bank.schema import json_schema

    print(json.dumps(json_schema(), indent=2))
    return 0


def cmd_banks(args: argparse.Namespace) -> int:
    from cs_quiz.bank.load import load_bundled

    result = load_bundled()
    err(*result.errors)
    for b in sorted(result.banks, key=lambda b: (b.meta.id, b.meta.language != "en", b.meta.language)):
        print(f"{b.meta.id} --lang {b.meta.language}  {b.meta.title} (version {b.meta.version})")
        for s in b.sections.values():
            print(f"    --section {s.id:<10} {s.title}: {len(s.questions)} questions, about {s.estimated_minutes} min")
    return 1 if result.errors else 0


def _save(args: argparse.Namespace, ev: Any, extras: dict[str, Any]) -> bool:
    """Keep a scored answers file as a finished attempt, through the same Attempt as the app and the kiosk."""
    from cs_quiz.attempts.attempt import Attempt
    from cs_quiz.store.store import Store, StoreError, resolve_data_dir

    nickname = args.nickname if args.nickname is not None else str(extras.get("nickname") or "")
    seconds = args.seconds if args.seconds is not None else extras.get("seconds")
    folder = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        with Store.open(folder) as store:
            attempt = Attempt.start(
                store, ev.bank, ev.score.sections, nickname=nickname, clock=lambda: 0.0, elapsed=seconds
            )
            attempt.fill(ev.answers)
            attempt.finish()
            if store.degraded is not None:  # kept in memory only: not saved
                raise store.degraded
    except StoreError as exc:
        err(f"cs-quiz score: not saved: {exc}")
        return False
    if attempt.problem is not None:
        err(f"cs-quiz score: not saved: {attempt.problem}")
        return False
    err(f"Saved as attempt {attempt.id} in {folder}.")
    return True
