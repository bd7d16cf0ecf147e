"""The facilitator's PIN dialogs: check a PIN (with the lockout of :class:`cs_quiz.kiosk.pin.PinGuard`) and set one.

Both have an on-screen keypad with large keys, so a touch screen without a keyboard works; a real keyboard types
into the field as usual. The PIN is never shown (password echo), logged or kept after the dialog closes.
Opened with ``open()`` (window-modal), so the kiosk's watchdog keeps running and tests can drive them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.kiosk import pin as pins
from cs_quiz.store.store import StoreError
from cs_quiz.ui.errors import describe
from cs_quiz.ui.rows import WrapRow


def _pin_field(parent: QWidget, accessible: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(pins.MAX_LENGTH)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]*"), field))
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    field.setAccessibleName(accessible)
    field.setObjectName("pinField")
    return field


class _KeypadDialog(QDialog):
    """A dialog with a message line, PIN fields, a 0-9 keypad that types into the focused field, OK and Cancel."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.title = QLabel(title, self)
        self.title.setObjectName("title")
        self.message = QLabel(self)
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.fields: list[QLineEdit] = []
        self.form = QVBoxLayout()
        pad = QGridLayout()
        pad.setSpacing(10)
        self.keys: list[QPushButton] = []
        for i, digit in enumerate("1234567890"):
            key = self._key(digit, self.tr("Digit {d}").format(d=digit), lambda _c=False, d=digit: self._type(d))
            row, col = divmod(i, 3) if digit != "0" else (3, 1)
            pad.addWidget(key, row, col)
            self.keys.append(key)
        self.erase = self._key("⌫", self.tr("Delete the last digit"), self._backspace)
        pad.addWidget(self.erase, 3, 2)
        self.clear = self._key(self.tr("Clear"), self.tr("Clear the PIN"), self._clear_field)
        pad.addWidget(self.clear, 3, 0)
        self.ok = QPushButton(self.tr("OK"), self)
        self.ok.setObjectName("primary")
        self.ok.setAccessibleName(self.tr("Confirm the PIN"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.submit)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setAccessibleName(self.tr("Cancel and go back"))
        self.cancel.clicked.connect(self.reject)
        # The keypad beside the message and the fields, not under them, with OK and Cancel under the keys: stacked,
        # they were taller than a 1024×600 screen (at 200 % text more than a screen and a half) and the keys were
        # squeezed on top of each other. Cancel and OK take two lines when one is too narrow for their words.
        left = QVBoxLayout()
        left.addWidget(self.message)
        left.addSpacing(8)
        left.addLayout(self.form)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(pad)
        right.addStretch(1)
        self.button_row = WrapRow([self.cancel], [self.ok])
        right.addLayout(self.button_row)
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(24)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addLayout(left, 1, 0)
        grid.addLayout(right, 1, 1)
        grid.setColumnStretch(0, 1)
        # Wide enough for the message to wrap into a few lines rather than many (the dialog is as wide as it asks).
        self.message.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)

    def _key(self, text: str, name: str, slot: Callable[..., None]) -> QPushButton:
        key = QPushButton(text, self)
        key.setObjectName("keypadKey")
        key.setAccessibleName(name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing on the pad leaves focus in the field
        key.clicked.connect(slot)
        return key

    def add_field(self, label: str) -> QLineEdit:
        caption = QLabel(label, self)
        field = _pin_field(self, label)
        caption.setBuddy(field)
        # No returnPressed -> submit here: Enter in the field already presses the default button (OK), and doing
        # both counted one Enter as two wrong tries.
        self.form.addWidget(caption)
        self.form.addWidget(field)
        self.fields.append(field)
        return field

    def _target(self) -> QLineEdit:
        focus = self.focusWidget()
        return focus if isinstance(focus, QLineEdit) and focus in self.fields else self.fields[0]

    def _type(self, digit: str) -> None:
        field = self._target()
        if len(field.text()) < field.maxLength():
            field.insert(digit)

    def _backspace(self) -> None:
        self._target().backspace()

    def _clear_field(self) -> None:
        self._target().clear()

    def showEvent(self, event: QShowEvent) -> None:
        """Open ready to type: the focus in the (first) PIN field, not on OK."""
        super().showEvent(event)
        if self.fields and self.fields[0].isEnabled():
            self.fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def submit(self) -> None:
        raise NotImplementedError

    def done(self, result: int) -> None:
        for field in self.fields:  # nothing of a PIN outlives the dialog
            field.clear()
        super().done(result)


class PinDialog(_KeypadDialog):
    """Ask for the facilitator PIN; accepted only for the right one. Wrong tries count towards the guard's lockout,
    which outlives the dialog (the guard belongs to the kiosk window)."""

    def __init__(self, guard: pins.PinGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.tr("Facilitator PIN"))
        self.guard = guard
        self.field = self.add_field(self.tr("PIN"))
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh)
        self.set_message(self.tr("Enter the PIN to open the facilitator panel."))
        self.refresh()

    def submit(self) -> None:
        if self.guard.locked_for() > 0:
            self.refresh()
            return
        attempt = self.guard.check(self.field.text())
        self.field.clear()
        if attempt.outcome is pins.Outcome.OK:
            self.accept()
        elif attempt.outcome is pins.Outcome.WRONG:
            self.set_message(self.tr("Wrong PIN. Tries left before a pause: {n}.").format(n=attempt.tries_left))
        else:
            self.refresh()

    def refresh(self) -> None:
        """Show the lockout (and disable the keys) or lift it; ticks every second while locked."""
        left = self.guard.locked_for()
        locked = left > 0
        for w in (*self.keys, self.erase, self.clear, self.ok, self.field):
            w.setEnabled(not locked)
        if locked:
            self.set_message(self.tr("Too many wrong tries. Try again in {n} s.").format(n=int(left + 0.999)))
            self.ticker.start()
        elif self.ticker.isActive():
            self.ticker.stop()
            self.set_message(self.tr("Enter the PIN to open the facilitator panel."))
            self.field.setFocus(Qt.FocusReason.OtherFocusReason)


class SetPinDialog(_KeypadDialog):
    """Choose a PIN (typed twice). ``required``: there is no PIN yet, so the dialog cannot be dismissed."""

    def __init__(self, store: pins.SettingsStore, parent: QWidget | None = None, *, required: bool = False) -> None:
        super().__init__(parent, self.tr("Set the facilitator PIN"))
        self.store = store
        self.required = required
        self.first = self.add_field(self.tr("New PIN (4 to 12 digits)"))
        self.second = self.add_field(self.tr("The same PIN again"))
        self.cancel.setVisible(not required)
        self.set_message(
            self.tr("The PIN opens the facilitator panel (hold a top corner for 3 seconds, or press Ctrl+Alt+Shift+F).")
        )

    def submit(self) -> None:
        a, b = self.first.text(), self.second.text()
        if pins.pin_problem(a):
            self.set_message(self.tr("A PIN has 4 to 12 digits."))
        elif a != b:
            self.set_message(self.tr("The two PINs differ. Type them again."))
        else:
            try:
                pins.set_pin(self.store, a)
            except StoreError as exc:
                self.set_message(describe(exc))
            else:
                self.accept()
                return
        self.first.clear()
        self.second.clear()
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def reject(self) -> None:
        if not self.required:  # Escape rejects a QDialog: with no PIN yet, the kiosk would be open to all
            super().reject()
