"""The order a question's options are shown in, for one attempt.

Scenario, single and multi options are shuffled per attempt (a bank can fix a question's order, or pin an option
such as "None of these" to its place), so nobody learns that the best answer is the first or the longest. The
order follows from the attempt's seed and the question id alone: the same on resume, in the review, on the
kiosk and in every process, without storing a list per question. Answers are kept by option id, so the order
never changes a score.
"""

from __future__ import annotations

import random

from cs_quiz.bank.model import Option, Question


def new_seed() -> int:
    """A seed for a new attempt's option orders."""
    return random.SystemRandom().randrange(1, 2**31)


def shown_options(question: Question, seed: int | None) -> tuple[Option, ...]:
    """``question``'s options in the order this attempt shows them: as written when the question is fixed or
    there is no seed (an attempt from before orders were shuffled), else shuffled with pinned options in place."""
    if seed is None or not question.shuffled or len(question.options) < 2:
        return question.options
    free = [o for o in question.options if not o.pinned]
    random.Random(f"{seed}:{question.id}").shuffle(free)  # a str seed is hashed the same in every Python
    it = iter(free)
    return tuple(o if o.pinned else next(it) for o in question.options)
