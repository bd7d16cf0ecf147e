"""Answer sheets typed from paper: a teacher's CSV -> each person's answers, every mistake at its row and column,
and ``cs-quiz score BANK SHEET.csv`` scoring, writing and importing them (docs/paper.md)."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cs_quiz.bank.model import NOT_YET, Bank, Pos, Question, QuestionType
from cs_quiz.bank.sheet_rows import Table, read_csv
from cs_quiz.scoring.answer_sheet import (
    header_words,
    read_sheet,
    read_sheet_table,
    result_table,
    sheet_columns,
    template_header,
)
from cs_quiz.scoring.engine import evaluate
from factories import bank, likert, opt, profile_choice, profile_number, scale, scenario, section, single

EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))


def _bank(bands: bool = True) -> Bank:
    done = dataclasses.replace(scale("done5"), not_yet="Not had the chance yet")
    return bank(
        likert("d1", "data"),
        likert("d2", "data", scale="done5"),
        single("tool", opt("crm", data=2), opt("sheet", data=1), opt("paper", data=0), opt("none", data=0)),
        scenario("sc", opt("a", data=1), opt("b", data=3), opt("c", data=0), opt("d", data=2), ask=("best", "worst")),
        profile_choice("clubs", "sport", "music", "drama", multiple=True),
        profile_number("years", minimum=0, maximum=50),
        scales=[done],
        sections=[section("short", "d1", "tool"), section("all", "d1", "d2", "tool", "sc", "clubs", "years")],
        **({} if bands else {"bands": (), "check": False}),  # type: ignore[arg-type]
    )


def _table(bank: Bank, data: bytes) -> Table:
    """The sheet as ``cs-quiz score`` reads a CSV file's bytes."""
    table = read_csv("s.csv", data, header_words(bank), sheet_columns(bank))
    assert isinstance(table, Table), table
    return table


def _rows(text: str) -> list[list[str]]:
    """The sheet's rows by their line numbers, the blank lines the reader skips back in as empty rows."""
    table = _table(_bank(), text.encode())
    read = [table.header, *table.rows]
    rows: list[list[str]] = [[] for _ in range(read[-1].number)]
    for row in read:
        rows[row.number - 1] = list(row.cells)
    return rows


def test_a_typed_sheet_becomes_each_persons_answers_in_the_papers_letters_and_values() -> None:
    b = _bank()
    header = template_header(b, "all")
    assert header == ["code", "class", "1 d1", "2 d2", "3 tool", "4 sc best", "4 sc worst", "5 clubs", "6 years"]
    rows = 'P01,9B,4,n,b,B,c,A C,"2,5"\nP02,,5,2,crm,d,a,"sport;drama",3\n,,,,,,,,\nP03,9B,,,,,,,\n'
    text = ",".join(header) + "\n" + rows
    sheet, problems = read_sheet(b, _rows(text))
    assert problems == [] and sheet is not None
    assert sheet.sections == ("all",)  # the smallest section holding every column: no --section needed
    first, second = sheet.people  # the blank row is skipped
    assert [(p.row, p.code) for p in sheet.absent] == [(5, "P03")]  # a code typed in advance, no answers
    assert (first.code, first.klass, second.klass) == ("P01", "9B", "")
    # Letters are the bank's option order (A = crm), "n" is the scale's "not yet", "2,5" has a decimal comma.
    assert first.answers == {
        "d1": 4,
        "d2": NOT_YET,
        "tool": "sheet",
        "sc": {"best": "b", "worst": "c"},
        "clubs": ["sport", "drama"],
        "years": 2.5,
    }
    assert second.answers["tool"] == "crm" and second.answers["clubs"] == ["sport", "drama"]
    assert second.answers["sc"] == {"best": "d", "worst": "a"}


def test_a_blank_cell_is_unanswered_and_glued_letters_are_a_multi_choice() -> None:
    b = _bank()
    sheet, problems = read_sheet(b, _rows("code,clubs,sc best,years\nA1,AC,,\nA2, ,b,0\n"))
    assert problems == [] and sheet is not None
    assert sheet.people[0].answers == {"clubs": ["sport", "drama"]}
    assert sheet.people[1].answers == {"sc": {"best": "b"}, "years": 0}


def test_letters_follow_the_papers_order_even_when_ids_are_letters_in_another_order() -> None:
    b = bank(single("q", opt("b", data=1), opt("a", data=0)))
    sheet, _ = read_sheet(b, _rows("code,q\nX,A\nY,b\n"))
    assert sheet is not None
    # A is the first option printed (its id is "b"): a lone letter is always the paper's letter.
    assert [p.answers["q"] for p in sheet.people] == ["b", "a"]


def test_every_mistake_is_named_at_its_row_and_column_and_the_whole_sheet_is_refused() -> None:
    b = _bank()
    text = (
        "code,class,1 d1,3 tool,4 sc best,4 sc worst,5 clubs,6 years\n"
        "P01,9B,4,F,A,B,A,3\n"  # F: tool has 4 choices
        "P02,9B,7,A,C,C,A Z,60\n"  # 7 off the scale; C both best and worst; Z not a club; 60 above 50
        "P01,9B,3,A,A,B,A,3\n"  # the code again
        ",9B,3,A,A,B,A,3\n"  # answers and no code
        "P05,9B,3,A,A,B,A,3,extra\n"  # a cell past the header
        "P06,9B,N,A,A,B,B B,ten\n"  # N on a scale without "not yet"; B twice; not a number
    )
    sheet, problems = read_sheet(b, _rows(text), ["all"])
    assert sheet is None
    said = [p.located("class.csv") for p in problems]
    assert said == [
        'class.csv:2:3 tool: "F" is not a choice of this question (choices A–D)',
        'class.csv:3:1 d1: "7" is not on the scale of this question (use 1, 2, 3, 4 or 5)',
        'class.csv:3:4 sc worst: "C" is both the best and the worst response; one is mistyped',
        'class.csv:3:5 clubs: "Z" is not a choice of this question (choices A–C)',
        'class.csv:3:6 years: "60" is above the maximum of 50 years',
        'class.csv:4:code: participant code "P01" is also on row 2',
        "class.csv:5:code: no participant code on a row with answers",
        "class.csv:6: this row has 9 cells but the header names 8 columns",
        'class.csv:7:1 d1: "N" is not on the scale of this question (use 1, 2, 3, 4 or 5)',
        'class.csv:7:5 clubs: "B" is written twice',
        'class.csv:7:6 years: "ten" is not a number',
    ]


def test_header_mistakes_are_named_by_column_before_any_row_is_read() -> None:
    b = _bank()
    sheet, problems = read_sheet(b, _rows("code,d1,dd2,sc,tool best,1 d1,9,,2 tool\nX,1,1,1,1,1,1,1,1\n"), ["all"])
    assert sheet is None
    assert [(p.row, p.column, p.message) for p in problems] == [
        (1, "dd2", "there is no question 'dd2' in bank 'test-bank' (did you mean 'd2'?)"),
        (
            1,
            "sc",
            "this scenario asks for the best and the worst response: make two columns, 'sc best' and 'sc worst'",
        ),
        (1, "tool best", "question tool is not a scenario: drop 'best' from the column name"),
        (1, "1 d1", 'the same answer as the column "d1"; keep one of them'),
        (1, "9", "there is no question 9 on this paper (questions 1 to 6)"),
        (1, "column 8", "this column has no name; name it or delete it"),
        (1, "2 tool", "question 2 on this paper is 'd2', not 'tool'"),
    ]
    _, problems = read_sheet(b, _rows("d1,tool\n1,A\n"))
    assert [p.message for p in problems] == [
        "no code column: the first column must be 'code', each person's participant code"
    ]


def test_question_numbers_need_the_section_and_then_mean_the_papers_numbers() -> None:
    b = _bank()
    sheet, problems = read_sheet(b, _rows("code,1,2\nX,4,B\n"))
    assert sheet is None
    assert [p.message for p in problems] == [
        "the columns name questions by their numbers on the paper: say which section's paper it is with --section "
        "(short, all)"
    ]
    sheet, problems = read_sheet(b, _rows("code,1,2\nX,4,B\n"), ["short"])
    assert problems == [] and sheet is not None
    assert sheet.people[0].answers == {"d1": 4, "tool": "sheet"}  # question 2 of "short" is tool
    _, problems = read_sheet(b, _rows("code,d2\nX,4\n"), ["short"])
    assert [p.message for p in problems] == ["question 'd2' is not on this section's paper"]


def test_a_sheet_saved_by_a_spanish_or_windows_spreadsheet_is_read() -> None:
    data = "código;clase;1 d1;3 tool\nÑandú;3ºB;4;A\n".encode("cp1252")
    sheet, problems = read_sheet_table(_bank(), _table(_bank(), data))
    assert problems == [] and sheet is not None
    assert (sheet.people[0].code, sheet.people[0].klass) == ("Ñandú", "3ºB")
    unicode_text = "code\t1 d1\nP1\t4\n".encode("utf-16")  # Excel's "Unicode text"
    sheet, problems = read_sheet_table(_bank(), _table(_bank(), unicode_text))
    assert problems == [] and sheet is not None and sheet.people[0].answers == {"d1": 4}
    assert read_sheet(_bank(), [])[1][0].message.startswith("the sheet is empty")


def test_a_reflection_is_typed_as_written_and_one_too_long_is_named() -> None:
    words = Question("r1", QuestionType.REFLECTION, "Why?", Pos("b.yaml", 1, 3), max_length=30)
    b = bank(likert("d1", "data"), words, check=False)
    sheet, problems = read_sheet(b, _rows('code,d1,r1\nA,3,"Be  calmer.\nListen more."\n'))
    assert problems == [] and sheet is not None
    assert sheet.people[0].answers["r1"] == "Be  calmer.\nListen more."
    _, problems = read_sheet(b, _rows("code,r1\nA," + "x" * 31 + "\n"))
    assert [p.located("s.csv") for p in problems] == [
        "s.csv:2:r1: Question 'r1': the text has 31 characters; this question takes at most 30."
    ]


def test_a_code_longer_than_the_store_keeps_is_refused() -> None:
    _, problems = read_sheet(_bank(), _rows("code,d1\n" + "x" * 41 + ",3\n"), code_limit=40)
    assert [p.message for p in problems] == ["41 characters long; a code has at most 40"]


def test_the_scores_table_guards_text_cells_and_leaves_out_readiness_for_a_bank_without_bands() -> None:
    def guard(t: str) -> str:
        return "'" + t if t[:1] in "=+-@" else t

    def one(v: float | None) -> str:
        return "" if v is None else f"{v:.1f}"

    for b, readiness in ((_bank(), True), (_bank(bands=False), False)):
        sheet, _ = read_sheet(b, _rows("code,class,1 d1,3 tool\n=HYPERLINK(1),+9B,5,A\n"))
        assert sheet is not None
        evaluations = [evaluate(b, p.answers, sheet.sections)[0] for p in sheet.people]
        header, row = result_table(b, sheet, evaluations, text=guard, number=one)
        assert ("readiness" in header, "band" in header) == (readiness, readiness)
        assert row[:4] == ["'=HYPERLINK(1)", "'+9B", "2", "2"]  # 2 answered of the 2 in section "short"
        assert header[-2:] == ["Data (%)", "Data (raw)"]
        assert row[-2:] == ["100.0", "6.0"]  # two answers, both the most the items give


# ---- the command line ---------------------------------------------------------------------------------------------


def cs_quiz(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([EXE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def _class_sheet(folder: Path, mistakes: bool) -> Path:
    """Five people's Quick check typed under the header `cs-quiz paper --template` writes."""
    from cs_quiz.bank.load import load_bundled

    english = next(b for b in load_bundled().banks if b.meta.id == "csd-readiness" and b.meta.language == "en")
    header = template_header(english, "quick")
    rows = [header]
    for i in range(5):
        row = [f"S0{i + 1}", "10A"]
        for column in header[2:]:
            n = int(column.split()[0])
            row.append(str(1 + (i + n) % 5) if n <= 38 else {39: "B", 40: "2", 41: "0", 42: "A"}[n])
        rows.append(row)
    if mistakes:
        rows[2][2 + 11] = "6"  # S02, question 12, on a 1-5 scale
        rows[4][2 + 38] = "H"  # S04, question 39: choices A-G
    sheet = folder / "class.csv"
    text = io.StringIO()
    csv.writer(text).writerows(rows)
    sheet.write_text(text.getvalue(), encoding="utf-8")
    return sheet


def test_a_class_sheet_with_mistakes_is_refused_whole_then_scored_and_imported_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _class_sheet(tmp_path, mistakes=True)
    args = ("score", "csd-readiness", "class.csv", "--csv", "scores.csv", "--import", "--cohort", "10A autumn")
    out = cs_quiz(*args, "--data-dir", str(data), cwd=tmp_path)
    assert out.returncode == 1
    assert out.stderr.splitlines() == [
        'class.csv:3:12 budget-4: "6" is not on the scale of this question (use 1, 2, 3, 4 or 5)',
        'class.csv:5:39 education: "H" is not a choice of this question (choices A–G)',
        "2 problem(s) in class.csv; nobody was scored and nothing was written.",
    ]
    assert not (tmp_path / "scores.csv").exists() and not data.exists()

    _class_sheet(tmp_path, mistakes=False)
    out = cs_quiz(*args, "--data-dir", str(data), cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert "Imported 5 people into cohort '10A autumn'" in out.stdout
    with (tmp_path / "scores.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert [r["code"] for r in table] == ["S01", "S02", "S03", "S04", "S05"]
    assert all(r["class"] == "10A" and r["answered"] == "42" and r["band"] for r in table)

    again = cs_quiz(*args, "--data-dir", str(data), cwd=tmp_path)  # the same sheet twice: nobody is doubled
    assert again.returncode == 0 and "Imported 0 people" in again.stdout and "5 on the sheet" in again.stdout
    stats = cs_quiz("stats", "--cohort", "10a AUTUMN", "--json", "--data-dir", str(data), cwd=tmp_path)
    figures = json.loads(stats.stdout)["group"]
    assert (figures["started"], figures["finished"]) == (5, 5), figures

    sheet = tmp_path / "class.csv"  # S03's first answer changed under the same code: refused, nothing added
    rows = list(csv.reader(sheet.open(encoding="utf-8", newline="")))
    rows[3][2] = "5" if rows[3][2] != "5" else "4"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    clash = cs_quiz(*args, "--data-dir", str(data), cwd=tmp_path)
    assert clash.returncode == 1
    assert "class.csv:4:code: participant code 'S03' already has a result in cohort '10A autumn'" in clash.stderr
    stats = cs_quiz("stats", "--cohort", "10A autumn", "--json", "--data-dir", str(data), cwd=tmp_path)
    assert json.loads(stats.stdout)["group"]["finished"] == 5


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--import"], "--import and --cohort LABEL go together"),
        (["--json"], "an answer sheet takes --csv, --import and --cohort, not --json"),
        (["--cohort", "x" * 61, "--import"], "the cohort label is 61 characters long"),
        (["--csv", "class.csv"], "would write the scores over the sheet itself"),
    ],
)
def test_sheet_usage_mistakes_exit_2(tmp_path: Path, extra: list[str], said: str) -> None:
    _class_sheet(tmp_path, mistakes=False)
    out = cs_quiz("score", "csd-readiness", "class.csv", *extra, "--data-dir", str(tmp_path / "d"), cwd=tmp_path)
    assert out.returncode == 2 and said in out.stderr and "Traceback" not in out.stderr


def test_without_an_output_the_scores_are_printed_and_yaml_answers_still_score(tmp_path: Path) -> None:
    _class_sheet(tmp_path, mistakes=False)
    out = cs_quiz("score", "csd-readiness", "class.csv", cwd=tmp_path)
    assert out.returncode == 0
    assert out.stdout.splitlines()[0].startswith("code,class,answered,questions,readiness,band_id,band,flags,")
    assert len(out.stdout.splitlines()) == 6
    spanish = cs_quiz("score", "csd-readiness", "class.csv", "--decimal-comma", cwd=tmp_path).stdout.splitlines()
    assert spanish[0].startswith("code;class;answered;questions;readiness;")
    assert re.match(r"S01;10A;42;42;\d+,\d;", spanish[1]), spanish[1]
    (tmp_path / "a.yaml").write_text("communication-2: 4\n", encoding="utf-8")
    assert cs_quiz("score", "csd-readiness", "a.yaml", "--csv", "x.csv", cwd=tmp_path).returncode == 2
    assert cs_quiz("score", "csd-readiness", "a.yaml", cwd=tmp_path).returncode == 0


def test_a_pipe_or_a_device_named_like_a_sheet_is_refused_before_it_is_read(tmp_path: Path) -> None:
    pipe = tmp_path / "sheet.csv"
    os.mkfifo(pipe)  # reading it would wait for ever
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")  # reading it would never end
    for sheet in (pipe, zero):
        done = cs_quiz("score", "csd-readiness", str(sheet), cwd=tmp_path)
        assert done.returncode == 1
        assert f"{sheet.name}:1:1: this is not a regular file" in done.stderr


def test_a_workbook_sheet_is_scored_like_its_csv(tmp_path: Path) -> None:
    """Teachers type into Excel: the .xlsx itself is scored, numbers typed as numbers (a code of 101, an answer of
    4), a blank column Excel keeps at the right ignored; a row number in a problem is the workbook's own."""
    from openpyxl import Workbook

    _class_sheet(tmp_path, mistakes=False)
    with (tmp_path / "class.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([])  # a title row left blank above the header
    for row in rows:
        sheet.append([int(c) if c.isdigit() else c for c in row] + [None])
    book.save(tmp_path / "class.xlsx")
    from_csv = cs_quiz("score", "csd-readiness", "class.csv", cwd=tmp_path)
    from_xlsx = cs_quiz("score", "csd-readiness", "class.xlsx", cwd=tmp_path)
    assert from_xlsx.returncode == 0, from_xlsx.stderr
    assert from_xlsx.stdout == from_csv.stdout and from_xlsx.stdout.count("\n") == 6

    sheet.cell(row=4, column=3 + 11, value=6)  # the second person (row 4 under the blank row), question 12
    book.save(tmp_path / "class.xlsx")
    wrong = cs_quiz("score", "csd-readiness", "class.xlsx", cwd=tmp_path)
    assert wrong.returncode == 1
    assert (
        wrong.stderr.splitlines()[0]
        == 'class.xlsx:4:12 budget-4: "6" is not on the scale of this question (use 1, 2, 3, 4 or 5)'
    )


def test_files_that_are_not_sheets_are_refused_in_words(tmp_path: Path) -> None:
    (tmp_path / "program.csv").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)))
    (tmp_path / "workbook.csv").write_bytes(b"PK\x03\x04not really")
    for name, said in (
        ("program.csv", "program.csv:1:1: this is a binary file, not CSV text"),
        ("workbook.csv", "workbook.csv:1:1: this is an Excel workbook, not CSV text; name it .xlsx"),
    ):
        out = cs_quiz("score", "csd-readiness", name, cwd=tmp_path)
        assert out.returncode == 1 and out.stderr.splitlines()[0] == said, out.stderr
