"""What the accessibility tests share: keys as a keyboard user presses them, a walk through every screen, and the
checks themselves (names, reading order, text that fits), written to return readable problems rather than assert."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cs_quiz.ui.main_window import MainWindow

Key = Qt.Key
NO_MOD = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has keyboard focus"
    return w


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD, times: int = 1) -> None:
    """A key press as a keyboard user makes it: to whatever has focus."""
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def full_attempt(qtbot: QtBot, window: MainWindow) -> Iterator[str]:
    """A Full assessment of the small bank by keys alone, yielding a name on each screen: the welcome, every question
    type (the second question flagged, the last one skipped so the review lists it), the review, the results and the
    history. Ends on the history screen."""
    yield "welcome"
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Key.Key_Space)
    steps: tuple[tuple[str, list[Qt.Key]], ...] = (
        ("likert", [Key.Key_4]),
        ("likert flagged", [Key.Key_2]),
        ("scenario", [Key.Key_1, Key.Key_3]),
        ("multi", [Key.Key_1]),
        ("number", [Key.Key_5]),
    )
    for name, keys in steps:
        if name == "likert flagged":
            window.question.flag.click()
        yield name
        for key in keys:
            press(qtbot, key)
        press(qtbot, Key.Key_Return)
    yield "profile choice"
    window.question.skip.setFocus()
    press(qtbot, Key.Key_Space)  # skipped: the review lists it
    assert window.stack.currentWidget() is window.review
    yield "review"
    window.review.finish.setFocus()
    press(qtbot, Key.Key_Space)
    assert window.stack.currentWidget() is window.results
    yield "results"
    window.results.history.setFocus()
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)  # read on the store's lane
    yield "history"


def visible(window: QWidget) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def takes_tab(w: QWidget) -> bool:
    return bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isEnabled() and w.focusProxy() is None


def tab_stops(window: QWidget) -> list[QWidget]:
    """The visible controls Tab stops at: one per exclusive group of radio buttons (the checked one, else the first;
    arrow keys move within the group), every other control that takes Tab."""
    stops = []
    for w in visible(window):
        if not takes_tab(w):
            continue
        group = w.group() if isinstance(w, QAbstractButton) else None
        if group is not None and group.exclusive():
            entry = group.checkedButton() or next(b for b in group.buttons() if takes_tab(b))
            if w is not entry:
                continue
        stops.append(w)
    return stops


def accessible_name(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)  # fresh each time: a kept one outlives its widget
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    """Every visible control a keyboard can reach that has no accessible name."""
    return [
        f"{type(w).__name__} {w.objectName()!r}" for w in visible(window) if takes_tab(w) and not accessible_name(w)
    ]


def tab_cycle(qtbot: QtBot, start: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes back to it (by real key presses)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=1000)
    seen = [start]
    for _ in range(limit):
        press(qtbot, Key.Key_Tab)
        w = focused()
        if w is start:
            return seen
        seen.append(w)
    raise AssertionError(f"Tab did not come back to {start!r} within {limit} presses")


def place(w: QWidget) -> QRect:
    return QRect(w.mapTo(w.window(), QPoint(0, 0)), w.size())


def reading_order(widgets: list[QWidget]) -> list[QWidget]:
    """Top to bottom, then left to right: two widgets are on one line when their vertical spans overlap by more than
    half of the shorter one; a widget inside another that takes focus (the chart in the results' scroll area)
    comes after it."""

    def same_line(a: QRect, b: QRect) -> bool:
        overlap = min(a.bottom(), b.bottom()) - max(a.top(), b.top())
        return overlap > min(a.height(), b.height()) / 2

    rest = sorted(widgets, key=lambda w: (place(w).top(), place(w).left()))
    out: list[QWidget] = []
    while rest:
        first = rest[0]
        if any(first.isAncestorOf(w) for w in rest):  # a container (a scroll area) comes before what it holds
            out.append(first)
            rest = rest[1:]
            continue
        line = [first] + [
            w for w in rest[1:] if same_line(place(w), place(first)) and not any(w.isAncestorOf(x) for x in rest)
        ]
        line.sort(key=lambda w: place(w).left())
        out.extend(line)
        rest = [w for w in rest if w not in line]
    return out


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton | QLabel | QLineEdit) else ""
    return f"{type(w).__name__}({w.objectName() or accessible_name(w) or text!r})"


FITTED = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QProgressBar)


def clipped(window: QWidget) -> list[str]:
    """Visible labels, buttons and inputs whose text does not fit them, and siblings in one layout that overlap.

    A word-wrapped label must be as tall as its heightForWidth; any other label, a button or an input at least as
    large as its minimumSizeHint (the text plus the style's margins). Content may scroll (a scroll area shows the
    rest), but nothing may lie outside the window or under another control of the same layout.
    """
    problems = []
    win = QRect(QPoint(0, 0), window.size())
    shown = visible(window)
    for w in shown:
        if isinstance(w, QMenuBar | QMenu):
            continue
        name = describe(w)
        if isinstance(w, QLabel) and w.wordWrap() and w.text():
            if w.height() < w.heightForWidth(w.width()):
                problems.append(f"{name}: cut at the bottom ({w.height()} < {w.heightForWidth(w.width())})")
        elif isinstance(w, FITTED):
            hint = w.minimumSizeHint()
            if w.width() < hint.width() or w.height() < hint.height():
                problems.append(f"{name}: {w.width()}×{w.height()} is smaller than its text needs ({hint.toTuple()})")
        if isinstance(w, FITTED) and not _in_scroll_area(w) and not win.contains(place(w)):
            problems.append(f"{name}: outside the window ({place(w).getRect()})")
    for w in shown:
        if not isinstance(w, FITTED):
            continue
        for other in shown:
            if other is w or not isinstance(other, FITTED) or other.parentWidget() is not w.parentWidget():
                continue
            if id(other) < id(w) and place(w).intersects(place(other)):
                problems.append(f"{describe(w)} overlaps {describe(other)}")
    return problems


def _in_scroll_area(w: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False
