"""Paper answer sheets typed into a spreadsheet: the CSV's rows -> each person's answers, every problem at its row
and column (docs/paper.md).

Why a module of its own: a class without computers answers on paper (``cs-quiz paper``), and a teacher types the
answer sheets into a spreadsheet, one row per person. Typing makes mistakes, so every cell is checked against its
question here, and a problem names the row (as the spreadsheet numbers it: the header is row 1) and the column (its
header as written). The caller refuses the whole file when there is any problem: half a class scored is worse than
none, because nobody notices the missing half.

The sheet:

- a header row: ``code`` (the participant code; required), optionally ``class``, then one column per question.
  A question column is named by the question's id (``data-4``), its number on the paper (``12``: needs the section,
  since numbers count within one section), or both (``12 data-4``: the number is then checked against the id).
  A scenario asking for the best and the worst response has two columns, ``… best`` and ``… worst``.
- values: likert, the scale value (``1``..``5``) or ``N`` for a scale's "not yet" choice; single choice, the option's
  letter on the paper (``A``, ``B``… in the bank's order) or its id; multi choice, letters or ids separated by spaces,
  commas or semicolons (``A C``, ``A,C``, ``AC``); number, the number (``2.5`` or ``2,5``); reflection, the words as
  written. A blank cell is unanswered.

Plain Python, no Qt: the command line and the tests read sheets without a display. The file itself (CSV in any
encoding and separator a spreadsheet saves, or an .xlsx workbook) is read by :mod:`cs_quiz.bank.sheet_rows`, the
reader ``import-items`` uses.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cs_quiz.bank.model import NOT_YET, Bank, ProfileInput, Question, QuestionType
from cs_quiz.bank.sheet_rows import Table
from cs_quiz.scoring.answers import check_answers
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.results import Answer, Answers
from cs_quiz.scoring.scores import infer_sections

LETTERS = string.ascii_uppercase
CODE_HEADERS = frozenset({"code", "participant code", "participant_code", "código", "codigo"})
CLASS_HEADERS = frozenset({"class", "clase"})
ROLES = {"best": "best", "worst": "worst", "mejor": "best", "peor": "worst"}
NOT_YET_WORDS = frozenset({"n", NOT_YET})
_SEPARATORS = re.compile(r"[\s,;]+")
_NUMBER = re.compile(r"[-+]?(\d+([.,]\d*)?|[.,]\d+)\Z")


@dataclass(frozen=True)
class SheetProblem:
    """Something in the sheet that cannot be used: ``row`` as a spreadsheet numbers it (the header is 1; 0: the file
    as a whole), ``column`` the header cell as written ("" when the problem is the row's or the file's)."""

    row: int
    column: str
    message: str

    def located(self, path: object) -> str:
        """``FILE:ROW:COLUMN: message``, as the command line prints problems."""
        return (
            f"{path}:{self.row}:{self.column}: {self.message}" if self.column else f"{path}:{self.row}: {self.message}"
        )


@dataclass(frozen=True)
class Column:
    """A header cell understood: the code, the class, or (part of) a question's answer."""

    index: int
    header: str
    kind: str  # "code" | "class" | "answer"
    question: Question | None = None
    role: str = ""  # a scenario column: "best" or "worst"


@dataclass(frozen=True)
class Person:
    """One row of the sheet: the participant code and class as typed (trimmed), and the answers in normal form."""

    row: int
    code: str
    klass: str
    answers: Answers = field(default_factory=dict)


@dataclass(frozen=True)
class Sheet:
    """Everyone on the sheet, in row order, and the section(s) their paper asked (one for the whole class)."""

    people: tuple[Person, ...]
    sections: tuple[str, ...]
    columns: tuple[Column, ...]
    absent: tuple[Person, ...] = ()  # rows with a code and no answer at all (typed in advance): left out


def letter(index: int) -> str:
    """The paper's letter of the option at ``index`` (0 -> A); past Z, AA, AB…"""
    return LETTERS[index] if index < len(LETTERS) else letter(index // len(LETTERS) - 1) + LETTERS[index % 26]


def answer_rows(question: Question) -> tuple[str, ...]:
    """The roles a question takes on the answer sheet and in the CSV: ``("best", "worst")`` and the like for a
    scenario, ``("",)`` for every other question."""
    return tuple(question.ask) if question.type is QuestionType.SCENARIO and question.ask else ("",)


def template_header(bank: Bank, section: str) -> list[str]:
    """The header of an empty sheet for ``section``: ``code``, ``class``, then ``NUMBER ID`` (and `` best`` /
    `` worst`` for a scenario) for each question in paper order, which reads like the paper and needs no
    ``--section`` to score."""
    header = ["code", "class"]
    for n, qid in enumerate(bank.sections[section].questions, start=1):
        for role in answer_rows(bank.questions[qid]):
            header.append(" ".join(part for part in (str(n), qid, role) if part))
    return header


# ---- reading the file ---------------------------------------------------------------------------------------------


def sheet_columns(bank: Bank) -> int:
    """How many columns an answer sheet for ``bank`` may have: code, class, two per question (a scenario's best and
    worst) and a few of the teacher's own."""
    return 2 + 2 * len(bank.questions) + 20


def header_words(bank: Bank) -> frozenset[str]:
    """Header cells a sheet for ``bank`` may hold as written (case-folded): a CSV's separator is the one that finds
    them."""
    return CODE_HEADERS | CLASS_HEADERS | frozenset(q.casefold() for q in bank.questions)


def read_sheet_table(
    bank: Bank, table: Table, sections: Sequence[str] | None = None, *, code_limit: int = 40
) -> tuple[Sheet | None, list[SheetProblem]]:
    """:func:`read_sheet` on a sheet read by :func:`cs_quiz.bank.sheet_rows.read_table` (CSV or a workbook, any
    encoding and separator a spreadsheet saves), each row numbered as the spreadsheet numbers it."""
    rows = [table.header.cells, *(r.cells for r in table.rows)]
    numbers = [table.header.number, *(r.number for r in table.rows)]
    return read_sheet(bank, rows, sections, code_limit=code_limit, numbers=numbers)


def read_sheet(
    bank: Bank,
    rows: Sequence[Sequence[str]],
    sections: Sequence[str] | None = None,
    *,
    code_limit: int = 40,
    numbers: Sequence[int] | None = None,
) -> tuple[Sheet | None, list[SheetProblem]]:
    """The people on the sheet, or None and every problem found (header problems alone when the header has any:
    the cells under a column that is not understood cannot be checked). ``sections``: the section(s) the paper
    asked (None: the smallest section holding every question column, as ``cs-quiz score`` infers). A code longer
    than ``code_limit`` characters, a blank code on a row with answers and a code on two rows are problems; rows
    with every cell blank are skipped, and rows with a code and no answer (someone absent) are left out, in
    :attr:`Sheet.absent`. ``numbers``: each row's number in the spreadsheet (default: 1, 2, 3...)."""
    numbers = list(numbers) if numbers is not None else list(range(1, len(rows) + 1))
    if not rows or not any(cell.strip() for cell in rows[0]):
        return None, [
            SheetProblem(1, "", "the sheet is empty: its first row must name the columns (code, then one per question)")
        ]
    used = {i for cells in rows[1:] for i, cell in enumerate(cells) if cell.strip()}
    columns, problems = _header(bank, rows[0], sections, used, numbers[0])
    if problems:
        return None, problems
    questions = {c.question.id: c.question for c in columns if c.question is not None}
    taken = tuple(sections) if sections else infer_sections(bank, dict.fromkeys(questions, 1))
    people: list[Person] = []
    seen: dict[str, int] = {}
    for number, cells in zip(numbers[1:], rows[1:], strict=True):
        if not any(cell.strip() for cell in cells):
            continue
        person, row_problems = _person(bank, columns, number, cells, code_limit, len(rows[0]))
        problems += row_problems
        if person.code:
            key = person.code.casefold()
            if key in seen:
                problems.append(
                    SheetProblem(
                        number, _code_header(columns), f'participant code "{person.code}" is also on row {seen[key]}'
                    )
                )
            seen.setdefault(key, number)
        people.append(person)
    present = tuple(p for p in people if p.answers)
    if not present and not problems:
        problems.append(SheetProblem(numbers[0] + 1, "", "the sheet has a header but no one's answers under it"))
    if problems:
        return None, problems
    return Sheet(present, taken, tuple(columns), tuple(p for p in people if not p.answers)), []


# ---- the header ---------------------------------------------------------------------------------------------------


def _code_header(columns: Sequence[Column]) -> str:
    return next(c.header for c in columns if c.kind == "code")


def _header(
    bank: Bank, cells: Sequence[str], sections: Sequence[str] | None, used: set[int], row: int = 1
) -> tuple[list[Column], list[SheetProblem]]:
    """The columns the header names, or every problem with it (on spreadsheet row ``row``). A column with no name
    is a problem only when something is written under it (``used``: the indexes of columns with any cell filled):
    a spreadsheet often saves empty columns at the right."""
    columns: list[Column] = []
    problems: list[SheetProblem] = []
    asked = bank.section_questions(list(sections)) if sections else None
    taken: dict[tuple[str, str], str] = {}
    for index, raw in enumerate(cells):
        header = " ".join(raw.split())
        if not header:
            if index in used:
                problems.append(
                    SheetProblem(row, f"column {index + 1}", "this column has no name; name it or delete it")
                )
            continue
        low = header.casefold()
        if low in CODE_HEADERS or low in CLASS_HEADERS:
            kind = "code" if low in CODE_HEADERS else "class"
            if any(c.kind == kind for c in columns):
                problems.append(SheetProblem(row, header, f"a second {kind} column; keep one"))
            columns.append(Column(index, header, kind))
            continue
        try:
            question, role = _question_column(bank, header, asked)
        except ValueError as exc:
            problems.append(SheetProblem(row, header, str(exc)))
            continue
        earlier = taken.get((question.id, role))
        if earlier is not None:
            problems.append(SheetProblem(row, header, f'the same answer as the column "{earlier}"; keep one of them'))
            continue
        taken[(question.id, role)] = header
        columns.append(Column(index, header, "answer", question, role))
    numbered = "a question number needs the paper's section"
    if sum(p.message.startswith(numbered) for p in problems) > 1:  # one sentence, not one per column
        problems = [p for p in problems if not p.message.startswith(numbered)]
        problems.insert(
            0,
            SheetProblem(
                row,
                "",
                "the columns name questions by their numbers on the paper: say which section's paper it is with "
                f"--section ({', '.join(bank.sections)})",
            ),
        )
    if not any(c.kind == "code" for c in columns) and not problems:
        problems.append(
            SheetProblem(row, "", "no code column: the first column must be 'code', each person's participant code")
        )
    return columns, problems


def _question_column(bank: Bank, header: str, asked: Sequence[str] | None) -> tuple[Question, str]:
    """(question, role) a question column's header names; ValueError with the reason when it names none."""
    words = header.split()
    role = ""
    if len(words) > 1 and words[-1].casefold() in ROLES:
        role = ROLES[words.pop().casefold()]
    if len(words) > 2 or not words:
        raise ValueError("not a question column: write the question's number or id (and best or worst for a scenario)")
    number: int | None = None
    qid: str | None = None
    if len(words) == 2:
        if not words[0].isdigit():
            raise ValueError(f'"{words[0]}" should be the question\'s number on the paper')
        number, qid = int(words[0]), _question_id(bank, words[1])
    elif words[0].isdigit() and words[0] not in bank.questions:
        number = int(words[0])
    else:
        qid = _question_id(bank, words[0])
    if number is not None:
        if asked is None:
            if qid is None:
                raise ValueError("a question number needs the paper's section: give it with --section")
        elif not 1 <= number <= len(asked):
            raise ValueError(f"there is no question {number} on this paper (questions 1 to {len(asked)})")
        elif qid is not None and asked[number - 1] != qid:
            raise ValueError(f"question {number} on this paper is '{asked[number - 1]}', not '{qid}'")
        else:
            qid = asked[number - 1]
    assert qid is not None
    if asked is not None and qid not in asked:
        raise ValueError(f"question '{qid}' is not on this section's paper")
    question = bank.questions[qid]
    roles = answer_rows(question)
    if role and role not in roles:
        raise ValueError(
            f"question {header.split()[0]} asks for no {role} response"
            if question.type is QuestionType.SCENARIO
            else f"question {header.split()[0]} is not a scenario: drop '{role}' from the column name"
        )
    if not role and roles != ("",):
        if len(roles) > 1:
            raise ValueError(
                "this scenario asks for the best and the worst response: make two columns, "
                f"'{header} best' and '{header} worst'"
            )
        role = roles[0]
    return question, role


def _question_id(bank: Bank, word: str) -> str:
    if word in bank.questions:
        return word
    folded = [q for q in bank.questions if q.casefold() == word.casefold()]
    if len(folded) == 1:
        return folded[0]
    close = difflib.get_close_matches(word, list(bank.questions), n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    raise ValueError(f"there is no question '{word}' in bank '{bank.meta.id}'{hint}")


# ---- the rows -----------------------------------------------------------------------------------------------------


def _person(
    bank: Bank, columns: Sequence[Column], row: int, cells: Sequence[str], code_limit: int, width: int
) -> tuple[Person, list[SheetProblem]]:
    problems: list[SheetProblem] = []
    named = max((c.index for c in columns), default=-1) + 1  # the header's last named column
    if any(cell.strip() for cell in cells[max(width, named) :]):
        last = max(i for i, cell in enumerate(cells) if cell.strip()) + 1
        problems.append(SheetProblem(row, "", f"this row has {last} cells but the header names {named} columns"))
    code = klass = ""
    raw: dict[str, Answer] = {}
    for column in columns:
        cell = " ".join(cells[column.index].split()) if column.index < len(cells) else ""
        if column.kind == "code":
            code = cell
            others = [sep for sep in (";", ",", "\t") if code.count(sep) >= 2]
            if others and not any(c.strip() for c in cells[column.index + 1 :]):  # "S03;10A;4;2" in one cell
                name = {";": "semicolons", ",": "commas", "\t": "tabs"}[others[0]]
                problems.append(
                    SheetProblem(row, column.header, f"this row is separated by {name}, unlike the header; retype it")
                )
                continue
            if len(code) > code_limit:
                problems.append(
                    SheetProblem(row, column.header, f"{len(code)} characters long; a code has at most {code_limit}")
                )
            continue
        if column.kind == "class":
            klass = cell
            continue
        if not cell:
            continue
        assert column.question is not None
        if column.question.type is QuestionType.REFLECTION:  # a person's own words, line breaks and all
            raw[column.question.id] = cells[column.index].strip()
            continue
        try:
            value = cell_answer(bank, column.question, cell)
        except ValueError as exc:
            problems.append(SheetProblem(row, column.header, str(exc)))
            continue
        if column.role:
            picks = raw.setdefault(column.question.id, {})
            picks[column.role] = value
            if picks.get("best") is not None and picks.get("best") == picks.get("worst"):
                message = f'"{cell}" is both the best and the worst response; one is mistyped'
                problems.append(SheetProblem(row, column.header, message))
                del raw[column.question.id]
        else:
            raw[column.question.id] = value
    if raw and not code:
        problems.append(SheetProblem(row, _code_header(columns), "no participant code on a row with answers"))
    answers, left = check_answers(bank, raw)
    header_of = {c.question.id: c.header for c in columns if c.question is not None}
    problems += [SheetProblem(row, header_of.get(p.question, ""), p.message) for p in left]
    return Person(row, code, klass, answers), problems


def cell_answer(bank: Bank, question: Question, cell: str) -> Answer:
    """One non-blank cell as an answer in normal form (a scenario cell: the one option id of its role). Raises
    ValueError with a message for the teacher that names the question's choices."""
    if question.type is QuestionType.LIKERT:
        return _likert(bank, question, cell)
    if question.type is QuestionType.MULTI or question.input is ProfileInput.MULTI:
        return _options(question, cell)
    if question.input is ProfileInput.NUMBER:
        return _number(question, cell)
    return _option(question, cell)


def _likert(bank: Bank, question: Question, cell: str) -> Answer:
    scale = bank.scales.get(question.scale or "")
    values = [p.value for p in scale.points] if scale else []
    if scale is not None and scale.not_yet and cell.casefold() in NOT_YET_WORDS:
        return NOT_YET
    number = _decimal(cell)
    if number is not None and number.is_integer() and int(number) in values:
        return int(number)
    allowed = ", ".join(str(v) for v in values[:-1]) + f" or {values[-1]}" if values else "none"
    extra = ', or N for "not yet"' if scale is not None and scale.not_yet else ""
    raise ValueError(f'"{cell}" is not on the scale of this question (use {allowed}{extra})')


def _choices(question: Question) -> str:
    n = len(question.options)
    return f"choices A–{letter(n - 1)}" if n > 1 else "choice A"


def _option(question: Question, token: str) -> str:
    """A letter on the paper, or an option's id (a single letter is always read as the paper's letter)."""
    word = token.strip()
    if len(word) == 1 and word.isalpha():
        index = LETTERS.find(word.upper())
        if 0 <= index < len(question.options):
            return question.options[index].id
        raise ValueError(f'"{word}" is not a choice of this question ({_choices(question)})')
    for option in question.options:
        if option.id == word or option.id.casefold() == word.casefold():
            return option.id
    raise ValueError(f'"{word}" is not a choice of this question ({_choices(question)})')


def _options(question: Question, cell: str) -> list[str]:
    picked: list[str] = []
    for token in _SEPARATORS.split(cell.strip()):
        if not token:
            continue
        ids = {o.id.casefold() for o in question.options}
        glued = len(token) > 1 and token.isalpha() and token.casefold() not in ids
        for part in token if glued else [token]:
            option = _option(question, part)
            if option in picked:
                raise ValueError(f'"{part}" is written twice')
            picked.append(option)
    return [o.id for o in question.options if o.id in picked]


def _decimal(cell: str) -> float | None:
    """``cell`` as a number when it is written as one: ``12``, ``-2.5``, ``2,5`` (a decimal comma); else None."""
    found = _NUMBER.match(cell)
    return float(found.group(0).replace(",", ".")) if found else None


def _number(question: Question, cell: str) -> int | float:
    value = _decimal(cell)
    if value is None:
        raise ValueError(f'"{cell}" is not a number')
    unit = f" {question.unit}" if question.unit else ""
    if question.minimum is not None and value < question.minimum:
        raise ValueError(f'"{cell}" is below the minimum of {question.minimum:g}{unit}')
    if question.maximum is not None and value > question.maximum:
        raise ValueError(f'"{cell}" is above the maximum of {question.maximum:g}{unit}')
    return int(value) if value.is_integer() else value


# ---- the results table --------------------------------------------------------------------------------------------


def result_table(
    bank: Bank,
    sheet: Sheet,
    evaluations: Sequence[Evaluation],
    *,
    text: Callable[[str], str],
    number: Callable[[float | None], str],
) -> list[list[str]]:
    """The scores CSV: a header, then one row per person in sheet order: ``code``, ``class``, ``answered`` (of
    ``questions``), then ``readiness``, ``band_id`` and ``band`` for a bank with bands (the band empty when a quality
    check withheld it), ``flags`` (the response-quality notes' kinds), then each competency's score in percent and
    in raw points (and its keyed sum when the bank shows sums). ``text`` guards a text cell for spreadsheets,
    ``number`` writes a figure (empty for None)."""
    readiness = bank.gives_readiness
    sums = bank.settings.show == "sum"
    header = ["code", "class", "answered", "questions"]
    header += ["readiness", "band_id", "band"] if readiness else []
    header.append("flags")
    for competency in bank.competencies.values():
        name = competency.name
        header += [f"{name} (%)", f"{name} (raw)"] + ([f"{name} (sum)"] if sums else [])
    rows = [[text(h) for h in header]]
    for person, ev in zip(sheet.people, evaluations, strict=True):
        s, r = ev.score, ev.score.readiness
        row = [text(person.code), text(person.klass), str(s.answered), str(s.total)]
        if readiness:
            row += [number(r.score), text(r.band or ""), text(r.band_name if r.band else "")]
        row.append(text("; ".join(dict.fromkeys(f.kind.value for f in s.flags))))
        scores = {c.competency: c for c in s.competencies}
        for cid in bank.competencies:
            got = scores.get(cid)
            score = got.score if got is not None else None
            row += [number(score), number(got.raw if got is not None and score is not None else None)]
            row += [number(got.sum if got is not None else None)] if sums else []
        rows.append(row)
    return rows
