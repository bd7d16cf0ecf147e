"""``cs-quiz --kiosk``: open the store and the banks, check the chosen bank and section, and run the locked window
(which puts on the kiosk's look first) until the facilitator exits. Problems that stop a kiosk from starting are
shown in a message box (there is no terminal on a kiosk) and give the exit code."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QMessageBox

from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store, StoreError
from cs_quiz.ui.errors import describe
from cs_quiz.ui.kiosk.shell import KioskWindow, pick_bank


def run_kiosk(args: argparse.Namespace) -> int:
    """``cs-quiz --kiosk``: ``args`` has ``data_dir``, ``bank``, ``section``, ``lang`` (and optionally ``banks``,
    bank files to use instead of the bundled ones). Returns the exit code once the facilitator exits."""
    from cs_quiz.bank.load import load_bundled, load_paths
    from cs_quiz.ui.app import application, bank_paths, keep_settings_with_results
    from cs_quiz.ui.language import BanksByLanguage, install_language

    keep_settings_with_results(args, always=True)  # the language and look of this kiosk, not of the desktop's user
    app = application()
    install_language(app, getattr(args, "lang", None))
    title = app.translate("KioskWindow", "cs-quiz kiosk cannot start")
    try:
        store = Store.open(getattr(args, "data_dir", None))
    except StoreError as exc:
        QMessageBox.critical(None, title, describe(exc))
        return 1
    paths = bank_paths(args)
    loaded = load_paths(paths) if paths else load_bundled()
    banks = BanksByLanguage(loaded.banks)  # each bank in the language in use (a participant may switch), else English
    if not banks:
        QMessageBox.critical(None, title, "\n".join(str(e) for e in loaded.errors[:12]))
        store.close()
        return 1
    settings = ks.load(store)
    chosen = {
        k: v for k, v in (("bank", getattr(args, "bank", None)), ("section", getattr(args, "section", None))) if v
    }
    settings = settings.with_values(**chosen)  # for this run only; the panel's choice is what is stored
    bank, _ = pick_bank(banks, settings)
    if settings.bank and settings.bank not in banks or settings.section and settings.section not in bank.sections:
        QMessageBox.critical(
            None,
            title,
            app.translate("KioskWindow", "There is no bank “{bank}” with a section “{section}”.").format(
                bank=settings.bank, section=settings.section
            ),
        )
        store.close()
        return 2
    window = KioskWindow(store, banks, settings)
    window.setGeometry(window.screen().geometry())  # without a window manager, full screen alone keeps 200×100
    window.showFullScreen()
    window.lock.watch()
    window.ensure_pin()
    code = app.exec()
    store.close()
    return int(code)
