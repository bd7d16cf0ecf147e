"""A setting, declared once: its key, type, default, limits and a translatable label. Qt-free.

The kiosk's options (:mod:`cs_quiz.kiosk.settings`, kept in the results folder) and the desktop app's settings
(:mod:`cs_quiz.ui.settings`, kept with QSettings) are both declared as :class:`Option`. A value a person enters
is checked with :meth:`Option.coerce` (a plain reason when it does not fit); a stored value is read with
:meth:`Option.read`, where anything missing, of the wrong type or out of range reads as the default, so a damaged
or hand-edited setting never stops the app.
"""

from __future__ import annotations

from typing import Any, NamedTuple

_TRUE = frozenset((True, "true", "1", 1))
_FALSE = frozenset((False, "false", "0", 0))


class Option(NamedTuple):  # not a dataclass: the app reads its settings at start-up, before dataclasses is imported
    name: str  # the key after ``group``; for the kiosk also the field of KioskSettings
    kind: type  # int, bool, str or bytes
    default: Any
    label: str = ""  # English, marked for translation where it is shown
    minimum: int = 0  # ints only
    maximum: int = 0  # ints: the largest value (with minimum; equal: no limits); text: the most characters (0: any)
    unit: str = ""  # ints: "s" for seconds, "%" for a percentage
    choices: tuple[int | str, ...] = ()  # when given, the only values allowed
    choice_labels: tuple[str, ...] = ()  # str choices: English names, marked for translation (same order)
    group: str = ""  # the key's prefix: "kiosk.", "window/", "choice/"

    @property
    def key(self) -> str:
        return self.group + self.name

    def coerce(self, value: Any) -> Any:
        """``value`` checked against this option. Raises ``ValueError`` with a plain reason when it does not fit."""
        if self.kind is bool:
            if not isinstance(value, bool):
                raise ValueError(f"{self.name} is true or false, not {value!r}")
            return value
        if self.kind is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{self.name} is a whole number, not {value!r}")
            if self.minimum != self.maximum and not self.minimum <= value <= self.maximum:
                raise ValueError(f"{self.name} is from {self.minimum} to {self.maximum}, not {value}")
            return self._chosen(value)
        if self.kind is bytes:
            if not isinstance(value, (bytes, bytearray)):
                raise ValueError(f"{self.name} is binary data, not {value!r}")
            return bytes(value)
        if not isinstance(value, str):
            raise ValueError(f"{self.name} is text, not {value!r}")
        text = " ".join(value.split())
        if self.maximum and len(text) > self.maximum:
            raise ValueError(f"{self.name} is at most {self.maximum} characters, not {len(text)}")
        return self._chosen(text)

    def read(self, stored: Any, *, as_text: bool = False) -> Any:
        """A stored value, or the default when it is missing or does not fit. ``as_text``: the store keeps
        everything as text (an INI file: ``"true"``, ``"120"``), so those are read back as what they mean."""
        value = stored
        if as_text and stored is not None:
            if self.kind is bool:
                value = True if stored in _TRUE else False if stored in _FALSE else stored
            elif self.kind is int and isinstance(stored, str):
                try:
                    value = int(stored.strip())
                except ValueError:
                    return self.default
        try:
            return self.default if value is None else self.coerce(value)
        except ValueError:
            return self.default

    def _chosen(self, value: int | str) -> int | str:
        if self.choices and value not in self.choices:
            allowed = ", ".join(str(c) for c in self.choices)
            raise ValueError(f"{self.name} is one of {allowed}, not {value!r}")
        return value
