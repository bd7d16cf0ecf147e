"""A small bank with profile questions, named competencies and development actions for the condition and
advice tests, plus builders for score results. Built on :mod:`factories`; career path, rules,
certifications and specialisations are added per test with ``dataclasses.replace``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from cs_quiz.bank.model import (
    Association,
    Bank,
    Certification,
    Competency,
    Condition,
    DevelopmentAction,
    Option,
    Rule,
    Specialisation,
    Stage,
)
from cs_quiz.scoring.conditions import Context
from cs_quiz.scoring.results import Answers, CompetencyScore, Readiness, ScoreResult
from factories import band, bank, competency, likert, profile_choice, profile_number

BANDS = (
    band("foundation", 0, 39, "Building the foundation"),
    band("developing", 40, 59, "One to three years away"),
    band("targeted", 60, 79, "Ready with targeted development"),
    band("ready", 80, 100, "Ready to apply for director roles"),
)


def _competency(cid: str, name: str, *levels: str) -> Competency:
    actions = tuple(DevelopmentAction(level=lv, text=f"{name}: {lv} action") for lv in levels)
    return replace(competency(cid, name=name), actions=actions)


# File order matters for tie-breaking; the action levels are deliberately not in display order.
COMPETENCIES = (
    _competency("data", "Data & metrics", "course", "practice", "stretch"),
    _competency("strategy", "Strategic planning", "stretch", "practice"),
    _competency("people", "People leadership", "course", "stretch", "practice"),
    _competency("comms", "Communication", "practice", "stretch", "course"),
)

YEARS_TEXT = "How many years have you worked in customer service?"
EDUCATION_TEXT = "What is the highest education you have completed?"
CERTS_TEXT = "Which of these do you already hold?"


def sample_bank(**changes: Any) -> Bank:
    """The test bank: four competencies (data, strategy, people, comms, each with one likert item) and the
    profile questions years-cs (number, years), education (choice) and certs-held (multi)."""
    years = replace(profile_number("years-cs", unit="years"), text=YEARS_TEXT)
    education = replace(
        profile_choice("education", "school", "bachelor", "master"),
        text=EDUCATION_TEXT,
        options=(
            Option("school", "Secondary school"),
            Option("bachelor", "Bachelor's degree"),
            Option("master", "Master's degree"),
        ),
    )
    certs = replace(
        profile_choice("certs-held", "ccxp", "copc", multiple=True),
        text=CERTS_TEXT,
        options=(Option("ccxp", "CCXP"), Option("copc", "COPC Registered Coordinator")),
    )
    b = bank(
        likert("d1", "data"),
        likert("s1", "strategy"),
        likert("p1", "people"),
        likert("c1", "comms"),
        years,
        education,
        certs,
        competencies=COMPETENCIES,
        bands=BANDS,
    )
    return replace(b, **changes)


def result(
    scores: Mapping[str, float | None] | None = None,
    readiness: int | None = None,
    band_id: str | None = None,
    b: Bank | None = None,
) -> ScoreResult:
    """A score result for ``b`` (default: the sample bank). Competencies missing from ``scores`` have not
    enough answers. ``band_id`` defaults to the band of ``readiness``."""
    b = b or sample_bank()
    scores = scores or {}
    comps = tuple(
        CompetencyScore(
            competency=c.id,
            name=c.name,
            score=scores.get(c.id),
            answered=1 if scores.get(c.id) is not None else 0,
            available=1,
        )
        for c in b.competencies.values()
    )
    if band_id is None and readiness is not None:
        band_id = b.band_for(readiness).id
    chosen = b.band(band_id) if band_id is not None else None
    return ScoreResult(
        bank_id=b.meta.id,
        bank_version=b.meta.version,
        sections=tuple(b.sections),
        competencies=comps,
        readiness=Readiness(
            score=float(readiness) if readiness is not None else None,
            rounded=readiness,
            band=band_id,
            band_name=chosen.name if chosen else "",
            meaning=chosen.meaning if chosen else "",
            uncapped_band=band_id,
        ),
        flags=(),
        answered=sum(1 for s in scores.values() if s is not None),
        total=len(b.questions),
    )


def context(
    scores: Mapping[str, float | None] | None = None,
    answers: Answers | None = None,
    readiness: int | None = None,
    b: Bank | None = None,
) -> Context:
    """A condition context over the sample bank (or ``b``)."""
    b = b or sample_bank()
    return Context(bank=b, result=result(scores, readiness, b=b), answers=dict(answers or {}))


def stage(sid: str, when: Condition | None = None) -> Stage:
    return Stage(id=sid, name=sid.capitalize(), description=f"About {sid}.", next_step=f"Leave {sid}.", when=when)


def rule(rid: str, when: Condition, priority: int = 0, **then: tuple[str, ...]) -> Rule:
    return Rule(id=rid, when=when, priority=priority, **then)


def cert(cid: str, eligible_when: Condition | None = None) -> Certification:
    return Certification(
        id=cid,
        name=cid.upper(),
        issuer=f"{cid} issuer",
        description=f"About {cid}.",
        prerequisites=f"What {cid} requires.",
        url=f"https://example.org/{cid}",
        eligible_when=eligible_when,
    )


def association(aid: str) -> Association:
    return Association(id=aid, name=aid.upper(), description=f"About {aid}.", url=f"https://example.org/{aid}")


def specialisation(sid: str, **profile: float) -> Specialisation:
    return Specialisation(id=sid, name=sid.capitalize(), description=f"About {sid}.", profile=profile)
