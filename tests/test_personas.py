"""Fourteen people answer the bundled bank through `cs-quiz score`, as a facilitator would run it.

Each answers file in tests/fixtures/personas/ was written by someone playing the person from a short description
(its header), answering every question as they would, before reading any scoring or advice rule; the table below
is what a careers adviser expected for each, written at the same time. Where the app and the adviser first
disagreed, the table says who changed and why (docs/advice.md has the rules and their sources).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PERSONAS = Path(__file__).parent / "fixtures" / "personas"
EXE = shutil.which("cs-quiz") or str(Path(sys.executable).with_name("cs-quiz"))
AT_WORK_BELOW_DIRECTOR = re.compile(r"^low-")


@dataclass(frozen=True)
class Expected:
    bands: frozenset[str] = frozenset()  # empty: withheld
    stage: str | None = None
    steps: tuple[str, ...] = ()  # advice rules whose next step must be shown
    never: tuple[str, ...] = ()  # advice rules that would be wrong for this person
    ccxp: bool | None | str = "absent"  # "absent": not recommended; else the eligibility shown
    specialisation: str | None = None  # must be the best fit or fit about equally; None: no view
    no_clear_winner: bool = False  # several kinds of director role must be shown as fitting about equally
    no_low_steps: bool = False  # work-based "low area" steps make no sense for them
    lang: str = "en"
    notes: str = ""


DIRECTOR_NEVER = ("apply-director", "first-job", "first-lead", "grow-the-service", "toward-senior", "ccxp-eligible")

EXPECTED: dict[str, Expected] = {
    "student-17": Expected(
        frozenset({"foundation"}),
        "education",
        steps=("first-job", "pay-and-outlook"),
        never=("apply-director", "first-lead", "career-changer"),
        no_low_steps=True,
    ),
    "student-es": Expected(
        frozenset({"foundation"}),
        "education",
        steps=("first-job",),
        never=("apply-director", "first-lead", "career-changer"),
        no_low_steps=True,
        lang="es",
        notes="a year of weekend shop work rounds to 0 years: first-job also says to build on a job you have",
    ),
    "agent-20-years": Expected(
        frozenset({"foundation", "developing"}),
        "frontline",
        steps=("first-lead", "long-service-first-lead"),
        never=("apply-director", "first-job", "grow-the-service"),
        ccxp=False,
        notes="the adviser expected the first band; issue 15 caps 'never supervised' at the second, so both are "
        "accepted. She expected call-centre director; her scores point to client services (no view here).",
    ),
    "team-lead": Expected(
        frozenset({"foundation", "developing"}),
        "supervisor",
        steps=("grow-the-service",),
        never=("apply-director", "first-job", "first-lead", "toward-senior"),
        ccxp=False,
        notes="scored 'Nearly ready' before the no-senior-experience cap; the adviser was right",
    ),
    "small-company-manager": Expected(
        frozenset({"developing", "targeted"}),
        "senior",
        steps=("smaller-company-path",),
        never=("first-job", "first-lead"),
        ccxp=False,
        notes="'Ready' before the small-team cap. The adviser placed her as a manager; she answered 'head of a "
        "department', and the stage follows her answer.",
    ),
    "senior-manager": Expected(
        frozenset({"targeted", "ready"}),
        "senior",
        steps=("apply-director",),
        never=("first-job", "first-lead", "grow-the-service"),
        ccxp=False,
        specialisation="cs-operations-director",
    ),
    "director": Expected(
        frozenset({"ready"}),
        "director",
        steps=("director-grow",),
        never=DIRECTOR_NEVER,
        specialisation="cx-director",
        no_low_steps=True,
        notes="the CCXP she holds was shown before held certificates were taken out of every rule",
    ),
    "director-quick": Expected(
        frozenset({"targeted", "ready"}),
        "director",
        steps=("director-grow",),
        never=DIRECTOR_NEVER,
        no_low_steps=True,
    ),
    "vp": Expected(
        frozenset({"ready"}),
        "vp",
        steps=("vp-path",),
        never=(*DIRECTOR_NEVER, "director-grow", "hdi-director", "icmi-strategic"),
        no_low_steps=True,
        no_clear_winner=True,
        notes="the adviser picked support director; the app shows all five as about equal, which she preferred",
    ),
    "career-changer-sales": Expected(
        frozenset({"foundation", "developing"}),
        "education",
        steps=("career-changer",),
        never=("first-job", "clubs-and-events", "school-subjects", "first-lead", "apply-director"),
        specialisation="client-services-director",
        notes="the stage's next step once told him to get a part-time job; it now says where every director "
        "starts, and his own rule says how to move across",
    ),
    "new-supervisor-quick": Expected(
        frozenset({"foundation", "developing"}),
        "supervisor",
        steps=("grow-the-service",),
        never=("apply-director", "toward-senior", "first-job"),
        notes="was 'Nearly ready' and told to apply for senior roles, after one year leading; now capped",
    ),
    "straight-liner": Expected(),
    "acquiescent": Expected(),
    "random": Expected(),
}


def score(name: str, *extra: str) -> dict[str, Any]:
    lang = EXPECTED[name].lang
    out = subprocess.run(
        [EXE, "score", "csd-readiness", str(PERSONAS / f"{name}.yaml"), "--lang", lang, *extra],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert out.returncode == 0, out.stderr  # also: every answer still fits the bank
    return json.loads(out.stdout) if "--json" in extra else {"text": out.stdout}


def test_every_persona_file_is_checked() -> None:
    assert sorted(p.stem for p in PERSONAS.glob("*.yaml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_persona_reads_as_a_careers_adviser_expects(name: str) -> None:
    want = EXPECTED[name]
    result = score(name, "--json")
    readiness, advice = result["score"]["readiness"], result["advice"]
    if not want.bands:
        assert readiness["interpretable"] is False and readiness["band"] is None, "these answers must be withheld"
        assert advice["next_steps"] == [] and advice["stage"] is None
        return
    assert readiness["band"] in want.bands
    assert advice["stage"]["stage"] == want.stage
    shown = [s["id"] for s in advice["next_steps"]]
    for step in want.steps:
        assert step in shown, f"{name}: {step} not in {shown}"
    for step in want.never:
        assert step not in shown, f"{name}: told {step}"
    if want.no_low_steps:
        assert not [s for s in shown if AT_WORK_BELOW_DIRECTOR.match(s)], shown
    certs = {c["id"]: c for c in advice["certifications"]}
    if want.ccxp == "absent":
        assert "ccxp" not in certs
    else:
        assert "ccxp" in certs and certs["ccxp"]["eligible"] is want.ccxp
    held = set(result["answers"].get("certs-held") or ())
    assert not {"ccxp"} & held or "ccxp" not in certs, "a held certificate is never recommended"
    if want.specialisation is not None:
        fits = [advice["specialisation"], *advice["also_fits"]]
        assert want.specialisation in [f["id"] for f in fits]
    if want.no_clear_winner:
        assert advice["also_fits"], "strong everywhere: no kind of director role is a clear winner"


@pytest.mark.parametrize("name", ["director", "director-quick", "vp"])
def test_nobody_in_the_role_is_told_to_apply_for_it(name: str) -> None:
    text = score(name)["text"]
    assert not re.search(r"apply(ing)? for director", text, re.IGNORECASE), text


def test_text_output_names_the_band_the_stage_and_says_why_once() -> None:
    text = score("team-lead")["text"]
    assert "/ 100 - Growing toward the role" in text
    assert "Career stage: Team leader, supervisor or manager" in text
    assert "Because" not in text, "every rule of the bundled bank says why in its own sentence"
    whys = re.findall(r"Directors run a whole service", text)
    assert len(whys) == 1, "two steps of one rule share one why"
