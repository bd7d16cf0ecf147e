"""Answers files and banks as people and tools really write them: a number thousands of digits long (Python's
int() refuses past 4300), ``sections`` that is not a list of ids, an empty ``sections``, a nickname that is not text.
Each gets a sentence at its place and an exit code, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cs_quiz.bank.load import load_bytes

EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))
LONG = "9" * 5000


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=60, check=False)


@pytest.mark.parametrize("value", [LONG, f"!!int {LONG}", f"-{LONG}.5", f"!!float {LONG}"])
def test_a_number_thousands_of_digits_long_is_a_problem_at_its_place(tmp_path: Path, value: str) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(f"answers:\n  communication-1: {value}\n", encoding="utf-8")
    out = run("score", "csd-readiness", str(answers))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert out.stderr.startswith(f"{answers}:2:20: this number is ")
    assert "characters long; no field takes one that long" in out.stderr


def test_a_bank_with_such_a_number_is_refused_in_words() -> None:
    head = 'format: 1\nbank: {id: x, title: X, version: "1", language: en, description: d}\n'
    text = head + f"scoring: {{gap_below: {LONG}}}\n"
    result = load_bytes(text.encode(), "long.yaml")
    assert result.bank is None
    assert [str(e) for e in result.errors] == [
        "long.yaml:3:22: this number is 5,000 characters long; no field takes one that long"
    ]


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        ("sections: [quick, 3, {x: 1}]", "'sections' must be a list of section ids, such as [quick]"),
        ("sections: {quick: 1}", "'sections' must be a list of section ids"),
        ("nickname: {first: Sam}", "'nickname' must be text"),
    ],
)
def test_fields_beside_the_answers_are_checked(tmp_path: Path, extra: str, said: str) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(f"answers: {{communication-1: 4}}\n{extra}\n", encoding="utf-8")
    out = run("score", "csd-readiness", str(answers))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert said in out.stderr


def test_an_empty_sections_list_is_inferred_like_none(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers: {communication-1: 4}\nsections: []\n", encoding="utf-8")
    out = run("score", "csd-readiness", str(answers))
    assert out.returncode == 0, out.stderr
    answers.write_text("answers: {communication-1: 4}\n", encoding="utf-8")
    assert out.stdout == run("score", "csd-readiness", str(answers)).stdout
