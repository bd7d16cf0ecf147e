"""The Class results window's detailed views as rich text: every item's statistics and before / after.

The group overview is the group report's own text (:func:`cs_quiz.report.group_pdf.group_html`), so the screen
and the handout always agree. Here: the item statistics a bank's author reads (Moodle's and ``psych::alpha``'s
columns, with the questions to look at first) and the before / after comparison (paired by participant code, or
two groups). Plain words first, the statistics' names after them; never a name. QtGui only (through the texts).
"""

from __future__ import annotations

from cs_quiz.bank.model import Bank
from cs_quiz.report.group_pdf import _items_html, _num, _pct
from cs_quiz.report.markup import esc, inline_html, translate
from cs_quiz.stats.change import Paired, Unpaired
from cs_quiz.stats.items import ItemStatistics


def _table(head: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{esc(h)}</th>" for h in head)
    body = "".join(
        "<tr>" + "".join(f"<td{'' if i == 0 else ' align=right'}>{c}</td>" for i, c in enumerate(r)) + "</tr>"
        for r in rows
    )
    return f"<table width='100%' cellpadding='3' cellspacing='0'><tr>{cells}</tr>{body}</table>"


def items_html(items: ItemStatistics, bank: Bank) -> str:
    """Reliability per competency, the questions to look at, every item's figures, and the scenarios' picks."""
    parts = [_items_html(items)]
    if items.too_few:
        return parts[0]
    if not items.faults:
        parts.append(f"<p>{esc(translate('Report', 'No question looks faulty in these results.'))}</p>")
    heading = translate("Report", "Each question")
    legend = translate(
        "Report",
        "Facility: the average score on the question, out of 100. Not yet: the share who answered “not yet”. "
        "r (rest): how well the question agrees with the rest of its competency — below 0.2 it hardly tells people "
        "apart. Alpha without: the competency's alpha if the question were left out.",
    )
    parts.append(f"<h2>{esc(heading)}</h2><p class='muted'>{esc(legend)}</p>")
    names = {cid: c.name for cid, c in bank.competencies.items()}
    head = [
        translate("Report", "Question"),
        translate("Report", "Competency"),
        "n",
        translate("Report", "Facility"),
        "SD",
        translate("Report", "Not yet"),
        translate("Report", "r (rest)"),
        translate("Report", "Alpha without"),
    ]
    rows = [
        [
            inline_html(i.text) + (" <i>(R)</i>" if i.reverse else ""),
            inline_html(names.get(i.competency, i.competency)),
            str(i.n),
            _num(i.facility),
            _num(None if i.sd is None else i.sd * 100),
            _pct(i.not_yet_share),
            _num(i.corrected_r, 2),
            _num(i.alpha_if_deleted, 2),
        ]
        for i in items.items or ()
    ]
    parts.append(_table(head, rows))
    if items.scenarios:
        heading = translate("Report", "Scenarios: what people picked")
        legend = translate(
            "Report",
            "The share who picked each response as the best and as the worst; the bank's key is marked ✓ and ✗.",
        )
        parts.append(f"<h2>{esc(heading)}</h2><p class='muted'>{esc(legend)}</p>")
        head = [translate("Report", "Response"), translate("Report", "Best"), translate("Report", "Worst")]
        for s in items.scenarios:
            parts.append(f"<h3>{inline_html(s.text)}</h3>")
            rows = [
                [
                    inline_html(o.text),
                    _pct(o.best_share) + (" ✓" if o.keyed_best else ""),
                    _pct(o.worst_share) + (" ✗" if o.keyed_worst else ""),
                ]
                for o in s.options
            ]
            parts.append(_table(head, rows))
    return "".join(parts)


def compare_html(result: Paired | Unpaired, bank: Bank, before: str, after: str) -> str:
    """Before and after: each participant code's change (paired), or two groups side by side (unpaired)."""
    title = translate("Report", "Before and after: {before} → {after}").format(before=before, after=after)
    parts = [f"<h2>{esc(title)}</h2>"]
    if isinstance(result, Unpaired):
        people = translate("Report", "People who finished: {a} in {before}, {b} in {after}.").format(
            a=result.finished_a, b=result.finished_b, before=before, after=after
        )
        parts.append(f"<p>{esc(people)}</p>")
        if result.too_few:
            note = translate("Report", "Fewer than {minimum} in a group: only the counts are shown.")
            return "".join(parts) + f"<p>{esc(note.format(minimum=result.minimum))}</p>"
        legend = translate(
            "Report",
            "Two different groups: the difference of their averages, with its 95 % confidence interval (Welch) and "
            "Hedges' g, the difference in standard deviations (0.2 small, 0.5 medium, 0.8 large).",
        )
        parts.append(f"<p class='muted'>{esc(legend)}</p>")
        head = [
            translate("Report", "Competency"),
            before,
            after,
            translate("Report", "Difference"),
            translate("Report", "95 % interval"),
            "g",
        ]
        rows = [
            [
                inline_html(c.name),
                _num(c.mean_a, 1),
                _num(c.mean_b, 1),
                _signed(c.difference),
                _interval(c.ci_low, c.ci_high),
                _signed(c.hedges_g, 2),
            ]
            for c in result.competencies or ()
        ]
        return "".join(parts) + _table(head, rows)
    pairs = translate("Report", "People with an attempt in both (the same participant code): {n}.").format(
        n=result.pairs
    )
    parts.append(f"<p>{esc(pairs)}</p>")
    if result.too_few:
        note = translate("Report", "Fewer than {minimum} pairs: only the count is shown.")
        return "".join(parts) + f"<p>{esc(note.format(minimum=result.minimum))}</p>"
    m = result.bands
    if m is not None:
        moved = translate(
            "Report", "Readiness bands: {up} moved up, {same} stayed, {down} moved down ({excluded} not comparable)."
        ).format(up=m.up, same=m.same, down=m.down, excluded=m.excluded)
        parts.append(f"<p>{esc(moved)}</p>")
    legend = translate(
        "Report",
        "Change: the average of each person's later score minus their first, with its 95 % confidence interval; "
        "an interval that does not include 0 is a change the group shows beyond chance. d_z: the change in "
        "standard deviations of the changes (0.2 small, 0.5 medium, 0.8 large).",
    )
    parts.append(f"<p class='muted'>{esc(legend)}</p>")
    head = [
        translate("Report", "Competency"),
        translate("Report", "Pairs"),
        before,
        after,
        translate("Report", "Change"),
        translate("Report", "95 % interval"),
        "d_z",
    ]
    rows = [
        [
            inline_html(c.name),
            str(c.n),
            _num(c.mean_before, 1),
            _num(c.mean_after, 1),
            _signed(c.mean_change),
            _interval(c.ci_low, c.ci_high),
            _signed(c.d_z, 2),
        ]
        for c in result.competencies or ()
    ]
    return "".join(parts) + _table(head, rows)


def _signed(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:+.{digits}f}".replace("-", "−")


def _interval(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return "–"
    return f"{_signed(low)} {translate('Report', 'to')} {_signed(high)}"
