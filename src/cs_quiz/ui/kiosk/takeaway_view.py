"""The kiosk's results screen: the app's own results page beside the take-away — a QR code holding a short
summary (no network: the text is in the code) and, if the facilitator allows it, Print — and a Done button.

The screen goes back to the welcome by itself after the kiosk's results time without input (the shell's idle
monitor does that); the note under the Done button says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from cs_quiz.kiosk.takeaway import CONTEXT, make_qr, summary_text
from cs_quiz.report.qtext import date_words
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.ui.common import label
from cs_quiz.ui.results_page import ResultsPage

QUIET_ZONE = 4  # light modules round the code, as the QR standard asks


def translate_takeaway(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def paint_qr(painter: QPainter, rect: QRectF, modules: list[list[bool]]) -> None:
    """Square modules, black on white, with the quiet zone, as large as fits in ``rect`` (whole pixels when it can)."""
    count = len(modules) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    unit = side / count
    if unit >= 1:
        unit = float(int(unit))
    size = unit * count
    left = rect.left() + (rect.width() - size) / 2
    top = rect.top() + (rect.height() - size) / 2
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, size, size), QColor("white"))
    painter.setBrush(QColor("black"))
    for y, row in enumerate(modules):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(left + (x + QUIET_ZONE) * unit, top + (y + QUIET_ZONE) * unit, unit, unit))
    painter.restore()


class QrCode(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("takeawayQr")
        self.text = text
        qr = make_qr(text)
        self.modules = [[bool(c) for c in row] for row in qr.matrix]
        # Its own size, square: stretched, it stood in a tall box with empty space above and below the code.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(QSize(4, 4) * (len(self.modules) + 2 * QUIET_ZONE))
        self.setAccessibleName(self.tr("QR code with a summary of your result"))
        self.setAccessibleDescription(text)

    def sizeHint(self) -> QSize:
        return QSize(6, 6) * (len(self.modules) + 2 * QUIET_ZONE)

    def heightForWidth(self, width: int) -> int:
        return width

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_qr(painter, QRectF(self.rect()), self.modules)
        painter.end()


def print_takeaway(printer: object, text: str, title: str) -> bool:
    """Print the summary text and its QR code on one page of ``printer`` (a QPrinter); False if it cannot start."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        page = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
        page.moveTo(0, 0)
        font = QFont(painter.font())
        font.setPointSizeF(12)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        head = QFont(font)
        head.setPointSizeF(16)
        head.setBold(True)
        painter.setFont(head)
        painter.drawText(QRectF(0, 0, page.width(), line * 2), int(Qt.AlignmentFlag.AlignLeft), title)
        painter.setFont(font)
        body = QRectF(0, line * 2.5, page.width() * 0.58, page.height() - line * 2.5)
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
        side = page.width() * 0.38
        modules = [[bool(c) for c in row] for row in make_qr(text).matrix]
        paint_qr(painter, QRectF(page.width() - side, line * 2.5, side, side), modules)
    finally:
        painter.end()
    return True


def printer_available() -> bool:
    from PySide6.QtPrintSupport import QPrinterInfo

    return not QPrinterInfo.defaultPrinter().isNull()


class KioskResults(QWidget):
    """One person's results; built for that person and deleted when they leave."""

    done = Signal()
    print_requested = Signal()

    def __init__(
        self,
        ev: Evaluation,
        parent: QWidget | None = None,
        *,
        qr: bool = True,
        printing: bool = False,
        results_seconds: int = 120,
        when: date | None = None,
        standing: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskResults")
        self.summary = summary_text(
            ev.score, ev.advice, when=when, translate=translate_takeaway, date_words=date_words, standing=standing
        )
        self.page = ResultsPage(self)
        self.page.retake = self.tr("Tap “Done — back to the start”, then start again.")  # no "Start again" here
        self.page.show_evaluation(ev, standing=standing)
        for b in (self.page.save, self.page.history, self.page.print, self.page.home):
            b.hide()  # no files, no one else's history; print and done are on the side
        side = QFrame(self)
        side.setObjectName("takeawayColumn")
        # What to take away scrolls when the screen is short (1024×600, larger text); Done and the note on the
        # screen clearing itself stay in sight under it. Squeezed instead, the QR code covered the text under it
        # (its white margin is what phone cameras need to find it) and the buttons.
        scroll = QScrollArea(side)
        scroll.setObjectName("takeawayScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        body.setObjectName("takeawayBody")
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        self.qr: QrCode | None = None
        if qr:
            col.addWidget(label(body, "heading", self.tr("Take your result with you")))
            self.qr = QrCode(self.summary, body)
            col.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
            col.addWidget(
                label(
                    body,
                    "takeawayHint",
                    self.tr(
                        "Point your phone’s camera at the code: it shows a short summary. Nothing is sent anywhere."
                    ),
                )
            )
        self.print_button: QPushButton | None = None
        self.print_status = label(body, "printStatus", "")
        if printing:
            self.print_button = QPushButton(self.tr("Print a summary"), body)
            self.print_button.setAccessibleName(self.tr("Print a summary of your result"))
            self.print_button.clicked.connect(self.print_requested.emit)
            col.addWidget(self.print_button)
            col.addWidget(self.print_status)
        col.addStretch(1)
        scroll.setWidget(body)
        # As wide as what it holds, with room for its scroll bar: the code is never cut at the side.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(body.minimumSizeHint().width() + bar)
        column = QVBoxLayout(side)
        column.addWidget(scroll, 1)
        self.done_button = QPushButton(self.tr("Done — back to the start"), side)
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName(self.tr("Done: clear my result and go back to the start"))
        self.done_button.clicked.connect(self.done.emit)
        column.addWidget(self.done_button)
        column.addWidget(
            label(
                side,
                "autoReturn",
                self.tr("This screen clears itself after {n} s without a touch.").format(n=results_seconds),
            )
        )
        row = QHBoxLayout(self)
        row.addWidget(self.page, 3)
        row.addWidget(side, 2 if qr else 1)
        self.done_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def print_summary(self, printer: object | None = None) -> bool:
        """Print on ``printer`` (default: the system's default printer, no dialog); report how it went."""
        from PySide6.QtPrintSupport import QPrinter

        if printer is None:
            if not printer_available():
                self.print_status.setText(self.tr("No printer is connected. Ask the facilitator."))
                return False
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        ok = print_takeaway(printer, self.summary, self.tr("Your Customer Service Director readiness"))
        self.print_status.setText(self.tr("Sent to the printer.") if ok else self.tr("Printing did not start."))
        if self.print_button is not None:
            self.print_button.setEnabled(not ok)  # one copy per person
        return ok
