"""Save the report as PDF (off the GUI thread) and print it, through :mod:`cs_quiz.report.pdf`.

The file dialog is opened with ``open()`` so the window stays live (and tests can fill it in); the PDF is
written by :func:`cs_quiz.ui.worker.run_in_background`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from cs_quiz.scoring.engine import Evaluation
from cs_quiz.ui.errors import error_dialog
from cs_quiz.ui.worker import Job, run_in_background


def documents_folder() -> str:
    """Where a person keeps documents: their Documents folder when it exists, else their home folder (never the
    folder cs-quiz happened to be started from)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else QDir.homePath()


def _write(ev: Evaluation, path: str, nickname: str, when: datetime | None, standing: str = "") -> str:
    from cs_quiz.report.pdf import write_pdf  # imported on first use: QtGui's PDF machinery is not needed to start

    write_pdf(ev, path, nickname=nickname, when=when, standing=standing)
    return path


class ReportActions(QObject):
    saved = Signal(str)  # the path written
    failed = Signal(object)  # the exception, after the person was told

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QFileDialog | None = None
        self.job: Job | None = None

    def ask_and_save(
        self, ev: Evaluation, nickname: str = "", when: datetime | None = None, standing: str = ""
    ) -> QFileDialog:
        """``standing``: where the readiness stands in a group, as the results screen says it ("" when it does not):
        the report prints what the screen showed."""
        folder = documents_folder()
        stamp = (when or datetime.now()).strftime("%Y-%m-%d")
        dialog = QFileDialog(self.window, self.tr("Save the report as PDF"), str(Path(folder) / f"cs-quiz-{stamp}.pdf"))
        dialog.setObjectName("savePdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.save(ev, path, nickname, when, standing))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save(
        self, ev: Evaluation, path: str, nickname: str = "", when: datetime | None = None, standing: str = ""
    ) -> Job:
        self.job = job = run_in_background(_write, ev, path, nickname, when, standing)
        job.succeeded.connect(self.saved.emit)
        job.failed.connect(self._failed)
        return job

    def _failed(self, exc: BaseException) -> None:
        error_dialog(self.window, exc, self.tr("Saving the report"))
        self.failed.emit(exc)

    def print(self, ev: Evaluation, nickname: str = "", when: datetime | None = None, standing: str = "") -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from cs_quiz.report.pdf import print_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("printDialog")

        def accepted() -> None:
            try:
                print_report(ev, printer, nickname=nickname, when=when, standing=standing)
            except Exception as exc:  # the printer system's problem, told in plain words
                self._failed(exc)

        dialog.accepted.connect(accepted)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # like open(): the window stays live behind it
