"""Answers -> per-competency scores, overall readiness, readiness band and response-quality flags.

Pure functions: the same bank, answers, sections and time always give the same :class:`ScoreResult`, and
nothing here reads files, clocks or settings other than the bank's own. docs/scoring.md explains the
arithmetic in plain words; this module is its single implementation.

Vocabulary. An *item* is one scored question seen from one competency: a likert item scores its competency, a
single/multi/scenario question is an item of every competency its options give points on. Its *range* is the
lowest and highest raw points it can give that competency; an item whose range is empty (all options score the
same) or whose weight is not positive cannot tell people apart and is no item of that competency at all.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from cs_quiz.bank.model import NOT_YET, Bank, Question, QuestionType, Scale
from cs_quiz.scoring import careless
from cs_quiz.scoring import messages as msg
from cs_quiz.scoring.answers import AnswerError, check_answers
from cs_quiz.scoring.caps import apply_caps, contradiction_flags
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import (
    Answer,
    Answers,
    CompetencyScore,
    Flag,
    FlagKind,
    Readiness,
    ScoreResult,
    Text,
)

# Tolerance for comparisons of computed floats against whole-number rules (0.28 * 25 is 7.000000000000001).
_EPS = 1e-9


def score(
    bank: Bank,
    answers: Mapping[str, Answer],
    sections: Sequence[str] | None = None,
    seconds: float | None = None,
) -> ScoreResult:
    """Score ``answers`` (question id -> answer) for the section(s) ``sections`` of ``bank``.

    ``answers`` are checked with :func:`cs_quiz.scoring.answers.check_answers` first (so ``"4"`` works as well as
    ``4``); if any is unusable this raises :class:`~cs_quiz.scoring.answers.AnswerError` listing them all, because
    scoring around a bad answer would quietly give a wrong result. Answers to questions outside the sections
    taken are ignored.

    ``sections`` None means: infer them with :func:`infer_sections`. An unknown section id or an empty list
    raises ``ValueError``. ``seconds`` is the time the attempt took (None if unknown; negative raises
    ``ValueError``); it only feeds the too-fast flag.
    """
    clean, problems = check_answers(bank, answers)
    if problems:
        raise AnswerError(problems)
    taken = infer_sections(bank, clean) if sections is None else tuple(sections)
    if not taken:
        raise ValueError("no sections to score")
    unknown = [s for s in taken if s not in bank.sections]
    if unknown:
        raise ValueError(f"unknown section(s): {', '.join(unknown)}")
    if seconds is not None and seconds < 0:
        raise ValueError(f"seconds must not be negative, got {seconds}")

    asked = bank.section_questions(taken)
    given = {qid: clean[qid] for qid in asked if qid in clean}
    competencies = _competency_scores(bank, asked, given)

    def so_far(readiness: Readiness) -> ScoreResult:  # what conditions on the profile and the band read
        return ScoreResult(bank.meta.id, bank.meta.version, taken, competencies, readiness, (), len(given), 0)

    readiness = apply_caps(bank, so_far(_readiness(bank, competencies)), given)
    flags = quality_flags(bank, given, seconds, asked) + contradiction_flags(bank, so_far(readiness), given)
    withheld = tuple(dict.fromkeys(f.kind.value for f in flags if f.withholds))
    if withheld:  # the answers cannot be interpreted: scores are kept (and marked), the verdict is not given
        readiness = replace(
            readiness,
            band=None,
            band_name="",
            meaning="",
            uncapped_band=None,
            capped_by=(),
            interpretable=False,
            withheld_by=withheld,
        )
    counted = [qid for qid in asked if bank.questions[qid].type is not QuestionType.REFLECTION]  # never scored
    return ScoreResult(
        bank_id=bank.meta.id,
        bank_version=bank.meta.version,
        sections=taken,
        competencies=competencies,
        readiness=readiness,
        flags=flags,
        answered=sum(1 for qid in counted if qid in given),
        total=len(counted),
    )


def infer_sections(bank: Bank, answers: Mapping[str, Answer]) -> tuple[str, ...]:
    """The section(s) an attempt was most likely taken from: the smallest section (fewest questions; the first
    in bank order on a tie) that contains every answered question, else all sections. With no answers at all
    that is simply the smallest section. Unanswered (None) entries and unknown ids do not count."""
    answered = {qid for qid, a in answers.items() if a is not None and qid in bank.questions}
    fitting = [s for s in bank.sections.values() if answered <= set(s.questions)]
    if fitting:
        return (min(fitting, key=lambda s: len(s.questions)).id,)
    return tuple(bank.sections)


def item_ranges(bank: Bank, question: Question) -> dict[str, tuple[float, float]]:
    """Competency id -> (min, max) raw points ``question`` can give it, for the competencies it is an item of.

    Likert: the scale's lowest and highest value. Single and scenario: the lowest and highest points over all
    options (an option that does not mention the competency gives 0). Multi: the sum of all negative points
    and the sum of all positive points. Profile questions, empty ranges and non-positive weights give nothing.
    """
    if question.weight <= 0 or not question.scored:
        return {}
    if question.type is QuestionType.LIKERT:
        scale = _scale(bank, question)
        return {question.competency or "": (scale.min, scale.max)}
    ranges: dict[str, tuple[float, float]] = {}
    for comp in _mentioned(question):
        points = [o.scores.get(comp, 0.0) for o in question.options]
        if question.type is QuestionType.MULTI:
            lo, hi = sum(p for p in points if p < 0), sum(p for p in points if p > 0)
        else:
            lo, hi = min(points), max(points)
        if hi > lo:
            ranges[comp] = (lo, hi)
    return ranges


def keyed_value(bank: Bank, question: Question, value: int) -> int:
    """A likert answer after reverse keying: ``min + max - value`` for a reverse-keyed item (6 - x on a 1..5
    scale, i.e. (1 + k) - x), else ``value`` itself."""
    if not question.reverse:
        return value
    scale = _scale(bank, question)
    return scale.min + scale.max - value


def contributions(bank: Bank, question: Question, answer: Answer) -> dict[str, tuple[float, float]]:
    """Competency id -> (points earned above the minimum, points possible), both already multiplied by the
    question's weight, for one answered question in normal form. A scenario asking for best and worst gives
    two contributions summed into one pair. This is what :func:`score` adds up; exposed so the results screen
    can explain a score."""
    out: dict[str, tuple[float, float]] = {}
    if answer == NOT_YET:  # no chance to act on it yet: counts on neither side
        return out
    w = question.weight
    for comp, (lo, hi) in item_ranges(bank, question).items():
        if question.type is QuestionType.LIKERT:
            raws = [float(keyed_value(bank, question, answer))]
        elif question.type is QuestionType.SINGLE:
            raws = [_points(question, answer, comp)]
        elif question.type is QuestionType.MULTI:
            raws = [sum(_points(question, o, comp) for o in answer)]
        else:  # scenario: the worst pick is mirrored, so naming the lowest-scoring option earns full credit
            raws = []
            if answer.get("best") is not None:
                raws.append(_points(question, answer["best"], comp))
            if answer.get("worst") is not None:
                raws.append(lo + hi - _points(question, answer["worst"], comp))
        out[comp] = (sum(w * (r - lo) for r in raws), w * (hi - lo) * len(raws))
    return out


def _competency_scores(bank: Bank, asked: Sequence[str], given: Answers) -> tuple[CompetencyScore, ...]:
    available = dict.fromkeys(bank.competencies, 0)
    answered = dict.fromkeys(bank.competencies, 0)
    earned = dict.fromkeys(bank.competencies, 0.0)
    possible = dict.fromkeys(bank.competencies, 0.0)
    not_yet = dict.fromkeys(bank.competencies, 0)
    floor = dict.fromkeys(bank.competencies, 0.0)  # the lowest sum the answered items could have given
    blank = dict.fromkeys(bank.competencies, 0)
    lowest = bank.settings.unanswered == "lowest"
    for qid in asked:  # asking order, so float sums never depend on the order answers were given in
        question = bank.questions[qid]
        ranges = item_ranges(bank, question)
        items = [c for c in ranges if c in available]
        for comp in items:
            available[comp] += 1
        asked_picks = len(question.ask) if question.type is QuestionType.SCENARIO else 1
        if qid not in given:
            if lowest:  # a blank earns nothing and still counts in what was possible: a quiz's wrong answer
                for comp in items:
                    blank[comp] += 1
                    _at_lowest(possible, floor, comp, question.weight, ranges[comp], asked_picks)
            continue
        if given[qid] == NOT_YET:  # left out of both sides: no chance yet is neither low nor middling
            for comp in items:
                not_yet[comp] += 1
            continue
        picks = _picks(question, given[qid])
        for comp, (num, den) in contributions(bank, question, given[qid]).items():
            if comp in available:
                answered[comp] += 1
                earned[comp] += num
                possible[comp] += den
                floor[comp] += question.weight * ranges[comp][0] * picks
        if lowest and asked_picks > picks:  # a scenario's best given, its worst not: that pick counts at its lowest
            for comp in items:
                _at_lowest(possible, floor, comp, question.weight, ranges[comp], asked_picks - picks)
    fraction = bank.settings.min_answered_fraction
    out = []
    for comp, c in bank.competencies.items():
        needed = max(1, math.ceil(fraction * available[comp] - _EPS))
        enough = available[comp] > 0 and answered[comp] >= needed and possible[comp] > 0
        value = 100.0 * earned[comp] / possible[comp] if enough else None
        few = value is not None and answered[comp] < bank.settings.min_answers_for_precision
        total = floor[comp] + earned[comp] if enough else None
        out.append(
            CompetencyScore(
                comp,
                c.name,
                value,
                answered[comp],
                available[comp],
                earned[comp],
                few,
                not_yet[comp],
                sum=total,
                sum_min=floor[comp],
                sum_max=floor[comp] + possible[comp],
                blank=blank[comp],
            )
        )
    return tuple(out)


def _at_lowest(
    possible: dict[str, float], floor: dict[str, float], comp: str, weight: float, span: tuple[float, float], picks: int
) -> None:
    """Count ``picks`` picks not made as their lowest answer: nothing earned, the whole range possible."""
    lo, hi = span
    possible[comp] += weight * (hi - lo) * picks
    floor[comp] += weight * lo * picks


def _picks(question: Question, answer: Answer) -> int:
    """How many scored picks an answer holds: two for a scenario answered best and worst, else one."""
    if question.type is QuestionType.SCENARIO and isinstance(answer, Mapping):
        return sum(1 for k in ("best", "worst") if answer.get(k) is not None)
    return 1


def _readiness(bank: Bank, competencies: Sequence[CompetencyScore]) -> Readiness:
    if not bank.gives_readiness:  # a profile (an inventory, a quiz): scores only, no verdict by design
        return Readiness(None, None, None, "", "", None, (), profile=True)
    weighted = [
        (bank.competencies[c.competency].weight, c.score)
        for c in competencies
        if c.score is not None and bank.competencies[c.competency].weight > 0
    ]
    total_weight = sum(w for w, _ in weighted)
    if not weighted:
        return Readiness(None, None, None, "", "", None, ())
    overall = sum(w * s for w, s in weighted) / total_weight
    rounded = round_half_up(overall)
    uncapped = bank.band_for(rounded)
    band = uncapped
    capped_by: list[str] = []
    for c in competencies:
        gate = bank.competencies[c.competency].critical
        # Compare what the person sees: a competency shown as 40 never trips a "below 40" gate.
        if gate is None or c.score is None or round_half_up(c.score) >= gate.threshold:
            continue
        cap = bank.band(gate.cap)
        if cap.min < uncapped.min:
            capped_by.append(c.competency)
            if cap.min < band.min:
                band = cap
    return Readiness(overall, rounded, band.id, band.name, band.meaning, uncapped.id, tuple(capped_by))


def quality_flags(
    bank: Bank, given: Answers, seconds: float | None = None, asked: Sequence[str] | None = None
) -> tuple[Flag, ...]:
    """Response-quality notes for answers in normal form (only those of the sections taken), ``asked`` in asking
    order (default: the bank's). They never change a score; a kind the bank lists in ``withhold`` withholds the
    verdict. Straight-lining, too fast, the careless-responding indices, then one contradiction per quality pair."""
    flags = _quality_flags(bank, given, seconds, tuple(bank.questions) if asked is None else asked)
    withhold = set(bank.settings.withhold)
    return tuple(replace(f, withholds=f.kind.value in withhold) for f in flags)


def _quality_flags(bank: Bank, given: Answers, seconds: float | None, asked: Sequence[str]) -> list[Flag]:
    flags: list[Flag] = []
    likert = {qid: a for qid, a in given.items() if bank.questions[qid].type is QuestionType.LIKERT and a != NOT_YET}
    minimum = bank.settings.straightline_min_items
    if len(likert) >= max(1, minimum) and len(set(likert.values())) == 1:
        flags.append(_straight_lining(bank, likert))
    if seconds is not None and given and seconds / len(given) < bank.settings.min_seconds_per_answer:
        per = seconds / len(given)
        flags.append(
            Flag(
                FlagKind.TOO_FAST,
                Text.of(
                    msg.TOO_FAST,
                    count=len(given),
                    seconds=round(seconds),
                    per=round(per, 1),
                    minimum=bank.settings.min_seconds_per_answer,
                ),
            )
        )
    if not any(f.kind is FlagKind.STRAIGHT_LINING for f in flags):
        flags += _careless_flags(bank, given, asked)
    for pair in bank.quality_pairs:
        flag = _contradiction(bank, given, pair.first, pair.second, pair.max_gap)
        if flag is not None:
            flags.append(flag)
    return flags


def _careless_flags(bank: Bank, given: Answers, asked: Sequence[str]) -> list[Flag]:
    """The careless-responding indices (scoring/careless.py), each against the bank's threshold."""
    s = bank.settings
    items = careless.likert_answers(bank, asked, given)
    if len(items) < max(3, s.careless_min_items):
        return []
    ids = tuple(i.question for i in items)
    flags: list[Flag] = []
    run, start = careless.longest_run(items)
    if run / len(items) >= s.longstring_share:
        first = items[start].question
        label = _scale(bank, bank.questions[first]).label(int(given[first]))
        share = round(100 * run / len(items))
        flags.append(Flag(FlagKind.LONG_STRING, Text.of(msg.LONG_STRING, run=run, label=label, share=share), ids))
    swinging = careless.alternation(items)
    if swinging >= s.alternation_share:
        flags.append(Flag(FlagKind.ALTERNATING, Text.of(msg.ALTERNATING, share=round(100 * swinging)), ids))
    plain, reverse = careless.agreement(items)
    if min(plain, reverse) >= s.acquiescence_share:  # careless.acquiescence
        text = Text.of(msg.ACQUIESCENCE, share=round(100 * plain), share_reversed=round(100 * reverse))
        flags.append(Flag(FlagKind.ACQUIESCENCE, text, ids))
    agreement = careless.synonyms(items)
    random_like = careless.spread(items) >= careless.RANDOM_MIN_SPREAD
    if agreement is not None and agreement < s.min_synonyms and random_like and not flags:  # one reason is enough
        text = Text.of(msg.INCONSISTENT, value=round(agreement, 2), minimum=s.min_synonyms)
        flags.append(Flag(FlagKind.INCONSISTENT, text, ids))
    return flags


def _straight_lining(bank: Bank, likert: Answers) -> Flag:
    first = bank.questions[next(iter(likert))]
    value = next(iter(likert.values()))
    label = _scale(bank, first).label(value)
    reversed_items = sum(1 for qid in likert if bank.questions[qid].reverse)
    if reversed_items:
        text = Text.of(msg.STRAIGHT_LINING_REVERSED, count=len(likert), label=label, reversed=reversed_items)
    else:
        text = Text.of(msg.STRAIGHT_LINING, count=len(likert), label=label)
    return Flag(FlagKind.STRAIGHT_LINING, text, tuple(likert))


def _contradiction(bank: Bank, given: Answers, first: str, second: str, max_gap: int) -> Flag | None:
    if first not in given or second not in given or NOT_YET in (given[first], given[second]):
        return None
    q1, q2 = bank.questions[first], bank.questions[second]
    if q1.type is not QuestionType.LIKERT or q2.type is not QuestionType.LIKERT:
        return None
    s1, s2 = _scale(bank, q1), _scale(bank, q2)
    k1 = float(keyed_value(bank, q1, given[first]))
    k2 = float(keyed_value(bank, q2, given[second]))
    if s1.id != s2.id:  # put the second answer on the first item's scale
        k2 = s1.min + (k2 - s2.min) * (s1.max - s1.min) / (s2.max - s2.min)
    gap = abs(k1 - k2)
    if gap <= max_gap + _EPS:
        return None
    topic = bank.competencies[q1.competency].name if q1.competency in bank.competencies else q1.competency or ""
    template = msg.CONTRADICTION_REVERSED if q1.reverse != q2.reverse else msg.CONTRADICTION
    text = Text.of(
        template,
        first=first,
        second=second,
        answer1=s1.label(given[first]),
        answer2=s2.label(given[second]),
        gap=round(gap, 2),
        max_gap=max_gap,
        topic=topic,
    )
    return Flag(FlagKind.CONTRADICTION, text, (first, second))


def _scale(bank: Bank, question: Question) -> Scale:
    scale = bank.scales.get(question.scale or "")
    if scale is None:
        raise ValueError(f"question {question.id!r} has no scale in bank {bank.meta.id!r}")
    return scale


def _mentioned(question: Question) -> list[str]:
    seen: dict[str, None] = {}
    for o in question.options:
        for comp in o.scores:
            seen.setdefault(comp, None)
    return list(seen)


def _points(question: Question, option_id: str, comp: str) -> float:
    option = question.option(option_id)
    return option.scores.get(comp, 0.0) if option is not None else 0.0
