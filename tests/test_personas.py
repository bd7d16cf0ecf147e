"""Three personas answer the bundled bank, through `cs-quiz score` as a facilitator would run it. The fixture
files (tests/fixtures/personas/) make the content's logic visible; this table says what each should read."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PERSONAS = Path(__file__).parent / "fixtures" / "personas"
EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))

# file: (band, career stage, next stage, a next step that must be recommended)
EXPECTED = {
    "student-quick": ("foundation", "education", "frontline", "no-cs-experience"),
    "student-full": ("foundation", "education", "frontline", "no-cs-experience"),
    "team-lead-quick": ("targeted", "supervisor", "qualified", "senior-exposure"),
    "team-lead-full": ("developing", "supervisor", "qualified", "low-budget"),
    "senior-manager-quick": ("ready", "senior", "director", "band-ready"),
    "senior-manager-full": ("ready", "senior", "director", "band-ready"),
}


def test_every_persona_file_is_checked() -> None:
    assert sorted(p.stem for p in PERSONAS.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_persona_reads_as_expected(name: str) -> None:
    out = subprocess.run(
        [EXE, "score", "csd-readiness", str(PERSONAS / f"{name}.yaml"), "--json"],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=60,
    )
    assert out.returncode == 0, out.stderr  # also: every answer still fits the bank
    result = json.loads(out.stdout)
    band, stage, next_stage, step = EXPECTED[name]
    assert result["score"]["readiness"]["band"] == band
    assert result["advice"]["stage"]["stage"] == stage
    assert result["advice"]["stage"]["next_stage"] == next_stage
    assert step in [s["id"] for s in result["advice"]["next_steps"]]
    assert all(c["score"] is not None for c in result["score"]["competencies"]), "every competency is scored"


def test_text_output_names_the_band_and_the_next_step() -> None:
    out = subprocess.run(
        [EXE, "score", "csd-readiness", str(PERSONAS / "team-lead-full.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert "/ 100 - One to three years away" in out.stdout
    assert "Career stage: Supervisor or customer service manager" in out.stdout
