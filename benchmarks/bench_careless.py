"""Careless answers against honest ones, on the bundled Full assessment: how often each kind is caught, and how
often an honest person is wrongly flagged.

Run by hand:  python benchmarks/bench_careless.py [--n 1000] [--seed 2026] [--explore]
Targets: caught >= 95% for straight-lining, alternating, first-option and acquiescent; >= 80% for uniform random;
honest people wrongly flagged <= 3%. Prints figures; asserts nothing. --explore prints each index's spread per kind
(the evidence behind the thresholds in docs/scoring.md).

Honest respondents have a latent level per competency (a general factor plus a specific one), answer each
statement from it with item noise and a personal response style (some use the extremes more, some lean to
agreeing), pick scenario responses better the higher their level, and take 5-15 s a question. The careless kinds
answer as their name says: one value throughout (any of the five), two far-apart values in turn, the first option
shown everywhere (options are shuffled per attempt, the likert scale is not), agreeing (4 or 5) with everything,
uniformly at random, and an honest-looking pattern at one second a question.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from cs_quiz.attempts.order import shown_options
from cs_quiz.bank.load import load_bundled
from cs_quiz.bank.model import Bank, ProfileInput, Question, QuestionType
from cs_quiz.scoring import careless
from cs_quiz.scoring.scores import score

Respondent = tuple[dict[str, Any], float]  # answers, seconds
Maker = Callable[[Bank, list[Question], random.Random], Respondent]


def bundled_full() -> tuple[Bank, list[Question]]:
    bank = next(b for b in load_bundled().banks if b.meta.language == "en")
    return bank, [bank.questions[q] for q in bank.section_questions(("full",))]


def _profile(q: Question, rng: random.Random) -> Any:
    if q.input is ProfileInput.NUMBER:
        lo, hi = q.minimum or 0, min(q.maximum or 40, 40)
        return rng.randint(int(lo), int(hi))
    ids = [o.id for o in q.options]
    if q.input is ProfileInput.MULTI:
        return rng.sample(ids, rng.randint(0, min(2, len(ids))))
    return rng.choice(ids)


def _choice(q: Question, level: float, rng: random.Random) -> Any:
    ids = [o.id for o in q.options]
    if q.type is QuestionType.MULTI:
        return [i for i in ids if rng.random() < 0.3 + 0.2 * level]
    if q.type is QuestionType.SINGLE:
        return max(ids, key=lambda i: sum(q.option(i).scores.values()) * (1 + level) + rng.gauss(0, 1.5))
    picks: dict[str, str] = {}
    key = q.key
    for role in q.ask:
        keyed = getattr(key, role) if key else None
        if keyed and keyed not in picks.values() and rng.random() < 1 / (1 + pow(2.718, -(0.3 + 1.2 * level))):
            picks[role] = keyed
        else:
            picks[role] = rng.choice([i for i in ids if i not in picks.values()])
    return picks


def honest(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    general = rng.gauss(0, 1)
    level = {c: 0.5 * general + 0.85 * rng.gauss(0, 1) for c in bank.competencies}
    spread = rng.uniform(0.7, 1.4)  # response style: how far from the middle someone goes
    lean = rng.gauss(0.1, 0.25)  # a mild tendency to agree, as people have
    answers: dict[str, Any] = {}
    for q in questions:
        if q.type is QuestionType.LIKERT:
            theta = level[q.competency or ""] * (-1 if q.reverse else 1)
            value = 3 + spread * (0.9 * theta + rng.gauss(0, 0.75)) + lean
            answers[q.id] = min(5, max(1, round(value)))
        elif q.type is QuestionType.PROFILE:
            answers[q.id] = _profile(q, rng)
        else:
            main = max(level, key=lambda c: sum(o.scores.get(c, 0) for o in q.options))
            answers[q.id] = _choice(q, level[main], rng)
    return _coherent(answers, rng), sum(rng.uniform(5, 15) for _ in questions)


def _coherent(answers: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """An honest person's profile fits together: a student has led nobody for years, and nobody leads a team or
    holds a top role without ever having led people (the bank's profile contradictions would rightly catch
    otherwise)."""
    if answers.get("education") == "school":
        answers["years-cs"] = min(answers.get("years-cs", 0), 3)
        answers["years-supervising"] = min(answers.get("years-supervising", 0), 1)
    if answers.get("years-supervising", 0) < 1:
        answers["team-size"] = 0
        if answers.get("senior-mgmt") in ("director", "vp"):  # nobody holds a top role without leading people
            answers["senior-mgmt"] = rng.choice(["none", "acting"])
    elif "team-size" in answers:
        answers["team-size"] = rng.randint(1, 40)
    return answers


def _any_choice(q: Question, rng: random.Random) -> Any:
    ids = [o.id for o in q.options]
    if q.type is QuestionType.PROFILE:
        return _profile(q, rng)
    if q.type is QuestionType.MULTI:
        return [i for i in ids if rng.random() < 0.5]
    if q.type is QuestionType.SINGLE:
        return rng.choice(ids)
    picked = rng.sample(ids, len(q.ask))
    return dict(zip(q.ask, picked, strict=True))


def _careless(likert: Callable[[int, random.Random], int]) -> Maker:
    def make(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
        answers: dict[str, Any] = {}
        n = 0
        for q in questions:
            if q.type is QuestionType.LIKERT:
                answers[q.id] = likert(n, rng)
                n += 1
            else:
                answers[q.id] = _any_choice(q, rng)
        return answers, sum(rng.uniform(3, 10) for _ in questions)

    return make


def straight(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    value = rng.randint(1, 5)
    return _careless(lambda n, r: value)(bank, questions, rng)


def alternating(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    low = rng.choice([1, 2])
    high = rng.choice([4, 5])
    return _careless(lambda n, r: low if n % 2 else high)(bank, questions, rng)


def first_option(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    seed = rng.randrange(1, 2**31)
    answers: dict[str, Any] = {}
    for q in questions:
        shown = [o.id for o in shown_options(q, seed)]
        if q.type is QuestionType.LIKERT:
            answers[q.id] = bank.scales[q.scale or ""].min  # the scale's first point, shown first
        elif q.type is QuestionType.SCENARIO:
            answers[q.id] = {role: shown[i] for i, role in enumerate(q.ask)}
        elif q.type is QuestionType.PROFILE and q.input is ProfileInput.NUMBER:
            answers[q.id] = int(q.minimum or 0)
        else:
            answers[q.id] = [shown[0]] if q.type is QuestionType.MULTI or q.input is ProfileInput.MULTI else shown[0]
    return answers, sum(rng.uniform(2, 6) for _ in questions)


def acquiescent(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    return _careless(lambda n, r: r.choice([4, 5]))(bank, questions, rng)


def uniform(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    return _careless(lambda n, r: r.randint(1, 5))(bank, questions, rng)


def too_fast(bank: Bank, questions: list[Question], rng: random.Random) -> Respondent:
    answers, _ = honest(bank, questions, rng)
    return answers, len(questions) * rng.uniform(0.5, 1.8)


KINDS: dict[str, Maker] = {
    "honest": honest,
    "straight-lining": straight,
    "alternating": alternating,
    "first-option": first_option,
    "acquiescent": acquiescent,
    "uniform random": uniform,
    "too fast": too_fast,
}
TARGETS = {
    "straight-lining": 0.95,
    "alternating": 0.95,
    "first-option": 0.95,
    "acquiescent": 0.95,
    "uniform random": 0.80,
    "too fast": 0.95,
}


def explore(bank: Bank, questions: list[Question], n: int, seed: int) -> None:
    asked = [q.id for q in questions]
    for kind, make in KINDS.items():
        rng = random.Random(f"{seed}:{kind}")
        rows: dict[str, list[float]] = {
            "longstring": [],
            "alternation": [],
            "acquiescence": [],
            "even-odd": [],
            "synonyms": [],
        }
        for _ in range(n):
            answers, _ = make(bank, questions, rng)
            items = careless.likert_answers(bank, asked, answers)
            rows["longstring"].append(careless.longest_run(items)[0] / len(items))
            rows["alternation"].append(careless.alternation(items))
            rows["acquiescence"].append(careless.acquiescence(items))
            eo = careless.even_odd(items)
            rows["even-odd"].append(-1.0 if eo is None else eo)
            sy = careless.synonyms(items)
            rows["synonyms"].append(-1.0 if sy is None else sy)
        print(kind)
        for name, values in rows.items():
            q = statistics.quantiles(values, n=100)
            print(
                f"  {name:<13} p1 {q[0]:6.2f}  p3 {q[2]:6.2f}  p20 {q[19]:6.2f}  p50 {q[49]:6.2f}  p80 {q[79]:6.2f}"
                f"  p97 {q[96]:6.2f}  p99 {q[98]:6.2f}"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--explore", action="store_true")
    args = parser.parse_args()
    bank, questions = bundled_full()
    if args.explore:
        explore(bank, questions, args.n, args.seed)
        return
    print(f"{args.n} respondents of each kind, bundled Full assessment ({len(questions)} questions)")
    started = time.perf_counter()
    for kind, make in KINDS.items():
        rng = random.Random(f"{args.seed}:{kind}")
        caught = 0
        reasons: dict[str, int] = {}
        for _ in range(args.n):
            answers, seconds = make(bank, questions, rng)
            result = score(bank, answers, ["full"], seconds)
            withheld = result.readiness.withheld_by
            if withheld:
                caught += 1
                for reason in withheld:
                    reasons[reason] = reasons.get(reason, 0) + 1
        share = caught / args.n
        if kind == "honest":
            print(f"  {kind:<16} wrongly withheld {share:6.1%}  (target <= 3%)  {dict(sorted(reasons.items()))}")
        else:
            print(f"  {kind:<16} caught {share:6.1%}  (target >= {TARGETS[kind]:.0%})  {dict(sorted(reasons.items()))}")
    print(f"{time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
