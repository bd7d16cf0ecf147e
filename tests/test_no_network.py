"""cs-quiz is offline: no module opens a connection, and a whole attempt — bank, scoring, advice, store, export,
import — runs with sockets switched off."""

from __future__ import annotations

import ast
import random
import socket
from pathlib import Path
from typing import Any

import pytest

import cs_quiz
from cs_quiz.bank.load import load_bundled
from cs_quiz.bank.model import Bank, ProfileInput, Question, QuestionType
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.exchange import export_csv, export_json
from cs_quiz.store.importing import import_files
from cs_quiz.store.store import Store

NETWORK_MODULES = {
    "socket",
    "ssl",
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "xmlrpc",
    "websocket",
    "websockets",
    "PySide6.QtNetwork",
}


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in {
            "import_module",
            "__import__",
        }:
            found.update(a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str))
    return found


def test_no_module_of_the_package_imports_network_code() -> None:
    package = Path(cs_quiz.__file__).parent
    offenders = {}
    for path in sorted(package.rglob("*.py")):
        bad = {m for m in _imports(path) if m in NETWORK_MODULES or m.split(".")[0] in NETWORK_MODULES}
        if bad:
            offenders[str(path.relative_to(package))] = sorted(bad)
    assert offenders == {}
    assert len(list(package.rglob("*.py"))) > 10  # really looked at the package


def _answer(bank: Bank, q: Question, rng: random.Random) -> Any:
    if q.type is QuestionType.LIKERT:
        scale = bank.scales[q.scale or ""]
        return rng.choice([p.value for p in scale.points])
    if q.type is QuestionType.SINGLE:
        return rng.choice(q.options).id
    if q.type is QuestionType.MULTI:
        return [o.id for o in rng.sample(q.options, k=min(2, len(q.options)))]
    if q.type is QuestionType.SCENARIO:
        best, worst = rng.sample(q.options, k=2)
        return {k: (best if k == "best" else worst).id for k in q.ask}
    if q.input is ProfileInput.NUMBER:
        return int(q.minimum or 0)
    if q.input is ProfileInput.MULTI:
        return [q.options[0].id]
    return q.options[0].id


@pytest.fixture
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("network access attempted")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)


def test_a_whole_attempt_runs_with_sockets_disabled(no_sockets: None, tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        socket.create_connection(("example.org", 80))  # the switch is really off
    loaded = load_bundled()
    assert loaded.banks, loaded.errors
    bank = loaded.banks[0]
    section = next(iter(bank.sections))
    rng = random.Random(5)
    with Store.open(tmp_path / "kiosk") as store:
        attempt = store.start_attempt(
            bank_id=bank.meta.id,
            bank_version=bank.meta.version,
            bank_hash=bank.content_hash,
            sections=[section],
            nickname="offline",
        )
        answers = {}
        for i, qid in enumerate(bank.section_questions([section])):
            answers[qid] = _answer(bank, bank.questions[qid], rng)
            store.save_answer(attempt, qid, answers[qid], position=i + 1)
        evaluation, problems = evaluate(bank, store.get_attempt(attempt).answers, [section])
        assert problems == []
        store.finish_attempt(attempt, {"score": to_dict(evaluation.score), "advice": to_dict(evaluation.advice)})
        assert store.aggregate().finished == 1
        export_csv(store, tmp_path / "out.csv")
        export_json(store, tmp_path / "out.json")
    with Store.open(tmp_path / "teacher") as teacher:
        assert import_files(teacher, [tmp_path / "out.json"]).added == 1
        (got,) = teacher.history()
        assert got.readiness == evaluation.score.readiness.score and got.band_id == evaluation.score.readiness.band
