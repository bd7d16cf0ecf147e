"""Who may open the Class results window: the teacher's password, or the facilitator's kiosk PIN of this folder.

The class's results are other people's answers: on a classroom PC a student must not read them. The password is
kept as the kiosk PIN is (:mod:`cs_quiz.kiosk.pin`): only a salted scrypt hash, in the store's settings, never the
password itself; wrong tries lock out the same way (5 in a row, then a pause that doubles), and the count outlives
a restart. The facilitator's PIN of the same results folder opens the window too.

No Qt here.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from cs_quiz.kiosk import pin as pins

PASSWORD_SETTING = "class_results.password_hash"
GUARD_SETTING = "class_results.guard"
MIN_LENGTH = 6
MAX_LENGTH = 128


def password_problem(password: str) -> str | None:
    """Why ``password`` cannot be the teacher password (plain English), or None when it can."""
    if len(password) < MIN_LENGTH:
        return f"A password has at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"A password has at most {MAX_LENGTH} characters."
    if password.strip() != password:
        return "A password does not begin or end with a space."
    return None


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """The text stored for ``password``, in the kiosk PIN's format (so :func:`cs_quiz.kiosk.pin.verify_pin`
    checks it). Raises ValueError for a password :func:`password_problem` refuses."""
    problem = password_problem(password)
    if problem:
        raise ValueError(problem)
    return pins.hash_secret(password, salt=salt)


class Access:
    """The password and PIN of one store, and the lockout of wrong tries."""

    def __init__(self, store: pins.SettingsStore, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._against_pin = False
        self.guard = pins.PinGuard(
            self._expected,
            clock=clock,
            state=(lambda: store.get_setting(GUARD_SETTING), lambda v: store.set_setting(GUARD_SETTING, v)),
        )

    def _password_hash(self) -> str | None:
        value = self.store.get_setting(PASSWORD_SETTING)
        return value if isinstance(value, str) and value else None

    def _expected(self) -> str | None:
        return pins.stored_hash(self.store) if self._against_pin else self._password_hash()

    @property
    def has_secret(self) -> bool:
        """A password or a kiosk PIN is set: the window asks for it. (None yet: the first opening chooses one.)"""
        return self._password_hash() is not None or pins.has_pin(self.store)

    @property
    def has_password(self) -> bool:
        return self._password_hash() is not None

    def set_password(self, password: str) -> None:
        """Store a new password's hash. Raises ValueError (nothing stored) if it is refused."""
        self.store.set_setting(PASSWORD_SETTING, hash_password(password))

    def check(self, text: str) -> pins.Attempt:
        """The password, or the kiosk PIN: counted once either way, and refused unchecked while locked out."""
        self._against_pin = False
        if self.guard.locked_for() <= 0:
            pin_hash = pins.stored_hash(self.store)
            self._against_pin = (
                bool(pin_hash) and pins.pin_problem(text) is None and pins.verify_pin(text, pin_hash or "")
            )
            if not self._against_pin and self._password_hash() is None:
                self._against_pin = True  # no password yet: only the PIN can be right
        try:
            return self.guard.check(text)
        finally:
            self._against_pin = False
