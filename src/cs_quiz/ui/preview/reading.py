"""Reading a bank for the preview, off the GUI thread: the loader's verdict (every problem at once), the warnings
``cs-quiz validate`` gives, and the same bank's files in other languages.

No widgets here: :func:`read` runs on a worker thread (:func:`cs_quiz.ui.worker.run_in_background`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cs_quiz.bank.load import BANK_SUFFIXES, BankError, LoadResult, load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.ui.preview.watcher import Signature, signature


@dataclass(frozen=True)
class Problem:
    """One line of the problems list: where (file, line, column) and what, in the loader's words."""

    path: str
    line: int
    column: int
    message: str
    warning: bool = False


@dataclass(frozen=True)
class Reading:
    """One read of the file: the bank when it loaded, else None; the problems either way."""

    path: Path
    bank: Bank | None
    problems: tuple[Problem, ...]
    signature: Signature | None  # of the file as it was before it was read

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.warning)


def read(path: Path) -> Reading:
    """Load ``path`` and check it as ``cs-quiz validate`` does. Never raises for a problem in the file; a fault of
    the loader itself comes back as a problem too, so the author sees it instead of a frozen preview."""
    before = signature(path)
    try:
        result = load_bank(path)
    except Exception as exc:  # a bug, not the author's mistake: said in the list rather than lost on a thread
        result = LoadResult(str(path), None, (BankError(str(path), 1, 1, f"cs-quiz could not read this file: {exc}"),))
    problems = [Problem(e.path, e.line, e.column, e.message) for e in result.errors]
    bank = result.bank if not result.errors else None
    if bank is not None:
        from cs_quiz.bank.fairness import key_bias

        problems += [Problem(str(path), w.line, w.column, w.message, warning=True) for w in key_bias(bank)]
    return Reading(Path(path), bank, tuple(problems), before)


# ---- the same bank in other languages -------------------------------------------------------------------------

_LANGUAGE_TAG = re.compile(r"^(?P<base>.+?)\.(?P<tag>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?)$")


def base_name(path: Path) -> str:
    """``csd-readiness.es.yaml`` -> ``csd-readiness``; ``csd-readiness.yaml`` -> ``csd-readiness``."""
    stem = Path(path).stem
    found = _LANGUAGE_TAG.match(stem)
    return found.group("base") if found else stem


def candidates(path: Path) -> list[Path]:
    """Files beside ``path`` named like it with another language tag (``name.yaml``, ``name.es.yaml``), not
    ``path`` itself, sorted by name. The bundled banks are paired this way; what pairs them is the bank id."""
    path = Path(path)
    base = base_name(path)
    try:
        found = [
            p
            for p in path.parent.iterdir()
            if p.suffix.lower() in BANK_SUFFIXES and p.name != path.name and base_name(p) == base and p.is_file()
        ]
    except OSError:
        return []
    return sorted(found)


@dataclass(frozen=True)
class Sibling:
    path: Path
    language: str  # the bank's own language tag, e.g. "es"


def siblings(path: Path, bank_id: str, language: str) -> tuple[Sibling, ...]:
    """The same bank (same id) in other languages, in the files beside ``path`` that are named like it; each
    language once (the first file by name). Files that do not load are left out."""
    found: dict[str, Sibling] = {}
    for p in candidates(path):
        result = load_bank(p)
        if result.bank is None or result.errors or result.bank.meta.id != bank_id:
            continue
        tag = result.bank.meta.language
        if tag.lower() != language.lower() and tag.lower() not in found:
            found[tag.lower()] = Sibling(p, tag)
    return tuple(found.values())
