"""Every screen of the kiosk as participants and facilitators meet it (issue 17): in each theme, at 1024×600, at
200 % text and in Spanish, with the bundled bank's real texts and a workshop's worth of results — no text cut, no
siblings on top of each other, no value field stretched across the screen, no control without its glyph, and every
dialog (all of them open inside the kiosk window: ui/kiosk/inside.py) opening where a person starts.

One walk per case: the first PIN being set, the welcome, a question of every type, "Still there?", the review, the
results with the take-away, the PIN dialog (and a wrong try), the facilitator panel's three tabs, and its dialogs
(clear, exit, the export folder, an error). Each (case, screen, detector) is a test of its own; :data:`KNOWN` lists
the defects found, strictly expected to fail. The detectors are tests/layout_checks.py's, shown to fail on broken
widgets in tests/ui/test_layout_sweep.py; the kiosk's own ways to hide a thing are shown at the end.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from kiosk_helpers import PIN, flush_deletes, press
from make_screenshots import seed
from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

import layout_checks as lc
from cs_quiz.attempts import attempt as attempt_module
from cs_quiz.bank.load import choose_bank, load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.store.store import Store
from cs_quiz.ui import language
from cs_quiz.ui.kiosk.inside import open_inside


@dataclass(frozen=True)
class Case:
    theme: str
    size: int  # the kiosk's text size, percent
    lang: str
    screen: tuple[int, int]
    printing: bool = False  # the facilitator allows printing: a Print button on the results


# Each theme, each language, 100, 150 and 200 % and both screens, the worst together: Spanish at 200 % on 1024×600.
CASES = {
    "light-100-en-1024x600": Case("light", 100, "en", (1024, 600)),
    "dark-150-en-1024x600": Case("dark", 150, "en", (1024, 600), printing=True),
    "high-contrast-200-es-1024x600": Case("high-contrast", 200, "es", (1024, 600)),
    "light-100-es-1280x800": Case("light", 100, "es", (1280, 800)),
}
DIALOGS = ("set PIN", "PIN", "PIN: wrong try", "clear", "exit", "export folder", "error")
SCREENS = (
    "set PIN",
    "welcome",
    "question: likert",
    "question: scenario",
    "question: choice",
    "question: number",
    "question: several",
    "question: last",
    "still there",
    "review",
    "results",
    "PIN",
    "PIN: wrong try",
    "panel: overview",
    "panel: export and clear",
    "panel: options",
    "clear",
    "exit",
    "export folder",
    "error",
)

# ---- what the sweep found (issue 17): (case, screen, detector) -> what a person sees ------------------------------
_ALL = tuple(CASES)
_600 = ("light-100-en-1024x600", "dark-150-en-1024x600", "high-contrast-200-es-1024x600")  # the 1024×600 screens
_BIG = ("dark-150-en-1024x600", "high-contrast-200-es-1024x600")  # 150 % and 200 % text on 1024×600
_HC_ES = "high-contrast-200-es-1024x600"
_QUESTIONS = tuple(f"question: {kind}" for kind in ("likert", "scenario", "choice", "number", "several", "last"))


def _each(cases: tuple[str, ...], screens: tuple[str, ...], detector: str, reason: str) -> dict[Any, str]:
    return {(case, screen, detector): f"issue 17: {reason}" for case in cases for screen in screens}


KNOWN: dict[tuple[str, str, str], str] = {
    **_each(
        (_HC_ES,),
        ("panel: options",),
        "cut",
        "at 200 % in Spanish on 1024×600 the bank's title ('Preparación para director/a de servicio al cliente') is "
        "wider than the screen: its list box runs past the right edge (the options scroll sideways to it, and its "
        "list shows it whole)",
    ),
}

SEED = 17  # the options' order of every attempt (shuffled per attempt: issue 14), so each walk shows the same texts


def _at_a_persons_pace(start: Callable[..., Any]) -> Callable[..., Any]:
    """``Attempt.start`` with a clock that moves nine seconds each time it is read: keys answer far faster than a
    person reads, and the result would be withheld as too fast instead of shown (docs/screenshot_helpers.py)."""
    ticks = iter(range(0, 10_000_000, 9))

    def started(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("clock", lambda: float(next(ticks)))
        return start(*args, **kwargs)

    return started


# ---- the walk ----------------------------------------------------------------------------------------------------
@cache
def bundled(lang: str) -> Bank:
    bank, _ = choose_bank(load_bundled().banks, "csd-readiness", lang)
    assert bank is not None
    return bank


@pytest.fixture
def small_bank(request: pytest.FixtureRequest) -> Bank:
    """The bank make_kiosk builds the kiosk over: here the bundled one, in the language of the case being walked
    (its real texts, not the small test bank's short ones)."""
    callspec = getattr(request.node, "callspec", None)
    case = callspec.params.get("case") if callspec is not None else None
    return bundled(CASES[case].lang if case in CASES else "en")


def full_screen(qtbot: Any, window: QWidget, size: tuple[int, int]) -> None:
    """``window`` full screen on a screen of ``size``, as a window manager holds it: exactly that size, whatever its
    contents ask for (offscreen, a window would grow past the screen instead, and what is squeezed on a real
    screen would not be seen)."""
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.setFixedSize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)


def walk(qtbot: Any, make_kiosk: Callable[..., Any], store: Store, case: Case) -> lc.Found:
    seen = lc.Sweep(QSize(*case.screen), f"{case.theme}-{case.size}-{case.lang}")
    seed(store, bundled(case.lang), "quick", 42)  # a workshop's results for the panel to show
    language.set_language(case.lang, QApplication.instance())
    window = make_kiosk(pin=None, theme=case.theme, text_size=case.size, section="student", print_button=case.printing)
    full_screen(qtbot, window, case.screen)

    first = window.ensure_pin()  # the first start: a PIN is chosen before anyone can use the kiosk
    assert first is not None
    seen.look("set PIN", first, dialog=first)
    qtbot.keyClicks(first.first, PIN)
    qtbot.keyClicks(first.second, PIN)
    press(qtbot, Qt.Key.Key_Return)
    flush_deletes()
    assert window.pin_dialog is None, "the PIN was set"
    seen.look("welcome", window)

    qtbot.mouseClick(window.attract.start, Qt.MouseButton.LeftButton)
    session = window.session
    while window.page == "question":
        kind = lc.kind_of(session.current)
        if f"question: {kind}" not in seen.found:
            seen.look(f"question: {kind}", window)
        if session.leads_to_review:
            seen.look("question: last", window)
            window.idle.timer.timeout.emit()  # the person steps away: "Still there?"
            seen.look("still there", window.overlay)
            window.overlay.carry_on()
        lc.answer_by_keys(qtbot, session.current)
        press(qtbot, Qt.Key.Key_Return)
    seen.look("review", window)
    qtbot.mouseClick(window.review.finish, Qt.MouseButton.LeftButton)
    seen.look("results", window)
    qtbot.mouseClick(window.results.done_button, Qt.MouseButton.LeftButton)
    flush_deletes()

    dialog = window.ask_pin()
    seen.look("PIN", dialog, dialog=dialog)
    qtbot.keyClicks(dialog.field, "1111")
    press(qtbot, Qt.Key.Key_Return)
    seen.look("PIN: wrong try", dialog, dialog=dialog)
    qtbot.keyClicks(dialog.field, PIN)
    press(qtbot, Qt.Key.Key_Return)
    flush_deletes()
    panel = window.panel
    assert panel is not None, "the right PIN opens the panel"
    panel.all_dates.setChecked(True)  # the whole workshop
    for i, name in enumerate(("panel: overview", "panel: export and clear", "panel: options")):
        panel.tabs.setCurrentIndex(i)
        seen.look(name, window)

    for name, open_it in (("clear", panel.ask_clear), ("exit", panel.ask_exit), ("export folder", panel.choose_folder)):
        dialog = open_it()
        seen.look(name, dialog, dialog=dialog)
        dialog.reject()
        flush_deletes()
    panel._failed(
        OSError(28, "No space left on device", "/media/usb/cs-quiz-export"), panel.tr("Exporting the results")
    )
    error = next(d for d in window.findChildren(QDialog) if d.objectName() == "errorDialog" and d.isVisible())
    seen.look("error", error, dialog=error)
    error.accept()
    flush_deletes()
    return seen.found


_SWEPT: dict[str, lc.Found | BaseException] = {}


def _english(app: QApplication, locale: QLocale) -> None:
    """The application outlives a test: English again after a walk (make_kiosk puts the desktop's look back)."""
    language.remove_translators(app)
    QLocale.setDefault(locale)
    app.processEvents()
    lc.collect_garbage()  # the walk's windows are gone now: collect what they left
    gc.enable()


def swept(case: str, request: pytest.FixtureRequest) -> lc.Found:
    """The walk through ``case``, made by the first of its tests to run, over that test's own store (the others
    only read what it found: the fixtures are asked for here, when a walk is made)."""

    def walk_now() -> lc.Found:
        qapp = request.getfixturevalue("qapp")
        locale = QLocale()
        request.addfinalizer(lambda: _english(qapp, locale))
        monkeypatch = request.getfixturevalue("monkeypatch")
        monkeypatch.setattr(attempt_module, "new_seed", lambda: SEED)
        monkeypatch.setattr(attempt_module.Attempt, "start", _at_a_persons_pace(attempt_module.Attempt.start))
        return walk(
            request.getfixturevalue("qtbot"),
            request.getfixturevalue("make_kiosk"),
            request.getfixturevalue("store"),
            CASES[case],
        )

    return lc.walked(_SWEPT, case, walk_now)


@pytest.mark.parametrize(("case", "screen", "detector"), lc.sweep_params(CASES, SCREENS, DIALOGS, KNOWN))
def test_kiosk_layout(case: str, screen: str, detector: str, request: pytest.FixtureRequest) -> None:
    lc.judge(swept(case, request), case, screen, detector)


# ---- the kiosk's own ways to hide a thing, found -------------------------------------------------------------------
def test_a_dialog_inside_the_kiosk_is_judged_within_the_window_and_where_its_focus_lands(
    make_kiosk: Callable[..., Any], qtbot: Any
) -> None:
    window = make_kiosk()
    full_screen(qtbot, window, (1024, 600))
    dialog = QDialog(window)
    form = QFormLayout(dialog)
    field = QLineEdit(dialog)
    field.setObjectName("answer")
    form.addRow(QLabel("Type here", dialog), field)
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    form.addRow(ok)
    open_inside(window, dialog)  # as every kiosk dialog opens: a child of the window, centred on a dimmed cover
    lc.settle()
    assert lc.cut_text(dialog, QSize(1024, 600)) == [] and lc.overlapping(dialog) == []
    # A dialog that does not put the focus in its field itself gets it on its default button (inside.focus_into):
    # typing would go nowhere. The kiosk's own dialogs focus their fields; this one shows the check would see it.
    assert lc.focus_problem(dialog) == f"QDialog opens with the focus on {lc.describe(ok)}, not on QLineEdit#answer"
    field.setFocus()
    assert lc.focus_problem(dialog) is None
    tall = QLabel("A line\n" * 60, dialog)
    tall.setObjectName("tall")
    form.insertRow(0, tall)
    lc.settle()
    found = lc.cut_text(dialog, QSize(1024, 600))
    assert any(p.startswith("QLabel#tall") for p in found), found  # cut by the window, not by the dialog's own size
    dialog.reject()


def test_a_spin_box_stretched_across_a_form_is_found(make_kiosk: Callable[..., Any], qtbot: Any) -> None:
    window = make_kiosk()
    form_host = QDialog(window)
    form = QFormLayout(form_host)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # as in Panel › Kiosk options
    spin = QSpinBox(form_host)
    spin.setObjectName("countdown")
    spin.setRange(5, 300)
    form.addRow(QLabel("Then count down before starting over", form_host), spin)
    form_host.setFixedWidth(1100)
    open_inside(window, form_host)
    lc.settle()
    assert [p.split(":")[0] for p in lc.stretched(window)] == ["QSpinBox#countdown '5'"]
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    lc.settle()
    assert lc.stretched(window) == []
    form_host.reject()
