"""Pulling the plug: a writer process is killed with SIGKILL at random moments, again and again. After every kill the
database must open cleanly (no "damaged" recovery) and hold every answer the writer reported as saved."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cs_quiz.store.store import Store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

# The writer is what the app does: resume an unfinished attempt or start one, save answers one by one, finish. It
# prints a line only after the call returned, i.e. after the transaction committed.
WRITER = r"""
import json, random, sys, uuid
from pathlib import Path
from cs_quiz.store.store import Store

def report(*words):
    sys.stdout.write(" ".join(words) + "\n")  # one write: a kill cannot leave half a line that looks whole
    sys.stdout.flush()

rng = random.Random(int(sys.argv[2]))
store = Store.open(Path(sys.argv[1]))
report("open")
while True:
    offer = store.unfinished_attempts()
    attempt = offer[0].id if offer else store.start_attempt(
        bank_id="csd", bank_version="1", bank_hash="h", sections=["core"], nickname="crash")
    for i in range(rng.randint(3, 30)):
        qid = "q" + uuid.uuid4().hex[:10]
        value = rng.choice([rng.randint(1, 5), "opt-" + qid, [qid, "b"], {"best": "a", "worst": qid}])
        store.save_answer(attempt, qid, value, position=i)
        report("saved", attempt, qid, json.dumps(value))
    scores = [{"competency": f"c{j}", "name": f"C{j}", "score": rng.uniform(0, 100), "answered": 1, "available": 1}
              for j in range(19)]
    result = {"score": {"competencies": scores, "flags": [],
                        "readiness": {"score": 50.0, "rounded": 50, "band": "b2", "band_name": "Two"}},
              "advice": {"gaps": ["c1", "c2"]}}
    store.finish_attempt(attempt, result)
    report("finished", attempt)
"""


def _run_and_kill(folder: Path, seed: int, after: float) -> list[str]:
    """Start the writer, kill it ``after`` seconds after it opened the store (negative: after it was started)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(folder), str(seed)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    opened = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n"):  # a line cut short by the kill was never reported
                lines.append(line.rstrip("\n"))
            opened.set()

    reader = threading.Thread(target=read)
    reader.start()
    if after >= 0:
        opened.wait(10)  # kill while it works, not while Python is still starting
    time.sleep(abs(after))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    reader.join()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    return lines


def test_sigkill_at_random_moments_never_loses_a_saved_answer(tmp_path: Path) -> None:
    rng = random.Random(2026)
    saved: dict[str, dict[str, object]] = {}
    done: set[str] = set()
    for kill in range(30):
        # mostly mid-work; sometimes right after opening, or while it is still opening (creating, migrating)
        after = rng.choice([-rng.uniform(0.05, 0.3), 0.0, rng.uniform(0, 0.05), rng.uniform(0, 0.25), 0.25])
        for line in _run_and_kill(tmp_path, kill, after):
            kind, *rest = line.split(" ", 3)
            if kind == "saved":
                attempt, qid, value = rest
                saved.setdefault(attempt, {})[qid] = json.loads(value)
            elif kind == "finished":
                done.add(rest[0])
        with Store.open(tmp_path) as store:
            assert store.recovered_from is None, f"kill {kill}: the file looked damaged"
            assert store.persistent
            for attempt, answers in saved.items():
                got = store.get_attempt(attempt)
                missing = {q: v for q, v in answers.items() if got.answers.get(q) != v}
                assert not missing, f"kill {kill}: answers reported saved are missing: {missing}"
                if attempt in done:
                    assert got.status == "finished" and got.result is not None
            # a finish is all or nothing: every finished attempt has its scores and the roll-up agrees
            conn = store._db.conn
            finished = conn.execute("SELECT COUNT(*) FROM attempts WHERE status = 'finished'").fetchone()[0]
            scored = conn.execute("SELECT COUNT(DISTINCT attempt) FROM attempt_scores").fetchone()[0]
            rows = conn.execute("SELECT COUNT(*) FROM attempt_scores").fetchone()[0]
            rolled = conn.execute("SELECT COALESCE(SUM(rows), 0) FROM hourly_scores").fetchone()[0]
            assert finished == scored and rows == rolled == 19 * finished
            assert len(store.unfinished_attempts()) <= 1
    print(f"{sum(len(a) for a in saved.values())} answers and {len(done)} finishes reported saved")
    assert sum(len(a) for a in saved.values()) > 100 and len(done) >= 3  # the writer really got work done
