"""Translations for everything that draws with Qt: the app (ui/), the PDF report and the command line's Spanish.

The catalogue of a language (``cs_quiz_<lang>``) and Qt's own (``qtbase_<lang>``) are installed as translators of
the application, with the default :class:`QLocale` for numbers and dates. The command line uses this too, so
``cs-quiz score --lang es`` and ``cs-quiz report --lang es`` read in Spanish like the app (they create a
QCoreApplication or QGuiApplication first). :mod:`cs_quiz.ui.language` adds what only the app needs: the
remembered choice and banks by interface language.

Catalogues: the wheel ships compiled ``.qm`` files next to the ``.ts`` sources (``setup.py`` runs lrelease at build
time). A source checkout (editable install) has only the ``.ts``: it is compiled once, with the lrelease that ships
in PySide6, into the user's cache folder, keyed by the file's content (see docs/translations.md).
"""

from __future__ import annotations

import logging
import os
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cs_quiz.packaged import resource

log = logging.getLogger(__name__)

ENGLISH = "en"
# Each language named in itself, as the chooser shows it; the order of the chooser.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}

APP_CATALOGUE = "cs_quiz"
_APP_TRANSLATOR = "csQuizTranslator"
_QT_TRANSLATOR = "qtbaseTranslator"
_PROPERTY = "csQuizLanguage"


def normalise(tag: str | None) -> str:
    """``"es_MX"``, ``"es-419"``, ``"ES"`` -> ``"es"``; an unknown or empty tag (or the C locale) -> ``""``."""
    base = (tag or "").strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    return base if base in LANGUAGES else ""


def current_language(app: QCoreApplication | None = None) -> str:
    """The language now installed (English before any was)."""
    app = app or QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value else ENGLISH


def locale_for(code: str) -> QLocale:
    """The locale for ``code``: the system's own when it speaks that language (so an en_US system keeps its dates),
    else the language's main one (es -> es_ES: decimal comma, day/month dates; en -> en_GB)."""
    system = QLocale.system()
    if normalise(system.name()) == code:
        return system
    # English means British English here: the app is written in it ("organisation", "licence"), and its dates read
    # "4 December 2026", not "December 4, 2026".
    return QLocale("en_GB") if code == "en" else QLocale(code)


# ---- catalogues -------------------------------------------------------------------------------------------


def _i18n_folder() -> Path:
    return resource("i18n")


def cache_folder() -> Path:
    """Where catalogues compiled from ``.ts`` sources go (a source checkout has no ``.qm``)."""
    from platformdirs import user_cache_path

    override = os.environ.get("CS_QUIZ_I18N_CACHE")
    return Path(override) if override else user_cache_path("cs-quiz", "cs-quiz") / "i18n"


def lrelease_program() -> Path:
    """The lrelease that ships inside PySide6 (what the ``pyside6-lrelease`` script runs)."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    return folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run lrelease on ``ts`` into ``qm`` (written beside it, then renamed, so a reader never sees half a file)."""
    import subprocess  # only when a source checkout has no compiled catalogue yet: not at every start

    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(qm.name + f".{os.getpid()}.part")
    try:
        done = subprocess.run(
            [str(lrelease_program()), "-silent", str(ts), "-qm", str(partial)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except OSError as exc:
        log.warning("cannot run lrelease for %s: %s", ts, exc)
        return False
    if done.returncode != 0 or not partial.exists():
        log.warning("lrelease failed on %s: %s", ts, done.stderr.strip() or done.stdout.strip())
        partial.unlink(missing_ok=True)
        return False
    os.replace(partial, qm)
    return True


def catalogue(code: str, folder: Path | None = None, cache: Path | None = None) -> Path | None:
    """The compiled catalogue for ``code``: the shipped ``.qm``, else one compiled from the ``.ts`` into the cache
    (named by the source's content, so an edited ``.ts`` is compiled again), else None."""
    folder = folder or _i18n_folder()
    shipped = folder / f"{APP_CATALOGUE}_{code}.qm"
    if shipped.is_file():
        return shipped
    source = folder / f"{APP_CATALOGUE}_{code}.ts"
    if not source.is_file():
        return None
    data = source.read_bytes()
    # CRC-32 and length tell one's own edits apart well enough for a cache, and zlib is loaded already (hashlib
    # took ~2.5 ms at every start of a source checkout).
    digest = f"{zlib.crc32(data):08x}{len(data):x}"
    compiled = (cache or cache_folder()) / f"{APP_CATALOGUE}_{code}-{digest}.qm"
    if compiled.is_file() or compile_ts(source, compiled):
        return compiled
    return None


# ---- installing -------------------------------------------------------------------------------------------


def remove_translators(app: QCoreApplication) -> None:
    """Take out the translators :func:`set_language` installed (back to the English in the source)."""
    for name in (_APP_TRANSLATOR, _QT_TRANSLATOR):
        # By name: a search by type alone wraps every child of the application for Python (the style, the event
        # dispatcher…), which loads their classes and costs ~5 ms at start-up.
        for t in app.findChildren(QTranslator, name):
            app.removeTranslator(t)
            t.setParent(None)
            t.deleteLater()
    app.setProperty(_PROPERTY, ENGLISH)


def _install(app: QCoreApplication, name: str, translator: QTranslator, loaded: bool) -> bool:
    translator.setObjectName(name)
    if loaded and app.installTranslator(translator):
        return True
    translator.setParent(None)
    translator.deleteLater()
    return False


def set_language(code: str, app: QCoreApplication | None = None) -> str:
    """Switch the interface to ``code`` (an unknown code means English) now, without a restart; returns the
    language in use. Qt posts ``LanguageChange``: widgets show the new texts once the event loop has run."""
    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QCoreApplication")
    code = normalise(code) or ENGLISH
    remove_translators(app)
    QLocale.setDefault(locale_for(code))
    path = catalogue(code)
    ours = QTranslator(app)  # parented: an unreferenced translator is collected and silently vanishes
    installed = _install(app, _APP_TRANSLATOR, ours, path is not None and ours.load(str(path)))
    if code != ENGLISH:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        _install(app, _QT_TRANSLATOR, qt, qt.load(QLocale(code), "qtbase", "_", qt_folder))
        if not installed:
            log.warning("no catalogue for language %r; the interface stays in English", code)
    app.setProperty(_PROPERTY, code)
    return code
