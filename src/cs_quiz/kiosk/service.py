"""The systemd unit that turns a machine into a cs-quiz kiosk appliance (docs/kiosk.md, "A kiosk appliance").

Why a unit and not the app alone: a kiosk compositor (cage) shows one application full screen and has no other
windows, menus or key bindings to escape through, and systemd starts it at boot as an unprivileged user and starts
it again whenever it stops (``Restart=always``: a crash, a kill, or the facilitator's "Exit kiosk mode"). The unit
follows the cage wiki's "Starting Cage on boot with systemd": it takes tty1 instead of its login prompt, opens a
PAM ``login`` session (logind then gives the user the screen, keyboard and /run/user/UID) and logs to the journal.

Contract: :func:`unit_text` returns the whole unit as text and raises :class:`ServiceError` (a sentence for the
user) for a user name that is not a valid Unix name, for root, or for a relative path. Paths are quoted and escaped
for systemd (``%`` and ``$`` included), so a data folder with spaces works. No Qt here (tests/test_core_is_qt_free).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

UNIT_NAME = "cs-quiz-kiosk.service"
# Where `cs-quiz kiosk-setup --install-service` writes the unit as root; tests replace it.
UNIT_PATH = Path("/etc/systemd/system") / UNIT_NAME
DEFAULT_USER = "kiosk"
TTY = "tty1"
RESTART_SECONDS = 2

# Debian's useradd NAME_REGEX (adduser.conf), which is also what POSIX portable user names allow, without "$".
_USER_NAME = re.compile(r"[a-z_][a-z0-9_-]{0,31}\Z")
# Characters systemd reads as-is in an unquoted word; anything else makes the word quoted.
_PLAIN = re.compile(r"[A-Za-z0-9_./:+,=@-]+\Z")


def _passwd(name: str) -> tuple[int, str] | None:
    """The user's id and home folder, or None when there is no such user (or no password database: Windows)."""
    try:
        import pwd
    except ImportError:  # pragma: no cover - Windows has no systemd either
        return None
    try:
        entry = pwd.getpwnam(name)
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_dir


class ServiceError(ValueError):
    """A value the unit cannot be written with; the message says which and why."""


def user_problem(name: str) -> str | None:
    """Why ``name`` cannot be the kiosk user, or None. Root (by name or by id 0) is refused: the kiosk is exactly
    the program strangers use, so it runs with no rights beyond its own data folder."""
    if not _USER_NAME.match(name):
        return (
            f"{name!r} is not a valid user name: use lower-case letters, digits, '_' and '-', "
            "starting with a letter or '_', at most 32 characters"
        )
    if name == "root":
        return "the kiosk must not run as root: choose an ordinary user (e.g. --user kiosk)"
    entry = _passwd(name)
    if entry is not None and entry[0] == 0:
        return f"user {name} has user id 0 (root's rights): choose an ordinary user"
    return None


def default_data_dir(user: str) -> Path:
    """The kiosk user's own data folder, where ``cs-quiz kiosk-setup`` run as that user puts its results: the same
    folder platformdirs gives on Linux (``~/.local/share/cs-quiz``), from the user's home directory, or
    ``/home/NAME`` when the user does not exist yet (``useradd --create-home`` puts it there)."""
    return home_dir(user) / ".local" / "share" / "cs-quiz"


def home_dir(user: str) -> Path:
    """The user's home folder, or ``/home/NAME`` for a user not created yet."""
    entry = _passwd(user)
    return Path(entry[1]) if entry is not None else Path("/home") / user


def quote(word: str, *, command: bool = True) -> str:
    """One word of a systemd setting: specifiers (``%``) doubled, and in a command line (``command``) variables
    (``$``) too; then double-quoted with backslash escapes when it holds anything but plain path characters
    (systemd.service(5), "Command lines"; systemd.exec(5), ReadWritePaths=)."""
    word = word.replace("%", "%%")
    if command:
        word = word.replace("$", "$$")
    if _PLAIN.match(word):
        return word
    escaped = word.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def _absolute(path: Path | str, what: str) -> str:
    text = str(path)
    if not PurePosixPath(text).is_absolute():
        raise ServiceError(f"the {what} must be an absolute path, not {text!r}")
    if "\n" in text or "\0" in text:
        raise ServiceError(f"the {what} {text!r} holds a line break")
    return text


def unit_text(
    exe: Path | str,
    user: str,
    data_dir: Path | str,
    *,
    cage: Path | str = "/usr/bin/cage",
    allow_vt_switch: bool = False,
    home: Path | str | None = None,
    banks: Path | str | None = None,
) -> str:
    """The ``cs-quiz-kiosk.service`` unit: ``cage -d -- EXE --kiosk --data-dir DATA_DIR`` on tty1 as ``user``.

    ``allow_vt_switch`` passes cage's ``-s`` (Ctrl+Alt+F2 reaches another console, where a password is still
    needed); off, the only ways out are the PIN panel and a remote login. ``home`` is the user's home folder
    (default: from the password database), left writable for Qt's and Mesa's caches. ``banks``: the facilitator's
    own bank file or folder, passed on as ``--banks`` (read only)."""
    problem = user_problem(user)
    if problem:
        raise ServiceError(problem)
    exe_s, data_s, cage_s = (
        _absolute(exe, "cs-quiz program"),
        _absolute(data_dir, "data folder"),
        _absolute(cage, "cage program"),
    )
    home_s = _absolute(home if home is not None else home_dir(user), "home folder")
    command = [cage_s, "-d", *(["-s"] if allow_vt_switch else []), "--", exe_s, "--kiosk", "--data-dir", data_s]
    if banks is not None:
        command += ["--banks", _absolute(banks, "banks folder")]
    # Writable under ProtectSystem=strict: the results, the user's home (caches), the session's runtime folder
    # (logind's /run/user/UID: cage's Wayland socket) and where USB sticks appear (exports, --results-folder).
    # "-" lets a path be missing.
    writable = [data_s, home_s, "-/run/user", "-/media", "-/run/media", "-/mnt"]
    return "\n".join(
        [
            f"# Written by `cs-quiz kiosk-setup --install-service --user {user}` (docs/kiosk.md, A kiosk appliance).",
            "# After editing: systemctl daemon-reload && systemctl restart cs-quiz-kiosk",
            "[Unit]",
            f"Description=cs-quiz kiosk (cage on {TTY}, user {user})",
            "After=systemd-user-sessions.service plymouth-quit-wait.service dbus.socket systemd-logind.service",
            f"After=getty@{TTY}.service",
            "Wants=dbus.socket systemd-logind.service",
            f"Conflicts=getty@{TTY}.service",
            "Before=graphical.target",
            "ConditionPathExists=/dev/tty0",
            "# Never give up restarting (systemd's default stops after 5 starts in 10 seconds).",
            "StartLimitIntervalSec=0",
            "",
            "[Service]",
            "Type=simple",
            f"User={user}",
            "PAMName=login",
            f"TTYPath=/dev/{TTY}",
            "TTYReset=yes",
            "TTYVHangup=yes",
            "TTYVTDisallocate=yes",
            "StandardInput=tty-fail",
            "StandardOutput=journal",
            "StandardError=journal",
            f"UtmpIdentifier={TTY}",
            "UtmpMode=user",
            "Environment=QT_QPA_PLATFORM=wayland XDG_SESSION_TYPE=wayland",
            "ExecStart=" + " ".join(quote(word) for word in command),
            "Restart=always",
            f"RestartSec={RESTART_SECONDS}",
            "NoNewPrivileges=yes",
            "PrivateTmp=yes",
            "ProtectSystem=strict",
            "ReadWritePaths=" + " ".join(quote(path, command=False) for path in writable),
            "",
            "[Install]",
            "WantedBy=graphical.target",
            "",
        ]
    )
