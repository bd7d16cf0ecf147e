"""One attempt in progress: the questions to ask, the answers so far, where the person is, what they flagged.

Plain Python: the GUI shows a :class:`Session`'s state and forwards intents (answer, next, back, skip, flag,
finish). Every answer and every move is handed to an :class:`AttemptSink` (the store) at once, so a crash loses
at most the click being made. If saving fails (disk full, read-only folder) the answer is still kept in memory,
the attempt can be finished, and :attr:`Session.save_error` says what went wrong so the GUI can tell the person.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from cs_quiz.attempts.order import shown_options
from cs_quiz.bank.model import Bank, Option, Question, QuestionType
from cs_quiz.scoring.answers import AnswerError, check_answers
from cs_quiz.scoring.engine import Evaluation, evaluate
from cs_quiz.scoring.results import Answer
from cs_quiz.store.store import StoreError


class AttemptSink(Protocol):
    """Where a session saves as it goes; :class:`cs_quiz.store.store.Store` is one."""

    def save_answer(
        self,
        attempt_id: str,
        question_id: str,
        answer: Any,
        *,
        position: int | None = None,
        elapsed: float | None = None,
    ) -> None: ...

    def set_position(self, attempt_id: str, index: int, *, elapsed: float | None = None) -> None: ...

    def set_review_flags(self, attempt_id: str, question_ids: Sequence[str]) -> None: ...


@dataclass(frozen=True)
class Progress:
    index: int  # 0-based position of the current question
    total: int
    answered: int
    percent: int  # of questions answered, 0..100
    minutes_left: int  # estimate from the sections' estimated minutes
    section: str  # title of the section the current question belongs to


class Session:
    def __init__(
        self,
        bank: Bank,
        sections: Sequence[str],
        *,
        attempt_id: str = "",
        sink: AttemptSink | None = None,
        answers: Mapping[str, Answer] | None = None,
        index: int = 0,
        clock: Callable[[], float] = time.monotonic,
        elapsed: float | None = 0.0,
        flagged: Sequence[str] = (),
        option_seed: int | None = None,
        reflections: bool = True,
    ) -> None:
        """``answers``, ``index`` and ``flagged`` restore a resumed attempt; answers that no longer fit the bank
        are dropped. ``elapsed`` is time already spent (None when unknown), for the too-fast flag.
        ``option_seed`` gives the attempt its own option order (:mod:`cs_quiz.attempts.order`); None: as written.
        ``reflections`` False leaves the free-text reflection questions out (a kiosk's option)."""
        unknown = [s for s in sections if s not in bank.sections]
        if not sections or unknown:
            raise ValueError(f"unknown section(s): {', '.join(unknown) or '(none given)'}")
        self.bank = bank
        self.sections = tuple(sections)
        self.attempt_id = attempt_id
        self.questions: tuple[Question, ...] = tuple(
            q
            for q in (bank.questions[qid] for qid in bank.section_questions(self.sections))
            if reflections or q.type is not QuestionType.REFLECTION
        )
        if not self.questions:
            raise ValueError("these sections hold only reflection questions, and reflections are left out")
        self._sink = sink
        self._clock = clock
        self._started = clock()
        self._elapsed_before = elapsed
        clean, _ = check_answers(bank, answers or {})
        asked = {q.id for q in self.questions}
        self._answers: dict[str, Answer] = {k: v for k, v in clean.items() if k in asked}
        self._flagged: set[str] = set(flagged) & asked
        self._index = min(max(index, 0), len(self.questions) - 1)
        self.save_error: StoreError | None = None  # str() is English; .text is translatable
        self.option_seed = option_seed
        self.from_review = False  # the person came from the review to change one answer: Next takes them back

    # ---- where we are -------------------------------------------------------------------------------------------
    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Question:
        return self.questions[self._index]

    @property
    def is_first(self) -> bool:
        return self._index == 0

    @property
    def is_last(self) -> bool:
        return self._index == len(self.questions) - 1

    def options_of(self, question: Question) -> tuple[Option, ...]:
        """``question``'s options in the order this attempt shows them (the same on resume and on every screen)."""
        return shown_options(question, self.option_seed)

    def answer_of(self, question_id: str) -> Answer | None:
        return self._answers.get(question_id)

    @property
    def answers(self) -> dict[str, Answer]:
        return dict(self._answers)

    def section_of(self, question: Question) -> str:
        for sid in self.sections:
            if question.id in self.bank.sections[sid].questions:
                return self.bank.sections[sid].title
        return ""  # pragma: no cover - every asked question comes from a section

    def progress(self) -> Progress:
        total = len(self.questions)
        answered = len(self._answers)
        minutes = sum(self.bank.sections[s].estimated_minutes for s in self.sections)
        left = math.ceil(minutes * (total - answered) / total) if total else 0
        return Progress(
            self._index,
            total,
            answered,
            round(100 * answered / total) if total else 100,
            left,
            self.section_of(self.current),
        )

    # ---- intents ------------------------------------------------------------------------------------------------
    def answer(self, value: Answer) -> None:
        """Answer the current question. Raises :class:`AnswerError` (nothing changes) if the value does not fit."""
        q = self.current
        clean, problems = check_answers(self.bank, {q.id: value})
        if problems:
            raise AnswerError(problems)
        if q.id in clean:
            self._answers[q.id] = clean[q.id]
            self._save(
                lambda s: s.save_answer(
                    self.attempt_id, q.id, clean[q.id], position=self._index, elapsed=self.seconds()
                )
            )
        else:  # e.g. an empty scenario pick: the same as clearing
            self.clear_answer()

    def clear_answer(self) -> None:
        q = self.current
        if self._answers.pop(q.id, None) is not None:
            self._save(
                lambda s: s.save_answer(self.attempt_id, q.id, None, position=self._index, elapsed=self.seconds())
            )

    def go(self, index: int) -> None:
        if not 0 <= index < len(self.questions):
            raise IndexError(f"no question {index + 1}; there are {len(self.questions)}")
        if index != self._index:
            self._index = index
            self._save(lambda s: s.set_position(self.attempt_id, index, elapsed=self.seconds()))

    def revisit(self, index: int) -> None:
        """Go to a question picked on the review: moving on from it leads back to the review."""
        self.go(index)
        self.from_review = True

    @property
    def leads_to_review(self) -> bool:
        """Moving on from here shows the review (the last question, or one picked on the review)."""
        return self.is_last or self.from_review

    def next(self) -> bool:
        """Move on; False (and no move) when the review comes next (:attr:`leads_to_review`)."""
        if self.leads_to_review:
            self.from_review = False
            return False
        self.go(self._index + 1)
        return True

    def back(self) -> bool:
        self.from_review = False  # moving through the questions by hand again
        if self.is_first:
            return False
        self.go(self._index - 1)
        return True

    def skip(self) -> bool:
        """Leave the current question unanswered (clearing any answer) and move on."""
        self.clear_answer()
        return self.next()

    def toggle_flag(self) -> bool:
        """Flag the current question for review (or unflag it); returns the new state."""
        qid = self.current.id
        if qid in self._flagged:
            self._flagged.discard(qid)
        else:
            self._flagged.add(qid)
        self._save(lambda s: s.set_review_flags(self.attempt_id, sorted(self._flagged)))
        return qid in self._flagged

    def is_flagged(self, question_id: str) -> bool:
        return question_id in self._flagged

    def unanswered(self) -> list[int]:
        return [i for i, q in enumerate(self.questions) if q.id not in self._answers]

    def flagged(self) -> list[int]:
        return [i for i, q in enumerate(self.questions) if q.id in self._flagged]

    def seconds(self) -> float | None:
        if self._elapsed_before is None:
            return None
        return self._elapsed_before + (self._clock() - self._started)

    def attach(self, sink: AttemptSink) -> None:
        """Save through ``sink`` from now on (an :class:`~cs_quiz.attempts.attempt.Attempt` attaches itself)."""
        self._sink = sink

    def evaluate(self) -> Evaluation:
        """Scores and advice for the answers so far (the session stays usable)."""
        return self.evaluate_at(self.seconds())

    def evaluate_at(self, seconds: float | None) -> Evaluation:
        """The same, as if ``seconds`` had been spent (a finish keeps the time it scored with)."""
        ev, _ = evaluate(self.bank, self._answers, self.sections, seconds)
        return ev

    def _save(self, action: Callable[[AttemptSink], None]) -> None:
        if self._sink is None or not self.attempt_id:
            return
        try:
            action(self._sink)
        except StoreError as exc:
            self.save_error = exc
        else:
            self.save_error = None
