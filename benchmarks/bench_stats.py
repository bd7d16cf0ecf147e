"""Statistics speed (issue 18): reading 10,000 finished Full assessments back from a results store, their group
results and item statistics, and the group report PDF.

Run by hand:  python benchmarks/bench_stats.py [attempts]
Targets: item statistics and group results over 10,000 stored Full assessments in under 1 s (``group_results`` and
``item_statistics`` of what ``cs_quiz.stats.sample.stored`` read, timed apart: what ``cs-quiz stats`` and the Class
results window do); the group PDF in under 2 s. Prints figures; asserts nothing. Item statistics are timed as the
command meets them, first call in the process, numpy's import (~0.15 s) included; then once more without it.

The attempts are simulated people (a level each, answers around it, honest-looking noise), scored by the real
engine once and stored as the app stores them, digest included (one bulk transaction here: the app's per-answer
fsyncs would make building the store the slowest part of the benchmark). The store is then put back to schema 5
and migrated, to time the migration that writes the digests of a store from before them.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cs_quiz.bank.load import load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.group import group_results
from cs_quiz.stats.items import item_statistics
from cs_quiz.stats.sample import stored
from cs_quiz.store import migrations
from cs_quiz.store.store import Store

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def person(bank: Bank, questions: list[str], rng: random.Random) -> dict[str, Any]:
    level = rng.choice([2, 3, 3, 4, 4, 5])
    out: dict[str, Any] = {}
    for qid in questions:
        q = bank.questions[qid]
        if rng.random() < 0.03:
            continue  # a skipped question
        if q.scale:
            value = max(1, min(5, level + rng.choice([-1, 0, 0, 1])))
            out[qid] = 6 - value if q.reverse else value
        elif q.input is not None and q.input.value == "number":
            out[qid] = rng.randint(0, 15)
        elif q.type.value == "scenario":
            ids = [o.id for o in q.options]
            best, worst = rng.sample(ids, 2)
            out[qid] = {k: v for k, v in (("best", best), ("worst", worst)) if k in q.ask}
        elif q.options and q.input is not None and q.input.value == "multi":
            out[qid] = [q.options[0].id]
        elif q.options:
            out[qid] = rng.choice(q.options).id
    return out


def build_store(folder: Path, bank: Bank, n: int) -> None:
    """``n`` finished Full assessments, written in one transaction with the store's own schema."""
    questions = list(bank.section_questions(["full"]))
    rng = random.Random(18)
    with Store.open(folder):
        pass  # the schema, migrated
    conn = sqlite3.connect(folder / "results.sqlite")
    conn.execute("BEGIN")
    for i in range(n):
        answers = person(bank, questions, rng)
        ev, _ = evaluate(bank, answers, ["full"], 1500)
        result = {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
        started = (T0 + timedelta(minutes=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        seq = conn.execute(
            "INSERT INTO attempts (id, nickname, bank_id, bank_version, bank_hash, sections, started_at, finished_at,"
            " status, updated_at, result_json, cohort, code) VALUES (?, NULL, ?, ?, ?, '[\"full\"]', ?, ?,"
            " 'finished', ?, ?, ?, ?)",
            (
                f"00000000-0000-4000-8000-{i:012d}",
                bank.meta.id,
                bank.meta.version,
                bank.content_hash,
                started,
                started,
                started,
                json.dumps(result),
                f"Class {i % 20}",
                f"P{i // 2}",
            ),
        ).lastrowid
        assert seq is not None
        conn.executemany(
            "INSERT INTO answers (attempt, question_id, value, answered_at) VALUES (?, ?, ?, ?)",
            [(seq, q, json.dumps(v), started) for q, v in answers.items()],
        )
        migrations.write_result_columns(conn, seq, started, migrations.denormalise(result))
        migrations.write_digest(conn, seq, json.loads(json.dumps(result)))
    conn.execute("COMMIT")
    conn.close()


def back_to_schema_5(folder: Path) -> None:
    """The store as cs-quiz 5 left it: no digests."""
    conn = sqlite3.connect(folder / "results.sqlite", isolation_level=None)
    conn.execute("DROP TABLE attempt_digests")
    conn.execute("PRAGMA user_version = 5")
    conn.close()


def timed(label: str, fn: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    value = fn()
    print(f"{label:<44} {time.perf_counter() - start:8.2f} s")
    return value


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    bank = next(b for b in load_bundled().banks if b.meta.language == "en")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed(f"build a store of {n:,} Full assessments", lambda: build_store(folder, bank, n))
        back_to_schema_5(folder)
        timed("migrate it from schema 5 (writes the digests)", lambda: Store.open(folder).close())
        with Store.open(folder) as store:
            start = time.perf_counter()
            takens = timed("read them back (stats.sample.stored)", lambda: stored(store, bank_id=bank.meta.id))
        both = time.perf_counter()
        group = timed("group results", lambda: group_results(takens, bank))
        items = timed("item statistics (numpy imported on the way)", lambda: item_statistics(takens, bank))
        print(f"{'group results + item statistics':<44} {time.perf_counter() - both:8.2f} s")
        print(f"{'store to figures (read + group + items)':<44} {time.perf_counter() - start:8.2f} s")
        timed("item statistics again (numpy loaded)", lambda: item_statistics(takens, bank))
        print(f"{len(items.items or ())} item rows, {len(items.faults or ())} questions flagged")
        from cs_quiz.report.group_pdf import write_group_pdf

        pdf = folder / "group.pdf"
        timed(
            "group report PDF, with item statistics",
            lambda: write_group_pdf(pdf, group, bank, selection="all stored attempts", items=items),
        )
        with Store.open(folder) as store:
            timed("for comparison: Store.attempts (everything)", store.attempts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
