"""Where a person stands in a group: "your data score is higher than 70 % of this class".

Opt-in on the person's side, and only for groups of at least ``minimum`` (default 20) scores: in a smaller group a
percentage says more about the few others than about the person.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from cs_quiz.scoring.numbers import round_half_up

MINIMUM = 20


def standing(score: float, group_scores: Iterable[float | None], minimum: int = MINIMUM) -> int | None:
    """The percentage (0..100, rounded half up) of ``group_scores`` lower than ``score``, a tie counting half
    (the mid-rank percentile). None values and non-finite ones are not scores and are left out; None when fewer
    than ``minimum`` remain. Whether the person's own score is in the group is the caller's choice (include it
    or not, the same way every time)."""
    scores = [s for s in group_scores if s is not None and math.isfinite(s)]
    if len(scores) < max(1, minimum):
        return None
    lower = sum(s < score for s in scores)
    ties = sum(s == score for s in scores)
    return round_half_up(100.0 * (lower + 0.5 * ties) / len(scores))
