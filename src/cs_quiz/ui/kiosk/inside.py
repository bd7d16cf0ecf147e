"""Every dialog the kiosk opens lives inside the kiosk window.

A dialog that is a window of its own can be minimised, moved behind the kiosk or lost (a kiosk was frozen by
minimising its PIN dialog: the window-modal dialog kept refusing every tap to the kiosk, and nothing brought it
back). :func:`open_inside` makes a dialog a frameless child of the kiosk window instead: centred on a dimmed cover
over the whole window, with nothing to minimise, move or close but its own buttons. While it is open the rest of
the window is disabled (no tap, key or Tab reaches what is behind), and when it closes the rest comes back.
:func:`close_all_inside` closes what is open, as the kiosk does when it resets for the next person or times out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QDialog, QGridLayout, QPushButton, QWidget

DIM = QColor(0, 0, 0, 150)
TAB_FOCUS = Qt.FocusPolicy.TabFocus


class Cover(QWidget):
    """The dimmed cover that holds one dialog, over the whole of ``host``."""

    def __init__(self, host: QWidget, dialog: QDialog, fill: float | None) -> None:
        super().__init__(host)
        self.setObjectName("kioskDialogCover")
        self.host, self.dialog, self.fill = host, dialog, fill
        was_open = dialog.isVisible()
        dialog.setParent(self, Qt.WindowType.Widget)  # a child: no frame, nothing to minimise or lose
        dialog.setAutoFillBackground(True)
        grid = QGridLayout(self)
        grid.addWidget(dialog, 0, 0, Qt.AlignmentFlag.AlignCenter)
        # Everything else in the window waits: no tap, key or Tab reaches what is behind the dialog.
        self._paused = [
            w
            for w in host.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w is not self and w.isEnabled()  # an older dialog too: the newest has the keys
        ]
        for w in self._paused:
            w.setEnabled(False)
        host.installEventFilter(self)
        dialog.finished.connect(self._closed)
        self._fit()
        self.show()
        self.raise_()
        if was_open:
            dialog.show()

    def _fit(self) -> None:
        self.setGeometry(self.host.rect())
        if self.fill is not None:
            size = self.host.size()
            self.dialog.setFixedSize(int(size.width() * self.fill), int(size.height() * self.fill))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), DIM)

    def _closed(self) -> None:
        self.host.removeEventFilter(self)
        for w in self._paused:
            w.setEnabled(True)
        self._paused = []
        self.hide()
        self.deleteLater()


def open_inside(host: QWidget, dialog: QDialog, *, fill: float | None = None) -> QDialog:
    """Open ``dialog`` (opened already or not) inside ``host``, the kiosk window; ``fill``: the share of the window
    it takes (a folder browser needs room), else its own size. Returns the dialog, with the keyboard focus."""
    Cover(host.window(), dialog, fill)
    dialog.open()
    focus_into(dialog)
    return dialog


def focus_into(dialog: QDialog) -> None:
    """Give the keys to ``dialog`` as a dialog window gets them when it opens (a child is not activated): where it
    put the focus itself (a PIN field), else its default button, else its first control."""
    focus = QApplication.focusWidget()
    if focus is not None and dialog.isAncestorOf(focus):
        return
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isDefault() and b.isVisible()]
    target: QWidget | None = buttons[0] if buttons else None
    if target is None:
        controls = dialog.findChildren(QWidget)
        target = next((w for w in controls if w.isVisible() and w.isEnabled() and w.focusPolicy() & TAB_FOCUS), None)
    if target is not None:
        target.setFocus(Qt.FocusReason.PopupFocusReason)


def open_dialogs(host: QWidget) -> list[QDialog]:
    """The dialogs open inside ``host``'s window, oldest first."""
    covers = host.window().findChildren(Cover, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [c.dialog for c in covers if c.dialog.isVisible()]


def close_all_inside(host: QWidget) -> None:
    """Close every dialog open inside ``host``'s window, newest first (as Cancel would)."""
    for dialog in reversed(open_dialogs(host)):
        dialog.reject()
