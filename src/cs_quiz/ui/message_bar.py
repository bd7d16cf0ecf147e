"""A non-blocking bar across the top of the window: saving problems, a recovered results file, notices, and a saved
report with Open and Show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cs_quiz.ui import announcer


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)  # then setText: see common.button
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.hide)
        self.saved_path: Path | None = None
        self.open_button = QPushButton(self)
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the saved file"))
        self.open_button.clicked.connect(lambda: self._open(self.saved_path))
        self.folder_button = QPushButton(self)
        self.folder_button.setText(self.tr("Show in folder"))
        self.folder_button.setAccessibleName(self.tr("Open the folder the file was saved in"))
        self.folder_button.clicked.connect(lambda: self._open(self.saved_path.parent if self.saved_path else None))
        row = QHBoxLayout(self)
        row.addWidget(self.label, 1)
        for b in (self.open_button, self.folder_button, self.close_button):
            row.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        self.open_button.hide()
        self.folder_button.hide()
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str, level: str = "warning") -> None:
        """``level`` is "warning" or "info"; it only changes the colours (the style sheet keys on it)."""
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.saved_path = None
        self.open_button.hide()
        self.folder_button.hide()
        self.show()
        announcer.announce(self, text, assertive=level == "warning")

    def show_saved(self, text: str, path: Path) -> None:
        """A file was written: say where, and offer to open it or the folder it is in."""
        self.show_message(text, "info")
        self.saved_path = path
        self.open_button.show()
        self.folder_button.show()

    @staticmethod
    def _open(path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))  # the system's PDF viewer, its file manager

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()
