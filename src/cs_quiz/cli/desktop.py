"""``cs-quiz desktop-install`` and ``cs-quiz desktop-uninstall``: cs-quiz in the desktop's application menu, with
its icon, for people who installed it with pip or pipx (a Linux desktop that follows freedesktop.org).

Install writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``) and nowhere else:

- ``applications/io.github.cs_quiz.CsQuiz.desktop``: the menu entry, whose ``Exec`` is the absolute path of the
  ``cs-quiz-gui`` launcher of the Python running this command (a venv's or pipx's ``bin``), so the menu starts the
  cs-quiz that was installed, whatever ``PATH`` the desktop session has;
- ``icons/hicolor/<size>x<size>/apps/io.github.cs_quiz.CsQuiz.png`` for each size, and ``scalable/apps/…svg``;
- ``metainfo/io.github.cs_quiz.CsQuiz.metainfo.xml`` (for software centres).

The entry records, in its own ``X-CsQuiz-Created`` key, the folders and caches install made that were not there
before, so uninstall removes exactly what install wrote and the folders it created (once empty), and nothing else.
``update-desktop-database`` and ``gtk-update-icon-cache`` are run when present, and never make the command fail.
Both commands can be run again: install replaces its files, uninstall of nothing removes nothing.

Exit codes: 0 done, 1 a problem (no launcher found, a folder outside the home folder, a file that cannot be written).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from cs_quiz.atomic import atomic_write_bytes, atomic_write_text
from cs_quiz.cli.output import err
from cs_quiz.packaged import resource

APP_ID = "io.github.cs_quiz.CsQuiz"  # = cs_quiz.ui.app.APP_ID (tests/test_desktop_install.py keeps them equal)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
LAUNCHER = "cs-quiz-gui"
CREATED_KEY = "X-CsQuiz-Created"
ENTRY = Path("applications", f"{APP_ID}.desktop")
CACHES = (  # what the desktop's own tools write when run, relative to the data folder, and how to run them
    (Path("applications", "mimeinfo.cache"), ("update-desktop-database", "-q", "{data}/applications")),
    (Path("icons", "hicolor", "icon-theme.cache"), ("gtk-update-icon-cache", "-q", "-f", "-t", "{data}/icons/hicolor")),
)


class DesktopError(Exception):
    """A reason the menu entry cannot be installed, in words for the person at the terminal."""


def add_commands(subparsers: Any) -> None:
    """Register ``desktop-install`` and ``desktop-uninstall`` on the ``cs-quiz`` sub-command parser."""
    p = subparsers.add_parser(
        "desktop-install",
        help="add cs-quiz to your desktop's application menu, with its icon (Linux)",
        description="Add cs-quiz to your application menu, with its icon, for your account only: files go under "
        "$XDG_DATA_HOME (default ~/.local/share). The entry starts the cs-quiz-gui of this installation.",
    )
    p.set_defaults(handler=_cmd_install)
    p = subparsers.add_parser(
        "desktop-uninstall",
        help="remove what desktop-install added to your application menu",
        description="Remove the menu entry, icons and metainfo that cs-quiz desktop-install wrote, and the folders "
        "it created once they are empty. Nothing else is touched.",
    )
    p.set_defaults(handler=_cmd_uninstall)


# ---- where things go --------------------------------------------------------------------------------------------


def data_home() -> Path:
    """``$XDG_DATA_HOME`` when set to an absolute path (the spec ignores a relative one), else ``~/.local/share``."""
    given = os.environ.get("XDG_DATA_HOME", "")
    return Path(given) if given and os.path.isabs(given) else Path.home() / ".local" / "share"


def launcher() -> Path:
    """The ``cs-quiz-gui`` next to the running Python (a venv's or pipx's scripts), else the one on ``PATH``."""
    beside = Path(sys.executable).parent / LAUNCHER  # not resolved: a venv's python is a link out of the venv
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside.absolute()
    found = shutil.which(LAUNCHER)
    if found:
        return Path(found).absolute()
    raise DesktopError(
        f"cannot find the {LAUNCHER} launcher next to {sys.executable} or on PATH; "
        "install cs-quiz with pip or pipx, then run this command with the cs-quiz it installed"
    )


def payload() -> dict[Path, Path]:
    """Each file to install (relative to the data folder) and the packaged file it is a copy of."""
    files = {ENTRY: resource("linux", f"{APP_ID}.desktop")}
    for size in ICON_SIZES:
        files[Path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")] = resource(
            "icons", f"{APP_ID}-{size}.png"
        )
    files[Path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")] = resource("icons", f"{APP_ID}.svg")
    files[Path("metainfo", f"{APP_ID}.metainfo.xml")] = resource("linux", f"{APP_ID}.metainfo.xml")
    return files


def quote_exec(path: Path) -> str:
    """``path`` as an ``Exec`` argument (Desktop Entry spec): quoted, with its reserved characters escaped, when it
    holds anything beyond letters, digits and ``/._-+``."""
    text = str(path)
    if all(c.isalnum() or c in "/._-+" for c in text):
        return text
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in text) + '"'


def entry_text(template: str, program: Path, created: list[str]) -> str:
    """The packaged entry with ``Exec`` and ``TryExec`` set to ``program`` and the record of what was created."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quote_exec(program)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        elif line.startswith(f"{CREATED_KEY}="):
            continue
        lines.append(line)
    if created:
        lines.append(f"{CREATED_KEY}={';'.join(created)};")
    return "\n".join(lines) + "\n"


def recorded(data: Path) -> list[str]:
    """What an earlier install created (its entry's ``X-CsQuiz-Created``), or nothing."""
    try:
        text = (data / ENTRY).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    ancestors = {str(a) for a in (data, *data.parents) if a != Path.home() and Path.home() in a.parents}
    for line in text.splitlines():
        if line.startswith(f"{CREATED_KEY}="):  # inside the data folder, or the data folder and its parents in home
            paths = line.split("=", 1)[1].split(";")
            return [p for p in paths if p and (p in ancestors or not Path(p).is_absolute() and ".." not in p)]
    return []


def inside_home(data: Path) -> None:
    home = Path.home().absolute()
    try:
        data.absolute().relative_to(home)
    except ValueError:
        raise DesktopError(
            f"{data} is not inside your home folder {home}; desktop-install writes only there "
            "(unset XDG_DATA_HOME or point it inside your home folder)"
        ) from None


# ---- install and uninstall --------------------------------------------------------------------------------------


def run_tools(data: Path) -> list[str]:
    """Run the desktop's cache tools that are present; returns what was done, for the person to read."""
    done = []
    for _, command in CACHES:
        program = shutil.which(command[0])
        if program is None:
            done.append(f"{command[0]} is not installed: skipped (the menu finds the entry without it)")
            continue
        args = [program, *(a.format(data=data) for a in command[1:])]
        try:
            result = subprocess.run(args, capture_output=True, text=True, timeout=60, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            done.append(f"{command[0]} could not run ({exc}): skipped")
            continue
        state = "ran" if result.returncode == 0 else f"ran and said: {(result.stderr or result.stdout).strip()}"
        done.append(f"{command[0]} {state}")
    return done


def install(data: Path | None = None) -> list[str]:
    """Install the menu entry, icons and metainfo under ``data`` (default :func:`data_home`); returns the lines to
    print. Raises DesktopError, having written nothing, when something needed is missing."""
    data = data or data_home()
    inside_home(data)
    program = launcher()
    files = payload()
    missing = [str(src) for src in files.values() if not src.is_file()]
    if missing:
        raise DesktopError(f"this installation of cs-quiz lacks {', '.join(missing)}; reinstall it")
    template = files[ENTRY].read_text(encoding="utf-8")
    created = set(recorded(data))
    home = Path.home().absolute()
    for folder in (data, *data.parents):  # the data folder itself, and its parents, when install makes them
        if folder.absolute() == home or home not in folder.absolute().parents:
            break
        if not folder.exists():
            created.add(str(folder.absolute()))
    for target in files:  # the folders that are not there yet, outermost first
        for folder in reversed(target.parents[:-1]):
            if not (data / folder).exists():
                created.add(folder.as_posix())
    caches_before = {cache for cache, _ in CACHES if (data / cache).exists()}
    written: list[Path] = []
    try:
        for target, source in files.items():
            path = data / target
            path.parent.mkdir(parents=True, exist_ok=True)
            if target != ENTRY:
                atomic_write_bytes(path, source.read_bytes())
                written.append(path)
        for cache, _ in CACHES:
            if cache not in caches_before:
                created.add(cache.as_posix())
        # The entry last: once the menu sees it, its icon is in place.
        atomic_write_text(data / ENTRY, entry_text(template, program, sorted(created)))
        written.append(data / ENTRY)
    except OSError as exc:
        raise DesktopError(f"cannot write {getattr(exc, 'filename', '') or data}: {exc.strerror or exc}") from None
    lines = [f"wrote {p}" for p in written]
    lines += run_tools(data)
    for cache, _ in CACHES:  # a cache a tool did not make after all is not ours to remove later
        if cache not in caches_before and not (data / cache).exists():
            created.discard(cache.as_posix())
    atomic_write_text(data / ENTRY, entry_text(template, program, sorted(created)))
    lines.append(f"cs-quiz is in your application menu; it starts {program}")
    return lines


def uninstall(data: Path | None = None) -> list[str]:
    """Remove what :func:`install` wrote under ``data`` and the folders it created, once empty; returns the lines
    to print."""
    data = data or data_home()
    inside_home(data)
    created = recorded(data)
    lines = []
    for target in payload():
        path = data / target
        if path.is_file() or path.is_symlink():
            path.unlink()
            lines.append(f"removed {path}")
    ours = {Path(p) for p in created}
    for cache, _ in CACHES:
        if cache in ours and (data / cache).is_file():
            (data / cache).unlink()
            lines.append(f"removed {data / cache}")
    if lines:
        lines += [line for line in run_tools(data) if "not installed" not in line]
        for cache, _ in CACHES:  # a tool run now recreates its cache only where it was before install
            if cache in ours and (data / cache).is_file():
                (data / cache).unlink()
    folders = (data / p for p in ours if p not in {c for c, _ in CACHES})  # data / an absolute path = that path
    emptied = 0
    for path in sorted(folders, key=lambda p: -len(p.absolute().parts)):  # the deepest first
        try:
            path.rmdir()  # only when empty: anything else in it is someone else's
            emptied += 1
        except OSError:
            pass
    if emptied:
        lines.append(f"removed {emptied} empty folder(s) that desktop-install had made")
    if not lines:
        lines.append(f"nothing to remove: cs-quiz's menu entry is not installed in {data}")
    else:
        lines.append("cs-quiz is no longer in your application menu")
    return lines


def _run(action: Any) -> int:
    if not sys.platform.startswith("linux") and "bsd" not in sys.platform:
        err("desktop-install is for Linux desktops (freedesktop.org menus); on Windows and macOS use the bundle")
        return 1
    try:
        lines = action()
    except DesktopError as exc:
        err(f"cs-quiz: {exc}")
        return 1
    except OSError as exc:
        err(f"cs-quiz: {exc}")
        return 1
    print("\n".join(lines))
    return 0


def _cmd_install(args: argparse.Namespace) -> int:
    return _run(install)


def _cmd_uninstall(args: argparse.Namespace) -> int:
    return _run(uninstall)
