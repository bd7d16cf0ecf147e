"""A facilitator's day, simulated: kiosks' data folders filled by people taking the real bank, each finished result
written to the kiosk's results folder (a USB stick) as the kiosk writes it. Used by the Class results tests and by
docs/make_screenshots_class.py.

People are simulated honestly enough for statistics to mean something: each has a level (1..5) and answers the
self-ratings around it, picks scenario responses better the higher the level, and reports experience to match.
A person who comes back (the same participant code in the later cohort) has grown a little.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cs_quiz.attempts.attempt import Attempt
from cs_quiz.bank.model import Bank, ProfileInput, QuestionType
from cs_quiz.store.exchange import write_result_file
from cs_quiz.store.store import Store


@dataclass(frozen=True)
class Person:
    code: str
    level: float  # 1..5


def answers_of(bank: Bank, section: str, level: float, rng: random.Random) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for qid in bank.section_questions([section]):
        q = bank.questions[qid]
        if q.type is QuestionType.LIKERT and q.scale is not None:
            scale = bank.scales[q.scale]
            value = max(scale.min, min(scale.max, round(level + rng.choice((-1, 0, 0, 0, 1)))))
            out[qid] = scale.max + scale.min - value if q.reverse else value
        elif q.type is QuestionType.SCENARIO and q.key is not None:
            ids = [o.id for o in q.options]
            good = rng.random() < level / 5.5
            best = q.key.best if good and q.key.best else rng.choice(ids)
            worst = q.key.worst if good and q.key.worst else rng.choice([i for i in ids if i != best])
            if worst == best:
                worst = next(i for i in ids if i != best)
            out[qid] = {k: v for k, v in (("best", best), ("worst", worst)) if k in q.ask}
        elif q.input is ProfileInput.NUMBER:
            top = q.maximum if q.maximum is not None else 20
            out[qid] = max(0, min(int(top), round(level * 2 + rng.choice((-1, 0, 1)))))
        elif q.options and (q.type is QuestionType.MULTI or q.input is ProfileInput.MULTI):
            out[qid] = [q.options[min(len(q.options) - 1, int(level) - 1)].id]
        elif q.options:
            out[qid] = q.options[min(len(q.options) - 1, max(0, round(level) - 1))].id
    return out


def take(
    store: Store,
    bank: Bank,
    person: Person,
    cohort: str,
    section: str,
    rng: random.Random,
    *,
    finish: bool = True,
) -> Attempt:
    """One attempt as a kiosk makes it: started with the kiosk's cohort and the person's code, answered, finished."""
    attempt = Attempt.start(store, bank, [section], cohort=cohort, code=person.code, elapsed=900.0)
    attempt.fill(answers_of(bank, section, person.level, rng))
    if finish:
        attempt.finish()
    return attempt


def kiosk_day(
    data: Path, usb: Path, bank: Bank, people: Iterable[Person], cohort: str, section: str, seed: int
) -> list[str]:
    """A kiosk's data folder ``data`` with one attempt per person in ``cohort``, each finished result also written to
    the results folder ``usb``; the ids of the finished attempts."""
    rng = random.Random(seed)
    usb.mkdir(parents=True, exist_ok=True)
    ids = []
    with Store.open(data) as store:
        for person in people:
            attempt = take(store, bank, person, cohort, section, rng)
            write_result_file(store, attempt.id, usb)
            ids.append(attempt.id)
        walked_away = take(store, bank, Person("", 3), cohort, section, rng, finish=False)
        assert walked_away.status.value == "in_progress"  # kept on the kiosk, never written to the stick
    return ids


def people(prefix: str, n: int, seed: int) -> list[Person]:
    rng = random.Random(seed)
    return [Person(f"{prefix}{i + 1:02d}", round(rng.uniform(1.6, 4.2), 2)) for i in range(n)]


def grown(p: Person, by: float = 0.6) -> Person:
    return Person(p.code, min(5.0, p.level + by))
