"""Where an attempt's saves run: one lane, in order.

An :class:`~cs_quiz.attempts.attempt.Attempt` never writes to the store itself; it hands each write to a lane
with a callback for when the write is durable (or has failed). :class:`Inline` runs the write at once, on the
caller's thread: the command line and tests. The GUI's lane (``cs_quiz.ui.worker.StoreLane``) runs writes one
after another on a worker thread and calls back on the GUI thread, so a slow disk never freezes a window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

Done = Callable[[BaseException | None], None]


class Lane(Protocol):
    def submit(self, work: Callable[[], object], done: Done) -> None:
        """Run ``work`` after everything submitted before it, then ``done(None)``, or ``done(exc)`` if it raised."""
        ...


class Inline:
    """Runs each write at once on the caller's thread; ``done`` is called before :meth:`submit` returns."""

    def submit(self, work: Callable[[], object], done: Done) -> None:
        try:
            work()
        except Exception as exc:  # the attempt decides what a failure means; the lane only carries it
            done(exc)
        else:
            done(None)
