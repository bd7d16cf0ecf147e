"""Keep the GUI alive on PySide6 6.12.0 with CPython < 3.12, which drops references it does not own.

Seen here (Python 3.11.7, PySide6-Essentials 6.12.0): every call of a C++ method returning void drops a reference
to ``None`` (handled by :func:`cs_quiz.chartpaint.guard_none_refcount`), and every ``Signal.emit()`` from Python
drops one to ``True``. Both objects start with a few hundred to a few thousand references, so a GUI session
ends, after some minutes of use, in "Fatal Python error: none_dealloc / bool_dealloc". When a probe shows the
leak, the objects get so many extra references that they can never reach zero (what CPython 3.12 does by design:
they are immortal there). The real fix is a PySide6 without the bug, or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_guarded = False


class _Probe(QObject):
    ping = Signal()


def _immortalise(obj: object) -> None:
    if sys.getrefcount(obj) < sys.maxsize // 8:
        ctypes.c_ssize_t.from_address(id(obj)).value += sys.maxsize // 4  # ob_refcnt is PyObject's first field


def guard() -> bool:
    """Apply both work-arounds if this PySide6 needs them; returns whether the bool one was needed. Idempotent."""
    global _guarded
    from ..chartpaint import guard_none_refcount

    guard_none_refcount()
    if _guarded or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True) >= 16
    if leaked:
        _immortalise(True)
        _immortalise(False)
    _guarded = True
    return leaked
