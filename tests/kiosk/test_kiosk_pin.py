"""The facilitator PIN: salted scrypt hash, constant-time verify, lockout after 5 wrong tries (injected clock)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.kiosk import pin as pins
from cs_quiz.store.store import Store


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_hash_verifies_its_pin_only() -> None:
    stored = pins.hash_pin("2468")
    assert pins.verify_pin("2468", stored)
    assert not pins.verify_pin("2469", stored)
    assert not pins.verify_pin("", stored)
    assert "2468" not in stored


def test_the_same_pin_gets_a_different_salt_each_time() -> None:
    a, b = pins.hash_pin("1234"), pins.hash_pin("1234")
    assert a != b
    assert a.split("$")[4] != b.split("$")[4]
    assert pins.verify_pin("1234", a) and pins.verify_pin("1234", b)


def test_the_hash_is_scrypt_with_the_stored_parameters() -> None:
    salt = bytes(range(16))
    stored = pins.hash_pin("9876", salt=salt)
    scheme, n, r, p, _, digest = stored.split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", pins.SCRYPT_N, pins.SCRYPT_R, pins.SCRYPT_P)
    import base64

    expected = hashlib.scrypt(b"9876", salt=salt, n=int(n), r=int(r), p=int(p), dklen=32)
    assert base64.b64decode(digest) == expected


@pytest.mark.parametrize(
    "stored",
    ["", "plain", "md5$1$2$3$a$b", "scrypt$x$8$1$AA==$AA==", "scrypt$3$8$1$AA==$AA==", "scrypt$16$8$1$!!$AA=="],
)
def test_a_damaged_stored_value_never_verifies(stored: str) -> None:
    assert not pins.verify_pin("1234", stored)


@pytest.mark.parametrize("bad", ["123", "1234567890123", "12a4", "١٢٣٤", " 1234", ""])
def test_only_4_to_12_ascii_digits_are_a_pin(bad: str) -> None:
    assert pins.pin_problem(bad)
    with pytest.raises(ValueError):
        pins.hash_pin(bad)


def test_the_pin_is_stored_only_as_a_hash(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        assert not pins.has_pin(store)
        pins.set_pin(store, "135790")
        assert pins.has_pin(store)
        stored = pins.stored_hash(store)
        assert stored and pins.verify_pin("135790", stored)
    raw = (tmp_path / "results.sqlite").read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.iterdir() if p.name.startswith("results.sqlite-")
    )
    assert b"135790" not in raw


def guard(clock: Clock, stored: str) -> pins.PinGuard:
    return pins.PinGuard(lambda: stored, clock=clock)


def test_five_wrong_tries_lock_for_60_seconds_even_against_the_right_pin() -> None:
    clock, stored = Clock(), pins.hash_pin("4321")
    g = guard(clock, stored)
    outcomes = [g.check("0000") for _ in range(5)]
    assert [o.outcome for o in outcomes] == [pins.Outcome.WRONG] * 4 + [pins.Outcome.LOCKED]
    assert [o.tries_left for o in outcomes] == [4, 3, 2, 1, 0]
    assert outcomes[-1].locked_for == pytest.approx(60.0)
    clock.now += 59.5
    locked = g.check("4321")
    assert locked.outcome is pins.Outcome.LOCKED and locked.locked_for == pytest.approx(0.5)
    clock.now += 0.5
    assert g.locked_for() == 0
    assert g.tries_left == 5
    assert g.check("4321").outcome is pins.Outcome.OK


def test_a_right_pin_resets_the_count_of_wrong_tries() -> None:
    clock, stored = Clock(), pins.hash_pin("4321")
    g = guard(clock, stored)
    for _ in range(4):
        g.check("1111")
    assert g.check("4321").outcome is pins.Outcome.OK
    assert [g.check("1111").outcome for _ in range(4)] == [pins.Outcome.WRONG] * 4


def test_while_locked_pins_are_not_even_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    clock, stored = Clock(), pins.hash_pin("4321")
    g = guard(clock, stored)
    for _ in range(5):
        g.check("1111")
    calls: list[Any] = []
    monkeypatch.setattr(pins, "verify_pin", lambda *a: calls.append(a) or True)
    assert g.check("4321").outcome is pins.Outcome.LOCKED
    assert calls == []


def test_without_a_stored_pin_nothing_is_accepted() -> None:
    g = pins.PinGuard(lambda: None, clock=Clock())
    assert g.check("1234").outcome is pins.Outcome.WRONG
