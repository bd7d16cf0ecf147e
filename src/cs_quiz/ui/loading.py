"""What the main window waits for, loaded off the GUI thread once it has painted: the results store and the banks.

Plain Python (no Qt): :func:`prepare` runs on a worker (``worker.run_in_background``) and must not touch widgets;
the window shows its :class:`Prepared` result (or the reason the store could not be opened).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from cs_quiz.bank.load import FolderResult
    from cs_quiz.store.store import Store


class Prepared(NamedTuple):
    store: Store | None
    banks: FolderResult
    store_error: Exception | None = None


def prepare(data_dir: Path | None, bank_paths: Sequence[Path] | None, store: Store | None) -> Prepared:
    """Open the results store in ``data_dir`` (unless one is given) and load the banks (the bundled ones unless
    ``bank_paths`` names others). A store that cannot be opened is reported in ``store_error``, not raised."""
    from cs_quiz.bank.load import load_bundled, load_paths
    from cs_quiz.store.store import Store, StoreError

    error: Exception | None = None
    if store is None:
        try:
            store = Store.open(data_dir)
        except StoreError as exc:
            error = exc
    return Prepared(store, load_paths(bank_paths) if bank_paths else load_bundled(), error)
