"""numpy under item statistics (issue 18): exact sums equal to math.fsum of the expanded lists, exact per-person
sums, counting distinct keys; item statistics read from a store's digests equal those of the attempts read the
long way; numpy imported only when item statistics are computed."""

from __future__ import annotations

import math
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from functools import reduce
from operator import add
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from stats_helpers import small_answers, small_bank

from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.arrays import counted, exact_sums, exact_variances, numbered, row_sums, table
from cs_quiz.stats.items import item_statistics
from cs_quiz.stats.numbers import counted_sum, variance
from cs_quiz.stats.sample import from_attempt, stored
from cs_quiz.store.store import Store

finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300)
wide = st.one_of(finite, st.floats(min_value=-1e-300, max_value=1e-300), st.sampled_from([0.0, -0.0, 5e-324, 0.1]))


@given(st.lists(st.tuples(wide, st.integers(1, 1000), st.integers(0, 3)), max_size=60))
def test_exact_sums_are_fsum_of_the_expanded_lists(rows: list[tuple[float, int, int]]) -> None:
    values = np.array([v for v, _, _ in rows], dtype=np.float64)
    weights = np.array([w for _, w, _ in rows], dtype=np.int64)
    segments = np.array([s for _, _, s in rows], dtype=np.intp)
    expected = [math.fsum(v for v, w, s in rows if s == seg for _ in range(w)) for seg in range(4)]
    assert exact_sums(values, segments, 4, weights) == expected
    assert exact_sums(values, segments, 4) == [math.fsum(v for v, _, s in rows if s == seg) for seg in range(4)]
    for seg in range(4):  # and what counted_sum gives, bit for bit
        mine = [(v, w) for v, w, s in rows if s == seg]
        assert exact_sums(values, segments, 4, weights)[seg] == counted_sum([v for v, _ in mine], [w for _, w in mine])


def test_exact_sums_where_fsum_is_not_exact_in_floats() -> None:
    # the textbook case: naive summation gives 0.0, the exact sum is 2.0
    values = np.array([1e100, 1.0, -1e100, 1.0])
    assert exact_sums(values) == [math.fsum(values.tolist())] == [2.0]
    assert exact_sums(np.array([0.1] * 10)) == [1.0] and reduce(add, [0.1] * 10) != 1.0  # (sum() compensates on 3.12+)
    # beyond the fast road's range, and infinities, as fsum has them
    assert exact_sums(np.array([1e300, 1e-300, -1e300])) == [1e-300]
    assert exact_sums(np.array([math.inf, 1.0])) == [math.inf]
    assert exact_sums(np.array([]), None, 2) == [0.0, 0.0]


@given(st.lists(st.lists(st.floats(-1e150, 1e150), min_size=1, max_size=8), min_size=1, max_size=4))
def test_exact_variances_are_variance(rows: list[list[float]]) -> None:
    values = np.array([v for row in rows for v in row])
    segments = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
    assert exact_variances(values, segments, len(rows)) == [variance(row) for row in rows]


@given(st.lists(st.lists(st.sampled_from([0.0, 0.5, 1.0, 2.5, 4.0, 0.1, 1 / 3, 1e-3]), min_size=3, max_size=3)))
def test_row_sums_are_fsum_of_each_persons_values(people: list[list[float]]) -> None:
    columns = [sorted({0.0, *(p[j] for p in people)}) for j in range(3)]
    width = max(len(c) for c in columns)
    picks = np.array([[columns[j].index(p[j]) + width * j for p in people] for j in range(3)], dtype=np.intp)
    sums, exact = row_sums(columns, picks.reshape(3, len(people)), width)
    assert sums.tolist() == [math.fsum(p) for p in people]
    totals = [sum(map(Fraction, p)) for p in people]  # equal exact sums, and only they, get equal numbers
    assert [[x == y for y in exact.tolist()] for x in exact.tolist()] == [[x == y for y in totals] for x in totals]


def test_row_sums_too_wide_for_int64_are_still_exact() -> None:
    columns = [[0.0, 2.0**60, 2.0**-40], [0.0, 3.0, 2.0**60]]
    picks = np.array([[1, 2, 1], [5, 4, 4]], dtype=np.intp)
    sums, _ = row_sums(columns, picks, 3)
    assert sums.tolist() == [math.fsum([2.0**60, 2.0**60]), math.fsum([2.0**-40, 3.0]), math.fsum([2.0**60, 3.0])]
    assert table(columns, 4).shape == (2, 4)


def test_counting_and_numbering() -> None:
    keys = np.array([5, 3, 5, 9, 3, 5])
    distinct, times = counted(keys, 10)
    assert distinct.tolist() == [3, 5, 9] and times.tolist() == [2, 3, 1]
    distinct, times = counted(keys * 10**9, 10**10 + 1)  # too many bins: sorted instead
    assert distinct.tolist() == [3 * 10**9, 5 * 10**9, 9 * 10**9] and times.tolist() == [2, 3, 1]
    for first in (np.array([1, 2, 1, 2]), np.array([1, 2**61, 1, 2**61])):
        number, count = numbered([first, np.array([7, 7, 7, 8])])
        assert count == 3 and number[0] == number[2] and len({*number.tolist()}) == 3


def store_with(folder: Path, rows: list[tuple[dict[str, Any], tuple[str, ...]]]) -> list[Any]:
    bank = small_bank()
    when = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with Store.open(folder) as store:
        for i, (answers, sections) in enumerate(rows):
            attempt = store.start_attempt(
                bank_id=bank.meta.id,
                bank_version=bank.meta.version,
                bank_hash=bank.content_hash,
                sections=list(sections),
                started_at=when + timedelta(minutes=i),
            )
            for qid, value in answers.items():
                store.save_answer(attempt, qid, value)
            known = [s for s in sections if s in bank.sections] or ["full"]
            ev, _ = evaluate(bank, answers, known)
            store.finish_attempt(attempt, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}, when)
        return [stored(store), [from_attempt(a) for a in store.attempts()]]


def test_items_from_the_digests_are_those_of_the_long_way(tmp_path: Path) -> None:
    bank = small_bank()
    rows: list[tuple[dict[str, Any], tuple[str, ...]]] = []
    for i in range(40):
        answers = small_answers(data=1 + i % 5, patience=1 + (i * 7) % 5, best="abc"[i % 3], worst="cab"[i % 3])
        if i % 6 == 0:
            answers["data-1"] = ["1", 2.0, "x", 4][i % 4]  # told apart as check_answers tells them
        if i % 7 == 0:
            del answers["patience-1"]
        if i % 9 == 0:
            answers["gone-question"] = 3  # a question the bank no longer has
        sections = [("full",), ("quick",), ("renamed",)][i % 3]  # "renamed": asked what was answered
        rows.append((answers, sections))
    fast, slow = store_with(tmp_path, rows)
    assert item_statistics(fast, bank, minimum=10) == item_statistics(slow, bank, minimum=10)
    assert item_statistics(fast, bank, minimum=10).items


@pytest.mark.parametrize(
    "code",
    [
        "import cs_quiz.stats.items, cs_quiz.stats.group, cs_quiz.stats.responses, cs_quiz.cli.main",
        "import runpy, sys; sys.argv = ['cs-quiz', '--version']; runpy.run_module('cs_quiz', run_name='__main__')",
    ],
)
def test_numpy_is_imported_only_when_item_statistics_are_computed(code: str) -> None:
    check = f"import sys\ntry:\n    {code}\nexcept SystemExit:\n    pass\nprint('numpy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True, timeout=120)
    assert done.stdout.strip().splitlines()[-1] == "False"
