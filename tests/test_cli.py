"""The command line, through the installed ``cs-quiz`` entry point, as a facilitator or teacher would use it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cs_quiz import __version__
from cs_quiz.bank.load import load_bank
from cs_quiz.scoring.engine import evaluate

FIX = Path(__file__).parent / "fixtures" / "banks"
SMALL = FIX / "small.yaml"
EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))

ANSWERS = """\
data-1: 4
patience-1: 2
sc-1: {best: a, worst: c}
tools: [crm]
years: 6
education: bachelor
"""


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([EXE, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=60)


def test_version_and_help() -> None:
    assert run("--version").stdout.strip() == f"cs-quiz {__version__}"
    out = run("--help")
    assert out.returncode == 0
    for command in ("validate", "score", "schema", "banks", "new", "preview", "import-items", "paper"):
        assert command in out.stdout
    assert run("score", "--help").returncode == 0


def test_python_dash_m_is_the_same_command() -> None:
    out = subprocess.run([sys.executable, "-m", "cs_quiz", "--version"], capture_output=True, text=True)
    assert out.stdout.strip() == f"cs-quiz {__version__}"


def test_usage_mistakes_exit_2_without_traceback() -> None:
    out = run("score")
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and "usage:" in out.stderr
    out = run("no-such-command")
    assert out.returncode == 2


def test_validate_valid_bank() -> None:
    out = run("validate", str(SMALL))
    assert out.returncode == 0, out.stderr
    assert "ok - small 1.0" in out.stdout


def test_validate_lists_every_error_as_file_line_column(tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(SMALL.read_text(encoding="utf-8"), encoding="utf-8")
    shutil.copy(FIX / "undefined-scale.yaml", tmp_path / "bad1.yaml")
    shutil.copy(FIX / "bands-gap.yaml", tmp_path / "bad2.yaml")
    out = run("validate", str(tmp_path))
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    assert f"{tmp_path / 'bad1.yaml'}:38:12: no scale has the id 'agree7'; did you mean 'agree5'?" in lines
    assert any(line.startswith(f"{tmp_path / 'bad2.yaml'}:89:35: ") for line in lines)
    assert "2 problem(s) in 2 file(s); 1 bank(s) valid." in lines
    assert "ok - small" in out.stdout
    assert "Traceback" not in out.stderr


def test_validate_missing_path() -> None:
    out = run("validate", "/no/such/bank.yaml")
    assert out.returncode == 1 and "no such file" in out.stderr


def test_validate_hostile_file_gives_a_message_not_a_crash() -> None:
    out = run("validate", str(FIX / "deep.yaml"), str(FIX / "alias-bomb.yaml"), str(FIX / "binary.yaml"))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    # ours (libyaml 0.2.5, pure Python) or libyaml 0.2.6's own stop at 1,000 levels; both with file:line:column
    deep = re.search(r"deep\.yaml:(\d+):(\d+): (.*)", out.stderr)
    assert deep, out.stderr
    assert deep.group(3).startswith("nested more than 50 levels") or "nested too deeply" in deep.group(3)
    assert "aliases" in out.stderr and "binary file" in out.stderr


def test_score_prints_readiness_and_advice(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    out = run("score", str(SMALL), str(answers))
    assert out.returncode == 0, out.stderr
    bank = load_bank(SMALL).bank
    assert bank is not None
    ev, _ = evaluate(
        bank,
        {
            "data-1": 4,
            "patience-1": 2,
            "sc-1": {"best": "a", "worst": "c"},
            "tools": ["crm"],
            "years": 6,
            "education": "bachelor",
        },
    )
    r = ev.score.readiness
    assert f"Readiness: {r.rounded} / 100 - {r.band_name}" in out.stdout
    for c in ev.score.competencies:
        assert c.name in out.stdout
    assert "Career stage: Front line" in out.stdout
    assert "Certified Customer Experience Professional (CCXP)" in out.stdout


def test_score_json_is_stable_and_equals_the_engine(tmp_path: Path) -> None:
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"data-1": 4, "patience-1": 2, "years": 2}), encoding="utf-8")
    out = run("score", str(SMALL), str(answers), "--json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["format"] == "cs-quiz-result/2"
    assert data["bank"]["id"] == "small" and len(data["bank"]["content_hash"]) == 64
    assert data["score"]["sections"] == ["quick"]  # inferred: every answer is in the quick check
    bank = load_bank(SMALL).bank
    assert bank is not None
    ev, _ = evaluate(bank, {"data-1": 4, "patience-1": 2, "years": 2})
    assert [c["score"] for c in data["score"]["competencies"]] == [c.score for c in ev.score.competencies]
    assert data["advice"]["stage"]["stage"] == "frontline"


def test_score_structured_answers_file_with_sections_and_time(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers:\n  data-1: 5\n  patience-1: 1\nsections: [full]\nseconds: 1\n", encoding="utf-8")
    data = json.loads(run("score", str(SMALL), str(answers), "--json").stdout)
    assert data["score"]["sections"] == ["full"]
    assert "too-fast" in [f["kind"] for f in data["score"]["flags"]]


def test_score_reports_bad_answers_with_position_and_scores_the_rest(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("data-1: 4\npatience-1: 9\ndat-2: 3\n", encoding="utf-8")
    out = run("score", str(SMALL), str(answers))
    assert out.returncode == 1
    assert f"{answers}:2:1: " in out.stderr and f"{answers}:3:1: " in out.stderr
    assert "2 answer(s) could not be used" in out.stderr
    assert "Readiness" in out.stdout
    assert "Traceback" not in out.stderr


def test_score_with_broken_bank_or_answers_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("data-1: [4\n", encoding="utf-8")
    out = run("score", str(SMALL), str(answers))
    assert out.returncode == 1 and f"{answers}:2:1: YAML syntax error" in out.stderr
    out = run("score", str(FIX / "undefined-scale.yaml"), str(answers))
    assert out.returncode == 1 and "agree7" in out.stderr
    out = run("score", "no-such-bank", str(answers))
    assert out.returncode == 1 and "neither a bank file nor a bundled bank id" in out.stderr


def test_score_unknown_section_is_a_usage_error(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("data-1: 4\n", encoding="utf-8")
    out = run("score", str(SMALL), str(answers), "--section", "quik")
    assert out.returncode == 2 and "sections: quick, full" in out.stderr


def test_schema_command_prints_the_json_schema() -> None:
    data = json.loads(run("schema").stdout)
    assert data["$schema"].endswith("2020-12/schema")
    assert "competencies" in data["properties"]


@pytest.mark.parametrize("command", [["validate"], ["banks"]])
def test_bundled_banks_work_from_any_directory(tmp_path: Path, command: list[str]) -> None:
    from cs_quiz.bank.load import bundled_folder

    args = [*command, str(bundled_folder())] if command == ["validate"] else command
    out = run(*args, cwd=tmp_path)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--kiosk", "--bank", "b", "--section", "s"],
        ["gui", "--kiosk", "--bank", "b", "--section", "s"],
        ["--kiosk", "--bank", "b", "gui", "--section", "s"],
    ],
)
def test_gui_options_work_before_and_after_the_gui_command(argv: list[str]) -> None:
    from cs_quiz.cli.main import _parser

    args = _parser().parse_args(argv)
    assert (args.kiosk, args.bank, args.section, args.lang) == (True, "b", "s", None)


APP_STARTS = [
    [],
    ["--lang", "es"],
    ["--data-dir", "/tmp/x", "--kiosk", "--section", "quick"],
    ["--data", "/tmp/x", "--sec", "full"],  # argparse's abbreviations
    ["--bank", "export"],  # a value that looks like a command
    ["gui", "--banks", "folder", "--lang", "es"],
]
NOT_APP_STARTS = [
    ["--help"],
    ["--version"],
    ["export", "--csv", "out.csv"],
    ["--kiosk", "gui"],  # `gui` after an option: left to the full parser
    ["gui", "validate"],
    ["--b", "x"],  # ambiguous: --bank or --banks
    ["--no-such-option"],
    ["--lang"],  # missing value
]


@pytest.mark.parametrize("argv", APP_STARTS)
def test_starting_the_app_skips_the_commands_parsers_with_the_same_result(argv: list[str]) -> None:
    from cs_quiz.cli.main import _app_arguments, _parser

    quick = _app_arguments(argv)
    assert quick is not None
    full = vars(_parser().parse_args(argv))
    full.pop("handler", None)
    assert {k: v for k, v in full.items() if k != "command"} == vars(quick)


@pytest.mark.parametrize("argv", NOT_APP_STARTS)
def test_anything_else_goes_to_the_full_parser(argv: list[str]) -> None:
    from cs_quiz.cli.main import _app_arguments

    assert _app_arguments(argv) is None


def test_without_a_command_the_app_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    from cs_quiz.cli import main as cli

    seen: list[Any] = []
    monkeypatch.setattr(cli, "_cmd_gui", lambda args: seen.append(args) or 0)
    assert cli.main(["--lang", "es"]) == 0
    assert len(seen) == 1 and seen[0].lang == "es"


def test_score_picks_the_bundled_bank_in_english_and_says_when_a_language_is_missing(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("communication-1: 4\n", encoding="utf-8")
    english = json.loads(run("score", "csd-readiness", str(answers), "--json").stdout)
    assert english["bank"]["language"] == "en"
    out = run("score", "csd-readiness", str(answers), "--json", "--lang", "fr")
    assert "has no 'fr' version; using 'en'" in out.stderr
    assert json.loads(out.stdout)["bank"]["language"] == "en"


def test_score_with_a_wrong_seconds_value_says_so(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers: {data-1: 4}\nseconds: soon\n", encoding="utf-8")
    out = run("score", str(SMALL), str(answers))
    assert out.returncode == 1 and "'seconds' must be a number of seconds" in out.stderr
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir", "{d}", "history"],
        ["history", "--data-dir", "{d}"],
        ["history", "--nickname", "Ana", "--data-dir", "{d}"],
        ["--data-dir", "/elsewhere", "history", "--data-dir", "{d}"],  # the later one wins, as with any option
    ],
)
def test_global_options_are_accepted_before_or_after_the_command(argv: list[str], tmp_path: Path) -> None:
    from cs_quiz.store.store import Store
    from test_store import T0, finished

    data = tmp_path / "results"
    with Store.open(data) as store:  # `history` must look in this folder, not the user's own
        finished(store, T0, {"c01": 40.0}, nickname="Ana")
    out = run(*(a.format(d=data) for a in argv))
    assert out.returncode == 0, out.stderr
    assert "Ana" in out.stdout and "40" in out.stdout, out.stdout
    assert not Path("/elsewhere").exists()
    assert run("history", "--version").stdout.strip() == f"cs-quiz {__version__}"


def _three_scenarios(tmp_path: Path, orders: list[str], best_text: str = "Tell callers what you know.") -> Path:
    """The small bank with sc-1 written three times (best a, worst c), its options in the orders given."""
    text = SMALL.read_text(encoding="utf-8")
    start = text.index("  - id: sc-1\n")
    end = text.index("  - id: tools\n")
    block = text[start:end].replace("Tell callers what you know.", best_text)
    lines = {o: next(line for line in block.splitlines(keepends=True) if f"{{id: {o}," in line) for o in "abc"}
    written = "".join(lines[o] for o in "abc")
    copies = [
        block.replace("id: sc-1", f"id: sc-{n}").replace(written, "".join(lines[o] for o in order))
        for n, order in enumerate(orders, start=1)
    ]
    text = text[:start] + "".join(copies) + text[end:]
    text = text.replace("sc-1]", "sc-1, sc-2, sc-3]").replace("sc-1, tools", "sc-1, sc-2, sc-3, tools")
    path = tmp_path / "three.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def warnings_of(out: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split(": warning: ", 1)[1] for line in out.stderr.splitlines() if ": warning: " in line]


def test_validate_warns_about_scenario_keys_a_person_could_guess(tmp_path: Path) -> None:
    always_first = _three_scenarios(tmp_path, ["abc", "abc", "abc"])
    out = run("validate", str(always_first))
    assert out.returncode == 0, out.stderr  # warnings, not problems
    assert warnings_of(out) == [
        "the keyed best response is the first option in 3 of 3 scenarios (more than 40%): on paper, where options"
        " cannot be shuffled, that can be guessed; vary where the keyed response is written",
        "the keyed worst response is the third option in 3 of 3 scenarios (more than 40%): on paper, where options"
        " cannot be shuffled, that can be guessed; vary where the keyed response is written",
    ]
    assert re.search(r"three\.yaml:\d+:\d+: warning: ", out.stderr)  # where an editor can jump to
    assert run("validate", "--strict", str(always_first)).returncode == 1
    fair = _three_scenarios(tmp_path, ["abc", "bca", "cab"])
    out = run("validate", "--strict", str(fair))
    assert out.returncode == 0 and warnings_of(out) == [], out.stderr
    wordy = _three_scenarios(
        tmp_path, ["abc", "bca", "cab"], "Tell callers plainly what you know and when you will call back."
    )
    assert [w.split(" (")[0] for w in warnings_of(run("validate", str(wordy)))] == [
        "the keyed best response is the longest option in 3 of 3 scenarios"
    ]
