"""Warnings for bank authors about scenario keys a person could guess without judging anything.

The app shuffles scenario options per attempt, but a paper form cannot be shuffled, and test-wise people know
the habits of item writers: the best answer first, and the best answer the longest and most careful-sounding.
``cs-quiz validate`` reports a bank whose keyed best (or worst) responses sit in one position in more than
:data:`SHARE` of its scenarios, or whose keyed best response is the longest in more than :data:`SHARE`. Below
:data:`MIN_SCENARIOS` scenarios there is too little to tell a habit from chance, so nothing is said.
"""

from __future__ import annotations

from dataclasses import dataclass

from cs_quiz.bank.model import Bank, Question, QuestionType

SHARE = 0.4
MIN_SCENARIOS = 3
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")


@dataclass(frozen=True)
class KeyWarning:
    line: int
    column: int
    message: str


def _place(n: int) -> str:
    return _ORDINALS[n] if n < len(_ORDINALS) else f"number {n + 1}"


def _keyed(bank: Bank) -> list[Question]:
    return [q for q in bank.questions.values() if q.type is QuestionType.SCENARIO and q.key is not None]


def key_bias(bank: Bank) -> list[KeyWarning]:
    """The habits a test-wise person could exploit, each at the first scenario that shows it."""
    scenarios = _keyed(bank)
    if len(scenarios) < MIN_SCENARIOS:
        return []
    warnings: list[KeyWarning] = []
    for role in ("best", "worst"):
        places: dict[int, list[Question]] = {}
        for q in scenarios:
            keyed = getattr(q.key, role)
            ids = [o.id for o in q.options]
            if keyed in ids:
                places.setdefault(ids.index(keyed), []).append(q)
        if not places:
            continue
        counted = sum(len(qs) for qs in places.values())
        place, at = max(places.items(), key=lambda item: (len(item[1]), -item[0]))
        if len(at) > SHARE * counted:
            first = at[0]
            warnings.append(
                KeyWarning(
                    first.pos.line,
                    first.pos.column,
                    f"the keyed {role} response is the {_place(place)} option in {len(at)} of {counted} scenarios"
                    f" (more than {SHARE:.0%}): on paper, where options cannot be shuffled, that can be guessed;"
                    " vary where the keyed response is written",
                )
            )
    longest = [q for q in scenarios if _best_is_longest(q)]
    with_best = [q for q in scenarios if q.key is not None and q.key.best is not None]
    if with_best and len(longest) > SHARE * len(with_best):
        first = longest[0]
        warnings.append(
            KeyWarning(
                first.pos.line,
                first.pos.column,
                f"the keyed best response is the longest option in {len(longest)} of {len(with_best)} scenarios"
                f" (more than {SHARE:.0%}): people learn to pick the longest answer; make the other responses as"
                " full and careful-sounding",
            )
        )
    return warnings


def _best_is_longest(q: Question) -> bool:
    if q.key is None or q.key.best is None:
        return False
    lengths = {o.id: len(o.text.strip()) for o in q.options}
    best = lengths.get(q.key.best)
    return best is not None and all(best > n for oid, n in lengths.items() if oid != q.key.best)
