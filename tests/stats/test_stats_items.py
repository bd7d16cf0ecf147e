"""Item statistics: a reliability table worked by hand, faulty items named in plain words, "not yet", missing
answers, scenario option picks, and nothing below the minimum."""

from __future__ import annotations

import math

import pytest
from stats_helpers import likert_bank, likert_takens, small_answers, small_bank, taken

from cs_quiz.bank.model import NOT_YET
from cs_quiz.stats.items import item_statistics
from cs_quiz.stats.numbers import f_quantile
from cs_quiz.stats.reliability import alpha_if_deleted, cronbach_alpha, feldt_interval

# Five people, four items of one competency on a 1..5 scale (a table made up for the test, worked by hand).
#
#            i1  i2  i3  i4   total
#   P1        4   5   4   5    18
#   P2        3   4   3   3    13
#   P3        5   5   4   4    18
#   P4        2   3   2   3    10
#   P5        3   3   4   2    12
#   mean     3.4  4  3.4 3.4  14.2
#   Σ dev²   5.2  4  3.2 5.2  52.8
#   variance 1.3  1  0.8 1.3  13.2      (divisor n - 1 = 4)
#
# alpha = k/(k-1) (1 - Σ var_i / var_total) = 4/3 (1 - 4.4/13.2) = 4/3 · 2/3 = 8/9 = 0.8889
#
# Without one item (the rest totals, their variance, the other items' variances, alpha = 3/2 (1 - Σ/var)):
#   i1: 14 10 13 8 9,  Σ dev² 26.8, var 6.7, Σ 3.1 -> 1.5 · 3.6/6.7 = 54/67 = 0.8060
#   i2: 13  9 13 7 9,  Σ dev² 28.8, var 7.2, Σ 3.4 -> 1.5 · 3.8/7.2 = 19/24 = 0.7917
#   i3: 14 10 14 8 8,  Σ dev² 36.8, var 9.2, Σ 3.6 -> 1.5 · 5.6/9.2 = 21/23 = 0.9130   (alpha rises: flagged)
#   i4: 13 10 14 7 10, Σ dev² 30.8, var 7.7, Σ 3.1 -> 1.5 · 4.6/7.7 = 69/77 = 0.8961
#
# Corrected item-total r = Σ(dev item · dev rest) / sqrt(Σ dev² item · Σ dev² rest):
#   i1: (.6·3.2 + -.4·-.8 + 1.6·2.2 + -1.4·-2.8 + -.4·-1.8) = 10.4 -> 10.4 / sqrt(5.2 · 26.8) = 0.8810
#   i2: (1·2.8 + 0 + 1·2.8 + -1·-3.2 + -1·-1.2)            = 10.0 -> 10.0 / sqrt(4 · 28.8)   = 0.9317
#   i3: (.6·3.2 + -.4·-.8 + .6·3.2 + -1.4·-2.8 + .6·-2.8)   =  6.4 ->  6.4 / sqrt(3.2 · 36.8) = 0.5898
#   i4: (1.6·2.2 + -.4·-.8 + .6·3.2 + -.4·-3.8 + -1.4·-.8)  =  8.4 ->  8.4 / sqrt(5.2 · 30.8) = 0.6638
# (The engine's rest score is the mean of the other items' scores (x - 1)/4: a linear function of the rest total,
# so r is the same.)
#
# Feldt 95 %, n = 5, k = 4: F(0.975; 4, 12) = 4.121 and F(0.025; 4, 12) = 1 / F(0.975; 12, 4) = 1 / 8.751
# (printed F tables): [1 - (1/9) 4.121, 1 - (1/9) / 8.751] = [0.5421, 0.9873].
#
# SEM: competency scores 100 · Σ(x - 1) / 16 = 87.5, 56.25, 87.5, 37.5, 50; their SD = 6.25 · sqrt(13.2) = 22.707;
# SEM = 22.707 · sqrt(1 - 8/9) = 22.707 / 3 = 7.569.
TABLE = [[4, 5, 4, 5], [3, 4, 3, 3], [5, 5, 4, 4], [2, 3, 2, 3], [3, 3, 4, 2]]
COLUMNS = [list(column) for column in zip(*TABLE, strict=True)]
ALPHA = 8 / 9
WITHOUT = (54 / 67, 19 / 24, 21 / 23, 69 / 77)
CORRECTED_R = (
    10.4 / math.sqrt(5.2 * 26.8),
    10.0 / math.sqrt(4 * 28.8),
    6.4 / math.sqrt(3.2 * 36.8),
    8.4 / math.sqrt(5.2 * 30.8),
)


def test_the_hand_worked_table_with_the_bare_formulas() -> None:
    assert cronbach_alpha(COLUMNS) == pytest.approx(ALPHA, abs=1e-12)
    assert alpha_if_deleted(COLUMNS) == pytest.approx(WITHOUT, abs=1e-12)
    interval = feldt_interval(ALPHA, 5, 4)
    assert interval is not None
    assert interval == pytest.approx((1 - 4.121 / 9, 1 - 1 / 8.751 / 9), abs=1e-4)
    assert interval == pytest.approx((1 - f_quantile(0.975, 4, 12) / 9, 1 - f_quantile(0.025, 4, 12) / 9))


def test_the_hand_worked_table_through_stored_attempts() -> None:
    bank = likert_bank(4)
    stats = item_statistics(likert_takens(bank, TABLE), bank, minimum=5)
    assert not stats.too_few and stats.finished == 5
    assert stats.competencies is not None and stats.items is not None and stats.faults is not None
    (c1,) = stats.competencies
    assert (c1.items, c1.complete) == (4, 5)
    assert c1.alpha == pytest.approx(ALPHA, abs=1e-12)
    assert (c1.ci_low, c1.ci_high) == (pytest.approx(0.5421, abs=1e-4), pytest.approx(0.9873, abs=1e-4))
    assert c1.sd == pytest.approx(6.25 * math.sqrt(13.2))
    assert c1.sem == pytest.approx(6.25 * math.sqrt(13.2) / 3)
    assert [s.question for s in stats.items] == ["c1-1", "c1-2", "c1-3", "c1-4"]
    assert [s.corrected_r for s in stats.items] == pytest.approx(CORRECTED_R, abs=1e-12)
    assert [s.alpha_if_deleted for s in stats.items] == pytest.approx(WITHOUT, abs=1e-12)
    first = stats.items[0]
    # item scores (x - 1)/4: i1 mean (3.4 - 1)/4 = 0.6, SD sqrt(1.3)/4; facility 60 %
    assert (first.n, first.asked, first.not_yet, first.rest_n) == (5, 5, 0, 5)
    assert first.mean == pytest.approx(0.6) and first.facility == pytest.approx(60.0)
    assert first.sd == pytest.approx(math.sqrt(1.3) / 4)
    assert first.not_yet_share == 0
    # i3: alpha without it is 0.913 > 0.889 + 0.01
    (fault,) = stats.faults
    assert (fault.question, fault.competency, fault.text) == ("c1-3", "c1", "Statement c1-3.")
    (reason,) = fault.reasons
    assert str(reason) == (
        "Without question 'c1-3' (\u201cStatement c1-3.\u201d) the C1 questions would agree better with each other"
        " (Cronbach's alpha 0.91 instead of 0.89). Check the wording, or whether it measures something other than C1."
    )


def test_items_that_go_against_the_others_are_named() -> None:
    # c1-4 is keyed the wrong way round: people answer it like the others, but it is scored reversed.
    # c2-4 is written the other way round but not reverse-keyed.
    bank = likert_bank(4, reverse=("c1-4",), competencies=2)
    people = [1, 2, 2, 3, 3, 4, 4, 5, 5, 1]
    table = [[v, v, min(5, v + 1), v] + [v, max(1, v - 1), v, 6 - v] for v in people]
    stats = item_statistics(likert_takens(bank, table), bank, minimum=10)
    assert stats.faults is not None
    faults = {f.question: [str(r) for r in f.reasons] for f in stats.faults}
    assert set(faults) == {"c1-4", "c2-4"}
    assert "It is reverse-keyed: check whether it should be" in faults["c1-4"][0]
    assert "whether the question should be reverse-keyed" in faults["c2-4"][0]
    assert "goes against the other C2 questions" in faults["c2-4"][0]
    assert any("would agree better" in r for r in faults["c2-4"])


def test_faults_need_the_minimum_of_pairs() -> None:
    # Same data, but most people skipped the bad item: its r exists, but rests on too few pairs to judge.
    bank = likert_bank(4, competencies=1)
    people = [1, 2, 2, 3, 3, 4, 4, 5, 5, 1]
    table = [[v, v, v, (6 - v) if i < 4 else None] for i, v in enumerate(people)]
    stats = item_statistics(likert_takens(bank, table), bank, minimum=10)
    assert stats.items is not None and stats.items[3].rest_n == 4 and stats.items[3].corrected_r is not None
    assert stats.faults == ()


def test_not_yet_and_missing_answers() -> None:
    bank = likert_bank(3, not_yet=True)
    table = [
        [4, 4, NOT_YET],  # i3 not yet: scored nowhere, counted apart
        [2, 3, 2],
        [5, None, 4],  # i2 unanswered: rest of i1 is i3 alone
        [1, 2, None],
        [3, None, None],  # only i1 answered: no rest score, left out of i1's r
        [4, 5, 4],
    ]
    stats = item_statistics(likert_takens(bank, table), bank, minimum=6)
    assert stats.items is not None and stats.competencies is not None
    i1, i2, i3 = stats.items
    assert (i1.n, i1.rest_n, i1.not_yet) == (6, 5, 0)
    assert (i3.n, i3.not_yet, i3.not_yet_share) == (3, 1, pytest.approx(1 / 4))
    # i1 against the rest: P1 (4 | 4), P2 (2 | mean of 3, 2 = 2.5), P3 (5 | 4), P4 (1 | 2), P6 (4 | 4.5):
    # on item scores (x - 1)/4, a linear change that leaves r alone.
    from cs_quiz.stats.numbers import pearson

    assert i1.corrected_r == pytest.approx(pearson([4, 2, 5, 1, 4], [4, 2.5, 4, 2, 4.5]))
    # complete cases: P2 and P6 only, fewer than the minimum: no alpha
    (c1,) = stats.competencies
    assert (c1.complete, c1.alpha, c1.sem) == (2, None, None)
    assert all(s.alpha_if_deleted is None for s in stats.items)


def test_scenario_option_picks() -> None:
    bank = small_bank()
    picks = [("a", "c")] * 20 + [("b", "c")] * 6 + [("a", "b")] * 3 + [("c", "a")]
    group = [taken(bank, small_answers(best=b, worst=w), sections=("full",)) for b, w in picks]
    group.append(taken(bank, {"data-1": 3, "patience-1": 3}, sections=("quick",)))  # never asked the scenario
    stats = item_statistics(group, bank, minimum=30)
    assert stats.scenarios is not None
    (sc,) = stats.scenarios
    assert (sc.question, sc.text, sc.best_answers, sc.worst_answers) == (
        "sc-1",
        "Your online ordering has been down for two hours.",
        30,
        30,
    )
    a, b, c = sc.options
    assert (a.best, a.best_share, a.worst, a.keyed_best, a.keyed_worst) == (23, pytest.approx(23 / 30), 1, True, False)
    assert (b.best, b.worst, b.worst_share, b.keyed_best) == (6, 3, pytest.approx(0.1), False)
    assert (c.best, c.worst, c.worst_share, c.keyed_worst) == (1, 26, pytest.approx(26 / 30), True)
    assert stats.items is not None
    asked = {(s.question, s.competency): s.asked for s in stats.items}
    assert asked[("sc-1", "data")] == 30 and asked[("data-1", "data")] == 31


def test_below_the_minimum_nothing_is_computed() -> None:
    bank = likert_bank(4)
    stats = item_statistics(likert_takens(bank, TABLE * 5), bank)  # 25 < 30
    assert stats.too_few and stats.finished == 25 and stats.minimum == 30
    assert (stats.items, stats.competencies, stats.scenarios, stats.faults) == (None, None, None, None)
    unfinished = likert_takens(bank, TABLE * 6)
    from dataclasses import replace

    assert item_statistics([replace(t, status="abandoned") for t in unfinished], bank).too_few


def test_raw_answers_are_read_as_check_answers_reads_them() -> None:
    # Each distinct raw answer is worked out once and cached: 1, 1.0, "1" and True must still be told apart the
    # way check_answers does ("4" and 4.0 are 4; True is no answer), and a pick with a list inside is refused.
    from dataclasses import replace

    bank = small_bank()
    clean = [small_answers(data=v, patience=3) for v in (1, 2, 3, 4, 5, 1)]
    messy = [dict(a) for a in clean]
    messy[0]["data-1"] = "1"
    messy[1]["data-1"] = 2.0
    messy[2]["sc-1"] = "a"  # a lone option id is the best pick
    clean[2]["sc-1"] = {"best": "a"}
    messy[3]["data-1"] = True  # refused: as if unanswered
    del clean[3]["data-1"]
    messy[4]["sc-1"] = {"best": ["a"], "worst": "c"}  # refused
    del clean[4]["sc-1"]
    base = [taken(bank, a, sections=("full",)) for a in clean]
    odd = [replace(t, answers=m) for t, m in zip(base, messy, strict=True)]
    assert item_statistics(odd, bank, minimum=6) == item_statistics(base, bank, minimum=6)
