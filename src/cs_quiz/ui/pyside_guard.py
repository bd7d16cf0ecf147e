"""Keep the GUI alive on PySide6 6.12.0 with CPython < 3.12, which drops references it does not own.

Seen here (Python 3.11.7, PySide6-Essentials 6.12.0): every call of a C++ method returning void drops a reference
to ``None`` (also handled by :func:`cs_quiz.chartpaint.guard_none_refcount`), and every ``Signal.emit()`` from
Python drops one to ``True``. Both start with a few hundred to a few thousand references, so a GUI session ends,
after some minutes of use, in "Fatal Python error: none_dealloc / bool_dealloc". When a probe shows a leak, the
object gets so many extra references that it can never reach zero (what CPython 3.12 does by design: they are
immortal there). The real fix is a PySide6 without the bug, or Python 3.12+. Kept free of cs_quiz imports so
that it costs nothing at start-up.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QPointF, Signal

_done = False


class _Probe(QObject):
    ping = Signal()


def _immortalise(obj: object) -> None:
    if sys.getrefcount(obj) < sys.maxsize // 8:
        ctypes.c_ssize_t.from_address(id(obj)).value += sys.maxsize // 4  # ob_refcnt is PyObject's first field


def guard() -> tuple[bool, bool]:
    """Apply the work-arounds this PySide6 needs; returns (None leaked, True leaked). Idempotent."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False, False
    _done = True
    point, before = QPointF(), sys.getrefcount(None)
    for _ in range(16):
        point.setX(0.0)
    none_leaks = before - sys.getrefcount(None) >= 16
    if none_leaks:
        _immortalise(None)
    probe, before = _Probe(), sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    true_leaks = before - sys.getrefcount(True) >= 16
    if true_leaks:
        _immortalise(True)
        _immortalise(False)
    return none_leaks, true_leaks
