"""The kiosk's options, declared once: key, type, default, limits and a translatable label.

They live in the store's settings (``kiosk.*`` keys), so they belong to the data folder the kiosk runs on and
travel with it. The facilitator panel and ``cs-quiz kiosk-setup`` both loop over :data:`OPTIONS`; a stored value
that is missing, of the wrong type or out of range reads as the default, so a damaged setting never stops a kiosk.

Labels are marked with ``QT_TRANSLATE_NOOP`` (context :data:`CONTEXT`) so Qt's lupdate extracts them; the panel
translates them when it shows them. No Qt import here: the marker is a plain function. (The first options pass
:data:`CONTEXT`, which lupdate cannot see, so ``resources/i18n/hidden_texts.py`` repeats them; newer ones spell the
context out.)

An option with ``choices`` takes only those values (the panel shows a list, ``kiosk-setup`` refuses others):
the theme is one of :data:`cs_quiz.appearance.themes.THEMES`, the text size one of
:data:`cs_quiz.appearance.themes.TEXT_SIZES`, the
steps the desktop app offers.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from typing import Any, Protocol

from cs_quiz.appearance.themes import DEFAULT as DEFAULT_THEME
from cs_quiz.appearance.themes import TEXT_SIZES, THEMES
from cs_quiz.options import Option

CONTEXT = "KioskOptions"
PREFIX = "kiosk."


def _kiosk(*args: Any, **kwargs: Any) -> Option:
    """An option kept under ``kiosk.<name>`` in the results folder's settings."""
    return Option(*args, **{**kwargs, "group": PREFIX})


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class SettingsStore(Protocol):
    def get_setting(self, key: str, default: Any = None) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


OPTIONS: tuple[Option, ...] = (
    _kiosk("bank", str, "", QT_TRANSLATE_NOOP(CONTEXT, "Question bank")),
    _kiosk("section", str, "", QT_TRANSLATE_NOOP(CONTEXT, "Section")),
    _kiosk(
        "idle_seconds",
        int,
        90,
        QT_TRANSLATE_NOOP(CONTEXT, "Ask “Still there?” after this long without input"),
        15,
        3600,
        "s",
    ),
    _kiosk(
        "countdown_seconds", int, 20, QT_TRANSLATE_NOOP(CONTEXT, "Then count down before starting over"), 5, 300, "s"
    ),
    _kiosk("results_seconds", int, 120, QT_TRANSLATE_NOOP(CONTEXT, "Leave the results on screen for"), 15, 3600, "s"),
    _kiosk("takeaway_qr", bool, True, QT_TRANSLATE_NOOP(CONTEXT, "Show a QR code to take the result away")),
    _kiosk("print_button", bool, False, QT_TRANSLATE_NOOP(CONTEXT, "Offer to print the result")),
    _kiosk(
        "keep_abandoned",
        bool,
        True,
        QT_TRANSLATE_NOOP(CONTEXT, "Keep abandoned attempts (counted in the completion rate)"),
    ),
    _kiosk(
        "theme",
        str,
        DEFAULT_THEME,
        QT_TRANSLATE_NOOP("KioskOptions", "Theme"),
        choices=tuple(THEMES),
        choice_labels=(
            QT_TRANSLATE_NOOP("KioskOptions", "Light"),
            QT_TRANSLATE_NOOP("KioskOptions", "Dark"),
            QT_TRANSLATE_NOOP("KioskOptions", "High contrast"),
        ),
    ),
    _kiosk(
        "text_size",
        int,
        100,
        QT_TRANSLATE_NOOP("KioskOptions", "Text size"),
        TEXT_SIZES[0],
        TEXT_SIZES[-1],
        "%",
        choices=TEXT_SIZES,
    ),
    _kiosk(
        "cohort",
        str,
        "",
        QT_TRANSLATE_NOOP("KioskOptions", "Cohort label for new attempts (a class or workshop, optional)"),
        0,
        60,
    ),
    _kiosk(
        "results_folder",
        str,
        "",
        QT_TRANSLATE_NOOP("KioskOptions", "Also write each finished result to this folder (optional)"),
        0,
        1000,
    ),
    _kiosk(
        "show_standing",
        bool,
        False,
        QT_TRANSLATE_NOOP("KioskOptions", "Tell each person where their readiness stands in the group (20 or more)"),
    ),
    _kiosk(
        "ask_code",
        bool,
        False,
        QT_TRANSLATE_NOOP("KioskOptions", "Ask for a participant code (optional, to pair before and after)"),
    ),
    _kiosk(
        "reflections",
        bool,
        False,
        QT_TRANSLATE_NOOP("KioskOptions", "Ask the questions people answer in their own words (kept with results)"),
    ),
)
BY_NAME: dict[str, Option] = {o.name: o for o in OPTIONS}


@dataclass(frozen=True)
class KioskSettings:
    bank: str = ""  # bank id; "" = the first bundled bank
    section: str = ""  # section id; "" = the bank's first section
    idle_seconds: int = 90
    countdown_seconds: int = 20
    results_seconds: int = 120
    takeaway_qr: bool = True
    print_button: bool = False
    keep_abandoned: bool = True
    theme: str = DEFAULT_THEME  # a cs_quiz.appearance.themes id: light, dark or high-contrast
    text_size: int = 100  # percent of the kiosk's type, one of TEXT_SIZES
    cohort: str = ""  # the cohort label every new attempt gets (issue 18: a class's results together); "" = none
    results_folder: str = ""  # a folder (USB stick, shared folder) each finished result is also written to
    show_standing: bool = False  # "higher than 70 % of this group", for groups of 20 finished or more (opt-in)
    ask_code: bool = False  # the welcome offers an optional participant code field (issue 18: before and after)
    reflections: bool = False  # the bank's free-text reflection questions: left out unless the facilitator asks

    def with_values(self, **values: Any) -> KioskSettings:
        """A copy with some options changed. Raises ``ValueError`` for an unknown option or a value that does not
        fit (nothing is changed then)."""
        unknown = set(values) - set(BY_NAME)
        if unknown:
            raise ValueError(f"unknown kiosk option(s): {', '.join(sorted(unknown))}")
        checked: dict[str, Any] = {k: BY_NAME[k].coerce(v) for k, v in values.items()}
        return replace(self, **checked)


def _check_declarations() -> None:
    names = [f.name for f in fields(KioskSettings)]
    if names != [o.name for o in OPTIONS] or any(getattr(KioskSettings(), o.name) != o.default for o in OPTIONS):
        raise AssertionError("kiosk_settings: OPTIONS and KioskSettings disagree")
    if any(o.choice_labels and len(o.choice_labels) != len(o.choices) for o in OPTIONS):
        raise AssertionError("kiosk_settings: an option has a label for some of its choices only")


_check_declarations()


def load(store: SettingsStore) -> KioskSettings:
    """The kiosk's options from the store; anything missing or unusable reads as its default."""
    return KioskSettings(**{o.name: o.read(store.get_setting(o.key, o.default)) for o in OPTIONS})


def save(store: SettingsStore, settings: KioskSettings, *, previous: KioskSettings | None = None) -> list[str]:
    """Write the options that differ from ``previous`` (default: what is stored now); return their names."""
    before = previous if previous is not None else load(store)
    changed = [o.name for o in OPTIONS if getattr(settings, o.name) != getattr(before, o.name)]
    for name in changed:
        store.set_setting(BY_NAME[name].key, getattr(settings, name))
    return changed
