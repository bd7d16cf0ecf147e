"""Small builders for model objects, so tests can make a bank in a few lines of Python instead of YAML.

Import them from any test module (pytest puts ``tests/`` on ``sys.path``)::

    from factories import bank, likert, single, opt, section

    b = bank(
        likert("d1", "data"),
        likert("d2", "data", reverse=True),
        single("tools", opt("a", data=2), opt("b", data=0)),
        sections=[section("quick", "d1", "tools")],
    )

Defaults keep tests short and follow the documented format (docs/question-format.md):

- the ``agree5`` scale (1..5, "Strongly disagree".."Strongly agree") is always present;
- competencies referenced by questions are created with weight 1 unless you pass your own;
- without ``sections`` there is one section, ``all``, holding every question in order;
- without ``bands`` the four bands of the format guide are used (0-39, 40-59, 60-79, 80-100).

:func:`bank` checks the invariants :mod:`cs_quiz.bank.load` guarantees (unique ids, resolving references, bands
covering 0..100) and raises ``ValueError`` when a test builds something the real loader would refuse; pass
``check=False`` to build a deliberately broken model. Everything returned is the real frozen model, so
``dataclasses.replace`` works.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from cs_quiz.bank.model import (
    Band,
    Bank,
    Competency,
    Gate,
    Kind,
    Meta,
    Option,
    Pos,
    ProfileInput,
    QualityPair,
    Question,
    QuestionType,
    Scale,
    ScalePoint,
    ScenarioKey,
    ScoringSettings,
    Section,
)

AGREE5_LABELS = ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")


def scale(id: str = "agree5", values: Iterable[int] = range(1, 6), labels: Iterable[str] | None = None) -> Scale:
    """A scale with the given whole-number values (sorted). Labels default to the agree5 wording for 5 points
    and to the value itself otherwise."""
    vals = sorted(values)
    if labels is None:
        labels = AGREE5_LABELS if len(vals) == 5 else [str(v) for v in vals]
    points = tuple(ScalePoint(v, lab) for v, lab in zip(vals, labels, strict=True))
    return Scale(id=id, name=id.capitalize(), points=points)


def competency(
    id: str,
    *,
    weight: float = 1.0,
    critical: Gate | None = None,
    name: str | None = None,
    kind: Kind = Kind.SKILL,
) -> Competency:
    """A competency; ``name`` defaults to the id capitalised."""
    return Competency(
        id=id,
        name=name or id.capitalize(),
        description=f"About {id}.",
        kind=kind,
        weight=weight,
        critical=critical,
    )


def gate(threshold: float, cap: str) -> Gate:
    """A critical gate: a score below ``threshold`` caps readiness at band ``cap``."""
    return Gate(threshold=threshold, cap=cap)


def opt(id: str, scores: Mapping[str, float] | None = None, /, text: str = "", **points: float) -> Option:
    """An option. Give points as keywords (``opt("a", data=2)``) or, for ids that are not Python names, as a
    mapping (``opt("a", {"customer-focus": 2})``); both may be combined."""
    merged = dict(scores or {})
    merged.update(points)
    return Option(id=id, text=text or f"Option {id}", scores=merged)


_line = 0


def _pos() -> Pos:
    global _line
    _line += 1
    return Pos("test-bank.yaml", _line, 3)


def likert(id: str, competency: str, *, scale: str = "agree5", reverse: bool = False, weight: float = 1.0) -> Question:
    """A likert item on ``scale`` scoring ``competency``."""
    return Question(
        id=id,
        type=QuestionType.LIKERT,
        text=f"Statement {id}.",
        pos=_pos(),
        weight=weight,
        competency=competency,
        scale=scale,
        reverse=reverse,
    )


def single(id: str, *options: Option, weight: float = 1.0) -> Question:
    """A single-choice question."""
    return Question(
        id=id, type=QuestionType.SINGLE, text=f"Choose for {id}.", pos=_pos(), weight=weight, options=options
    )


def multi(id: str, *options: Option, weight: float = 1.0) -> Question:
    """A multi-select question (chosen options' points add up)."""
    return Question(
        id=id, type=QuestionType.MULTI, text=f"Pick any for {id}.", pos=_pos(), weight=weight, options=options
    )


def _total(o: Option) -> float:
    return sum(o.scores.values())


def scenario(
    id: str,
    *options: Option,
    ask: tuple[str, ...] = ("best",),
    best: str | None = None,
    worst: str | None = None,
    weight: float = 1.0,
) -> Question:
    """A scenario (situational judgement) question. The key defaults to what the validator demands: for each
    entry in ``ask``, the option with the highest (best) or lowest (worst) total points."""
    if "best" in ask and best is None:
        best = max(options, key=_total).id
    if "worst" in ask and worst is None:
        worst = min(options, key=_total).id
    return Question(
        id=id,
        type=QuestionType.SCENARIO,
        text="What do you do?",
        situation=f"Situation {id}.",
        pos=_pos(),
        weight=weight,
        options=options,
        ask=ask,
        key=ScenarioKey(best=best, worst=worst, rationale="Because."),
    )


def profile_choice(id: str, *option_ids: str, multiple: bool = False) -> Question:
    """A profile question (scores nothing) with one option per id; ``multiple`` makes it a pick-any."""
    return Question(
        id=id,
        type=QuestionType.PROFILE,
        text=f"About you: {id}?",
        pos=_pos(),
        input=ProfileInput.MULTI if multiple else ProfileInput.CHOICE,
        options=tuple(Option(id=o, text=o.capitalize()) for o in option_ids),
    )


def profile_number(id: str, *, minimum: float | None = 0, maximum: float | None = 50, unit: str = "years") -> Question:
    """A profile number question with inclusive bounds (``None`` = unbounded)."""
    return Question(
        id=id,
        type=QuestionType.PROFILE,
        text=f"How many {unit}?",
        pos=_pos(),
        input=ProfileInput.NUMBER,
        minimum=minimum,
        maximum=maximum,
        unit=unit,
    )


def section(id: str, *question_ids: str, minutes: int = 5) -> Section:
    """A section asking ``question_ids`` in that order."""
    return Section(
        id=id,
        title=id.capitalize(),
        description=f"Section {id}.",
        estimated_minutes=minutes,
        questions=question_ids,
    )


def band(id: str, min: int, max: int, name: str | None = None) -> Band:
    """A readiness band covering ``min``..``max`` inclusive."""
    return Band(id=id, name=name or id.capitalize(), min=min, max=max, meaning=f"Meaning of {id}.")


DEFAULT_BANDS: tuple[Band, ...] = (
    band("foundation", 0, 39),
    band("developing", 40, 59),
    band("targeted", 60, 79),
    band("ready", 80, 100),
)


def pair(first: str, second: str, max_gap: int = 2) -> QualityPair:
    """A quality pair: two likert items that should agree after reverse keying."""
    return QualityPair(first=first, second=second, max_gap=max_gap)


def _referenced_competencies(questions: Iterable[Question]) -> list[str]:
    seen: dict[str, None] = {}
    for q in questions:
        if q.competency:
            seen.setdefault(q.competency, None)
        for o in q.options:
            for c in o.scores:
                seen.setdefault(c, None)
    return list(seen)


def bank(
    *questions: Question,
    competencies: Iterable[Competency] = (),
    scales: Iterable[Scale] = (),
    sections: Iterable[Section] | None = None,
    bands: Iterable[Band] = DEFAULT_BANDS,
    quality_pairs: Iterable[QualityPair] = (),
    settings: ScoringSettings | None = None,
    id: str = "test-bank",
    check: bool = True,
) -> Bank:
    """A bank holding ``questions`` in order. Competencies given explicitly come first, in the order given;
    any other competency a question references is added with default settings. ``agree5`` is added unless a
    scale of that id is given."""
    qs = {q.id: q for q in questions}
    comps = {c.id: c for c in competencies}
    for cid in _referenced_competencies(questions):
        comps.setdefault(cid, competency(cid))
    scale_map = {s.id: s for s in scales}
    scale_map.setdefault("agree5", scale())
    secs = list(sections) if sections is not None else [section("all", *qs)]
    b = Bank(
        meta=Meta(
            id=id,
            title="Test bank",
            version="1.0.0",
            language="en",
            description="For tests.",
            estimated_minutes=5,
        ),
        path=f"{id}.yaml",
        scales=scale_map,
        competencies=comps,
        questions=qs,
        sections={s.id: s for s in secs},
        bands=tuple(sorted(bands, key=lambda x: x.min)),
        quality_pairs=tuple(quality_pairs),
        settings=settings or ScoringSettings(),
    )
    if check:
        problems = invariant_problems(b, n_questions=len(questions), n_sections=len(secs))
        if problems:
            raise ValueError("factories.bank: " + "; ".join(problems))
    return b


def invariant_problems(b: Bank, n_questions: int | None = None, n_sections: int | None = None) -> list[str]:
    """What the real loader would refuse in ``b`` (a subset of its checks: the ones tests tend to trip
    over)."""
    out: list[str] = []
    if n_questions is not None and n_questions != len(b.questions):
        out.append("duplicate question ids")
    if n_sections is not None and n_sections != len(b.sections):
        out.append("duplicate section ids")
    for q in b.questions.values():
        if q.type is QuestionType.LIKERT and (q.competency not in b.competencies or q.scale not in b.scales):
            out.append(f"{q.id}: unknown competency {q.competency!r} or scale {q.scale!r}")
        ids = [o.id for o in q.options]
        if len(set(ids)) != len(ids):
            out.append(f"{q.id}: duplicate option ids")
        if q.type is QuestionType.SCENARIO and q.key is not None:
            for k in (q.key.best, q.key.worst):
                if k is not None and q.option(k) is None:
                    out.append(f"{q.id}: key names unknown option {k!r}")
    for s in b.sections.values():
        out += [f"section {s.id}: unknown question {qid!r}" for qid in s.questions if qid not in b.questions]
    for c in b.competencies.values():
        if c.critical is not None and c.critical.cap not in {x.id for x in b.bands}:
            out.append(f"{c.id}: gate caps at unknown band {c.critical.cap!r}")
    for p in b.quality_pairs:
        for qid in (p.first, p.second):
            if qid not in b.questions or b.questions[qid].type is not QuestionType.LIKERT:
                out.append(f"quality pair names {qid!r}, which is not a likert item")
    expected = 0
    for x in b.bands:
        if x.min != expected or x.max < x.min:
            out.append(f"band {x.id} should start at {expected}")
        expected = x.max + 1
    if expected != 101:
        out.append("bands must end at 100")
    return out


def finished_in_cohort(store: Any, bank: Bank, n: int, cohort: str | None, start: int = 0) -> list[int]:
    """``n`` people who finished the small test bank's Quick check in ``cohort`` (stored as the app stores a
    finish: the evaluation's score and advice); the readiness each was shown, in order. ``start`` varies the answers
    of a later batch."""
    from cs_quiz.scoring.engine import evaluate
    from cs_quiz.scoring.results import to_dict

    shown = []
    for i in range(start, start + n):
        answers = {"data-1": 1 + i % 5, "patience-1": 1 + (i * 2) % 5}
        attempt = store.start_attempt(
            bank_id=bank.meta.id, bank_version=bank.meta.version, bank_hash="h", sections=["quick"], cohort=cohort
        )
        ev, _ = evaluate(bank, answers, ["quick"], 600)
        store.finish_attempt(attempt, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}, None)
        shown.append(ev.score.readiness.rounded)
    return shown
