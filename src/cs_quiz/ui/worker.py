"""Run one function off the GUI thread and hand its result (or exception) back on the GUI thread by a signal.

Every slow step (loading banks, writing the PDF) goes through :func:`run_in_background`, so the window never
freezes and there is one place that knows about threads. The function must not touch widgets.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

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
