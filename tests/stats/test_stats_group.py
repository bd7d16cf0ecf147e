"""Group results: counts, shares and band counts from the stored results, distributions per competency, and
nothing but counts below the minimum."""

from __future__ import annotations

from dataclasses import replace

import pytest
from stats_helpers import NICK, small_answers, small_bank, taken

from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.group import NOT_SCORED, WITHHELD, group_results


def test_a_worked_group() -> None:
    bank = small_bank()
    # data answers 1..5 -> data scores as stored (data-1 likert, sc-1, tools) ...
    finished = [taken(bank, small_answers(data=v), sections=("full",)) for v in (1, 2, 3, 4, 5, 5)]
    withheld = replace(
        finished[0], attempt_id="w", result={"score": {"readiness": {"interpretable": False}, "flags": [{"kind": "x"}]}}
    )
    unscored = replace(finished[0], attempt_id="u", result=None)
    open_one = taken(bank, {"data-1": 3}, status="in_progress")
    dropped = taken(bank, {"data-1": 3}, status="abandoned")
    other_bank = replace(finished[1], bank_id="another")
    g = group_results([*finished, withheld, unscored, open_one, dropped, other_bank], bank)
    assert not g.too_few
    assert (g.started, g.finished) == (10, 8)
    assert g.completion_rate == pytest.approx(8 / 10)
    assert g.flagged_share == pytest.approx(1 / 8)
    assert g.withheld_share == pytest.approx(1 / 8)
    assert g.bands is not None
    told = [t.band for t in finished]
    assert [(b.band, b.count) for b in g.bands] == [
        ("foundation", told.count("foundation")),
        ("developing", told.count("developing")),
        ("ready", told.count("ready")),
        (WITHHELD, 1),
        (NOT_SCORED, 1),
    ]
    assert [b.name for b in g.bands][:3] == ["Building the foundation", "One to three years away", "Ready"]
    assert sum(b.count for b in g.bands) == g.finished
    assert g.competencies is not None
    data = g.competencies[0]
    assert (data.competency, data.name) == ("data", "Data & metrics")
    stored = sorted(t.scores["data"] for t in finished)
    assert data.summary.n == 6
    assert (data.summary.min, data.summary.max) == (stored[0], stored[-1])
    assert data.summary.median == pytest.approx((stored[2] + stored[3]) / 2)


def test_scores_are_the_stored_ones_never_rescored() -> None:
    bank = small_bank()
    group = [taken(bank, small_answers(), sections=("full",), scores={"data": 10.0 * i}) for i in range(5)]
    g = group_results(group, bank)
    assert g.competencies is not None
    assert g.competencies[0].summary.mean == pytest.approx(20.0)


def test_a_band_the_bank_no_longer_has_keeps_its_told_name() -> None:
    bank = small_bank()
    group = [taken(bank, small_answers(), sections=("full",)) for _ in range(5)]
    old = group[0].result
    assert old is not None
    score = dict(old["score"], readiness=dict(old["score"]["readiness"], band="gone", band_name="Old band"))
    group[0] = replace(group[0], result={"score": score})
    g = group_results(group, bank)
    assert g.bands is not None
    assert ("gone", "Old band", 1) in [(b.band, b.name, b.count) for b in g.bands]
    assert sum(b.count for b in g.bands) == 5


def test_below_the_minimum_only_counts() -> None:
    bank = small_bank()
    group = [taken(bank, small_answers(), sections=("full",)) for _ in range(4)]
    group.append(taken(bank, {}, status="abandoned"))
    g = group_results(group, bank)
    assert g.too_few and (g.started, g.finished) == (5, 4)
    shown = to_dict(g)
    assert {k for k, v in shown.items() if v is not None} == {"bank_id", "minimum", "too_few", "started", "finished"}
    assert NICK not in repr(shown)
    assert not group_results(group, bank, minimum=4).too_few
    assert group_results([], bank, minimum=0).too_few  # nothing finished: nothing to show
