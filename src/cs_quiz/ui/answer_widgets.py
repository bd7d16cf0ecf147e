"""The answer part of a question card: one editor per question type, all with the same small interface.

An editor shows an answer and reports a new one through ``changed`` (``None`` = cleared); it never checks or
stores answers itself — the page hands them to the session. Option texts wrap (a QRadioButton's own text does
not), so each option is a button without text beside a wrapping label; the button carries the accessible name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from cs_quiz.bank.model import NOT_YET, Bank, Option, ProfileInput, Question, QuestionType
from cs_quiz.report import markup
from cs_quiz.ui.common import show_bank_text

Choice = tuple[Any, str]  # (the answer value, the text shown)


def _label(text: str, parent: QWidget) -> QLabel:
    """An option's wrapping text, its bank Markdown rendered (plain text stays plain: & and < as written)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("optionText")
    return show_bank_text(label, text)


class _NumberBox(QDoubleSpinBox):
    """A number field a little wider than Qt asks for: Qt 6.10 sized it to its widest text to the pixel, and
    "Not answered" lost its last letter to the field's own margin."""

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(2 * self.fontMetrics().averageCharWidth(), 0)

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint() + QSize(2 * self.fontMetrics().averageCharWidth(), 0)


class _ClickRow(QWidget):
    """A button and its wrapping text; a click anywhere on the row acts like a click on the button."""

    def __init__(self, button: QAbstractButton, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("optionRow")
        self.button = button
        button.setAccessibleName(markup.plain(text))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(_label(text, self), 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)  # the ring moves to the answer tapped
            self.button.click()
        super().mouseReleaseEvent(event)


class AnswerEditor(QWidget):
    changed = Signal(object)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def choose(self, number: int) -> bool:
        """Digit key ``number`` (1-based) picks an option; False when this editor has no such option."""
        return False

    def focus_first(self) -> None:
        self.focusNextChild()


def _clear(group: QButtonGroup) -> None:
    exclusive = group.exclusive()
    group.setExclusive(False)
    for b in group.buttons():
        b.setChecked(False)
    group.setExclusive(exclusive)


class ChoiceEditor(AnswerEditor):
    """One of several (likert points, single choice, profile choice): radio buttons."""

    def __init__(self, choices: Sequence[Choice], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keys = [key for key, _ in choices]
        self.group = QButtonGroup(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for i, (_, text) in enumerate(choices):
            button = QRadioButton(self)
            button.setObjectName(f"option{i + 1}")
            button.setAccessibleDescription(name)
            self.group.addButton(button, i)
            box.addWidget(_ClickRow(button, text, self))
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.changed.emit(self.keys[index])

    def value(self) -> Any:
        index = self.group.checkedId()
        return None if index < 0 else self.keys[index]

    def set_value(self, value: Any) -> None:
        self.group.blockSignals(True)
        if value in self.keys:
            self.group.button(self.keys.index(value)).setChecked(True)
        else:
            _clear(self.group)
        self.group.blockSignals(False)

    def choose(self, number: int) -> bool:
        button = self.group.button(number - 1)
        if button is None:
            return False
        button.click()
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)  # focus follows the choice, so it stays visible
        return True

    def focus_first(self) -> None:
        checked = self.group.checkedButton()
        (checked or self.group.button(0)).setFocus(Qt.FocusReason.TabFocusReason)


class MultiEditor(AnswerEditor):
    """Any of several: check boxes. The answer is the list of checked options (empty means "none of these").
    Checking an ``exclusive`` option ("None of these") clears the others, and checking another clears it."""

    def __init__(
        self, choices: Sequence[Choice], name: str, parent: QWidget | None = None, exclusive: Sequence[Any] = ()
    ) -> None:
        super().__init__(parent)
        self.keys = [key for key, _ in choices]
        self.exclusive = set(exclusive)
        self.boxes: list[QCheckBox] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for i, (_, text) in enumerate(choices):
            check = QCheckBox(self)
            check.setObjectName(f"option{i + 1}")
            check.setAccessibleDescription(name)
            check.toggled.connect(lambda checked, i=i: self._toggled(i, checked))
            self.boxes.append(check)
            box.addWidget(_ClickRow(check, text, self))

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            alone = self.keys[index] in self.exclusive
            for key, other in zip(self.keys, self.boxes, strict=True):
                if other is not self.boxes[index] and other.isChecked() and (alone or key in self.exclusive):
                    other.blockSignals(True)  # one change, said once below
                    other.setChecked(False)
                    other.blockSignals(False)
        self.changed.emit(self.value())

    def value(self) -> Any:
        return [k for k, b in zip(self.keys, self.boxes, strict=True) if b.isChecked()]

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for key, check in zip(self.keys, self.boxes, strict=True):
            check.blockSignals(True)
            check.setChecked(key in chosen)
            check.blockSignals(False)

    def choose(self, number: int) -> bool:
        if not 1 <= number <= len(self.boxes):
            return False
        self.boxes[number - 1].click()
        return True

    def focus_first(self) -> None:
        self.boxes[0].setFocus(Qt.FocusReason.TabFocusReason)


class NumberEditor(AnswerEditor):
    """A number within the question's bounds; the value just below them reads "Not answered"."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lo = question.minimum if question.minimum is not None else 0.0
        hi = question.maximum if question.maximum is not None else 1_000_000.0
        self.whole = float(lo).is_integer() and float(hi).is_integer()
        self.spin = _NumberBox(self)
        self.spin.setObjectName("numberInput")
        self.spin.setDecimals(0 if self.whole else 2)
        step = 1.0 if self.whole else 0.5
        self.unset = lo - step
        self.spin.setRange(self.unset, hi)
        self.spin.setSingleStep(step)
        self.spin.setSpecialValueText(self.tr("Not answered"))
        if question.unit:
            self.spin.setSuffix(" " + question.unit)
        self.spin.setAccessibleName(question.text)
        self.spin.lineEdit().setAccessibleName(question.text)  # the part that really holds focus
        self.spin.setAccessibleDescription(self.tr("A number from {lo:g} to {hi:g}").format(lo=lo, hi=hi))
        self.spin.setValue(self.unset)
        self.spin.valueChanged.connect(lambda _v: self.changed.emit(self.value()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.spin)
        row.addStretch(1)

    def value(self) -> Any:
        v = self.spin.value()
        if v <= self.unset:
            return None
        return int(round(v)) if self.whole else v

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(self.unset if value is None else float(value))
        self.spin.blockSignals(False)

    def focus_first(self) -> None:
        self.spin.setFocus(Qt.FocusReason.TabFocusReason)
        self.spin.selectAll()


class ScenarioEditor(AnswerEditor):
    """Best (and/or worst) response: a column of radio buttons per role beside each option's text."""

    def __init__(self, question: Question, options: Sequence[Option], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.roles = list(question.ask)
        self.keys = [o.id for o in options]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        titles = {"best": self.tr("Best"), "worst": self.tr("Worst")}
        self.groups: dict[str, QButtonGroup] = {}
        for col, role in enumerate(self.roles):
            head = QLabel(titles[role], self)
            head.setObjectName("columnHead")
            grid.addWidget(head, 0, col, Qt.AlignmentFlag.AlignHCenter)
            self.groups[role] = QButtonGroup(self)
        head = QLabel(self.tr("Response"), self)
        head.setObjectName("columnHead")
        grid.addWidget(head, 0, len(self.roles))
        for row, option in enumerate(options, start=1):
            for col, role in enumerate(self.roles):
                button = QRadioButton(self)
                button.setObjectName(f"{role}{row}")
                name = self.tr("{role}: {text}").format(role=titles[role], text=option.text)
                button.setAccessibleName(name)
                self.groups[role].addButton(button, row - 1)
                grid.addWidget(button, row, col, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(option.text, self), row, len(self.roles))
        grid.setColumnStretch(len(self.roles), 1)
        for role, group in self.groups.items():
            group.idToggled.connect(lambda i, on, r=role: self._picked(r, i) if on else None)

    def _picked(self, role: str, index: int) -> None:
        for other, group in self.groups.items():  # one option cannot be both best and worst
            if other != role and group.checkedId() == index:
                group.blockSignals(True)
                _clear(group)
                group.blockSignals(False)
        self.changed.emit(self.value())

    def value(self) -> Any:
        picks = {r: self.keys[g.checkedId()] for r, g in self.groups.items() if g.checkedId() >= 0}
        return picks or None

    def set_value(self, value: Any) -> None:
        picks = value if isinstance(value, dict) else {}
        for role, group in self.groups.items():
            group.blockSignals(True)
            key = picks.get(role)
            if key in self.keys:
                group.button(self.keys.index(key)).setChecked(True)
            else:
                _clear(group)
            group.blockSignals(False)

    def target_role(self) -> str:
        """Where a digit goes: the column with focus, else the first column not yet picked, else the first."""
        focus = QApplication.focusWidget()
        for role, group in self.groups.items():
            if focus in group.buttons():
                return role
        return self._unpicked() or self.roles[0]

    def _unpicked(self) -> str | None:
        return next((r for r, g in self.groups.items() if g.checkedId() < 0), None)

    def choose(self, number: int) -> bool:
        """Pick in the target column, then move focus on to a column still to pick (so "1", "3" = best 1,
        worst 3), or onto the pick just made."""
        button = self.groups[self.target_role()].button(number - 1)
        if button is None:
            return False
        button.click()
        rest = self._unpicked()
        target = button if rest is None else self.groups[rest].button(0)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_first(self) -> None:
        group = self.groups[self.roles[0]]
        (group.checkedButton() or group.button(0)).setFocus(Qt.FocusReason.TabFocusReason)


class ReflectionEditor(AnswerEditor):
    """Free text in the person's own words (never scored). Tab moves on (Enter starts a new line); what is typed
    past the question's length is not taken, and the counter says so. Every change is an answer, as a click is."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = question.max_length
        self.box = QPlainTextEdit(self)
        self.box.setObjectName("reflectionText")
        self.box.setTabChangesFocus(True)
        self.box.setAccessibleName(markup.plain(question.text))
        self.box.setMinimumHeight(self.box.fontMetrics().lineSpacing() * 6)
        self.count = QLabel(self)
        self.count.setObjectName("reflectionCount")
        self.count.setWordWrap(True)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.box)
        col.addWidget(self.count)
        self.box.textChanged.connect(self._edited)
        self._say(0, cut=False)

    def _say(self, length: int, *, cut: bool) -> None:
        said = self.tr("{n} of {limit} characters").format(n=length, limit=self.limit)
        if cut:
            said += " " + self.tr("That is as much as this question takes: the rest was not added.")
        self.count.setText(said)
        self.box.setAccessibleDescription(said)

    def _edited(self) -> None:
        text = self.box.toPlainText()
        cut = len(text) > self.limit
        if cut:  # a paste or a long type-in: keep what fits, say what happened, keep the cursor at the end
            self.box.blockSignals(True)
            self.box.setPlainText(text[: self.limit])
            self.box.moveCursor(self.box.textCursor().MoveOperation.End)
            self.box.blockSignals(False)
            QApplication.beep()
        self._say(min(len(text), self.limit), cut=cut)
        words = self.box.toPlainText().strip()
        self.changed.emit(words or None)

    def value(self) -> Any:
        return self.box.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if text != (self.value() or ""):  # the answer being typed comes back trimmed: leave the box as it is
            self.box.blockSignals(True)
            self.box.setPlainText(text)
            self.box.moveCursor(self.box.textCursor().MoveOperation.End)
            self.box.blockSignals(False)
            self._say(len(self.box.toPlainText()), cut=False)  # else the counter keeps what it just said

    def focus_first(self) -> None:
        self.box.setFocus(Qt.FocusReason.TabFocusReason)


def make_editor(
    bank: Bank, question: Question, parent: QWidget | None = None, options: Sequence[Option] | None = None
) -> AnswerEditor:
    """The editor for ``question``, its options in the order given (the attempt's own, else as written)."""
    shown = question.options if options is None else tuple(options)
    if question.type is QuestionType.LIKERT:
        scale = bank.scales[question.scale or ""]
        points: list[tuple[Any, str]] = [(p.value, p.label) for p in scale.points]
        if scale.not_yet:  # "I haven't had the chance yet": last, apart from the scale
            points.append((NOT_YET, scale.not_yet))
        return ChoiceEditor(points, question.text, parent)
    if question.type is QuestionType.SCENARIO:
        return ScenarioEditor(question, shown, parent)
    if question.type is QuestionType.REFLECTION:
        return ReflectionEditor(question, parent)
    if question.type is QuestionType.PROFILE and question.input is ProfileInput.NUMBER:
        return NumberEditor(question, parent)
    choices = [(o.id, o.text) for o in shown]
    if question.type is QuestionType.MULTI or question.input is ProfileInput.MULTI:
        exclusive = [o.id for o in shown if o.exclusive]
        return MultiEditor(choices, question.text, parent, exclusive)
    return ChoiceEditor(choices, question.text, parent)
