"""A copy of the small test bank with three scenarios, for the tests of "Review my answers" (screen and PDF)."""

from __future__ import annotations

from pathlib import Path

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"

MORE_SCENARIOS = """\
  - id: sc-2
    type: scenario
    situation: One of your supervisors has a team that keeps missing its targets.
    text: What do you do first?
    ask: [best]
    options:
      - {id: a, text: Ask the supervisor what gets in the way., scores: {data: 1, patience: 1}}
      - {id: b, text: Tell the team to work harder., scores: {}}
    key: {best: a, rationale: Find the cause before you act.}
  - id: sc-3
    type: scenario
    situation: A customer shouts at an agent on the phone.
    text: What do you tell the agent?
    ask: [best, worst]
    options:
      - {id: a, text: Stay calm and offer a call back., scores: {patience: 2}}
      - {id: b, text: Hang up at once., scores: {}}
      - {id: c, text: Pass the call to you., scores: {patience: 1}}
    key: {best: a, worst: b, rationale: Calm words and a way forward cool things down.}
"""


def three_scenarios(folder: Path, *, withhold: bool = False) -> Path:
    """The small test bank with three scenarios in its Full assessment (the second asks only for the best), and
    ``withhold``: answers given too fast withhold the result."""
    text = SMALL.read_text(encoding="utf-8")
    text = text.replace("  - id: tools\n", MORE_SCENARIOS + "  - id: tools\n", 1)
    text = text.replace("[data-1, patience-1, sc-1, tools,", "[data-1, patience-1, sc-1, sc-2, sc-3, tools,", 1)
    if withhold:
        text = text.replace("\nscoring:\n", "\nscoring:\n  withhold: [too-fast]\n", 1)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "small.yaml").write_text(text, encoding="utf-8")
    return folder
