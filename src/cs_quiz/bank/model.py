"""The validated, immutable model of a question bank.

Everything here is built by :mod:`cs_quiz.bank.load` from a YAML file that passed validation, so code downstream
(scoring, advice, the GUI) may rely on every invariant stated below: ids are unique, every reference resolves,
bands (when a bank has any) cover 0..100 without gaps, scales have at least two values. A bank without bands gives
a *profile*: scores per competency and no readiness (an inventory, a quiz).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True)
class Pos:
    """Where something came from: a file and a 1-based line and column (the compiler convention)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


class Kind(StrEnum):
    SKILL = "skill"
    TRAIT = "trait"


class QuestionType(StrEnum):
    LIKERT = "likert"
    SINGLE = "single"  # single choice; options score on one or several competencies
    MULTI = "multi"  # multi-select; the points of every chosen option add up
    SCENARIO = "scenario"  # situational judgement: pick the best and/or the worst response
    PROFILE = "profile"  # about the person (education, years...): scores nothing, feeds advice rules
    REFLECTION = "reflection"  # free text in the person's own words: kept and shown in the report, never scored


class ProfileInput(StrEnum):
    CHOICE = "choice"
    MULTI = "multi"
    NUMBER = "number"


@dataclass(frozen=True)
class Meta:
    id: str
    title: str
    version: str
    language: str
    description: str
    estimated_minutes: int
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class Source:
    """A public source a fact in the bank was checked against, and when."""

    title: str
    url: str
    checked: str  # ISO date


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: str


@dataclass(frozen=True)
class Scale:
    """A reusable response scale. ``points`` are sorted by value; at least two."""

    id: str
    name: str
    points: tuple[ScalePoint, ...]
    not_yet: str = ""  # the label of the "not yet" choice ("" = the scale has none); its answer is NOT_YET

    @property
    def min(self) -> int:
        return self.points[0].value

    @property
    def max(self) -> int:
        return self.points[-1].value

    def label(self, value: int) -> str:
        for p in self.points:
            if p.value == value:
                return p.label
        return str(value)


@dataclass(frozen=True)
class DevelopmentAction:
    """One way to grow a competency. ``level`` is practice (a step you can take now), stretch (an assignment)
    or course (a programme type)."""

    level: str
    text: str
    when: Condition | None = None  # shown only when this holds (e.g. a stage): None = always


@dataclass(frozen=True)
class Gate:
    """A critical competency below ``threshold`` caps the readiness band at ``cap`` (a band id)."""

    threshold: float
    cap: str


@dataclass(frozen=True)
class Competency:
    id: str
    name: str
    description: str
    kind: Kind
    weight: float = 1.0
    critical: Gate | None = None
    actions: tuple[DevelopmentAction, ...] = ()


@dataclass(frozen=True)
class Option:
    """An answer option. ``scores`` maps competency id -> points (may be negative in multi-select)."""

    id: str
    text: str
    scores: dict[str, float] = field(default_factory=dict)
    feedback: str = ""  # why this option is good or poor; shown after the attempt
    pinned: bool = False  # keeps its place when the others are shuffled
    exclusive: bool = False  # multi: choosing it clears the other choices ("None of these"), and no answer has both


@dataclass(frozen=True)
class ScenarioKey:
    best: str | None
    worst: str | None
    rationale: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    text: str
    pos: Pos
    weight: float = 1.0
    # likert
    competency: str | None = None
    scale: str | None = None
    reverse: bool = False
    # single, multi, scenario, profile(choice/multi)
    options: tuple[Option, ...] = ()
    shuffled: bool = False  # options shown in an order of each attempt's own (single, multi, scenario by default)
    # scenario
    situation: str = ""
    ask: tuple[str, ...] = ()  # ("best",), ("worst",) or ("best", "worst")
    key: ScenarioKey | None = None
    # profile
    input: ProfileInput | None = None
    minimum: float | None = None  # number input bounds
    maximum: float | None = None
    unit: str = ""
    help: str = ""
    # reflection
    max_length: int = 0  # most characters a person may write

    def option(self, option_id: str) -> Option | None:
        for o in self.options:
            if o.id == option_id:
                return o
        return None

    @property
    def scored(self) -> bool:
        return self.type not in (QuestionType.PROFILE, QuestionType.REFLECTION)


@dataclass(frozen=True)
class Section:
    """A question set that can be taken alone or together with others. ``questions`` in asking order."""

    id: str
    title: str
    description: str
    estimated_minutes: int
    questions: tuple[str, ...]


@dataclass(frozen=True)
class Band:
    """A readiness band: the rounded overall score falls in ``min``..``max`` (inclusive integers)."""

    id: str
    name: str
    min: int
    max: int
    meaning: str


# A condition is kept as the plain validated mapping from the file (see docs/question-format.md, "Conditions"):
# {"competency": id, "below": n} | {"readiness": true, "at_least": n} | {"band": [ids]} | {"profile": qid, "is": opt}
# | {"all": [...]} | {"any": [...]} | {"not": {...}}. advice.py evaluates it.
Condition = dict[str, Any]

# The answer to a likert item for "I haven't had the chance yet" (a scale's not_yet choice): recorded and shown,
# counted apart, and left out of both sides of the score, never read as low or middling.
NOT_YET = "not-yet"


@dataclass(frozen=True)
class Contradiction:
    """Profile answers that cannot all be true (still at school, yet years of leading people)."""

    id: str
    when: Condition
    reason: str


@dataclass(frozen=True)
class Cap:
    """Profile answers that cap the readiness band: when ``when`` holds, the band is at most ``band``."""

    id: str
    when: Condition
    band: str
    reason: str  # in plain words, shown with the result


@dataclass(frozen=True)
class Certification:
    id: str
    name: str
    issuer: str
    description: str
    prerequisites: str
    url: str
    source: Source | None = None
    eligible_when: Condition | None = None  # machine-checkable part of the prerequisites
    held_when: Condition | None = None  # the answers show the person holds it: never recommended then


@dataclass(frozen=True)
class Association:
    id: str
    name: str
    description: str
    url: str
    source: Source | None = None


@dataclass(frozen=True)
class Stage:
    """A step on the career path. A person is at the last stage (in file order) whose ``when`` holds."""

    id: str
    name: str
    description: str
    next_step: str  # what it takes to move on from here
    when: Condition | None = None  # None: always (the first stage)


@dataclass(frozen=True)
class Rule:
    """An advice rule: when ``when`` holds, recommend what ``then`` lists. Higher ``priority`` ranks first."""

    id: str
    when: Condition
    next_steps: tuple[str, ...] = ()
    certifications: tuple[str, ...] = ()
    associations: tuple[str, ...] = ()
    priority: int = 0
    pos: Pos | None = None
    why: str = ""  # one plain sentence shown with what the rule recommends; "" = built from the condition


@dataclass(frozen=True)
class Specialisation:
    """A director role flavour with a competency profile (competency id -> relative importance)."""

    id: str
    name: str
    description: str
    profile: dict[str, float]
    suits: Condition | None = None  # profile answers that make the role fit better (industry, team size...)


@dataclass(frozen=True)
class QualityPair:
    """Two likert items that say the same thing (one usually reverse-keyed). After keying, answers further apart
    than ``max_gap`` scale points are flagged as a contradiction."""

    first: str
    second: str
    max_gap: int = 2


@dataclass(frozen=True)
class ScoringSettings:
    # A competency is scored only when at least this fraction of its items in the section(s) taken were answered
    # (and always at least one); otherwise it is "not enough answers", never 0.
    min_answered_fraction: float = 0.5
    # Competencies below this score count as gaps for development advice.
    gap_below: float = 60.0
    # How many of the weakest competencies get development actions.
    max_gaps: int = 3
    # Flag completion faster than this many seconds per answered question.
    min_seconds_per_answer: float = 2.0
    # Straight-lining is flagged when at least this many likert items were answered, all with the same value.
    straightline_min_items: int = 6
    # A competency score resting on fewer answers than this is shown as *indicative* (one answer is not a
    # measurement) and is never named a strength or a gap.
    min_answers_for_precision: int = 2
    # Careless-responding checks (scoring/careless.py), on at least careless_min_items answered likert items.
    careless_min_items: int = 12
    longstring_share: float = 0.5  # the longest run of one answer, as a share of the answers
    alternation_share: float = 0.6  # answers see-sawing across half the scale and back
    acquiescence_share: float = 0.75  # agreeing with this share of statements and of their reversed twins
    min_synonyms: float = 0.1  # the correlation of answers to items of one competency, below which they look random
    # At most this many next steps are shown, highest priority first (0: all of them).
    max_next_steps: int = 0
    # Specialisations whose fits are closer than this are shown as fitting about equally, not as a winner.
    specialisation_margin: float = 5.0
    # Points added to a specialisation's fit when its ``suits`` condition holds (industry, team size...).
    specialisation_suits_points: float = 5.0
    # Flag kinds that withhold the result (no band, no band meaning, no advice): none unless the bank says so.
    withhold: tuple[str, ...] = ()
    # How competency scores are shown: "percent" (0..100 of the possible range) or "sum" (the keyed answers added
    # up, as published inventories are scored: 10..50 for ten 1..5 items), with the percent beside it.
    show: str = "percent"
    # A question asked but left blank: "skip" counts it on neither side (a published inventory's key scores the
    # items answered); "lowest" counts it as its lowest answer, as a quiz counts a blank as wrong.
    unanswered: str = "skip"


@dataclass(frozen=True)
class Bank:
    meta: Meta
    path: str
    scales: dict[str, Scale]
    competencies: dict[str, Competency]  # in file order
    questions: dict[str, Question]  # in file order
    sections: dict[str, Section]
    bands: tuple[Band, ...]  # sorted by min; empty: the bank gives a profile, no readiness
    rules: tuple[Rule, ...] = ()
    certifications: dict[str, Certification] = field(default_factory=dict)
    associations: dict[str, Association] = field(default_factory=dict)
    stages: tuple[Stage, ...] = ()
    specialisations: tuple[Specialisation, ...] = ()
    quality_pairs: tuple[QualityPair, ...] = ()
    settings: ScoringSettings = field(default_factory=ScoringSettings)
    caps: tuple[Cap, ...] = ()  # from profile answers, in file order
    contradictions: tuple[Contradiction, ...] = ()  # profile answers that cannot all be true
    content_hash: str = ""  # sha256 of the file bytes: results remember exactly which bank scored them

    @property
    def gives_readiness(self) -> bool:
        """Whether results carry a readiness score and band (the bank has bands), or only a profile of scores."""
        return bool(self.bands)

    def band(self, band_id: str) -> Band:
        for b in self.bands:
            if b.id == band_id:
                return b
        raise KeyError(band_id)

    def band_for(self, score: int) -> Band:
        for b in self.bands:
            if b.min <= score <= b.max:
                return b
        raise ValueError(f"score {score} outside the bands")

    def section_questions(self, section_ids: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """The questions of several sections in asking order, each once."""
        seen: dict[str, None] = {}
        for sid in section_ids:
            for qid in self.sections[sid].questions:
                seen.setdefault(qid, None)
        return tuple(seen)
