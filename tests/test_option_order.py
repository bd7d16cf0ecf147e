"""Scenario, single and multi options are shown in an order of each attempt's own (issue 14): nobody can learn
that the keyed answer is the first, and the order never changes a score, since answers are kept by option id."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cs_quiz.attempts.attempt import Attempt
from cs_quiz.attempts.order import shown_options
from cs_quiz.bank.load import load_bank, load_bytes
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.store.store import Store

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"


@pytest.fixture(scope="module")
def bank() -> Bank:
    b = load_bank(SMALL).bank
    assert b is not None
    return b


def ids(bank: Bank, qid: str, seed: int | None) -> list[str]:
    return [o.id for o in shown_options(bank.questions[qid], seed)]


def test_orders_are_per_attempt_and_the_same_every_time_for_one(bank: Bank) -> None:
    orders = {tuple(ids(bank, "sc-1", seed)) for seed in range(1, 40)}
    assert len(orders) == 6  # every order of three options turns up
    assert ids(bank, "sc-1", 5) == ids(bank, "sc-1", 5) == ["b", "c", "a"]  # stable, also across processes
    assert ids(bank, "sc-1", None) == ["a", "b", "c"]  # an attempt from before: as written


def test_profile_choices_keep_their_meaningful_order(bank: Bank) -> None:
    assert not bank.questions["education"].shuffled
    assert {tuple(ids(bank, "education", seed)) for seed in range(1, 20)} == {("school", "bachelor")}


def test_a_bank_can_fix_an_order_and_pin_an_option() -> None:
    text = SMALL.read_text(encoding="utf-8")
    fixed = load_bytes(
        text.replace("    type: scenario\n", "    type: scenario\n    order: fixed\n").encode(), "f.yaml"
    )
    assert fixed.bank is not None and not fixed.bank.questions["sc-1"].shuffled
    pinned_c = "      - {id: c, text: Say nothing until it is fixed., scores: {}, pinned: true}\n"
    pinned = load_bytes(
        text.replace("      - {id: c, text: Say nothing until it is fixed., scores: {}}\n", pinned_c).encode(), "p.yaml"
    )
    assert pinned.bank is not None
    q = pinned.bank.questions["sc-1"]
    assert {tuple(o.id for o in shown_options(q, seed))[-1] for seed in range(1, 30)} == {"c"}
    assert {tuple(o.id for o in shown_options(q, seed)) for seed in range(1, 30)} == {("a", "b", "c"), ("b", "a", "c")}


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(1, 2**31 - 1), best=st.integers(0, 2), worst=st.integers(0, 2), tool=st.integers(0, 1))
def test_shuffling_never_changes_a_score_for_the_same_chosen_ids(
    bank: Bank, seed: int, best: int, worst: int, tool: int
) -> None:
    # a person picks by place on the screen; the same options picked in the written order score the same
    sc, tools = ids(bank, "sc-1", seed), ids(bank, "tools", seed)
    picked = {"data-1": 4, "sc-1": {"best": sc[best], "worst": sc[worst]}, "tools": [tools[tool]]}
    unshuffled = replace(bank, questions={k: replace(q, shuffled=False) for k, q in bank.questions.items()})
    on_screen, _ = evaluate(bank, picked, ["full"])
    as_written, _ = evaluate(unshuffled, picked, ["full"])
    assert on_screen.score == as_written.score


def test_the_order_is_stored_with_the_attempt_and_kept_on_resume(bank: Bank, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        first = Attempt.start(store, bank, ["full"])
        again = Attempt.resume(store, {bank.meta.id: bank}, first.id)
        assert again.session.option_seed == first.session.option_seed is not None
        q = bank.questions["sc-1"]
        assert again.session.options_of(q) == first.session.options_of(q)
