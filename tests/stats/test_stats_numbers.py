"""The distributions and summaries under every statistic, against printed tables and closed forms.

Table values: Student's t upper critical values from the NIST/SEMATECH e-Handbook of Statistical Methods,
section 1.3.6.7.2 ("Critical Values of the Student's t Distribution"), and df = 120 from the usual textbook table
(e.g. Montgomery & Runger, Applied Statistics and Probability for Engineers, Table V); F from NIST section
1.3.6.7.3 (upper 5 % and 1 % points) and, for 2.5 %, Montgomery & Runger Table VI. Tables print 3-4 digits, so
the tolerance is half a unit of the last printed digit.
"""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cs_quiz.stats.numbers import (
    Summary,
    betainc,
    brent,
    f_cdf,
    f_quantile,
    pearson,
    sd,
    summarise,
    t_cdf,
    t_interval,
    t_quantile,
)


@pytest.mark.parametrize(
    ("p", "df", "printed"),
    [
        (0.975, 1, 12.706),
        (0.975, 2, 4.303),
        (0.975, 5, 2.571),
        (0.975, 9, 2.262),
        (0.975, 30, 2.042),
        (0.975, 120, 1.980),
        (0.95, 10, 1.812),
        (0.995, 10, 3.169),
        (0.999, 3, 10.215),
        (0.90, 20, 1.325),
        (0.995, 100, 2.626),
    ],
)
def test_t_quantile_matches_the_printed_table(p: float, df: int, printed: float) -> None:
    assert t_quantile(p, df) == pytest.approx(printed, abs=0.0005)
    assert t_quantile(1 - p, df) == pytest.approx(-printed, abs=0.0005)


def test_t_tends_to_the_normal() -> None:
    assert t_quantile(0.975, 10**7) == pytest.approx(statistics.NormalDist().inv_cdf(0.975), abs=1e-6)


@pytest.mark.parametrize(
    ("p", "df1", "df2", "printed"),
    [
        (0.975, 5, 10, 4.236),
        (0.95, 3, 20, 3.098),
        (0.95, 1, 1, 161.448),
        (0.95, 10, 10, 2.978),
        (0.95, 4, 12, 3.259),
        (0.99, 2, 10, 7.559),
        (0.99, 5, 20, 4.103),
        (0.975, 4, 12, 4.121),
        (0.975, 12, 4, 8.751),
        (0.975, 10, 40, 2.39),  # Montgomery & Runger print two decimals here
        (0.975, 40, 10, 3.26),
    ],
)
def test_f_quantile_matches_the_printed_table(p: float, df1: int, df2: int, printed: float) -> None:
    digits = len(str(printed).split(".")[1])
    assert f_quantile(p, df1, df2) == pytest.approx(printed, abs=0.5 * 10**-digits)


def test_lower_f_quantiles_are_reciprocals_of_upper_ones() -> None:
    # F(p; a, b) = 1 / F(1 - p; b, a): how tables give the lower tail.
    assert f_quantile(0.025, 4, 12) == pytest.approx(1 / f_quantile(0.975, 12, 4), rel=1e-10)
    assert f_quantile(0.025, 4, 12) == pytest.approx(1 / 8.751, abs=0.0001)


def test_closed_forms_of_the_t_cdf() -> None:
    # df = 1 is the Cauchy distribution: 1/2 + atan(t)/pi. df = 2: 1/2 + t / (2 sqrt(2 + t^2)).
    for t in (-30.0, -2.0, -0.3, 0.0, 0.7, 1.0, 5.0, 100.0):
        assert t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-13)
        assert t_cdf(t, 2) == pytest.approx(0.5 + t / (2 * math.sqrt(2 + t * t)), abs=1e-13)
    assert t_cdf(1.0, 1) == pytest.approx(0.75, abs=1e-14)


def test_closed_forms_of_the_incomplete_beta() -> None:
    for x in (0.001, 0.1, 0.37, 0.5, 0.9, 0.999):
        assert betainc(2.5, 1, x) == pytest.approx(x**2.5, rel=1e-12)  # I_x(a, 1) = x^a
        assert betainc(1, 3.5, x) == pytest.approx(1 - (1 - x) ** 3.5, rel=1e-12)  # I_x(1, b) = 1 - (1-x)^b
        assert betainc(0.5, 0.5, x) == pytest.approx(2 / math.pi * math.asin(math.sqrt(x)), rel=1e-12)
    assert betainc(3, 4, 0) == 0 and betainc(3, 4, 1) == 1


@given(st.floats(0.05, 500), st.floats(0.05, 500), st.integers(0, 1024))
def test_incomplete_beta_is_symmetric(a: float, b: float, k: int) -> None:
    # I_x(a, b) = 1 - I_(1-x)(b, a); x = k/1024 so that 1 - x is exact
    x = k / 1024
    assert betainc(a, b, x) == pytest.approx(1 - betainc(b, a, 1 - x), abs=1e-11)


@given(st.floats(0.001, 0.999), st.floats(0.5, 10_000))
def test_t_quantile_inverts_the_cdf(p: float, df: float) -> None:
    assert t_cdf(t_quantile(p, df), df) == pytest.approx(p, abs=1e-10)


@given(st.floats(0.001, 0.999), st.floats(0.5, 5_000), st.floats(0.5, 5_000))
def test_f_quantile_inverts_the_cdf(p: float, df1: float, df2: float) -> None:
    assert f_cdf(f_quantile(p, df1, df2), df1, df2) == pytest.approx(p, abs=1e-10)


def test_large_degrees_of_freedom_stay_fast_and_sane() -> None:
    # Feldt's interval for 10,000 people and 20 items: df2 near 190,000.
    high = f_quantile(0.975, 9_999, 9_999 * 19)
    low = f_quantile(0.025, 9_999, 9_999 * 19)
    assert 1 < high < 1.05 and 0.95 < low < 1


def test_bad_arguments_are_refused() -> None:
    for bad in (0.0, 1.0, -0.1, math.nan):
        with pytest.raises(ValueError):
            t_quantile(bad, 5)
    with pytest.raises(ValueError):
        f_quantile(0.5, 0, 3)
    with pytest.raises(ValueError):
        t_cdf(1.0, math.inf)
    with pytest.raises(ValueError):
        brent(lambda x: x * x + 1, -1, 1)


def test_summary_of_few_values() -> None:
    assert summarise([]) == Summary(0, None, None, None, None, None, None, None)
    assert summarise([42.0]) == Summary(1, 42.0, None, 42.0, 42.0, 42.0, 42.0, 42.0)
    two = summarise([70.0, 50.0])
    # n = 2, inclusive quartiles interpolate at (n - 1) p: Q1 = 50 + 0.25 * 20 = 55, Q3 = 65.
    assert two == Summary(2, 60.0, math.sqrt(200), 60.0, 55.0, 65.0, 50.0, 70.0)


def test_summary_quartiles_are_rs_type_7() -> None:
    # R: quantile(c(1, 2, 4, 7, 11, 16), type = 7) gives 25 % 2.5, 50 % 5.5, 75 % 10.0
    # (positions (n-1)p = 1.25, 2.5, 3.75: 2 + 0.25 * 2, (4 + 7) / 2, 7 + 0.75 * 4).
    s = summarise([16, 1, 11, 2, 7, 4])
    assert (s.q1, s.median, s.q3, s.min, s.max) == (2.5, 5.5, 10.0, 1, 16)
    assert s.mean == pytest.approx(41 / 6)


@given(st.lists(st.floats(0, 100), min_size=0, max_size=40), st.randoms())
def test_summary_ignores_order(values: list[float], rnd: object) -> None:
    shuffled = list(values)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert summarise(values) == summarise(shuffled)


def test_pearson_and_sd() -> None:
    # x = 1..5, y = 2, 4, 5, 4, 5: Sxy = 6, Sxx = 10, Syy = 6, r = 6 / sqrt(60) = 0.7746.
    assert pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]) == pytest.approx(6 / math.sqrt(60))
    assert pearson([1, 2, 3], [5, 5, 5]) is None  # no variation: r undefined, not 0
    assert pearson([1, 2], [1, 2]) is None
    assert sd([1.0]) is None and sd([2.0, 4.0]) == pytest.approx(math.sqrt(2))


def test_t_interval_of_students_sleep_data() -> None:
    # Student (1908) / Cushny & Peebles (1905), R's `sleep` data: extra hours of sleep with the second drug minus
    # the first, per patient. R's t.test(..., paired = TRUE) prints t = 4.0621, df = 9,
    # 95 % CI 0.7001142 to 2.4598858, mean difference 1.58.
    diffs = [1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4]
    s = sd(diffs)
    assert s is not None and s == pytest.approx(1.229995, abs=1e-6)
    assert 1.58 / (s / math.sqrt(10)) == pytest.approx(4.0621, abs=1e-4)
    low, high = t_interval(1.58, s / math.sqrt(10), 9)
    assert (low, high) == (pytest.approx(0.7001142, abs=1e-6), pytest.approx(2.4598858, abs=1e-6))
