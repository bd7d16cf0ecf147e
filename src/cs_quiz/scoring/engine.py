"""The one door to the core: answers in, scores and advice out. The CLI, the GUI and the report all call this,
so a result shown on screen, printed by ``cs-quiz score`` and stored in history is the same computation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cs_quiz.bank.model import Bank
from cs_quiz.scoring.advice import advise
from cs_quiz.scoring.answers import AnswerProblem, check_answers
from cs_quiz.scoring.results import Advice, Answers, ScoreResult, to_dict
from cs_quiz.scoring.scores import score

# The --json output and the stored result carry this, so readers can tell versions apart.
RESULT_FORMAT = "cs-quiz-result/2"  # 2: indicative and raw scores, interpretable, withheld_by, flags[].withholds


@dataclass(frozen=True)
class Evaluation:
    bank: Bank
    answers: Answers  # normalised, only the valid ones
    score: ScoreResult
    advice: Advice


def evaluate(
    bank: Bank,
    raw_answers: Mapping[str, Any],
    sections: Sequence[str] | None = None,
    seconds: float | None = None,
) -> tuple[Evaluation, list[AnswerProblem]]:
    """Score and advise on the valid answers; unusable ones come back as problems and are left out.

    Raises ValueError for an unknown section id (a usage mistake, not an answer problem).
    """
    answers, problems = check_answers(bank, raw_answers)
    result = score(bank, answers, sections, seconds)
    return Evaluation(bank, answers, result, advise(bank, result, answers)), problems


def as_json(ev: Evaluation) -> dict[str, Any]:
    """The documented, stable JSON form of an evaluation (docs/cli.md, "score --json")."""
    return {
        "format": RESULT_FORMAT,
        "bank": {
            "id": ev.bank.meta.id,
            "title": ev.bank.meta.title,
            "version": ev.bank.meta.version,
            "language": ev.bank.meta.language,
            "content_hash": ev.bank.content_hash,
        },
        "answers": to_dict(ev.answers),
        "score": to_dict(ev.score),
        "advice": to_dict(ev.advice),
    }
