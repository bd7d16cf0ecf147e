"""The report's appendix, "Review of your answers": each workplace scenario of the attempt with the person's
picks, the best and worst answers, each answer's feedback and why, as the results screen's review shows them.

It starts on a page of its own, after the report proper. Every mark is written out in words, so the page reads
the same in greyscale; bank text goes through :func:`cs_quiz.report.markup.inline_html` / ``block_html``
(escaped first). Nothing at all when the attempt asked no scenario.
"""

from __future__ import annotations

from cs_quiz.report.markup import block_html, esc, inline_html, translate
from cs_quiz.scoring.engine import Evaluation
from cs_quiz.scoring.review import ReviewedOption, ReviewedScenario, review


def review_html(ev: Evaluation) -> list[str]:
    """The appendix as Qt rich-text HTML blocks (an empty list when there is nothing to review)."""
    looked_back = review(ev)
    scenarios = looked_back.scenarios
    if not scenarios:
        return []
    if looked_back.only_scenarios:
        intro = translate(
            "Report",
            "Each workplace scenario with the answers you picked, the best and the worst answer, and why. "
            "Reading this does not change your result.",
        )
    else:
        intro = translate(
            "Report",
            "Each question with the answer you picked, the best answer, and why. "
            "Reading this does not change your result.",
        )
    parts = [
        "<h2 style='page-break-before: always'>" + esc(translate("Report", "Review of your answers")) + "</h2>",
        f"<p class='muted'>{esc(intro)}</p>",
    ]
    for n, s in enumerate(scenarios, start=1):
        parts.extend(_scenario(n, len(scenarios), s, looked_back.only_scenarios))
    return parts


def _scenario(n: int, total: int, s: ReviewedScenario, only_scenarios: bool = True) -> list[str]:
    if only_scenarios:
        heading = translate("Report", "Scenario {n} of {total}").format(n=n, total=total)
    else:
        heading = translate("Report", "Question {n} of {total}").format(n=n, total=total)
    parts = [f"<h3>{esc(heading)}</h3>"]
    if s.situation:
        parts.append(block_html(s.situation))
    parts.append(f"<p><b>{inline_html(s.text)}</b></p>")
    if not s.answered:
        note = translate("Report", "You did not answer this one. Here is what you can learn from it.")
        parts.append(f"<p><i>{esc(note)}</i></p>")
    parts.append("<ul>" + "".join(_option(o, s.kind) for o in s.options) + "</ul>")
    if s.rationale:
        parts.append("<p><b>" + esc(translate("Report", "Why:")) + f"</b> {inline_html(s.rationale)}</p>")
    return parts


def _option(o: ReviewedOption, kind: str = "scenario") -> str:
    """One answer: its marks in bold words ("Your pick for best · Best answer"), the answer, then its feedback."""
    picked = {"question": translate("Report", "Your answer"), "multi": translate("Report", "You ticked this")}
    right = translate("Report", "Worth ticking") if kind == "multi" else translate("Report", "Best answer")
    words = [
        (o.picked_best, picked.get(kind, translate("Report", "Your pick for best"))),
        (o.picked_worst, translate("Report", "Your pick for worst")),
        (o.keyed_best, right),
        (o.keyed_worst, translate("Report", "Worst answer")),
    ]
    marks = " \u00b7 ".join(esc(text) for on, text in words if on)
    item = (f"<b>[{marks}]</b> " if marks else "") + inline_html(o.text)
    if o.feedback:
        item += f"<br/><span class='muted'>{inline_html(o.feedback)}</span>"
    return f"<li>{item}</li>"
