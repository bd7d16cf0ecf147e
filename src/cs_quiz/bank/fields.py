"""The fields of the question-bank format, declared once.

The same declarations drive the structural check in :mod:`cs_quiz.bank.load` (types, required and unknown fields, with
"did you mean") and the JSON Schema shipped for editors (:mod:`cs_quiz.bank.schema`), so the two cannot drift apart.
Cross-references between ids are checked by :mod:`cs_quiz.bank.load`, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"

# A reflection (free text, never scored): how much a person may write by default, and at most.
REFLECTION_LENGTH = 1000
REFLECTION_MAX = 4000

# The response-quality flag kinds a bank may declare to withhold a result (cs_quiz.scoring.results.FlagKind;
# a test keeps the two lists equal, as the bank format cannot import the scoring layer above it).
WITHHOLDABLE = (
    "straight-lining",
    "too-fast",
    "contradiction",
    "long-string",
    "alternating",
    "acquiescence",
    "inconsistent",
    "profile-contradiction",
)


@dataclass(frozen=True)
class Field:
    type: Any  # a type name (see _SCALARS), Obj, ListOf, MapOf or Enum
    required: bool = False
    doc: str = ""
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Obj:
    name: str  # how messages call it: "question", "competency"
    fields: dict[str, Field]
    # For objects whose fields depend on a discriminator (questions by "type"): value -> extra fields.
    variant_key: str = ""
    variants: dict[str, dict[str, Field]] = field(default_factory=dict)

    def fields_for(self, variant: Any) -> dict[str, Field]:
        if not self.variant_key:
            return self.fields
        return {**self.fields, **self.variants.get(variant, {})}

    def all_names(self) -> list[str]:
        names = list(self.fields)
        for extra in self.variants.values():
            names += [n for n in extra if n not in names]
        return names


MAX_QUESTIONS = 1000


@dataclass(frozen=True)
class ListOf:
    item: Any
    min_items: int = 0
    max_items: int | None = None


@dataclass(frozen=True)
class MapOf:
    """A mapping from ids (e.g. competency ids) to values."""

    value: Any


@dataclass(frozen=True)
class Enum:
    values: tuple[str, ...]


# Scalar type names: how they are described in messages.
SCALARS = {
    "id": "an id (letters, digits, '-', '_', '.')",
    "text": "text",
    "int": "a whole number",
    "number": "a number",
    "bool": "true or false",
    "date": "a date like 2026-11-22",
    "condition": "a condition",
}

_SOURCE = Obj(
    "source",
    {
        "title": Field("text", True, "What the source is"),
        "url": Field("text", True, "Where to find it"),
        "checked": Field("date", True, "When it was last checked (YYYY-MM-DD)"),
    },
)

_OPTION = Obj(
    "option",
    {
        "id": Field("id", True, "Stable id, unique within the question"),
        "text": Field("text", True, "What the person reads"),
        "scores": Field(MapOf("number"), False, "Competency id -> points this option earns"),
        "feedback": Field("text", False, "Why this option is good or poor; shown after the attempt"),
        "pinned": Field("bool", False, "true: keeps its place when the others are shuffled (e.g. 'None of these')"),
        "exclusive": Field(
            "bool", False, "true: choosing it clears the other choices (e.g. 'None of these'); multi questions only"
        ),
    },
)

_ORDER = Field(
    Enum(("shuffled", "fixed")),
    False,
    "Option order per attempt: shuffled (the default for single, multi and scenario) or fixed as written",
)

QUESTION = Obj(
    "question",
    {
        "id": Field("id", True, "Stable id: results are stored by it"),
        "type": Field(
            Enum(("likert", "single", "multi", "scenario", "profile", "reflection")), True, "The question type"
        ),
        "text": Field("text", True, "The question (Markdown allowed)"),
        "weight": Field("number", False, "Share in its competencies, default 1", minimum=0),
        "help": Field("text", False, "Extra explanation shown under the question"),
    },
    variant_key="type",
    variants={
        "likert": {
            "competency": Field("id", True, "The competency this item rates"),
            "scale": Field("id", True, "The response scale"),
            "reverse": Field("bool", False, "true when agreeing shows LESS of the competency"),
        },
        "single": {
            "options": Field(ListOf(_OPTION, 2), True, "The options; each may score competencies"),
            "order": _ORDER,
        },
        "multi": {"options": Field(ListOf(_OPTION, 2), True, "The options; chosen points add up"), "order": _ORDER},
        "scenario": {
            "situation": Field("text", True, "The situation, shown prominently"),
            "options": Field(ListOf(_OPTION, 2), True, "Possible responses, each scored"),
            "order": _ORDER,
            "ask": Field(ListOf(Enum(("best", "worst")), 1), False, "What to pick: [best], [worst] or both"),
            "key": Field(
                Obj(
                    "key",
                    {
                        "best": Field("id", False, "The keyed best response"),
                        "worst": Field("id", False, "The keyed worst response"),
                        "rationale": Field("text", False, "Why, in plain words"),
                    },
                ),
                True,
                "The expert key",
            ),
        },
        "profile": {
            "input": Field(Enum(("choice", "multi", "number")), True, "How the person answers"),
            "options": Field(ListOf(_OPTION, 2), False, "Choices (for choice and multi)"),
            "min": Field("number", False, "Smallest number allowed"),
            "max": Field("number", False, "Largest number allowed"),
            "unit": Field("text", False, "Unit shown after the number, e.g. years"),
        },
        "reflection": {
            "max_length": Field(
                "int",
                False,
                f"Most characters a person may write, default {REFLECTION_LENGTH}",
                minimum=1,
                maximum=REFLECTION_MAX,
            ),
        },
    },
)

BANK = Obj(
    "bank file",
    {
        "format": Field("int", True, "Format version: 1", minimum=1, maximum=1),
        "bank": Field(
            Obj(
                "bank",
                {
                    "id": Field("id", True, "Stable bank id"),
                    "title": Field("text", True, "Shown on the welcome screen"),
                    "version": Field("text", True, 'Quote it: "1.0.0"'),
                    "language": Field("text", True, "IETF language tag, e.g. en, es"),
                    "description": Field("text", True, "What the bank is for"),
                    "estimated_minutes": Field(
                        "int", False, "Minutes for everything (default: worked out from the questions)", minimum=1
                    ),
                    "sources": Field(ListOf(_SOURCE), False, "Where facts were checked"),
                },
            ),
            True,
            "Bank metadata",
        ),
        "scoring": Field(
            Obj(
                "scoring",
                {
                    "min_answered_fraction": Field(
                        "number",
                        False,
                        "Default 0.5: the share of a competency's questions that must be answered for it to be scored",
                        minimum=0,
                        maximum=1,
                    ),
                    "show": Field(
                        Enum(("percent", "sum")),
                        False,
                        "Default percent (0-100); sum: each competency as the sum of its answers, as published "
                        "inventories score (e.g. 10-50)",
                    ),
                    "unanswered": Field(
                        Enum(("skip", "lowest")),
                        False,
                        "Default skip: a question left blank counts on neither side; lowest: it counts as its lowest "
                        "answer, as a quiz counts a blank as wrong",
                    ),
                    "gap_below": Field("number", False, "Default 60", minimum=0, maximum=100),
                    "max_gaps": Field("int", False, "Default 3", minimum=0),
                    "min_seconds_per_answer": Field("number", False, "Default 2", minimum=0),
                    "straightline_min_items": Field("int", False, "Default 6", minimum=2),
                    "careless_min_items": Field("int", False, "Default 12: careless checks need this many", minimum=3),
                    "longstring_share": Field("number", False, "Default 0.5", minimum=0, maximum=1),
                    "alternation_share": Field("number", False, "Default 0.6", minimum=0, maximum=1),
                    "acquiescence_share": Field("number", False, "Default 0.75", minimum=0, maximum=1),
                    "min_synonyms": Field("number", False, "Default 0.1", minimum=-1, maximum=1),
                    "max_next_steps": Field("int", False, "Default 0: show every next step", minimum=0),
                    "specialisation_margin": Field(
                        "number", False, "Default 5: closer fits are shown as equal", minimum=0, maximum=100
                    ),
                    "specialisation_suits_points": Field(
                        "number", False, "Default 5: added to a fit when its 'suits' holds", minimum=0, maximum=100
                    ),
                    "withhold": Field(
                        ListOf(Enum(tuple(WITHHOLDABLE))),
                        False,
                        "Response-quality flags that withhold the result: no band, no band meaning, no advice",
                    ),
                    "min_answers_for_precision": Field(
                        "int",
                        False,
                        "Default 2: a score resting on fewer answers is shown as indicative, never a strength or gap",
                        minimum=1,
                    ),
                },
            ),
            False,
            "Scoring settings",
        ),
        "scales": Field(
            ListOf(
                Obj(
                    "scale",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "values": Field(
                            ListOf(
                                Obj(
                                    "scale value",
                                    {
                                        "value": Field("int", True, "A whole number", minimum=-1000, maximum=1000),
                                        "label": Field("text", True),
                                    },
                                ),
                                2,
                            ),
                            True,
                            "At least two values",
                        ),
                        "not_yet": Field(
                            "text",
                            False,
                            "A last choice such as 'I have not had the chance yet': shown, left out of the score",
                        ),
                    },
                ),
                1,
            ),
            False,
            "Reusable response scales (needed by likert statements; a quiz of choices needs none)",
        ),
        "competencies": Field(
            ListOf(
                Obj(
                    "competency",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "description": Field("text", False, "What it is, in plain words"),
                        "kind": Field(Enum(("skill", "trait")), False, "skill (default) or trait"),
                        "weight": Field("number", False, "Share in overall readiness, default 1", minimum=0),
                        "critical": Field(
                            Obj(
                                "critical",
                                {
                                    "threshold": Field("number", True, minimum=0, maximum=100),
                                    "cap": Field("id", True, "The band readiness is capped at"),
                                },
                            ),
                            False,
                            "A gate: below threshold caps readiness",
                        ),
                        "actions": Field(
                            ListOf(
                                Obj(
                                    "action",
                                    {
                                        "level": Field(Enum(("practice", "stretch", "course")), True),
                                        "text": Field("text", True),
                                        "when": Field(
                                            "condition", False, "Only for these people, e.g. {stage: education}"
                                        ),
                                    },
                                )
                            ),
                            False,
                            "Development actions",
                        ),
                    },
                ),
                1,
            ),
            True,
            "What is scored",
        ),
        # At most MAX_QUESTIONS: the longest published inventories have a few hundred items, and the careless
        # checks compare items in pairs, so a bank of thousands would take minutes to score.
        "questions": Field(ListOf(QUESTION, 1, MAX_QUESTIONS), True, "Every question"),
        "sections": Field(
            ListOf(
                Obj(
                    "section",
                    {
                        "id": Field("id", True),
                        "title": Field("text", True),
                        "description": Field("text", False, "What the section is for"),
                        "estimated_minutes": Field(
                            "int", False, "Minutes it takes (default: worked out from its questions)", minimum=1
                        ),
                        "questions": Field(ListOf("id", 1), True, "Question ids in asking order"),
                    },
                ),
                1,
            ),
            True,
            "Question sets",
        ),
        "bands": Field(
            ListOf(
                Obj(
                    "band",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "min": Field("int", True, minimum=0, maximum=100),
                        "max": Field("int", True, minimum=0, maximum=100),
                        "meaning": Field("text", True, "What it means, in plain words"),
                    },
                ),
                1,
            ),
            False,
            "Readiness bands covering 0-100; without bands the result is a profile of scores, with no readiness",
        ),
        "caps": Field(
            ListOf(
                Obj(
                    "cap",
                    {
                        "id": Field("id", True),
                        "when": Field("condition", True, "Profile answers that cap the band, e.g. no experience"),
                        "band": Field("id", True, "The highest band such a person can be placed in"),
                        "reason": Field("text", True, "Why, in plain words, shown with the result"),
                    },
                )
            ),
            False,
            "Caps on the readiness band from profile answers",
        ),
        "career_path": Field(
            ListOf(
                Obj(
                    "stage",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "description": Field("text", True),
                        "next_step": Field("text", True, "What it takes to move on"),
                        "when": Field("condition", False, "When a person is at this stage"),
                    },
                )
            ),
            False,
            "Career stages, first to last",
        ),
        "certifications": Field(
            ListOf(
                Obj(
                    "certification",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "issuer": Field("text", True),
                        "description": Field("text", True),
                        "prerequisites": Field("text", True),
                        "url": Field("text", True),
                        "source": Field(_SOURCE, False),
                        "eligible_when": Field("condition", False, "When the answers show the person qualifies"),
                        "held_when": Field(
                            "condition", False, "When the answers show the person holds it: never recommended then"
                        ),
                    },
                )
            ),
            False,
            "Real credentials",
        ),
        "associations": Field(
            ListOf(
                Obj(
                    "association",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "description": Field("text", True),
                        "url": Field("text", True),
                        "source": Field(_SOURCE, False),
                    },
                )
            ),
            False,
            "Professional associations",
        ),
        "advice": Field(
            ListOf(
                Obj(
                    "rule",
                    {
                        "id": Field("id", True),
                        "when": Field("condition", True),
                        "priority": Field("int", False, "Higher first, default 0"),
                        "why": Field("text", False, "One plain sentence: why this is recommended"),
                        "next_steps": Field(ListOf("text"), False),
                        "certifications": Field(ListOf("id"), False),
                        "associations": Field(ListOf("id"), False),
                    },
                )
            ),
            False,
            "Advice rules",
        ),
        "specialisations": Field(
            ListOf(
                Obj(
                    "specialisation",
                    {
                        "id": Field("id", True),
                        "name": Field("text", True),
                        "description": Field("text", True),
                        "profile": Field(MapOf("number"), True, "Competency id -> importance"),
                        "suits": Field(
                            "condition", False, "Answers (industry, team size...) that make this role fit better"
                        ),
                    },
                )
            ),
            False,
            "Director role flavours",
        ),
        "quality": Field(
            Obj(
                "quality",
                {
                    "pairs": Field(
                        ListOf(
                            Obj(
                                "pair",
                                {
                                    "items": Field(ListOf("id", 2), True, "Two likert question ids"),
                                    "max_gap": Field("int", False, "Default 2", minimum=0),
                                },
                            )
                        ),
                        False,
                    ),
                    "contradictions": Field(
                        ListOf(
                            Obj(
                                "contradiction",
                                {
                                    "id": Field("id", True),
                                    "when": Field("condition", True, "Profile answers that cannot all be true"),
                                    "reason": Field("text", True, "What does not fit, in plain words"),
                                },
                            )
                        ),
                        False,
                        "Profile answers that contradict each other (flag kind profile-contradiction)",
                    ),
                },
            ),
            False,
            "Response-quality settings",
        ),
    },
)
