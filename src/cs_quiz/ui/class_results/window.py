"""The Class results window (issue 18): being built."""

from __future__ import annotations

from typing import Any


def open_class_results(parent: Any, store: Any, banks: Any) -> None:
    return None
