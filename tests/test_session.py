"""An attempt in progress, as the GUI drives it: answers autosave to the store, a restart resumes at the same
question, and a failing disk never costs the person their answers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.attempts.session import Session
from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.answers import AnswerError
from cs_quiz.scoring.engine import evaluate
from cs_quiz.store.store import Store, StoreError

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"


@pytest.fixture
def bank() -> Bank:
    result = load_bank(SMALL)
    assert result.bank is not None
    return result.bank


def start(bank: Bank, store: Store, sections: tuple[str, ...] = ("full",)) -> Session:
    attempt = store.start_attempt(
        bank_id=bank.meta.id, bank_version=bank.meta.version, bank_hash=bank.content_hash, sections=sections
    )
    return Session(bank, sections, attempt_id=attempt, sink=store)


def test_questions_follow_the_sections_in_order(bank: Bank) -> None:
    s = Session(bank, ["quick", "full"])
    assert [q.id for q in s.questions] == ["data-1", "patience-1", "years", "sc-1", "tools", "education"]
    with pytest.raises(ValueError, match="quik"):
        Session(bank, ["quik"])


def test_navigation_answer_skip_and_flag(bank: Bank) -> None:
    s = Session(bank, ["full"])
    assert s.is_first and not s.back()
    s.answer(4)
    assert s.answer_of("data-1") == 4
    assert s.next() and s.current.id == "patience-1"
    assert s.toggle_flag() and s.is_flagged("patience-1")
    s.answer("2")  # as typed: normalised
    assert s.answer_of("patience-1") == 2
    assert s.skip() and s.current.id == "sc-1"
    assert s.answer_of("patience-1") is None, "skip leaves the question unanswered"
    assert s.unanswered() == [1, 2, 3, 4, 5]
    assert s.flagged() == [1]
    s.go(5)
    assert s.is_last and not s.next()
    with pytest.raises(IndexError):
        s.go(6)


def test_a_bad_answer_changes_nothing(bank: Bank) -> None:
    s = Session(bank, ["full"])
    s.answer(4)
    with pytest.raises(AnswerError, match="data-1"):
        s.answer(9)
    assert s.answer_of("data-1") == 4


def test_progress_counts_answers_and_estimates_minutes(bank: Bank) -> None:
    s = Session(bank, ["full"])  # 6 questions, 5 minutes
    p = s.progress()
    assert (p.answered, p.total, p.percent, p.minutes_left, p.section) == (0, 6, 0, 5, "Full assessment")
    s.answer(4)
    s.next()
    s.answer(3)
    p = s.progress()
    assert (p.index, p.answered, p.percent, p.minutes_left) == (1, 2, 33, 4)


def test_answers_autosave_and_resume_at_the_same_question(bank: Bank, tmp_path: Path) -> None:
    ticks = iter(float(t) for t in range(0, 100, 2))
    with Store.open(tmp_path) as store:
        attempt = store.start_attempt(
            bank_id=bank.meta.id, bank_version=bank.meta.version, bank_hash=bank.content_hash, sections=("full",)
        )
        s = Session(bank, ("full",), attempt_id=attempt, sink=store, clock=lambda: next(ticks))
        s.answer(4)
        s.next()
        s.answer(2)
        s.toggle_flag()
        s.next()
        s.answer({"best": "a", "worst": "c"})
        attempt_id = s.attempt_id
    # the app closed: a new process opens the same folder
    with Store.open(tmp_path) as store:
        [unfinished] = store.unfinished_attempts()
        assert unfinished.id == attempt_id
        saved = store.get_attempt(attempt_id)
        resumed = Session(
            bank,
            saved.sections,
            attempt_id=saved.id,
            sink=store,
            answers=saved.answers,
            index=saved.position,
            elapsed=saved.elapsed,
            flagged=saved.review_flags,
        )
        assert resumed.current.id == "sc-1"
        assert resumed.answers == s.answers
        assert resumed.flagged() == [1], "the flag for review survives a restart"
        assert saved.elapsed is not None and saved.elapsed > 0, "time spent before closing still counts"
        # an attempt recorded before elapsed time was kept: unknown, so the too-fast flag must not guess
        assert Session(bank, saved.sections, elapsed=None).seconds() is None


def test_moving_without_answering_is_remembered_too(bank: Bank, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        s = start(bank, store)
        s.go(4)
        assert store.get_attempt(s.attempt_id).position == 4


def test_clearing_an_answer_is_saved(bank: Bank, tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        s = start(bank, store)
        s.answer(4)
        s.clear_answer()
        assert store.get_attempt(s.attempt_id).answers == {}


class FailingSink:
    def __init__(self) -> None:
        self.fail = True
        self.saved: dict[str, Any] = {}

    def save_answer(
        self,
        attempt_id: str,
        question_id: str,
        answer: Any,
        *,
        position: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        if self.fail:
            raise StoreError("The disk is full: your answers are kept until you finish; save the report elsewhere.")
        self.saved[question_id] = answer

    def set_position(self, attempt_id: str, index: int, *, elapsed: float | None = None) -> None:
        if self.fail:
            raise StoreError("The disk is full.")

    def set_review_flags(self, attempt_id: str, question_ids: Sequence[str]) -> None:
        if self.fail:
            raise StoreError("The disk is full.")


def test_a_failing_disk_keeps_the_answer_and_says_so(bank: Bank) -> None:
    sink = FailingSink()
    s = Session(bank, ["full"], attempt_id="a1", sink=sink)
    s.answer(4)
    assert s.answer_of("data-1") == 4
    assert s.save_error is not None and "disk is full" in str(s.save_error)
    sink.fail = False
    s.next()
    s.answer(3)
    assert s.save_error is None
    assert sink.saved == {"patience-1": 3}


def test_answers_that_no_longer_fit_the_bank_are_dropped_on_resume(bank: Bank) -> None:
    s = Session(bank, ["quick"], answers={"data-1": 4, "gone": 3, "sc-1": "a", "patience-1": 42})
    assert s.answers == {"data-1": 4}


def test_evaluate_is_the_engine_result(bank: Bank) -> None:
    ticks = iter([0.0, 100.0])
    s = Session(bank, ["full"], clock=lambda: next(ticks))
    s.answer(4)
    s.next()
    s.answer(2)
    ev = s.evaluate()
    expected, _ = evaluate(bank, {"data-1": 4, "patience-1": 2}, ["full"], 100.0)
    assert ev.score == expected.score
    assert ev.advice == expected.advice


def test_a_question_picked_on_the_review_leads_back_to_it(bank: Bank) -> None:
    s = Session(bank, ["full"])
    assert not s.leads_to_review
    s.revisit(1)
    assert s.index == 1 and s.leads_to_review
    s.answer(4)
    assert s.next() is False and s.index == 1, "moving on shows the review again, from where the person was"
    assert not s.leads_to_review
    assert s.next() and s.index == 2, "the review left: moving on goes on"
    s.revisit(0)
    assert s.skip() is False, "skipping it leads back to the review too"
    s.revisit(3)
    s.back()
    assert s.index == 2 and not s.leads_to_review, "going back by hand is walking the questions again"
