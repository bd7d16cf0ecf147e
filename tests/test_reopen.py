"""A finished result opened again from the history (issue 17): scored again from its stored answers, and shown only
when that gives the very figures stored at its finish — in the person's language when the bank has a translation,
never a different verdict when the bank has changed since."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.attempts.attempt import Attempt
from cs_quiz.attempts.reopen import BANK_CHANGED, BANK_GONE, NOT_FINISHED, CannotReopen, figures, reopen
from cs_quiz.bank.load import choose_bank, load_bank, load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"
WHEN = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)


@pytest.fixture(scope="module")
def small() -> Bank:
    b = load_bank(SMALL).bank
    assert b is not None
    return b


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


def finished(store: Store, bank: Bank, answers: dict[str, Any], sections: list[str], seconds: float) -> str:
    """An attempt finished as the app finishes one: the result computed then is stored beside the answers."""
    attempt = store.start_attempt(
        bank_id=bank.meta.id,
        bank_version=bank.meta.version,
        bank_hash=bank.content_hash,
        sections=sections,
        nickname="Sam",
        started_at=WHEN - timedelta(minutes=9),
    )
    for qid, value in answers.items():
        store.save_answer(attempt, qid, value)
    ev, _ = evaluate(bank, answers, sections, seconds)
    store.finish_attempt(attempt, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}, WHEN, elapsed=seconds)
    return attempt


def test_a_finished_attempt_reopens_with_the_figures_it_was_given(small: Bank, store: Store) -> None:
    attempt = Attempt.start(store, small, ["quick"], nickname="Ana")
    attempt.answer(4)
    attempt.session.next()
    attempt.answer(2)
    told = attempt.finish(WHEN)
    again = reopen(store, [small], attempt.id)
    assert again.nickname == "Ana" and again.finished_at == WHEN
    assert again.evaluation.score == told.score and again.evaluation.advice == told.advice


def test_a_withheld_result_reopens_withheld(store: Store) -> None:
    from test_careless import answers_for

    bank = next(b for b in load_bundled().banks if b.meta.language == "en")
    answers = answers_for(bank, lambda n, q: 5)  # "strongly agree" everywhere
    full = finished(store, bank, answers, ["full"], seconds=1200)
    again = reopen(store, [bank], full)
    told, _ = evaluate(bank, answers, ["full"], 1200)
    assert not told.score.readiness.interpretable, "the example must be one whose verdict was withheld"
    assert again.evaluation.score.readiness == told.score.readiness


def test_the_translation_is_chosen_when_it_gives_the_same_figures() -> None:
    banks = load_bundled().banks
    english, _ = choose_bank(banks, "csd-readiness", "en")
    spanish, _ = choose_bank(banks, "csd-readiness", "es")
    assert english is not None and spanish is not None and spanish.meta.language == "es"
    answers: dict[str, Any] = {}
    for i, qid in enumerate(english.section_questions(["quick"])):
        q = english.questions[qid]
        if q.scale:
            answers[qid] = 2 + i % 3
        elif q.input is not None and q.input.value == "number":
            answers[qid] = 4
        elif q.options:
            answers[qid] = q.options[i % len(q.options)].id
    with Store.open(None) as store:
        attempt = finished(store, english, answers, ["quick"], seconds=600)
        again = reopen(store, [spanish, english], attempt)
        assert again.evaluation.bank is spanish, "in the person's language"
        stored = store.get_attempt(attempt).result
        assert stored is not None and figures(to_dict(again.evaluation.score)) == figures(stored["score"])


def test_a_changed_bank_a_missing_bank_and_an_unfinished_attempt_are_not_reopened(small: Bank, store: Store) -> None:
    answers = {"data-1": 4, "patience-1": 2}
    quick = finished(store, small, answers, ["quick"], seconds=600)
    told, _ = evaluate(small, answers, ["quick"], 600)
    assert told.score.readiness.band == "ready" and told.score.readiness.rounded == 75
    moved_to = {"developing": {"max": 79}, "ready": {"min": 80}}
    bands = tuple(replace(b, **moved_to.get(b.id, {})) for b in small.bands)
    moved = replace(small, bands=bands)  # "Ready" now starts at 80: 75 would be told another band
    with pytest.raises(CannotReopen) as caught:
        reopen(store, [moved], quick)
    assert caught.value.why == BANK_CHANGED
    assert reopen(store, [moved, small], quick).evaluation.bank is small, "the bank that gives the stored figures"
    with pytest.raises(CannotReopen) as caught:
        reopen(store, [], quick)
    assert caught.value.why == BANK_GONE
    going = Attempt.start(store, small, ["quick"])
    going.answer(3)
    with pytest.raises(CannotReopen) as caught:
        reopen(store, [small], going.id)
    assert caught.value.why == NOT_FINISHED
