"""``cs-quiz kiosk-setup``: set the facilitator's PIN and the kiosk's options from a terminal.

Without options it asks for a PIN (twice, not echoed) when none is set yet, then prints the options in force.
``--pin`` asks for a new PIN even when one is set: whoever has a terminal on the kiosk machine already controls its
data folder, so the old PIN is not asked for (that is also how a forgotten PIN is replaced).

Exit codes: 0 done, 1 a problem the user can fix (PINs that differ or are not 4-12 digits, a store that cannot be
opened), 2 a usage mistake (a value out of range). The PIN is never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import sys
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


def _bank_problem(bank_id: str | None, section_id: str | None, current: ks.KioskSettings) -> str | None:
    """Why the chosen bank/section cannot be used (checked against the bundled banks), or None."""
    if bank_id is None and section_id is None:
        return None
    from cs_quiz.bank.load import load_bundled

    banks = {b.meta.id: b for b in load_bundled().banks}
    wanted_bank = bank_id if bank_id is not None else current.bank
    bank = banks.get(wanted_bank) if wanted_bank else next(iter(banks.values()), None)
    if bank is None:
        return f"there is no bundled bank {wanted_bank!r} (bundled: {', '.join(banks) or 'none'})"
    if section_id and section_id not in bank.sections:
        return f"bank {bank.meta.id} has no section {section_id!r} (sections: {', '.join(bank.sections)})"
    return None


def cmd_kiosk_setup(args: argparse.Namespace) -> int:
    from cs_quiz.kiosk import pin as pins
    from cs_quiz.store.store import Store, StoreError, resolve_data_dir

    changes = {o.name: getattr(args, o.name) for o in ks.OPTIONS if getattr(args, o.name, None) is not None}
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
            problem = _bank_problem(args.bank, args.section, current)
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
