"""Mutated export files fed to import (issue 16): whatever the file, import never raises, a rejected file leaves the
store as it was, the database stays sound, and every attempt it accepts can be exported to CSV and JSON and drawn
in the facilitator's overview.

CI runs CS_QUIZ_FUZZ_EXAMPLES (default 2,000) cases; run more by hand, e.g. CS_QUIZ_FUZZ_EXAMPLES=20000.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cs_quiz.store.exchange import export_csv, export_json
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store
from test_store import T0, finished, start

EXAMPLES = int(os.environ.get("CS_QUIZ_FUZZ_EXAMPLES", "2000"))
KNOWN = frozenset({"csd"})


def _seed_export() -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="cs-quiz-fuzz-"))
    with Store.open(folder / "data") as s:
        finished(s, T0, {"c01": 41.25, "c02": 70.0}, nickname="Zoë", flags=("too-fast",), gaps=("c01",))
        finished(s, T0 + timedelta(days=1), {"c01": 80.0, "c02": None}, nickname="Bo", band="ready")
        ongoing = start(s, "Ana", T0 + timedelta(days=2))
        s.save_answer(ongoing, "q1", {"best": "a", "worst": "b"}, position=4)
        export_json(s, folder / "seed.json")
    return json.loads((folder / "seed.json").read_text(encoding="utf-8"))


SEED = _seed_export()

# Values an attacker or a broken tool would put in a field.
nasty_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(['=HYPERLINK("http://evil","x")', "+1", "-2", "@SUM(A1)", "\t", "\r", "x" * 5000]),
    st.sampled_from(["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-13-45T99:99:99Z", "not a date"]),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=True, allow_infinity=True),
    nasty_text,
)
values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
)


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*at, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*at, i))
    return out


PATHS = [p for p in _paths(SEED) if p]


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value


mutations = st.lists(st.tuples(st.sampled_from(PATHS), values), min_size=1, max_size=3)
byte_edits = st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=4)), max_size=3)


def _snapshot(store: Store) -> list[tuple[str, str, float | None]]:
    return [(a.id, a.status, a.readiness) for a in store.history()]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=mutations, edits=byte_edits)
def test_whatever_the_file_import_stays_whole_and_what_it_takes_can_be_exported(
    changes: list[tuple[tuple[Any, ...], Any]], edits: list[tuple[int, bytes]]
) -> None:
    doc = json.loads(json.dumps(SEED))
    for path, value in changes:
        try:
            _set(doc, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change replaced the container
    data = bytearray(json.dumps(doc, allow_nan=True).encode("utf-8"))
    for where, new in edits:
        at = where % (len(data) + 1)
        data[at : at + len(new)] = new
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "class.json").write_bytes(bytes(data))
        store = Store.open(folder / "here")
        try:
            finished(store, T0 - timedelta(days=30), {"c01": 55.0, "c02": 60.0}, nickname="already here")
            before = _snapshot(store)
            report = import_files(store, [folder / "class.json"], KNOWN)  # must never raise
            (outcome,) = report.files
            if outcome.error is not None:
                assert _snapshot(store) == before, "a rejected file changed the store"
            else:
                assert len(_snapshot(store)) == len(before) + len(outcome.added)
            assert store._read("PRAGMA integrity_check")[0][0] == "ok"
            assert export_csv(store, folder / "out.csv") == len(_snapshot(store))
            assert export_json(store, folder / "out.json") == len(_snapshot(store))
            overview = store.aggregate()
            for stat in overview.competencies:
                assert stat.mean is None or 0 <= stat.mean <= 100
                assert stat.sd is None or math.isfinite(stat.sd)
        finally:
            store.close()
