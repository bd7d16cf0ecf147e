"""The paper form: one section of a bank printed for a class without computers (``cs-quiz paper``), as the
questions and, at the end, a one-page answer sheet a teacher can type into a spreadsheet row by row (docs/paper.md).

What is printed, and why:

- The questions, numbered in the section's asking order, with their choices in the bank's order: paper cannot
  shuffle, and the sheet's letters must mean the same option for every student. Each statement carries its
  scale's labels with their values ("1 Never · 2 Rarely …"): a section alternates scales, and a legend pages away
  is misread. Ids are not printed: they name competencies ("leadership-4"), which would tell a student what a
  statement measures.
- Each question is a borderless table of its own, moved whole to the next page rather than split
  (:func:`keep_questions`).
- No key: the best and worst responses of a scenario are never on the paper.
- The answer sheet is painted by :class:`_SheetObject` with the page's painter (vector circles, real text), one
  object per sheet page placed in the same document, so it shares the pagination, fonts and footer of the report
  (:func:`cs_quiz.report.pdf.document_pdf`). Its grid is planned once (:func:`plan_sheet`): the largest row pitch
  between :data:`PITCH_MAX` and :data:`PITCH_MIN` that puts every question on one page, else as few pages as
  needed at the smallest pitch, each with the name, code and class boxes again.

QtGui only, no widgets: the command line writes it without a display. Every word of the paper's own is translated
in the context ``Paper``; the questions are the bank's (a Spanish bank prints Spanish questions).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from cs_quiz.atomic import atomic_write_bytes
from cs_quiz.bank.model import Bank, ProfileInput, Question, QuestionType
from cs_quiz.report.chartpaint import without_ligatures
from cs_quiz.report.markup import INK, MUTED, RULE, STYLE, TINT, block_html, esc, inline_html, translate
from cs_quiz.report.pdf import CHART_OBJECT, FOOTER_PT, LAYOUT_DPI, MARGINS_MM, blank_document, document_pdf
from cs_quiz.report.qtext import number as locale_number
from cs_quiz.scoring.answer_sheet import answer_rows, letter

PAPER_PT = 10.5  # the questions: a student reads them on paper, a size larger than the report's
SHEET_OBJECT = CHART_OBJECT + 1
SHEET_PAGE_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
# One answer-sheet page in layout units (96 dpi): A4 inside the report's margins, less its footer and a little room.
SHEET_PAGE = QSizeF(680.0, 990.0)
PITCH_MAX = 26.0  # row height of the sheet's grid: 6.9 mm
PITCH_MIN = 17.0  # 4.5 mm: circles of 3.6 mm, their labels 6 pt, still read at arm's length
NOT_YET_MARK = "N"
PAPER_STYLE = (
    STYLE + f".choices {{ color: {MUTED}; font-size: 8.5pt; margin-top: 1px; margin-bottom: 0px; }}\n"
    "table.question { margin-top: 3px; margin-bottom: 3px; }\n"
)


@dataclass(frozen=True)
class SheetRow:
    """One row of the answer sheet's grid: the question's number, the role of a scenario row ("" else), and what
    to fill in: ``marks`` (circles, or squares when ``square``: tick all that apply) or a box for a number."""

    number: int
    tag: str
    marks: tuple[str, ...] = ()
    square: bool = False
    unit: str | None = None  # a number question: the box's unit ("" when it has none); None: marks


BOX_H = 118.0  # a reflection's writing box on the answer sheet, with its gap: 3 cm, four lines of handwriting
Unit = tuple[SheetRow, ...]  # a question's rows, kept together
Page = tuple[tuple[Unit, ...], ...]  # columns of units


@dataclass(frozen=True)
class SheetPlan:
    """Where every row goes: ``pages`` -> columns -> units (a question's rows, kept together) at ``pitch``."""

    pitch: float
    pages: tuple[Page, ...]
    boxes: tuple[tuple[int, ...], ...] = ()  # each page's writing boxes: the numbers of reflection questions


@dataclass(frozen=True)
class SheetWords:
    """The sheet's own words, translated when the paper is built."""

    title: str
    subtitle: str
    name: str
    code: str
    klass: str
    how: str


@dataclass(frozen=True)
class PaperInfo:
    """What was printed: pages in all, and the answer sheet's pages and row pitch (layout units)."""

    pages: int
    sheet_pages: int
    pitch: float


# ---- the questions --------------------------------------------------------------------------------------------


def questionnaire_html(bank: Bank, section_id: str) -> str:
    """The questions of ``section_id`` as Qt rich text, numbered as on the answer sheet."""
    section = bank.sections[section_id]
    if section.estimated_minutes:
        meta = translate("Paper", "{section} · {count} questions · about {minutes} minutes")
    else:
        meta = translate("Paper", "{section} · {count} questions")
    meta = meta.format(section=section.title, count=len(section.questions), minutes=section.estimated_minutes)
    how = translate(
        "Paper",
        "Write your answers on the answer sheet at the end, next to each question's number. Fill in one circle "
        "for each question unless it says to tick all that apply. Answer honestly about what you do today: this "
        "is a self-check, not a test.",
    )
    parts = [f"<h1>{esc(bank.meta.title)}</h1>", f"<p class='meta'>{esc(meta)}</p>"]
    if section.description:
        parts.append(block_html(section.description, css_class="muted"))
    parts.append(f"<p><b>{esc(how)}</b></p>")
    for n, qid in enumerate(section.questions, start=1):
        question = bank.questions[qid]
        parts.append(_statement(bank, n, question) if question.type is QuestionType.LIKERT else _question(n, question))
    return "".join(parts)


def _statement(bank: Bank, n: int, q: Question) -> str:
    """A statement, and under it its scale's labels with their values ("1 Never · 2 Rarely…"): the scales
    alternate in a section, so each statement carries its own."""
    scale = bank.scales[q.scale or ""]
    points = [(str(p.value), p.label) for p in scale.points]
    if scale.not_yet:
        points.append((NOT_YET_MARK, scale.not_yet))
    choices = " &nbsp;·&nbsp; ".join(
        f"<b>{esc(value)}</b>&nbsp;{inline_html(label).replace(' ', '&nbsp;')}" for value, label in points
    )
    return _numbered(n, f"<p>{inline_html(q.text)}</p><p class='choices'>{choices}</p>")


def _numbered(n: int, body: str, rows: str = "") -> str:
    """A question as a borderless table of its own: the number, then its text (and ``rows``: its choices). A
    table is kept on one page when it fits (:func:`cs_quiz.report.pdf.keep_together`)."""
    first = f"<tr><td width='6%' align='right' valign='top'><b>{n}</b></td><td colspan='2'>{body}</td></tr>"
    return f"<table width='100%' cellspacing='0' cellpadding='2' class='question'>{first}{rows}</table>"


def _question(n: int, q: Question) -> str:
    """A question with lettered choices (or a number to write), kept together as one borderless table."""
    stem = block_html(q.situation) if q.situation else ""
    stem += f"<p><b>{inline_html(q.text)}</b></p>"
    if q.help:
        stem += f"<p class='muted'>{inline_html(q.help)}</p>"
    ask = _instruction(q)
    if ask:
        stem += f"<p><i>{esc(ask)}</i></p>"
    rows = "".join(
        f"<tr><td></td><td width='4%' valign='top'><b>{letter(i)}</b></td><td>{inline_html(option.text)}</td></tr>"
        for i, option in enumerate(q.options)
    )
    return _numbered(n, stem, rows)


def _instruction(q: Question) -> str:
    if q.type is QuestionType.SCENARIO:
        if tuple(q.ask) == ("best", "worst"):
            return translate(
                "Paper", "On the answer sheet, fill in the letter of the best response and the letter of the worst."
            )
        if tuple(q.ask) == ("worst",):
            return translate("Paper", "On the answer sheet, fill in the letter of the worst response.")
        return translate("Paper", "On the answer sheet, fill in the letter of the best response.")
    if q.type is QuestionType.REFLECTION:
        return translate("Paper", "Write your answer in your own words in its box on the answer sheet.")
    if q.type is QuestionType.MULTI or q.input is ProfileInput.MULTI:
        return translate("Paper", "Tick all that apply.")
    if q.input is ProfileInput.NUMBER:
        return _number_instruction(q)
    return ""


def _number_instruction(q: Question) -> str:
    low, high = q.minimum, q.maximum
    if low is not None and high is not None:
        text = translate("Paper", "Write a number from {low} to {high} in the box on the answer sheet.")
    elif low is not None:
        text = translate("Paper", "Write a number of at least {low} in the box on the answer sheet.")
    elif high is not None:
        text = translate("Paper", "Write a number up to {high} in the box on the answer sheet.")
    else:
        text = translate("Paper", "Write a number in the box on the answer sheet.")
    low_text = locale_number(low) if low is not None else ""
    high_text = locale_number(high) if high is not None else ""
    return text.format(low=low_text, high=high_text)


# ---- the answer sheet: rows and plan ------------------------------------------------------------------------


def reflections(bank: Bank, section_id: str) -> tuple[int, ...]:
    """The numbers of the questions answered in the person's own words: a box each on the answer sheet."""
    questions = bank.sections[section_id].questions
    return tuple(n for n, q in enumerate(questions, 1) if bank.questions[q].type is QuestionType.REFLECTION)


def sheet_rows(bank: Bank, section_id: str) -> list[Unit]:
    """The answer sheet's rows, a tuple per question (a scenario's best and worst rows together); reflections
    have boxes instead (:func:`reflections`)."""
    tags = {"best": translate("Paper", "best"), "worst": translate("Paper", "worst")}
    units: list[Unit] = []
    for n, qid in enumerate(bank.sections[section_id].questions, start=1):
        q = bank.questions[qid]
        if q.type is QuestionType.REFLECTION:
            continue  # written in a box of its own under the grid (plan_sheet's boxes)
        if q.type is QuestionType.LIKERT:
            scale = bank.scales[q.scale or ""]
            marks = tuple(str(p.value) for p in scale.points) + ((NOT_YET_MARK,) if scale.not_yet else ())
            units.append((SheetRow(n, "", marks),))
        elif q.input is ProfileInput.NUMBER:
            units.append((SheetRow(n, "", unit=q.unit),))
        else:
            letters = tuple(letter(i) for i in range(len(q.options)))
            square = q.type is QuestionType.MULTI or q.input is ProfileInput.MULTI
            units.append(tuple(SheetRow(n, tags.get(role, ""), letters, square) for role in answer_rows(q)))
    return units


class _Metrics:
    """Sizes of the grid at one pitch, in layout units, with the fonts that fit them."""

    def __init__(self, family: str, pitch: float, widest_number: int) -> None:
        self.pitch = pitch
        self.number_font = _font(family, pitch * 0.58, bold=True)
        self.mark_font = _font(family, pitch * 0.5)
        self.tag_font = _font(family, pitch * 0.48)
        self.step = pitch * 1.08  # from one circle to the next
        self.diameter = pitch * 0.8
        self.number_w = QFontMetricsF(self.number_font).horizontalAdvance(str(widest_number)) + pitch * 0.35
        self.box_w = self.step * 4
        self.gap = pitch * 0.9  # between columns

    def column_width(self, units: tuple[Unit, ...]) -> float:
        """The width of a column of ``units`` with the gap after it."""
        return self.number_w + max(self.body_w(r) for unit in units for r in unit) + self.gap

    def body_w(self, row: SheetRow) -> float:
        """What follows the number: the circles or the box, then the scenario's role or the number's unit (after
        the circles, where a scenario's four take less room than a statement's five or six)."""
        after = row.tag if row.unit is None else row.unit
        shapes = self.box_w if row.unit is not None else self.step * len(row.marks)
        return shapes + (self.pitch * 0.25 + QFontMetricsF(self.tag_font).horizontalAdvance(after) if after else 0)


def plan_sheet(
    units: list[Unit], family: str, size: QSizeF = SHEET_PAGE, header: float = 0.0, boxes: tuple[int, ...] = ()
) -> SheetPlan:
    """The largest pitch that puts every row, and the writing ``boxes`` under them, on one page of ``size`` below a
    ``header`` that tall, with the columns as even as a question's rows allow; else as few pages as needed at
    :data:`PITCH_MIN`, the boxes under the last page's grid if they fit there, else on pages of their own."""
    widest = max((r.number for unit in units for r in unit), default=1)
    room = size.height() - header
    pitch = PITCH_MAX
    while pitch >= PITCH_MIN and units:
        metrics = _Metrics(family, pitch, widest)
        pages = _paginate(units, metrics, int((room - len(boxes) * BOX_H) // pitch), size.width())
        if len(pages) == 1:
            total = sum(len(unit) for unit in units)
            balanced = _paginate(units, metrics, math.ceil(total / max(1, len(pages[0]))), size.width())
            return SheetPlan(pitch, balanced if len(balanced) == 1 and balanced[0] else pages, (boxes,))
        pitch -= 0.5
    pitch = PITCH_MIN if units else PITCH_MAX
    pages = _paginate(units, _Metrics(family, pitch, widest), int(room // pitch), size.width()) if units else ()
    grid_h = max((sum(len(u) for u in column) for column in pages[-1]), default=0) * pitch if pages else 0.0
    per_page = max(1, int(room // BOX_H))
    fits = max(0, min(len(boxes), int((room - grid_h - 10) // BOX_H))) if pages else 0
    placed = [()] * (len(pages) - 1) + [tuple(boxes[:fits])] if pages else []
    rest = boxes[fits:]
    while rest:
        pages += ((),)
        placed.append(tuple(rest[:per_page]))
        rest = rest[per_page:]
    return SheetPlan(pitch, tuple(pages), tuple(placed))


def _paginate(units: list[Unit], metrics: _Metrics, capacity: int, width: float) -> tuple[Page, ...]:
    columns: list[list[Unit]] = [[]]
    for unit in units:
        if columns[-1] and sum(len(u) for u in columns[-1]) + len(unit) > capacity:
            columns.append([])
        columns[-1].append(unit)
    pages: list[list[tuple[Unit, ...]]] = [[]]
    used = 0.0
    for column in columns:
        packed = tuple(column)
        w = metrics.column_width(packed)
        if pages[-1] and used + w - metrics.gap > width:
            pages.append([])
            used = 0.0
        pages[-1].append(packed)
        used += w
    return tuple(tuple(page) for page in pages)


# ---- the answer sheet: painting -------------------------------------------------------------------------------


def _font(family: str, pixels: float, *, bold: bool = False) -> QFont:
    """A font sized in layout units, which stay right however the painter is scaled (as the report's)."""
    font = without_ligatures(QFont(family))
    font.setPixelSize(max(1, round(pixels)))
    font.setBold(bold)
    return font


class _Header:
    """The top of every sheet page: title, the name, code and class boxes, how to fill it in."""

    def __init__(self, family: str, words: SheetWords, width: float) -> None:
        self.words = words
        self.title_font = _font(family, 17, bold=True)
        self.small = _font(family, 10.5)
        self.label = _font(family, 11)
        self.title_h = QFontMetricsF(self.title_font).height() + 6
        self.label_h = QFontMetricsF(self.label).height() + 2
        self.box_h = 30.0
        flags = int(Qt.TextFlag.TextWordWrap)
        self.how_h = QFontMetricsF(self.small).boundingRect(QRectF(0, 0, width, 1000), flags, words.how).height()
        self.height = self.title_h + self.label_h + self.box_h + 10 + self.how_h + 12

    def paint(self, painter: QPainter, width: float) -> None:
        w = self.words
        painter.setPen(QColor(INK))
        painter.setFont(self.title_font)
        line = QRectF(0, 0, width, self.title_h)
        painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), w.title)
        painter.setFont(self.small)
        painter.setPen(QColor(MUTED))
        painter.drawText(
            line.adjusted(0, 4, 0, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), w.subtitle
        )
        x, y = 0.0, self.title_h
        gap = 12.0
        for label, share in ((w.name, 0.46), (w.code, 0.27), (w.klass, 0.27)):
            box_w = (width - 2 * gap) * share
            painter.setFont(self.label)
            painter.setPen(QColor(INK))
            painter.drawText(QRectF(x, y, box_w, self.label_h), int(Qt.AlignmentFlag.AlignLeft), label)
            painter.setPen(QPen(QColor(INK), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x, y + self.label_h, box_w, self.box_h))
            x += box_w + gap
        y += self.label_h + self.box_h + 10
        painter.setFont(self.small)
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(0, y, width, self.how_h + 2), int(Qt.TextFlag.TextWordWrap), w.how)
        painter.setPen(QPen(QColor(RULE), 1.0))
        painter.drawLine(QPointF(0, self.height - 5), QPointF(width, self.height - 5))


def _paint_grid(painter: QPainter, columns: Page, metrics: _Metrics, top: float, room: float) -> None:
    """The columns from ``top`` down, spread over the ``room`` wide page (a little: rows are read across)."""
    x = 0.0
    p = metrics.pitch
    used = sum(metrics.column_width(c) for c in columns) - metrics.gap
    spread = min(p * 2.5, (room - used) / (len(columns) - 1)) if len(columns) > 1 and room > used else 0.0
    for column in columns:
        width = metrics.column_width(column) - metrics.gap
        y = top
        for unit in column:
            if unit[0].number % 2 == 0:  # a tint on every other question, to read across a row without slipping
                painter.fillRect(QRectF(x - 2, y, width + 4, p * len(unit)), QColor(TINT))
            for row in unit:
                _paint_row(painter, row, metrics, QRectF(x, y, width, p))
                y += p
        x += width + metrics.gap + spread


def _paint_row(painter: QPainter, row: SheetRow, m: _Metrics, rect: QRectF) -> None:
    p = m.pitch
    middle = int(Qt.AlignmentFlag.AlignVCenter)
    painter.setFont(m.number_font)
    painter.setPen(QColor(INK))
    number = QRectF(rect.left(), rect.top(), m.number_w - p * 0.35, p)
    painter.drawText(number, middle | int(Qt.AlignmentFlag.AlignRight), str(row.number))
    x = rect.left() + m.number_w
    cy = rect.top() + p / 2
    d = m.diameter
    if row.unit is not None:
        painter.setPen(QPen(QColor(INK), 1.0))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawRect(QRectF(x, cy - d / 2 - 1, m.box_w, d + 2))
        x += m.box_w
    painter.setFont(m.mark_font)
    for mark in row.marks:
        shape = QRectF(x + (m.step - d) / 2, cy - d / 2, d, d)
        painter.setPen(QPen(QColor(INK), 0.9))
        painter.setBrush(QBrush(QColor("white")))
        if row.square:
            painter.drawRect(shape)
        else:
            painter.drawEllipse(shape)
        painter.setPen(QColor(MUTED))
        painter.drawText(shape, int(Qt.AlignmentFlag.AlignCenter), mark)
        x += m.step
    after = row.tag if row.unit is None else row.unit
    if after:
        painter.setFont(m.tag_font)
        painter.setPen(QColor(MUTED))
        text = QRectF(x + p * 0.25, rect.top(), rect.right() - x, p)
        painter.drawText(text, middle | int(Qt.AlignmentFlag.AlignLeft), after)


def _paint_boxes(painter: QPainter, numbers: tuple[int, ...], font: QFont, top: float, width: float) -> None:
    """A box ruled for handwriting for each reflection, its number beside it."""
    label = QFontMetricsF(font).horizontalAdvance("888") + 8
    for k, number in enumerate(numbers):
        box = QRectF(label, top + k * BOX_H, width - label, BOX_H - 12)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        painter.drawText(QRectF(0, box.top(), label - 8, 20), int(Qt.AlignmentFlag.AlignRight), str(number))
        painter.setPen(QPen(QColor(RULE), 0.8))
        for line in range(1, 4):
            y = box.top() + box.height() * line / 4
            painter.drawLine(QPointF(box.left() + 6, y), QPointF(box.right() - 6, y))
        painter.setPen(QPen(QColor(INK), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)


class _SheetObject(QPyTextObject):
    """Paints one page of the answer sheet where its placeholder character sits (the page's index is a property of
    the character's format), scaled down if the page is smaller than the one it was planned for."""

    def __init__(self, doc: QTextDocument, plan: SheetPlan, header: _Header, metrics: _Metrics) -> None:
        super().__init__(doc)
        self._plan, self._header, self._metrics = plan, header, metrics

    def _scale(self, doc: QTextDocument) -> float:
        page = doc.pageSize()
        if page.width() <= 0 or page.height() <= 0:
            return 1.0
        return min(1.0, page.width() / SHEET_PAGE.width(), (page.height() - 12) / SHEET_PAGE.height())

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        return SHEET_PAGE * self._scale(doc)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        index = int(fmt.property(SHEET_PAGE_PROPERTY) or 0)
        area = QRectF(rect)
        if painter.hasClipping() and painter.clipBoundingRect().intersected(area).height() < 1:
            return  # the page before (Qt draws the whole block there, clipped): its text would be in the PDF
        painter.save()
        painter.translate(area.topLeft())
        painter.scale(self._scale(doc), self._scale(doc))
        self._header.paint(painter, SHEET_PAGE.width())
        columns = self._plan.pages[index]
        _paint_grid(painter, columns, self._metrics, self._header.height, SHEET_PAGE.width())
        rows = max((sum(len(u) for u in column) for column in columns), default=0)
        top = self._header.height + rows * self._metrics.pitch + (10 if rows else 0)
        boxes = self._plan.boxes[index] if index < len(self._plan.boxes) else ()
        _paint_boxes(painter, boxes, self._metrics.number_font, top, SHEET_PAGE.width())
        painter.restore()


# ---- the document and the file --------------------------------------------------------------------------------


def sheet_words(bank: Bank, section_id: str) -> SheetWords:
    return SheetWords(
        title=translate("Paper", "Answer sheet"),
        subtitle=f"{bank.meta.title} · {bank.sections[section_id].title}",
        name=translate("Paper", "Name"),
        code=translate("Paper", "Participant code"),
        klass=translate("Paper", "Class"),
        how=translate(
            "Paper",
            "Fill in one circle in each row, completely. Squares: tick all that apply. A scenario has two rows: "
            "best for the best response, worst for the worst. Write numbers in the box. To change an answer, cross "
            "it out and fill in the new one.",
        ),
    )


def build_paper(bank: Bank, section_id: str, *, questions: bool = True) -> tuple[QTextDocument, SheetPlan]:
    """The paper as a document laid out in 96-dpi units (ready for :func:`cs_quiz.report.pdf.paint_document`):
    the questions (unless ``questions`` is False: the answer sheet alone, to print more of it), then the answer
    sheet from a page of its own. Raises KeyError for a section the bank does not have."""
    if section_id not in bank.sections:
        raise KeyError(section_id)
    doc, device = blank_document(PAPER_STYLE)
    family = doc.defaultFont().family()
    base = QFont(doc.defaultFont())
    base.setPointSizeF(PAPER_PT)
    doc.setDefaultFont(base)
    header = _Header(family, sheet_words(bank, section_id), SHEET_PAGE.width())
    plan = plan_sheet(sheet_rows(bank, section_id), family, SHEET_PAGE, header.height, reflections(bank, section_id))
    widest = len(bank.sections[section_id].questions)
    handler = _SheetObject(doc, plan, header, _Metrics(family, plan.pitch, widest))
    doc.documentLayout().registerHandler(SHEET_OBJECT, handler)
    setattr(doc, "_cs_quiz_refs", (device, handler))  # noqa: B010 - the layout keeps only C++ pointers to them
    doc.setHtml(questionnaire_html(bank, section_id) if questions else "")
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    for index in range(len(plan.pages)):
        block = QTextBlockFormat()
        if questions or index:
            block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        if index or questions:
            cursor.insertBlock(block)
        else:
            cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setObjectType(SHEET_OBJECT)
        fmt.setProperty(SHEET_PAGE_PROPERTY, index)
        cursor.insertText("\ufffc", fmt)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _title(bank, section_id))
    return doc, plan


def _title(bank: Bank, section_id: str) -> str:
    return translate("Paper", "{bank}: {section} on paper").format(
        bank=bank.meta.title, section=bank.sections[section_id].title
    )


def a4_page(doc: QTextDocument) -> QSizeF:
    """The page :func:`cs_quiz.report.pdf.document_pdf` lays ``doc`` out on (A4 inside the report's margins, less
    the footer), in layout units, worked out as :func:`cs_quiz.report.pdf.paint_document` does."""
    writer = QPdfWriter(QBuffer())  # never painted on: nothing is written
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    sx, sy = writer.logicalDpiX() / LAYOUT_DPI, writer.logicalDpiY() / LAYOUT_DPI
    footer = QFontMetricsF(_font(QFont(doc.defaultFont()).family(), FOOTER_PT * LAYOUT_DPI / 72)).height() * 2.2
    return QSizeF(writer.width() / sx, writer.height() / sy - footer)


def keep_questions(doc: QTextDocument, height: float, max_moves: int = 200) -> int:
    """Start a new page before each question that would be split across two pages and fits on one (the report's
    :func:`~cs_quiz.report.pdf.keep_together` lets a long table split). Returns how many were moved."""
    layout = doc.documentLayout()
    moves = 0
    while moves < max_moves:
        for frame in doc.rootFrame().childFrames():
            fmt = frame.frameFormat()
            if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                continue
            rect = layout.frameBoundingRect(frame)
            top = rect.top() % height
            if top > 1 and top + rect.height() > height + 0.5 and rect.height() <= height:
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(fmt)
                doc.markContentsDirty(0, doc.characterCount())  # lay it all out again (see keep_together)
                moves += 1
                break
        else:
            break
    return moves


def paper_pdf(bank: Bank, section_id: str, *, questions: bool = True) -> tuple[bytes, PaperInfo]:
    """The paper as the bytes of an A4 PDF, and how many pages it took."""
    doc, plan = build_paper(bank, section_id, questions=questions)
    footer = f"{bank.meta.title} {bank.meta.version} · {bank.sections[section_id].title}"
    page = a4_page(doc)
    doc.setPageSize(page)  # the size document_pdf lays it out at: questions that would be split are moved first
    keep_questions(doc, page.height())
    data = document_pdf(doc, title=_title(bank, section_id), footer=footer)
    return data, PaperInfo(doc.pageCount(), len(plan.pages), plan.pitch)


def write_paper(bank: Bank, section_id: str, path: str | Path, *, questions: bool = True) -> PaperInfo:
    """Write the paper as an A4 PDF at ``path``, atomically. Raises OSError when it cannot be written."""
    data, info = paper_pdf(bank, section_id, questions=questions)
    atomic_write_bytes(Path(path), data)
    return info
