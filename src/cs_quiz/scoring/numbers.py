"""How scores are rounded for people, in one dependency-free place (the GUI imports it at start-up)."""

from __future__ import annotations

import math


def round_half_up(value: float) -> int:
    """The whole number shown for a 0..100 score: halves go up (59.5 -> 60), unlike Python's ``round``."""
    return int(math.floor(value + 0.5))
