"""How scores are shown to people, in one dependency-free place (the GUI imports it at start-up).

Every screen, the PDF, the kiosk panel's charts and ``cs-quiz`` show a 0..100 score through :func:`shown`, and a
change between two scores through :func:`shown_change`, so 62.5 is 63 everywhere and a change is always the
difference of the two figures a person can see.
"""

from __future__ import annotations

import math


def round_half_up(value: float) -> int:
    """The whole number shown for a 0..100 score: halves go up (59.5 -> 60), unlike Python's ``round``."""
    return int(math.floor(value + 0.5))


def shown(score: float | None) -> int | None:
    """A score as shown, or None when there is none."""
    return None if score is None else round_half_up(score)


def shown_change(now: float | None, before: float | None) -> int | None:
    """The change between two scores as shown (62.5 -> 60 is 63 -> 60: -3); None unless both exist."""
    if now is None or before is None:
        return None
    return round_half_up(now) - round_half_up(before)
