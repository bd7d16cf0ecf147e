"""Core speed: load + validate banks of growing size, the bundled bank, and scoring a full answer set.

Run by hand:  python benchmarks/bench_core.py
Targets (2-core machine): bundled bank < 50 ms; 10,000-question bank < 1 s and linear in size; scoring a full
answer set < 20 ms. Prints figures; asserts nothing.
"""

from __future__ import annotations

import random
import resource
import statistics
import time
from collections.abc import Callable

from cs_quiz.bank.load import bundled_folder, load_bank, load_bytes
from cs_quiz.bank.model import Bank, QuestionType
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.scores import score


def synthetic_bank(n_questions: int, n_competencies: int = 50) -> bytes:
    """A valid bank: 80% likert, 15% scenario, 5% single choice, one section with everything."""
    rnd = random.Random(n_questions)
    comps = [f"c{i:02d}" for i in range(n_competencies)]
    out = [
        "format: 1",
        "bank: {id: synthetic, title: Synthetic, version: '1', language: en, description: Benchmark,"
        " estimated_minutes: 600}",
        "scales:",
        "  - id: agree5",
        "    name: Agreement",
        "    values:",
        *(f"      - {{value: {v}, label: Label {v}}}" for v in range(1, 6)),
        "competencies:",
        *(f"  - {{id: {c}, name: Competency {c}, description: Something to measure, kind: skill}}" for c in comps),
        "questions:",
    ]
    ids = []
    for i in range(n_questions):
        qid = f"q{i:05d}"
        ids.append(qid)
        kind = rnd.random()
        if kind < 0.8:
            out += [
                f"  - id: {qid}",
                "    type: likert",
                f"    text: In the last year I have done thing number {i} at work, often and well.",
                f"    competency: {comps[i % n_competencies]}",
                "    scale: agree5",
                f"    reverse: {'true' if i % 4 == 0 else 'false'}",
            ]
        elif kind < 0.95:
            a, b = rnd.sample(comps, 2)
            out += [
                f"  - id: {qid}",
                "    type: scenario",
                f"    situation: A customer is upset about order {i}; the queue is long and the team is tired.",
                "    text: What do you do first?",
                "    ask: [best, worst]",
                "    options:",
                f"      - {{id: a, text: Listen and fix it now., scores: {{{a}: 3, {b}: 2}}}}",
                f"      - {{id: b, text: Pass it to a colleague., scores: {{{a}: 1}}}}",
                f"      - {{id: c, text: Tell them to call back., scores: {{{b}: 0}}}}",
                "    key: {best: a, worst: c}",
            ]
        else:
            a = rnd.choice(comps)
            out += [
                f"  - id: {qid}",
                "    type: single",
                f"    text: How often do you review metric {i}?",
                "    options:",
                f"      - {{id: never, text: Never, scores: {{{a}: 0}}}}",
                f"      - {{id: monthly, text: Monthly, scores: {{{a}: 1}}}}",
                f"      - {{id: weekly, text: Weekly, scores: {{{a}: 2}}}}",
            ]
    out += [
        "sections:",
        "  - id: all",
        "    title: Everything",
        "    description: All questions",
        "    estimated_minutes: 600",
        "    questions:",
        *(f"      - {q}" for q in ids),
        "bands:",
        "  - {id: low, name: Low, min: 0, max: 49, meaning: Keep going.}",
        "  - {id: high, name: High, min: 50, max: 100, meaning: Well done.}",
    ]
    return ("\n".join(out) + "\n").encode()


def full_answers(bank: Bank) -> dict[str, object]:
    rnd = random.Random(7)
    answers: dict[str, object] = {}
    for q in bank.questions.values():
        if q.type is QuestionType.LIKERT:
            answers[q.id] = rnd.randint(1, 5)
        elif q.type is QuestionType.SCENARIO:
            best, worst = rnd.sample([o.id for o in q.options], 2)
            answers[q.id] = {"best": best, "worst": worst} if len(q.ask) == 2 else {q.ask[0]: best}
        elif q.type is QuestionType.MULTI or (q.input is not None and q.input.value == "multi"):
            answers[q.id] = [q.options[0].id]
        elif q.type is QuestionType.PROFILE and q.input is not None and q.input.value == "number":
            answers[q.id] = int(q.minimum or 0) + 3
        else:
            answers[q.id] = q.options[0].id
    return answers


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in ms."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    bundled = sorted(bundled_folder().glob("*.yaml"))
    for path in bundled:
        ms = timed(lambda p=path: load_bank(p), 20)
        print(f"bundled {path.name:<28} load+validate {ms:8.1f} ms   (target < 50 ms)")

    print("\nsynthetic banks (50 competencies):")
    per_question = []
    for n in (1000, 2500, 5000, 10000):
        data = synthetic_bank(n)
        result = load_bytes(data, "synthetic.yaml")
        assert result.ok, result.errors[:3]
        ms = timed(lambda d=data: load_bytes(d, "synthetic.yaml"), 3 if n >= 5000 else 5)
        per_question.append(ms / n * 1000)
        print(
            f"  {n:>6} questions {len(data) / 1e6:6.2f} MB  load+validate {ms:8.1f} ms  "
            f"({ms / n * 1000:6.1f} us/question)" + ("   (target < 1000 ms)" if n == 10000 else "")
        )
    print(
        f"  linearity: us/question varies {min(per_question):.1f}..{max(per_question):.1f} "
        f"(ratio {max(per_question) / min(per_question):.2f}; 1.0 = perfectly linear)"
    )

    print("\nscoring a full answer set:")
    for path in bundled:
        b = load_bank(path).bank
        if b is None:
            continue
        for sid in b.sections:
            answers = full_answers(b)
            ms_score = timed(
                lambda b=b, a=answers, s=sid: score(
                    b, {k: v for k, v in a.items() if k in b.sections[s].questions}, [s]
                ),
                50,
            )
            ms_all = timed(lambda b=b, a=answers, s=sid: evaluate(b, a, [s]), 50)
            print(
                f"  {b.meta.id}/{sid:<8} {len(b.sections[sid].questions):4d} questions  score {ms_score:6.2f} ms  "
                f"score+advice {ms_all:6.2f} ms   (target < 20 ms)"
            )
    big = load_bytes(synthetic_bank(10000), "synthetic.yaml").bank
    assert big is not None
    answers = full_answers(big)
    print(f"  synthetic/10000 questions     score {timed(lambda: score(big, answers, ['all']), 5):8.1f} ms")
    print("\nhostile input (each must fail with a clear error within a second or two, in bounded memory):")
    hostile = {
        "alias bomb": b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + b"".join(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8)),
        "50,000 nested [": b"a: " + b"[" * 50000,
        "19 MB of one long line": b"a: " + b"x" * (19 * 1024 * 1024),
        "19 MB of binary": bytes(range(256)) * (19 * 4096),
        "latin-1 text": "bank: Caf\u00e9 \u00e0 la cr\u00e8me\n".encode("latin-1") * 100000,
    }
    for name, data in hostile.items():
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t = time.perf_counter()
        result = load_bytes(data, "hostile.yaml")
        ms = (time.perf_counter() - t) * 1000
        grew = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before
        first = result.errors[0].message[:60] if result.errors else "NO ERROR"
        print(f"  {name:<24} {ms:8.1f} ms  peak RSS +{grew:5.0f} MB  {first}")

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of this run: {rss:.0f} MB")


if __name__ == "__main__":
    main()
