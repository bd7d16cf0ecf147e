"""What scoring and advice produce: plain frozen data, JSON-friendly through :func:`to_dict`.

These records are what the results screen, the PDF report, the store and ``cs-quiz score --json`` show. A stored
result is kept exactly as computed then, so a later edit of the bank never changes it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any, Union

Param = Union[str, int, float, "Text"]


def english_number(value: int | float) -> str:
    """How numbers read in English output: whole numbers without decimals, others as written (49.6)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:g}" if isinstance(value, float) else str(value)


@dataclass(frozen=True)
class Text:
    """A sentence from the core: an English template (see :mod:`cs_quiz.scoring.messages`) and its parameters.

    ``str()`` gives English. The GUI passes ``translate`` (Qt's, context "Core") and a locale-aware ``number``
    to :meth:`render`, so the same result reads in the user's language.
    """

    template: str
    params: tuple[tuple[str, Param], ...] = ()

    @classmethod
    def of(cls, template: str, **params: Param) -> Text:
        return cls(template, tuple(params.items()))

    def render(
        self,
        translate: Callable[[str], str] = lambda t: t,
        number: Callable[[int | float], str] = english_number,
    ) -> str:
        if not self.params:  # a fixed sentence: nothing to fill (and braces in it stay as written)
            return translate(self.template)
        values: dict[str, str] = {}
        for key, value in self.params:
            if isinstance(value, Text):
                values[key] = value.render(translate, number)
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                values[key] = number(value)
            else:
                values[key] = str(value)
        return translate(self.template).format(**values)

    def __str__(self) -> str:
        return self.render()


# An answer as the session and answer files hold it:
#   likert -> int (a scale value); single / profile choice -> option id (str); multi / profile multi -> list[str];
#   scenario -> {"best": option id, "worst": option id} (either may be missing); profile number -> int | float.
# A question that is absent (or None) is unanswered.
Answer = Any
Answers = dict[str, Answer]


@dataclass(frozen=True)
class CompetencyScore:
    competency: str  # id
    name: str
    score: float | None  # 0..100 percent of maximum; None = not enough answers
    answered: int  # items answered that score this competency
    available: int  # items in the section(s) taken that score it
    raw: float = 0.0  # the sum of the points earned on those items (weighted, above each item's minimum)
    indicative: bool = False  # scored, but on fewer answers than the bank's min_answers_for_precision
    not_yet: int = 0  # items answered "not yet" (no chance to act on it yet): counted apart, not in the score
    # The answers added up as a published key scores them (reverse items keyed, weights applied; a quiz: the points
    # earned), and the lowest and highest sums the answered items allow. None = not enough answers.
    sum: float | None = None
    sum_min: float = 0.0
    sum_max: float = 0.0
    # Items left blank and counted at their lowest (the bank's scoring.unanswered: lowest): in the score and the
    # range, never in ``answered``.
    blank: int = 0

    @property
    def enough(self) -> bool:
        return self.score is not None

    def sum_said(self) -> Text | None:
        """The sum in words with its range ("7 of 10", "34 on a scale of 10 to 50"); None without a score."""
        from cs_quiz.scoring.messages import SUM_IN_RANGE, SUM_OF

        if self.sum is None:
            return None
        values = {"sum": tidy(self.sum), "high": tidy(self.sum_max)}
        if tidy(self.sum_min) == 0:
            return Text.of(SUM_OF, **values)
        return Text.of(SUM_IN_RANGE, low=tidy(self.sum_min), **values)


def tidy(value: float) -> int | float:
    """A sum as people write it: whole numbers without decimals, others to two places (no float noise)."""
    value = round(value, 2)
    return int(value) if value.is_integer() else value


class FlagKind(StrEnum):
    STRAIGHT_LINING = "straight-lining"
    TOO_FAST = "too-fast"
    CONTRADICTION = "contradiction"
    LONG_STRING = "long-string"
    ALTERNATING = "alternating"
    ACQUIESCENCE = "acquiescence"
    INCONSISTENT = "inconsistent"
    PROFILE_CONTRADICTION = "profile-contradiction"


@dataclass(frozen=True)
class Flag:
    """A response-quality note. It annotates a result and never changes a score."""

    kind: FlagKind
    message: Text  # for facilitators
    questions: tuple[str, ...] = ()
    withholds: bool = False  # the bank declares this kind withholds the result (no band, no advice)

    @property
    def to_person(self) -> Text:
        """The note in words for the person who answered (``message`` is for a facilitator)."""
        from cs_quiz.scoring.messages import TO_PERSON

        template = TO_PERSON.get(self.kind.value)
        return self.message if template is None else Text.of(template)


@dataclass(frozen=True)
class Readiness:
    score: float | None  # competency-weighted mean 0..100; None when nothing could be scored
    rounded: int | None  # what is shown and what picks the band
    band: str | None  # band id after gates
    band_name: str
    meaning: str
    uncapped_band: str | None  # the band before gates, for the explanation
    capped_by: tuple[str, ...] = ()  # competency ids whose gate, and cap ids whose profile cap, lowered the band
    interpretable: bool = True  # False: a quality check withholds the result (band None, no band-based advice)
    withheld_by: tuple[str, ...] = ()  # the flag kinds that withheld it
    profile: bool = False  # the bank has no bands: a profile of scores, no readiness by design (score None)


@dataclass(frozen=True)
class ScoreResult:
    bank_id: str
    bank_version: str
    sections: tuple[str, ...]
    competencies: tuple[CompetencyScore, ...]  # in bank order
    readiness: Readiness
    flags: tuple[Flag, ...]
    answered: int
    total: int

    def score_of(self, competency_id: str) -> float | None:
        for c in self.competencies:
            if c.competency == competency_id:
                return c.score
        return None


@dataclass(frozen=True)
class StageAdvice:
    stage: str  # id
    name: str
    description: str
    next_stage: str | None
    next_name: str
    next_step: str  # what it takes


@dataclass(frozen=True)
class ActionAdvice:
    competency: str
    competency_name: str
    score: float
    level: str
    text: str
    because: Text


@dataclass(frozen=True)
class Recommendation:
    """A next step, certification or association, ranked, with the reasons that triggered it."""

    kind: str  # "next_step" | "certification" | "association"
    id: str  # rule id for next steps, else the certification / association id
    title: str
    detail: str
    because: tuple[Text, ...]
    issuer: str = ""
    prerequisites: str = ""
    url: str = ""
    eligible: bool | None = None  # certifications: whether the profile meets eligible_when (None: unknown)
    why: str = ""  # the rule's own plain sentence of why (bank text); "" = say the reasons in ``because``


@dataclass(frozen=True)
class SpecialisationFit:
    id: str
    name: str
    description: str
    fit: float  # 0..100
    because: Text
    suited_because: tuple[Text, ...] = ()  # the answers that made its ``suits`` hold (points were added)


@dataclass(frozen=True)
class Advice:
    stage: StageAdvice | None
    strengths: tuple[str, ...]  # competency ids, strongest first
    gaps: tuple[str, ...]  # competency ids, weakest first
    actions: tuple[ActionAdvice, ...]
    next_steps: tuple[Recommendation, ...]
    certifications: tuple[Recommendation, ...]
    associations: tuple[Recommendation, ...]
    specialisation: SpecialisationFit | None
    also_fits: tuple[SpecialisationFit, ...] = ()  # within the bank's margin of the best: about as good a fit


def to_dict(obj: Any) -> Any:
    """A JSON-ready copy (enums as their values, tuples as lists, texts in English)."""
    if isinstance(obj, Text):
        return str(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_dict(v) for k, v in obj.items()}
    return obj
