"""Tell when a bank file has been saved: the file and its folder are watched, and bursts of events are debounced.

Editors save in two ways. Some write the file in place (one or more writes: the file's own watch fires). Others
(vim, gedit, VS Code's "safe write") write a new file beside it and rename it over the old one: the watch on the
old file ends with it, so the folder is watched too, and the file is watched again once the new one is there.

Events come in bursts (truncate, write, write, close; or create, write, rename), so :attr:`BankWatcher.changed` is
emitted once the file has been quiet for :data:`QUIET_MS`. A file caught half-written is simply read again at the
next event of the same save, so a broken moment is never the last word. Events from other files in the folder
(an editor's swap or backup files) are told apart by the file's :func:`signature`. A slow poll catches what a file
system does not report (some network and shared folders send no events).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

QUIET_MS = 50  # a save's events are this close together; the reload comes this long after the last one
MISSING_RETRY_MS = 100  # the file is gone for a moment while an editor renames the new one over it
MISSING_TRIES = 5  # gone for longer: it was deleted or moved, and the preview says so
POLL_MS = 1000  # for file systems that send no events

Signature = tuple[int, int, int, int]


def signature(path: Path) -> Signature | None:
    """What changes when the file is saved: its identity (a rename puts another file there), size and time; None
    while there is no file."""
    try:
        s = os.stat(path)
    except OSError:
        return None
    return (s.st_dev, s.st_ino, s.st_size, s.st_mtime_ns)


class BankWatcher(QObject):
    """Watches one file (and its folder); ``changed`` says it was saved, and it is now whole and quiet."""

    changed = Signal()

    def __init__(self, path: Path, parent: QObject | None = None, *, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._watch = QFileSystemWatcher(self)
        self._watch.fileChanged.connect(self._file_event)
        self._watch.directoryChanged.connect(self._folder_event)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(quiet_ms)
        self._quiet.timeout.connect(self._settled)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._polled)
        self._touched = False  # the file's own watch fired since the last ``changed``
        self._missing = 0  # looks in a row that found no file
        self.seen: Signature | None = None
        self.watch(self.path)
        self._poll.start()

    def watch(self, path: Path) -> None:
        """Watch ``path`` instead (another language's file of the same bank); what it holds now counts as seen."""
        old = self._watch.files() + self._watch.directories()
        if old:
            self._watch.removePaths(old)
        self.path = Path(path)
        self._rewatch()
        self.seen = signature(self.path)
        self._touched = False

    def _rewatch(self) -> None:
        folder = str(self.path.parent)
        if folder not in self._watch.directories() and os.path.isdir(folder):
            self._watch.addPath(folder)
        if str(self.path) not in self._watch.files() and self.path.exists():
            self._watch.addPath(str(self.path))  # again, after a rename replaced the file

    def _file_event(self, _path: str) -> None:
        self._touched = True
        self._quiet.start(self._quiet.interval())

    def _folder_event(self, _path: str) -> None:
        self._quiet.start(self._quiet.interval())

    def _settled(self) -> None:
        self._rewatch()
        now = signature(self.path)
        if now is None:
            self._missing += 1
            if self._missing < MISSING_TRIES:  # between an editor's delete and its rename: look again shortly
                self._quiet.start(MISSING_RETRY_MS)
                return
            if self.seen is None:
                return  # said already; the folder's watch tells when a file is there again
        self._missing = 0
        if now == self.seen and not self._touched:
            return  # another file in the folder
        self.seen, self._touched = now, False
        self.changed.emit()

    def _polled(self) -> None:
        if not self._quiet.isActive() and signature(self.path) not in (self.seen, None):
            self._settled()

    def stop(self) -> None:
        self._poll.stop()
        self._quiet.stop()
        paths = self._watch.files() + self._watch.directories()
        if paths:
            self._watch.removePaths(paths)
