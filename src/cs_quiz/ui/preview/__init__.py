"""Live preview of a question bank for its authors (issue 19): ``cs-quiz preview BANK.yaml`` and File › Open bank….

:func:`open_preview` opens the window (:mod:`.window`); the file is watched (:mod:`.watcher`), read off the GUI
thread (:mod:`.reading`), its problems listed (:mod:`.problems`) and opened in the author's editor (:mod:`.editor`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from cs_quiz.ui.preview.window import PreviewWindow


def open_preview(path: Path, parent: QWidget | None = None) -> PreviewWindow:
    """Show the preview of the bank file ``path`` (see :func:`cs_quiz.ui.preview.window.open_preview`)."""
    from cs_quiz.ui.preview.window import open_preview as open_window

    return open_window(path, parent)
