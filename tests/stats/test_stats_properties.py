"""Properties every statistic must have, whatever the data: alpha of identical items is 1; adding a constant to
every likert answer changes no correlation or alpha; the order of attempts changes nothing; a group below the
minimum reveals only counts; no nickname ever reaches an output."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stats_helpers import NICK, likert_bank, likert_takens, taken

from cs_quiz.bank.model import NOT_YET, Bank
from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.change import paired, unpaired
from cs_quiz.stats.group import group_results
from cs_quiz.stats.items import item_statistics
from cs_quiz.stats.sample import Taken
from factories import bank as make_bank
from factories import likert, opt, scale, scenario

SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def mixed_bank() -> Bank:
    """Two competencies of four likert items (one reverse-keyed, a scale with "not yet") and a scenario."""
    from dataclasses import replace

    return make_bank(
        *(likert(f"a{i}", "alpha", reverse=i == 4) for i in range(1, 5)),
        *(likert(f"b{i}", "beta") for i in range(1, 5)),
        scenario("sc", opt("p", alpha=2, beta=1), opt("q", alpha=1), opt("r"), ask=("best", "worst")),
        scales=[replace(scale(), not_yet="Not yet")],
    )


LIKERT = st.sampled_from([1, 2, 3, 4, 5, 5, 4, NOT_YET, None])
PICK = st.sampled_from([None, ("p", "r"), ("p", "q"), ("q", "r"), ("r", "p"), ("q", None)])
PERSON = st.tuples(st.lists(LIKERT, min_size=8, max_size=8), PICK, st.sampled_from(["x", "y", None]))


def takens_of(bank: Bank, people: list[Any]) -> list[Taken]:
    ids = [q for q in bank.questions if q != "sc"]
    out = []
    for i, (answers, pick, cohort) in enumerate(people):
        raw: dict[str, Any] = {q: a for q, a in zip(ids, answers, strict=True) if a is not None}
        if pick is not None:
            raw["sc"] = {"best": pick[0], "worst": pick[1]}
        code = f"code-{i % max(1, len(people) // 2)}"
        out.append(taken(bank, raw, sections=("all",), cohort=cohort, code=code, minutes=i))
    return out


def everything(takens: list[Taken], bank: Bank, minimum: int) -> dict[str, Any]:
    half = len(takens) // 2
    return to_dict(
        {
            "group": group_results(takens, bank, minimum=minimum),
            "items": item_statistics(takens, bank, minimum=minimum),
            "paired": paired(takens, bank, minimum=minimum),
            "by_cohort": paired(takens, bank, before="x", after="y", minimum=minimum),
            "unpaired": unpaired(takens[:half], takens[half:], bank, minimum=minimum),
        }
    )


@SLOW
@given(st.lists(PERSON, min_size=6, max_size=24), st.randoms())
def test_order_of_attempts_changes_nothing_and_no_name_appears(people: list[Any], rnd: random.Random) -> None:
    bank = mixed_bank()
    takens = takens_of(bank, people)
    shuffled = list(takens)
    rnd.shuffle(shuffled)
    half = len(takens) // 2
    first, second = takens[:half], takens[half:]
    rnd.shuffle(first)
    rnd.shuffle(second)
    mixed = {
        "group": group_results(shuffled, bank, minimum=3),
        "items": item_statistics(shuffled, bank, minimum=3),
        "paired": paired(shuffled, bank, minimum=3),
        "by_cohort": paired(shuffled, bank, before="x", after="y", minimum=3),
        "unpaired": unpaired(first, second, bank, minimum=3),
    }
    original = everything(takens, bank, 3)
    assert to_dict(mixed) == original
    assert NICK not in json.dumps(original, ensure_ascii=False)


@SLOW
@given(st.lists(PERSON, min_size=0, max_size=6))
def test_below_the_minimum_only_counts(people: list[Any]) -> None:
    bank = mixed_bank()
    takens = takens_of(bank, people)
    out = everything(takens, bank, minimum=max(len(takens), 1) + 1)  # nobody reaches the minimum
    counts = {
        "group": {"bank_id", "minimum", "too_few", "started", "finished"},
        "items": {"bank_id", "minimum", "too_few", "finished"},
        "paired": {"bank_id", "minimum", "too_few", "pairs"},
        "by_cohort": {"bank_id", "minimum", "too_few", "pairs", "before", "after"},
        "unpaired": {"bank_id", "minimum", "too_few", "finished_a", "finished_b"},
    }
    for name, shown in counts.items():
        assert out[name]["too_few"] is True
        assert {k for k, v in out[name].items() if v is not None} == shown, name
    assert NICK not in json.dumps(out, ensure_ascii=False)


VARIED = st.lists(st.integers(1, 5), min_size=5, max_size=30).filter(lambda v: len(set(v)) > 1)


@settings(deadline=None, max_examples=40)
@given(st.integers(2, 6), VARIED)
def test_alpha_of_identical_items_is_one(k: int, people: list[int]) -> None:
    bank = likert_bank(k)
    stats = item_statistics(likert_takens(bank, [[v] * k for v in people]), bank, minimum=5)
    assert stats.competencies is not None and stats.items is not None
    assert stats.competencies[0].alpha == pytest.approx(1.0, abs=1e-12)
    assert stats.competencies[0].sem == pytest.approx(0.0, abs=1e-5)
    for item in stats.items:
        assert item.corrected_r == pytest.approx(1.0, abs=1e-12)
        if k >= 3:
            assert item.alpha_if_deleted == pytest.approx(1.0, abs=1e-12)
    assert stats.faults == ()


def shifted_away(values: list[Any]) -> list[Any]:
    return [v + 1 if isinstance(v, int) else v for v in values]


@settings(deadline=None, max_examples=40)
@given(st.lists(st.lists(st.sampled_from([1, 2, 3, 4, None]), min_size=4, max_size=4), min_size=5, max_size=25))
def test_adding_a_constant_to_every_answer_changes_no_correlation_or_alpha(table: list[list[Any]]) -> None:
    bank = likert_bank(4)
    before = item_statistics(likert_takens(bank, table), bank, minimum=5)
    after = item_statistics(likert_takens(bank, [shifted_away(row) for row in table]), bank, minimum=5)
    assert before.items is not None and after.items is not None
    assert before.competencies is not None and after.competencies is not None
    for b, a in zip(before.items, after.items, strict=True):
        for name in ("corrected_r", "alpha_if_deleted", "sd", "rest_n", "n"):
            assert getattr(a, name) == pytest.approx(getattr(b, name), abs=1e-9), name
        if b.mean is not None:
            assert a.mean == pytest.approx(b.mean + 0.25)  # one scale point is a quarter of the range
    for b, a in zip(before.competencies, after.competencies, strict=True):
        for name in ("alpha", "ci_low", "ci_high", "sd", "sem", "complete"):
            assert getattr(a, name) == pytest.approx(getattr(b, name), abs=1e-9), name
