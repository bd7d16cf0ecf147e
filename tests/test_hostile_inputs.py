"""What a red-team pass over the file inputs found (session 9), each pinned: banks whose values are lists, NaN or
infinity where the validator used to crash or let them through to scoring; a scale or a bank so large that scoring
took minutes; `cs-quiz new` writing a bank its own validator refused; results files whose answers do not fit their
bank; and outputs written over a device, a pipe or the other output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cs_quiz.atomic import atomic_write_text
from cs_quiz.bank.load import load_bytes
from cs_quiz.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
STARTER = (ROOT / "examples" / "starter.yaml").read_text(encoding="utf-8")
EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))


def problems(text: str) -> list[str]:
    result = load_bytes(text.encode(), "bank.yaml")
    assert result.bank is None, "the bank should have been refused"
    return [str(e) for e in result.errors]


def swap(old: str, new: str) -> str:
    assert STARTER.count(old) == 1, old
    return STARTER.replace(old, new)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "    type: likert\n    text: I ask",
            "    type: [likert]\n    text: I ask",
            "field 'type' is ['likert']; it must be one of",
        ),
        (
            "{value: 1, label: Strongly disagree}",
            "{value: [1], label: Strongly disagree}",
            "must be a whole number, not a list",
        ),
        (
            "{profile: years-helping, below: 1}",
            "{profile: [years-helping], below: 1}",
            "'profile' takes a profile question id",
        ),
        ("{profile: years-helping, below: 1}", "{eligible: [ccxp, cxpa]}", "'eligible' takes a certification id"),
        ("scores: {listening: 2, calm: 2}", "scores: {listening: !!float nan, calm: 2}", "field 'listening' is nan"),
        ("scores: {listening: 2, calm: 2}", "scores: {listening: 1e999, calm: 2}", "field 'listening' is inf"),
        (
            "{value: 5, label: Strongly agree}",
            "{value: 20000000, label: Strongly agree}",
            "is 20000000; it must be at most 1000",
        ),
    ],
    ids=["type-list", "scale-value-list", "profile-list", "eligible-list", "nan-score", "inf-score", "huge-scale"],
)
def test_a_bank_value_of_the_wrong_kind_is_a_problem_not_a_crash(old: str, new: str, said: str) -> None:
    found = problems(swap(old, new))
    assert any(said in p for p in found), found


def test_a_bank_of_thousands_of_questions_is_refused_before_scoring_would_take_minutes() -> None:
    one = "  - {id: q%d, type: likert, text: Statement %d., competency: listening, scale: agree5}\n"
    many = "".join(one % (i, i) for i in range(1001))
    found = problems(swap("questions:\n", "questions:\n" + many))
    assert any("field 'questions' has 1,005 items; at most 1,000 are allowed" in p for p in found), found


@pytest.mark.parametrize("name", ["2026", "null", "true", "1e5"])
def test_cs_quiz_new_writes_a_bank_that_validates_whatever_its_name(tmp_path: Path, name: str) -> None:
    target = tmp_path / f"{name}.yaml"
    assert main(["new", str(target), "--kind", "quiz"]) == 0
    assert load_bytes(target.read_bytes(), str(target)).bank is not None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_an_output_is_never_written_over_a_pipe_and_goes_through_a_link(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"  # as /dev/null would be: never replaced by a file (a test must not try it on /dev/null)
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file"):
        atomic_write_text(pipe, "x")
    assert pipe.is_fifo()
    real = tmp_path / "bank.yaml"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real.name)
    atomic_write_text(link, "new")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_paper_refuses_a_pipe_and_the_same_file_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipe = tmp_path / "out.pdf"
    os.mkfifo(pipe)
    assert main(["paper", "csd-readiness", "--section", "quick", "--pdf", str(pipe)]) == 1
    assert "it is not a regular file" in capsys.readouterr().err
    assert pipe.is_fifo()
    same = tmp_path / "same.pdf"
    assert main(["paper", "csd-readiness", "--section", "quick", "--pdf", str(same), "--template", str(same)]) == 2
    assert "--pdf and --template both name" in capsys.readouterr().err and not same.exists()


def _results_file(tmp_path: Path, answers: dict[str, object], sections: list[str], version: str = "2.0.0") -> Path:
    """One finished attempt of the bundled bank, as an export from another computer."""
    data = tmp_path / "source"
    answers_file = tmp_path / "answers.yaml"
    answers_file.write_text(json.dumps({"answers": {"communication-1": 4}, "sections": ["quick"]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for args in (
        ["--data-dir", str(data), "score", "csd-readiness", str(answers_file), "--save"],
        ["--data-dir", str(data), "export", "--json", str(tmp_path / "out.json")],
    ):
        subprocess.run([EXE, *args], check=True, capture_output=True, env=env, timeout=120)
    doc = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    doc["attempts"][0]["answers"] = answers
    doc["attempts"][0]["sections"] = sections
    doc["attempts"][0]["bank"]["version"] = version
    path = tmp_path / "class.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("answers", "sections", "said"),
    [
        ({"communication-1": 99}, ["quick"], "99 is not one of this statement's answers"),
        ({"communication-1": 4}, ["nope"], "section 'nope' is not in bank csd-readiness 2.0.0"),
        ({"no-such-question": 4}, ["quick"], "no-such-question"),
    ],
)
def test_an_imported_attempt_must_fit_the_bank_it_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: dict[str, object], sections: list[str], said: str
) -> None:
    path = _results_file(tmp_path, answers, sections)
    here = tmp_path / "here"
    assert main(["--data-dir", str(here), "import", str(path)]) == 1
    out = capsys.readouterr().out
    assert "rejected: attempt 1:" in out and said in out
    assert main(["--data-dir", str(here), "history"]) == 0
    assert "No attempts yet" in capsys.readouterr().out


def test_an_attempt_of_another_version_of_the_bank_is_taken_as_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _results_file(tmp_path, {"an-older-question": 4}, ["quick"], version="1.0.0")
    assert main(["--data-dir", str(tmp_path / "here"), "import", str(path)]) == 0
    assert "1 added" in capsys.readouterr().out


def test_a_control_character_is_named_at_its_line_not_a_character_offset() -> None:
    text = swap("  title: My readiness check", "  title: My \x1b[31mreadiness check")
    (said,) = problems(text)
    line = text[: text.index("\x1b")].count("\n") + 1
    assert said.startswith(f"bank.yaml:{line}:13: the invisible control character U+001B cannot be in a YAML file")


def test_a_folder_given_as_the_answers_file_is_called_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["score", "csd-readiness", str(tmp_path)]) == 1
    assert f"{tmp_path}:1:1: this is a folder, not a file" in capsys.readouterr().err


def test_a_sheet_row_typed_with_another_separator_is_not_dropped_as_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "class.csv"
    sheet.write_text("code,class,1 d\nS01,10A,4\nS02;10A;4;2\n".replace("1 d", "communication-1"), encoding="utf-8")
    assert main(["score", "csd-readiness", str(sheet)]) == 1
    err = capsys.readouterr().err
    assert f"{sheet}:3:code: this row is separated by semicolons, unlike the header; retype it" in err
    assert "nobody was scored" in err


def test_import_items_names_the_file_it_could_not_write_and_wants_a_yaml_bank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "items.csv"
    sheet.write_text("id,competency,text,section\no9,listening,I listen first.,all\n", encoding="utf-8")
    bank = tmp_path / "bank.yaml"
    bank.write_text(STARTER, encoding="utf-8")
    (tmp_path / "bank.yaml.bak").mkdir()  # where the backup would go
    assert main(["import-items", str(sheet), "--into", str(bank)]) == 1
    assert f"{bank}.bak: cannot write the file: this is a folder" in capsys.readouterr().err
    assert bank.read_text(encoding="utf-8") == STARTER
    assert main(["import-items", str(sheet), "--into", str(tmp_path / "bank.txt")]) == 2
    assert "a bank file's name ends in .yaml" in capsys.readouterr().err
    assert not (tmp_path / "bank.txt").exists()
