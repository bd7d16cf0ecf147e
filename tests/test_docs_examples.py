"""docs/question-format.md cannot drift from the format: what it shows an author is what the tools do.

- Every ```yaml block whose first line is ``# a whole bank`` is a bank that validates, without warnings.
- Every other ```yaml block is YAML the bank reader accepts (but those marked ``# wrong, on purpose``, which the
  walk-through breaks to show a message); the block marked ``# one condition per line`` holds conditions the grammar
  accepts, one a line, and shows every subject and test of that grammar.
- Every field of the format (cs_quiz.bank.fields) and every word an enumerated field takes is named in the page.
- The walk-through's steps, done to the inventory starter, give exactly the output and messages the page shows.
- Each message of the table "Messages and how to fix them" is what the validator says for that mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.bank import conditions as grammar
from cs_quiz.bank.fairness import key_bias
from cs_quiz.bank.fields import BANK, Enum, Field, ListOf, MapOf, Obj
from cs_quiz.bank.load import load_bytes
from cs_quiz.bank.yamlsafe import parse_bytes
from cs_quiz.cli.main import main
from cs_quiz.cli.starter import starter_text

DOC_PATH = Path(__file__).parent.parent / "docs" / "question-format.md"
DOC = DOC_PATH.read_text(encoding="utf-8")
WHOLE = "# a whole bank"
CONDITIONS = "# one condition per line"
WRONG = "# wrong, on purpose"

_BLOCK = re.compile(r"^```yaml\n(.*?)^```", re.S | re.M)
BLOCKS = _BLOCK.findall(DOC)
WHOLE_BANKS = [b for b in BLOCKS if b.startswith(WHOLE)]


def _bank_id(block: str) -> str:
    found = re.search(r"^  id: (\S+)", block, re.M)
    return found.group(1) if found else "?"


def _errors(text: str) -> list[str]:
    result = load_bytes(text.encode("utf-8"), "my-bank.yaml")
    return [f"{e.line}: {e.message}" for e in result.errors]


def test_the_page_shows_whole_banks() -> None:
    assert len(WHOLE_BANKS) >= 4, "the readiness, inventory, quiz and smallest banks are marked '# a whole bank'"


@pytest.mark.parametrize("block", WHOLE_BANKS, ids=[_bank_id(b) for b in WHOLE_BANKS])
def test_every_whole_bank_validates(block: str) -> None:
    result = load_bytes(block.encode("utf-8"), "example.yaml")
    assert result.bank is not None, [str(e) for e in result.errors]
    assert not result.errors
    assert not key_bias(result.bank)


@pytest.mark.parametrize("block", [b for b in BLOCKS if not b.startswith((WHOLE, CONDITIONS, WRONG))])
def test_every_other_yaml_block_is_yaml_a_bank_may_hold(block: str) -> None:
    _, problems = parse_bytes(block.encode("utf-8"))
    assert not problems, [p.message for p in problems]


def test_the_wrong_yaml_is_wrong() -> None:
    (block,) = [b for b in BLOCKS if b.startswith(WRONG)]
    _, problems = parse_bytes(block.encode("utf-8"))
    assert problems


def _condition_problems(cond: Any) -> list[str]:
    if not isinstance(cond, dict) or not cond:
        return [f"{cond!r} is not a condition"]
    unknown = [k for k in cond if k not in grammar.KEYS]
    if unknown:
        return [f"unknown keys {unknown}"]
    if any(k in cond for k in grammar.COMBINATORS):
        problem = grammar.combinator_problem(cond)
        if problem:
            return [problem]
        parts = cond["not"] if "not" in cond else next(iter(cond.values()))
        return [p for part in (parts if isinstance(parts, list) else [parts]) for p in _condition_problems(part)]
    return [message for _, message in grammar.leaf_problems(cond)]


def test_the_conditions_shown_are_conditions_and_show_the_whole_grammar() -> None:
    (block,) = [b for b in BLOCKS if b.startswith(CONDITIONS)]
    lines = [line for line in block.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    used: set[str] = set()
    for line in lines:
        tree, problems = parse_bytes(line.encode("utf-8"))
        assert not problems, (line, [p.message for p in problems])
        assert not _condition_problems(_plain(tree)), (line, _condition_problems(_plain(tree)))
        used |= set(re.findall(r"(\w+):", line))
    missing = set(grammar.KEYS) - used
    assert not missing, f"the Conditions block of question-format.md shows no example of {sorted(missing)}"


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _names(spec: Any) -> Iterator[str]:
    """Every field name and every enumerated word the format declares, under ``spec``."""
    if isinstance(spec, Field):
        yield from _names(spec.type)
    elif isinstance(spec, Obj):
        fields = dict(spec.fields)
        for extra in spec.variants.values():
            fields.update(extra)
        for name, field in fields.items():
            yield name
            yield from _names(field)
    elif isinstance(spec, ListOf):
        yield from _names(spec.item)
    elif isinstance(spec, MapOf):
        yield from _names(spec.value)
    elif isinstance(spec, Enum):
        yield from spec.values


def test_every_field_and_word_of_the_format_is_named() -> None:
    missing = sorted({name for name in _names(BANK) if f"`{name}`" not in DOC and f"`{name}:" not in DOC})
    assert not missing, f"docs/question-format.md never names these (write each in `backticks`): {missing}"


# ---- the walk-through ----------------------------------------------------------------------------------------------

PLAN_4 = """  - id: plan-4
    type: likert
    text: I finish my work before I relax.
    competency: planning
    scale: describes5
"""
SECTION = "    questions: [plan-1, social-1, plan-2, social-2, plan-3, social-3]"


def _walk_through() -> dict[str, str]:
    """The file after each step of the walk-through."""
    start = starter_text("inventory", Path("my-bank.yaml"))
    step4 = start.replace("text: I make a plan before I start a task.", "text: I plan my week on Monday morning.")
    anchor = "    reverse: true\n\n# ---- Sections"
    assert step4.count(anchor) == 1, "the inventory starter changed: update Step 5 of question-format.md"
    step5 = step4.replace(anchor, "    reverse: true\n" + PLAN_4 + "\n# ---- Sections")
    fixed5 = step5.replace(SECTION, SECTION[:-1] + ", plan-4]")
    step6 = fixed5.replace("text: I finish my work", "text: First things first: I finish my work")
    fixed6 = fixed5.replace(
        "text: I finish my work before I relax.", 'text: "First things first: I finish my work before I relax."'
    )
    return {"start": start, "step4": step4, "step5": step5, "fixed5": fixed5, "step6": step6, "fixed6": fixed6}


def test_the_walk_through_starts_from_the_starter_as_the_page_shows_it() -> None:
    files = _walk_through()
    snippet = "  - id: plan-1\n    type: likert\n    text: I make a plan before I start a task.\n"
    assert snippet in files["start"] and snippet in DOC
    assert "    competency: planning\n    scale: describes5\n" in files["start"]
    assert PLAN_4 in DOC and SECTION[:-1] + ", plan-4]" in DOC


def test_each_step_of_the_walk_through_says_what_the_page_says() -> None:
    files = _walk_through()
    assert _errors(files["start"]) == [] and _errors(files["step4"]) == []
    (problem,) = _errors(files["step5"])
    line, message = problem.split(": ", 1)
    assert f"my-bank.yaml:{line}: {message}\n" in DOC  # the preview's form: FILE:LINE: message
    assert _errors(files["fixed5"]) == []
    (problem,) = _errors(files["step6"])
    line, message = problem.split(": ", 1)
    assert f"my-bank.yaml:{line}: {message}\n" in DOC
    assert _errors(files["fixed6"]) == []


def test_the_commands_of_the_walk_through_print_what_the_page_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "my-bank.yaml", "--kind", "inventory"]) == 0
    out = capsys.readouterr().out
    assert f"```\n{out}```" in DOC
    assert main(["new", "my-bank.yaml", "--kind", "inventory"]) == 1
    assert capsys.readouterr().err.strip() in DOC
    (tmp_path / "my-bank.yaml").write_text(_walk_through()["fixed6"], encoding="utf-8")
    assert main(["validate", "my-bank.yaml"]) == 0
    out = capsys.readouterr().out
    assert f"```\n{out}```" in DOC


# ---- the table of messages -----------------------------------------------------------------------------------------


def _doc_bank(bank_id: str) -> str:
    (block,) = [b for b in WHOLE_BANKS if _bank_id(b) == bank_id]
    return block


# Each mistake of the table, made in one of the page's own example banks: (name, bank id, the text, the mistake).
ADVICE = "advice:\n  - {id: r1, when: %s, next_steps: [Tidy up.]}\nsections:\n"
CAP = "caps:\n  - {id: c1, when: {competency: order, below: 10}, band: low, reason: Too low.}\nsections:\n"
MISTAKES = [
    ("tab", "work-style", "  - id: sociable\n", "\t- id: sociable\n"),
    ("colon", "work-style", "work. There are", "work: there are"),
    ("indent", "work-style", "  - id: o2\n    type: likert\n", "  - id: o2\n   type: likert\n"),
    ("flow", "work-style", "label: Moderately accurate}", "label: Moderately: accurate}"),
    ("no-space", "work-style", "    competency: order\n", "    competency:order\n"),
    ("duplicate-key", "work-style", "  language: en\n", "  language: en\n  language: es\n"),
    ("anchor", "work-style", "  - id: order\n", "  - &o\n    id: order\n"),
    ("missing", "work-style", "    text: Start conversations.\n", ""),
    ("misspelt", "work-style", "    reverse: true\n", "    revers: true\n"),
    ("comma", "smallest", "{id: b, text: Average handle time}", "{id: b, text: Average handle time, always.}"),
    ("word", "work-style", "show: sum", "show: sums"),
    ("scale", "work-style", "order\n    scale: accurate5", "order\n    scale: accurate7"),
    ("no-section", "work-style", "questions: [o1, s1, o2, s2]", "questions: [o1, s1, o2]"),
    ("unknown-question", "work-style", "questions: [o1, s1, o2, s2]", "questions: [o1, s1, o2, s2, s3]"),
    ("duplicate-id", "work-style", "  - id: s2\n", "  - id: o2\n"),
    (
        "unscored",
        "work-style",
        "    kind: trait\nquestions:",
        "    kind: trait\n  - id: calm\n    name: Calm\nquestions:",
    ),
    ("version", "work-style", 'version: "1.0"', "version: 1.0"),
    ("id-space", "work-style", "  - id: o1\n", "  - id: o 1\n"),
    ("empty", "work-style", "text: Keep my things tidy.", 'text: ""'),
    ("label", "work-style", "{value: 3, label: Neither accurate nor inaccurate}", "{value: 3, label: 7}"),
    ("fraction", "work-style", "min_answered_fraction: 0 ", "min_answered_fraction: 2 "),
    ("band-gap", "helping-customers", "min: 50, max: 74", "min: 52, max: 74"),
    ("band-end", "helping-customers", "min: 75, max: 100", "min: 75, max: 99"),
    ("cap", "work-style", "sections:\n", CAP),
    ("condition-key", "work-style", "sections:\n", ADVICE % "{competency: order, under: 10}"),
    ("condition-test", "work-style", "sections:\n", ADVICE % "{competency: order}"),
]


def _messages(text: str) -> list[str]:
    return [e.split(": ", 1)[1] for e in _errors(text)]


@pytest.mark.parametrize(("name", "bank", "old", "new"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_the_table_of_messages_says_what_the_validator_says(name: str, bank: str, old: str, new: str) -> None:
    (text,) = [b for b in WHOLE_BANKS if _bank_id(b) == bank]
    assert old in text, f"{name}: the example bank '{bank}' changed"
    said = _messages(text.replace(old, new, 1))
    assert said, f"{name}: no longer a mistake"
    assert f"| `{said[0]}`" in DOC, f"the table of messages does not show what the validator says: {said[0]}"


def test_the_starter_messages_of_the_table_are_the_validators() -> None:
    """The scenario and profile messages, from the readiness starter (the page's examples have no scenario)."""
    start = starter_text("readiness", Path("my-bank.yaml"))
    for old, new in (
        ("      best: a\n", "      best: b\n"),
        ("      worst: c\n", ""),
        ("when: {profile: years-helping, below: 1}", "when: {profile: years-helping, is: one}"),
    ):
        assert old in start
        said = _messages(start.replace(old, new, 1))
        assert said and f"| `{said[0]}`" in DOC, said
