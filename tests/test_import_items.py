"""``cs-quiz import-items``: a teacher's spreadsheet into a bank, as the teacher meets it.

Sheets are made here the way Excel and LibreOffice save them (semicolon CSV with a BOM, Windows-1252 text, a
workbook with a blank row and an empty trailing column); the bank they go into is a hand-written file with comments
that must come out byte for byte, but for the added lines.
"""

from __future__ import annotations

import argparse
import difflib
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_quiz.bank.load import load_bank
from cs_quiz.bank.sheet_yaml import scalar
from cs_quiz.bank.yamlsafe import parse_text
from cs_quiz.cli.main import main
from cs_quiz.cli.sheets import add_commands

FIX = Path(__file__).parent / "fixtures" / "sheets"
CLASS_BANK = FIX / "class-bank.yaml"

HEADER = ["ID", "Competency", "Text", "Reverse", "Weight", "Section"]
# Twelve statements as a teacher types them: accents, a curly apostrophe, a colon, a '#', decimal commas.
TWELVE = [
    ["empathy-3", "empathy", "I notice when a customer is confused before they say so.", "", "", "quick, full"],
    ["empathy-4", "empathy", "I find it hard to care about a customer’s small problems.", "yes", "", "full"],
    ["empathy-5", "empathy", "I put myself in the customer's place: what would I want?", "", "1,5", "full"],
    ["empathy-6", "empathy", "I can calm a café customer who got the wrong order.", "", "", "full"],
    ["communication-2", "communication", "I check that the customer understood me.", "", "", "quick, full"],
    ["communication-3", "communication", "I use words like #1 priority only when I mean them.", "", "", "full"],
    ["communication-4", "communication", "People often ask me to explain again.", "1", "", "full"],
    ["communication-5", "communication", "I write emails without spelling mistakes.", "", "0,5", "full"],
    ["teamwork-2", "teamwork", "I share what I learn with my team.", "", "", "quick, full"],
    ["teamwork-3", "teamwork", "I would rather work alone than in a team.", "TRUE", "", "full"],
    ["teamwork-4", "teamwork", "I help a colleague even when it is not my job.", "no", "2", "full"],
    ["teamwork-5", "teamwork", "  I thank people who help me.  ", "", "", "full"],
]


def cli(*args: str) -> int:
    """The command as `cs-quiz import-items ...` runs it (the main parser, when it has the command)."""
    parser = argparse.ArgumentParser(prog="cs-quiz")
    add_commands(parser.add_subparsers())
    ns = parser.parse_args(list(args))
    return int(ns.handler(ns))


def csv_text(rows: list[list[str]], delimiter: str = ";") -> str:
    def cell(value: str) -> str:
        needs = any(c in value for c in (delimiter, '"', "\n")) or value != value.strip()
        return '"' + value.replace('"', '""') + '"' if needs else value

    return "".join(delimiter.join(cell(v) for v in row) + "\r\n" for row in rows)


def only_insertions(old: str, new: str) -> list[str]:
    """The pieces of text ``new`` adds to ``old``; fails if any character of ``old`` was changed or removed."""
    added = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        assert tag in ("equal", "insert"), f"{tag}: {old[i1:i2]!r} -> {new[j1:j2]!r}"
        if tag == "insert":
            added.append(new[j1:j2])
    return added


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    copy = tmp_path / "class-10b.yaml"
    copy.write_bytes(CLASS_BANK.read_bytes())
    return copy


@pytest.mark.parametrize(
    ("encoding", "bom"), [("utf-8", b"\xef\xbb\xbf"), ("cp1252", b"")], ids=["csv-utf8-bom", "csv-windows-1252"]
)
def test_twelve_statements_from_european_excel_join_the_bank_and_nothing_else_changes(
    tmp_path: Path, bank: Path, encoding: str, bom: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_bytes(bom + csv_text([HEADER, *TWELVE]).encode(encoding))
    old = bank.read_text(encoding="utf-8")

    assert cli("import-items", str(sheet), "--into", str(bank)) == 0

    out = capsys.readouterr()
    assert out.out.strip() == (f"Added 12 statements to {bank} (sections: quick, full); the old file is {bank}.bak")
    assert ("Windows-1252" in out.err) == (encoding == "cp1252")  # said when the sheet was not UTF-8
    new = bank.read_text(encoding="utf-8")
    added = "".join(only_insertions(old, new))
    assert added.count("\n") == 12 * 5 + 6 + 12  # 5 lines a statement, 6 more fields, 12 in the block list 'full'
    assert added.count("- id: ") == 12
    assert (tmp_path / "class-10b.yaml.bak").read_text(encoding="utf-8") == old
    assert "[empathy-1, communication-1, teamwork-1, empathy-3, communication-2, teamwork-2]" in new

    loaded = load_bank(bank)
    assert loaded.ok, loaded.errors
    b = loaded.bank
    assert b is not None
    assert b.questions["empathy-4"].text == "I find it hard to care about a customer’s small problems."
    assert b.questions["empathy-6"].text == "I can calm a café customer who got the wrong order."
    assert b.questions["empathy-5"].text == "I put myself in the customer's place: what would I want?"
    assert b.questions["teamwork-5"].text == "I thank people who help me."  # trimmed
    assert [q for q in b.questions if b.questions[q].reverse] == ["empathy-4", "communication-4", "teamwork-3"]
    assert (b.questions["empathy-5"].weight, b.questions["communication-5"].weight) == (1.5, 0.5)
    assert b.questions["teamwork-4"].weight == 2
    assert {b.questions[q].scale for q in ("empathy-3", "teamwork-5")} == {"agree5"}  # the bank's first scale
    assert b.sections["quick"].questions[-3:] == ("empathy-3", "communication-2", "teamwork-2")
    assert len(b.sections["full"].questions) == 4 + 12

    capsys.readouterr()
    assert main(["validate", str(bank)]) == 0
    assert "ok - class-10b" in capsys.readouterr().out


def make_workbook(
    path: Path, rows: list[list[object]], sheet: str = "Items", more_sheets: tuple[str, ...] = ()
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for row in range(1, len(rows) + 1):  # LibreOffice keeps a formatted, empty column after the last one
        ws.cell(row=row, column=8).font = Font(bold=True)
    for name in more_sheets:
        book.create_sheet(name).append(["notes"])
    book.save(path)


def libreoffice_rows() -> list[list[object]]:
    """Numbers, booleans and blanks as a spreadsheet types them, a blank row and an unnamed empty column G."""
    rows: list[list[object]] = [["id", "competency", "text", "reverse", "weight", "section", None]]
    for ident, comp, text, reverse, weight, section in TWELVE[:6]:
        rows.append(
            [
                ident,
                comp,
                text,
                reverse == "yes" or None,
                float(weight.replace(",", ".")) if weight else None,
                section,
                None,
            ]
        )
    rows.append([None] * 7)
    for ident, comp, text, _reverse, weight, section in TWELVE[6:]:
        rows.append([ident, comp, text, False, int(float(weight.replace(",", "."))) if weight else 1, section, None])
    return rows


def test_a_libreoffice_workbook_with_a_blank_row_and_an_empty_column(tmp_path: Path, bank: Path) -> None:
    sheet = tmp_path / "items.xlsx"
    make_workbook(sheet, libreoffice_rows(), more_sheets=("Notes",))
    assert cli("import-items", str(sheet), "--into", str(bank)) == 0
    b = load_bank(bank).bank
    assert b is not None
    assert len(b.questions) == 4 + 12
    assert b.questions["empathy-4"].reverse and not b.questions["teamwork-3"].reverse
    assert b.questions["empathy-5"].weight == 1.5


def test_a_workbook_with_a_named_list_for_its_drop_downs(tmp_path: Path, bank: Path) -> None:
    """Teachers name a range for a drop-down list; a name scoped to the sheet broke openpyxl 3.1.1's read-only
    mode (#1963), hence openpyxl>=3.1.2 in pyproject.toml."""
    from openpyxl import load_workbook
    from openpyxl.workbook.defined_name import DefinedName

    sheet = tmp_path / "items.xlsx"
    make_workbook(sheet, libreoffice_rows())
    book = load_workbook(sheet)
    book["Items"].defined_names["Competencies"] = DefinedName("Competencies", attr_text="Items!$B$2:$B$14")
    book.save(sheet)
    with zipfile.ZipFile(sheet) as z:
        assert b'localSheetId="0"' in z.read("xl/workbook.xml")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 0


def test_a_typo_in_a_competency_points_at_sheet_row_and_column_and_writes_nothing(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = libreoffice_rows()
    rows[5][1] = "empaty"  # row 6 of the sheet
    rows[9][1] = "Teamwork"  # a slip of case, after the blank row 8: sheet row 10
    rows[10][5] = "ful"
    sheet = tmp_path / "items.xlsx"
    make_workbook(sheet, rows)
    before = bank.read_bytes()

    assert cli("import-items", str(sheet), "--into", str(bank)) == 1

    err = capsys.readouterr().err.splitlines()
    assert (
        f"{sheet}:Items:row 6:column B (competency): 'empaty' is not a competency of the bank; "
        "did you mean 'empathy'?" in err
    )
    assert (
        f"{sheet}:Items:row 10:column B (competency): 'Teamwork' is not a competency of the bank; "
        "did you mean 'teamwork'?" in err
    )
    assert f"{sheet}:Items:row 11:column F (section): 'ful' is not a section of the bank; did you mean 'full'?" in err
    assert (
        f"{bank}:26:1: the sheet names competencies this bank does not have: 'empaty' (row 6), 'Teamwork' (row 10); "
        "its competencies are: empathy, communication, teamwork"
    ) in err
    assert (
        f"{bank}:65:1: the sheet names sections this bank does not have: 'ful' (row 11); its sections are: quick, full"
        in err
    )
    assert err[-1] == f"5 problem(s); nothing was written to {bank}."
    assert bank.read_bytes() == before
    assert not (tmp_path / "class-10b.yaml.bak").exists()


def test_csv_problems_name_line_and_column_every_one_at_once(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["id", "competency", "text", "reverse", "weight", "section"],
        ["empathy-7", "empathy", "I listen.", "", "", "full"],
        ["", "", "", "", "", ""],  # empty rows are skipped, line numbers stay true
        ["empathy 8", "empathy", "I listen well.", "maybe", "heavy", "full"],
        ["empathy-7", "empathy", "Again.", "", "", "full"],
        ["empathy-1", "empathy", "Already in the bank.", "", "", "full"],
        ["empathy-9", "data", "   ", "", "-1", ""],
    ]
    sheet = tmp_path / "items.csv"
    sheet.write_text(csv_text(rows, ","), encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    err = capsys.readouterr().err
    expected = [
        f"{sheet}:4:1: column A (id): 'empathy 8' is not a valid id: use letters, digits, '-', '_' and '.', "
        "starting with a letter or digit, at most 64 characters (try 'empathy-8')",
        f"{sheet}:4:4: column D (reverse): 'maybe' is not yes or no: write yes, no, true, false, 1 or 0 (empty is no)",
        f"{sheet}:4:5: column E (weight): 'heavy' is not a weight: write a number such as 1, 2 or 0.5 (empty is 1)",
        f"{sheet}:5:1: column A (id): rows 2 and 5 both have the id 'empathy-7'; ids must be unique",
        f"{sheet}:6:1: column A (id): 'empathy-1' is already a question in {bank} (line 38); give it another id, "
        "or use --replace to update that question from the sheet",
        f"{sheet}:7:3: column C (text): the statement's text is empty",
        f"{sheet}:7:5: column E (weight): '-1' is not a weight: write a number such as 1, 2 or 0.5 (empty is 1)",
    ]
    assert err.splitlines()[: len(expected)] == expected


def test_missing_and_misspelt_columns_are_named(tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("Id,Statement,Revers,Notes\nempathy-7,I listen.,yes,from the workshop\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    err = capsys.readouterr().err
    assert (
        f"{sheet}:1:3: column C (Revers): 'Revers' is not a column this command reads; did you mean 'reverse'?" in err
    )
    assert (
        f"{sheet}:1:1: the first row must name the columns: competency, text are missing (it has 'Id', 'Statement', "
        "'Revers', 'Notes'); the columns are id, competency, text, reverse, weight, section, and id, competency and "
        "text are needed"
    ) in err
    assert (
        f"note: {sheet}:1:4: column D (Notes): not read (the columns read are id, competency, text, reverse, "
        "weight, section)" in err
    )  # a note, not a problem


def test_a_statement_in_no_section_is_refused_for_an_existing_bank(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\nempathy-7,empathy,I listen.,\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    assert (
        "2:4: column D (section): the section is empty; every statement must be in a section, or nobody is "
        "asked it (the bank's sections: quick, full)" in capsys.readouterr().err
    )
    sheet.write_text("id,competency,text\nempathy-7,empathy,I listen.\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    assert "the sheet has no 'section' column" in capsys.readouterr().err


def test_replace_updates_likert_statements_in_place_and_keeps_their_help(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text(
        "id,competency,text,reverse,section\n"
        "empathy-2,empathy,When a customer is angry I stay kind.,no,quick\n"
        "empathy-7,empathy,I listen.,,full\n",
        encoding="utf-8",
    )
    old = bank.read_text(encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    assert "'empathy-2' is already a question" in capsys.readouterr().err

    assert cli("import-items", str(sheet), "--into", str(bank), "--replace") == 0
    assert capsys.readouterr().out.startswith(
        f"Added 1 statement to {bank} and updated 1 already there (sections: quick, full)"
    )
    b = load_bank(bank).bank
    assert b is not None
    q = b.questions["empathy-2"]
    assert (q.text, q.scale, q.help) == (
        "When a customer is angry I stay kind.",
        "freq5",
        "Think of the last time it happened.",
    )
    assert list(b.questions).index("empathy-2") == 1  # where it was
    assert "empathy-2" in b.sections["quick"].questions
    new = bank.read_text(encoding="utf-8")
    assert "  # --- Communication ---\n" in new and "# Sections: the quick one is written on one line.\n" in new
    assert "went wrong for them" not in new
    assert new.count("\n") == old.count("\n") - 2 + 5 + 1  # the folded text's 3 lines are 1, +1 new, +1 in 'full'


def test_replace_refuses_a_question_that_is_not_a_likert_statement(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bank = tmp_path / "small.yaml"
    bank.write_bytes((Path(__file__).parent / "fixtures" / "banks" / "small.yaml").read_bytes())
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\ntools,data,I use tools.,quick\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank), "--replace") == 1
    assert "'tools' is a multi question in" in capsys.readouterr().err


def test_dry_run_prints_the_yaml_and_writes_nothing(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\nempathy-7,empathy,I listen: always.,quick\n", encoding="utf-8")
    before = bank.read_bytes()
    assert cli("import-items", str(sheet), "--into", str(bank), "--dry-run") == 0
    out = capsys.readouterr().out
    assert out == (
        f"# {bank}, before line 63: added to questions\n"
        "  - id: empathy-7\n"
        "    type: likert\n"
        '    text: "I listen: always."\n'
        "    competency: empathy\n"
        "    scale: agree5\n"
        f"# {bank}, in line 68: added to section 'quick'\n"
        "empathy-7\n"
        f"Dry run, nothing was written. Added 1 statement to {bank} (section: quick)\n"
    )
    assert bank.read_bytes() == before and not (tmp_path / "class-10b.yaml.bak").exists()


def test_a_new_bank_is_made_whole_and_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "items.csv"
    rows = [HEADER, *TWELVE, ["empathy-9", "empaty", "I listen.", "", "", ""]]
    sheet.write_bytes(b"\xef\xbb\xbf" + csv_text(rows).encode("utf-8"))
    target = tmp_path / "My class bank.yaml"
    assert cli("import-items", str(sheet), "--into", str(target)) == 0
    out = capsys.readouterr()
    assert (
        out.out.strip()
        == f"Made the new bank {target} with 13 statements on 4 competencies (sections: all, quick, full)"
    )
    assert "competency 'empaty' is on row 14 only; did you mean 'empathy'?" in out.err
    b = load_bank(target).bank
    assert b is not None
    assert (b.meta.id, b.meta.title) == ("My-class-bank", "My class bank")
    assert list(b.competencies) == ["empathy", "communication", "teamwork", "empaty"]
    assert b.competencies["teamwork"].name == "teamwork"
    assert b.sections["all"].questions == tuple(r[0] for r in rows[1:])
    assert b.sections["quick"].questions == ("empathy-3", "communication-2", "teamwork-2")
    assert [s.value for s in b.scales["agree5"].points] == [1, 2, 3, 4, 5]
    assert not (tmp_path / "My class bank.yaml.bak").exists()
    assert main(["validate", str(target)]) == 0


def test_a_crlf_bank_with_a_bom_stays_crlf_with_its_bom(tmp_path: Path) -> None:
    bank = tmp_path / "crlf.yaml"
    old = b"\xef\xbb\xbf" + CLASS_BANK.read_bytes().replace(b"\n", b"\r\n")
    bank.write_bytes(old)
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\nempathy-7,empathy,I listen.,full\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank), "--no-backup") == 0
    new = bank.read_bytes()
    assert new.startswith(b"\xef\xbb\xbf") and b"\n" not in new.replace(b"\r\n", b"")
    only_insertions(old.decode("utf-8"), new.decode("utf-8"))
    assert load_bank(bank).ok and not (tmp_path / "crlf.yaml.bak").exists()


def test_usage_mistakes_exit_2(tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "items.xlsx"
    make_workbook(sheet, libreoffice_rows(), more_sheets=("Notes",))
    assert cli("import-items", str(sheet), "--into", str(bank), "--sheet", "Item") == 2
    assert "has no sheet 'Item'; did you mean 'Items'? (its sheets: Items, Notes)" in capsys.readouterr().err
    assert cli("import-items", str(sheet), "--into", str(bank), "--scale", "agree") == 2
    assert "has no scale 'agree'; did you mean 'agree5'? (its scales: agree5, freq5)" in capsys.readouterr().err
    assert cli("import-items", str(tmp_path / "items.ods"), "--into", str(bank)) == 2
    assert "the sheet must be a .csv or .xlsx file" in capsys.readouterr().err
    assert cli("import-items", str(sheet), "--into", str(tmp_path / "new.yaml"), "--scale", "freq5") == 2


def test_scale_option_picks_another_scale_of_the_bank(tmp_path: Path, bank: Path) -> None:
    sheet = tmp_path / "items.xlsx"
    make_workbook(sheet, libreoffice_rows())
    assert cli("import-items", str(sheet), "--into", str(bank), "--scale", "freq5", "--sheet", "Items") == 0
    b = load_bank(bank).bank
    assert b is not None and b.questions["teamwork-5"].scale == "freq5"


def test_a_broken_bank_is_not_touched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bank = tmp_path / "broken.yaml"
    bank.write_text(CLASS_BANK.read_text(encoding="utf-8").replace("scale: freq5", "scale: freq6"), encoding="utf-8")
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\nempathy-7,empathy,I listen.,full\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    err = capsys.readouterr().err
    assert "no scale has the id 'freq6'" in err and "has problems of its own; fix them first" in err


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("items.csv", b"id,competency,text\nx,y,caf\x81\n", "is neither UTF-8 nor Windows-1252 text"),
        ("items.csv", b"PK\x03\x04rest", "this is an Excel workbook, not CSV text; name it .xlsx"),
        ("items.csv", b"\xd0\xcf\x11\xe0rest", "old Excel 97-2003 file"),
        ("items.csv", b'id,competency,text\n"x,y,z\n', "cannot be read as CSV"),
        ("items.xlsx", b"this is not a zip", "this is not an Excel workbook (.xlsx), or it is damaged"),
        ("items.csv", b"", "the sheet is empty"),
        (
            "items.csv",
            b'id,competency,text\nx,y,"' + b"a" * 200_000 + b'"\n',
            "a cell is longer than 131,072 characters",
        ),
    ],
)
def test_hostile_or_wrong_files_give_one_message_naming_the_file(
    tmp_path: Path, bank: Path, name: str, data: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / name
    sheet.write_bytes(data)
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    err = capsys.readouterr().err
    assert err.startswith(str(sheet)) and message in err and "Traceback" not in err


def test_a_workbook_that_is_a_zip_bomb_or_damaged_inside_is_refused(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/sharedStrings.xml", b"\0" * (201 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    assert cli("import-items", str(bomb), "--into", str(bank)) == 1
    assert "the workbook unpacks to 201 MB; at most 200 MB is read" in capsys.readouterr().err
    damaged = tmp_path / "damaged.xlsx"
    make_workbook(damaged, libreoffice_rows())
    with zipfile.ZipFile(damaged) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = b"<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>99"
    with zipfile.ZipFile(damaged, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    assert cli("import-items", str(damaged), "--into", str(bank)) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{damaged}:") and "cannot be read" in err and "Traceback" not in err


def test_more_than_5000_rows_are_refused(tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\n" + "".join(f"e{i},empathy,S {i}.,full\n" for i in range(5000)))
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    assert f"{sheet}:5001:1: the sheet has more than 5000 rows" in capsys.readouterr().err


def test_a_utf16_tab_separated_unicode_text_export_is_read(tmp_path: Path, bank: Path) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_bytes(csv_text([HEADER, *TWELVE[:3]], "\t").encode("utf-16"))
    assert cli("import-items", str(sheet), "--into", str(bank)) == 0


def test_openpyxl_is_imported_only_for_a_workbook(tmp_path: Path) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text\ne1,empathy,I listen.\n", encoding="utf-8")
    code = (
        "import sys; from cs_quiz.bank.sheet import plan_import; "
        f"plan_import({str(sheet)!r}, {str(tmp_path / 'b.yaml')!r}); "
        "assert 'openpyxl' not in sys.modules, 'openpyxl imported for a CSV'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s))
def test_any_cell_text_reads_back_as_itself(text: str) -> None:
    for document, unwrap in (
        (f"k: {scalar(text)}\n", lambda v: v["k"]),
        (f"[{scalar(text, flow=True)}]\n", lambda v: v[0]),
    ):
        value, problems = parse_text(document)
        assert not problems and unwrap(value) == text, document


COMPACT = """\
format: 1
bank: {id: compact, title: Compact, version: "1", language: en, description: One line each., estimated_minutes: 2}
scales: [{id: agree5, name: Agreement, values: [{value: 1, label: No}, {value: 5, label: Yes}]}]
competencies: [{id: empathy, name: Empathy}]
questions:
  - {id: e1, type: likert, text: I listen., competency: empathy, scale: agree5}  # written on one line
  - {id: e2, type: likert, text: I care., competency: empathy, scale: agree5}
sections: [{id: all, title: All, questions: [e1, e2]}]
bands: [{id: low, name: Low, min: 0, max: 49, meaning: Low.}, {id: high, name: High, min: 50, max: 100, meaning: High.}]
"""


@pytest.mark.parametrize("flow_list", [False, True], ids=["items-on-one-line", "a-list-on-one-line"])
def test_a_bank_written_in_one_line_mappings_gets_them_too(tmp_path: Path, flow_list: bool) -> None:
    text = COMPACT
    if flow_list:
        text = (
            text.replace("questions:\n  - {id: e1", "questions: [{id: e1")
            .replace("  # written on one line\n  - {id: e2", ",\n  {id: e2")
            .replace("scale: agree5}\nsections", "scale: agree5}]\nsections")
        )
    bank = tmp_path / "compact.yaml"
    bank.write_text(text, encoding="utf-8")
    assert load_bank(bank).ok
    sheet = tmp_path / "items.csv"
    sheet.write_text(
        'id,competency,text,reverse,section\ne2,empathy,I care a lot.,yes,\ne3,empathy,"I help, gladly.",,all\n'
    )
    assert cli("import-items", str(sheet), "--into", str(bank), "--replace") == 0
    new = bank.read_text(encoding="utf-8")
    e3 = '{id: e3, type: likert, text: "I help, gladly.", competency: empathy, scale: agree5}'
    e2 = "{id: e2, type: likert, text: I care a lot., competency: empathy, scale: agree5, reverse: true}"
    assert (f"  - {e2}\n  - {e3}\n" if not flow_list else f"  {e2}, {e3}]\n") in new
    assert "questions: [e1, e2, e3]}]" in new
    assert "# written on one line" in new or flow_list
    b = load_bank(bank).bank
    assert b is not None and b.questions["e2"].reverse and list(b.questions) == ["e1", "e2", "e3"]


def test_a_sheet_with_a_header_only_or_a_broken_quote(
    tmp_path: Path, bank: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("id;competency;text;section\n\n", encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    assert f"{sheet}:1:1: the sheet has a header but no statements" in capsys.readouterr().err
    sheet.write_text('id,competency,text,section\ne7,empathy,"I listen" a lot,full\n', encoding="utf-8")
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    assert 'a quote inside it is written twice, ""so""' in capsys.readouterr().err


def test_the_validators_own_problems_are_pointed_at_the_sheet(
    tmp_path: Path, bank: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Whatever the checks here miss, the project's validator finds in the would-be bank, and says it at the row."""
    from cs_quiz.bank import sheet_items

    fields = sheet_items.Item.fields
    monkeypatch.setattr(
        sheet_items.Item,
        "fields",
        lambda self, scale, keep=(): [(k, "nobody" if k == "competency" else v) for k, v in fields(self, scale, keep)],
    )
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\n\ne7,empathy,I listen.,full\n", encoding="utf-8")
    before = bank.read_bytes()
    assert cli("import-items", str(sheet), "--into", str(bank)) == 1
    err = capsys.readouterr().err
    assert f"{sheet}:3:2: column B (competency): no competency has the id 'nobody'" in err
    assert bank.read_bytes() == before


def test_an_edit_that_would_change_anything_else_is_refused(
    tmp_path: Path, bank: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last guard: the new file must mean the old bank plus the statements, even when it is a valid bank."""
    from cs_quiz.bank import sheet, sheet_yaml

    monkeypatch.setattr(
        sheet, "apply", lambda text, edits: sheet_yaml.apply(text, edits).replace("Quick check", "Quick")
    )
    csv_file = tmp_path / "items.csv"
    csv_file.write_text("id,competency,text,section\ne7,empathy,I listen.,full\n", encoding="utf-8")
    before = bank.read_bytes()
    assert cli("import-items", str(csv_file), "--into", str(bank)) == 1
    assert "cannot be added without changing other parts of this file" in capsys.readouterr().err
    assert bank.read_bytes() == before


def test_a_cell_past_the_last_column_read_is_a_problem_not_dropped_unsaid(tmp_path: Path) -> None:
    from cs_quiz.bank.sheet_rows import MAX_COLUMNS, read_table

    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text\n" + "o1,order,I plan ahead." + "," * MAX_COLUMNS + "note\n", encoding="utf-8")
    problems = read_table(str(sheet))
    assert isinstance(problems, list)
    assert [str(p) for p in problems] == [
        f"{sheet}:2:1: something is written past column AX; at most {MAX_COLUMNS} columns are read"
    ]
