"""The bank commands: ``validate``, ``score``, ``schema`` and ``banks``, and the bank and answers-file readers that
``score`` and ``report`` share (:func:`score_answers_file`).

Exit codes: 0 success, 1 a problem in the user's files (listed on stderr as ``FILE:LINE:COLUMN: message``),
2 a usage mistake.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path
from typing import Any

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


def _find_bank(spec: str, language: str = "en") -> Any:
    """A bank from a path or a bundled id (in ``language`` if there is such a version, else English); prints
    the problems and returns None when it is unusable."""
    from cs_quiz.bank.load import choose_bank, load_bank, load_bundled

    path = Path(spec)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        result = load_bank(path)
        if result.errors:
            err(*result.errors)
            return None
        return result.bank
    bundled = load_bundled()
    chosen, fell_back = choose_bank(bundled.banks, spec, language)
    if chosen is not None:
        if fell_back:
            err(f"cs-quiz: bank '{spec}' has no '{language}' version; using '{chosen.meta.language}'")
        return chosen
    known = ", ".join(sorted({b.meta.id for b in bundled.banks})) or "none"
    err(f"cs-quiz: '{spec}' is neither a bank file nor a bundled bank id (bundled: {known})")
    return None


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

    bank = _find_bank(args.bank, getattr(args, "lang", "en"))
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
        return _score_sheet(args)
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


# ---- a CSV answer sheet typed from paper (docs/paper.md) ----------------------------------------------------------


def _score_sheet(args: argparse.Namespace) -> int:
    """``score BANK SHEET.csv``: everyone on the sheet scored, or nothing at all when any cell is wrong (every
    problem listed at its row and column); then the scores CSV (``--csv``, else on stdout) and the import."""
    from cs_quiz.bank.sheet_rows import read_table
    from cs_quiz.scoring.answer_sheet import header_words, read_sheet_table, sheet_columns
    from cs_quiz.scoring.engine import evaluate
    from cs_quiz.store.store import MAX_CODE, MAX_COHORT, clean_label

    misplaced = [o for o, v in (("--json", args.json), ("--save", args.save), ("--nickname", args.nickname)) if v]
    misplaced += ["--seconds"] if args.seconds is not None else []
    if misplaced:
        err(f"cs-quiz score: an answer sheet takes --csv, --import and --cohort, not {', '.join(misplaced)}")
        return 2
    if args.import_sheet != bool(args.cohort):
        err("cs-quiz score: --import and --cohort LABEL go together: the class the sheet's people are kept in")
        return 2
    try:
        cohort = clean_label(args.cohort, MAX_COHORT)
    except ValueError as exc:
        err(f"cs-quiz score: the cohort label is {exc}")
        return 2
    if args.csv is not None and args.csv.resolve() == args.answers.resolve():
        err(f"cs-quiz score: --csv {args.csv} would write the scores over the sheet itself; give another file")
        return 2
    if args.csv is not None and (args.csv.is_dir() or not (args.csv.parent.is_dir() or not str(args.csv.parent))):
        err(f"cs-quiz score: cannot write {args.csv}: give a file in a folder that exists")
        return 1
    bank = _find_bank(args.bank, args.lang)
    if bank is None:
        return 1
    unknown = [s for s in args.section or () if s not in bank.sections]
    if unknown:
        err(f"cs-quiz score: no section {', '.join(map(repr, unknown))} in {bank.meta.id}")
        err(f"sections: {', '.join(bank.sections)}")
        return 2
    typed = read_table(str(args.answers), headings=header_words(bank), columns=sheet_columns(bank))
    if isinstance(typed, list):  # not a sheet at all: a pipe, a binary file, a damaged workbook...
        err(*(str(p) for p in typed))
        err(f"{len(typed)} problem(s) in {args.answers}; nobody was scored and nothing was written.")
        return 1
    err(*typed.notes)
    sheet, problems = read_sheet_table(bank, typed, args.section, code_limit=MAX_CODE)
    if sheet is None:
        err(*(p.located(args.answers) for p in problems))
        err(f"{len(problems)} problem(s) in {args.answers}; nobody was scored and nothing was written.")
        return 1
    for person in sheet.absent:
        err(f"{args.answers}:{person.row}: {person.code} has no answers and is left out")
    evaluations = [evaluate(bank, person.answers, sheet.sections)[0] for person in sheet.people]
    already = _already_imported(args, bank, sheet, evaluations, cohort) if cohort is not None else set()
    if already is None:
        return 1
    table = _scores_csv(bank, sheet, evaluations, args.decimal_comma)
    if args.csv is None and cohort is None:
        sys.stdout.write(table)
        return 0
    if args.csv is not None:
        from cs_quiz.atomic import atomic_write_bytes

        try:
            atomic_write_bytes(args.csv, ("\ufeff" + table).encode("utf-8"))
        except OSError as exc:
            err(f"cs-quiz score: cannot write {args.csv}: {exc.strerror or exc}")
            return 1
        print(f"Scored {len(sheet.people)} people ({', '.join(sheet.sections)}): wrote {args.csv}")
    return 0 if cohort is None else _import_people(args, bank, sheet, evaluations, cohort, already)


def _scores_csv(bank: Any, sheet: Any, evaluations: list[Any], decimal_comma: bool) -> str:
    """The scores as the exports write CSV: comma-separated (``decimal_comma``: 49,5 and ';' between columns, for
    spreadsheets in Spanish), CRLF, every text cell guarded against formulas."""
    import io

    from cs_quiz.scoring.answer_sheet import result_table
    from cs_quiz.store.exchange import one_decimal, spreadsheet_text

    decimal = "," if decimal_comma else "."
    table = result_table(bank, sheet, evaluations, text=spreadsheet_text, number=lambda v: one_decimal(v, decimal))
    text = io.StringIO()
    csv.writer(text, delimiter=";" if decimal_comma else ",", lineterminator="\r\n").writerows(table)
    return text.getvalue()


def _same_answers(stored: Any, ev: Any, sections: tuple[str, ...]) -> bool:
    asked = set(ev.bank.section_questions(sections))
    return tuple(stored.sections) == sections and stored.answers == {q: a for q, a in ev.answers.items() if q in asked}


def _already_imported(
    args: argparse.Namespace, bank: Any, sheet: Any, evaluations: list[Any], cohort: str
) -> set[int] | None:
    """The rows whose person is in ``cohort`` already with these very answers (an import run twice: they are not
    added again); None after listing the rows whose code is there with other answers (nothing is imported then)."""
    from cs_quiz.store.store import Store, StoreError

    try:
        with Store.open(getattr(args, "data_dir", None)) as store:
            stored = [a for a in store.attempts(bank_id=bank.meta.id, cohort=cohort) if a.status == "finished"]
    except StoreError as exc:
        err(f"cs-quiz score: cannot read the results folder: {exc}")
        return None
    by_code: dict[str, list[Any]] = {}
    for a in stored:
        if a.code:
            by_code.setdefault(a.code.casefold(), []).append(a)
    same: set[int] = set()
    clashes = []
    code_column = next(c.header for c in sheet.columns if c.kind == "code")
    for person, ev in zip(sheet.people, evaluations, strict=True):
        there = by_code.get(" ".join(person.code.split()).casefold(), [])
        if any(_same_answers(a, ev, sheet.sections) for a in there):
            same.add(person.row)
        elif there:
            clashes.append(
                f"{args.answers}:{person.row}:{code_column}: participant code '{person.code}' already has a result in "
                f"cohort '{cohort}' with other answers (a typing mistake in the code, or a second attempt: import "
                "it under another cohort label)"
            )
    if clashes:
        err(*clashes)
        err(f"{len(clashes)} problem(s); nobody was imported.")
        return None
    return same


def _import_people(
    args: argparse.Namespace, bank: Any, sheet: Any, evaluations: list[Any], cohort: str, already: set[int]
) -> int:
    """Each person not imported before as a finished attempt, through the same Attempt as the app and the kiosk."""
    from cs_quiz.attempts.attempt import Attempt
    from cs_quiz.store.store import Store, StoreError, resolve_data_dir

    folder = resolve_data_dir(getattr(args, "data_dir", None))
    added = 0
    try:
        with Store.open(folder) as store:
            for person, ev in zip(sheet.people, evaluations, strict=True):
                if person.row in already:
                    continue
                attempt = Attempt.start(
                    store, bank, sheet.sections, clock=lambda: 0.0, elapsed=None, cohort=cohort, code=person.code
                )
                attempt.fill(ev.answers)
                attempt.finish()
                if store.degraded is not None:  # kept in memory only: not saved
                    raise store.degraded
                if attempt.problem is not None:
                    raise attempt.problem
                added += 1
    except StoreError as exc:
        err(f"cs-quiz score: {added} of {len(sheet.people)} imported, then: {exc}")
        err("Run the same command again once that is fixed: those imported already are not added twice.")
        return 1
    note = f"; {len(already)} on the sheet were there already, with these answers" if already else ""
    print(f"Imported {added} people into cohort '{cohort}' in {folder}{note}.")
    return 0
