"""Results store benchmark (run by hand): ``python benchmarks/bench_store.py [--attempts N] [--keep DIR]``.

Fills a database with realistic attempts (19 competencies, 4 bands, answers and a stored result with advice text),
then reports:

* insert rate — bulk (the import path, one transaction per 2,000 attempts) and per user action (``save_answer``,
  one durable transaction each, as the app does it);
* opening the filled file (includes ``PRAGMA quick_check``);
* the facilitator's aggregate query (counts per band, mean/sd per competency, completion rate, common gaps) over
  everything, a month and a week — target < 200 ms;
* CSV export of 10,000 attempts — target < 2 s (and JSON export of the same, for reference).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cs_quiz.store.exchange import _insert, export_csv, export_json
from cs_quiz.store.store import Attempt, Store

COMPETENCIES = [(f"comp-{i:02d}", f"Competency number {i}") for i in range(1, 20)]
BANDS = [
    ("not-yet", "Not yet", 0),
    ("developing", "Developing", 45),
    ("nearly", "Nearly ready", 65),
    ("ready", "Ready", 80),
]
START = datetime(2024, 1, 1, tzinfo=UTC)
SPAN = timedelta(days=730)


def _result(rng: random.Random) -> tuple[dict[str, Any], float, str, str]:
    comps = []
    ability = rng.gauss(60, 14)
    for cid, name in COMPETENCIES:
        score = None if rng.random() < 0.04 else round(min(100.0, max(0.0, ability + rng.gauss(0, 12))), 1)
        comps.append({"competency": cid, "name": name, "score": score, "answered": 4, "available": 4})
    scored = [c["score"] for c in comps if c["score"] is not None]
    readiness = sum(scored) / len(scored)
    band = [b for b in BANDS if readiness >= b[2]][-1]
    gaps = [c["competency"] for c in sorted(comps, key=lambda c: c["score"] or 0)[:3]]
    actions = [
        {
            "competency": g,
            "competency_name": g,
            "score": 40.0,
            "level": "foundation",
            "because": "score below 50",
            "text": "Shadow a workforce-planning meeting each week for a month and write down three decisions. " * 2,
        }
        for g in gaps
    ]
    flags = (
        [{"kind": "too-fast", "message": "Finished in under 4 minutes.", "questions": []}]
        if rng.random() < 0.05
        else []
    )
    result = {
        "score": {
            "bank_id": "csd-readiness", "bank_version": "1.0", "sections": ["core"], "competencies": comps,
            "readiness": {"score": readiness, "rounded": int(readiness + 0.5), "band": band[0], "band_name": band[1],
                          "meaning": "", "uncapped_band": band[0], "capped_by": []},
            "flags": flags, "answered": 76, "total": 76,
        },
        "advice": {"stage": None, "strengths": [], "gaps": gaps, "actions": actions, "next_steps": [],
                   "certifications": [], "associations": [], "specialisation": None},
    }  # fmt: skip
    return result, readiness, band[0], band[1]


def _attempt(rng: random.Random, answers: int) -> Attempt:
    started = START + timedelta(seconds=rng.randrange(int(SPAN.total_seconds())))
    roll = rng.random()
    status = "finished" if roll < 0.9 else "abandoned" if roll < 0.97 else "in_progress"
    result, readiness, band_id, band_name = _result(rng) if status == "finished" else (None, None, None, None)
    given = {f"q{i:03d}": rng.randint(1, 5) if i % 4 else f"opt-{rng.randint(1, 4)}" for i in range(answers)}
    return Attempt(
        id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        nickname=f"participant{rng.randrange(5000)}" if rng.random() < 0.7 else None,
        bank_id="csd-readiness", bank_version="1.0", bank_hash="ab" * 32, sections=("core",),
        started_at=started, finished_at=started + timedelta(minutes=25) if result else None,
        status=status, position=answers, answered=answers, readiness=readiness, readiness_rounded=None,
        band_id=band_id, band_name=band_name, flags=(), imported=False, review_flags=(), elapsed=None,
        answers=given, answer_times={}, result=result,
    )  # fmt: skip


def _timed(fn: Callable[[], Any], repeat: int = 5) -> tuple[float, Any]:
    times, value = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), value


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attempts", type=int, default=100_000)
    ap.add_argument("--answers", type=int, default=76, help="answers per attempt (the bundled bank asks 76)")
    ap.add_argument("--keep", type=Path, help="folder to build the database in (default: a temporary one)")
    opts = ap.parse_args()
    folder = opts.keep or Path(tempfile.mkdtemp(prefix="cs-quiz-bench-"))
    rng = random.Random(1)
    print(f"sqlite {__import__('sqlite3').sqlite_version}, Python {sys.version.split()[0]}, folder {folder}")

    store = Store.open(folder)
    t0 = time.perf_counter()
    done = 0
    while done < opts.attempts:
        batch = [_attempt(rng, opts.answers) for _ in range(min(2000, opts.attempts - done))]
        _insert(store, batch)
        done += len(batch)
    bulk = time.perf_counter() - t0
    print(f"bulk insert: {done:,} attempts ({done * opts.answers:,} answers, {done * 19:,} scores) in {bulk:.1f} s"
          f" = {done / bulk:,.0f} attempts/s (generation included)")  # fmt: skip

    live = store.start_attempt(bank_id="csd", bank_version="1", bank_hash="h", sections=["core"])
    t = time.perf_counter()
    for i in range(300):
        store.save_answer(live, f"q{i}", 3, position=i)
    per = (time.perf_counter() - t) / 300
    print(f"save_answer (one durable transaction each): {per * 1000:.2f} ms = {1 / per:,.0f} answers/s")
    store.close()

    size = sum(p.stat().st_size for p in folder.glob("results.sqlite*"))
    t = time.perf_counter()
    store = Store.open(folder)
    print(f"database size {size / 2**20:.0f} MB; open incl. quick_check: {(time.perf_counter() - t) * 1000:.0f} ms")

    end = START + SPAN
    for label, since, until in [
        ("all 2 years", None, None),
        ("one month", end - timedelta(days=30), end),
        ("one week", end - timedelta(days=7), end),
    ]:
        secs, agg = _timed(lambda s=since, u=until: store.aggregate(s, u))
        print(f"aggregate {label:12s}: {secs * 1000:7.1f} ms  ({agg.participants:,} attempts,"
              f" {agg.finished:,} finished, bands {[b.count for b in agg.band_counts]},"
              f" {len(agg.competencies)} competencies)")  # fmt: skip

    starts = [a.started_at for a in store.history(limit=None)][::-1]
    last = min(len(starts), 10_000) - 1
    since, until = starts[0], starts[last] + timedelta(seconds=1)
    secs, n = _timed(lambda: export_csv(store, folder / "bench.csv", since, until), repeat=3)
    print(
        f"CSV export: {n:,} attempts in {secs * 1000:.0f} ms ({(folder / 'bench.csv').stat().st_size / 2**20:.1f} MB)"
    )
    secs, n = _timed(lambda: export_json(store, folder / "bench.json", since, until), repeat=1)
    print(
        f"JSON export: {n:,} attempts in {secs * 1000:.0f} ms ({(folder / 'bench.json').stat().st_size / 2**20:.1f} MB)"
    )
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
