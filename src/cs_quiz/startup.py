"""Start-up without needless garbage collection (no Qt here: the command line uses it before Qt is imported).

Starting the desktop app creates tens of thousands of objects that live as long as the app: Qt's modules and
classes, the enums PySide6 builds, the first window's widgets. None of them is garbage, yet Python's cyclic
collector would walk them over and over while they are made (about 10 ms before the first paint, measured with
``gc.callbacks``). :func:`paused_gc` turns the collector off for a block, then freezes what the block created
(``gc.freeze``: later collections skip those objects) and turns it back on. Mercurial's ``util.nogc`` does the same.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
