"""A row of controls that wraps instead of squeezing: what fits a 1280×800 screen at 100 % on one line, and Spanish
at 200 % on a 1024×600 screen on two or three.

A :class:`WrapRow` holds a group at its start and a group at its end (Back, Skip and Flag on the left; Review and
Next on the right), as a box layout with a stretch between them would. When the width is short the end group moves
to a line of its own (still at the end), and a group too wide for a line of its own wraps. Every control keeps the
size it asks for (a button its words, a touch target its height); the row grows in height instead, and tells its
parent so (height for width). The kiosk's question page and PIN dialog and the bank preview's controls use it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


class WrapRow(QLayout):
    def __init__(
        self, start: Sequence[QWidget] = (), end: Sequence[QWidget] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._start = 0  # how many of the items are the start group
        for w in start:
            self.add_start(w)
        for w in end:
            self.addWidget(w)

    # ---- the items -----------------------------------------------------------------------------------------------
    def add_start(self, w: QWidget) -> None:
        """Add ``w`` to the group at the start of the row (``addWidget`` adds to the end group)."""
        self.addWidget(w)  # Qt makes the item (and owns it), appended at the end: moved to the start group
        self._items.insert(self._start, self._items.pop())
        self._start += 1

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        if index < self._start:
            self._start -= 1
        item = self._items.pop(index)
        self.invalidate()
        return item

    # ---- sizes ---------------------------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def _gap(self) -> int:
        spacing = self.spacing()
        return spacing if spacing >= 0 else 6

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """As narrow as the widest control, one to a line."""
        shown = self._shown()
        m = self.contentsMargins()
        width = max((self._least(i) for i in shown), default=0)
        height = max((self._size(i).height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    @staticmethod
    def _least(item: QLayoutItem) -> int:
        """The narrowest ``item`` can be: a wrapped label its longest word, a control all of its words."""
        return item.minimumSize().width() if item.hasHeightForWidth() else WrapRow._size(item).width()

    @staticmethod
    def _size(item: QLayoutItem, room: int | None = None) -> QSize:
        """What a control asks for: a button its words (never less: a squeezed button cuts them); a wrapped label
        no wider than ``room``, as high as its lines are then."""
        size = item.sizeHint().expandedTo(item.minimumSize())
        if room is not None and item.hasHeightForWidth() and size.width() > room:
            width = max(room, item.minimumSize().width())
            size = QSize(width, item.heightForWidth(width))
        return size

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    # ---- placing ---------------------------------------------------------------------------------------------
    def _lines(self, items: list[QLayoutItem], width: int) -> list[list[QLayoutItem]]:
        """``items`` in lines no wider than ``width`` (one at least on each)."""
        lines: list[list[QLayoutItem]] = []
        used = 0
        for item in items:
            w = self._size(item, width).width()
            if lines and used + self._gap() + w <= width:
                lines[-1].append(item)
                used += self._gap() + w
            else:
                lines.append([item])
                used = w
        return lines

    def _line_width(self, line: list[QLayoutItem], room: int | None = None) -> int:
        return sum(self._size(i, room).width() for i in line) + self._gap() * (len(line) - 1)

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in ``rect`` (only measure, unless ``move``); the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        width = max(1, area.width())
        shown = [i for i in self._items if not i.isEmpty()]
        start = [i for i in self._items[: self._start] if not i.isEmpty()]
        end = [i for i in self._items[self._start :] if not i.isEmpty()]
        together = self._line_width(shown) if shown else 0
        rows: list[tuple[list[QLayoutItem], list[QLayoutItem]]]  # (at the start, at the end) on each line
        if together <= width:
            rows = [(start, end)] if shown else []
        else:
            rows = [(line, []) for line in self._lines(start, width)]
            rows += [([], line) for line in self._lines(end, width)]
        y = area.top()
        for left, right in rows:
            height = max(self._size(i, width).height() for i in (*left, *right))
            if move:
                x = area.left()
                for item in left:
                    x = self._put(item, x, y, height, width)
                x = area.right() + 1 - (self._line_width(right, width) if right else 0)
                for item in right:
                    x = self._put(item, x, y, height, width)
            y += height + self._gap()
        return max(0, y - self._gap() - area.top()) + m.top() + m.bottom()

    def _put(self, item: QLayoutItem, x: int, y: int, height: int, room: int) -> int:
        size = self._size(item, room)
        item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
        return x + size.width() + self._gap()


def rewrap(host: QWidget, start: Sequence[QWidget], end: Sequence[QWidget]) -> WrapRow:
    """Put ``start`` and ``end`` (the widgets of one row of ``host``'s box layout: a page built for the desktop)
    in a :class:`WrapRow` in that row's place, so on a narrow screen or at large text they wrap, not squeeze."""
    outer = host.layout()
    assert isinstance(outer, QBoxLayout), "the row's host has a box layout"
    found = [(i, item.layout()) for i in range(outer.count()) if (item := outer.itemAt(i)) is not None]
    index, old = next((i, lay) for i, lay in found if lay is not None and lay.indexOf(end[0]) >= 0)
    assert old is not None
    for w in (*start, *end):
        old.removeWidget(w)
    outer.takeAt(index)
    old.deleteLater()
    row = WrapRow(start, end)
    outer.insertLayout(index, row)
    return row
