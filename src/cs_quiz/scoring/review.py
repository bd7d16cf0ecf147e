"""Looking back at the scenarios after an attempt: what the person picked, the key, and why. A single-choice question
whose options carry feedback (a quiz's) is looked back at the same way: the person's answer, the best answer (the one
earning the most points) and each option's feedback; so is a tick-all-that-apply question with feedback: what was
ticked, the options worth ticking (those earning points) and each option's feedback.

Every scenario question of the sections taken, in asking order, with each option's text and feedback (in the
bank's order: the order shown during the attempt was the attempt's own), the person's best and worst picks, the
keyed best and worst, and the key's rationale. A scenario the person skipped is listed too, as not answered: the
key still teaches something. Plain data, no Qt: the results screen and the PDF report both show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cs_quiz.bank.model import Question, QuestionType
from cs_quiz.scoring.engine import Evaluation


@dataclass(frozen=True)
class ReviewedOption:
    id: str
    text: str
    feedback: str  # why this option is good or poor ("" when the bank says nothing)
    picked_best: bool  # the person picked it as the best response
    picked_worst: bool
    keyed_best: bool  # the key names it the best response
    keyed_worst: bool


@dataclass(frozen=True)
class ReviewedScenario:
    question: str  # id
    situation: str
    text: str
    ask: tuple[str, ...]  # what the question asked for: ("best",), ("worst",) or ("best", "worst")
    options: tuple[ReviewedOption, ...]  # in the bank's order
    picked_best: str | None  # option ids; None: not picked (skipped, or not asked)
    picked_worst: str | None
    key_best: str | None
    key_worst: str | None
    rationale: str  # why the key is what it is ("" when the bank says nothing)
    # "scenario"; "question": a single-choice question with feedback (a quiz's); "multi": a tick-all-that-apply
    # question with feedback, where ``picked`` holds what was ticked and ``keyed_best`` marks each option worth points
    kind: str = "scenario"
    picked: tuple[str, ...] | None = None  # a multi question's ticked options; None: not answered (or not multi)

    @property
    def answered(self) -> bool:
        return self.picked_best is not None or self.picked_worst is not None or self.picked is not None


@dataclass(frozen=True)
class AnswersReview:
    scenarios: tuple[ReviewedScenario, ...]  # in asking order

    def __bool__(self) -> bool:
        """False when there is nothing to review (no scenario in the sections taken)."""
        return bool(self.scenarios)

    def __len__(self) -> int:
        return len(self.scenarios)

    @property
    def only_scenarios(self) -> bool:
        """Whether every item is a workplace scenario (the review then speaks of scenarios)."""
        return all(s.kind == "scenario" for s in self.scenarios)


def review(ev: Evaluation) -> AnswersReview:
    """The review of ``ev``: every scenario question of the sections it scored, answered or not, and every
    single-choice question whose options say why they are right or wrong."""
    bank = ev.bank
    asked = bank.section_questions(tuple(s for s in ev.score.sections if s in bank.sections))
    items = []
    for qid in asked:
        q = bank.questions.get(qid)
        if q is not None and q.type is QuestionType.SCENARIO:
            items.append(_scenario(q, ev.answers.get(qid)))
        elif q is not None and q.type is QuestionType.SINGLE and any(o.feedback for o in q.options):
            items.append(_choice(q, ev.answers.get(qid)))
        elif q is not None and q.type is QuestionType.MULTI and any(o.feedback for o in q.options):
            items.append(_ticked(q, ev.answers.get(qid)))
    return AnswersReview(tuple(items))


def _ticked(q: Question, answer: object) -> ReviewedScenario:
    """A tick-all-that-apply question as the review shows it: what was ticked, each option that earns points (the
    ones worth ticking), each option's feedback."""
    ticked = (
        tuple(o for o in answer if isinstance(o, str) and q.option(o) is not None)
        if isinstance(answer, list | tuple)
        else None
    )
    options = tuple(
        ReviewedOption(o.id, o.text, o.feedback, o.id in (ticked or ()), False, sum(o.scores.values()) > 0, False)
        for o in q.options
    )
    return ReviewedScenario(q.id, "", q.text, (), options, None, None, None, None, "", kind="multi", picked=ticked)


def _choice(q: Question, answer: object) -> ReviewedScenario:
    """A single-choice question as the review shows it: the answer picked, the option earning the most points (when
    one does), each option's feedback."""
    picked = answer if isinstance(answer, str) and q.option(answer) is not None else None
    points = {o.id: sum(o.scores.values()) for o in q.options}
    top = max(points.values(), default=0.0)
    best = [oid for oid, p in points.items() if p == top]
    key = best[0] if len(best) == 1 else None
    options = tuple(
        ReviewedOption(o.id, o.text, o.feedback, o.id == picked, False, o.id == key, False) for o in q.options
    )
    return ReviewedScenario(q.id, "", q.text, ("best",), options, picked, None, key, None, "", kind="question")


def _scenario(q: Question, answer: object) -> ReviewedScenario:
    picks: Mapping[str, object] = answer if isinstance(answer, Mapping) else {}
    best, worst = _pick(q, picks, "best"), _pick(q, picks, "worst")
    key_best = q.key.best if q.key else None
    key_worst = q.key.worst if q.key else None
    options = tuple(
        ReviewedOption(
            id=o.id,
            text=o.text,
            feedback=o.feedback,
            picked_best=o.id == best,
            picked_worst=o.id == worst,
            keyed_best=o.id == key_best,
            keyed_worst=o.id == key_worst,
        )
        for o in q.options
    )
    return ReviewedScenario(
        question=q.id,
        situation=q.situation,
        text=q.text,
        ask=q.ask,
        options=options,
        picked_best=best,
        picked_worst=worst,
        key_best=key_best,
        key_worst=key_worst,
        rationale=q.key.rationale if q.key else "",
    )


def _pick(q: Question, picks: Mapping[str, object], role: str) -> str | None:
    """The option picked for ``role``, when it was asked and names an option of ``q`` (answers in an
    evaluation are already checked; this keeps the review honest if one is not)."""
    value = picks.get(role)
    if role not in q.ask or not isinstance(value, str) or q.option(value) is None:
        return None
    return value
