"""Run one function off the GUI thread and hand its result (or exception) back on the GUI thread by a signal.

Every slow step (loading banks, writing the PDF) goes through :func:`run_in_background`, so the window never
freezes and there is one place that knows about threads. The function must not touch widgets.

A worker still shares Python's GIL with the GUI thread, and painting a window made of Python subclasses needs the
GIL many times (PySide6 looks for Python overrides of each virtual call): a worker importing modules at start-up
delayed the first paint by about 6 ms. :func:`after_first_paint` starts such work once the window is on screen.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

_running: set[Job] = set()  # keeps each job alive until its result has been delivered


class Job(QObject):
    """One call in the background. Exactly one of ``succeeded``/``failed`` is emitted, then ``done``."""

    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()
    _ok = Signal(object)  # emitted from the worker thread, queued to the GUI thread
    _error = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.result: Any = None
        self.error: BaseException | None = None
        self._ok.connect(self._succeeded, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _succeeded(self, value: object) -> None:
        _running.discard(self)
        self.result = value
        self.succeeded.emit(value)
        self.done.emit()

    @Slot(object)
    def _failed(self, exc: object) -> None:
        _running.discard(self)
        self.error = exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
        self.failed.emit(self.error)
        self.done.emit()


class _Runnable(QRunnable):
    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._job, self._fn, self._args = job, fn, args

    def run(self) -> None:
        try:
            value = self._fn(*self._args)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to tell the person
            self._emit(self._job._error, exc)
        else:
            self._emit(self._job._ok, value)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the app is closing and the job is gone: nobody is waiting
            signal.emit(value)


def run_in_background(fn: Callable[..., Any], *args: Any) -> Job:
    """Start ``fn(*args)`` on the shared thread pool; connect to the returned job's signals at once."""
    job = Job()
    _running.add(job)
    QThreadPool.globalInstance().start(_Runnable(job, fn, args))
    return job


class StoreLane(QObject):
    """The GUI's lane for store work (:class:`cs_quiz.attempts.lane.Lane`): one worker thread runs the writes in
    the order they were submitted, and each ``done`` is called back on the GUI thread. Every answer is an fsynced
    transaction; on a USB stick or a busy classroom disk that takes a while, and the window must not wait for it."""

    _finished = Signal(object, object)  # (done, exception or None), from the worker thread to the GUI thread

    def __init__(self) -> None:
        super().__init__()
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)  # one lane: writes keep their order
        self._pool.setExpiryTimeout(-1)  # keep the thread: no start-up cost per answer
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Callable[[], object], done: Callable[[BaseException | None], None]) -> None:
        self._pool.start(_LaneRunnable(self, work, done))

    def wait(self, msecs: int = -1) -> bool:
        """Block until every submitted write has run (closing the window: nothing queued is lost)."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _deliver(self, done: object, exc: object) -> None:
        if callable(done):
            done(exc if isinstance(exc, BaseException) else None)


class _LaneRunnable(QRunnable):
    def __init__(
        self, lane: StoreLane, work: Callable[[], object], done: Callable[[BaseException | None], None]
    ) -> None:
        super().__init__()
        self._lane, self._work, self._done = lane, work, done

    def run(self) -> None:
        error: BaseException | None = None
        try:
            self._work()
        except Exception as exc:  # the attempt decides what to tell the person
            error = exc
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody is waiting for the answer
            self._lane._finished.emit(self._done, error)


_waiting: set[_FirstPaint] = set()  # alive until they call back (like _running for jobs)


class _FirstPaint(QObject):
    """Watches a window for its first UpdateRequest. Not the window's child: PySide6 crashed (in ~QObject) when a
    child made in Python lost its last Python reference while Qt was deleting it."""

    def __init__(self, window: QObject, then: Callable[[], object], at_most_ms: int) -> None:
        super().__init__()
        self._window = window
        self._then: Callable[[], object] | None = then
        _waiting.add(self)
        window.installEventFilter(self)
        window.destroyed.connect(self._forget)
        QTimer.singleShot(at_most_ms, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:  # the window is about to paint: call back right after
            QTimer.singleShot(0, self._fire)
        return False

    def _forget(self) -> None:
        self._then = None  # the window is gone: nothing to do for it

    def _fire(self) -> None:
        then, self._then = self._then, None
        _waiting.discard(self)
        if then is not None:  # once: the paint and the time limit both call
            self._window.removeEventFilter(self)
            then()


def after_first_paint(window: QObject, then: Callable[[], object], *, at_most_ms: int = 500) -> None:
    """Call ``then`` on the GUI thread once ``window`` (a shown top-level widget) has painted for the first time,
    or after ``at_most_ms`` if it does not paint (a minimised window)."""
    _FirstPaint(window, then, at_most_ms)
