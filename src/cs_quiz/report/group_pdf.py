"""The group report a facilitator hands out (issue 18): a class's or workshop's results on one to three A4 pages.

What it says comes from :mod:`cs_quiz.stats` (the results as people were told them, never a name): how many took
it and finished, the bands, each competency's spread as figures and as a box plot, and with item statistics the
reliability per competency and the questions to look at. A group below the minimum gets its counts only. Laid out
and paginated as the personal report is (:mod:`cs_quiz.report.pdf`); QtGui only.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPen,
    QTextDocument,
)

from cs_quiz import __version__
from cs_quiz.atomic import atomic_write_bytes
from cs_quiz.bank.model import Bank
from cs_quiz.report.chartpaint import LIGHT
from cs_quiz.report.markup import ACCENT, MUTED, STYLE, TINT, esc, inline_html, translate, when_text
from cs_quiz.report.pdf import blank_document, document_pdf
from cs_quiz.report.qtext import render
from cs_quiz.stats.group import GroupResults
from cs_quiz.stats.items import ItemStatistics
from cs_quiz.stats.numbers import Summary

BOX_WIDTH, BOX_HEIGHT = 260, 18  # a box plot's size in layout units (96 dpi)
_SCALE = 3  # painted at three times that, so it stays sharp when printed


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(100 * share)} %"


def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}" if digits else str(round(value))


def box_plot(summary: Summary, bank: Bank) -> QImage:
    """One competency's scores on a 0–100 axis: the band boundaries as faint lines, whiskers from the lowest to
    the highest score, the box from the first to the third quartile, the median as a bold line."""
    image = QImage(BOX_WIDTH * _SCALE, BOX_HEIGHT * _SCALE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.scale(_SCALE, _SCALE)
    left, right, mid = 4.0, BOX_WIDTH - 4.0, BOX_HEIGHT / 2

    def x(score: float) -> float:
        return left + (right - left) * max(0.0, min(100.0, score)) / 100

    painter.setPen(QPen(QColor(LIGHT.grid), 0.6))
    for band in bank.bands[1:]:
        painter.drawLine(QPointF(x(band.min), 1), QPointF(x(band.min), BOX_HEIGHT - 1))
    painter.setPen(QPen(QColor(LIGHT.axis), 0.6))
    painter.drawLine(QPointF(left, BOX_HEIGHT - 1), QPointF(right, BOX_HEIGHT - 1))
    parts = (summary.min, summary.q1, summary.median, summary.q3, summary.max)
    if all(p is not None for p in parts):
        low, q1, median, q3, high = (float(p) for p in parts)  # type: ignore[arg-type]
        ink = QPen(QColor(LIGHT.text), 1.0)
        painter.setPen(ink)
        painter.drawLine(QPointF(x(low), mid), QPointF(x(q1), mid))
        painter.drawLine(QPointF(x(q3), mid), QPointF(x(high), mid))
        for end in (low, high):
            painter.drawLine(QPointF(x(end), mid - 4), QPointF(x(end), mid + 4))
        painter.setBrush(QColor(LIGHT.bands[min(1, len(LIGHT.bands) - 1)]))
        painter.drawRect(QRectF(x(q1), mid - 6, max(1.0, x(q3) - x(q1)), 12))
        painter.setPen(QPen(QColor(LIGHT.text), 2.2))
        painter.drawLine(QPointF(x(median), mid - 7), QPointF(x(median), mid + 7))
    painter.end()
    return image


def group_html(
    group: GroupResults, bank: Bank, *, selection: str, when: datetime, items: ItemStatistics | None = None
) -> tuple[str, dict[str, QImage]]:
    """The report as rich text, and the box plots it shows by name."""
    images: dict[str, QImage] = {}
    parts = [f"<h1>{inline_html(_title(bank))}</h1>"]
    made = translate("Report", "Made {when} with cs-quiz {version}.").format(when=when_text(when), version=__version__)
    parts.append(f"<p class='meta'>{esc(selection)}</p><p class='meta'>{esc(made)}</p>")
    counts = translate("Report", "Started: {started}. Finished: {finished} (completion {rate}).").format(
        started=group.started, finished=group.finished, rate=_pct(group.completion_rate)
    )
    parts.append(f"<p>{esc(counts)}</p>")
    if group.too_few:
        note = translate(
            "Report",
            "Fewer than {minimum} finished attempts: only the counts are shown, so that no one can be picked out.",
        ).format(minimum=group.minimum)
        parts.append(f"<p>{esc(note)}</p>")
        return "".join(parts), images
    quality = translate("Report", "Flagged for response quality: {flagged}. Result withheld: {withheld}.").format(
        flagged=_pct(group.flagged_share), withheld=_pct(group.withheld_share)
    )
    parts.append(f"<p>{esc(quality)}</p>")
    heading = translate("Report", "Readiness bands")
    parts.append(f"<h2>{esc(heading)}</h2>")
    rows = "".join(
        f"<tr><td>{inline_html(b.name if b.band not in ('withheld', 'not-scored') else _special(b.band))}</td>"
        f"<td align='right'>{b.count}</td><td align='right'>{_pct(b.count / group.finished)}</td></tr>"
        for b in group.bands or ()
    )
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (translate("Report", "Band"), translate("Report", "People"), translate("Report", "Share"))
    )
    parts.append(f"<table width='70%' cellpadding='3' cellspacing='0'><tr>{head}</tr>{rows}</table>")
    heading = translate("Report", "Competencies (0–100)")
    parts.append(f"<h2>{esc(heading)}</h2>")
    legend = translate(
        "Report",
        "Each box runs from the first to the third quartile: the middle half of the group. The bold line is the "
        "median, the whiskers reach the lowest and the highest score, and the faint lines are where the bands begin.",
    )
    parts.append(f"<p class='muted'>{esc(legend)}</p>")
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Competency"),
            "n",
            translate("Report", "Median"),
            translate("Report", "Quartiles"),
            translate("Report", "Mean ± SD"),
            "",
        )
    )
    rows = ""
    for i, c in enumerate(group.competencies or ()):
        s = c.summary
        name = f"box{i}"
        images[name] = box_plot(s, bank)
        shade = f" bgcolor='{TINT}'" if i % 2 else ""
        rows += (
            f"<tr{shade}><td>{inline_html(c.name)}</td><td align='right'>{s.n}</td>"
            f"<td align='right'>{_num(s.median)}</td><td align='right'>{_num(s.q1)}\u2013{_num(s.q3)}</td>"
            f"<td align='right'>{_num(s.mean)} \u00b1 {_num(s.sd)}</td>"
            f"<td><img src='{name}' width='{BOX_WIDTH}' height='{BOX_HEIGHT}'/></td></tr>"
        )
    parts.append(f"<table width='100%' cellpadding='2' cellspacing='0'><tr>{head}</tr>{rows}</table>")
    if items is not None:
        parts.append(_items_html(items))
    closing = translate(
        "Report",
        "No name appears in this report. The figures are the results as each person was told them; a self-assessment "
        "describes how people see themselves, not a test for hiring.",
    )
    parts.append(f"<p class='closing'>{esc(closing)}</p>")
    return "".join(parts), images


def _special(band: str) -> str:
    return translate("Report", "Result withheld") if band == "withheld" else translate("Report", "Not scored")


def _items_html(items: ItemStatistics) -> str:
    heading = translate("Report", "How well the questions work")
    parts = [f"<h2>{esc(heading)}</h2>"]
    if items.too_few:
        text = translate("Report", "Too few finished attempts to judge ({n}; at least {minimum}).").format(
            n=items.finished, minimum=items.minimum
        )
        return parts[0] + f"<p>{esc(text)}</p>"
    head = "".join(
        f"<th>{esc(h)}</th>"
        for h in (
            translate("Report", "Competency"),
            translate("Report", "Questions"),
            translate("Report", "Complete"),
            "alpha",
            translate("Report", "95 % interval"),
            "SEM",
        )
    )
    rows = "".join(
        f"<tr><td>{inline_html(c.name)}</td><td align='right'>{c.items}</td><td align='right'>{c.complete}</td>"
        f"<td align='right'>{_num(c.alpha, 2)}</td>"
        f"<td align='right'>{_num(c.ci_low, 2)}\u2013{_num(c.ci_high, 2)}</td><td align='right'>{_num(c.sem, 1)}</td>"
        "</tr>"
        for c in items.competencies or ()
    )
    parts.append(f"<table width='100%' cellpadding='2' cellspacing='0'><tr>{head}</tr>{rows}</table>")
    if items.faults:
        heading = translate("Report", "Questions to look at")
        parts.append(f"<h3>{esc(heading)}</h3>")
        parts.append("<ul>" + "".join(f"<li>{esc(render(r))}</li>" for f in items.faults for r in f.reasons) + "</ul>")
    return "".join(parts)


def build_group_document(
    group: GroupResults, bank: Bank, *, selection: str, when: datetime, items: ItemStatistics | None = None
) -> QTextDocument:
    doc, device = blank_document(STYLE + f"th {{ color: {ACCENT}; }} .muted {{ color: {MUTED}; }}")
    body, images = group_html(group, bank, selection=selection, when=when, items=items)
    for name, image in images.items():
        doc.addResource(int(QTextDocument.ResourceType.ImageResource), QUrl(name), image)
    setattr(doc, "_cs_quiz_refs", (device, images))  # noqa: B010 - kept alive with the document
    doc.setHtml(body)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _title(bank))
    return doc


def _title(bank: Bank) -> str:
    return translate("Report", "{bank} \u2014 group results").format(bank=bank.meta.title)


def group_pdf_bytes(
    group: GroupResults,
    bank: Bank,
    *,
    selection: str,
    when: datetime | None = None,
    items: ItemStatistics | None = None,
) -> bytes:
    when = when or datetime.now()
    doc = build_group_document(group, bank, selection=selection, when=when, items=items)
    footer = " \u00b7 ".join((bank.meta.title, selection, when_text(when)))
    return document_pdf(doc, title=_title(bank), footer=footer)


def write_group_pdf(
    path: str | os.PathLike[str],
    group: GroupResults,
    bank: Bank,
    *,
    selection: str,
    when: datetime | None = None,
    items: ItemStatistics | None = None,
) -> None:
    """Write the group report as an A4 PDF at ``path``, atomically. Raises OSError when it cannot be written."""
    atomic_write_bytes(Path(path), group_pdf_bytes(group, bank, selection=selection, when=when, items=items))
