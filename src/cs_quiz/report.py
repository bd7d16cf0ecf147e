"""The printable report: one evaluation as a paginated :class:`QTextDocument`, written to PDF or sent to a printer.

It shows what the results screen shows (readiness band and score, the competency chart and the same figures as a
table, strengths and gaps, career stage, development actions, certifications and associations, the best-fitting
specialisation, response-quality notes) with the person's nickname, the date and the bank's version.

How it stays faithful on paper:

- The chart is a custom text object drawn by :func:`cs_quiz.chartpaint.paint_competency_chart` with whatever
  painter draws the page, so in a PDF it is vector drawing and its labels are real text (an image would be lossy
  JPEG with labels nobody can search or read aloud).
- The document is laid out in 96-dpi units on a fixed-resolution device, so it paginates the same on every machine;
  pages are painted one by one with our own footer (Qt's ``print()`` would add a bare page number instead).
- The bundled DejaVu Sans fonts are registered before anything is laid out: with no fonts installed Qt writes a
  PDF with no text at all.
- Every piece of bank text is HTML-escaped first; only the bank format's small Markdown (``**bold**``,
  ``*italic*``, ``- `` lists) is turned into markup afterwards.

QtGui and QtPrintSupport only: no widgets, so the CLI writes reports without a display.
"""

from __future__ import annotations

import html
import os
import re
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from . import __version__
from .atomic import atomic_write_bytes
from .chartpaint import (
    ChartColors,
    band_index,
    ensure_fonts,
    not_enough_text,
    paint_competency_chart,
    preferred_height,
    sorted_scores,
    without_ligatures,
)
from .engine import Evaluation
from .numbers import round_half_up
from .qtext import number, render
from .results import Recommendation

# Layout units: the document is laid out as if on a 96-dpi screen, whatever it is finally painted on.
LAYOUT_DPI = 96
BODY_PT = 9.0
FOOTER_PT = 7.5
MARGINS_MM = QMarginsF(15, 13, 15, 12)
CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
_CHART_MARK = "\ue000cs-quiz-chart\ue000"  # a private-use placeholder no bank text contains

INK = "#1f2328"
MUTED = "#59636e"
ACCENT = "#0b4f79"
RULE = "#d1d9e0"
TINT = "#f1f5f9"
HEAD = "#dde6ee"

_app: QGuiApplication | None = None  # kept alive here when this module had to create it


# Every user-visible text goes through translate("Report", "literal") so pyside6-lupdate can extract it (it does
# not see through a helper such as translate("Report", text)). Placeholders are filled with .format() after translation.
translate = QCoreApplication.translate


def ensure_app() -> QGuiApplication:
    """The running QGuiApplication, or a new one when there is none (e.g. the ``cs-quiz report`` command).

    On Linux and the BSDs with no display (no DISPLAY or WAYLAND_DISPLAY) and no QT_QPA_PLATFORM of the user's, Qt's
    ``offscreen`` platform is chosen first, since the default one would abort the process. Raises RuntimeError when a
    QCoreApplication (not Gui) already exists: fonts and painting need a GUI application.
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("the report needs a QGuiApplication, but a plain QCoreApplication is running")
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else "cs-quiz"])
    return _app


# ---------------------------------------------------------------------------------------------------------------
# Bank text: escape, then the format's small Markdown.

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")


def inline_html(text: str) -> str:
    """Bank text for use inside a paragraph: escaped, with ``**bold**`` and ``*italic*``, whitespace collapsed."""
    escaped = html.escape(" ".join(str(text).split()), quote=True)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _ITALIC.sub(r"<i>\1</i>", escaped)


def block_html(text: str, *, css_class: str = "") -> str:
    """Bank text as paragraphs and ``- `` lists (blank lines separate paragraphs; a list item may continue on
    indented lines)."""
    attr = f' class="{css_class}"' if css_class else ""
    out: list[str] = []
    para: list[str] = []
    items: list[list[str]] = []

    def flush_para() -> None:
        if para:
            out.append(f"<p{attr}>{inline_html(' '.join(para))}</p>")
            para.clear()

    def flush_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{inline_html(' '.join(i))}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in str(text).splitlines():
        bullet = _BULLET.match(raw)
        if bullet and not raw.lstrip().startswith("**"):
            flush_para()
            items.append([bullet.group(1)])
        elif not raw.strip():
            flush_para()
            flush_list()
        elif items and raw[:1].isspace():
            items[-1].append(raw)
        else:
            flush_list()
            para.append(raw)
    flush_para()
    flush_list()
    return "".join(out)


def _cap(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


# ---------------------------------------------------------------------------------------------------------------
# The chart as a text object, painted by whatever painter draws the page.


class _ChartObject(QPyTextObject):
    """Lays out and paints the competency chart where the placeholder character sits in the document."""

    def __init__(self, doc: QTextDocument, ev: Evaluation, colors: ChartColors, font: QFont) -> None:
        super().__init__(doc)
        self._ev = ev
        self._colors = colors
        self._font = font

    def _width(self, doc: QTextDocument) -> float:
        width = doc.pageSize().width() if doc.pageSize().width() > 0 else doc.textWidth()
        return (width if width > 0 else 680.0) - 2 * doc.documentMargin() - 2

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        width = self._width(doc)
        return QSizeF(width, preferred_height(self._ev.bank, self._ev.score, width, self._font) + 4)

    def drawObject(
        self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> None:
        area = QRectF(rect).adjusted(0, 2, 0, -2)
        paint_competency_chart(painter, area, self._ev.bank, self._ev.score, colors=self._colors, font=self._font)


def _pixel_font(family: str, points: float, *, bold: bool = False) -> QFont:
    """A font sized in layout units, which stay right however the painter is scaled (see the module docstring)."""
    font = without_ligatures(QFont(family))
    font.setPixelSize(max(1, round(points * LAYOUT_DPI / 72)))
    font.setBold(bold)
    return font


# ---------------------------------------------------------------------------------------------------------------
# The document.

_STYLE = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 17pt; font-weight: bold; color: {ACCENT}; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; font-weight: bold; color: {ACCENT}; margin-top: 11px; margin-bottom: 3px; }}
h3 {{ font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
ul {{ margin-top: 0px; margin-bottom: 4px; margin-left: 0px; -qt-list-indent: 1; }}
li {{ margin-bottom: 2px; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.meta {{ color: {MUTED}; margin-bottom: 1px; }}
.note {{ margin-left: 14px; }}
.closing {{ color: {MUTED}; font-style: italic; margin-top: 12px; }}
th {{ background-color: {HEAD}; font-weight: bold; text-align: left; }}
"""


def _when_text(when: datetime) -> str:
    """The date (and time, unless midnight) as the reader's locale writes it, with the full year (25/11/2026
    14:03 in Spanish). English keeps ISO 2026-11-25: US and UK readers would read 11/25 and 25/11 differently."""
    with_time = (when.hour, when.minute) != (0, 0)
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.English):
        return when.strftime("%Y-%m-%d %H:%M") if with_time else when.strftime("%Y-%m-%d")
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    day = QDate(when.year, when.month, when.day)  # from the parts: PySide6's stubs take no datetime.date
    text = locale.toString(day, pattern)
    if with_time:
        text += " " + locale.toString(QTime(when.hour, when.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))
    return text


def _header(ev: Evaluation, nickname: str, when: datetime) -> list[str]:
    bank, result = ev.bank, ev.score
    sections = ", ".join(bank.sections[s].title if s in bank.sections else s for s in result.sections)
    parts = ["<h1>" + _esc(translate("Report", "Readiness report")) + "</h1>"]
    parts.append(f"<p style='font-size:11pt; margin-bottom:6px'>{inline_html(bank.meta.title)}</p>")
    rows: list[tuple[str, str]] = []
    if nickname.strip():
        rows.append((translate("Report", "Prepared for"), _esc(" ".join(nickname.split()))))
    rows.append((translate("Report", "Date"), _esc(_when_text(when))))
    rows.append(
        (
            translate("Report", "Question bank"),
            _esc(
                translate("Report", "{title}, version {version}").format(
                    title=bank.meta.title, version=bank.meta.version
                )
            ),
        )
    )
    rows.append((translate("Report", "Taken"), _esc(sections)))
    rows.append(
        (
            translate("Report", "Answered"),
            _esc(
                translate("Report", "{answered} of {total} questions").format(
                    answered=result.answered, total=result.total
                )
            ),
        )
    )
    cells = "".join(
        f"<tr><td style='color:{MUTED}; padding-right:10px'>{_esc(k)}</td><td>{v}</td></tr>" for k, v in rows
    )
    parts.append(f"<table cellspacing='0' cellpadding='1'>{cells}</table>")
    return parts


def _readiness(ev: Evaluation) -> list[str]:
    bank, r = ev.bank, ev.score.readiness
    if r.rounded is None:
        body = (
            "<p style='font-size:13pt; font-weight:bold'>"
            + _esc(translate("Report", "Not enough answers to score yet."))
            + "</p>"
            "<p>" + _esc(translate("Report", "Answer more questions in each area to see your readiness.")) + "</p>"
        )
    else:
        body = (
            f"<p style='margin-bottom:6px'><span style='font-size:22pt; font-weight:bold; color:{ACCENT}'>"
            f"{r.rounded}</span><span style='font-size:12pt; color:{MUTED}'> / 100</span>"
            f"&nbsp;&nbsp;&nbsp;<span style='font-size:14pt; font-weight:bold'>{inline_html(r.band_name)}</span></p>"
            + block_html(r.meaning)
        )
        if r.capped_by:
            uncapped = next((b.name for b in bank.bands if b.id == r.uncapped_band), r.uncapped_band or "")
            lines = []
            for cid in r.capped_by:
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
                lines.append(_esc(text))
            intro = translate(
                "Report",
                "Your overall score alone would place you in \u201c{band}\u201d, but some areas count as essential:",
            ).format(band=uncapped)
            body += f"<p><b>{_esc(intro)}</b> {' '.join(lines)}</p>"
    return [
        "<h2>" + _esc(translate("Report", "Your readiness")) + "</h2>",
        f"<table width='100%' cellspacing='0' cellpadding='8' style='background-color:{TINT}'>"
        f"<tr><td>{body}</td></tr></table>",
    ]


def _competencies(ev: Evaluation) -> list[str]:
    """The chart, then the same figures as a table, in the same order."""
    bank, result = ev.bank, ev.score
    by_id = {c.competency: c for c in result.competencies}
    caption = translate(
        "Report", "Scores from 0 to 100, highest first. Each bar has the pattern of the band its score falls in."
    )
    parts = [
        "<h2>" + _esc(translate("Report", "Your competencies")) + "</h2>",
        f"<p class='muted'>{_esc(caption)}</p>",
        f"<p>{_CHART_MARK}</p>",
    ]
    heads = (
        (translate("Report", "Competency"), "", "40%"),
        (translate("Report", "Score"), " align='right'", "12%"),  # "Puntuación" needs the room
        (translate("Report", "Band"), " style='padding-left:8px'", "34%"),
        (translate("Report", "Answered"), " align='right'", "14%"),
    )
    head = "".join(f"<th width='{w}'{a}>{_esc(h)}</th>" for h, a, w in heads)
    rows = []
    for n, (cid, name, value) in enumerate(sorted_scores(result)):
        c = by_id[cid]
        if value is None:
            shown, band = "\u2014", f"<i>{_esc(not_enough_text())}</i>"
        else:
            shown = f"<b>{number(round_half_up(value))}</b>"
            index = band_index(bank, value)
            band = inline_html(bank.bands[index].name) if index is not None else ""
        answered = _esc(
            translate("Report", "{answered} of {available}").format(answered=c.answered, available=c.available)
        )
        shade = f" style='background-color:{TINT}'" if n % 2 else ""
        rows.append(
            f"<tr{shade}><td>{inline_html(name)}</td><td align='right'>{shown}</td>"
            f"<td style='padding-left:8px'>{band}</td>"
            f"<td align='right'>{answered}</td></tr>"
        )
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
            else "<p class='muted'>" + _esc(translate("Report", "None")) + "</p>"
        )

    return [
        "<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:10px'><tr>"
        "<td width='50%'><h2>" + _esc(translate("Report", "Strongest areas")) + f"</h2>{column(advice.strengths)}</td>"
        f"<td width='50%'><h2>"
        + _esc(translate("Report", "Biggest gaps"))
        + f"</h2>{column(advice.gaps)}</td></tr></table>"
    ]


def _flags(ev: Evaluation) -> list[str]:
    if not ev.score.flags:
        return []
    items = "".join(f"<li>{inline_html(_cap(render(f.message)))}</li>" for f in ev.score.flags)
    return [
        "<h2>" + _esc(translate("Report", "Response-quality notes")) + "</h2>",
        "<p>"
        + _esc(
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
        "<h2>" + _esc(translate("Report", "Career stage and next step")) + "</h2>",
        "<p>"
        + _esc(translate("Report", "Where you are now:"))
        + f" <b>{inline_html(s.name)}</b>. {inline_html(s.description)}</p>",
    ]
    if s.next_stage:
        parts.append("<p>" + _esc(translate("Report", "Next stage:")) + f" <b>{inline_html(s.next_name)}</b></p>")
    parts.append("<p><b>" + _esc(translate("Report", "Your next step:")) + "</b></p>")
    parts.append(block_html(s.next_step, css_class="note"))
    return parts


def _level_name(level: str) -> str:
    if level == "practice":
        return translate("Report", "Practice now")
    if level == "stretch":
        return translate("Report", "Stretch assignment")
    if level == "course":
        return translate("Report", "Course")
    return _cap(level)


def _actions(ev: Evaluation) -> list[str]:
    if not ev.advice.actions:
        return []
    parts = [
        "<h2>" + _esc(translate("Report", "Development actions")) + "</h2>",
        "<p class='muted'>"
        + _esc(translate("Report", "For your biggest gaps, from a step you can take now to a course."))
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
        items = "".join(f"<li><b>{_esc(_level_name(a.level))}:</b> {inline_html(a.text)}</li>" for a in acts)
        parts.append(f"<h3>{_esc(title)}</h3><ul>{items}</ul>")
    return parts


def _recommendation(rec: Recommendation, shared: tuple[str, ...] = ()) -> str:
    """A certification or association: name, issuer and address on one line, then what it is, its prerequisites
    (and whether the answers meet them) and the reasons not already given for the whole list (``shared``)."""
    head = f"<b>{inline_html(rec.title)}</b>"
    if rec.issuer:
        head += f" \u2014 {inline_html(rec.issuer)}"
    if rec.url:
        head += f" &nbsp;<span style='color:{ACCENT}'>{_esc(rec.url)}</span>"
    out = [f"<p style='margin-top:5px; margin-bottom:1px'>{head}</p>"]
    if rec.detail and rec.detail != rec.title:
        out.append(block_html(rec.detail, css_class="note"))
    if rec.prerequisites:
        eligible = {
            True: translate("Report", "Your answers meet these prerequisites."),
            False: translate("Report", "Not yet, going by your answers."),
            None: "",
        }[rec.eligible]
        text = "<b>" + _esc(translate("Report", "Prerequisites:")) + f"</b> {inline_html(rec.prerequisites)}"
        if eligible:
            text += f" <i>{_esc(eligible)}</i>"
        out.append(f"<p class='note'>{text}</p>")
    own = [r for r in _reasons(rec) if r not in shared]
    if own:
        why = translate("Report", "Why: {reasons}.").format(reasons="; ".join(own))
        out.append(f"<p class='note muted small'>{_esc(why)}</p>")
    return "".join(out)


def _reasons(rec: Recommendation) -> tuple[str, ...]:
    """A recommendation's reasons in the reader's language."""
    return tuple(render(r) for r in rec.because)


def _recommendation_list(recs: tuple[Recommendation, ...]) -> list[str]:
    """Certifications or associations. Reasons behind most of them (at least two) are said once, above the list:
    the same three long reasons under each of four certifications would fill a third of a page."""
    counts: dict[str, int] = {}
    for rec in recs:
        for reason in dict.fromkeys(_reasons(rec)):
            counts[reason] = counts.get(reason, 0) + 1
    shared = tuple(r for r, n in counts.items() if n >= 2 and n * 2 >= len(recs))
    parts = []
    if shared:
        everywhere = all(r in _reasons(rec) for rec in recs for r in shared)
        text = (
            translate("Report", "Suggested because {reasons}.")
            if everywhere
            else translate("Report", "Most of these are suggested because {reasons}.")
        ).format(reasons="; ".join(shared))
        parts.append(f"<p class='muted small'>{_esc(text)}</p>")
    parts.extend(_recommendation(rec, shared) for rec in recs)
    return parts


def _next_steps(recs: tuple[Recommendation, ...]) -> list[str]:
    """Next steps as lists under the reasons they share. A reason behind most of the steps (often the years of
    experience) is said once at the top; the others head the steps they triggered. Repeating every reason under
    every step would take a page of its own."""
    counts: dict[str, int] = {}
    for rec in recs:
        for reason in dict.fromkeys(_reasons(rec)):
            counts[reason] = counts.get(reason, 0) + 1
    common = [r for r, n in counts.items() if n >= 3 and n * 2 >= len(recs)]
    groups: dict[tuple[str, ...], list[Recommendation]] = {}
    for rec in recs:
        groups.setdefault(tuple(r for r in _reasons(rec) if r not in common), []).append(rec)
    parts: list[str] = []
    if common:
        text = translate("Report", "Most of these take into account that {reasons}.").format(reasons="; ".join(common))
        parts.append(f"<p class='muted small'>{_esc(text)}</p>")
    pending: list[str] = []  # steps with a reason of their own, written as one list

    def flush() -> None:
        if pending:
            parts.append(f"<ul>{''.join(pending)}</ul>")
            pending.clear()

    for because, group in groups.items():
        why = translate("Report", "because {reasons}").format(reasons="; ".join(because)) if because else ""
        steps = [_step_html(rec) for rec in group]
        if len(group) == 1:
            tail = f" <span class='muted small'>({_esc(why)})</span>" if why else ""
            pending.append(f"<li>{steps[0]}{tail}</li>")
            continue
        flush()
        if why:
            parts.append(f"<p class='muted small' style='margin-top:3px; margin-bottom:1px'>{_esc(_cap(why))}:</p>")
        parts.append("<ul>" + "".join(f"<li>{step}</li>" for step in steps) + "</ul>")
    flush()
    return parts


def _step_html(rec: Recommendation) -> str:
    text = inline_html(rec.title)
    if rec.detail and rec.detail != rec.title:
        text += f" {inline_html(rec.detail)}"
    return text


def _recommendations(ev: Evaluation) -> list[str]:
    parts: list[str] = []
    advice = ev.advice
    if advice.next_steps:
        parts.append("<h2>" + _esc(translate("Report", "Recommended next steps")) + "</h2>")
        parts.extend(_next_steps(advice.next_steps))
    if advice.certifications:
        parts.append("<h2>" + _esc(translate("Report", "Certifications")) + "</h2>")
        parts.extend(_recommendation_list(advice.certifications))
    if advice.associations:
        parts.append("<h2>" + _esc(translate("Report", "Professional associations")) + "</h2>")
        parts.extend(_recommendation_list(advice.associations))
    return parts


def _specialisation(ev: Evaluation) -> list[str]:
    sp = ev.advice.specialisation
    if sp is None:
        return []
    fit = translate("Report", "fit {fit} of 100").format(fit=number(round_half_up(sp.fit)))
    return [
        "<h2>" + _esc(translate("Report", "Best-fitting director role")) + "</h2>",
        f"<p><b>{inline_html(sp.name)}</b> <span class='muted'>({_esc(fit)})</span></p>",
        block_html(sp.description),
        "<p>" + _esc(translate("Report", "Why:")) + f" {inline_html(_cap(render(sp.because)))}.</p>",
    ]


def report_html(ev: Evaluation, *, nickname: str = "", when: datetime | None = None) -> str:
    """The report body as Qt rich-text HTML, with a placeholder character where the chart goes."""
    when = when or datetime.now()
    parts = [
        *_header(ev, nickname, when),
        *_readiness(ev),
        *_competencies(ev),
        *_flags(ev),
        *_strengths_and_gaps(ev),
        *_stage(ev),
        *_actions(ev),
        *_recommendations(ev),
        *_specialisation(ev),
        "<p class='closing'>"
        + _esc(
            translate(
                "Report", "This is a self-assessment for exploring and planning your development, not a hiring test."
            )
        )
        + "</p>",
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def build_document(
    ev: Evaluation,
    *,
    nickname: str = "",
    when: datetime | None = None,
    colors: ChartColors | None = None,
    page_width: float = 0.0,
) -> QTextDocument:
    """The whole report as a document laid out in 96-dpi units (ready for :func:`paint_document`).

    ``page_width`` (layout units) sets the text width for showing it on screen; painting on a page sets its own.
    Creates the QGuiApplication if there is none (see :func:`ensure_app`) and registers the bundled fonts.
    """
    ensure_app()
    family = ensure_fonts()
    doc = QTextDocument()
    device = QImage(1, 1, QImage.Format.Format_RGB32)  # fixes the layout's dpi: same pages on every machine
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    base = without_ligatures(QFont(family))
    base.setPointSizeF(BODY_PT)
    doc.setDefaultFont(base)
    doc.setDefaultStyleSheet(_STYLE)
    if page_width > 0:
        doc.setTextWidth(page_width)
    chart = _ChartObject(doc, ev, colors or ChartColors(), _pixel_font(family, BODY_PT - 0.5))
    doc.documentLayout().registerHandler(CHART_OBJECT, chart)
    # Both must live as long as the document: the layout keeps only C++ pointers to them.
    setattr(doc, "_cs_quiz_refs", (device, chart))  # noqa: B010 - a dynamic attribute on a Qt wrapper
    doc.setHtml(report_html(ev, nickname=nickname, when=when))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, _title(ev, nickname))

    found = doc.find(_CHART_MARK)
    if not found.isNull():
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        found.insertText("\ufffc", fmt)
    return doc


def _title(ev: Evaluation, nickname: str) -> str:
    if nickname.strip():
        return translate("Report", "{bank} \u2014 report for {nickname}").format(
            bank=ev.bank.meta.title, nickname=nickname.strip()
        )
    return translate("Report", "{bank} \u2014 report").format(bank=ev.bank.meta.title)


def paint_document(doc: QTextDocument, device: QPagedPaintDevice, *, footer: str = "") -> int:
    """Paginate ``doc`` to ``device``'s page (its margins already applied) and paint every page with a footer of
    ``footer`` and "Page n of m". Returns the number of pages. Raises OSError if the device cannot be painted on.
    """
    sx = device.logicalDpiX() / LAYOUT_DPI
    sy = device.logicalDpiY() / LAYOUT_DPI
    width, height = device.width() / sx, device.height() / sy
    family = QFont(doc.defaultFont()).family()
    small = _pixel_font(family, FOOTER_PT)
    footer_h = QFontMetricsF(small).height() * 2.2
    page = QSizeF(width, height - footer_h)
    doc.setPageSize(page)
    keep_together(doc)
    pages = doc.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Report", "cannot start painting the report (is the printer or file available?)"))
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        painter.scale(sx, sy)
        for i in range(pages):
            if i and not device.newPage():
                raise OSError(translate("Report", "cannot start a new page"))
            painter.save()
            painter.translate(0, -i * page.height())
            doc.drawContents(painter, QRectF(0, i * page.height(), page.width(), page.height()))
            painter.restore()
            _paint_footer(painter, QRectF(0, height - footer_h, width, footer_h), small, footer, i + 1, pages)
    finally:
        painter.end()
    return pages


def keep_together(doc: QTextDocument, *, lines_after: float = 3.0, max_moves: int = 30) -> int:
    """Start a new page before a heading that would end a page (followed there by less than ``lines_after``
    lines), and before a table that would be split with only a few rows, or only its last few rows, on the first
    page; Qt's rich text has neither keep-with-next nor keep-together. Call after ``setPageSize``. Returns how
    many page breaks were added.
    """
    height = doc.pageSize().height()
    if height <= 0:
        return 0
    layout = doc.documentLayout()
    need = QFontMetricsF(QFont(doc.defaultFont(), layout.paintDevice())).height() * lines_after
    moves = 0
    while moves < max_moves:
        split = _first_split(doc, height, need)
        if split is None:
            break
        split()
        # Qt re-lays out only part of the document after a format change (the rest waits for the event loop),
        # which would leave later blocks unplaced and the page count short: lay it all out again.
        doc.markContentsDirty(0, doc.characterCount())
        moves += 1
    return moves


def _first_split(doc: QTextDocument, height: float, need: float) -> Callable[[], None] | None:
    """A function that moves the first badly split heading or table to the next page (None: all is well)."""
    layout = doc.documentLayout()
    found: list[tuple[float, Callable[[], None]]] = []

    for frame in doc.rootFrame().childFrames():
        frame_format = frame.frameFormat()
        if frame_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            continue
        rect = layout.frameBoundingRect(frame)
        top = rect.top() % height
        # A long table may split (its header row repeats), but not with only a few rows left on the page.
        room = height - top
        if top > 1 and top + rect.height() > height + 0.5 and (room < need * 2 or rect.height() < room * 1.25):

            def move_frame(frame: Any = frame, frame_format: Any = frame_format) -> None:
                frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                frame.setFrameFormat(frame_format)

            found.append((rect.top(), move_frame))
            break

    block = doc.begin()
    while block.isValid():
        block_format = block.blockFormat()
        if (
            block_format.headingLevel() > 0
            and QTextCursor(block).currentTable() is None
            and not block_format.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        ):
            rect = layout.blockBoundingRect(block)
            top = rect.top() % height
            if top > 1 and top + rect.height() + need > height:

                def move_block(block: Any = block, block_format: Any = block_format) -> None:
                    block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(block_format)

                found.append((rect.top(), move_block))
                break
        block = block.next()
    return min(found, key=lambda item: item[0])[1] if found else None


def _paint_footer(painter: QPainter, rect: QRectF, font: QFont, text: str, page: int, pages: int) -> None:
    painter.save()
    painter.setPen(QPen(QColor(RULE), 0.8))
    y = rect.top() + rect.height() * 0.35
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    line = QRectF(rect.left(), y + 2, rect.width(), rect.bottom() - y - 2)
    number = translate("Report", "Page {page} of {pages}").format(page=page, pages=pages)
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), number)
    room = QRectF(
        line.left(), line.top(), line.width() - QFontMetricsF(font).horizontalAdvance(number) - 20, line.height()
    )
    elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, room.width())
    painter.drawText(room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
    painter.restore()


def _footer(ev: Evaluation, nickname: str, when: datetime) -> str:
    bits = [f"{ev.bank.meta.title} {ev.bank.meta.version}", _when_text(when)]
    if nickname.strip():
        bits.insert(0, " ".join(nickname.split()))
    return " \u00b7 ".join(bits)


def pdf_bytes(ev: Evaluation, *, nickname: str = "", when: datetime | None = None) -> bytes:
    """The report as the bytes of an A4 PDF."""
    when = when or datetime.now()
    doc = build_document(ev, nickname=nickname, when=when)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(_title(ev, nickname))
    writer.setCreator(f"cs-quiz {__version__}")
    paint_document(doc, writer, footer=_footer(ev, nickname, when))
    del writer  # finishes the PDF into the buffer
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_pdf(
    ev: Evaluation, path: str | os.PathLike[str], *, nickname: str = "", when: datetime | None = None
) -> None:
    """Write the report as an A4 PDF at ``path``, atomically: a reader (or a crash) never sees half a file.

    Raises OSError when the file cannot be written (the old file, if any, is then untouched).
    """
    data = pdf_bytes(ev, nickname=nickname, when=when)
    atomic_write_bytes(Path(path), data)


def print_report(ev: Evaluation, printer: QPrinter, *, nickname: str = "", when: datetime | None = None) -> int:
    """Print the report on ``printer`` as set up by the user (page size, margins, printer or PDF file).

    Returns the number of pages. Raises OSError when the printer cannot be started.
    """
    when = when or datetime.now()
    doc = build_document(ev, nickname=nickname, when=when)
    if not printer.docName():
        printer.setDocName(_title(ev, nickname))
    return paint_document(doc, printer, footer=_footer(ev, nickname, when))
