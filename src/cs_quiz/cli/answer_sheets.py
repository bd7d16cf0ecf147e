"""``cs-quiz score BANK SHEET.csv|SHEET.xlsx``: a class's answer sheets typed up from paper (docs/paper.md), everyone
scored or nobody, then the scores CSV and, with ``--import --cohort``, the results kept with the class's.

Exit codes as for every bank command (:mod:`cs_quiz.cli.banks`): 0 success, 1 a problem in the user's files, 2 a
usage mistake.
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any

from cs_quiz.cli.bank_arg import find_bank
from cs_quiz.cli.output import err


def score_sheet(args: argparse.Namespace) -> int:
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
    bank = find_bank(args.bank, args.lang)
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
