"""The printable report: one evaluation as a paginated :class:`QTextDocument`, written to PDF or sent to a printer.

It shows what the results screen shows (readiness band and score, the competency chart and the same figures as a
table, strengths and gaps, career stage, development actions, certifications and associations, the best-fitting
specialisation, response-quality notes) with the person's nickname, the date and the bank's version.

This module is the public API (:func:`build_document`, :func:`paint_document`, :func:`pdf_bytes`, :func:`write_pdf`,
:func:`print_report`, :func:`ensure_app`) and the page: the chart object, layout units, pagination and footer. The
sections are written as HTML by :mod:`cs_quiz.report.html`, from bank text made safe by :mod:`cs_quiz.report.markup`
(whose ``inline_html``, ``block_html`` and colours are re-exported here).

How it stays faithful on paper:

- The chart is a custom text object drawn by :func:`cs_quiz.report.chartpaint.paint_competency_chart` with whatever
  painter draws the page, so in a PDF it is vector drawing and its labels are real text (an image would be lossy
  JPEG with labels nobody can search or read aloud).
- The document is laid out in 96-dpi units on a fixed-resolution device, so it paginates the same on every machine;
  pages are painted one by one with our own footer (Qt's ``print()`` would add a bare page number instead).
- The bundled DejaVu Sans fonts are registered before anything is laid out: with no fonts installed Qt writes a
  PDF with no text at all.
- Every piece of bank text is HTML-escaped first; only the bank format's small Markdown (``**bold**``,
  ``*italic*``, ``- `` lists) is turned into markup afterwards.

QtGui and QtPrintSupport only: no widgets, so the CLI writes reports without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from cs_quiz import __version__
from cs_quiz.atomic import atomic_write_bytes
from cs_quiz.report.chartpaint import (
    ChartColors,
    ensure_fonts,
    paint_competency_chart,
    preferred_height,
    without_ligatures,
)
from cs_quiz.report.html import CHART_MARK
from cs_quiz.report.html import report_html as report_html
from cs_quiz.report.markup import ACCENT as ACCENT
from cs_quiz.report.markup import HEAD as HEAD
from cs_quiz.report.markup import INK as INK
from cs_quiz.report.markup import MUTED as MUTED
from cs_quiz.report.markup import RULE as RULE
from cs_quiz.report.markup import STYLE, when_text
from cs_quiz.report.markup import TINT as TINT
from cs_quiz.report.markup import block_html as block_html
from cs_quiz.report.markup import inline_html as inline_html
from cs_quiz.report.markup import translate as translate
from cs_quiz.scoring.engine import Evaluation

# Layout units: the document is laid out as if on a 96-dpi screen, whatever it is finally painted on.
LAYOUT_DPI = 96
BODY_PT = 9.0
FOOTER_PT = 7.5
MARGINS_MM = QMarginsF(15, 13, 15, 12)
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1

_app: QGuiApplication | None = None  # kept alive here when this module had to create it


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one when there is none (e.g. the ``cs-quiz report`` command).

    On Linux and the BSDs with no display (no DISPLAY or WAYLAND_DISPLAY) and no QT_QPA_PLATFORM of the user's, Qt's
    ``offscreen`` platform is chosen first, since the default one would abort the process. Raises RuntimeError when a
    QCoreApplication (not Gui) already exists: fonts and painting need a GUI application.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("the report needs a QGuiApplication, but a plain QCoreApplication is running")
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "cs-quiz"])
    return _app


# ---------------------------------------------------------------------------------------------------------------
# The chart as a text object, painted by whatever painter draws the page.


class _ChartObject(QPyTextObject):
    """Lays out and paints the competency chart where the placeholder character sits in the document."""

    def __init__(self, doc: QTextDocument, ev: Evaluation, colors: ChartColors, font: QFont) -> None:
        super().__init__(doc)
        self._ev = ev
        self._colors = colors
        self._font = font

    def _width(self, doc: QTextDocument) -> float:
        width = doc.pageSize().width() if doc.pageSize().width() > 0 else doc.textWidth()
        return (width if width > 0 else 680.0) - 2 * doc.documentMargin() - 2

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        width = self._width(doc)
        return QSizeF(width, preferred_height(self._ev.bank, self._ev.score, width, self._font) + 4)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        area = QRectF(rect).adjusted(0, 2, 0, -2)
        paint_competency_chart(painter, area, self._ev.bank, self._ev.score, colors=self._colors, font=self._font)


def _pixel_font(family: str, points: float, *, bold: bool = False) -> QFont:
    """A font sized in layout units, which stay right however the painter is scaled (see the module docstring)."""
    font = without_ligatures(QFont(family))
    font.setPixelSize(max(1, round(points * LAYOUT_DPI / 72)))
    font.setBold(bold)
    return font


# ---------------------------------------------------------------------------------------------------------------
# The document, its pages and where they go.


def build_document(
    ev: Evaluation,
    *,
    nickname: str = "",
    when: datetime | None = None,
    colors: ChartColors | None = None,
    page_width: float = 0.0,
    standing: str = "",
) -> QTextDocument:
    """The whole report as a document laid out in 96-dpi units (ready for :func:`paint_document`).

    ``page_width`` (layout units) sets the text width for showing it on screen; painting on a page sets its own.
    ``standing``: where the readiness stands in a group, as the results screen said it ("" when it said nothing).
    Creates the QGuiApplication if there is none (see :func:`ensure_app`) and registers the bundled fonts.
    """
    doc, device = blank_document()
    family = doc.defaultFont().family()
    if page_width > 0:
        doc.setTextWidth(page_width)
    chart = _ChartObject(doc, ev, colors or ChartColors(), _pixel_font(family, BODY_PT - 0.5))  # the light theme
    doc.documentLayout().registerHandler(CHART_OBJECT, chart)
    # Both must live as long as the document: the layout keeps only C++ pointers to them.
    setattr(doc, "_cs_quiz_refs", (device, chart))  # noqa: B010 - a dynamic attribute on a Qt wrapper
    doc.setHtml(report_html(ev, nickname=nickname, when=when, standing=standing))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _title(ev, nickname))

    found = doc.find(CHART_MARK)
    if not found.isNull():
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        found.insertText("\ufffc", fmt)
    return doc


def blank_document(style: str = STYLE) -> tuple[QTextDocument, QImage]:
    """An empty report document laid out in 96-dpi units in the bundled font, and the device that fixes its dpi
    (keep both alive together: the layout holds only a pointer to the device). Creates the QGuiApplication if
    there is none and registers the bundled fonts."""
    ensure_app()
    family = ensure_fonts()
    doc = QTextDocument()
    device = QImage(1, 1, QImage.Format.Format_RGB32)  # fixes the layout's dpi: same pages on every machine
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    base = without_ligatures(QFont(family))
    base.setPointSizeF(BODY_PT)
    doc.setDefaultFont(base)
    doc.setDefaultStyleSheet(style)
    return doc, device


def document_pdf(doc: QTextDocument, *, title: str, footer: str) -> bytes:
    """``doc`` painted as an A4 PDF with the report's margins and a footer on every page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator(f"cs-quiz {__version__}")
    paint_document(doc, writer, footer=footer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def _title(ev: Evaluation, nickname: str) -> str:
    if nickname.strip():
        return translate("Report", "{bank} \u2014 report for {nickname}").format(
            bank=ev.bank.meta.title, nickname=nickname.strip()
        )
    return translate("Report", "{bank} \u2014 report").format(bank=ev.bank.meta.title)


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, *, footer: str = "") -> int:
    """Paginate ``doc`` to ``device``'s page (its margins already applied) and paint every page with a footer of
    ``footer`` and "Page n of m". Returns the number of pages. Raises OSError if the device cannot be painted on.
    """
    sx = device.logicalDpiX() / LAYOUT_DPI
    sy = device.logicalDpiY() / LAYOUT_DPI
    width, height = device.width() / sx, device.height() / sy
    family = QFont(doc.defaultFont()).family()
    small = _pixel_font(family, FOOTER_PT)
    footer_h = QFontMetricsF(small).height() * 2.2
    page = QSizeF(width, height - footer_h)
    doc.setPageSize(page)
    keep_together(doc)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Report", "cannot start painting the report (is the printer or file available?)"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        painter.scale(sx, sy)
        for i in range(pages):
            if i and not device.newPage():
                raise OSError(translate("Report", "cannot start a new page"))
            painter.save()
            painter.translate(0, -i * page.height())
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            _paint_footer(painter, QRectF(0, height - footer_h, width, footer_h), small, footer, i + 1, pages)
    finally:
        painter.end()
    return pages


def keep_together(doc: QTextDocument, *, lines_after: float = 3.0, max_moves: int = 30) -> int:
    """Start a new page before a heading that would end a page (followed there by less than ``lines_after``
    lines), and before a table that would be split with only a few rows, or only its last few rows, on the first
    page; Qt's rich text has neither keep-with-next nor keep-together. Call after ``setPageSize``. Returns how
    many page breaks were added.
    """
    height = doc.pageSize().height()
    if height <= 0:
        return 0
    layout = doc.documentLayout()
    need = QFontMetricsF(QFont(doc.defaultFont(), layout.paintDevice())).height() * lines_after
    moves = 0
    while moves < max_moves:
        split = _first_split(doc, height, need)
        if split is None:
            break
        split()
        # Qt re-lays out only part of the document after a format change (the rest waits for the event loop),
        # which would leave later blocks unplaced and the page count short: lay it all out again.
        doc.markContentsDirty(0, doc.characterCount())
        moves += 1
    return moves


def _first_split(doc: QTextDocument, height: float, need: float) -> Callable[[], None] | None:
    """A function that moves the first badly split heading or table to the next page (None: all is well)."""
    layout = doc.documentLayout()
    found: list[tuple[float, Callable[[], None]]] = []

    for frame in doc.rootFrame().childFrames():
        frame_format = frame.frameFormat()
        if frame_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            continue
        rect = layout.frameBoundingRect(frame)
        top = rect.top() % height
        # A long table may split (its header row repeats), but not with only a few rows left on the page.
        room = height - top
        if top > 1 and top + rect.height() > height + 0.5 and (room < need * 2 or rect.height() < room * 1.25):

            def move_frame(frame: Any = frame, frame_format: Any = frame_format) -> None:
                frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(frame_format)

            found.append((rect.top(), move_frame))
            break

    block = doc.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if (
            block_format.headingLevel() > 0
            and QTextCursor(block).currentTable() is None
            and not block_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        ):
            rect = layout.blockBoundingRect(block)
            top = rect.top() % height
            if top > 1 and top + rect.height() + need > height:

                def move_block(block: Any = block, block_format: Any = block_format) -> None:
                    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(block_format)

                found.append((rect.top(), move_block))
                break
        block = block.next()
    return min(found, key=lambda item: item[0])[1] if found else None


def _paint_footer(painter: QPainter, rect: QRectF, font: QFont, text: str, page: int, pages: int) -> None:
    painter.save()
    painter.setPen(QPen(QColor(RULE), 0.8))
    y = rect.top() + rect.height() * 0.35
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    line = QRectF(rect.left(), y + 2, rect.width(), rect.bottom() - y - 2)
    number = translate("Report", "Page {page} of {pages}").format(page=page, pages=pages)
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number)
    room = QRectF(
        line.left(), line.top(), line.width() - QFontMetricsF(font).horizontalAdvance(number) - 20, line.height()
    )
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room.width())
    painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
    painter.restore()


def _footer(ev: Evaluation, nickname: str, when: datetime) -> str:
    bits = [f"{ev.bank.meta.title} {ev.bank.meta.version}", when_text(when)]
    if nickname.strip():
        bits.insert(0, " ".join(nickname.split()))
    return " \u00b7 ".join(bits)


def pdf_bytes(ev: Evaluation, *, nickname: str = "", when: datetime | None = None, standing: str = "") -> bytes:
    """The report as the bytes of an A4 PDF (``standing``: see :func:`build_document`)."""
    when = when or datetime.now()
    doc = build_document(ev, nickname=nickname, when=when, standing=standing)
    return document_pdf(doc, title=_title(ev, nickname), footer=_footer(ev, nickname, when))


def write_pdf(
    ev: Evaluation,
    path: str | os.PathLike[str],
    *,
    nickname: str = "",
    when: datetime | None = None,
    standing: str = "",
) -> None:
    """Write the report as an A4 PDF at ``path``, atomically: a reader (or a crash) never sees half a file.

    Raises OSError when the file cannot be written (the old file, if any, is then untouched).
    """
    data = pdf_bytes(ev, nickname=nickname, when=when, standing=standing)
    atomic_write_bytes(Path(path), data)


def print_report(
    ev: Evaluation, printer: QPrinter, *, nickname: str = "", when: datetime | None = None, standing: str = ""
) -> int:
    """Print the report on ``printer`` as set up by the user (page size, margins, printer or PDF file).

    Returns the number of pages. Raises OSError when the printer cannot be started.
    """
    when = when or datetime.now()
    doc = build_document(ev, nickname=nickname, when=when, standing=standing)
    if not printer.docName():
        printer.setDocName(_title(ev, nickname))
    return paint_document(doc, printer, footer=_footer(ev, nickname, when))
