"""Keeping the kiosk window in front and open: close refusal and a watchdog.

Verified under Xvfb + openbox (shared/research/qt-notes.md §2): a full-screen window that ignores ``closeEvent``
survives Alt+F4, Escape, Ctrl+Q/W and the window manager's close (which arrives as a spontaneous close event).
What it does not survive is being covered (Alt+Tab) or unmapped (Super+D, "show desktop"): the watchdog checks
twice a second and puts the window back full screen, exposed and active. A modal dialog of the kiosk (the PIN
dialog) counts as the kiosk being active. ``X11BypassWindowManagerHint`` is deliberately not used: it breaks focus
and hides dialogs behind the window. The window manager's own key bindings are removed by the shipped openbox
configuration (resources/kiosk/openbox-rc.xml).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

WATCHDOG_MS = 500


class KioskLock(QObject):
    """Refuses every close of ``window`` until :meth:`unlock`; ``watch()`` starts the watchdog."""

    refused = Signal(bool)  # a close was refused; True when it came from outside (window manager, Alt+F4)
    restored = Signal(str)  # the watchdog put the window back: "exposed", "fullscreen" or "active"

    def __init__(self, window: QWidget, *, interval_ms: int = WATCHDOG_MS, full_screen: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.full_screen = full_screen
        self.unlocked = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def watch(self) -> None:
        self.timer.start()

    def unlock(self) -> None:
        """Let the next close through (the facilitator chose "Exit kiosk mode")."""
        self.unlocked = True
        self.timer.stop()

    def handle_close(self, event: QCloseEvent) -> bool:
        """Call from the window's ``closeEvent``; returns whether the close was allowed."""
        if self.unlocked:
            event.accept()
            return True
        event.ignore()
        self.refused.emit(event.spontaneous())
        return False

    def check(self) -> None:
        """One watchdog round: visible, full screen and active, or made so again."""
        w = self.window
        if self.unlocked:
            return
        handle = w.windowHandle()
        if not w.isVisible() or (handle is not None and not handle.isExposed()):
            w.hide()
            self._show()
            self.restored.emit("exposed")
        elif self.full_screen and not w.isFullScreen():
            self._show()
            self.restored.emit("fullscreen")
        elif QApplication.activeWindow() is None:
            w.raise_()
            w.activateWindow()
            self.restored.emit("active")

    def _show(self) -> None:
        w = self.window
        if self.full_screen:
            w.showFullScreen()
        else:
            w.show()
        w.raise_()
        w.activateWindow()
