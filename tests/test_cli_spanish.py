"""`cs-quiz score --lang es` and `cs-quiz report --lang es` speak Spanish from the first line to the last (issue 15):
the bank's text is Spanish, and so must be every word the program adds around it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

PERSONAS = Path(__file__).parent / "fixtures" / "personas"
EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))

# Words the English output uses around the bank's text; none may be left in the Spanish output.
ENGLISH = re.compile(
    r"\b(Readiness|Because|Prerequisites|What it asks for|Why|Career stage|next|Strengths|Biggest gaps|Next steps|"
    r"Certifications|Associations|Answered|questions|version|your|score|below|at least|fit|the|and|of|"
    r"not enough answers|indicative|Areas)\b"
)
# Proper names and fixed acronyms that stay as they are in Spanish text.
ALLOWED = (
    "Customer Experience Professionals Association",
    "National Customer Service Association",
    "Certified Customer Experience Professional",
    "Certified Customer Service Professional",
    "Support Center Manager",
    "Support Center Director",
    "ICMI-Certified Operations Manager",
    "ICMI-Certified Strategic Leader",
    "Customer Service Week",
    "International Customer Service Association",
    "SOCAP International",
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=120, env=env)


def _english_left(text: str) -> list[str]:
    for name in ALLOWED:
        text = text.replace(name, "")
    text = re.sub(r"https?://\S+", "", text)
    return sorted({m.group(0) for m in ENGLISH.finditer(text)})


@pytest.mark.parametrize("persona", ["student-es", "team-lead", "director"])
def test_score_in_spanish_prints_no_english(persona: str) -> None:
    out = _run("score", "csd-readiness", str(PERSONAS / f"{persona}.yaml"), "--lang", "es")
    assert out.returncode == 0, out.stderr
    assert "Preparación" in out.stdout or "preparación" in out.stdout
    assert _english_left(out.stdout) == [], out.stdout


def test_a_withheld_result_in_spanish_prints_no_english() -> None:
    out = _run("score", "csd-readiness", str(PERSONAS / "straight-liner.yaml"), "--lang", "es")
    assert out.returncode == 0, out.stderr
    assert _english_left(out.stdout) == [], out.stdout


def test_the_english_words_check_finds_english() -> None:
    assert _english_left("Readiness: 55 / 100") == ["Readiness"]
    assert _english_left("Certified Customer Experience Professional (CCXP)") == []


def test_report_in_spanish_writes_no_english(tmp_path: Path) -> None:
    pdf = tmp_path / "informe.pdf"
    out = _run("report", "csd-readiness", str(PERSONAS / "team-lead.yaml"), "--lang", "es", "--pdf", str(pdf))
    assert out.returncode == 0, out.stderr
    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)
    assert "Informe" in text or "informe" in text
    assert _english_left(text) == [], text
