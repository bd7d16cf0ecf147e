"""Open a bank file where a problem is, in the author's editor.

The general way is the system's: the file is opened like a double-click would open it (QDesktopServices), which
cannot aim at a line. When ``$VISUAL`` (else ``$EDITOR``) names an editor with a window of its own that is known
to take a line number, it is started with the file and the line instead. A terminal editor (vim, nano) would need
a terminal this app does not have, so it is never started. The variable is split into words like a shell does but
never run by a shell: no text from a file or a setting becomes a command.
"""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

# How each editor is told to open a file at a line: {path} and {line} are filled in, every other word kept.
AT_LINE: dict[str, tuple[str, ...]] = {
    "gvim": ("+{line}", "{path}"),
    "mvim": ("+{line}", "{path}"),
    "gedit": ("+{line}", "{path}"),
    "pluma": ("+{line}", "{path}"),
    "xed": ("+{line}", "{path}"),
    "kate": ("--line", "{line}", "{path}"),
    "kwrite": ("--line", "{line}", "{path}"),
    "code": ("--goto", "{path}:{line}"),
    "codium": ("--goto", "{path}:{line}"),
    "subl": ("{path}:{line}",),
    "notepad++": ("-n{line}", "{path}"),
}


def editor_command(path: Path, line: int, environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The program and its arguments that open ``path`` at ``line`` in the editor ``$VISUAL``/``$EDITOR`` names,
    when it is one of :data:`AT_LINE` and installed; None otherwise (then the system's way is used)."""
    env = os.environ if environ is None else environ
    for variable in ("VISUAL", "EDITOR"):
        given = env.get(variable, "").strip()
        if not given:
            continue
        try:
            words = shlex.split(given, posix=os.name != "nt")
        except ValueError:  # unbalanced quotes: not something to guess at
            return None
        if not words:
            continue
        name = Path(words[0]).name.lower().removesuffix(".exe")
        template = AT_LINE.get(name)
        program = shutil.which(words[0])
        if template is None or program is None:
            return None  # the variable set names a terminal editor or a missing one: use the system's way
        filled = [w.format(path=str(path), line=max(1, int(line))) for w in template]
        return [program, *words[1:], *filled]
    return None


def open_at(path: Path, line: int = 1) -> bool:
    """Open ``path`` at ``line`` in the author's editor, else as the system opens such a file. False when neither
    could be started (the caller says so)."""
    command = editor_command(Path(path), line)
    if command is not None:
        started, _pid = QProcess.startDetached(command[0], command[1:])
        if started:
            return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
