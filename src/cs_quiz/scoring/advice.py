"""Scores + profile answers -> what to do next (docs/advice.md explains the rules for facilitators).

:func:`advise` is pure and deterministic: the same bank, result and answers always give an equal
:class:`~cs_quiz.scoring.results.Advice`. Conditions are evaluated by :mod:`cs_quiz.scoring.conditions`, where
missing data
(not enough answers, an unanswered profile question) never makes a condition hold.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import replace

from cs_quiz.bank.model import Bank, Competency, DevelopmentAction, Rule, Specialisation
from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.conditions import Context, evaluate, format_score, holds, reasons
from cs_quiz.scoring.results import (
    ActionAdvice,
    Advice,
    Answers,
    Recommendation,
    ScoreResult,
    SpecialisationFit,
    StageAdvice,
    Text,
)

# How many strengths are named. A strength is a scored competency at or above ``settings.gap_below``, so a
# competency is never both a strength and a gap, and a weak profile honestly has no strengths to show.
MAX_STRENGTHS = 3

# The order development actions are shown in: a step you can take now, then an assignment, then a programme.
# Levels outside this list (the loader should refuse them) come last, in file order.
LEVEL_ORDER = ("practice", "stretch", "course")


def advise(bank: Bank, result: ScoreResult, answers: Answers) -> Advice:
    """Everything the results page recommends for ``result`` (scored from ``bank``) and the raw ``answers``
    (question id -> answer; profile answers feed the conditions).

    Raises ValueError only for a condition of an unexpected shape (the loader prevents it) or an answer of the
    wrong type for its question (the session prevents it)."""
    if not result.readiness.interpretable:  # withheld: the answers cannot carry a verdict, so neither can advice
        return Advice(None, (), (), (), (), (), (), None)
    stage = career_stage(Context(bank=bank, result=result, answers=answers))
    gaps = weakest(bank, result)
    ctx = Context(bank=bank, result=result, answers=answers, stage=stage.stage if stage else None, gaps=gaps)
    next_steps, certifications, associations = recommendations(ctx)
    fits = specialisation_fits(ctx)
    return Advice(
        stage=stage,
        strengths=strongest(bank, result),
        gaps=gaps,
        actions=development_actions(bank, result, gaps, ctx),
        next_steps=next_steps,
        certifications=certifications,
        associations=associations,
        specialisation=fits[0] if fits else None,
        also_fits=close_fits(bank, fits),
    )


def career_stage(ctx: Context) -> StageAdvice | None:
    """The last stage in file order whose ``when`` holds (no ``when``: always), the stage after it and the
    current stage's next step. None when the bank has no career path or no stage holds."""
    stages = ctx.bank.stages
    current = None
    for i, stage in enumerate(stages):
        if stage.when is None or holds(stage.when, ctx):
            current = i
    if current is None:
        return None
    stage = stages[current]
    following = stages[current + 1] if current + 1 < len(stages) else None
    return StageAdvice(
        stage=stage.id,
        name=stage.name,
        description=stage.description,
        next_stage=following.id if following else None,
        next_name=following.name if following else "",
        next_step=stage.next_step,
    )


def _scored(bank: Bank, result: ScoreResult) -> list[tuple[int, str, float]]:
    """(bank position, competency id, score) of every competency with a score that is more than indicative (one
    answer is not a measurement to name a strength or a gap on), in bank order. A profile (a bank without bands: an
    inventory, a quiz) names none: a low extraversion is not a gap to close."""
    if not bank.gives_readiness:
        return []
    order = {cid: i for i, cid in enumerate(bank.competencies)}
    return [
        (order.get(c.competency, len(order)), c.competency, c.score)
        for c in result.competencies
        if c.score is not None and not c.indicative
    ]


def strongest(bank: Bank, result: ScoreResult) -> tuple[str, ...]:
    """Up to :data:`MAX_STRENGTHS` competency ids scoring at least ``gap_below``, highest first (ties: bank
    order)."""
    good = [s for s in _scored(bank, result) if s[2] >= bank.settings.gap_below]
    good.sort(key=lambda s: (-s[2], s[0]))
    return tuple(cid for _, cid, _ in good[:MAX_STRENGTHS])


def weakest(bank: Bank, result: ScoreResult) -> tuple[str, ...]:
    """Up to ``max_gaps`` competency ids scoring below ``gap_below``, lowest first (ties: bank order).
    Competencies with not enough answers are never gaps."""
    weak = [s for s in _scored(bank, result) if s[2] < bank.settings.gap_below]
    weak.sort(key=lambda s: (s[2], s[0]))
    return tuple(cid for _, cid, _ in weak[: max(bank.settings.max_gaps, 0)])


def _level_order(action: DevelopmentAction) -> int:
    return LEVEL_ORDER.index(action.level) if action.level in LEVEL_ORDER else len(LEVEL_ORDER)


def development_actions(
    bank: Bank, result: ScoreResult, gaps: Iterable[str], ctx: Context | None = None
) -> tuple[ActionAdvice, ...]:
    """Every development action of each gap competency whose ``when`` holds (for ``ctx``; without one, only
    actions without ``when``), gap by gap, each gap's actions in level order (practice, stretch, course; ties:
    file order), with "because your <name> score is <n>"."""
    out: list[ActionAdvice] = []
    for cid in gaps:
        competency: Competency | None = bank.competencies.get(cid)
        score = result.score_of(cid)
        if competency is None or score is None:  # a result from another version of the bank
            continue
        shown = format_score(score, bank.settings.gap_below)
        because = Text.of(msg.ACTION_BECAUSE, name=competency.name, value=shown)
        for action in sorted(competency.actions, key=_level_order):
            if action.when is not None and (ctx is None or not holds(action.when, ctx)):
                continue
            out.append(
                ActionAdvice(
                    competency=cid,
                    competency_name=competency.name,
                    score=score,
                    level=action.level,
                    text=action.text,
                    because=because,
                )
            )
    return tuple(out)


def _merge(found: dict[str, Recommendation], key: str, rec: Recommendation) -> None:
    """Add ``rec`` under ``key``; a repeat keeps its first (higher-ranked) place and gains the new reasons."""
    earlier = found.get(key)
    if earlier is None:
        found[key] = rec
    else:
        found[key] = replace(earlier, because=tuple(dict.fromkeys(earlier.because + rec.because)))


def ranked_rules(ctx: Context) -> list[Rule]:
    """The rules whose ``when`` holds, highest priority first, ties in file order."""
    matching = [(i, rule) for i, rule in enumerate(ctx.bank.rules) if holds(rule.when, ctx)]
    matching.sort(key=lambda pair: (-pair[1].priority, pair[0]))
    return [rule for _, rule in matching]


Recommendations = tuple[tuple[Recommendation, ...], tuple[Recommendation, ...], tuple[Recommendation, ...]]


def recommendations(ctx: Context) -> Recommendations:
    """(next steps, certifications, associations) from the rules that hold, in rule rank order.

    Each appears once: a certification or association by id, a next step by its text (its ``id`` is the
    first rule that gave it). A repeat keeps the higher rank and adds its reasons. A certification's
    ``eligible`` is :func:`~cs_quiz.scoring.conditions.evaluate` of its ``eligible_when``: True or False when the
    answers decide it, None when the cert has no ``eligible_when`` or an answer it needs is missing."""
    steps: dict[str, Recommendation] = {}
    certs: dict[str, Recommendation] = {}
    assocs: dict[str, Recommendation] = {}
    bank = ctx.bank
    for rule in ranked_rules(ctx):
        because = tuple(reasons(rule.when, ctx))
        why = rule.why
        for text in rule.next_steps:
            rec = Recommendation(kind="next_step", id=rule.id, title=text, detail="", because=because, why=why)
            _merge(steps, text, rec)
        for cert_id in rule.certifications:
            cert = bank.certifications[cert_id]
            if cert.held_when is not None and holds(cert.held_when, ctx):
                continue  # never recommend what the person already holds
            eligible = None if cert.eligible_when is None else evaluate(cert.eligible_when, ctx)
            rec = Recommendation(
                kind="certification",
                id=cert.id,
                title=cert.name,
                detail=cert.description,
                because=because,
                issuer=cert.issuer,
                prerequisites=cert.prerequisites,
                url=cert.url,
                eligible=eligible,
                why=why,
            )
            _merge(certs, cert_id, rec)
        for assoc_id in rule.associations:
            assoc = bank.associations[assoc_id]
            rec = Recommendation(
                kind="association",
                id=assoc.id,
                title=assoc.name,
                detail=assoc.description,
                because=because,
                url=assoc.url,
                why=why,
            )
            _merge(assocs, assoc_id, rec)
    shown = list(steps.values())
    if bank.settings.max_next_steps > 0:  # a long list is a list nobody acts on: the highest ranked only
        shown = shown[: bank.settings.max_next_steps]
    return tuple(shown), tuple(certs.values()), tuple(assocs.values())


def specialisation_fit(
    bank: Bank, result: ScoreResult, spec: Specialisation, ctx: Context | None = None
) -> SpecialisationFit | None:
    """How well ``spec`` fits: the importance-weighted mean of the person's scores on its competencies, plus
    ``settings.specialisation_suits_points`` when its ``suits`` condition holds for ``ctx`` (at most 100),
    rounded half up to 1 decimal (like every score shown), skipping competencies with not enough answers
    (and importance <= 0). None when none of its competencies is scored. ``because`` names the one or two
    competencies contributing most (importance x score; ties: profile order); ``suited_because`` the answers
    that made ``suits`` hold."""
    parts = [
        (weight, score, cid)
        for cid, weight in spec.profile.items()
        if weight > 0 and (score := result.score_of(cid)) is not None
    ]
    total = sum(weight for weight, _, _ in parts)
    if not parts or total <= 0:
        return None
    mean = sum(weight * score for weight, score, _ in parts) / total
    suited: tuple[Text, ...] = ()
    if spec.suits is not None and ctx is not None and holds(spec.suits, ctx):
        suited = tuple(reasons(spec.suits, ctx))
        mean = min(100.0, mean + bank.settings.specialisation_suits_points)
    fit = math.floor(mean * 10 + 0.5) / 10
    top = sorted(range(len(parts)), key=lambda i: (-parts[i][0] * parts[i][1], i))[:2]
    named = [Text.of(msg.AREA, name=_name(bank, parts[i][2]), score=format_score(parts[i][1])) for i in top]
    if len(named) == 1:
        because = Text.of(msg.STRONGEST_AREA, area=named[0])
    else:
        because = Text.of(msg.STRONGEST_AREAS, first=named[0], second=named[1])
    return SpecialisationFit(
        id=spec.id, name=spec.name, description=spec.description, fit=fit, because=because, suited_because=suited
    )


def _name(bank: Bank, cid: str) -> str:
    competency = bank.competencies.get(cid)
    return competency.name if competency is not None else cid


def specialisation_fits(ctx: Context) -> list[SpecialisationFit]:
    """Every specialisation with a fit, best first; equal (rounded) fits keep file order, so two that show the
    same number never swap."""
    fits = [
        fit
        for spec in ctx.bank.specialisations
        if (fit := specialisation_fit(ctx.bank, ctx.result, spec, ctx)) is not None
    ]
    order = {fit.id: i for i, fit in enumerate(fits)}
    return sorted(fits, key=lambda f: (-f.fit, order[f.id]))


def best_specialisation(bank: Bank, result: ScoreResult) -> SpecialisationFit | None:
    """The best fit from scores alone (no profile answers): the first of :func:`specialisation_fits`."""
    fits = specialisation_fits(Context(bank=bank, result=result, answers={}))
    return fits[0] if fits else None


def close_fits(bank: Bank, fits: list[SpecialisationFit]) -> tuple[SpecialisationFit, ...]:
    """The fits after the best that are within ``settings.specialisation_margin`` of it: a difference that
    small says nothing about which direction suits the person better, so they are shown as fitting about
    equally, not as a winner and a loser."""
    if not fits:
        return ()
    margin = bank.settings.specialisation_margin
    return tuple(f for f in fits[1:] if fits[0].fit - f.fit < margin)
