"""Kiosk options: declared once with defaults and limits, read and written through the store's settings."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Any:
    with Store.open(tmp_path) as s:
        yield s


def test_defaults_are_the_documented_ones(store: Store) -> None:
    s = ks.load(store)
    assert (s.idle_seconds, s.countdown_seconds, s.results_seconds) == (90, 20, 120)
    assert s.takeaway_qr is True and s.print_button is False and s.keep_abandoned is True
    assert (s.bank, s.section) == ("", "")


def test_every_option_is_declared_once_with_a_label_and_a_matching_field() -> None:
    assert [o.name for o in ks.OPTIONS] == [f.name for f in fields(ks.KioskSettings)]
    assert len({o.key for o in ks.OPTIONS}) == len(ks.OPTIONS)
    for o in ks.OPTIONS:
        assert o.label and o.key.startswith("kiosk.")
        assert isinstance(o.default, o.kind)
        if o.kind is int:
            assert o.minimum <= int(o.default) <= o.maximum
        if o.choices:
            assert o.default in o.choices


def test_each_option_round_trips_through_the_store(tmp_path: Path) -> None:
    changed: dict[str, Any] = {}
    for o in ks.OPTIONS:
        if o.choices:
            changed[o.name] = o.choices[-1] if o.choices[-1] != o.default else o.choices[0]
        elif o.kind is bool:
            changed[o.name] = not o.default
        elif o.kind is int:
            changed[o.name] = o.maximum
        else:
            changed[o.name] = "x-" + o.name
    with Store.open(tmp_path) as store:
        wanted = ks.load(store).with_values(**changed)
        assert sorted(ks.save(store, wanted)) == sorted(changed)
    with Store.open(tmp_path) as store:
        assert ks.load(store) == wanted
        assert ks.save(store, wanted) == []  # nothing changed, nothing written


def test_out_of_range_or_wrong_types_are_refused(store: Store) -> None:
    s = ks.load(store)
    for bad in ({"idle_seconds": 5}, {"idle_seconds": True}, {"takeaway_qr": "yes"}, {"bank": 3}, {"nope": 1}):
        with pytest.raises(ValueError):
            s.with_values(**bad)


def test_damaged_stored_values_read_as_the_default(store: Store) -> None:
    store.set_setting("kiosk.idle_seconds", "soon")
    store.set_setting("kiosk.countdown_seconds", 100000)
    store.set_setting("kiosk.takeaway_qr", 0)
    s = ks.load(store)
    assert (s.idle_seconds, s.countdown_seconds, s.takeaway_qr) == (90, 20, True)
