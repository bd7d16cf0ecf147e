"""What a statistic may see of a stored attempt, and choosing the attempts a report is about.

A :class:`Taken` is an attempt without the person's nickname: group outputs must never show a name, and the
surest way is not to carry it. A participant ``code`` (chosen by the person or handed out, never a name) and a
``cohort`` label are carried so before/after reports can pair attempts.

The stored ``result`` is read as it was told at the finish (``{"score": ..., "advice": ...}``, the
:func:`cs_quiz.scoring.results.to_dict` of the score and advice) and never re-scored: a later edit of the bank must
not change what a person was told. The readers below are lenient about results written by older versions: a
missing or malformed part reads as "nothing there", and a competency score outside 0..100 is ignored, as the
store's own overview does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cs_quiz.store.records import (
    MEMBER_SEP,
    VALUE_SEP,
    Attempt,
    ResultFigures,
    parse_iso,
    range_bounds,
    result_figures,
    utc_iso,
)

if TYPE_CHECKING:
    from cs_quiz.store.store import Store

FINISHED = "finished"


@dataclass(frozen=True)
class Taken:
    """One stored attempt as statistics see it (no nickname). ``answers`` are raw as stored (question id ->
    answer); ``result`` is the stored ``{"score", "advice"}`` mapping or None (not finished, or not scored).
    The readers of the result are worked out once per Taken (``cached_property``: fields are never changed).

    Read from a store (:func:`stored`), ``answers`` and ``result`` are read-only mappings parsed on first use
    (:class:`StoredAnswers`, :class:`StoredResult`) and the figures come from the store's digest, so a group of
    10,000 is read without parsing 75 MB of advice texts nobody asked for."""

    attempt_id: str
    bank_id: str
    bank_version: str
    sections: tuple[str, ...]
    status: str  # "in_progress" | "finished" | "abandoned"
    started_at: datetime  # aware, UTC
    finished_at: datetime | None
    cohort: str | None
    code: str | None  # participant code, never a name
    answers: Mapping[str, Any]
    result: Mapping[str, Any] | None

    @property
    def finished(self) -> bool:
        return self.status == FINISHED

    @cached_property
    def score(self) -> Mapping[str, Any]:
        """The stored score part of the result ({} when there is none)."""
        part = self.result.get("score") if isinstance(self.result, Mapping) else None
        return part if isinstance(part, Mapping) else {}

    @cached_property
    def readiness(self) -> Mapping[str, Any]:
        part = self.score.get("readiness")
        return part if isinstance(part, Mapping) else {}

    @cached_property
    def figures(self) -> ResultFigures:
        """What group statistics read of the result (:func:`cs_quiz.store.records.result_figures`)."""
        return result_figures(self.result)

    @property
    def scores(self) -> dict[str, float]:
        """Competency id -> the stored 0..100 score, for the competencies that had one."""
        return self.figures.scores

    @property
    def band(self) -> str | None:
        """The band id told at the finish (after gates and caps); None when withheld or not scored."""
        return self.figures.band if self.figures.interpretable else None

    @property
    def band_name(self) -> str | None:
        """The name the band was told with (text, else None)."""
        return self.figures.band_name

    @property
    def interpretable(self) -> bool:
        """False when a quality check withheld the verdict (results from before withholding existed: True)."""
        return self.figures.interpretable

    @property
    def flagged(self) -> bool:
        """At least one response-quality flag was raised."""
        return self.figures.flagged


class StoredAnswers(Mapping[str, Any]):
    """An attempt's answers as read from the store's digest (:func:`cs_quiz.store.records.digest_answers`), worked
    out on first use: :attr:`texts` (question id -> the answer's JSON text, as stored), then the values. Statistics
    work on the texts: an answer's score depends only on its question and its text, so each distinct one is scored
    once for a whole group. ``members`` is shared by the answers of one read (one answer's digest text -> its
    question id and JSON text), so a group's few thousand distinct answers are split once."""

    __slots__ = ("_digest", "_members", "_texts", "_values")

    def __init__(self, digest: str, members: dict[str, tuple[str, str]] | None = None) -> None:
        self._digest = digest
        self._members = {} if members is None else members
        self._texts: dict[str, str] | None = None
        self._values: dict[str, Any] | None = None

    @property
    def digest(self) -> str:
        """The digest's text of the answers, as stored (item statistics split it themselves)."""
        return self._digest

    @property
    def texts(self) -> dict[str, str]:
        if self._texts is None:
            self._texts = _answer_texts(self._digest, self._members)
        return self._texts

    def _parsed(self) -> dict[str, Any]:
        if self._values is None:
            self._values = {q: json.loads(v) for q, v in self.texts.items()}
        return self._values

    def __getitem__(self, key: str) -> Any:
        return self._parsed()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.texts)

    def __len__(self) -> int:
        return len(self.texts)

    def __contains__(self, key: object) -> bool:
        return key in self.texts

    def __repr__(self) -> str:
        return f"StoredAnswers({self._parsed()!r})"


class StoredResult(Mapping[str, Any]):
    """A stored result (``{"score", "advice"}``) read from its JSON text on first use."""

    __slots__ = ("text", "_value")

    def __init__(self, text: str) -> None:
        self.text = text
        self._value: dict[str, Any] | None = None

    def _parsed(self) -> dict[str, Any]:
        if self._value is None:
            self._value = json.loads(self.text)
        return self._value

    def __getitem__(self, key: str) -> Any:
        return self._parsed()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._parsed())

    def __len__(self) -> int:
        return len(self._parsed())

    def __repr__(self) -> str:
        return f"StoredResult({self._parsed()!r})"


def from_attempt(attempt: Attempt) -> Taken:
    """The :class:`Taken` of a stored attempt. ``cohort`` and ``code`` are read when the store has them; an empty
    or blank one counts as none."""
    return Taken(
        attempt_id=attempt.id,
        bank_id=attempt.bank_id,
        bank_version=attempt.bank_version,
        sections=tuple(attempt.sections),
        status=attempt.status,
        started_at=attempt.started_at,
        finished_at=attempt.finished_at,
        cohort=_label(getattr(attempt, "cohort", None)),
        code=_label(getattr(attempt, "code", None)),
        answers=dict(attempt.answers),
        result=attempt.result,
    )


def stored(
    store: Store,
    *,
    bank_id: str | None = None,
    cohort: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
) -> list[Taken]:
    """The stored attempts a report reads (chosen as :meth:`cs_quiz.store.store.Store.attempts` chooses them), as
    :class:`Taken`: the one way every report (CLI, Class results window, benchmark) reads a store.

    Read from the store's digests (:meth:`~cs_quiz.store.store.Store.digest_rows`): the same Takens as
    :func:`from_attempt` of :meth:`~cs_quiz.store.store.Store.attempts` gives (equal answers, results and
    figures), with the answers and the result parsed only when something asks for them."""
    rows = store.digest_rows(bank_id=bank_id, cohort=cohort, since=since, until=until)
    sections: dict[str, tuple[str, ...]] = {}
    moments: dict[str, datetime] = {}
    members: dict[str, tuple[str, str]] = {}  # one answer's text -> (question id, answer JSON): few distinct ones
    out = []
    for row in rows:
        secs = sections.get(row.sections)
        if secs is None:
            secs = sections[row.sections] = tuple(json.loads(row.sections))
        started = moments.get(row.started_at)
        if started is None:
            started = moments[row.started_at] = parse_iso(row.started_at)
        taken = Taken(
            attempt_id=row.id,
            bank_id=row.bank_id,
            bank_version=row.bank_version,
            sections=secs,
            status=row.status,
            started_at=started,
            finished_at=parse_iso(row.finished_at) if row.finished_at else None,
            cohort=_label(row.cohort),
            code=_label(row.code),
            answers=StoredAnswers(row.answers, members),
            result=StoredResult(row.result_json) if row.result_json else None,
        )
        if row.figures is not None:  # the digest's figures are result_figures(result), worked out at the finish
            taken.__dict__["figures"] = ResultFigures.from_json(row.figures)
        out.append(taken)
    return out


def _answer_texts(digest: str, members: dict[str, tuple[str, str]]) -> dict[str, str]:
    """Question id -> answer JSON text, from a digest (:func:`cs_quiz.store.records.digest_answers`)."""
    if not digest:
        return {}
    parts = digest.split(MEMBER_SEP)
    try:
        return dict(map(members.__getitem__, parts))
    except KeyError:
        for part in parts:
            if part not in members:
                qid, _, value = part.partition(VALUE_SEP)
                members[part] = (json.loads(qid), value)
        return dict(map(members.__getitem__, parts))


def _label(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def select(
    takens: Iterable[Taken],
    bank_id: str | None = None,
    section: str | None = None,
    cohort: str | None = None,
    since: date | datetime | None = None,
    until: date | datetime | None = None,
) -> list[Taken]:
    """The attempts a report is about, in the order given. None means "any". ``section``: the attempt was taken
    with that section (one of its ``sections``). ``since``/``until`` bound the start time as the store does
    (:func:`cs_quiz.store.records.range_bounds`): ``[since, until)``, and a plain date is that whole local day,
    ``until`` included."""
    low, high = range_bounds(since, until)
    return [
        t
        for t in takens
        if (bank_id is None or t.bank_id == bank_id)
        and (section is None or section in t.sections)
        and (cohort is None or t.cohort == cohort)
        and low <= utc_iso(t.started_at) < high
    ]


def key(taken: Taken) -> tuple[str, str, str]:
    """A sort key that orders attempts by when they were finished (else started), then by id: a fixed order
    whatever order the store handed them out in."""
    when = taken.finished_at or taken.started_at
    return (utc_iso(when), utc_iso(taken.started_at), taken.attempt_id)
