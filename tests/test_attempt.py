"""One attempt's life through the Qt-free Attempt API that the app, the kiosk and the command line all use."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cs_quiz.attempts.attempt import Attempt, BankChanged, BankUnavailable, Status
from cs_quiz.attempts.lane import Done
from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store, StoreError

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"


@pytest.fixture(scope="module")
def bank() -> Bank:
    b = load_bank(SMALL).bank
    assert b is not None
    return b


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "data")
    yield s
    s.close()


class HeldLane:
    """A lane whose writes wait until the test runs them: what a slow disk looks like to the attempt."""

    def __init__(self) -> None:
        self.queue: list[tuple[Callable[[], object], Done]] = []

    def submit(self, work: Callable[[], object], done: Done) -> None:
        self.queue.append((work, done))

    def run_all(self) -> None:
        while self.queue:
            work, done = self.queue.pop(0)
            try:
                work()
            except Exception as exc:
                done(exc)
            else:
                done(None)


def test_an_attempt_is_recorded_from_start_to_finish(bank: Bank, store: Store) -> None:
    attempt = Attempt.start(store, bank, ["quick"], nickname="  Ana ")
    assert attempt.saved and attempt.status is Status.IN_PROGRESS
    attempt.answer(4)
    attempt.session.next()
    attempt.answer(2)
    when = datetime(2026, 3, 1, 10, 30, tzinfo=UTC)
    ev = attempt.finish(when)
    stored = store.get_attempt(attempt.id)
    assert stored.status == "finished" and stored.nickname == "Ana"
    assert stored.finished_at == when
    assert stored.answers == {"data-1": 4, "patience-1": 2}
    expected, _ = evaluate(bank, {"data-1": 4, "patience-1": 2}, ["quick"], attempt.session.seconds())
    assert stored.result == {"score": to_dict(expected.score), "advice": to_dict(expected.advice)}
    assert ev.score.readiness == expected.score.readiness
    assert attempt.session is not None and attempt.status is Status.FINISHED


def test_saved_only_once_the_writes_have_run(bank: Bank, store: Store) -> None:
    lane = HeldLane()
    attempt = Attempt.start(store, bank, ["quick"], lane=lane)
    attempt.answer(5)
    assert not attempt.saved and attempt.pending == 2
    assert store.history() == []  # nothing is on disk yet, and nothing claims it is
    seen: list[bool] = []
    attempt.on_saved = lambda a: seen.append(a.saved)
    lane.run_all()
    assert attempt.saved and seen == [False, True]
    assert store.get_attempt(attempt.id).answers == {"data-1": 5}


def test_a_failed_start_is_the_problem_told_and_later_writes_are_not_tried(bank: Bank, tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    store.close()  # every write now fails
    attempt = Attempt.start(store, bank, ["quick"])
    first = attempt.problem
    assert isinstance(first, StoreError) and not attempt.saved
    attempt.answer(3)
    attempt.finish()
    assert attempt.problem is first  # not replaced by "there is no attempt ..."
    assert attempt.evaluation is not None and attempt.status is Status.FINISHED  # the person still gets results


def test_a_failing_answer_keeps_the_answer_and_a_later_success_clears_the_problem(
    bank: Bank, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempt = Attempt.start(store, bank, ["quick"])
    real = Store.save_answer

    def full(self: Store, *args: object, **kwargs: object) -> None:
        raise StoreError("the disk is full")

    monkeypatch.setattr(Store, "save_answer", full)
    attempt.answer(4)
    assert attempt.problem is not None and "disk is full" in str(attempt.problem)
    assert attempt.session.answer_of("data-1") == 4
    monkeypatch.setattr(Store, "save_answer", real)
    attempt.answer(5)
    assert attempt.problem is None and attempt.saved


def test_resume_restores_answers_place_and_flags(bank: Bank, store: Store) -> None:
    first = Attempt.start(store, bank, ["full"], nickname="Bo")
    first.answer(4)
    first.session.next()
    first.session.toggle_flag()
    again = Attempt.resume(store, {bank.meta.id: bank}, first.id)
    assert again.nickname == "Bo" and again.session.index == 1
    assert again.session.answers == {"data-1": 4} and again.session.flagged() == [1]
    with pytest.raises(BankUnavailable):
        Attempt.resume(store, {}, first.id)
    with pytest.raises(StoreError):
        Attempt.resume(store, {bank.meta.id: bank}, "no-such-attempt")


def test_an_attempt_from_another_major_version_of_the_bank_is_not_resumed(bank: Bank, store: Store) -> None:
    # Answers are kept by id; 2.0.0 of a bank may re-letter options or reword statements under the same ids, so
    # answers given to 1.x would silently mean something else.
    first = Attempt.start(store, bank, ["full"])
    first.answer(4)
    newer = replace(bank, meta=replace(bank.meta, version="2.0.0"))
    with pytest.raises(BankChanged) as raised:
        Attempt.resume(store, {bank.meta.id: newer}, first.id)
    assert "version 1.0 of the question bank" in str(raised.value) and "kept" in str(raised.value)
    assert store.get_attempt(first.id).answers == {"data-1": 4}, "nothing is lost"
    minor = replace(bank, meta=replace(bank.meta, version="1.1"))
    assert Attempt.resume(store, {bank.meta.id: minor}, first.id).session.answers == {"data-1": 4}


@pytest.mark.parametrize(("keep", "status"), [(True, "abandoned"), (False, None)])
def test_abandon_keeps_or_deletes(bank: Bank, store: Store, keep: bool, status: str | None) -> None:
    attempt = Attempt.start(store, bank, ["quick"])
    attempt.answer(2)
    attempt.abandon(keep=keep)
    assert [a.status for a in store.history()] == ([status] if status else [])


def test_starting_afresh_sets_the_offered_attempt_aside(bank: Bank, store: Store) -> None:
    offered = Attempt.start(store, bank, ["quick"])
    offered.answer(1)
    Attempt.start(store, bank, ["quick"], declines=offered.id)
    assert store.get_attempt(offered.id).status == "abandoned"
    assert store.get_attempt(offered.id).answers == {"data-1": 1}  # kept, only no longer offered
    assert len(store.unfinished_attempts()) == 1
