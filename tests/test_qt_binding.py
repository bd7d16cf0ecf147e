"""The installed PySide6 must not leak references to None or True (6.12.0 on CPython 3.11 does, and the app
aborts with "none_dealloc"/"bool_dealloc" after a few thousand calls; pyproject.toml excludes it)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject, QPointF, Signal

class Probe(QObject):
    ping = Signal()

point, probe = QPointF(), Probe()
none, true = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(200):
    point.setX(0.0)
    probe.ping.emit()
print(none - sys.getrefcount(None), true - sys.getrefcount(True))
"""


def test_void_calls_and_signals_keep_their_references() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lost_none, lost_true = (int(x) for x in out.stdout.split())
    assert lost_none < 50 and lost_true < 50, f"this PySide6 leaks references: None {lost_none}, True {lost_true}"
