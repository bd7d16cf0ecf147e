"""The records the results store hands out (attempts, the facilitator's overview) and the time and answer
helpers they are built with. Plain data; :mod:`cs_quiz.store.store` re-exports them, so callers import from there."""

from __future__ import annotations

import json
import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, NamedTuple


def check_answer(value: Any) -> None:
    """Raise ``ValueError`` unless ``value`` is an answer: int, float, str, list of str, or {"best", "worst"}."""
    if isinstance(value, bool):
        raise ValueError("an answer cannot be true/false")
    if isinstance(value, (int, str)) or (isinstance(value, float) and math.isfinite(value)):
        return
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return
    if (
        isinstance(value, dict)
        and set(value) <= {"best", "worst"}
        and all(isinstance(v, (str, type(None))) for v in value.values())
    ):
        return
    raise ValueError(f"not an answer: {value!r}")


def utc_iso(moment: datetime | None = None) -> str:
    """UTC ISO 8601 to the second, 'YYYY-MM-DDTHH:MM:SSZ' (sorts as text). Naive datetimes are taken as UTC."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def range_bounds(since: date | datetime | None, until: date | datetime | None) -> tuple[str, str]:
    """``[since, until)`` as UTC ISO text. A plain date is that whole *local* calendar day (until is inclusive)."""

    def moment(d: date | datetime, next_day: bool) -> str:
        if isinstance(d, datetime):
            return utc_iso(d)
        day = date.fromordinal(d.toordinal() + next_day)
        return utc_iso(datetime(day.year, day.month, day.day).astimezone())  # local midnight

    return (moment(since, False) if since else "0000"), (moment(until, True) if until else "9999")


@dataclass(frozen=True)
class AttemptSummary:
    id: str
    nickname: str | None
    bank_id: str
    bank_version: str
    bank_hash: str
    sections: tuple[str, ...]
    started_at: datetime  # aware, UTC
    finished_at: datetime | None
    status: str  # "in_progress" | "finished" | "abandoned"
    position: int  # question index to resume at
    answered: int  # number of answers saved
    readiness: float | None  # 0..100 as computed
    readiness_rounded: int | None  # as shown on the results screen
    band_id: str | None
    band_name: str | None
    flags: tuple[str, ...]  # flag kinds
    imported: bool  # came from another machine via import
    review_flags: tuple[str, ...]  # question ids the person flagged for review (in progress)
    elapsed: float | None  # seconds of active time so far; None when unknown
    option_seed: int | None  # the attempt's option order (cs_quiz.attempts.order); None: as written
    cohort: str | None  # the class or workshop it belongs to (issue 18); None: none given
    code: str | None  # a participant code pairing before and after (never a name); None: none given


@dataclass(frozen=True)
class Attempt(AttemptSummary):
    answers: dict[str, Any]  # question id -> answer
    answer_times: dict[str, datetime]
    result: dict[str, Any] | None  # {"score": ..., "advice": ...} as computed at finish


@dataclass(frozen=True)
class FinishedAttempt(AttemptSummary):
    """A finished attempt with the result stored at its finish (no answers: what the history shows)."""

    result: dict[str, Any] | None  # {"score": ..., "advice": ...} as computed at finish


@dataclass(frozen=True)
class BandCount:
    band_id: str | None
    band_name: str
    count: int


@dataclass(frozen=True)
class CompetencyStats:
    competency: str
    name: str
    n: int  # finished attempts with a score for it
    mean: float | None
    sd: float | None  # sample standard deviation; None below 2 scores
    gap_count: int  # finished attempts whose advice listed it as a gap


@dataclass(frozen=True)
class Aggregate:
    """The facilitator's overview of attempts *started* in ``[since, until)``."""

    participants: int  # attempts started (nicknames are optional, so attempts are what can be counted)
    finished: int
    abandoned: int
    in_progress: int
    completion_rate: float | None  # finished / participants
    flagged: int  # finished attempts with at least one response-quality flag
    band_counts: tuple[BandCount, ...]  # lowest band first (ordered by the mean readiness in each band)
    competencies: tuple[CompetencyStats, ...]  # in bank order
    common_gaps: tuple[CompetencyStats, ...]  # most often a gap first, at most five


MAX_COHORT = 60  # characters of a cohort label ("Year 11 careers, Tuesday group")
MAX_CODE = 40  # characters of a participant code


def clean_label(text: str | None, limit: int) -> str | None:
    """A cohort label or participant code as stored: control characters dropped, runs of spaces made one, ends
    trimmed; None when nothing is left. Raises ValueError when longer than ``limit`` characters."""
    if text is None:
        return None
    kept = "".join(" " if unicodedata.category(ch).startswith("C") else ch for ch in str(text))
    cleaned = " ".join(kept.split())
    if len(cleaned) > limit:
        raise ValueError(f"{len(cleaned)} characters long; at most {limit} are allowed")
    return cleaned or None


SUMMARY_COLUMNS = (
    "a.id, a.nickname, a.bank_id, a.bank_version, a.bank_hash, a.sections, a.started_at, a.finished_at, a.status,"
    " a.position, (SELECT COUNT(*) FROM answers WHERE attempt = a.seq), a.readiness, a.readiness_rounded,"
    " a.band_id, a.band_name, a.flags, a.imported_at IS NOT NULL, a.review_flags, a.elapsed_seconds,"
    " a.option_seed, a.cohort, a.code"
)


def summary(row: Sequence[Any]) -> AttemptSummary:
    return AttemptSummary(
        id=row[0],
        nickname=row[1],
        bank_id=row[2],
        bank_version=row[3],
        bank_hash=row[4],
        sections=tuple(json.loads(row[5])),
        started_at=parse_iso(row[6]),
        finished_at=parse_iso(row[7]) if row[7] else None,
        status=row[8],
        position=row[9],
        answered=row[10],
        readiness=row[11],
        readiness_rounded=row[12],
        band_id=row[13],
        band_name=row[14],
        flags=tuple(json.loads(row[15] or "[]")),
        imported=bool(row[16]),
        review_flags=tuple(json.loads(row[17] or "[]")),
        elapsed=row[18],
        option_seed=row[19],
        cohort=row[20],
        code=row[21],
    )


def fields_of(summary: AttemptSummary) -> dict[str, Any]:
    """A summary's fields, to build the fuller record (:class:`Attempt`, :class:`FinishedAttempt`) around it."""
    return {f: getattr(summary, f) for f in AttemptSummary.__dataclass_fields__}


def stored_result(text: str | None) -> dict[str, Any] | None:
    """A stored result column read back (None: no result stored)."""
    return json.loads(text) if text else None


def stats(cid: str, name: str, count: float, total: float, total_sq: float, gaps: float) -> CompetencyStats:
    n = int(count)
    mean = total / n if n else None
    try:
        sd = math.sqrt(max(0.0, (total_sq - total * total / n) / (n - 1))) if n > 1 else None
    except (OverflowError, ValueError):
        sd = None
    if mean is not None and not 0 <= mean <= 100:  # a value an older version imported unchecked: no figure at all
        mean = sd = None
    if sd is not None and not math.isfinite(sd):
        sd = None
    return CompetencyStats(cid, name, n, mean, sd, int(gaps or 0))


# -- what statistics read of a finished attempt (schema 6: the table ``attempt_digests``) -------------------------
#
# Statistics read every finished attempt of a group: ten thousand of them are 1.5 million answer rows and 75 MB of
# results JSON (mostly advice texts), which took seconds to hand to Python. A digest keeps, per finished attempt,
# the answers as one text and the few figures group results read, so a group is read as 10,000 short rows.

MEMBER_SEP = "\x1e"  # between answers; neither separator can occur in JSON text (control characters are escaped)
VALUE_SEP = "\x1f"  # between the JSON-quoted question id and the answer's JSON text


def digest_answers(pairs: Iterable[tuple[str, str]]) -> str:
    """The digest of an attempt's answers: ``(question id, answer as its stored JSON text)`` pairs, in question id
    order, as ``"<id as JSON>\\x1f<answer JSON>"`` joined by ``\\x1e`` (empty text: no answers)."""
    return MEMBER_SEP.join(json.dumps(q) + VALUE_SEP + value for q, value in sorted(pairs))


@dataclass(frozen=True)
class ResultFigures:
    """What group statistics read of a stored result, read leniently: a result written by an older version, or
    broken, reads as "nothing there" in the part that is missing or malformed.

    ``scores``: competency id -> the stored 0..100 score, for the competencies that had one (a score that is not a
    finite number from 0 to 100 is left out, as the store's overview does); ``band``: the readiness band id told
    (before the withholding check: see ``interpretable``), if it is text; ``band_name``: the name it was told with,
    if text; ``interpretable``: False when a quality check withheld the verdict; ``flagged``: a response-quality
    flag was raised."""

    scores: dict[str, float]
    band: str | None
    band_name: str | None
    interpretable: bool
    flagged: bool

    def to_json(self) -> str:
        return json.dumps(
            [self.scores, self.band, self.band_name, self.interpretable, self.flagged],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> ResultFigures:
        scores, band, band_name, interpretable, flagged = json.loads(text)
        return cls(scores, band, band_name, interpretable, flagged)


def result_figures(result: Any) -> ResultFigures:
    """The :class:`ResultFigures` of a stored ``{"score": ..., "advice": ...}`` result (None or anything else:
    nothing there). The one reader of them: statistics (``cs_quiz.stats.sample.Taken``) and the digest both use it,
    so a figure read from the digest is the figure read from the result."""
    part = result.get("score") if isinstance(result, Mapping) else None
    score: Mapping[str, Any] = part if isinstance(part, Mapping) else {}
    part = score.get("readiness")
    readiness: Mapping[str, Any] = part if isinstance(part, Mapping) else {}
    scores: dict[str, float] = {}
    for c in score.get("competencies") or ():
        if not isinstance(c, Mapping):
            continue
        value, cid = c.get("score"), c.get("competency")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not isinstance(cid, str):
            continue
        if math.isfinite(value) and 0 <= value <= 100:
            scores[cid] = float(value)
    band, name = readiness.get("band"), readiness.get("band_name")
    return ResultFigures(
        scores=scores,
        band=band if isinstance(band, str) else None,
        band_name=name if isinstance(name, str) else None,
        interpretable=readiness.get("interpretable", True) is not False,
        flagged=bool(score.get("flags")),
    )


class DigestRow(NamedTuple):
    """One attempt as statistics read it (``Store.digest_rows``): no nickname, times and sections as stored (text),
    ``answers`` as :func:`digest_answers` writes them, ``figures`` the :meth:`ResultFigures.to_json` of the result
    (None for an attempt without a digest: one not finished, or whose result no version of cs-quiz wrote), and the
    stored ``result_json`` (None: no result), to be parsed only if a report asks for more than the figures."""

    id: str
    bank_id: str
    bank_version: str
    sections: str
    status: str
    started_at: str
    finished_at: str | None
    cohort: str | None
    code: str | None
    answers: str
    figures: str | None
    result_json: str | None
