"""`cs-quiz stats` and `cs-quiz compare` (issue 18): a workshop's results from the terminal, with a before and an
after cohort paired by participant code; counts only below the minimum; never a name; JSON as documented."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.bank.load import load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.cli.main import main
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store

NICK = "Secret-Name-"
DAY = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def english() -> Bank:
    return next(b for b in load_bundled().banks if b.meta.language == "en")


def answers(bank: Bank, rng: random.Random, lift: int) -> dict[str, Any]:
    """A person's Quick check: honest-looking agreement around a level, ``lift`` points higher after a workshop."""
    level = rng.choice([2, 3, 3, 4])
    out: dict[str, Any] = {}
    for qid in bank.section_questions(["quick"]):
        q = bank.questions[qid]
        if q.scale:
            value = max(1, min(5, level + lift + rng.choice([-1, 0, 0, 1])))
            out[qid] = 6 - value if q.reverse else value
        elif q.input is not None and q.input.value == "number":
            out[qid] = rng.randint(0, 12)
        elif q.options and q.input is not None and q.input.value == "multi":
            out[qid] = [q.options[0].id]
        elif q.options:
            out[qid] = rng.choice(q.options).id
    return out


def take(store: Store, bank: Bank, given: dict[str, Any], when: datetime, **labels: str) -> None:
    attempt = store.start_attempt(
        bank_id=bank.meta.id,
        bank_version=bank.meta.version,
        bank_hash=bank.content_hash,
        sections=["quick"],
        nickname=NICK + str(random.random()),
        started_at=when,
        **labels,
    )
    for qid, value in given.items():
        store.save_answer(attempt, qid, value)
    ev, _ = evaluate(bank, given, ["quick"], 600)
    result = {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
    store.finish_attempt(attempt, result, when + timedelta(minutes=10), elapsed=600)


@pytest.fixture(scope="module")
def workshop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty people before a workshop and the same twenty after (by code), and two who left before finishing."""
    folder = tmp_path_factory.mktemp("workshop")
    bank, rng = english(), random.Random(18)
    with Store.open(folder) as store:
        for i in range(20):
            take(store, bank, answers(bank, rng, 0), DAY, cohort="Before", code=f"P{i:02d}")
            take(store, bank, answers(bank, rng, 1), DAY + timedelta(days=7), cohort="After", code=f"p{i:02d} ")
        for _ in range(2):
            store.start_attempt(
                bank_id=bank.meta.id,
                bank_version="1",
                bank_hash="h",
                sections=["quick"],
                started_at=DAY,
                cohort="Before",
            )
    return folder


def run(folder: Path, *argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["--data-dir", str(folder), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_group_results_of_a_cohort(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(workshop, "stats", "--cohort", "before", "--json", capsys=capsys)
    assert code == 0, err
    doc = json.loads(out)
    group = doc["group"]
    assert doc["format"] == "cs-quiz-stats/1" and doc["selection"]["cohort"] == "before"
    assert (group["started"], group["finished"]) == (22, 20)
    assert sum(b["count"] for b in group["bands"]) == 20
    assert all(c["summary"]["n"] == 20 for c in group["competencies"])
    assert NICK not in out, "never a name"
    code, text, _ = run(workshop, "stats", "--cohort", "Before", capsys=capsys)
    assert code == 0 and "Started: 22   Finished: 20   Completion: 91%" in text and NICK not in text


def test_a_small_group_shows_counts_only(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(workshop, "stats", "--cohort", "After", "--minimum", "25", capsys=capsys)
    assert code == 0 and "Finished: 20" in out and "counts only" in out and "Readiness bands" not in out


def test_item_statistics_for_the_banks_author(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(workshop, "stats", "--items", "--json", capsys=capsys)
    assert code == 0, err
    items = json.loads(out)["items"]
    assert items["finished"] == 40 and not items["too_few"]
    assert items["competencies"] and all(c["items"] >= 1 for c in items["competencies"])
    code, text, _ = run(workshop, "stats", "--items", capsys=capsys)
    assert "Reliability per competency" in text
    code, text, _ = run(workshop, "stats", "--items", "--cohort", "Before", capsys=capsys)
    assert "too few finished attempts to judge (20; at least 30)" in text


def test_before_and_after_paired_by_code(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(workshop, "compare", "--before", "Before", "--after", "After", "--json", capsys=capsys)
    assert code == 0, err
    result = json.loads(out)["compare"]
    assert result["pairs"] == 20, "codes match whatever their case and spaces"
    changes = [c["mean_change"] for c in result["competencies"] if c["mean_change"] is not None]
    assert changes and sum(changes) / len(changes) > 0, "everyone answered a point higher after"
    moves = result["bands"]
    assert moves["up"] + moves["same"] + moves["down"] + moves["excluded"] == 20
    code, text, _ = run(workshop, "compare", "--before", "Before", "--after", "After", "--unpaired", capsys=capsys)
    assert code == 0 and "People: 20 and 20" in text


@pytest.mark.parametrize(
    ("argv", "code", "says"),
    [
        (("stats", "--since", "2026-05-10", "--until", "2026-05-01"), 2, "is after"),
        (("stats", "--section", "nope"), 2, "has no section 'nope'"),
        (("stats", "--bank", "no-such-bank"), 1, "neither a bank file nor a bundled bank id"),
        (("compare", "--before", "Before", "--after", "Nobody"), 1, "no stored attempts in the cohort 'Nobody'"),
    ],
)
def test_mistakes_are_told_plainly(
    workshop: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], code: int, says: str
) -> None:
    got, _, err = run(workshop, *argv, capsys=capsys)
    assert got == code and says in err and "Traceback" not in err


def test_an_empty_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(tmp_path, "stats", capsys=capsys)
    assert code == 1 and "no stored results" in err


def test_the_group_report_as_pdf(workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    out = tmp_path / "Before.pdf"
    code, printed, err = run(workshop, "stats", "--cohort", "Before", "--items", "--pdf", str(out), capsys=capsys)
    assert code == 0, err
    reader = PdfReader(out)
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert 1 <= len(reader.pages) <= 3, "one to three pages to hand out"
    assert "Started: 22. Finished: 20" in text and "Readiness bands" in text and "Communication" in text
    assert "Too few finished attempts to judge (20; at least 30)" in text
    assert NICK not in text, "never a name"
    small = tmp_path / "small.pdf"
    code, _, _ = run(workshop, "stats", "--cohort", "After", "--minimum", "25", "--pdf", str(small), capsys=capsys)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(small).pages).split())
    assert code == 0 and "only the counts are shown" in text and "Readiness bands" not in text
    code, _, err = run(workshop, "stats", "--pdf", str(tmp_path / "no such folder" / "x.pdf"), capsys=capsys)
    assert code == 1 and "cannot write" in err


def test_group_results_as_csv_for_a_spreadsheet(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    code, out, err = run(workshop, "stats", "--cohort", "before", "--csv", capsys=capsys)
    assert code == 0, err
    assert out.startswith("\ufeff") and "\r\n" in out, "as the CSV exports: a byte order mark, CRLF line ends"
    rows = list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"), newline="")))
    assert list(rows[0]) == ["kind", "id", "name", "count", "percent", "mean", "sd", "median", "q1", "q3", "min", "max"]
    by = {(r["kind"], r["id"]): r for r in rows}
    assert (by["attempts", "started"]["count"], by["attempts", "finished"]["count"]) == ("22", "20")
    assert by["attempts", "finished"]["percent"] == "90.9"  # 20 of 22 started
    bands = [r for r in rows if r["kind"] == "band"]
    assert sum(int(r["count"]) for r in bands) == 20 and {"withheld", "not-scored"} <= {r["id"] for r in bands}
    code, out_json, _ = run(workshop, "stats", "--cohort", "before", "--json", capsys=capsys)
    group = json.loads(out_json)["group"]
    competencies = [r for r in rows if r["kind"] == "competency"]
    assert [r["id"] for r in competencies] == [c["competency"] for c in group["competencies"]]
    for r, c in zip(competencies, group["competencies"], strict=True):
        s = c["summary"]
        assert int(r["count"]) == s["n"] == 20
        for column in ("mean", "sd", "median", "q1", "q3", "min", "max"):
            assert abs(float(r[column]) - s[column]) <= 0.05 + 1e-9, (column, r[column], s[column])
    assert NICK not in out


def test_csv_below_the_minimum_and_its_mistakes(workshop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(workshop, "stats", "--cohort", "After", "--minimum", "25", "--csv", capsys=capsys)
    assert code == 0
    lines = out.removeprefix("\ufeff").splitlines()
    assert [line.split(",")[:4] for line in lines[1:]] == [
        ["attempts", "started", "Started", "20"],
        ["attempts", "finished", "Finished", "20"],
    ], "counts only, so that no one can be picked out"
    with pytest.raises(SystemExit) as exit_info:
        run(workshop, "stats", "--csv", "--json", capsys=capsys)
    assert exit_info.value.code == 2 and "not allowed with" in capsys.readouterr().err
    code, _, err = run(workshop, "stats", "--csv", "--items", capsys=capsys)
    assert code == 2 and "--json for the item statistics" in err
