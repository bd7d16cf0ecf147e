"""The paper form (``cs-quiz paper``), read back with pypdf as the teacher who prints it would read it: the questions
numbered with their choices, no key, and a one-page answer sheet whose numbers and letters match the spreadsheet
``cs-quiz score`` reads (docs/paper.md)."""

from __future__ import annotations

import argparse
import ast
import csv
import io
import os
import re
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest

from factories import bank, likert, opt, single

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTranslator  # noqa: E402

from cs_quiz.bank.load import load_bundled  # noqa: E402
from cs_quiz.bank.model import Bank, Pos, Question, QuestionType  # noqa: E402
from cs_quiz.bank.sheet_rows import Table, read_csv  # noqa: E402
from cs_quiz.cli import paper as cli_paper  # noqa: E402
from cs_quiz.report import paper  # noqa: E402
from cs_quiz.report.pdf import ensure_app  # noqa: E402
from cs_quiz.report.translation import compile_ts  # noqa: E402
from cs_quiz.scoring.answer_sheet import header_words, read_sheet_table, sheet_columns  # noqa: E402


def norm(text: str) -> str:
    """Qt writes the space glyph as a tab and lines break anywhere: compare with whitespace collapsed."""
    return " ".join(text.replace("\xa0", " ").split())


def pages(data: bytes) -> list[str]:
    return [norm(page.extract_text()) for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def bundled(language: str = "en") -> Bank:
    return next(b for b in load_bundled().banks if b.meta.id == "csd-readiness" and b.meta.language == language)


@pytest.fixture(scope="module")
def english() -> Bank:
    return bundled()


@pytest.fixture(scope="module")
def quick(english: Bank) -> tuple[list[str], paper.PaperInfo]:
    ensure_app()
    data, info = paper.paper_pdf(english, "quick")
    return pages(data), info


def test_the_questions_are_numbered_in_asking_order_with_each_scales_labels_and_values(
    english: Bank, quick: tuple[list[str], paper.PaperInfo]
) -> None:
    text = " ".join(quick[0][:-1])
    assert text.startswith("Customer Service Director readiness Quick check · 42 questions · about 5 minutes")
    assert "Write your answers on the answer sheet at the end" in text
    at = 0
    for n, qid in enumerate(english.sections["quick"].questions, start=1):
        q = english.questions[qid]
        found = text.find(f"{n} {norm(q.text)}", at)
        assert found >= at, f"question {n} ({qid}) is missing or out of order"
        at = found
        if q.type is QuestionType.LIKERT:
            scale = english.scales[q.scale or ""]
            labels = " · ".join(f"{p.value} {p.label}" for p in scale.points)
            assert text[found:].startswith(f"{n} {norm(q.text)} {labels}"), qid
    assert "Write a number from 0 to 50 in the box on the answer sheet." in text


def test_the_answer_sheet_is_the_last_page_with_every_question_and_its_choices(
    english: Bank, quick: tuple[list[str], paper.PaperInfo]
) -> None:
    texts, info = quick
    assert (info.pages, info.sheet_pages) == (len(texts), 1)
    sheet = texts[-1]
    assert sheet.startswith(
        "Answer sheet Customer Service Director readiness · Quick check Name Participant code Class"
    )
    assert "Fill in one circle in each row" in sheet
    assert not any("Answer sheet" in t for t in texts[:-1])
    grid = sheet[sheet.index("fill in the new one.") :]
    for n in range(1, 39):
        assert f" {n} 1 2 3 4 5 " in grid
    assert " 39 A B C D E F G 40 years 41 years 42 A B C D E " in grid
    assert texts[-1].endswith(
        f"Page {len(texts)} of {len(texts)} Customer Service Director readiness 2.0.0 · Quick check"
    )


def test_scenarios_are_lettered_in_the_banks_order_and_the_paper_holds_no_key(english: Bank) -> None:
    data, _ = paper.paper_pdf(english, "student")
    texts = pages(data)
    text = " ".join(texts)
    sc = english.questions["sc-new-starter"]
    assert sc.shuffled  # the app shuffles its options; paper cannot
    options = " ".join(f"{chr(65 + i)} {norm(o.text)}" for i, o in enumerate(sc.options))
    assert (
        f"{norm(sc.situation)} {norm(sc.text)} On the answer sheet, fill in the letter of the best response and" in text
    )
    assert options in text
    assert "14 A B C D best 14 A B C D worst" in texts[-1]
    assert "46 A B C D E F" in texts[-1]  # activities: tick all that apply
    assert "Tick all that apply." in text
    for q in english.questions.values():
        if q.key and q.key.rationale:
            assert norm(q.key.rationale) not in text
        for o in q.options:
            if o.feedback:
                assert norm(o.feedback) not in text, f"{q.id}: an option's feedback gives the key away"
    ids = [qid for qid in english.sections["student"].questions if "-" in qid]
    assert not [qid for qid in ids if re.search(rf"\b{re.escape(qid)}\b", text)], "ids name what a statement measures"


@pytest.mark.parametrize("section", ["quick", "student", "full"])
def test_every_bundled_sections_answer_sheet_fits_one_page_at_a_readable_size(english: Bank, section: str) -> None:
    data, info = paper.paper_pdf(english, section)
    texts = pages(data)
    assert info.sheet_pages == 1 and texts[-1].startswith("Answer sheet")
    assert info.pitch >= paper.PITCH_MIN  # 4.5 mm rows, circles of 3.6 mm
    count = len(english.sections[section].questions)
    assert f" {count} " in texts[-1] and f" {count + 1} " not in texts[-1]


def test_a_question_is_never_split_across_two_pages(english: Bank) -> None:
    doc, _ = paper.build_paper(english, "full")
    page = paper.a4_page(doc)
    doc.setPageSize(page)
    assert paper.keep_questions(doc, page.height()) > 0
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        rect = layout.frameBoundingRect(frame)
        top = rect.top() % page.height()
        assert top + rect.height() <= page.height() + 0.5, "a question runs over the end of a page"


def test_a_sheet_too_long_for_one_page_takes_as_few_pages_as_it_needs(english: Bank) -> None:
    family = paper.blank_document()[0].defaultFont().family()
    units = paper.sheet_rows(english, "full") * 3
    plan = paper.plan_sheet(units, family, paper.SHEET_PAGE, 120)
    assert plan.pitch == paper.PITCH_MIN and 2 <= len(plan.pages) <= 3
    placed = [unit for page in plan.pages for column in page for unit in column]
    assert placed == units  # every question once, in order, a scenario's two rows together


def _reflection(n: int) -> Question:
    return Question(
        f"r{n}", QuestionType.REFLECTION, f"What would you change ({n})?", Pos("b.yaml", n, 3), max_length=300
    )


def test_a_reflection_gets_a_box_to_write_in_under_the_grid_or_on_a_page_of_its_own() -> None:
    small = bank(likert("d1", "data"), _reflection(2), single("tool", opt("a", data=1), opt("b", data=0)), check=False)
    data, info = paper.paper_pdf(small, "all")
    texts = pages(data)
    assert (
        "2 What would you change (2)? Write your answer in your own words in its box on the answer sheet." in texts[0]
    )
    assert info.sheet_pages == 1 and " 1 1 2 3 4 5 3 A B 2 " in texts[-1] + " "  # the grid, then box 2

    many = bank(*[likert(f"d{i}", "data") for i in range(150)], *[_reflection(i) for i in range(9)], check=False)
    family = paper.blank_document()[0].defaultFont().family()
    plan = paper.plan_sheet(
        paper.sheet_rows(many, "all"), family, paper.SHEET_PAGE, 120, paper.reflections(many, "all")
    )
    assert plan.boxes[0] == () and [len(b) for b in plan.boxes[1:]] == [7, 2]  # a full grid: the boxes go over
    assert [n for page in plan.boxes for n in page] == list(range(151, 160))
    assert len(plan.pages) == len(plan.boxes) == 3


def _paper_texts() -> list[str]:
    """Every text the paper marks for translation: the literals of ``translate("Paper", …)`` in its module."""
    tree = ast.parse(Path(paper.__file__).read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "translate"]
    return [ast.literal_eval(c.args[1]) for c in calls if ast.literal_eval(c.args[0]) == "Paper"]


@pytest.fixture
def marked(tmp_path: Path) -> Iterator[None]:
    """A catalogue that "translates" every text of the paper's own to [[text]], installed as the app's are."""
    messages = "".join(
        f"<message><source>{escape(t)}</source><translation>[[{escape(t)}]]</translation></message>"
        for t in _paper_texts()
    )
    ts = tmp_path / "marked.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es">'
        f"<context><name>Paper</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    assert compile_ts(ts, tmp_path / "marked.qm")
    app = ensure_app()
    marker = QTranslator(app)
    assert marker.load(str(tmp_path / "marked.qm"))
    app.installTranslator(marker)
    yield
    app.removeTranslator(marker)


def test_the_papers_own_words_are_translated_and_a_spanish_bank_prints_spanish_questions(marked: None) -> None:
    spanish = bundled("es")
    data, _ = paper.paper_pdf(spanish, "student")
    texts = pages(data)
    text = " ".join(texts)
    assert QCoreApplication.translate("Paper", "Name") == "[[Name]]"
    assert len(_paper_texts()) > 15
    for words in ("[[Answer sheet]]", "[[Name]]", "[[Participant code]]", "[[Class]]", "[[best]]", "[[Tick all"):
        assert words in text, words
    assert norm(spanish.questions["communication-2"].text) in text
    assert "Totalmente de acuerdo" in text
    # every sentence of the paper's own went through the translator: no English sentence is left bare
    bare = re.sub(r"\[\[.*?\]\]", "", text)
    for english_word in ("answer sheet", "Fill in", "Write a number", "questions"):
        assert english_word not in bare, english_word


# ---- the command ------------------------------------------------------------------------------------------------


def command(*args: str) -> int:
    parser = argparse.ArgumentParser(prog="cs-quiz")
    parser.add_argument("--data-dir")
    cli_paper.add_commands(parser.add_subparsers())
    parsed = parser.parse_args(["paper", *args])
    return int(parsed.handler(parsed))


def test_the_command_writes_the_paper_and_the_spreadsheet_to_type_it_into(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], english: Bank
) -> None:
    pdf, sheet = tmp_path / "quick.pdf", tmp_path / "quick.csv"
    assert command("csd-readiness", "--section", "quick", "--pdf", str(pdf), "--template", str(sheet)) == 0
    said = capsys.readouterr().out
    assert f"wrote {pdf}:" in said and "the answer sheet on 1 page at the end" in said
    assert pages(pdf.read_bytes())[-1].startswith("Answer sheet")
    header = next(csv.reader(sheet.open(encoding="utf-8-sig")))
    assert header[:4] == ["code", "class", "1 communication-2", "2 customer-focus-2"] and len(header) == 44
    typed = ",".join(header) + "\nP1,9B," + ",".join(["4"] * 38 + ["B", "3", "0", "A"]) + "\n"
    table = read_csv("typed.csv", typed.encode(), header_words(english), sheet_columns(english))
    assert isinstance(table, Table)
    read, problems = read_sheet_table(english, table)  # no --section: the header says which questions
    assert problems == [] and read is not None and read.sections == ("quick",)

    spanish = tmp_path / "clase.csv"  # a spreadsheet set to Spanish opens a CSV by semicolons
    assert command("csd-readiness", "--section", "quick", "--lang", "es", "--template", str(spanish)) == 0
    assert spanish.read_text(encoding="utf-8-sig").startswith("code;class;1 communication-2;")

    only = tmp_path / "sheets.pdf"
    assert command("csd-readiness", "--section", "full", "--sheet-only", "--pdf", str(only)) == 0
    assert [t[:12] for t in pages(only.read_bytes())] == ["Answer sheet"]


def test_command_mistakes_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "p.pdf"
    assert command("csd-readiness", "--pdf", str(out)) == 2
    assert "which section? --section ID; sections: quick, student, full" in capsys.readouterr().err
    assert command("csd-readiness", "--section", "nope", "--pdf", str(out)) == 2
    assert command("csd-readiness", "--section", "quick") == 2
    assert command("csd-readiness", "--section", "quick", "--pdf", str(tmp_path / "no" / "p.pdf")) == 1
    assert "the folder" in capsys.readouterr().err
    assert command("no-such-bank", "--section", "quick", "--pdf", str(out)) == 1
    assert not out.exists()
