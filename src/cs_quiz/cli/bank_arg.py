"""The ``BANK`` argument of the bank commands (``score``, ``report``, ``paper``, ``stats``...): a bank file, or the
id of a bundled bank, in the language asked for when it has one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cs_quiz.cli.output import err


def find_bank(spec: str, language: str = "en") -> Any:
    """A bank from a path or a bundled id (in ``language`` if there is such a version, else English); prints
    the problems and returns None when it is unusable."""
    from cs_quiz.bank.load import choose_bank, load_bank, load_bundled

    path = Path(spec)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        result = load_bank(path)
        if result.errors:
            err(*result.errors)
            return None
        return result.bank
    bundled = load_bundled()
    chosen, fell_back = choose_bank(bundled.banks, spec, language)
    if chosen is not None:
        if fell_back:
            err(f"cs-quiz: bank '{spec}' has no '{language}' version; using '{chosen.meta.language}'")
        return chosen
    known = ", ".join(sorted({b.meta.id for b in bundled.banks})) or "none"
    err(f"cs-quiz: '{spec}' is neither a bank file nor a bundled bank id (bundled: {known})")
    return None
