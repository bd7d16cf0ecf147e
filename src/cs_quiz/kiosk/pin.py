"""The facilitator's PIN: a salted slow hash kept in the store's settings, and the wrong-try lockout.

* Only ``scrypt$N$r$p$<salt>$<hash>`` (base64) is stored, under :data:`PIN_SETTING`; the PIN itself is never
  written, logged or exported. Verifying recomputes the hash with the stored parameters and compares in constant
  time, so a later change of the default cost still verifies older hashes.
* :class:`PinGuard` counts wrong tries: after :data:`MAX_TRIES` in a row it refuses every try, right or wrong, for
  :data:`LOCK_SECONDS`. The clock is injected so tests need not wait. The count lives in memory: restarting the
  machine to get more tries takes longer than the lockout itself.

No Qt here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

PIN_SETTING = "kiosk.pin_hash"
MIN_LENGTH = 4
MAX_LENGTH = 12
MAX_TRIES = 5
LOCK_SECONDS = 60.0
MAX_LOCK_SECONDS = 3600.0  # lockouts double from LOCK_SECONDS up to an hour: at most 5 tries an hour after that
GUARD_SETTING = "kiosk.pin_guard"

# scrypt cost: about 50 ms and 16 MiB per try on a small laptop, which makes guessing a 4-digit PIN offline from a
# stolen database take minutes rather than milliseconds, while the dialog stays responsive.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32


class SettingsStore(Protocol):
    """What this module needs of :class:`cs_quiz.store.store.Store`."""

    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` cannot be a PIN (a plain English reason), or None when it can: 4 to 12 digits."""
    if not pin.isascii() or not pin.isdigit():
        return "A PIN is made of digits only."
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        return f"A PIN has {MIN_LENGTH} to {MAX_LENGTH} digits."
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=length)


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """The text to store for ``pin``. Raises ``ValueError`` if it is not a valid PIN (see :func:`pin_problem`)."""
    problem = pin_problem(pin)
    if problem:
        raise ValueError(problem)
    return hash_secret(pin, salt=salt)


def hash_secret(secret: str, *, salt: bytes | None = None) -> str:
    """The stored form of any secret (a PIN, the Class results window's teacher password): a salted scrypt hash
    in the format :func:`verify_pin` checks. The caller has checked what the secret may be."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _scrypt(secret, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches the stored hash; False for a wrong PIN or a stored value that is not a hash."""
    try:
        scheme, n, r, p, salt_text, digest_text = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_text, validate=True)
        expected = base64.b64decode(digest_text, validate=True)
        n_i, r_i, p_i = int(n), int(r), int(p)
    except (ValueError, AttributeError):
        return False
    if not expected or n_i < 2 or n_i & (n_i - 1) or not 0 < r_i <= 64 or not 0 < p_i <= 16:
        return False
    try:
        actual = _scrypt(pin, salt, n_i, r_i, p_i, len(expected))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def stored_hash(store: SettingsStore) -> str | None:
    value = store.get_setting(PIN_SETTING)
    return value if isinstance(value, str) and value else None


def has_pin(store: SettingsStore) -> bool:
    return stored_hash(store) is not None


def set_pin(store: SettingsStore, pin: str) -> None:
    """Store a new PIN's hash. Raises ``ValueError`` (nothing stored) if it is not a valid PIN."""
    store.set_setting(PIN_SETTING, hash_pin(pin))


class Outcome(Enum):
    OK = "ok"
    WRONG = "wrong"
    LOCKED = "locked"  # refused without checking: too many wrong tries lately


@dataclass(frozen=True)
class Attempt:
    outcome: Outcome
    tries_left: int  # before the lockout starts
    locked_for: float  # seconds until tries are accepted again (0 when not locked)


class PinGuard:
    """Checks PINs against a stored hash and locks out after repeated wrong tries.

    ``clock`` returns seconds (monotonic); the lockout starts at the :data:`MAX_TRIES`-th wrong try in a row and
    lasts :data:`LOCK_SECONDS`, doubling with each lockout in a row up to :data:`MAX_LOCK_SECONDS`. A right PIN
    resets both. While locked every try is refused unchecked, so the lockout cannot be used to test PINs. Given
    ``state`` (load, save: the kiosk keeps it in the store), the count, the lockouts and a lockout's end outlive a
    restart, so pulling the plug does not reset them.
    """

    def __init__(
        self,
        stored: Callable[[], str | None],
        *,
        clock: Callable[[], float] = time.monotonic,
        max_tries: int = MAX_TRIES,
        lock_seconds: float = LOCK_SECONDS,
        state: tuple[Callable[[], Any], Callable[[dict[str, float]], None]] | None = None,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._stored = stored
        self._clock = clock
        self._wall = wall
        self.max_tries = max_tries
        self.lock_seconds = lock_seconds
        self._wrong = 0
        self._lockouts = 0  # in a row, since the last right PIN
        self._locked_until: float | None = None
        self._save = state[1] if state else None
        if state:
            self._restore(state[0]())

    def _restore(self, saved: Any) -> None:
        if not isinstance(saved, dict):
            return
        try:
            self._wrong = max(0, int(saved.get("wrong", 0)))
            self._lockouts = max(0, int(saved.get("lockouts", 0)))
            left = float(saved.get("until", 0)) - self._wall()
        except (TypeError, ValueError, OverflowError):
            return
        if left > 0:  # locked when the kiosk stopped: the rest of it still holds (never longer than the maximum)
            self._locked_until = self._clock() + min(left, MAX_LOCK_SECONDS)

    def _store(self) -> None:
        if self._save is None:
            return
        left = self.locked_for() if self._locked_until is not None else 0.0
        self._save({"wrong": self._wrong, "lockouts": self._lockouts, "until": self._wall() + left if left else 0})

    def locked_for(self) -> float:
        """Seconds left in the current lockout, 0 when tries are accepted."""
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until = None
            self._wrong = 0
            return 0.0
        return left

    @property
    def tries_left(self) -> int:
        return 0 if self.locked_for() > 0 else self.max_tries - self._wrong

    def lock_length(self) -> float:
        """How long the next lockout lasts: doubled for each lockout since the last right PIN, at most an hour."""
        return min(self.lock_seconds * 2 ** min(self._lockouts, 20), MAX_LOCK_SECONDS)

    def check(self, pin: str) -> Attempt:
        if self.locked_for() > 0:
            return Attempt(Outcome.LOCKED, 0, self.locked_for())
        stored = self._stored()
        if stored is not None and verify_pin(pin, stored):
            self._wrong = self._lockouts = 0
            self._store()
            return Attempt(Outcome.OK, self.max_tries, 0.0)
        self._wrong += 1
        if self._wrong >= self.max_tries:
            length = self.lock_length()
            self._lockouts += 1
            self._locked_until = self._clock() + length
            self._store()
            return Attempt(Outcome.LOCKED, 0, length)
        self._store()
        return Attempt(Outcome.WRONG, self.max_tries - self._wrong, 0.0)
