"""What statistics see of a stored attempt (no nickname) and how a report chooses its attempts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from stats_helpers import NICK, START, attempt, small_answers, small_bank, taken

from cs_quiz.scoring.results import to_dict
from cs_quiz.stats.sample import Taken, from_attempt, key, select


def test_from_attempt_carries_everything_but_the_nickname() -> None:
    bank = small_bank()
    a = attempt(bank, small_answers(), sections=("full",), code=" P-07 ", cohort="Tuesday")
    t = from_attempt(a)
    assert (t.attempt_id, t.bank_id, t.sections, t.status) == (a.id, "small", ("full",), "finished")
    assert (t.cohort, t.code) == ("Tuesday", "P-07")
    assert t.answers == a.answers and t.result == a.result
    assert "nickname" not in {f for f in to_dict(t)}
    assert NICK not in repr(to_dict(t))


def test_blank_labels_count_as_none() -> None:
    t = taken(small_bank(), small_answers(), code="   ", cohort="")
    assert t.code is None and t.cohort is None


def test_stored_result_readers() -> None:
    bank = small_bank()
    t = taken(bank, small_answers(data=5, patience=1), sections=("full",))
    assert t.finished and t.interpretable and not t.flagged
    assert t.band == t.result["score"]["readiness"]["band"]  # type: ignore[index]
    assert set(t.scores) == {"data", "patience"}
    # a result from an older version, or a broken one, reads as nothing there
    odd = replace(t, result={"score": {"competencies": [{"competency": "data", "score": 140}, "junk"]}})
    assert odd.scores == {} and odd.band is None and odd.interpretable
    assert replace(t, result=None).scores == {}
    withheld = replace(t, result={"score": {"readiness": {"band": "ready", "interpretable": False}, "flags": [{}]}})
    assert withheld.band is None and not withheld.interpretable and withheld.flagged


def test_select_by_bank_section_cohort_and_dates() -> None:
    bank = small_bank()
    a = taken(bank, small_answers(), sections=("full",), cohort="A", minutes=0)
    b = taken(bank, small_answers(), sections=("quick",), cohort="B", minutes=60 * 24)
    c = replace(taken(bank, small_answers(), sections=("full",), cohort="A", minutes=60 * 48), bank_id="other")
    all_three: list[Taken] = [a, b, c]
    assert select(all_three, bank_id="small") == [a, b]
    assert select(all_three, section="quick") == [b]
    assert select(all_three, cohort="A") == [a, c]
    day_two = START + timedelta(days=1)
    assert select(all_three, since=day_two) == [b, c]
    assert select(all_three, until=day_two) == [a]
    assert select(all_three, since=datetime(2030, 1, 1)) == []
    assert select(all_three, until=date(2020, 1, 1)) == []


def test_key_orders_by_finish_then_id() -> None:
    bank = small_bank()
    late = taken(bank, small_answers(), minutes=30, attempt_id="a")
    early = taken(bank, small_answers(), minutes=0, attempt_id="b")
    assert sorted([late, early], key=key) == [early, late]
