"""What every command prints for the person at the terminal."""

from __future__ import annotations

import sys


def err(*lines: object) -> None:
    """Each line on stderr: problems and notes, never mixed into a command's output."""
    for line in lines:
        print(line, file=sys.stderr)
