"""Internal consistency, bank-free: Cronbach's alpha, alpha if an item were deleted, Feldt's confidence interval
and the standard error of measurement, on a table of complete cases: one column per item, holding one entry per
person, the people in the same order in every column.

The formulas are the textbook ones (as R's ``psych::alpha`` reports them as ``raw_alpha``):

- alpha = k/(k-1) · (1 - Σ var(item) / var(total)), sample variances, total = the row sum;
- alpha if item j were deleted: the same on the other k-1 columns and the same people;
- Feldt (1965), with F the F distribution's quantile on n-1 and (n-1)(k-1) degrees of freedom:
  [1 - (1-alpha)·F(0.975), 1 - (1-alpha)·F(0.025)] for 95 %;
- SEM = SD · sqrt(1 - alpha), in the units of the SD given (a negative alpha counts as 0).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import sub

from cs_quiz.stats.numbers import f_quantile, variance


def cronbach_alpha(columns: Sequence[Sequence[float]]) -> float | None:
    """Cronbach's alpha of ``columns`` (one per item, all over the same complete cases). None below two items or
    two people, or when the totals do not vary (alpha is undefined then)."""
    k = len(columns)
    if k < 2 or len(columns[0]) < 2:
        return None
    return _alpha(k, [_var(c) for c in columns], _var(totals(columns)))


def alpha_if_deleted(columns: Sequence[Sequence[float]]) -> tuple[float | None, ...]:
    """For each column, the alpha of the other columns on the same people (None where it is undefined, and for
    every column when there are fewer than three). Linear in the table's size: the total without an item is the
    total minus the item."""
    k = len(columns)
    if k < 3 or len(columns[0]) < 2:
        return (None,) * k
    total = totals(columns)
    item_vars = [_var(c) for c in columns]
    return tuple(
        _alpha(k - 1, item_vars[:j] + item_vars[j + 1 :], _var(list(map(sub, total, column))))
        for j, column in enumerate(columns)
    )


def totals(columns: Sequence[Sequence[float]]) -> list[float]:
    """Each person's total over the columns (exactly rounded sums)."""
    return list(map(math.fsum, zip(*columns, strict=True)))


def feldt_interval(alpha: float, n: int, k: int, level: float = 0.95) -> tuple[float, float] | None:
    """Feldt's (1965) ``level`` confidence interval for alpha from ``n`` people and ``k`` items (None below two
    of either). The interval is not symmetric: alpha cannot exceed 1, and the upper side is shorter."""
    if n < 2 or k < 2:
        return None
    df1, df2 = n - 1, (n - 1) * (k - 1)
    tail = (1.0 - level) / 2.0
    return (
        1.0 - (1.0 - alpha) * f_quantile(1.0 - tail, df1, df2),
        1.0 - (1.0 - alpha) * f_quantile(tail, df1, df2),
    )


def sem(sd: float, alpha: float) -> float:
    """The standard error of measurement, SD · sqrt(1 - alpha), in the units of ``sd``. A negative alpha (a sample
    estimate of a reliability that cannot be below 0) counts as 0, so the SEM is never more than the SD."""
    return sd * math.sqrt(1.0 - min(1.0, max(0.0, alpha)))


def _var(values: Sequence[float]) -> float:
    v = variance(values)
    return 0.0 if v is None else v


def _alpha(k: int, item_vars: Sequence[float], total_var: float) -> float | None:
    if total_var <= 0:
        return None
    return k / (k - 1) * (1.0 - math.fsum(item_vars) / total_var)
