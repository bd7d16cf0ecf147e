"""The numbers under every statistic: Student's t and F distributions, descriptive summaries, correlation.

Why hand-written: the only distributions the reports need are Student's t (confidence intervals of a mean change),
F (Feldt's interval for Cronbach's alpha) and the normal (``statistics.NormalDist``), so the standard library is
enough and scipy is not needed (numpy serves item statistics only: :mod:`cs_quiz.stats.arrays`). Both distributions
come from the regularized incomplete beta function, evaluated by its continued fraction (modified Lentz, as in
Numerical Recipes §6.4), and quantiles are the roots of the CDF found by Brent's method on a bracket that always
holds one (the beta variable lies in (0, 1)).
Accuracy: about 1e-12 relative in the CDF for the degrees of freedom seen here (1 to a few hundred thousand).

Sums use :func:`math.fsum` (exactly rounded), so every figure is the same whatever order the values come in.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import mul, sub

_TINY = 1e-300
_EPS = 1e-15


def betainc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b) for a, b > 0 and 0 <= x <= 1 (``ValueError``
    otherwise). Continued fraction on whichever side converges fast (x < (a+1)/(a+b+2), else by symmetry)."""
    if a <= 0 or b <= 0 or not 0 <= x <= 1 or math.isnan(x):
        raise ValueError(f"betainc needs a, b > 0 and 0 <= x <= 1, got a={a}, b={b}, x={x}")
    if x == 0 or x == 1:
        return x
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _continued_fraction(b, a, 1.0 - x) / b


def _continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b) by the modified Lentz method; converges in O(sqrt(max(a, b))) steps.
    Two terms a step, written out (the loop runs tens of thousands of times for an alpha's Feldt interval)."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    tiny, less = _TINY, -_TINY  # abs(v) > tiny, without a call: v > tiny or v < -tiny
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if d > tiny or d < less else tiny)
    h = d
    for m in range(1, 1000 + int(20 * math.sqrt(max(a, b)))):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if d > tiny or d < less else tiny)
        c = 1.0 + aa / c
        c = c if c > tiny or c < less else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if d > tiny or d < less else tiny)
        c = 1.0 + aa / c
        c = c if c > tiny or c < less else tiny
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            return h
    raise ArithmeticError(f"incomplete beta did not converge for a={a}, b={b}, x={x}")


def brent(f: Callable[[float], float], lo: float, hi: float, max_iter: int = 200) -> float:
    """A root of ``f`` in [lo, hi], where f(lo) and f(hi) differ in sign (``ValueError`` otherwise): Brent's
    method (inverse quadratic interpolation, secant and bisection), which never leaves the bracket and
    converges to the last representable digits (tolerance 2·eps·|x|)."""
    a, b = lo, hi
    fa, fb = f(a), f(b)
    if fa == 0:
        return a
    if fb == 0:
        return b
    if (fa > 0) == (fb > 0):
        raise ValueError("brent needs a bracket: f(lo) and f(hi) have the same sign")
    c, fc = a, fa
    d = e = b - a
    for _ in range(max_iter):
        if (fb > 0) == (fc > 0):
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        tol = 2.0 * 2.2e-16 * abs(b) + 1e-300
        m = 0.5 * (c - b)
        if abs(m) <= tol or fb == 0:
            return b
        if abs(e) >= tol and abs(fa) > abs(fb):
            s = fb / fa
            if a == c:  # secant
                p, q = 2.0 * m * s, 1.0 - s
            else:  # inverse quadratic interpolation
                q, r = fa / fc, fb / fc
                p = s * (2.0 * m * q * (q - r) - (b - a) * (r - 1.0))
                q = (q - 1.0) * (r - 1.0) * (s - 1.0)
            if p > 0:
                q = -q
            p = abs(p)
            if 2.0 * p < min(3.0 * m * q - abs(tol * q), abs(e * q)):
                e, d = d, p / q
            else:
                d = e = m
        else:
            d = e = m
        a, fa = b, fb
        b += d if abs(d) > tol else math.copysign(tol, m)
        fb = f(b)
    return b


def _check_df(*dfs: float) -> None:
    for df in dfs:
        if not df > 0 or math.isinf(df):
            raise ValueError(f"degrees of freedom must be positive and finite, got {df}")


def _check_p(p: float) -> None:
    if not 0 < p < 1:
        raise ValueError(f"a probability strictly between 0 and 1 is needed, got {p}")


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` > 0 degrees of freedom (df need not be whole: Welch's is not)."""
    _check_df(df)
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    if t * t < df:  # x = df / (df + t²) near 1 would lose t's digits: P(|T| <= t) = I_y(1/2, df/2), y = 1 - x
        inside = 0.5 * betainc(0.5, df / 2.0, t * t / (df + t * t))
        return 0.5 + inside if t > 0 else 0.5 - inside
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))  # P(T > |t|)
    return 1.0 - tail if t > 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p, 0 < p < 1 (``ValueError`` otherwise); t_quantile(0.975, 9) = 2.262."""
    _check_df(df)
    _check_p(p)
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p < 0.75:  # t is small and x = df / (df + t²) near 1, where t would lose digits: solve for y = 1 - x
        inside = 2.0 * (p - 0.5)  # P(|T| <= t) = I_y(1/2, df/2) with y = t² / (df + t²)
        y = brent(lambda y: betainc(0.5, df / 2.0, y) - inside, 0.0, 1.0)
        return math.sqrt(df * y / (1.0 - y)) if y < 1 else math.inf
    tails = 2.0 * (1.0 - p)  # P(|T| > t) = I_x(df/2, 1/2) with x = df / (df + t²); x is small where t is large
    x = brent(lambda x: betainc(df / 2.0, 0.5, x) - tails, 0.0, 1.0)
    return math.sqrt(df * (1.0 - x) / x) if x > 0 else math.inf


def f_cdf(f: float, df1: float, df2: float) -> float:
    """P(F <= f) for the F distribution with ``df1`` and ``df2`` degrees of freedom."""
    _check_df(df1, df2)
    if f <= 0:
        return 0.0
    if math.isinf(f):
        return 1.0
    x, z = df1 * f / (df1 * f + df2), df2 / (df1 * f + df2)  # z = 1 - x, without losing digits where x is near 1
    return betainc(df1 / 2.0, df2 / 2.0, x) if x < 0.5 else 1.0 - betainc(df2 / 2.0, df1 / 2.0, z)


def f_quantile(p: float, df1: float, df2: float) -> float:
    """The f with P(F <= f) = p, 0 < p < 1; f_quantile(0.975, 5, 10) = 4.236. Upper quantiles are solved for
    z = df2 / (df2 + df1·f) (small where f is large), lower ones for y = 1 - z, so neither loses digits."""
    _check_df(df1, df2)
    _check_p(p)
    if p >= 0.5:  # P(F > f) = I_z(df2/2, df1/2)
        z = brent(lambda z: betainc(df2 / 2.0, df1 / 2.0, z) - (1.0 - p), 0.0, 1.0)
        return df2 * (1.0 - z) / (df1 * z) if z > 0 else math.inf
    y = brent(lambda y: betainc(df1 / 2.0, df2 / 2.0, y) - p, 0.0, 1.0)
    return df2 * y / (df1 * (1.0 - y))


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean (exactly rounded sum); ``ValueError`` for no values."""
    if not values:
        raise ValueError("the mean of no values")
    return math.fsum(values) / len(values)


def variance(values: Sequence[float]) -> float | None:
    """The sample variance (divisor n - 1); None below two values."""
    n = len(values)
    if n < 2:
        return None
    deviations = list(map(sub, values, repeat(mean(values))))
    return math.fsum(map(mul, deviations, deviations)) / (n - 1)


def sd(values: Sequence[float]) -> float | None:
    """The sample standard deviation (divisor n - 1); None below two values."""
    v = variance(values)
    return None if v is None else math.sqrt(v)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson's r of paired values; None below three pairs or when either side does not vary (r is undefined
    then, and 0 would wrongly say "unrelated")."""
    if len(xs) != len(ys):
        raise ValueError("pearson needs pairs: the sequences differ in length")
    if len(xs) < 3:
        return None
    dx = list(map(sub, xs, repeat(mean(xs))))
    dy = list(map(sub, ys, repeat(mean(ys))))
    sxx, syy = math.fsum(map(mul, dx, dx)), math.fsum(map(mul, dy, dy))
    if sxx <= 0 or syy <= 0:
        return None
    sxy = math.fsum(map(mul, dx, dy))
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def t_interval(centre: float, se: float, df: float, level: float = 0.95) -> tuple[float, float]:
    """``centre ± t(1 - (1 - level)/2; df) · se``: the two-sided ``level`` confidence interval of a mean (or a
    difference of means) with standard error ``se``."""
    half = t_quantile(1.0 - (1.0 - level) / 2.0, df) * se
    return centre - half, centre + half


@dataclass(frozen=True)
class Summary:
    """A distribution in a few numbers, for a strip or box plot and a table. All None when n = 0; with n = 1
    the SD is None and every quantile is the one value.

    Quartiles by ``statistics.quantiles(method="inclusive")``: linear interpolation between the order statistics
    at (n - 1)·p, i.e. R's default type 7, Excel's QUARTILE.INC and numpy's "linear"; they never leave the range
    of the data, which a box plot of scores needs."""

    n: int
    mean: float | None
    sd: float | None  # sample SD (divisor n - 1)
    median: float | None
    q1: float | None
    q3: float | None
    min: float | None
    max: float | None


def summarise(values: Iterable[float]) -> Summary:
    """The :class:`Summary` of ``values`` (any order; the result does not depend on it)."""
    data = sorted(values)
    n = len(data)
    if n == 0:
        return Summary(0, None, None, None, None, None, None, None)
    if n == 1:
        (v,) = data
        return Summary(1, v, None, v, v, v, v, v)
    q1, median, q3 = statistics.quantiles(data, n=4, method="inclusive")
    return Summary(n, mean(data), sd(data), median, q1, q3, data[0], data[-1])


# -- the same figures from counted values ----------------------------------------------------------------------------
#
# Item statistics see each value many times (a likert item has five). Each function below gives exactly what its
# namesake above gives on the list in which each ``values[i]`` appears ``counts[i]`` times: every value is worked
# out with the same floating-point steps, and the sums are exact before their one rounding, as math.fsum's are.


_SPLIT = 134217729.0  # 2**27 + 1: Veltkamp's splitter for binary64


def counted_sum(values: Sequence[float], counts: Sequence[int]) -> float:
    """``math.fsum`` of the list with each ``values[i]`` ``counts[i]`` times: the exact sum, rounded once (half to
    even, as fsum rounds).

    Each value is split (Veltkamp) into a high and a low half of at most 26 significant bits, so a count below
    2**26 times either half is exact, and fsum of those products is fsum of the whole list. Values too large or too
    small to split safely, or huge counts, are summed in integers from each float's exact ratio instead."""
    if values and max(counts) < 2**26:
        magnitudes = list(map(abs, values))
        if max(magnitudes) < 2.0**900 and min(filter(None, magnitudes), default=1.0) > 2.0**-900:
            scaled = list(map(mul, values, repeat(_SPLIT)))
            high = list(map(sub, scaled, map(sub, scaled, values)))
            low = map(sub, values, high)
            return math.fsum(chain(map(mul, high, counts), map(mul, low, counts)))
    total, shift = 0, 0
    try:
        for value, count in zip(values, counts, strict=True):
            numerator, denominator = value.as_integer_ratio()
            bits = denominator.bit_length() - 1  # the denominator is a power of two
            if bits > shift:
                total <<= bits - shift
                shift = bits
            total += (numerator * count) << (shift - bits)
    except (OverflowError, ValueError):  # an infinity or a NaN: as fsum has it
        return math.fsum(v for v, c in zip(values, counts, strict=True) for _ in range(c))
    return total / (1 << shift)


def counted_mean(values: Sequence[float], counts: Sequence[int]) -> float:
    """:func:`mean` of the counted values; ``ValueError`` for none."""
    n = sum(counts)
    if not n:
        raise ValueError("the mean of no values")
    return counted_sum(values, counts) / n


def counted_variance(values: Sequence[float], counts: Sequence[int]) -> float | None:
    """:func:`variance` of the counted values; None below two."""
    n = sum(counts)
    if n < 2:
        return None
    m = counted_mean(values, counts)
    deviations = [v - m for v in values]
    return counted_sum([d * d for d in deviations], counts) / (n - 1)


def counted_pearson(xs: Sequence[float], ys: Sequence[float], counts: Sequence[int]) -> float | None:
    """:func:`pearson` of the counted pairs ``(xs[i], ys[i])``."""
    if sum(counts) < 3:
        return None
    mx, my = counted_mean(xs, counts), counted_mean(ys, counts)
    dx = [x - mx for x in xs]
    dy = [y - my for y in ys]
    sxx, syy = counted_sum([d * d for d in dx], counts), counted_sum([d * d for d in dy], counts)
    if sxx <= 0 or syy <= 0:
        return None
    sxy = counted_sum(list(map(mul, dx, dy)), counts)
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))
