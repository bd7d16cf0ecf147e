"""Where a person stands: the mid-rank percentage of the group below them, only in groups large enough."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from cs_quiz.stats.standing import standing


def test_worked_example() -> None:
    # 20 scores 1..20; the person scored 15: 14 lower, 1 tie (counted half) -> 14.5 / 20 = 72.5 % -> 73.
    assert standing(15, list(range(1, 21))) == 73
    assert standing(0, list(range(1, 21))) == 0
    assert standing(99, list(range(1, 21))) == 100
    # all tied: half of everyone is "below"
    assert standing(50, [50.0] * 25) == 50


def test_small_groups_give_nothing() -> None:
    assert standing(50, list(range(19))) is None
    assert standing(50, list(range(19)), minimum=5) == 100
    # scores that are not scores do not count towards the minimum
    assert standing(50, [None] * 5 + [math.nan] + list(range(19))) is None


@given(st.floats(0, 100), st.lists(st.floats(0, 100), min_size=20, max_size=60), st.randoms())
def test_order_is_irrelevant_and_result_in_range(score: float, group: list[float], rnd: object) -> None:
    shuffled = list(group)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    result = standing(score, group)
    assert result == standing(score, shuffled)
    assert result is not None and 0 <= result <= 100
