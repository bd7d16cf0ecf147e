"""A plain-text rendering of an evaluation, for ``cs-quiz score`` in a terminal."""

from __future__ import annotations

import textwrap

from cs_quiz.scoring.caps import explained
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import Recommendation

WIDTH = 78


def _wrap(text: str, indent: str = "  ") -> list[str]:
    text = " ".join(text.split())
    text = text[:1].upper() + text[1:]
    rest = " " * len(indent)
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=rest) or [indent]


def _bar(score: float) -> str:
    filled = int(score / 5 + 0.5)
    return "#" * filled + "." * (20 - filled)


def render(ev: Evaluation) -> str:
    bank, result, advice = ev.bank, ev.score, ev.advice
    sections = ", ".join(bank.sections[s].title for s in result.sections)
    out = [
        f"{bank.meta.title} (version {bank.meta.version}) - {sections}",
        f"Answered {result.answered} of {result.total} questions.",
        "",
    ]
    r = result.readiness
    if not r.interpretable:
        out.append("Readiness: not given. These answers can't be read as a self-assessment:")
        for f in result.flags:
            if f.withholds:
                out += _wrap("- " + str(f.message))
        out += _wrap("Take it again when you have a quiet moment: read each statement and answer as you really are.")
        return "\n".join(out) + "\n"
    if r.rounded is None:
        out += ["Readiness: not enough answers to score yet.", ""]
    else:
        out.append(f"Readiness: {r.rounded} / 100 - {r.band_name}")
        out += _wrap(r.meaning)
        cap, gates = explained(bank, r)
        uncapped = bank.band(r.uncapped_band).name if r.uncapped_band else ""
        if cap is not None:  # the cap that holds the band
            out += _wrap(f"Your scores alone would place you in '{uncapped}'. {cap.reason}")
        if gates:
            names = ", ".join(bank.competencies[c].name for c in gates)
            out += _wrap(f"Your overall score reaches '{uncapped}', but {names} is below the level this band needs.")
        out.append("")
    out.append("Competencies (0-100):")
    width = max((len(c.name) for c in result.competencies), default=10)
    for c in result.competencies:
        shown = f"{round_half_up(c.score):3d}  {_bar(c.score)}" if c.score is not None else "  -  not enough answers"
        if c.not_yet:
            shown += f"  ({c.not_yet} not yet)"
        if c.indicative and c.score is not None:
            shown += f"  (indicative: {c.answered} answer{'s' if c.answered != 1 else ''} only)"
        out.append(f"  {c.name:<{width}}  {shown}")
    out.append("")
    if result.flags:
        out.append("Response-quality notes:")
        for f in result.flags:
            out += _wrap(str(f.message), "  - ")
        out.append("")
    if advice.stage:
        s = advice.stage
        out.append(f"Career stage: {s.name}" + (f"  ->  next: {s.next_name}" if s.next_stage else ""))
        out += _wrap(s.next_step)
        out.append("")
    if advice.strengths:
        out.append("Strengths: " + ", ".join(bank.competencies[c].name for c in advice.strengths))
    if advice.gaps:
        out.append("Biggest gaps: " + ", ".join(bank.competencies[c].name for c in advice.gaps))
    if advice.strengths or advice.gaps:
        out.append("")
    if advice.actions:
        out.append("Development actions:")
        for a in advice.actions:
            out += _wrap(f"[{a.competency_name}, {a.level}] {a.text} ({a.because})", "  - ")
        out.append("")
    for title, recs in (
        ("Next steps", advice.next_steps),
        ("Certifications", advice.certifications),
        ("Associations", advice.associations),
    ):
        if recs:
            out.append(f"{title}:")
            for rec in recs:
                out += _recommendation(rec)
            out.append("")
    if advice.specialisation:
        sp = advice.specialisation
        out.append(f"Best-fitting director role: {sp.name} (fit {sp.fit:g})")
        out += _wrap(str(sp.because))
        out.append("")
    out.append("This is a self-assessment for exploring and planning your development, not a hiring test.")
    return "\n".join(out) + "\n"


def _recommendation(rec: Recommendation) -> list[str]:
    head = rec.title + (f" - {rec.issuer}" if rec.issuer else "")
    lines = _wrap(head, "  - ")
    if rec.detail and rec.detail != rec.title:
        lines += _wrap(rec.detail, "    ")
    if rec.prerequisites:
        eligible = {True: " (your answers meet this)", False: " (not yet, by your answers)", None: ""}[rec.eligible]
        lines += _wrap(f"Prerequisites: {rec.prerequisites}{eligible}", "    ")
    if rec.url:
        lines.append(f"    {rec.url}")
    if rec.because:
        lines += _wrap("Because " + "; ".join(map(str, rec.because)), "    ")
    return lines
