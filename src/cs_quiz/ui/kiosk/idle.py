"""Noticing that nobody is there: an application-wide input watch and the "Still there?" overlay.

:class:`IdleMonitor` is an event filter on the application (it sees every key, tap, click, wheel and pointer move
before any widget does, and lets them through) restarting one single-shot timer. The timeout is injected in
milliseconds, so tests use a short one or fire ``timer.timeout`` directly instead of sleeping.

:class:`StillThereOverlay` covers the window with a question and a countdown; a tap anywhere on it, or its
button, means "still here". It ticks once a second; :meth:`StillThereOverlay.tick` is public so tests can count
down without waiting.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

# Keys bound to shortcuts (digits, Enter, arrows on the question page) never arrive as KeyPress: the shortcut map
# takes them at ShortcutOverride, so that counts as input too.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleMonitor(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without input while started; any input restarts the wait."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.idle.emit)
        self._installed = False

    def set_timeout(self, timeout_ms: int) -> None:
        self.timer.setInterval(timeout_ms)
        if self.timer.isActive():
            self.timer.start()

    @property
    def timeout_ms(self) -> int:
        return self.timer.interval()

    def start(self) -> None:
        app = QApplication.instance()
        if not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def uninstall(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class StillThereOverlay(QWidget):
    """A dimmed cover over the whole window: "Still there?", a countdown and a big "I'm still here" button."""

    resumed = Signal()  # the person tapped: carry on
    expired = Signal()  # the countdown ran out: start over

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.remaining = 0
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        card = QFrame(self)
        card.setObjectName("stillThereCard")
        self.question = QLabel(self.tr("Still there?"), card)
        self.question.setObjectName("stillThereTitle")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel(card)
        self.countdown.setObjectName("stillThereCountdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        self.button = QPushButton(self.tr("I’m still here"), card)
        self.button.setObjectName("primary")
        self.button.setAccessibleName(self.tr("I’m still here: carry on"))
        self.button.clicked.connect(self.carry_on)
        inner = QVBoxLayout(card)
        inner.setSpacing(24)
        inner.addWidget(self.question)
        inner.addWidget(self.countdown)
        inner.addWidget(self.button)
        # Centred by stretches, not by an alignment: an aligned card was given the height its text takes on a
        # line as wide as the window, so the countdown's second line lost its descenders.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.setAccessibleName(self.tr("Still there?"))
        self.hide()

    def begin(self, seconds: int) -> None:
        """Cover the window and count down from ``seconds``."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.remaining = seconds
        self._show_remaining()
        self.show()
        self.raise_()
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ticker.start()

    def tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.finish()
            self.expired.emit()
        else:
            self._show_remaining()

    def carry_on(self) -> None:
        if self.isVisible():
            self.finish()
            self.resumed.emit()

    def finish(self) -> None:
        """Hide and forget the countdown (so nothing of it shows next time)."""
        self.ticker.stop()
        self.remaining = 0
        self.countdown.clear()
        self.countdown.setAccessibleName("")
        self.hide()

    def _show_remaining(self) -> None:
        text = self.tr("Starting over in {n} s. Your answers so far will be cleared.").format(n=self.remaining)
        self.countdown.setText(text)
        self.countdown.setAccessibleName(text)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.carry_on()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(11, 30, 50, 170))
        painter.end()
