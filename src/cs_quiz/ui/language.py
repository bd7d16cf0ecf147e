"""The interface language: the one place that installs and removes translators, so the app can switch live.

Which language: ``--lang`` if given, else the one the person chose last time (QSettings), else the system's,
else English. :func:`set_language` swaps the app's catalogue (``cs_quiz_<lang>``) and Qt's own (``qtbase_<lang>``,
for the buttons of standard dialogs), sets the default :class:`QLocale` (dates, numbers, decimal comma) and lets
Qt post ``LanguageChange`` to every widget; pages re-set their texts in ``changeEvent``. Nothing needs a restart.

The translators are children of the application (an unreferenced ``QTranslator`` is garbage-collected and its
texts silently vanish), found again by object name, so there is no module state for tests to reset.

Catalogues: the wheel ships compiled ``.qm`` files next to the ``.ts`` sources (``setup.py`` runs lrelease at build
time). A source checkout (editable install) has only the ``.ts``: it is compiled once, with the lrelease that ships
in PySide6, into the user's cache folder, keyed by the file's content (see docs/translations.md).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from cs_quiz.options import Option
from cs_quiz.report.translation import (
    APP_CATALOGUE,
    ENGLISH,
    LANGUAGES,
    cache_folder,
    catalogue,
    compile_ts,
    current_language,
    locale_for,
    lrelease_program,
    normalise,
    remove_translators,
    set_language,
)
from cs_quiz.ui.settings import AppSettings

if TYPE_CHECKING:
    from cs_quiz.bank.model import Bank

log = logging.getLogger(__name__)

LANGUAGE = Option("language", str, "", group="choice/")

__all__ = [  # the shared part lives in report/translation.py; the app and its tests use it from here
    "APP_CATALOGUE",
    "ENGLISH",
    "LANGUAGES",
    "catalogue",
    "cache_folder",
    "compile_ts",
    "current_language",
    "locale_for",
    "lrelease_program",
    "normalise",
    "remove_translators",
    "set_language",
]


def resolve(requested: str | None, remembered: str = "", system: str | None = None) -> str:
    """The language to start in: ``--lang``, else the remembered choice, else the system's, else English."""
    system = QLocale.system().name() if system is None else system
    for candidate in (requested, remembered, system):
        code = normalise(candidate)
        if code:
            return code
    return ENGLISH


def install_language(app: QCoreApplication, lang: str | None, settings: AppSettings | None = None) -> str:
    """At start-up: ``--lang`` (``lang``), else the remembered choice, else the system's language, else English.
    ``--lang`` applies to this run only; the choice made on the welcome screen is what is remembered."""
    remembered = (settings or AppSettings()).get(LANGUAGE)
    return set_language(resolve(lang, remembered), app)


def choose_language(code: str, settings: AppSettings | None = None) -> str:
    """The person picked ``code`` (welcome screen): switch now and remember it for next time."""
    chosen = set_language(code)
    (settings or AppSettings()).set(LANGUAGE, chosen)
    return chosen


# ---- banks in the interface language ----------------------------------------------------------------------


class BanksByLanguage(Mapping[str, "Bank"]):
    """Banks by id, each looked up in the interface language at the time of the lookup (``choose_bank``: the
    Spanish version when the interface is Spanish and there is one, else English). ``every`` keeps them all."""

    def __init__(self, banks: Iterable[Bank]) -> None:
        self.every: list[Bank] = list(banks)
        self._ids = list(dict.fromkeys(b.meta.id for b in self.every))

    def pick(self, bank_id: str, language: str | None = None) -> tuple[Bank | None, bool]:
        """(bank, fell_back) for ``bank_id`` in ``language`` (default: the interface's)."""
        from cs_quiz.bank.load import choose_bank

        return choose_bank(self.every, bank_id, language or current_language())

    def __getitem__(self, bank_id: str) -> Bank:
        bank, _ = self.pick(bank_id)
        if bank is None:
            raise KeyError(bank_id)
        return bank

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
