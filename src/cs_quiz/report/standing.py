"""Where a person stands in a group, as the results screen says it and the report prints it (issue 18): "Your
readiness score is higher than that of 70% of the 24 others in Year 11".

One rule for the kiosk and the desktop app alike: among the others who finished the same bank with a verdict (in
the cohort, when there is one; :meth:`cs_quiz.store.store.Store.readiness_scores`), their figures as they were
shown, ties counting half (:func:`cs_quiz.stats.standing.standing`); said only with at least
:data:`cs_quiz.stats.standing.MINIMUM` (20) of them, and never for a result held back or not scored. Whether to say
it at all is the person's or the facilitator's choice, made by the caller.

:func:`find` reads the store and computes (no Qt); :func:`sentence` words it, in the "Report" context, so the
screen and the PDF say the same words in the same language.
"""

from __future__ import annotations

from dataclasses import dataclass

from cs_quiz.scoring.engine import Evaluation
from cs_quiz.stats.standing import standing
from cs_quiz.store.store import Store, StoreError


@dataclass(frozen=True)
class Standing:
    percent: int  # 0..100: the share of the others below this person (a tie counting half)
    others: int  # how many others the person is placed among (at least 20)
    group: str  # the cohort label as the person knows it; "" for everyone who finished on this computer


def find(store: Store, ev: Evaluation, attempt_id: str, cohort: str | None) -> Standing | None:
    """Where ``ev``'s readiness stands among the other finished attempts of its bank (in ``cohort``, any case, when
    one is given; everyone's otherwise), leaving out ``attempt_id`` itself. None when there is nothing to say: a
    result withheld or not scored, fewer than 20 others, or a results file that cannot be read (the person's own
    result is what matters then)."""
    r = ev.score.readiness
    if r.rounded is None or r.band is None:
        return None
    group = (cohort or "").strip()
    try:
        others = store.readiness_scores(ev.bank.meta.id, group or None, besides=attempt_id)
    except StoreError:
        return None
    percent = standing(r.rounded, others)
    if percent is None:
        return None
    return Standing(percent, len(others), group)


def sentence(found: Standing | None) -> str:
    """The words for the screen and the report ("" for None), in the interface language."""
    from cs_quiz.report.markup import translate  # Qt: only when there is something to say

    if found is None:
        return ""
    if found.group:
        return translate(
            "Report", "Your readiness score is higher than that of {percent}% of the {n} others in {group}."
        ).format(percent=found.percent, n=found.others, group=found.group)
    return translate(
        "Report", "Your readiness score is higher than that of {percent}% of the {n} others who took it here."
    ).format(percent=found.percent, n=found.others)
