"""What a person sees on a screen, checked: the detectors of the layout sweeps (tests/ui/test_layout_sweep.py and
tests/kiosk/test_kiosk_layout_sweep.py, issue 17). Each returns readable problems rather than asserting, and each is
shown to fail on a deliberately broken widget in those files.

A detector looks at the visible widgets under a root — a window, or what covers one: a dialog opened inside the
kiosk, the "Still there?" overlay — on a screen of a given size (offscreen, a window may grow past the screen; what
lies past the screen's edge is not seen):

``cut``
    Text a person cannot read whole. A label, button, field or tab is a candidate when the part of it that shows —
    cut by its ancestors and the screen's edge, but not by a scroll area's viewport, whose content scrolls into
    view — is smaller than it asks for (a wrapped label: its height for its width; else its minimum size hint).
    The candidate's text is then drawn again as the widget draws it, and it is cut when glyphs fall outside what
    shows (a styled button clips its label to its padding): a line that loses only the empty leading above its
    capitals is not cut, a "p" that loses its descender is. A list box or spin box whose value's glyphs are wider
    than its field, a tab narrower than its title, a list row or table cell that elides or cuts its text (or, in a
    list whose rows wrap, runs on behind the right edge over a horizontal scroll bar), and a window that needs more
    than the screen are cut too. (The checks of tests/ui/test_gui_layout.py and tests/a11y/a11y_helpers.py,
    extended to what ancestors and the screen hide, item views and tabs, and made to judge glyphs.)
``overlap``
    Two siblings placed by the same layout that cover each other: a layout squeezed below its minimum. Widgets no
    layout places (the kiosk's dimmed cover, its invisible corner hot spots) float by design and are left out.
``stretched``
    A value field — spin box, date, list box — wider than its content needs by more than :data:`STRETCH` times:
    "90 s" in a field across the screen, far from its caption. (Not the lists of Qt's file dialog, which span it
    by design.)
``glyph``
    A control whose glyph is not drawn: a spin box's arrows, a list box's or date's drop-down arrow, a check box
    or radio button whose box is invisible or whose chosen state looks like its empty one, a radio button drawn
    square (a single choice that looks like "pick several"), a tool button with neither text nor icon.

and, for dialogs, :func:`focus_problem`: where the keyboard focus is when the dialog opens, against where a
person starts — the first field to type into, else the scroll area of a dialog that is read (its arrow keys scroll
it), else the default button.

:class:`Sweep` runs them on each screen of a walk. ``SWEEP_SHOTS=/some/folder`` saves a picture of each screen
there (from the screen itself under a window manager, e.g. ``DISPLAY=:99 QT_QPA_PLATFORM=xcb``), to look at what
was found.
"""

from __future__ import annotations

import gc
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QStyleOptionViewItem,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

STRETCH = 2.0  # a value field may be twice as wide as its content needs, no more
GLYPH_DIFF = 60  # a pixel is ink when one of its colour channels differs this much from the background
GLYPH_PIXELS = 4  # a glyph has at least this many pixels of ink (a spin box's arrow has a dozen at 100 %)
STROKE = 0.08  # a glyph may lose less than a stroke's width (about 0.09 em in DejaVu Sans) at its edge unnoticed
ROW_LIMIT = 200  # rows of an item view measured (history lists can be long)

FITTED = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QProgressBar)
TYPED_INTO = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)


# ---- what is on screen -------------------------------------------------------------------------------------------
def visible(root: QWidget) -> list[QWidget]:
    """The widgets shown in ``root`` (a window, or what covers part of one: a dialog inside the kiosk, the "Still
    there?" overlay), in its own window: not menus, not other windows."""
    top = root.window()
    return [w for w in root.findChildren(QWidget) if w.isVisible() and w.window() is top]


def text_of(w: QWidget | None) -> str:
    if isinstance(w, QAbstractButton | QLabel | QLineEdit | QAbstractSpinBox):
        return w.text()
    if isinstance(w, QComboBox):
        return w.currentText()
    return ""


def describe(w: QWidget | None) -> str:
    """``Class#objectName 'text'``: enough to find the widget in the code and on the screen."""
    if w is None:
        return "nothing"
    name = f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__
    text = " ".join(text_of(w).split())
    return f"{name} {text[:60]!r}" if text else name


def _is_viewport(w: QWidget) -> bool:
    area = w.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is w


def shown_rect(w: QWidget, screen: QSize | None = None) -> QRect:
    """The part of ``w`` (in its own coordinates) that its ancestors, and the screen's edge, let show. A scroll
    area's viewport does not cut: what it hides scrolls into view."""
    seen = w.rect()
    offset = QPoint(0, 0)
    child, parent = w, w.parentWidget()
    while parent is not None:
        offset += child.pos()
        if _is_viewport(parent):
            return seen
        seen = seen.intersected(parent.rect().translated(-offset))
        if parent.isWindow():
            break
        child, parent = parent, parent.parentWidget()
    if screen is not None:
        seen = seen.intersected(QRect(QPoint(0, 0), screen).translated(-w.mapTo(w.window(), QPoint(0, 0))))
    return seen


# ---- cut: text that does not fit ---------------------------------------------------------------------------------
def needed(w: QWidget) -> QSize | None:
    """The size ``w`` needs to show all its text at its present width; None when it shows no text."""
    if isinstance(w, QLabel):
        pixmap = w.pixmap()
        if not w.text() or (pixmap is not None and not pixmap.isNull()):
            return None
        hint = w.minimumSizeHint()  # a wrapped label: its longest word; else all of it
        return QSize(hint.width(), w.heightForWidth(w.width())) if w.wordWrap() else hint
    if isinstance(w, FITTED):
        return w.minimumSizeHint()
    return None


def ink_box(image: QImage) -> QRect | None:
    """The bounding box of everything drawn on a transparent ``image``; None when nothing is."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    bits = bytes(image.constBits())
    line = image.bytesPerLine()
    rows = [y for y in range(image.height()) if bits[y * line : y * line + image.width() * 4].strip(b"\0")]
    if not rows:
        return None
    left, right = image.width(), -1
    for y in rows:
        row = bits[y * line : y * line + image.width() * 4]
        left = min(left, (len(row) - len(row.lstrip(b"\0"))) // 4)
        right = max(right, (len(row.rstrip(b"\0")) - 1) // 4)
    return QRect(QPoint(left, rows[0]), QPoint(right, rows[-1]))


def _button_option(w: QAbstractButton) -> QStyleOptionButton:
    opt = QStyleOptionButton()
    opt.initFrom(w)
    opt.text = w.text()
    opt.icon = w.icon()
    opt.iconSize = w.iconSize()
    return opt


def _drawn_text(w: QWidget) -> tuple[str, QRect, int] | None:
    """What ``w`` draws as text, the rectangle it draws it in (its own coordinates) and the alignment flags, as
    its style does it; None for what this cannot tell (rich text)."""
    style = w.style()
    if isinstance(w, QLabel):
        if w.textFormat() == Qt.TextFormat.RichText or (
            w.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(w.text())
        ):
            return None
        room = w.contentsRect().adjusted(w.margin(), w.margin(), -w.margin(), -w.margin())
        flags = int(w.alignment().value) | (int(Qt.TextFlag.TextWordWrap.value) if w.wordWrap() else 0)
        if w.buddy() is not None:
            flags |= int(Qt.TextFlag.TextShowMnemonic.value)
        return w.text(), room, flags
    mnemonic = int(Qt.TextFlag.TextShowMnemonic.value)
    centre = int(Qt.AlignmentFlag.AlignCenter.value) | mnemonic
    left = left_flags = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
    if isinstance(w, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, _button_option(w), w)
        if not w.icon().isNull():  # the icon and the text are centred together: the text is what is right of it
            icon = w.icon().actualSize(w.iconSize()).width() + 4
            text = w.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, w.text()).width()
            left = room.left() + (room.width() - icon - text) // 2 + icon
            return w.text(), QRect(left, room.top(), text, room.height()), left_flags | mnemonic
        return w.text(), room, centre
    if isinstance(w, QCheckBox | QRadioButton) and w.text():
        opt = QStyleOptionButton()
        opt.initFrom(w)
        opt.text = w.text()
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(w, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return w.text(), style.subElementRect(element, opt, w), left | int(Qt.TextFlag.TextShowMnemonic.value)
    if isinstance(w, QLineEdit) and not isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox):
        return (w.text() or w.placeholderText()), w.contentsRect(), left
    if isinstance(w, QComboBox) and not w.isEditable():
        opt = _combo_option(w)
        field = style.subControlRect(QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, w)
        return w.currentText(), field, left
    edit = w.findChild(QLineEdit) if isinstance(w, QAbstractSpinBox | QComboBox) else None
    if edit is not None:
        room = edit.contentsRect().translated(edit.pos())
        return edit.text(), room, left
    return None


SIDEWAYS = (QLineEdit, QComboBox, QAbstractSpinBox)  # fields: text that is too wide scrolls or is elided instead


def text_cut(w: QWidget, seen: QRect, short: bool = True) -> bool:
    """Whether any of ``w``'s text falls outside ``seen``: its glyphs as drawn, not the room the font asks for
    (a line that loses only the empty leading above its capitals is not cut to a person). For what this cannot
    redraw (rich text), ``short``: whether the part shown is smaller than ``w`` asks for."""
    drawn = _drawn_text(w)
    if drawn is None:
        return short
    text, room, flags = drawn
    if not text:
        return False
    fm = QFontMetrics(w.font())
    flags |= int(Qt.TextFlag.TextDontClip.value)
    drawn_at = fm.boundingRect(room, flags, text).united(room)  # the text's extent, past the room if it overflows
    margin = 2 * fm.height()  # glyphs reach a little past the logical extent (italics, accents)
    area = drawn_at.adjusted(-margin, -margin, margin, margin)
    image = QImage(area.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setFont(w.font())
    painter.setPen(QColor("black"))
    painter.drawText(room.translated(-area.topLeft()), flags, text)
    painter.end()
    box = ink_box(image)
    if box is None:
        return False
    slack = max(1, int(STROKE * QFontInfo(w.font()).pixelSize()))  # less than a stroke's width goes unnoticed
    box = box.translated(area.topLeft()).adjusted(slack, slack, -slack, -slack)
    if isinstance(w, QPushButton):  # a styled button clips its label to its padding (what is past it is not seen)
        seen = seen.intersected(w.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, _button_option(w), w))
    if isinstance(w, SIDEWAYS):  # a field's width is judged by _elided: here only its height can cut it
        return not (seen.top() <= box.top() and box.bottom() <= seen.bottom())
    return not seen.contains(box)


def _elided(w: QWidget) -> bool:
    """A list box or spin box whose value is wider than the field it is shown in: its glyphs, not the advance the
    font asks for (an "l" that ends a pixel early is not cut)."""
    fm = w.fontMetrics()
    if isinstance(w, QComboBox) and not w.isEditable():
        opt = _combo_option(w)
        room = w.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, opt, QStyle.SubControl.SC_ComboBoxEditField, w
        )
        return fm.tightBoundingRect(w.currentText()).right() >= room.width()
    edit = w.findChild(QLineEdit) if isinstance(w, QAbstractSpinBox | QComboBox) else None
    if edit is not None:
        return fm.tightBoundingRect(edit.text()).right() + 2 >= edit.contentsRect().width()  # a field's margins
    return False


def cut_text(window: QWidget, screen: QSize | None = None) -> list[str]:
    problems = []
    top = window.window()
    if screen is not None and window is top and (top.width() > screen.width() or top.height() > screen.height()):
        problems.append(
            f"{describe(top)}: needs {top.width()}×{top.height()}, more than the {screen.width()}×{screen.height()} "
            "screen: what lies past its edge is not seen"
        )
    for w in visible(window):
        if isinstance(w, QMenuBar | QMenu):
            continue
        need = needed(w)
        if need is not None:
            seen = shown_rect(w, screen)
            short = seen.width() < need.width() or seen.height() < need.height()
            if (short or seen != w.rect()) and text_cut(w, seen, short) or _elided(w):
                where = "" if seen == w.rect() else f" (of {w.width()}×{w.height()})"
                problems.append(
                    f"{describe(w)}: text cut, {seen.width()}×{seen.height()} shown{where}, "
                    f"{need.width()}×{need.height()} needed"
                )
        if isinstance(w, QTabBar):
            problems += _cut_tabs(w, screen)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            problems += _cut_items(w)
    return problems


def _cut_tabs(bar: QTabBar, screen: QSize | None) -> list[str]:
    problems = []
    room = shown_rect(bar, screen)
    for i in range(bar.count()):
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        if rect.width() < hint.width() or not room.contains(rect):
            problems.append(f"{describe(bar)} tab {bar.tabText(i)!r}: cut ({rect.width()} of {hint.width()} shown)")
    return problems


def _indexes(view: QAbstractItemView) -> Iterator[QModelIndex]:
    model = view.model()
    columns = 1 if isinstance(view, QListView) else model.columnCount()
    for row in range(min(model.rowCount(), ROW_LIMIT)):
        for column in range(columns):
            index = model.index(row, column)
            if view.visualRect(index).isValid():
                yield index


@cache
def _delegate() -> QStyledItemDelegate:
    return QStyledItemDelegate()


def _item_problem(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """An item whose text does not fit the room its delegate gives it: elided, cut at the bottom, or (rows that
    wrap) running on behind the view's right edge."""
    opt = QStyleOptionViewItem()  # as QAbstractItemView::initViewItemOption fills it
    opt.initFrom(view)
    opt.font = view.font()
    opt.showDecorationSelected = bool(view.style().styleHint(QStyle.StyleHint.SH_ItemView_ShowDecorationSelected))
    if getattr(view, "wordWrap", lambda: False)():
        opt.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    # The default delegate's reading of the item (a delegate of our own: calling a protected method on one Qt
    # made, as the view's is, is undefined in PySide and corrupted memory now and then).
    _delegate().initStyleOption(opt, index)
    if not opt.text:
        return None
    opt.rect = view.visualRect(index)
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # as the delegate draws
    width = room.width() - 2 * margin
    fm = QFontMetrics(opt.font)
    behind_edge = False
    if opt.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
        text = fm.boundingRect(QRect(0, 0, max(width, 1), 1_000_000), Qt.TextFlag.TextWordWrap, opt.text)
        need = QSize(text.width(), text.height())
        bar = view.horizontalScrollBar()
        behind_edge = bar.isVisible() and room.left() + margin + need.width() > view.viewport().width()
    else:
        need = QSize(fm.horizontalAdvance(opt.text), fm.height())
    item = f"{describe(view)} item {' '.join(opt.text.split())[:50]!r}"
    if need.width() > width or need.height() > room.height():
        return f"{item}: cut, {width}×{room.height()} shown, {need.width()}×{need.height()} needed"
    if behind_edge:
        return f"{item}: runs on behind the right edge (a horizontal scroll bar under rows that wrap)"
    return None


def _cut_items(view: QAbstractItemView) -> list[str]:
    problems = []
    if isinstance(view, QHeaderView):
        for i in range(view.count()):
            if view.isSectionHidden(i):
                continue
            need = view.sectionSizeFromContents(i)
            wanted = need.width() if view.orientation() == Qt.Orientation.Horizontal else need.height()
            if view.sectionSize(i) < wanted:
                title = view.model().headerData(i, view.orientation())
                problems.append(f"{describe(view)} section {title!r}: cut ({view.sectionSize(i)} < {wanted})")
        return problems
    for index in _indexes(view):
        problem = _item_problem(view, index)
        if problem is not None:
            problems.append(problem)
    return problems


# ---- overlap: siblings on top of each other ------------------------------------------------------------------
def _placed(parent: QWidget) -> list[QWidget]:
    """``parent``'s visible children that its layout (or a layout nested in it) places. Asked by widget
    (QLayout.indexOf), never by layout item: PySide6 wrappers of the items a layout owns outlive them, and a later
    deletion then crashed."""
    top = parent.layout()
    if top is None:
        return []
    layouts = [top, *top.findChildren(QLayout)]
    children = parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [w for w in children if w.isVisible() and any(layout.indexOf(w) >= 0 for layout in layouts)]


def overlapping(window: QWidget, screen: QSize | None = None) -> list[str]:
    problems = []
    parents = {id(w.parentWidget()): w.parentWidget() for w in visible(window) if w.parentWidget() is not None}
    for parent in parents.values():
        placed = _placed(parent)
        for i, a in enumerate(placed):
            for b in placed[i + 1 :]:
                common = a.geometry().intersected(b.geometry())
                if not common.isEmpty():
                    problems.append(f"{describe(a)} overlaps {describe(b)} by {common.width()}×{common.height()} px")
    return problems


# ---- stretched: value fields across the screen ---------------------------------------------------------------
def stretched(window: QWidget, screen: QSize | None = None, factor: float = STRETCH) -> list[str]:
    problems = []
    for w in visible(window):
        if isinstance(w, QAbstractSpinBox | QComboBox) and not _in_file_dialog(w):
            content = w.sizeHint().width()
            if w.width() > factor * content:
                problems.append(
                    f"{describe(w)}: {w.width()} px wide for content needing {content} px "
                    f"({w.width() / content:.2f}×, more than {factor:g}×)"
                )
    return problems


def _in_file_dialog(w: QWidget) -> bool:
    """Part of Qt's own folder and file dialog, whose "Look in" and "Files of type" lists span it by design (a
    path can be long), as in every file dialog a person has seen."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QFileDialog):
            return True
        parent = parent.parentWidget()
    return False


# ---- glyph: controls drawn without their mark ------------------------------------------------------------------
RGB = tuple[int, int, int]


def _differs(a: RGB, b: RGB) -> bool:
    return max(abs(a[0] - b[0]), abs(a[1] - b[1]), abs(a[2] - b[2])) >= GLYPH_DIFF


def _rgb(colour: QColor) -> RGB:
    return colour.red(), colour.green(), colour.blue()


def pixels(image: QImage, rect: QRect | None = None) -> list[RGB]:
    """The colours of ``rect`` (all of ``image`` by default), row by row."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)  # 0xffRRGGBB: blue, green, red, 255 in memory
    rect = image.rect() if rect is None else rect.intersected(image.rect())
    bits, line = bytes(image.constBits()), image.bytesPerLine()
    out: list[RGB] = []
    for y in range(rect.top(), rect.bottom() + 1):
        row = bits[y * line + rect.left() * 4 : y * line + (rect.right() + 1) * 4]
        out.extend(zip(row[2::4], row[1::4], row[0::4], strict=True))
    return out


def ink(image: QImage, rect: QRect, background: QColor | None = None) -> int:
    """How many pixels inside ``rect`` stand out from ``background`` (by default the area's commonest colour)."""
    seen = pixels(image, rect)
    if not seen:
        return 0
    bg = _rgb(background) if background is not None else Counter(seen).most_common(1)[0][0]
    return sum(1 for p in seen if _differs(p, bg))


def _grab(w: QWidget) -> QImage:
    """``w`` as drawn, one image pixel per logical pixel (so style rectangles index it directly)."""
    image = w.grab().toImage()
    if image.size() != w.size():
        image = image.scaled(w.size())
    return image


# The style options below are filled by hand, as the widgets' own initStyleOption would: that method is protected,
# and calling it on a widget Qt made (the lists of a file dialog) is undefined in PySide.
def _combo_option(w: QWidget) -> QStyleOptionComboBox:
    """A list box's style option; a date with a calendar pop-up is drawn as one (QDateTimeEdit::paintEvent)."""
    opt = QStyleOptionComboBox()
    opt.initFrom(w)
    opt.editable = not isinstance(w, QComboBox) or w.isEditable()
    opt.frame = w.hasFrame() if isinstance(w, QComboBox | QAbstractSpinBox) else True
    opt.currentText = w.currentText() if isinstance(w, QComboBox) else ""
    opt.subControls = QStyle.SubControl.SC_All
    return opt


def _spin_option(w: QAbstractSpinBox) -> QStyleOptionSpinBox:
    opt = QStyleOptionSpinBox()
    opt.initFrom(w)
    opt.buttonSymbols = w.buttonSymbols()
    opt.frame = w.hasFrame()
    sc = QStyle.SubControl
    opt.subControls = sc.SC_SpinBoxFrame | sc.SC_SpinBoxEditField | sc.SC_SpinBoxUp | sc.SC_SpinBoxDown
    return opt


def arrow_rects(w: QWidget) -> list[tuple[str, QRect]]:
    """The rectangles where ``w``'s arrows are drawn, named."""
    style = w.style()
    if isinstance(w, QComboBox) or isinstance(w, QDateTimeEdit) and w.calendarPopup():
        rect = style.subControlRect(
            QStyle.ComplexControl.CC_ComboBox, _combo_option(w), QStyle.SubControl.SC_ComboBoxArrow, w
        )
        return [("drop-down arrow", rect)]
    if isinstance(w, QAbstractSpinBox) and w.buttonSymbols() != QAbstractSpinBox.ButtonSymbols.NoButtons:
        opt = _spin_option(w)
        spin = QStyle.ComplexControl.CC_SpinBox
        return [
            ("up arrow", style.subControlRect(spin, opt, QStyle.SubControl.SC_SpinBoxUp, w)),
            ("down arrow", style.subControlRect(spin, opt, QStyle.SubControl.SC_SpinBoxDown, w)),
        ]
    return []


def indicator(w: QAbstractButton, on: bool) -> QImage:
    """``w``'s check box or radio indicator drawn alone, chosen or not, on ``w``'s own background."""
    radio = isinstance(w, QRadioButton)
    opt = QStyleOptionButton()
    opt.initFrom(w)
    style = w.style()
    pm = QStyle.PixelMetric
    width = style.pixelMetric(pm.PM_ExclusiveIndicatorWidth if radio else pm.PM_IndicatorWidth, opt, w)
    height = style.pixelMetric(pm.PM_ExclusiveIndicatorHeight if radio else pm.PM_IndicatorHeight, opt, w)
    opt.rect = QRect(0, 0, width, height)
    flag = QStyle.StateFlag
    opt.state = (opt.state & ~(flag.State_On | flag.State_Off | flag.State_HasFocus)) | (
        flag.State_On if on else flag.State_Off
    )
    pixmap = QPixmap(width, height)
    pixmap.fill(w.palette().color(w.backgroundRole()))
    painter = QPainter(pixmap)
    kind = QStyle.PrimitiveElement.PE_IndicatorRadioButton if radio else QStyle.PrimitiveElement.PE_IndicatorCheckBox
    style.drawPrimitive(kind, opt, painter, w)
    painter.end()
    return pixmap.toImage()


def _outside_circle(image: QImage, background: QColor) -> int:
    """Ink outside the circle inscribed in ``image`` (a pixel to spare for smoothing): none for a round radio
    button, dozens in the corners of a square one."""
    width, height = image.width(), image.height()
    cx, cy = (width - 1) / 2, (height - 1) / 2
    limit = (min(width, height) / 2 + 1) ** 2
    bg = _rgb(background)
    return sum(
        1
        for i, p in enumerate(pixels(image))
        if (i % width - cx) ** 2 + (i // width - cy) ** 2 > limit and _differs(p, bg)
    )


def indicator_problems(w: QAbstractButton) -> list[str]:
    off, on = indicator(w, False), indicator(w, True)
    background = QColor(w.palette().color(w.backgroundRole()))
    problems = []
    if ink(off, off.rect(), background) < GLYPH_PIXELS:
        problems.append(f"{describe(w)}: its box is not drawn")
    changed = sum(1 for a, b in zip(pixels(off), pixels(on), strict=True) if _differs(a, b))
    if changed < GLYPH_PIXELS:
        problems.append(f"{describe(w)}: chosen looks the same as not chosen (no mark is drawn)")
    if isinstance(w, QRadioButton):
        corners = _outside_circle(off, background)
        if corners >= max(GLYPH_PIXELS, min(off.width(), off.height()) // 4):
            problems.append(
                f"{describe(w)}: a single choice drawn square, like a check box ({corners} px in the corners)"
            )
    return problems


def missing_glyphs(window: QWidget, screen: QSize | None = None) -> list[str]:
    problems = []
    for w in visible(window):
        if isinstance(w, QCheckBox | QRadioButton):
            problems += indicator_problems(w)
            continue
        if isinstance(w, QToolButton) and not w.text() and w.icon().isNull() and w.arrowType() == Qt.ArrowType.NoArrow:
            problems.append(f"{describe(w)}: a button with neither text nor icon")
            continue
        rects = arrow_rects(w)
        if not rects:
            continue
        image = _grab(w)
        for name, rect in rects:
            inner = rect.adjusted(2, 2, -2, -2)  # the frame's edge is not the glyph
            if ink(image, inner) < GLYPH_PIXELS:
                problems.append(f"{describe(w)}: its {name} is blank ({rect.width()}×{rect.height()} px)")
    return problems


DETECTORS: dict[str, Callable[..., list[str]]] = {
    "cut": cut_text,
    "overlap": overlapping,
    "stretched": stretched,
    "glyph": missing_glyphs,
}


def problems(root: QWidget, screen: QSize | None = None) -> dict[str, list[str]]:
    """Every detector's findings on ``root`` and what it holds, by detector name."""
    return {name: detect(root, screen) for name, detect in DETECTORS.items()}


# ---- focus: where the keys go when a dialog opens ------------------------------------------------------------
def _takes_tab(w: QWidget) -> bool:
    return w.isVisible() and w.isEnabled() and bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus)


def tab_chain(dialog: QWidget) -> list[QWidget]:
    """The dialog's controls in Tab order (its focus chain)."""
    chain: list[QWidget] = []
    w = dialog.nextInFocusChain()
    while w is not None and w is not dialog and len(chain) < 500:
        if dialog.isAncestorOf(w) and _takes_tab(w):
            chain.append(w)
        w = w.nextInFocusChain()
    return chain


def _composite(w: QWidget, dialog: QWidget) -> QWidget:
    """A spin box's or list box's own line edit is the spin box or list box."""
    parent = w.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return parent
        parent = parent.parentWidget()
    return w


def expected_focus(dialog: QWidget) -> QWidget | None:
    """Where a person starts in ``dialog``: the first field to type into, else the scroll area of a dialog that is
    read (its arrow keys scroll it), else the default button."""
    chain = tab_chain(dialog)
    for w in chain:
        if isinstance(w, TYPED_INTO) or isinstance(w, QComboBox) and w.isEditable():
            return _composite(w, dialog)
    for w in chain:
        if isinstance(w, QAbstractScrollArea) and not isinstance(w, QAbstractItemView):
            return w
    if isinstance(dialog, QMessageBox) and dialog.defaultButton() is not None:
        return dialog.defaultButton()
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    return defaults[0] if defaults else None


def focus_problem(dialog: QWidget) -> str | None:
    """None when the focus is where a person starts in ``dialog`` (or the dialog has no such place), else what is
    wrong."""
    want = expected_focus(dialog)
    if want is None:
        return None
    focus = QApplication.focusWidget()
    if focus is not None and (focus is want or want.isAncestorOf(focus) or want.focusProxy() is focus):
        return None
    return f"{describe(dialog)} opens with the focus on {describe(focus)}, not on {describe(want)}"


SHOTS = os.environ.get("SWEEP_SHOTS")  # a folder to save a picture of each screen in, to look at what is found


# ---- sweeping: walk once per case, judge per (case, screen, detector) -------------------------------------------
Found = dict[str, dict[str, list[str]]]  # screen -> detector -> problems


def collect_garbage() -> None:
    """Delete what Qt was asked to delete, then collect Python's cycles, at a moment when nothing is being deleted.
    PySide6 can crash when the collector frees a wrapper while Qt is deleting its object (see ui/worker.py): a walk
    makes a lot of garbage, so it collects before it starts and after its windows are gone, and switches the
    collector off while it runs."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def settle() -> None:
    """Let layouts and deferred deletions run: a change is laid out on the next passes of the event loop."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


class Sweep:
    """What the detectors find on each screen of one walk, on a screen of ``screen`` logical pixels."""

    def __init__(self, screen: QSize, tag: str = "") -> None:
        self.screen, self.tag = screen, tag
        self.found: Found = {}

    def look(self, name: str, root: QWidget, *, dialog: QWidget | None = None) -> None:
        """Run every detector on ``root`` as it is now — a window, or what covers one: a dialog inside the kiosk,
        the "Still there?" overlay — and keep the findings as ``name``; with ``dialog``, also where the focus went
        when it opened."""
        settle()
        seen = self._judge(root)
        if any(seen.values()):  # a layout may want one more pass: look again before believing it
            QApplication.processEvents()
            seen = self._judge(root)
        if dialog is not None:
            problem = focus_problem(dialog)
            seen["focus"] = [problem] if problem else []
        self.found[name] = seen
        if SHOTS is not None:  # as the screen shows it under a window manager; offscreen, as the window draws it
            top, screen = root.window(), QApplication.primaryScreen()
            shot = top.grab() if QApplication.platformName() == "offscreen" else screen.grabWindow(top.winId())
            shot.save(f"{SHOTS}/{self.tag}-{name.replace(' ', '_').replace(':', '')}.png")

    def _judge(self, root: QWidget) -> dict[str, list[str]]:
        for box in [root, *root.findChildren(QMessageBox)]:  # sized as on the case's screen, not the platform's
            if isinstance(box, QMessageBox) and box.isVisible():
                size_message_box(box, self.screen)
        return problems(root, self.screen)


def size_message_box(box: QMessageBox, screen: QSize) -> None:
    """Size ``box`` as Qt sizes a message box on a screen of ``screen`` (QMessageBoxPrivate::updateSize): as wide
    as its content on one line, else wrapped at half the screen's width (500 px at most) or wider if its content
    needs it, but never wider than the screen (1000 px, or 480 px less than the screen, on a screen wider than
    1024 px). Qt measures the screen the box is on, and the offscreen platform's is 800×800 whatever the case's
    screen is: on it the box would be judged narrower than a person's 1024×600 screen makes it."""
    layout = box.layout()
    label = box.findChild(QLabel, "qt_msgbox_label")
    if layout is None or label is None:
        return
    hard = min(screen.width() - 480, 1000) if screen.width() > 1024 else screen.width()
    soft = min(screen.width() // 2, 500)

    def minimum_width() -> int:
        layout.invalidate()
        layout.activate()
        return int(layout.totalMinimumSize().width())

    label.setWordWrap(False)
    width = minimum_width()
    if width > soft:
        label.setWordWrap(True)
        width = min(max(soft, minimum_width()), hard)
    height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalMinimumSize().height()
    box.setFixedSize(width, height)


def sweep_params(
    cases: Iterable[str], screens: Iterable[str], dialogs: Iterable[str], known: Mapping[tuple[str, str, str], str]
) -> list[Any]:
    """One pytest parameter set per (case, screen, detector) — "focus" for dialogs only — with the cases in
    ``known`` marked as strictly expected to fail, for the reason given."""
    params = []
    dialogs = set(dialogs)
    screens = list(screens)
    for case in cases:
        for screen in screens:
            for detector in (*DETECTORS, "focus"):
                if detector == "focus" and screen not in dialogs:
                    continue
                reason = known.get((case, screen, detector))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                params.append(pytest.param(case, screen, detector, id=f"{case}|{screen}|{detector}", marks=marks))
    assert set(known) <= {p.values for p in params}, "a known defect names no (case, screen, detector) swept"
    return params


def walked(done: dict[str, Found | BaseException], case: str, walk: Callable[[], Found]) -> Found:
    """The findings of the walk through ``case``: made by the first of its tests to run (``walk`` prepares what it
    needs, from that test's fixtures), then only read. The collector is off while a walk runs (see
    :func:`collect_garbage`); the walk's finaliser switches it on again once its windows are gone. A walk that
    fails fails every test of its case."""
    if case not in done:
        collect_garbage()
        gc.disable()
        try:
            done[case] = walk()
        except Exception as exc:  # every test of the case reports it
            done[case] = exc
    found = done[case]
    if isinstance(found, BaseException):
        raise AssertionError(f"the walk through {case} failed") from found
    return found


def judge(found: Found, case: str, screen: str, detector: str) -> None:
    assert screen in found, f"the walk never reached {screen!r}"
    seen = found[screen][detector]
    assert not seen, f"{screen} ({case}), {detector}:\n  " + "\n  ".join(seen)


def kind_of(question: Any) -> str:
    """A question's type as the sweeps name its screen: likert, scenario, number, several (multi) or choice."""
    if question.type.value in ("likert", "scenario"):
        return str(question.type.value)
    if question.input is not None and question.input.value == "number":
        return "number"
    return "several" if question.input is not None and question.input.value == "multi" else "choice"


def answer_by_keys(qtbot: Any, question: Any) -> None:
    """Answer ``question`` (on screen, the focus in its answers) as a person might, with the keyboard, as
    docs/screenshot_helpers.py does: a number typed, agreement (disagreement for a reverse-worded statement), the
    first option of a scenario as best and the second as worst, else the second option."""
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has keyboard focus"
    kind = kind_of(question)
    if kind == "number":
        qtbot.keyClicks(focus, "6")
    elif kind == "likert":
        qtbot.keyClick(focus, Qt.Key.Key_2 if question.reverse else Qt.Key.Key_4)
    elif kind == "scenario":
        qtbot.keyClick(focus, Qt.Key.Key_1)
        if "worst" in question.ask:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    else:
        qtbot.keyClick(focus, Qt.Key.Key_2)
