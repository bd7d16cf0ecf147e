"""A plain-text rendering of an evaluation, for ``cs-quiz score`` in a terminal, in the bank's language.

Every fixed text is marked ``QT_TRANSLATE_NOOP("Text", ...)`` so that lupdate puts it in the catalogues; the
command line passes Qt's translator when the bank is not English (:mod:`cs_quiz.report.translation`), and plain
English otherwise, so an English ``cs-quiz score`` never loads Qt.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import groupby

from cs_quiz.bank.model import QuestionType
from cs_quiz.scoring.caps import explained
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.messages import QT_TRANSLATE_NOOP
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import Recommendation, Text, english_number, tidy

WIDTH = 78
CONTEXT = "Text"


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Language:
    """How to say things: ``tr`` translates a fixed text (context "Text"), ``text`` renders a core
    :class:`Text` and ``number`` writes a number. The defaults are English."""

    tr: Callable[[str], str] = _same
    text: Callable[[Text], str] = str
    number: Callable[[int | float], str] = english_number


def _wrap(text: str, indent: str = "  ") -> list[str]:
    text = " ".join(text.split())
    text = text[:1].upper() + text[1:]
    rest = " " * len(indent)
    return textwrap.wrap(text, WIDTH, initial_indent=indent, subsequent_indent=rest) or [indent]


def _bar(score: float) -> str:
    filled = int(score / 5 + 0.5)
    return "#" * filled + "." * (20 - filled)


def render(ev: Evaluation, lang: Language | None = None) -> str:
    say = lang or Language()
    tr, num = say.tr, say.number
    bank, result, advice = ev.bank, ev.score, ev.advice
    sections = ", ".join(bank.sections[s].title for s in result.sections)
    out = [
        tr(QT_TRANSLATE_NOOP("Text", "{title} (version {version}) - {sections}")).format(
            title=bank.meta.title, version=bank.meta.version, sections=sections
        ),
        tr(QT_TRANSLATE_NOOP("Text", "Answered {answered} of {total} questions.")).format(
            answered=num(result.answered), total=num(result.total)
        ),
        "",
    ]
    r = result.readiness
    if not r.interpretable:
        if r.profile:
            withheld = QT_TRANSLATE_NOOP("Text", "Scores: not given. These answers can't be read as a self-assessment:")
        else:
            withheld = QT_TRANSLATE_NOOP(
                "Text", "Readiness: not given. These answers can't be read as a self-assessment:"
            )
        out.append(tr(withheld))
        for f in result.flags:
            if f.withholds:
                out += _wrap(say.text(f.to_person), "  - ")
        again = QT_TRANSLATE_NOOP(
            "Text", "Take it again when you have a quiet moment: read each statement and answer as you really are."
        )
        out += _wrap(tr(again))
        return "\n".join(out) + "\n"
    if r.profile:  # a bank without bands: the scores are the result
        pass
    elif r.rounded is None:
        out += [tr(QT_TRANSLATE_NOOP("Text", "Readiness: not enough answers to score yet.")), ""]
    else:
        out.append(
            tr(QT_TRANSLATE_NOOP("Text", "Readiness: {score} / 100 - {band}")).format(
                score=num(r.rounded), band=r.band_name
            )
        )
        out += _wrap(r.meaning)
        cap, gates = explained(bank, r)
        uncapped = bank.band(r.uncapped_band).name if r.uncapped_band else ""
        if cap is not None:  # the cap that holds the band
            alone = tr(QT_TRANSLATE_NOOP("Text", "Your scores alone would place you in “{band}”.")).format(
                band=uncapped
            )
            out += _wrap(f"{alone} {cap.reason}")
        if gates:
            names = ", ".join(bank.competencies[c].name for c in gates)
            gate = QT_TRANSLATE_NOOP(
                "Text", "Your overall score reaches “{band}”, but {names} is below the level this band needs."
            )
            out += _wrap(tr(gate).format(band=uncapped, names=names))
        out.append("")
    out += _competencies(ev, say)
    if result.flags:
        out.append(tr(QT_TRANSLATE_NOOP("Text", "Notes on the answers:")))
        for f in result.flags:
            out += _wrap(say.text(f.message), "  - ")
        out.append("")
    if advice.stage:
        s = advice.stage
        if s.next_stage:
            line = tr(QT_TRANSLATE_NOOP("Text", "Career stage: {stage}  ->  next: {next}")).format(
                stage=s.name, next=s.next_name
            )
        else:
            line = tr(QT_TRANSLATE_NOOP("Text", "Career stage: {stage}")).format(stage=s.name)
        out.append(line)
        out += _wrap(s.next_step)
        out.append("")
    areas = bank.competencies
    if advice.strengths:
        listed = ", ".join(areas[c].name for c in advice.strengths)
        out.append(tr(QT_TRANSLATE_NOOP("Text", "Strengths: {areas}")).format(areas=listed))
    if advice.gaps:
        listed = ", ".join(areas[c].name for c in advice.gaps)
        out.append(tr(QT_TRANSLATE_NOOP("Text", "Biggest gaps: {areas}")).format(areas=listed))
    if advice.strengths or advice.gaps:
        out.append("")
    out += _actions(ev, say)
    for title, recs in (
        (QT_TRANSLATE_NOOP("Text", "Next steps:"), advice.next_steps),
        (QT_TRANSLATE_NOOP("Text", "Certifications:"), advice.certifications),
        (QT_TRANSLATE_NOOP("Text", "Associations:"), advice.associations),
    ):
        if recs:
            out.append(tr(title))
            for rec, why in with_why(recs):
                out += _recommendation(rec, say, why=why)
            out.append("")
    out += _specialisations(ev, say)
    out += _reflections(ev, say)
    if r.profile:  # an inventory or a quiz: not about development plans
        disclaimer = QT_TRANSLATE_NOOP("Text", "This is for learning and reflection, not a hiring test.")
    else:
        disclaimer = QT_TRANSLATE_NOOP(
            "Text", "This is a self-assessment for exploring and planning your development, not a hiring test."
        )
    out.append(tr(disclaimer))
    return "\n".join(out) + "\n"


def _competencies(ev: Evaluation, say: Language) -> list[str]:
    """Each area's score (0-100 with a bar) and, always, the sum of its answers with its range; a bank that shows
    sums puts the sum first."""
    tr = say.tr
    sums = ev.bank.settings.show == "sum"
    if sums:
        out = [tr(QT_TRANSLATE_NOOP("Text", "Scores (the sum of your answers; in brackets, as 0-100):"))]
    else:
        out = [tr(QT_TRANSLATE_NOOP("Text", "Areas (0-100):"))]
    width = max((len(c.name) for c in ev.score.competencies), default=10)
    for c in ev.score.competencies:
        said = c.sum_said()
        if c.score is not None and said is not None and sums:
            shown = f"{say.text(said)}  ({say.number(round_half_up(c.score))})"
        elif c.score is not None:
            shown = f"{say.number(round_half_up(c.score)):>3}  {_bar(c.score)}"
            if c.sum is not None:
                shown += "  " + tr(QT_TRANSLATE_NOOP("Text", "sum {sum} ({low}-{high})")).format(
                    sum=say.number(tidy(c.sum)), low=say.number(tidy(c.sum_min)), high=say.number(tidy(c.sum_max))
                )
        else:
            shown = "  -  " + tr(QT_TRANSLATE_NOOP("Text", "not enough answers"))
        if c.not_yet:
            shown += "  " + tr(QT_TRANSLATE_NOOP("Text", "({count} not yet)")).format(count=say.number(c.not_yet))
        if c.blank and c.score is not None:  # scoring.unanswered: lowest
            shown += "  " + tr(QT_TRANSLATE_NOOP("Text", "({count} left blank, counted as the lowest answer)")).format(
                count=say.number(c.blank)
            )
        if c.indicative and c.score is not None:
            one = QT_TRANSLATE_NOOP("Text", "(indicative: 1 answer only)")
            many = QT_TRANSLATE_NOOP("Text", "(indicative: {count} answers only)")
            shown += "  " + (tr(one) if c.answered == 1 else tr(many).format(count=say.number(c.answered)))
        out.append(f"  {c.name:<{width}}  {shown}")
    out.append("")
    return out


def _reflections(ev: Evaluation, say: Language) -> list[str]:
    """What the person wrote to the reflection questions, as written; never scored."""
    out: list[str] = []
    for q in ev.bank.questions.values():
        text = ev.answers.get(q.id)
        if q.type is QuestionType.REFLECTION and isinstance(text, str):
            if not out:
                out.append(say.tr(QT_TRANSLATE_NOOP("Text", "In your own words:")))
            out += _wrap(q.text, "  - ")
            for line in text.splitlines():  # the person's words as written: wrapped, never recapitalised
                out += textwrap.wrap(line, WIDTH, initial_indent="    ", subsequent_indent="    ") or [""]
    return [*out, ""] if out else []


def _actions(ev: Evaluation, say: Language) -> list[str]:
    if not ev.advice.actions:
        return []
    tr = say.tr
    levels = {
        "practice": tr(QT_TRANSLATE_NOOP("Text", "practise now")),
        "stretch": tr(QT_TRANSLATE_NOOP("Text", "take on")),
        "course": tr(QT_TRANSLATE_NOOP("Text", "learn")),
    }
    out = [tr(QT_TRANSLATE_NOOP("Text", "What to work on, for the gaps above:"))]
    for _, actions in groupby(ev.advice.actions, key=lambda a: a.competency):
        group = list(actions)
        out.append(f"  {group[0].competency_name} ({say.number(round_half_up(group[0].score))}):")
        for a in group:
            out += _wrap(f"[{levels.get(a.level, a.level)}] {a.text}", "    - ")
    out.append("")
    return out


def _recommendation(rec: Recommendation, say: Language, *, why: bool = True) -> list[str]:
    tr = say.tr
    head = rec.title + (f" - {rec.issuer}" if rec.issuer else "")
    lines = _wrap(head, "  - ")
    if rec.detail and rec.detail != rec.title:
        lines += _wrap(rec.detail, "    ")
    if rec.prerequisites:
        lines += _wrap(tr(QT_TRANSLATE_NOOP("Text", "What it asks for: {text}")).format(text=rec.prerequisites), "    ")
        if rec.kind == "certification":
            verdict = {
                True: QT_TRANSLATE_NOOP("Text", "Your answers meet this."),
                False: QT_TRANSLATE_NOOP("Text", "Your answers do not meet this yet."),
                None: QT_TRANSLATE_NOOP("Text", "Check with the issuer whether you qualify."),
            }[rec.eligible]
            lines += _wrap(tr(verdict), "    ")
    if rec.url:
        lines.append(f"    {rec.url}")
    if not why:
        return lines
    if rec.why:
        lines += _wrap(rec.why, "    ")
    elif rec.because:
        because = tr(QT_TRANSLATE_NOOP("Text", "Because {reasons}.")).format(
            reasons=joined([say.text(r) for r in rec.because], tr)
        )
        lines += _wrap(because, "    ")
    return lines


def _specialisations(ev: Evaluation, say: Language) -> list[str]:
    advice, tr = ev.advice, say.tr
    if advice.specialisation is None:
        return []
    fits = (advice.specialisation, *advice.also_fits)
    if len(fits) == 1:
        out = [tr(QT_TRANSLATE_NOOP("Text", "The kind of director role that fits you best:"))]
    else:
        heading = QT_TRANSLATE_NOOP("Text", "{count} kinds of director role fit you about equally:")
        out = [tr(heading).format(count=say.number(len(fits)))]
    for sp in fits:
        fit = tr(QT_TRANSLATE_NOOP("Text", "fit {fit} of 100")).format(fit=say.number(round_half_up(sp.fit)))
        out.append(f"  - {sp.name} ({fit})")
        out += _wrap(sentence([say.text(t) for t in (sp.because, *sp.suited_because)], tr), "    ")
    out.append("")
    return out


def with_why(recs: Sequence[Recommendation]) -> list[tuple[Recommendation, bool]]:
    """Each recommendation with whether to say its why: next steps of one rule share their why, said once after
    the last of them. Used by every rendering (here, the results page and the PDF)."""
    out = []
    for i, rec in enumerate(recs):
        nxt = recs[i + 1] if i + 1 < len(recs) else None
        out.append((rec, nxt is None or nxt.id != rec.id or nxt.kind != rec.kind))
    return out


def joined(texts: Sequence[str], tr: Callable[[str], str] = _same) -> str:
    """Reasons as one phrase: "a", "a and b", "a, b and c", with "and" as ``tr`` says it (context "Text")."""
    if len(texts) <= 1:
        return "".join(texts)
    last = tr(QT_TRANSLATE_NOOP("Text", "{first} and {last}"))
    return last.format(first=", ".join(texts[:-1]), last=texts[-1])


def sentence(texts: Sequence[str], tr: Callable[[str], str] = _same) -> str:
    """Reasons as one sentence: :func:`joined`, with a capital letter and a full stop."""
    said = joined(texts, tr)
    return said[:1].upper() + said[1:] + "." if said else ""
