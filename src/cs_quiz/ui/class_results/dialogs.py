"""The Class results window's door: asking for the teacher password (or the facilitator PIN), or choosing one.

Plain dialogs with a real keyboard (a teacher's desktop, not a kiosk): the fields take typing at once, Enter
submits, Escape cancels. Opened with ``open()``, so tests drive them and the main window stays responsive.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.kiosk import pin as pins
from cs_quiz.store.store import StoreError
from cs_quiz.ui.class_results.password import MAX_LENGTH, MIN_LENGTH, Access, password_problem
from cs_quiz.ui.errors import describe


class _Door(QDialog):
    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("classResultsDoor")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.column = col = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        col.addWidget(self.message)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        col.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        col.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

    def showEvent(self, event: QShowEvent) -> None:
        """Typing goes into the first field at once (not into the OK button)."""
        super().showEvent(event)
        self._fit()
        fields = self.findChildren(QLineEdit)
        if fields and not any(f.hasFocus() for f in fields):
            fields[0].setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def field(self, text: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(MAX_LENGTH)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText)
        edit.setAccessibleName(text.replace("&", ""))
        caption = QLabel(text, self)
        caption.setBuddy(edit)
        self.form.addRow(caption, edit)
        return edit

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self._fit()

    def _fit(self) -> None:
        """A dialog's layout does not ask a wrapping label for its height at the dialog's width: the message is
        given the lines it needs at that width, and the dialog grows to hold them."""
        margins = self.column.contentsMargins()
        width = max(self.width(), self.minimumWidth()) - margins.left() - margins.right()
        self.message.setMinimumHeight(self.message.heightForWidth(width))
        self.adjustSize()

    def submit(self) -> None:  # overridden
        self.accept()


class PasswordDialog(_Door):
    """Ask for the teacher password or the facilitator PIN; accepted only for a right one, with the lockout."""

    def __init__(self, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Class results"))
        self.access = access
        self.password = self.field(self.tr("&Password or PIN:"), "password")
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh)
        self.greeting = self.tr(
            "The class's results are other people's answers. Type the teacher password, or the facilitator PIN "
            "of this computer's kiosk."
        )
        self.say(self.greeting)
        self.refresh()

    def submit(self) -> None:
        if self.access.guard.locked_for() > 0:
            self.refresh()
            return
        attempt = self.access.check(self.password.text())
        self.password.clear()
        if attempt.outcome is pins.Outcome.OK:
            self.accept()
        elif attempt.outcome is pins.Outcome.WRONG:
            self.say(self.tr("That is not the password. Tries left before a pause: {n}.").format(n=attempt.tries_left))
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.refresh()

    def refresh(self) -> None:
        left = self.access.guard.locked_for()
        locked = left > 0
        self.password.setEnabled(not locked)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not locked)
        if locked:
            self.say(self.tr("Too many wrong tries. Try again in {n} s.").format(n=int(left + 0.999)))
            self.ticker.start()
        elif self.ticker.isActive():
            self.ticker.stop()
            self.say(self.greeting)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)


class SetPasswordDialog(_Door):
    """Choose the teacher password (typed twice): the first time the window is opened on this computer."""

    def __init__(self, access: Access, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Choose a teacher password"))
        self.access = access
        self.first = self.field(self.tr("&New password:"), "newPassword")
        self.second = self.field(self.tr("The same &again:"), "repeatPassword")
        self.intro = self.tr(
            "Class results hold other people's answers. Choose a password of at least {n} characters, so that "
            "no one else using this computer can open them. Keep it somewhere safe: it cannot be shown again."
        ).format(n=MIN_LENGTH)
        self.say(self.intro)

    def submit(self) -> None:
        a, b = self.first.text(), self.second.text()
        if password_problem(a):
            self.say(
                self.tr("A password has at least {n} characters, without a space at its start or end.").format(
                    n=MIN_LENGTH
                )
            )
        elif a != b:
            self.say(self.tr("The two passwords differ. Type them again."))
        else:
            try:
                self.access.set_password(a)
            except (StoreError, ValueError) as exc:
                self.say(describe(exc))
            else:
                self.accept()
                return
        self.first.clear()
        self.second.clear()
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)
