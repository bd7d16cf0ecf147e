"""One person's attempt, from start to finish, for every front end: the desktop app, the kiosk and the command line.

An :class:`Attempt` owns the :class:`~cs_quiz.attempts.session.Session` the person answers through and records
everything in the results store as it happens: the start, each answer and move, the flags, the finish (scores and
advice kept as computed, with the time) or the abandoning. The front ends only show its state and forward the
person's intents, so they cannot drift apart.

Writes go through a :class:`~cs_quiz.attempts.lane.Lane`, in order; :attr:`Attempt.saved` is true only once every
write so far is durable, and :attr:`Attempt.problem` says why the last one failed (the answers stay in memory and
the attempt can still be finished). If the start itself could not be recorded, later writes are not tried: the
first problem is the one to tell the person.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from cs_quiz.attempts.lane import Inline, Lane
from cs_quiz.attempts.order import new_seed
from cs_quiz.attempts.session import Session
from cs_quiz.bank.model import Bank
from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.results import Answer, Text, to_dict
from cs_quiz.store import leases
from cs_quiz.store.store import MAX_CODE, MAX_COHORT, Store, StoreError, clean_label


class Status(StrEnum):
    IN_PROGRESS = "in_progress"
    FINISHED = "finished"
    ABANDONED = "abandoned"  # kept, no longer offered for resuming
    DELETED = "deleted"  # removed with everything recorded about it (a kiosk set not to keep them)


class BankUnavailable(LookupError):
    """The attempt's bank is not among the banks loaded now (it was removed or renamed)."""

    def __init__(self, bank_id: str) -> None:
        super().__init__(bank_id)
        self.bank_id = bank_id


class BankChanged(BankUnavailable):
    """The attempt was started on another major version of its bank: answers are kept by id, and a new major
    version may give an id another meaning (a re-lettered option, a reworded statement), so it cannot go on."""

    def __init__(self, bank_id: str, then: str, now: str) -> None:
        super().__init__(bank_id)
        self.then, self.now = then, now

    def __str__(self) -> str:
        return (
            f"this attempt was started with version {self.then} of the question bank, and version {self.now} asks"
            " different questions; its answers are kept in your history, and a new attempt can be started"
        )


class InUse(LookupError):
    """The attempt is open in another window (or kiosk) on this computer that is still running: resuming it here
    would let two windows write over each other's answers."""

    def __init__(self, attempt_id: str) -> None:
        super().__init__(attempt_id)
        self.attempt_id = attempt_id

    def __str__(self) -> str:
        return "this attempt is open in another cs-quiz window on this computer; finish it there, or close that window"


def same_major(version: str, bank: Bank) -> bool:
    """Whether answers given to ``version`` of a bank still mean the same with ``bank`` (the same major version,
    the part before the first dot)."""
    return version.split(".")[0] == bank.meta.version.split(".")[0]


class Attempt:
    """Use :meth:`start` or :meth:`resume`; then answer and move through :attr:`session`'s questions, and
    :meth:`finish` or :meth:`abandon`. ``on_saved`` (if set) is called after each write has ended, for a front
    end to refresh what it shows about saving."""

    def __init__(
        self,
        store: Store,
        session: Session,
        *,
        lane: Lane,
        nickname: str = "",
        recorded: bool,
        cohort: str | None = None,
        code: str | None = None,
    ) -> None:
        self.store = store
        self.session = session
        self.nickname = nickname
        self.cohort = cohort  # the class or workshop (issue 18), as stored; None: none
        self.code = code  # the participant code, as stored; None: none
        self.status = Status.IN_PROGRESS
        self.problem: StoreError | None = None
        self.evaluation: Evaluation | None = None
        self.finished_at: datetime | None = None
        self.on_saved: Callable[[Attempt], None] | None = None
        self._lane = lane
        self._pending = 0
        self._recorded = recorded  # False once the start could not be recorded: nothing later is tried
        session.attach(self)

    # ---- beginning --------------------------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        store: Store,
        bank: Bank,
        sections: Sequence[str],
        *,
        nickname: str = "",
        lane: Lane | None = None,
        declines: str = "",
        clock: Callable[[], float] = time.monotonic,
        elapsed: float | None = 0.0,
        kind: str = leases.APP,
        cohort: str | None = None,
        code: str | None = None,
        reflections: bool = True,
    ) -> Attempt:
        """A new attempt, recorded at once and leased to this window (``kind``: the desktop app or a kiosk).
        ``declines`` is an attempt that was offered for resuming and is now set aside (abandoned, its answers kept)
        unless another window has opened it since. ``elapsed`` is time already spent (paper answers: as reported,
        or None when unknown), for the too-fast flag. ``cohort`` and ``code``: a class or workshop label and a
        participant code (issue 18); one too long raises ValueError here, before anything is recorded.
        ``reflections`` False leaves the free-text reflection questions out (a kiosk's option)."""
        cohort, code = clean_label(cohort, MAX_COHORT), clean_label(code, MAX_CODE)
        session = Session(
            bank,
            sections,
            attempt_id=str(uuid.uuid4()),
            clock=clock,
            elapsed=elapsed,
            option_seed=new_seed(),
            reflections=reflections,
        )
        store.leases.take(session.attempt_id, kind)
        attempt = cls(
            store, session, lane=lane or Inline(), nickname=nickname.strip(), recorded=True, cohort=cohort, code=code
        )
        if declines and not store.leases.in_use(declines):
            attempt._submit(lambda: store.abandon_attempt(declines), always=True)
        attempt._submit(
            lambda: store.start_attempt(
                attempt_id=session.attempt_id,
                bank_id=bank.meta.id,
                bank_version=bank.meta.version,
                bank_hash=bank.content_hash,
                sections=list(session.sections),
                nickname=attempt.nickname or None,
                option_seed=session.option_seed,
                cohort=cohort,
                code=code,
            ),
            starting=True,
        )
        return attempt

    @classmethod
    def resume(
        cls,
        store: Store,
        banks: Mapping[str, Bank],
        attempt_id: str,
        *,
        lane: Lane | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> Attempt:
        """An attempt in progress, where the person left it, leased to this window. Raises :class:`InUse` if
        another live window holds it, :class:`StoreError` if it cannot be read and :class:`BankUnavailable` if its
        bank is not loaded (:class:`BankChanged` if it was started with another major version of the bank, whose
        ids may mean other things)."""
        if not store.leases.take(attempt_id):
            raise InUse(attempt_id)
        try:
            record = store.get_attempt(attempt_id)
            bank = banks.get(record.bank_id)
            if bank is None:
                raise BankUnavailable(record.bank_id)
            if not same_major(record.bank_version, bank):
                raise BankChanged(record.bank_id, record.bank_version, bank.meta.version)
        except BaseException:
            store.leases.release(attempt_id)
            raise
        sections = [s for s in record.sections if s in bank.sections] or list(bank.sections)[:1]
        session = Session(
            bank,
            sections,
            attempt_id=record.id,
            answers=record.answers,
            index=record.position,
            elapsed=record.elapsed,
            flagged=record.review_flags,
            clock=clock,
            option_seed=record.option_seed,
        )
        return cls(
            store,
            session,
            lane=lane or Inline(),
            nickname=record.nickname or "",
            recorded=True,
            cohort=record.cohort,
            code=record.code,
        )

    # ---- state ------------------------------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self.session.attempt_id

    @property
    def saved(self) -> bool:
        """Every write so far has reached the disk."""
        return self._pending == 0 and self.problem is None and self._recorded

    @property
    def pending(self) -> int:
        return self._pending

    # ---- intents: the session's, saved here ---------------------------------------------------------------
    def answer(self, value: Answer) -> None:
        """Answer the current question; :class:`~cs_quiz.scoring.answers.AnswerError` if it does not fit."""
        self.session.answer(value)

    def fill(self, answers: Mapping[str, Answer]) -> None:
        """Answers by question id, in the bank's order (paper answers typed up); unusable ones are left out."""
        for index, question in enumerate(self.session.questions):
            if question.id in answers:
                self.session.go(index)
                self.session.answer(answers[question.id])

    def finish(self, now: datetime | None = None) -> Evaluation:
        """Score the answers, keep the scores and advice as computed now, and end the attempt."""
        seconds = self.session.seconds()
        ev = self.session.evaluate_at(seconds)
        self.evaluation, self.finished_at = ev, now or datetime.now(UTC)
        self.status = Status.FINISHED
        result = {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
        when = self.finished_at
        self._submit(lambda: self.store.finish_attempt(self.id, result, when, elapsed=seconds), closing=True)
        return ev

    def abandon(self, *, keep: bool = True) -> None:
        """The person has gone: keep the attempt as abandoned (its answers stay), or delete it."""
        if self.status is not Status.IN_PROGRESS:
            return
        self.status = Status.ABANDONED if keep else Status.DELETED
        attempt_id = self.id
        self._submit(
            lambda: (self.store.abandon_attempt if keep else self.store.delete_attempt)(attempt_id), closing=True
        )

    def set_aside(self) -> None:
        """The window stops showing this attempt, which stays in progress to be resumed (here or in another
        window): its lease is released once every write made so far has ended."""
        if self.status is Status.IN_PROGRESS:
            attempt_id, held = self.id, self.store.leases
            self._lane.submit(lambda: None, lambda exc: held.release(attempt_id))  # after the writes before it

    # ---- the session's sink (cs_quiz.attempts.session.AttemptSink) -----------------------------------------
    def save_answer(
        self,
        attempt_id: str,
        question_id: str,
        answer: Any,
        *,
        position: int | None = None,
        elapsed: float | None = None,
    ) -> None:
        self._submit(
            lambda: self.store.save_answer(attempt_id, question_id, answer, position=position, elapsed=elapsed)
        )

    def set_position(self, attempt_id: str, index: int, *, elapsed: float | None = None) -> None:
        self._submit(lambda: self.store.set_position(attempt_id, index, elapsed=elapsed))

    def set_review_flags(self, attempt_id: str, question_ids: Sequence[str]) -> None:
        flags = list(question_ids)
        self._submit(lambda: self.store.set_review_flags(attempt_id, flags))

    # ---- writing ------------------------------------------------------------------------------------------
    def _submit(
        self, write: Callable[[], object], *, starting: bool = False, always: bool = False, closing: bool = False
    ) -> None:
        """``closing``: the last write of this window's for the attempt; its lease goes once the write has ended,
        so no other window can open the attempt before it."""
        self._pending += 1
        state = self  # read on the lane's thread: the lane is serial, so the start's outcome is known by then

        def work() -> None:
            if not (state._recorded or always):
                return  # the start failed: saving more would only say "no such attempt"
            try:
                write()
            except Exception:
                if starting:
                    state._recorded = False
                raise

        def done(exc: BaseException | None) -> None:
            self._pending -= 1
            if exc is None:
                if self._recorded:
                    self.problem = None
            else:
                self.problem = (
                    exc if isinstance(exc, StoreError) else StoreError(Text.of(msg.STORE_SAVE_FAILED, why=str(exc)))
                )
            if closing:
                self.store.leases.release(self.id)
            if self.on_saved is not None:
                self.on_saved(self)

        self._lane.submit(work, done)
