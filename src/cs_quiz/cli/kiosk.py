"""``cs-quiz kiosk-setup``: set the facilitator's PIN and the kiosk's options from a terminal.

Without options it asks for a PIN (twice, not echoed) when none is set yet, then prints the options in force.
``--pin`` asks for a new PIN even when one is set: whoever has a terminal on the kiosk machine already controls its
data folder, so the old PIN is not asked for (that is also how a forgotten PIN is replaced).

Exit codes: 0 done, 1 a problem the user can fix (PINs that differ or are not 4-12 digits, a store that cannot be
opened), 2 a usage mistake (a value out of range). The PIN is never printed or logged.

``--install-service [--user NAME]`` does nothing else: as root it writes the systemd unit of a kiosk appliance
(cs_quiz.kiosk.service) and says the next commands; without root, or with ``--print-unit``, it prints the unit and
the steps and writes nothing. It never opens a results folder (root's would be the wrong one).
"""

from __future__ import annotations

import argparse
import getpass
import os
import shlex
import shutil
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from cs_quiz.kiosk import settings as ks

# Where PINs are read from; tests replace it. getpass falls back to stdin (with a warning) when there is no terminal.
ask_secret = getpass.getpass


def add_commands(subparsers: Any) -> None:
    """Register ``kiosk-setup`` on the ``cs-quiz`` sub-command parser."""
    p = subparsers.add_parser(
        "kiosk-setup",
        help="set the facilitator PIN and the kiosk options (cs-quiz --kiosk)",
        description="Set the facilitator's PIN (asked twice, not shown) and the kiosk's options for the results "
        "folder (--data-dir). Options not given keep their value.",
    )
    p.add_argument("--pin", action="store_true", help="set a new PIN even if one is set already")
    p.add_argument("--bank", metavar="ID", help="question bank id to offer (default: the first bundled bank)")
    p.add_argument("--section", metavar="ID", help="section id to offer, e.g. quick or full")
    for option, flag in (
        ("idle_seconds", "--idle"),
        ("countdown_seconds", "--countdown"),
        ("results_seconds", "--results-time"),
    ):
        o = ks.BY_NAME[option]
        p.add_argument(flag, dest=option, type=int, metavar="SECONDS", help=f"{o.label} ({o.minimum}-{o.maximum})")
    for option, yes, no in (
        ("takeaway_qr", "--qr", "--no-qr"),
        ("print_button", "--print", "--no-print"),
        ("keep_abandoned", "--keep-abandoned", "--discard-abandoned"),
        ("show_standing", "--standing", "--no-standing"),
        ("ask_code", "--ask-code", "--no-ask-code"),
        ("reflections", "--reflections", "--no-reflections"),
    ):
        group = p.add_mutually_exclusive_group()
        group.add_argument(yes, dest=option, action="store_const", const=True, help=ks.BY_NAME[option].label)
        group.add_argument(no, dest=option, action="store_const", const=False)
    theme, size = ks.BY_NAME["theme"], ks.BY_NAME["text_size"]
    p.add_argument(
        "--theme", metavar="THEME", help=f"the kiosk's colours: {', '.join(map(str, theme.choices))} (default light)"
    )
    p.add_argument(
        "--text-size",
        dest="text_size",
        type=int,
        metavar="PERCENT",
        help=f"{size.label}, in percent: {', '.join(map(str, size.choices))} (default 100)",
    )
    cohort = ks.BY_NAME["cohort"]
    p.add_argument(
        "--cohort",
        metavar="LABEL",
        help=f"the class or workshop every new attempt belongs to (at most {cohort.maximum} characters; "
        "'' for none), for cs-quiz stats --cohort",
    )
    p.add_argument(
        "--results-folder",
        dest="results_folder",
        metavar="FOLDER",
        help="also write each finished result, as a file cs-quiz imports, to this folder (a USB stick or a shared "
        "folder; '' for none)",
    )
    appliance = p.add_argument_group("kiosk appliance (docs/kiosk.md, A kiosk appliance)")
    appliance.add_argument(
        "--install-service",
        action="store_true",
        help="write the systemd unit that starts the kiosk under cage on tty1 at boot as --user and starts it again "
        "whenever it stops (as root; otherwise print it). Used alone: set the PIN and options as the kiosk user",
    )
    appliance.add_argument("--user", metavar="NAME", help="the kiosk's own unprivileged user (default: kiosk)")
    appliance.add_argument(
        "--print-unit", action="store_true", help="with --install-service: print the unit and the steps, write nothing"
    )
    appliance.add_argument(
        "--allow-vt-switch",
        action="store_true",
        help="with --install-service: let Ctrl+Alt+F2 etc. reach another console (where a login needs a password)",
    )
    p.set_defaults(handler=cmd_kiosk_setup)


def _err(message: str) -> None:
    print(f"cs-quiz kiosk-setup: {message}", file=sys.stderr)


def _read_new_pin() -> str | None:
    from cs_quiz.kiosk import pin as pins

    try:
        first = ask_secret("New facilitator PIN (4-12 digits): ")
        problem = pins.pin_problem(first)
        if problem:
            _err(problem + " Nothing was changed.")
            return None
        if ask_secret("The same PIN again: ") != first:
            _err("the two PINs differ. Nothing was changed.")
            return None
    except EOFError:
        _err("no PIN was given. Nothing was changed.")
        return None
    return first


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value != "" else "(default)"


def _own_banks(path: Path) -> tuple[Path, list[Any], str | None]:
    """``--banks PATH`` made absolute (the kiosk may start elsewhere), the valid banks in it, and why the kiosk could
    not use it, or None: it must hold at least one valid bank; a broken file is named."""
    from cs_quiz.bank.load import load_paths

    folder = path.expanduser().absolute()
    if not folder.exists():
        return folder, [], f"--banks {path}: no such file or folder"
    loaded = load_paths([folder])
    if not loaded.banks:
        said = "; ".join(str(e) for e in loaded.errors[:3]) or "no .yaml files in it"
        return folder, [], f"--banks {path}: no valid question bank ({said}); check it with: cs-quiz validate {path}"
    return folder, list(loaded.banks), None


def _bank_problem(
    bank_id: str | None,
    section_id: str | None,
    current: ks.KioskSettings,
    own: Path | None = None,
    own_banks: Sequence[Any] = (),
) -> str | None:
    """Why the chosen bank/section cannot be used (checked against the banks the kiosk will load: ``own_banks``,
    read from ``own`` given as --banks, else the bundled ones), or None."""
    if bank_id is None and section_id is None:
        return None
    from cs_quiz.bank.load import load_bundled

    banks = {b.meta.id: b for b in (own_banks if own is not None else load_bundled().banks)}
    wanted_bank = bank_id if bank_id is not None else current.bank
    bank = banks.get(wanted_bank) if wanted_bank else next(iter(banks.values()), None)
    if bank is None:
        kind = f"bank in {own}" if own is not None else "bundled bank"
        return f"there is no {kind} {wanted_bank!r} (there: {', '.join(banks) or 'none'})"
    if section_id and section_id not in bank.sections:
        return f"bank {bank.meta.id} has no section {section_id!r} (sections: {', '.join(bank.sections)})"
    return None


def _program() -> Path:
    """The cs-quiz program running now, as the unit should start it: the bundle itself, the ``cs-quiz`` script
    beside this Python (a venv), or the one on PATH."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).absolute()
    beside = Path(sys.executable).parent / "cs-quiz"
    if beside.is_file():
        return beside.absolute()
    found = shutil.which("cs-quiz")
    return Path(found).absolute() if found else beside.absolute()


def _closed_to(user: str, program: Path) -> Path | None:
    """A folder or file on the way to ``program`` (or to the Python its first line names) that ``user`` cannot get
    through, judged by the permission bits for others (or the owner's, when the user owns it); None if all open."""
    from cs_quiz.kiosk.service import _passwd

    entry = _passwd(user)
    uid = entry[0] if entry is not None else None
    targets = [program]
    try:
        with program.open("rb") as fh:
            first = fh.readline(512)
        if first.startswith(b"#!"):
            words = first[2:].decode("utf-8", "replace").split()
            if words:
                targets.append(Path(words[0]))
    except OSError:
        pass
    for target in targets:
        real = target.resolve()
        for step in [*reversed(real.parents), real]:
            try:
                st = step.stat()
            except OSError:
                return step
            bit = stat.S_IXUSR if uid is not None and st.st_uid == uid else stat.S_IXOTH
            if not st.st_mode & bit:
                return step
    return None


def _steps(
    user: str, program: Path, data_dir: Path, written: bool, explicit: bool, banks: Path | None = None
) -> list[str]:
    from cs_quiz.kiosk.service import UNIT_PATH, _passwd

    exe, folder = shlex.quote(str(program)), shlex.quote(str(data_dir))
    own = f" --banks {shlex.quote(str(banks))}" if banks is not None else ""
    steps = []
    if _passwd(user) is None:
        steps.append(f"useradd --create-home {user}        # the kiosk's own user: it does not exist yet")
    steps.append(f"sudo -u {user} {exe} --data-dir {folder}{own} kiosk-setup   # the PIN and options, first")
    if not written:
        where = f" --data-dir {folder}" if explicit else ""
        steps.append(f"sudo {exe}{own} kiosk-setup --install-service --user {user}{where}   # writes {UNIT_PATH}")
    steps.append("systemctl daemon-reload && systemctl enable --now cs-quiz-kiosk")
    steps.append("systemctl set-default graphical.target   # so it starts at every boot")
    steps.append("# stop it for maintenance (from SSH or another console): systemctl stop cs-quiz-kiosk")
    return steps


def install_service(args: argparse.Namespace) -> int:
    """``kiosk-setup --install-service``: see the module docstring."""
    from cs_quiz.atomic import atomic_write_text
    from cs_quiz.kiosk import service

    user = args.user or service.DEFAULT_USER
    explicit = getattr(args, "data_dir", None)
    data_dir = Path(explicit).expanduser().absolute() if explicit is not None else service.default_data_dir(user)
    program = _program()
    cage = shutil.which("cage")
    banks = None
    if getattr(args, "banks", None) is not None:  # the facilitator's own banks, on the kiosk's command line
        banks, _, problem = _own_banks(args.banks)
        if problem:
            _err(problem + ". Nothing was written.")
            return 2
    try:
        text = service.unit_text(
            program, user, data_dir, cage=cage or "/usr/bin/cage", allow_vt_switch=args.allow_vt_switch, banks=banks
        )
    except service.ServiceError as exc:
        _err(str(exc) + ". Nothing was written.")
        return 2
    notes = []
    if cage is None:
        notes.append("cage is not installed: apt-get install cage (the unit expects /usr/bin/cage)")
    closed = _closed_to(user, program)
    closed_note = ""
    if closed is not None:
        closed_note = (
            f"user {user} cannot run {program} ({closed} is closed to it): install cs-quiz where every user can "
            "run it, e.g. python3 -m venv /opt/cs-quiz && /opt/cs-quiz/bin/pip install /path/to/cs-quiz, and run "
            "/opt/cs-quiz/bin/cs-quiz kiosk-setup --install-service (docs/kiosk.md, A kiosk appliance)"
        )
        notes.append(closed_note)
    if banks is not None:
        shut = _closed_to(user, banks if banks.is_dir() else banks.parent)
        if shut is not None:
            closed = closed or shut
            closed_note = (
                f"user {user} cannot read the banks in {banks} ({shut} is closed to it): copy them to a folder "
                "every user can read, e.g. /opt/cs-quiz-banks"
            )
            notes.append(closed_note)
    if not data_dir.is_dir():
        notes.append(f"{data_dir} does not exist yet: setting the PIN as {user} (below) creates it")
    if args.print_unit or os.geteuid() != 0:
        why = "--print-unit" if args.print_unit else "not root"
        print(text, end="")
        print(f"# Nothing was written ({why}). The data folder: {data_dir}")
        for note in notes:
            print(f"# Note: {note}")
        print("# Next, as root:")
        print("\n".join("#   " + step for step in _steps(user, program, data_dir, False, explicit is not None, banks)))
        return 0
    if closed is not None:
        _err(closed_note + ". Nothing was written.")
        return 1
    try:
        atomic_write_text(service.UNIT_PATH, text)
        os.chmod(service.UNIT_PATH, 0o644)
    except OSError as exc:
        _err(f"cannot write {service.UNIT_PATH}: {exc.strerror or exc}. Nothing was written.")
        return 1
    print(f"Wrote {service.UNIT_PATH}: the kiosk runs as {user} with its results in {data_dir}.")
    for note in notes:
        print(f"Note: {note}")
    print("Next:")
    print("\n".join("  " + step for step in _steps(user, program, data_dir, True, explicit is not None, banks)))
    return 0


_APPLIANCE_ONLY = ("user", "print_unit", "allow_vt_switch")


def cmd_kiosk_setup(args: argparse.Namespace) -> int:
    from cs_quiz.kiosk import pin as pins
    from cs_quiz.store.store import Store, StoreError, resolve_data_dir

    changes = {o.name: getattr(args, o.name) for o in ks.OPTIONS if getattr(args, o.name, None) is not None}
    if getattr(args, "install_service", False):
        if changes or args.pin or args.bank or args.section:
            _err(
                "--install-service is used alone: set the PIN and options as the kiosk user "
                "(sudo -u NAME cs-quiz kiosk-setup ...)"
            )
            return 2
        return install_service(args)
    if any(getattr(args, name, None) for name in _APPLIANCE_ONLY):
        _err("--user, --print-unit and --allow-vt-switch go with --install-service")
        return 2
    own: Path | None = None
    own_banks: list[Any] = []
    if getattr(args, "banks", None) is not None:  # the kiosk's own banks: the options are checked against them
        own, own_banks, problem = _own_banks(args.banks)
        if problem:
            _err(problem)
            return 2
    if changes.get("results_folder"):  # where the kiosk will look, whatever folder it is started from
        folder = Path(changes["results_folder"]).expanduser().absolute()
        changes["results_folder"] = str(folder)
        if not folder.is_dir():
            _err(f"note: {folder} does not exist now; results are written there once it does (a USB stick plugged in)")
    try:
        store = Store.open(resolve_data_dir(getattr(args, "data_dir", None)))
    except StoreError as exc:
        _err(str(exc))
        return 1
    with store:
        if store.degraded is not None:  # read-only or full: a PIN "set" in memory would be gone at exit
            _err(f"{store.degraded} Nothing was changed.")
            return 1
        try:
            current = ks.load(store)
            try:
                wanted = current.with_values(**changes)
            except ValueError as exc:
                _err(str(exc))
                return 2
            problem = _bank_problem(args.bank, args.section, current, own, own_banks)
            if problem:
                _err(problem)
                return 2
            if args.pin or not pins.has_pin(store):
                new_pin = _read_new_pin()
                if new_pin is None:
                    return 1
                pins.set_pin(store, new_pin)
                print("The facilitator PIN is set.")
            changed = ks.save(store, wanted, previous=current)
        except StoreError as exc:
            _err(str(exc))
            return 1
        if store.degraded is not None:
            _err(str(store.degraded))
            return 1
        if changed:
            print("Changed: " + ", ".join(changed) + ".")
        print(f"Kiosk options in {resolve_data_dir(getattr(args, 'data_dir', None))}:")
        for o in ks.OPTIONS:
            print(f"  {o.label}: {_show(getattr(wanted, o.name))}{' ' + o.unit if o.unit else ''}")
    return 0
