"""The take-away: a short plain-text summary of a result, and the QR code that carries it to a phone.

No network is involved: the QR code holds the text itself, which any phone camera shows without an app or a
connection. To keep the code small enough to scan easily from a screen or a print-out, the text is held to
:data:`MAX_BYTES` (UTF-8): when the full version is longer, competency names are shortened, then only the
strongest and weakest competencies are listed, then the next step is cut. At 500 bytes the code is at most
version 15 (77 × 77 modules) with error correction L or better.

Only the result goes in: no nickname, no answers, nothing that identifies the person.

The fixed words are English, marked with ``QT_TRANSLATE_NOOP`` (context :data:`CONTEXT`); the GUI passes a
``translate`` function so they come out in the interface language. No Qt import here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

import segno

from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import Advice, ScoreResult

CONTEXT = "Takeaway"
MAX_BYTES = 500
ERROR_LEVEL = "L"  # the minimum; segno raises it when the same size allows
NAME_LIMITS: tuple[int | None, ...] = (None, 20, 16)
LISTED_WHEN_SHORT = 3  # strengths and gaps each, when not every competency fits
NEXT_STEP_LIMIT = 160


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


TITLE = QT_TRANSLATE_NOOP(CONTEXT, "Customer Service Director readiness")
READINESS = QT_TRANSLATE_NOOP(CONTEXT, "Readiness: {score}/100, {band}")
NOT_SCORED = QT_TRANSLATE_NOOP(CONTEXT, "Readiness: not enough answers to score")
WITHHELD = QT_TRANSLATE_NOOP(CONTEXT, "These answers can't be read as a self-assessment: take it again another time.")
SCORES = QT_TRANSLATE_NOOP(CONTEXT, "Scores (0-100):")
STRONGEST = QT_TRANSLATE_NOOP(CONTEXT, "Strongest:")
WEAKEST = QT_TRANSLATE_NOOP(CONTEXT, "To develop:")
NEXT_STEP = QT_TRANSLATE_NOOP(CONTEXT, "Next step: {step}")
DATE_LINE = QT_TRANSLATE_NOOP(CONTEXT, "cs-quiz, {date}")


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Line:
    name: str
    score: int | None


def _shorten(name: str, limit: int | None) -> str:
    if limit is None or len(name) <= limit:
        return name
    words, out = name.split(), ""
    for word in words:
        candidate = f"{out} {word}".strip()
        if len(candidate) > limit:
            break
        out = candidate
    kept = out.rstrip(",;:-").split()
    while len(kept) > 1 and kept[-1].lower() in _JOINERS:
        kept.pop()
    return (" ".join(kept).rstrip(",;:-") or name[: limit - 1]) + "."


_JOINERS = {"and", "or", "of", "the", "&", "y", "de", "del", "la", "el", "e", "o"}


def _score_lines(lines: Sequence[Line], limit: int | None) -> list[str]:
    return [f"{_shorten(x.name, limit)} {'-' if x.score is None else x.score}" for x in lines]


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _fit_bytes(text: str, limit: int) -> str:
    data = text.encode("utf-8")
    if len(data) <= limit:
        return text
    return data[:limit].decode("utf-8", errors="ignore").rstrip()


def next_step(advice: Advice) -> str:
    """The one next step to carry away: the career stage's next step, else the top-ranked recommendation."""
    if advice.stage is not None and advice.stage.next_step:
        return advice.stage.next_step
    if advice.next_steps:
        return advice.next_steps[0].title
    return ""


def summary_text(
    score: ScoreResult,
    advice: Advice,
    *,
    when: date | None = None,
    translate: Callable[[str], str] = _same,
    date_words: Callable[[date], str] = date.isoformat,
    max_bytes: int = MAX_BYTES,
    standing: str = "",
) -> str:
    """The take-away text, at most ``max_bytes`` in UTF-8 (see the module's docstring for what gives way first).
    ``standing``: where the readiness stands in the group, already in words, when the results screen says it (it
    goes under the readiness, and is kept whole: the scores give way first)."""
    r = score.readiness
    head = [translate(TITLE)]
    if not r.interpretable:  # no verdict to take away: no band, no scores, no advice
        date_line = translate(DATE_LINE).format(date=date_words(when or date.today()))
        return "\n".join([*head, translate(WITHHELD), date_line])
    if r.profile:  # a bank without bands: the scores below are the result
        pass
    elif r.rounded is None:
        head.append(translate(NOT_SCORED))
    else:
        head.append(translate(READINESS).format(score=r.rounded, band=r.band_name))
        if standing.strip():
            head.append(" ".join(standing.split()))
    lines = [Line(c.name, None if c.score is None else round_half_up(c.score)) for c in score.competencies]
    step = next_step(advice)
    tail = [translate(DATE_LINE).format(date=date_words(when or date.today()))]

    def build(body: list[str], step_text: str) -> str:
        middle = [translate(NEXT_STEP).format(step=step_text)] if step_text else []
        return "\n".join([*head, *body, *middle, *tail])

    short_step = _cut(step, NEXT_STEP_LIMIT)
    for step_text in (short_step, _cut(step, 80)):
        for limit in NAME_LIMITS:
            text = build([translate(SCORES), *_score_lines(lines, limit)], step_text)
            if len(text.encode("utf-8")) <= max_bytes:
                return text
    scored = sorted((x for x in lines if x.score is not None), key=lambda x: -(x.score or 0))
    n = LISTED_WHEN_SHORT
    strong = scored[:n]
    weak = [x for x in scored[::-1][:n] if x not in strong]
    for limit in NAME_LIMITS:
        body = [translate(STRONGEST), *_score_lines(strong, limit)]
        if weak:
            body += [translate(WEAKEST), *_score_lines(weak, limit)]
        for step_text in (short_step, _cut(step, 60)):
            text = build(body, step_text)
            if len(text.encode("utf-8")) <= max_bytes:
                return text
    return _fit_bytes(text, max_bytes)


def make_qr(text: str) -> segno.QRCode:
    """A regular QR code (never a Micro QR, which phones read poorly) holding ``text`` as UTF-8."""
    return segno.make_qr(text, error=ERROR_LEVEL, boost_error=True, encoding="utf-8")


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code as rows of dark (True) and light modules, without the quiet zone (draw 4 light modules round)."""
    return [[bool(cell) for cell in row] for row in make_qr(text).matrix]
