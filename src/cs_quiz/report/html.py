"""The report's sections as Qt rich-text HTML, in the order they are printed: header, readiness,
competencies (a placeholder where the chart goes, then the same figures as a table), response-quality notes,
strengths and gaps, career stage, development actions, next steps, certifications and associations, the
best-fitting specialisation.

Bank text goes through :func:`cs_quiz.report.markup.inline_html` / ``block_html`` (escaped, then the small
Markdown); every fixed text is ``translate("Report", ...)``, the context the Spanish catalogue keeps it under.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from cs_quiz.bank.model import QuestionType
from cs_quiz.report.chartpaint import band_index, not_enough_text, sorted_scores
from cs_quiz.report.markup import ACCENT, MUTED, TINT, block_html, cap, esc, inline_html, translate, when_text
from cs_quiz.report.qtext import joined, number, render, sentence
from cs_quiz.report.review_html import review_html
from cs_quiz.report.text import with_why
from cs_quiz.scoring.caps import explained
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import Recommendation

CHART_MARK = "\ue000cs-quiz-chart\ue000"  # a private-use placeholder no bank text contains; the chart goes there


def _header(ev: Evaluation, nickname: str, when: datetime) -> list[str]:
    bank, result = ev.bank, ev.score
    sections = ", ".join(bank.sections[s].title if s in bank.sections else s for s in result.sections)
    profile = ev.score.readiness.profile
    title = translate("Report", "Your results") if profile else translate("Report", "Readiness report")
    parts = ["<h1>" + esc(title) + "</h1>"]
    parts.append(f"<p style='font-size:11pt; margin-bottom:6px'>{inline_html(bank.meta.title)}</p>")
    rows: list[tuple[str, str]] = []
    if nickname.strip():
        rows.append((translate("Report", "Prepared for"), esc(" ".join(nickname.split()))))
    rows.append((translate("Report", "Date"), esc(when_text(when))))
    rows.append(
        (
            translate("Report", "Question bank"),
            esc(
                translate("Report", "{title}, version {version}").format(
                    title=bank.meta.title, version=bank.meta.version
                )
            ),
        )
    )
    rows.append((translate("Report", "Taken"), esc(sections)))
    rows.append(
        (
            translate("Report", "Answered"),
            esc(
                translate("Report", "{answered} of {total} questions").format(
                    answered=result.answered, total=result.total
                )
            ),
        )
    )
    cells = "".join(
        f"<tr><td style='color:{MUTED}; padding-right:10px'>{esc(k)}</td><td>{v}</td></tr>" for k, v in rows
    )
    parts.append(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    return parts


def _withheld(ev: Evaluation) -> list[str]:
    """A result a quality check withheld: why, and the offer to take it again; no score, band or advice."""
    reasons = "".join(f"<li>{inline_html(cap(render(f.to_person)))}</li>" for f in ev.score.flags if f.withholds)
    profile = ev.score.readiness.profile
    heading = translate("Report", "Your results") if profile else translate("Report", "Your readiness")
    return [
        "<h2>" + esc(heading) + "</h2>",
        "<p style='font-size:13pt; font-weight:bold'>"
        + esc(translate("Report", "These answers can't be read as a self-assessment, so there is no result."))
        + "</p>",
        f"<ul>{reasons}</ul>",
        "<p>"
        + esc(
            translate(
                "Report",
                "Take it again when you have a quiet moment: read each statement and answer as you really are.",
            )
        )
        + "</p>",
    ]


def _readiness(ev: Evaluation, standing: str = "") -> list[str]:
    """The score, the band and its meaning; ``standing``: where the score stands in a group, when the results
    screen said so (cs_quiz.report.standing), printed under the meaning as it was shown."""
    bank, r = ev.bank, ev.score.readiness
    if r.rounded is None:
        body = (
            "<p style='font-size:13pt; font-weight:bold'>"
            + esc(translate("Report", "Not enough answers to score yet."))
            + "</p>"
            "<p>" + esc(translate("Report", "Answer more questions in each area to see your readiness.")) + "</p>"
        )
    else:
        body = (
            f"<p style='margin-bottom:6px'><span style='font-size:22pt; font-weight:bold; color:{ACCENT}'>"
            f"{r.rounded}</span><span style='font-size:12pt; color:{MUTED}'> / 100</span>"
            f"&nbsp;&nbsp;&nbsp;<span style='font-size:14pt; font-weight:bold'>{inline_html(r.band_name)}</span></p>"
            + block_html(r.meaning)
        )
        if standing.strip():
            body += f"<p>{esc(' '.join(standing.split()))}</p>"
        cap, gates = explained(bank, r)
        uncapped = next((b.name for b in bank.bands if b.id == r.uncapped_band), r.uncapped_band or "")
        if cap is not None:  # the cap that holds the band: its reason, in the bank's language
            intro = translate("Report", "Your scores alone would place you in \u201c{band}\u201d.").format(
                band=uncapped
            )
            body += f"<p><b>{esc(intro)}</b> {inline_html(cap.reason)}</p>"
        if gates:
            lines = []
            for cid in gates:
                comp = bank.competencies.get(cid)
                value = ev.score.score_of(cid)
                name = comp.name if comp else cid
                threshold = comp.critical.threshold if comp and comp.critical else None
                shown = "?" if value is None else number(round_half_up(value))
                if threshold is None:
                    text = translate("Report", "{name} scored {score}.").format(name=name, score=shown)
                else:
                    text = translate("Report", "{name} scored {score}, below the {threshold} this band needs.").format(
                        name=name, score=shown, threshold=number(threshold)
                    )
                lines.append(esc(text))
            intro = translate(
                "Report",
                "Your overall score alone would place you in \u201c{band}\u201d, but some areas count as essential:",
            ).format(band=uncapped)
            body += f"<p><b>{esc(intro)}</b> {' '.join(lines)}</p>"
    return [
        "<h2>" + esc(translate("Report", "Your readiness")) + "</h2>",
        f"<table width='100%' cellspacing='0' cellpadding='8' style='background-color:{TINT}'>"
        f"<tr><td>{body}</td></tr></table>",
    ]


def _competencies(ev: Evaluation, chart: bool = True) -> list[str]:
    """The chart (with its caption, when ``chart``), then the same figures as a table, in the same order."""
    bank, result = ev.bank, ev.score
    by_id = {c.competency: c for c in result.competencies}
    sums = bank.settings.show == "sum"
    if bank.gives_readiness:
        caption = translate(
            "Report", "Scores from 0 to 100, highest first. Each bar has the pattern of the band its score falls in."
        )
    elif sums:
        caption = translate(
            "Report", "Each bar shows where your sum falls between the lowest and the highest possible, as 0 to 100."
        )
    else:
        caption = translate("Report", "Scores from 0 to 100, highest first.")
    title = translate("Report", "Your competencies") if bank.gives_readiness else translate("Report", "Your scores")
    parts = ["<h2>" + esc(title) + "</h2>"]
    if chart:
        parts += [f"<p class='muted'>{esc(caption)}</p>", f"<p>{CHART_MARK}</p>"]
    # (heading, align, left padding, width); a heading never breaks inside its word ("Answere d" in a narrow pane)
    if bank.gives_readiness:
        heads: tuple[tuple[str, str, str, str], ...] = (
            (translate("Report", "Competency"), "left", "0", "40%"),
            (translate("Report", "Score"), "right", "0", "12%"),  # "Puntuación" needs the room
            (translate("Report", "Band"), "left", "8px", "34%"),
            (translate("Report", "Answered"), "right", "0", "14%"),
        )
    else:  # a profile: no band column; the sum, when the bank shows sums, in the score's place
        heads = (
            (translate("Report", "Area"), "left", "0", "40%"),
            (translate("Report", "Score"), "left", "8px", "46%"),
            (translate("Report", "Answered"), "right", "0", "14%"),
        )
    head = "".join(
        f"<th width='{w}' align='{a}' style='white-space:nowrap; padding-left:{pad}'>{esc(h)}</th>"
        for h, a, pad, w in heads
    )
    rows = []
    for n, (cid, name, value) in enumerate(sorted_scores(result)):
        c = by_id[cid]
        said = c.sum_said()
        if value is None:
            shown, band = "\u2014", f"<i>{esc(not_enough_text())}</i>"
        elif sums and said is not None:
            shown = f"<b>{esc(render(said))}</b> ({number(round_half_up(value))})"
            band = ""
        else:
            shown = f"<b>{number(round_half_up(value))}</b>"
            index = band_index(bank, value)
            band = inline_html(bank.bands[index].name) if index is not None else ""
        answered = esc(
            translate("Report", "{answered} of {available}").format(answered=c.answered, available=c.available)
        )
        if c.not_yet:  # "not yet" answers: shown, left out of the score
            answered += "<br/>" + esc(translate("Report", "{n} not yet").format(n=c.not_yet))
        if c.blank and value is not None:  # counted as the lowest answer (scoring.unanswered: lowest)
            answered += "<br/>" + esc(translate("Report", "{n} blank, counted as the lowest").format(n=c.blank))
        if c.indicative and value is not None:  # shown, but not a measurement to act on
            answered += "<br/><i>" + esc(translate("Report", "indicative")) + "</i>"
        shade = f" style='background-color:{TINT}'" if n % 2 else ""
        if bank.gives_readiness:
            cells = f"<td align='right'>{shown}</td><td style='padding-left:8px'>{band}</td>"
        else:
            cells = f"<td style='padding-left:8px'>{band or shown}</td>"
        rows.append(f"<tr{shade}><td>{inline_html(name)}</td>{cells}<td align='right'>{answered}</td></tr>")
    parts.append(
        "<table width='100%' cellspacing='0' cellpadding='2' style='margin-top:4px'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )
    return parts


def _strengths_and_gaps(ev: Evaluation) -> list[str]:
    bank, advice = ev.bank, ev.advice
    if not advice.strengths and not advice.gaps:
        return []

    def column(ids: Iterable[str]) -> str:
        items = []
        for cid in ids:
            value = ev.score.score_of(cid)
            name = bank.competencies[cid].name if cid in bank.competencies else cid
            shown = "" if value is None else f" \u2014 {number(round_half_up(value))}"
            items.append(f"<li>{inline_html(name)}{shown}</li>")
        return (
            "<ul>" + "".join(items) + "</ul>"
            if items
            else "<p class='muted'>" + esc(translate("Report", "None")) + "</p>"
        )

    return [
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:10px'><tr>"
        "<td width='50%'><h2>" + esc(translate("Report", "Strongest areas")) + f"</h2>{column(advice.strengths)}</td>"
        f"<td width='50%'><h2>"
        + esc(translate("Report", "Biggest gaps"))
        + f"</h2>{column(advice.gaps)}</td></tr></table>"
    ]


def _flags(ev: Evaluation) -> list[str]:
    if not ev.score.flags:
        return []
    items = "".join(f"<li>{inline_html(cap(render(f.message)))}</li>" for f in ev.score.flags)
    return [
        "<h2>" + esc(translate("Report", "Response-quality notes")) + "</h2>",
        "<p>"
        + esc(
            translate("Report", "These notes do not change any score; they suggest reading this result with some care.")
        )
        + "</p>",
        f"<ul>{items}</ul>",
    ]


def _stage(ev: Evaluation) -> list[str]:
    s = ev.advice.stage
    if s is None:
        return []
    parts = [
        "<h2>" + esc(translate("Report", "Career stage and next step")) + "</h2>",
        "<p>"
        + esc(translate("Report", "Where you are now:"))
        + f" <b>{inline_html(s.name)}</b>. {inline_html(s.description)}</p>",
    ]
    if s.next_stage:
        parts.append("<p>" + esc(translate("Report", "Next stage:")) + f" <b>{inline_html(s.next_name)}</b></p>")
    parts.append("<p><b>" + esc(translate("Report", "Your next step:")) + "</b></p>")
    parts.append(block_html(s.next_step, css_class="note"))
    return parts


def _level_name(level: str) -> str:
    if level == "practice":
        return translate("Report", "Practise now")
    if level == "stretch":
        return translate("Report", "Take on")
    if level == "course":
        return translate("Report", "Learn")
    return cap(level)


def _actions(ev: Evaluation) -> list[str]:
    if not ev.advice.actions:
        return []
    parts = [
        "<h2>" + esc(translate("Report", "What to work on")) + "</h2>",
        "<p class='muted'>"
        + esc(translate("Report", "For the gaps above, from a step you can take now to a course."))
        + "</p>",
    ]
    groups: dict[str, list[Any]] = {}
    for a in ev.advice.actions:
        groups.setdefault(a.competency, []).append(a)
    for acts in groups.values():
        first = acts[0]
        title = translate("Report", "{name} (your score: {score})").format(
            name=first.competency_name, score=number(round_half_up(first.score))
        )
        items = "".join(f"<li><b>{esc(_level_name(a.level))}:</b> {inline_html(a.text)}</li>" for a in acts)
        parts.append(f"<h3>{esc(title)}</h3><ul>{items}</ul>")
    return parts


def _recommendation(rec: Recommendation, why: bool = True) -> str:
    """A certification or association: name and issuer, its address on the next line, then what it is, what it asks
    for (and whether the answers meet it) and one sentence of why."""
    head = f"<b>{inline_html(rec.title)}</b>"
    if rec.issuer:
        head += f" \u2014 {inline_html(rec.issuer)}"
    if rec.url:
        # On a line of its own: after the name, Qt broke it inside ("https://" / "www…"), which reads as two things.
        head += f"<br><span style='color:{ACCENT}'>{esc(rec.url)}</span>"
    out = [f"<p style='margin-top:5px; margin-bottom:1px'>{head}</p>"]
    if rec.detail and rec.detail != rec.title:
        out.append(block_html(rec.detail, css_class="note"))
    if rec.prerequisites:
        text = "<b>" + esc(translate("Report", "What it asks for:")) + f"</b> {inline_html(rec.prerequisites)}"
        if rec.kind == "certification":
            eligible = {
                True: translate("Report", "Your answers meet this."),
                False: translate("Report", "Your answers do not meet this yet."),
                None: translate("Report", "Check with the issuer whether you qualify."),
            }[rec.eligible]
            text += f" <i>{esc(eligible)}</i>"
        out.append(f"<p class='note'>{text}</p>")
    said = _why(rec) if why else ""
    if said:
        out.append(f"<p class='note muted small'>{esc(said)}</p>")
    return "".join(out)


def _why(rec: Recommendation) -> str:
    """The one sentence of why: the rule's own, else its reasons joined into one."""
    if rec.why:
        return rec.why
    if not rec.because:
        return ""
    return translate("Report", "Because {reasons}.").format(reasons=joined([render(r) for r in rec.because]))


def _recommendation_list(recs: tuple[Recommendation, ...]) -> list[str]:
    """Certifications or associations, each with its why (a why said just above is not said again)."""
    parts, last = [], ""
    for rec in recs:
        said = _why(rec)
        parts.append(_recommendation(rec, why=said != last))
        last = said
    return parts


def _next_steps(recs: tuple[Recommendation, ...]) -> list[str]:
    """Next steps as one list; the steps of one rule share its why, said once after the last of them."""
    items = []
    for rec, why in with_why(recs):
        said = f"<br/><span class='muted small'>{esc(_why(rec))}</span>" if why and _why(rec) else ""
        items.append(f"<li>{_step_html(rec)}{said}</li>")
    return ["<ul>" + "".join(items) + "</ul>"]


def _step_html(rec: Recommendation) -> str:
    text = inline_html(rec.title)
    if rec.detail and rec.detail != rec.title:
        text += f" {inline_html(rec.detail)}"
    return text


def _recommendations(ev: Evaluation) -> list[str]:
    parts: list[str] = []
    advice = ev.advice
    if advice.next_steps:
        parts.append("<h2>" + esc(translate("Report", "Recommended next steps")) + "</h2>")
        parts.extend(_next_steps(advice.next_steps))
    if advice.certifications:
        parts.append("<h2>" + esc(translate("Report", "Certifications")) + "</h2>")
        parts.extend(_recommendation_list(advice.certifications))
    if advice.associations:
        parts.append("<h2>" + esc(translate("Report", "Professional associations")) + "</h2>")
        parts.extend(_recommendation_list(advice.associations))
    return parts


def _specialisation(ev: Evaluation) -> list[str]:
    if ev.advice.specialisation is None:
        return []
    fits = (ev.advice.specialisation, *ev.advice.also_fits)
    if len(fits) == 1:
        title = translate("Report", "The kind of director role that fits you best")
    else:
        title = translate("Report", "{count} kinds of director role fit you about equally").format(
            count=number(len(fits))
        )
    parts = ["<h2>" + esc(title) + "</h2>"]
    for sp in fits:
        fit = translate("Report", "fit {fit} of 100").format(fit=number(round_half_up(sp.fit)))
        parts += [
            f"<p style='margin-bottom:1px'><b>{inline_html(sp.name)}</b> <span class='muted'>({esc(fit)})</span></p>",
            block_html(sp.description),
            f"<p class='note muted small'>{esc(sentence([render(t) for t in (sp.because, *sp.suited_because)]))}</p>",
        ]
    return parts


def _reflections(ev: Evaluation) -> list[str]:
    """The person's own words to the reflection questions, as written (line breaks kept); never scored."""
    written = [
        (q, ev.answers[q.id])
        for q in ev.bank.questions.values()
        if q.type is QuestionType.REFLECTION and isinstance(ev.answers.get(q.id), str)
    ]
    if not written:
        return []
    parts = ["<h2>" + esc(translate("Report", "In your own words")) + "</h2>"]
    for q, text in written:
        lines = "<br/>".join(esc(line) for line in text.splitlines())
        parts.append(f"<p style='margin-bottom:2px'><b>{inline_html(q.text)}</b></p><p>{lines}</p>")
    return parts


def _closing(ev: Evaluation) -> str:
    if ev.score.readiness.profile:  # an inventory or a quiz: not about development plans
        return translate("Report", "This is for learning and reflection, not a hiring test.")
    return translate(
        "Report", "This is a self-assessment for exploring and planning your development, not a hiring test."
    )


def report_html(
    ev: Evaluation, *, nickname: str = "", when: datetime | None = None, standing: str = "", chart: bool = True
) -> str:
    """The report body as Qt rich-text HTML, with a placeholder character where the chart goes (``chart`` False:
    no chart and no caption about its bars, where nothing paints it). ``standing``: the sentence saying where the
    readiness stands in a group, when the results screen showed one ("" otherwise)."""
    when = when or datetime.now()
    if not ev.score.readiness.interpretable:
        body = [*_header(ev, nickname, when), *_withheld(ev), *review_html(ev)]
        return "<html><body>" + "\n".join(body) + "</body></html>"
    parts = [
        *_header(ev, nickname, when),
        *([] if ev.score.readiness.profile else _readiness(ev, standing)),
        *_competencies(ev, chart),
        *_flags(ev),
        *_strengths_and_gaps(ev),
        *_stage(ev),
        *_actions(ev),
        *_recommendations(ev),
        *_specialisation(ev),
        *_reflections(ev),
        "<p class='closing'>" + esc(_closing(ev)) + "</p>",
        *review_html(ev),  # the appendix, on a page of its own
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"
