"""numpy for item statistics: exact sums of many counted floats at once, each person's exact sum over items, and
counting distinct keys.

Imported only when item statistics are computed (:func:`cs_quiz.stats.items.item_statistics` and
:func:`cs_quiz.stats.responses.read` import numpy inside the function), never at the app's start: numpy takes
~0.15 s to import, and nothing else of the app needs it (README, Design).

Every figure stays what the plain computation gives: each value is worked out with the same floating-point steps
(numpy's element-wise +, -, *, / are the IEEE 754 double operations Python's are), and every sum is the exact sum
rounded once, as :func:`math.fsum` gives it, so no figure depends on the order of the attempts.

- :func:`exact_sums` adds counted floats exactly, segment by segment: a value is its binary exponent and a
  significand of 53 bits, split into a whole part of 27 bits and a fraction of 26; times its count (below 2**25
  in all) each part is exact, and ``numpy.bincount`` adds them per (segment, exponent) exactly, every partial sum
  being a multiple of 2**-26 below 2**53. The few sums per segment are then exact floats, and ``math.fsum`` of
  them rounds the segment's exact total once (half to even), which is what :func:`math.fsum` of the expanded list
  and :func:`cs_quiz.stats.numbers.counted_sum` give.
- :func:`row_sums` gives each person's sum over a competency's items exactly: every value a multiple of the finest
  power of two among them, as an int64 (when they fit), rounded once when turned into a float.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from fractions import Fraction
from typing import Any

import numpy as np
from numpy.typing import NDArray

from cs_quiz.stats.numbers import counted_sum

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]
Indices = NDArray[np.intp]

_RANGE = 900  # binary exponents beyond ±900 take the slow road (no part of a sum may leave the normal range)
_MOST = 2**25  # the most values (counted) per call: parts of 2**27 times this many stay below 2**53


def exact_sums(
    values: Floats, segments: Indices | None = None, count: int = 1, weights: Ints | None = None
) -> list[float]:
    """For each segment ``0 .. count - 1``, the exact sum of its ``values`` (each ``weights[i]`` times, default
    once), rounded once: :func:`math.fsum` of the expanded list. ``segments[i]`` is the segment of ``values[i]``
    (None: all in segment 0)."""
    values = np.ascontiguousarray(values, dtype=np.float64).ravel()
    if segments is None:
        segments = np.zeros(values.size, dtype=np.intp)
    if values.size == 0:
        return [0.0] * count
    fraction, exponent = np.frexp(values)  # value = fraction · 2**exponent, 0.5 <= |fraction| < 1 (0 for 0)
    lowest, highest = int(exponent.min()), int(exponent.max())
    total = values.size if weights is None else int(weights.sum())
    if total >= _MOST or lowest < -_RANGE or highest > _RANGE or not math.isfinite(float(fraction.sum())):
        return _counted_sums(values, segments, count, weights)  # an infinity, a NaN, an extreme value
    scaled = fraction * 2.0**27  # |scaled| < 2**27, a multiple of 2**-26
    whole = np.floor(scaled)
    part = scaled - whole  # in [0, 1), a multiple of 2**-26
    if weights is not None:
        whole *= weights
        part *= weights
    width = highest - lowest + 1
    bins = segments * width + (exponent - lowest)
    size = count * width
    wholes = np.bincount(bins, weights=whole, minlength=size).reshape(count, width)
    parts = np.bincount(bins, weights=part, minlength=size).reshape(count, width)
    powers = np.arange(lowest - 27, highest - 26)
    terms = np.concatenate((np.ldexp(wholes, powers), np.ldexp(parts, powers)), axis=1)
    return [math.fsum(row) for row in terms.tolist()]


def _counted_sums(values: Floats, segments: Indices, count: int, weights: Ints | None) -> list[float]:
    """:func:`exact_sums` by :func:`~cs_quiz.stats.numbers.counted_sum` of each segment's values."""
    order = np.argsort(segments, kind="stable")
    ends = np.searchsorted(segments[order], np.arange(count + 1)).tolist()
    ordered = values[order].tolist()
    counts = [1] * len(ordered) if weights is None else weights[order].tolist()
    return [counted_sum(ordered[a:b], counts[a:b]) for a, b in zip(ends, ends[1:], strict=False)]


def exact_variances(
    values: Floats, segments: Indices | None = None, count: int = 1, weights: Ints | None = None
) -> list[float | None]:
    """:func:`cs_quiz.stats.numbers.variance` of each segment's counted values (None below two): the mean and the
    sum of squared deviations each an exact sum rounded once, as :func:`~cs_quiz.stats.numbers.counted_variance`
    gives them."""
    if segments is None:
        segments = np.zeros(values.size, dtype=np.intp)
    sizes = np.bincount(segments, weights=weights, minlength=count).astype(np.int64).tolist()
    sums = exact_sums(values, segments, count, weights)
    means = np.array([s / n if n else 0.0 for s, n in zip(sums, sizes, strict=True)])
    deviations = values - means[segments]
    squares = exact_sums(deviations * deviations, segments, count, weights)
    return [s / (n - 1) if n >= 2 else None for s, n in zip(squares, sizes, strict=True)]


def counted(keys: Ints, size: int) -> tuple[Ints, Ints]:
    """The distinct ``keys`` (each in ``0 .. size - 1``), ascending, and how many times each occurs."""
    if size <= 4 * keys.size + 4096:
        counts = np.bincount(keys, minlength=size)
        distinct = np.flatnonzero(counts)
        return distinct, counts[distinct]
    distinct, counts = np.unique(keys, return_counts=True)
    return distinct, counts


def numbered(columns: Sequence[Ints]) -> tuple[Indices, int]:
    """Each row's number among the distinct rows of the integer ``columns`` (all of one length), and how many
    distinct rows there are."""
    n = columns[0].size
    key = np.zeros(n, dtype=np.int64)
    span = 1
    for column in columns:
        low = int(column.min()) if n else 0
        spread = (int(column.max()) - low + 1) if n else 1
        if span * spread >= 2**62:  # too wide to combine: sort the rows
            _, inverse = np.unique(np.stack(columns, axis=1), axis=0, return_inverse=True)
            return inverse.ravel().astype(np.intp), int(inverse.max(initial=-1)) + 1
        key = key * spread + (column - low)
        span *= spread
    if span <= 4 * n + 4096:
        present = np.bincount(key, minlength=span) > 0
        rank = np.cumsum(present) - 1
        return rank[key].astype(np.intp), int(present.sum())
    distinct, inverse = np.unique(key, return_inverse=True)
    return inverse.ravel().astype(np.intp), distinct.size


def table(columns: Sequence[Sequence[float]], width: int, dtype: type = np.float64) -> NDArray[Any]:
    """The per-outcome values of several items as one 2-d array, each row padded with zeros to ``width``."""
    out: NDArray[Any] = np.zeros((len(columns), width), dtype=dtype)
    for i, column in enumerate(columns):
        out[i, : len(column)] = column
    return out


def row_sums(columns: Sequence[Sequence[float]], picks: Indices, width: int) -> tuple[Floats, Ints]:
    """Each person's sum over items, exactly, rounded once, and a number per person that is equal for equal exact
    sums: ``columns[j]`` is item j's value per outcome, and ``picks[j, a]`` is person a's outcome of item j as an
    index into :func:`table` of ``columns`` (raveled).

    The values are turned into integers (each as a multiple of the finest power of two among them), summed in
    int64 and rounded once when turned into floats: the figure ``math.fsum`` gives of each person's values. When
    they do not fit in int64 (or are not finite), each person's values are summed by :func:`exact_sums`, and the
    number counts the distinct exact sums (as fractions; the float's bits only where a value is not finite)."""
    k = len(columns)
    try:
        ratios = [[v.as_integer_ratio() for v in column] for column in columns]
    except (OverflowError, ValueError):  # an infinity or a NaN
        return _row_fsums(columns, picks, width)
    bits = max((d.bit_length() - 1 for column in ratios for _, d in column), default=0)
    ints = [[num << (bits - d.bit_length() + 1) for num, d in column] for column in ratios]
    biggest = max((abs(i) for column in ints for i in column), default=0)
    if bits > _RANGE or biggest * max(k, 1) >= 2**62:
        return _row_fsums(columns, picks, width)
    sums = table(ints, width, np.int64).ravel()[picks].sum(axis=0)
    return np.ldexp(sums.astype(np.float64), -bits), sums  # int64 -> float rounds to nearest, ties to even


def _row_fsums(columns: Sequence[Sequence[float]], picks: Indices, width: int) -> tuple[Floats, Ints]:
    k, n = picks.shape
    values = table(columns, width).ravel()[picks].T  # person by person
    sums = np.array(exact_sums(values, np.repeat(np.arange(n, dtype=np.intp), k), n))
    try:  # two exact sums can round to one float (1.0 and three times 1/3): number the exact sums themselves
        totals = [sum(map(Fraction, row), Fraction(0)) for row in values.tolist()]
    except (OverflowError, ValueError):  # an infinity or a NaN: the float is all there is to compare
        return sums, sums.view(np.int64)
    seen: dict[Fraction, int] = {}
    return sums, np.array([seen.setdefault(t, len(seen)) for t in totals], dtype=np.int64)
