"""The Class results window and its password dialogs as a teacher meets them (issue 18), swept like every other
screen (tests/layout_checks.py): each theme, 1024×600, 200 % text, Spanish — no text cut, nothing on top of
something else, no stretched field, no control without its glyph, and the keys in the password field when its
dialog opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from class_day import grown, kiosk_day, people
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication
from test_layout_sweep import CASES, _english_light_100, _shown, bundled

import layout_checks as lc
from cs_quiz.bank.load import bundled_folder
from cs_quiz.ui.class_results.dialogs import PasswordDialog, SetPasswordDialog
from cs_quiz.ui.class_results.password import Access
from cs_quiz.ui.class_results.window import ClassResultsWindow

DIALOGS = ("password: choose", "password: enter")
SCREENS = (*DIALOGS, "results", "group", "questions", "before and after")
KNOWN: dict[tuple[str, str, str], str] = {}


def walk(qtbot: Any, make_window: Any, tmp: Path, case: Any) -> lc.Found:
    seen = lc.Sweep(QSize(*case.screen), f"class-{case.theme}-{case.size}-{case.lang}")
    window = make_window(banks=bundled_folder(), lang=case.lang, size=case.screen)
    window.choose_theme(case.theme)
    window.appearance.set_size(case.size)
    bank = bundled(case.lang)
    monday = people("P", 16, seed=1)
    kiosk_day(tmp / "k1", tmp / "usb1", bank, monday, "Lunes 10B", "quick", seed=1)
    kiosk_day(tmp / "k2", tmp / "usb2", bank, [grown(p) for p in monday], "Viernes 10B", "quick", seed=2)
    access = Access(window.store)
    for name, dialog in (
        ("password: choose", SetPasswordDialog(access, window)),
        ("password: enter", None),
    ):
        if dialog is None:
            access.set_password("chalk-and-talk")
            dialog = PasswordDialog(access, window)
        qtbot.addWidget(dialog)
        dialog.open()
        _shown(qtbot, dialog)
        seen.look(name, dialog, dialog=dialog)
        dialog.reject()
    crw = ClassResultsWindow(window.store, window.banks, window)
    qtbot.addWidget(crw)
    crw.resize(*case.screen)
    crw.show()
    qtbot.waitExposed(crw)
    crw.import_paths([tmp / "usb1", tmp / "usb2"])
    seen.look("results", crw)
    crw.cohort.setCurrentIndex(1)
    crw.tabs.setCurrentWidget(crw.group_view)
    seen.look("group", crw)
    crw.cohort.setCurrentIndex(0)
    crw.tabs.setCurrentWidget(crw.items_view)
    seen.look("questions", crw)
    crw.tabs.setCurrentIndex(3)
    seen.look("before and after", crw)
    crw.close()
    return seen.found


_SWEPT: dict[str, lc.Found | BaseException] = {}


def swept(case: str, request: pytest.FixtureRequest) -> lc.Found:
    def walk_now() -> lc.Found:
        qapp = request.getfixturevalue("qapp")
        locale = QLocale()
        request.addfinalizer(lambda: _english_light_100(qapp, locale))
        return walk(
            request.getfixturevalue("qtbot"),
            request.getfixturevalue("make_window"),
            request.getfixturevalue("tmp_path"),
            CASES[case],
        )

    return lc.walked(_SWEPT, case, walk_now)


@pytest.mark.parametrize(("case", "screen", "detector"), lc.sweep_params(CASES, SCREENS, DIALOGS, KNOWN))
def test_class_results_layout(case: str, screen: str, detector: str, request: pytest.FixtureRequest) -> None:
    assert QApplication.instance() is not None
    lc.judge(swept(case, request), case, screen, detector)
