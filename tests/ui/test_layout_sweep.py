"""Every screen and dialog of the desktop app as a person meets it (issue 17): in each theme, at 1024×600, at 200 %
text and in Spanish, with the bundled bank's real texts — no text cut, no siblings on top of each other, no value
field stretched across the screen, no control without its glyph, and every dialog opening where a person starts.

One walk per case goes through the app as a person does — the welcome, a question of every type, the review, the
results, the review of the answers, the history (with earlier attempts in it); an attempt set aside and offered
again; saving failing, the question on quitting, an error, bank files that fail to load — and records what each
detector of tests/layout_checks.py finds on each screen. Each (case, screen, detector) is then a test of its own,
so a defect is marked where it is and nowhere else: :data:`KNOWN` lists those found, strictly expected to fail (the
mark must go when the defect is fixed). The detectors are shown to fail on deliberately broken widgets at the end.
"""

from __future__ import annotations

import gc
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import FIXTURES, press
from PySide6.QtCore import QLocale, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPolygon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import layout_checks as lc
from cs_quiz.attempts import attempt as attempt_module
from cs_quiz.bank.load import bundled_folder, choose_bank, load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store
from cs_quiz.ui import language, theme
from gui_fixtures import writes_landed


@dataclass(frozen=True)
class Case:
    theme: str
    size: int  # text size, percent
    lang: str
    screen: tuple[int, int]


# Each theme, each language, 100, 150 and 200 % and both screens, the worst together: Spanish at 200 % on 1024×600.
CASES = {
    "light-100-en-1024x600": Case("light", 100, "en", (1024, 600)),
    "dark-200-en-1024x600": Case("dark", 200, "en", (1024, 600)),
    "high-contrast-200-es-1024x600": Case("high-contrast", 200, "es", (1024, 600)),
    "dark-150-es-1280x800": Case("dark", 150, "es", (1280, 800)),
}
DIALOGS = ("answers review", "unsaved answers", "error", "bank errors")
SCREENS = (
    "welcome",
    "question: likert, flagged",
    "question: scenario",
    "question: choice",
    "question: number",
    "question: several",
    "question: last",
    "review",
    "results",
    "answers review",
    "history",
    "results: a past one",
    "welcome: resume offered",
    "question: saving fails",
    "unsaved answers",
    "error",
    "bank errors",
)

# ---- what the sweep found (issue 17): (case, screen, detector) -> what a person sees ------------------------------
KNOWN: dict[tuple[str, str, str], str] = {}

SEED = 17  # the options' order of every attempt (shuffled per attempt: issue 14), so each walk shows the same texts
FINISHED = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)  # when the walk's attempt ends: dates read the same each run
EIGHT_MINUTES = timedelta(minutes=8)


# ---- the walk ----------------------------------------------------------------------------------------------------
@cache
def bundled(lang: str) -> Bank:
    bank, _ = choose_bank(load_bundled().banks, "csd-readiness", lang)
    assert bank is not None
    return bank


def seed_history(data_dir: Path, lang: str, attempts: int = 7) -> None:
    """Finished Quick checks over the past weeks, as a person who came back a few times (and a classmate with a
    long name, on a shared computer): the history then has a list and a trend to show."""
    bank = bundled(lang)
    rng = random.Random(6)
    questions = bank.section_questions(["quick"])
    with Store.open(data_dir) as store:
        for i in range(attempts):
            when = FINISHED - timedelta(days=3 * (attempts - i), hours=rng.randint(0, 8))
            answers: dict[str, Any] = {}
            for qid in questions:
                q = bank.questions[qid]
                if q.scale:
                    answers[qid] = max(1, min(5, 2 + i % 4 + rng.choice([-1, 0, 1])))
                elif q.input is not None and q.input.value == "number":
                    answers[qid] = i
                elif q.options:
                    answers[qid] = q.options[i % len(q.options)].id
            attempt = store.start_attempt(
                bank_id=bank.meta.id,
                bank_version=bank.meta.version,
                bank_hash=bank.content_hash,
                sections=["quick"],
                nickname="Alex" if i % 3 else "Dominique-Alexandra",
                started_at=when,
            )
            for qid, value in answers.items():
                store.save_answer(attempt, qid, value)
            ev, _ = evaluate(bank, answers, ["quick"], 600)
            result = {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
            store.finish_attempt(attempt, result, when + timedelta(minutes=9), elapsed=600)


def _shown(qtbot: Any, dialog: QWidget) -> None:
    """``dialog`` shown and active, as a window manager makes the newest window (the bank errors open while the
    window is still loading, before make_window activates the window)."""
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)


def _back_to(qtbot: Any, window: QWidget) -> None:
    """A dialog closed: the window is active again and has the keys."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def walk(qtbot: Any, make_window: Callable[..., Any], data_dir: Path, case: Case) -> lc.Found:
    seen = lc.Sweep(QSize(*case.screen), f"{case.theme}-{case.size}-{case.lang}")
    seed_history(data_dir, case.lang)
    window = make_window(banks=bundled_folder(), lang=case.lang, size=case.screen)
    ticks = iter(range(0, 10_000_000, 9))
    window.clock = lambda: float(next(ticks))  # nine seconds a look at the clock: a person's pace, not a test's
    window.choose_theme(case.theme)
    window.appearance.set_size(case.size)
    seen.look("welcome", window)

    window.welcome.section_buttons["student"].setFocus()  # every question type: likert, scenario, choice, ...
    press(qtbot, Qt.Key.Key_Space)
    session = window.session
    assert lc.kind_of(session.current) == "likert"
    window.question.flag.click()
    while window.stack.currentWidget() is window.question:
        kind = lc.kind_of(session.current)
        first = "question: likert, flagged" if kind == "likert" else f"question: {kind}"
        if first not in seen.found:
            seen.look(first, window)
        if session.leads_to_review:
            seen.look("question: last", window)
        lc.answer_by_keys(qtbot, session.current)
        press(qtbot, Qt.Key.Key_Return)
    seen.look("review", window)
    window.review.finish.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    seen.look("results", window)

    assert window.results.review_button is not None, "the student section has scenarios to review"
    window.results.review_button.click()
    review = window.results.offer.dialog
    _shown(qtbot, review)
    seen.look("answers review", review, dialog=review)
    review.accept()
    _back_to(qtbot, window)
    window.results.history.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)
    seen.look("history", window)
    window.history.list.setCurrentRow(window.history.list.count() - 1)  # the oldest, seeded in the case's language
    window.history.open.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    seen.look("results: a past one", window)

    window.go_home()  # an attempt set aside: the welcome offers it again
    window.welcome.section_buttons["quick"].click()
    lc.answer_by_keys(qtbot, window.session.current)
    press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)
    window.go_home()
    qtbot.waitUntil(window.welcome.resume_button.isVisible)
    seen.look("welcome: resume offered", window)

    window.welcome.resume_button.click()
    writes_landed(window)
    window.store._db.conn.execute("PRAGMA query_only = ON")  # the disk refuses writes, as a read-only remount does
    lc.answer_by_keys(qtbot, window.session.current)
    press(qtbot, Qt.Key.Key_Return)
    writes_landed(window)
    qtbot.waitUntil(lambda: not window.bar.isHidden())
    seen.look("question: saving fails", window)
    assert window.close() is False, "the answers exist only in memory: asked first"
    box = window.dialog
    _shown(qtbot, box)
    seen.look("unsaved answers", box, dialog=box)
    box.reject()
    _back_to(qtbot, window)

    from cs_quiz.ui.errors import error_dialog

    problem = PermissionError(13, "Permission denied", "/media/usb/Informe de preparación.pdf")
    error = error_dialog(window, problem, window.tr("Saving the report"))
    _shown(qtbot, error)
    seen.look("error", error, dialog=error)
    error.accept()
    window.store._db.conn.execute("PRAGMA query_only = OFF")
    window._quitting = True  # nothing left to ask: the test closes this window

    mine = Path("My banks")  # relative to the folder cs-quiz starts in (see data_dir): the same text on every run
    mine.mkdir()
    for name in ("unknown-field.yaml", "syntax.yaml", "undefined-scale.yaml"):
        shutil.copy(FIXTURES / name, mine / name)
    again = make_window(banks=[bundled_folder(), mine], lang=case.lang, size=case.screen)
    box = again.dialog
    assert box is not None and box.objectName() == "bankErrors"
    _shown(qtbot, box)
    seen.look("bank errors", box, dialog=box)
    box.accept()
    return seen.found


_SWEPT: dict[str, lc.Found | BaseException] = {}


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The results folder as ``--data-dir "USB stick/cs-quiz results/Thursday workshop"`` names it: a message that
    shows it (saving fails) reads the same on every run, whatever the test's own folder is called."""
    monkeypatch.chdir(tmp_path)
    return Path("USB stick") / "cs-quiz results" / "Thursday workshop"


def _english_light_100(app: QApplication, locale: QLocale) -> None:
    """The application outlives a test: English, light and 100 % again after a walk."""
    language.remove_translators(app)
    QLocale.setDefault(locale)
    theme.apply(app, "light", theme.NORMAL_SIZE)
    app.processEvents()
    lc.collect_garbage()  # the walk's windows are gone now: collect what they left
    gc.enable()


def swept(case: str, request: pytest.FixtureRequest) -> lc.Found:
    """The walk through ``case``, made by the first of its tests to run, with that test's own folders (the others
    only read what it found, and need no window: the fixtures are asked for here, when a walk is made)."""

    def walk_now() -> lc.Found:
        qapp = request.getfixturevalue("qapp")
        locale = QLocale()
        request.addfinalizer(lambda: _english_light_100(qapp, locale))
        monkeypatch = request.getfixturevalue("monkeypatch")
        monkeypatch.setattr(attempt_module, "new_seed", lambda: SEED)
        finish, start = attempt_module.Attempt.finish, Store.start_attempt
        monkeypatch.setattr(attempt_module.Attempt, "finish", lambda self, now=None: finish(self, now or FINISHED))
        monkeypatch.setattr(  # ... and when it started: the history's heading reads the same each run too
            Store, "start_attempt", lambda self, **k: start(self, **{"started_at": FINISHED - EIGHT_MINUTES, **k})
        )
        return walk(
            request.getfixturevalue("qtbot"),
            request.getfixturevalue("make_window"),
            request.getfixturevalue("data_dir"),
            CASES[case],
        )

    return lc.walked(_SWEPT, case, walk_now)


@pytest.mark.parametrize(("case", "screen", "detector"), lc.sweep_params(CASES, SCREENS, DIALOGS, KNOWN))
def test_layout(case: str, screen: str, detector: str, request: pytest.FixtureRequest) -> None:
    lc.judge(swept(case, request), case, screen, detector)


# ---- the detectors can fail --------------------------------------------------------------------------------------
def _open(qtbot: Any, w: QWidget, size: tuple[int, int] | None = None) -> QWidget:
    qtbot.addWidget(w)
    if size is not None:
        w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    lc.settle()
    return w


def test_cut_finds_a_label_too_short_a_button_too_narrow_and_a_window_past_the_screen(qtbot: Any) -> None:
    host = QWidget()
    col = QVBoxLayout(host)
    words = "A label with enough words to wrap onto several lines in a narrow column of text. " * 3
    fits = QLabel(words, host)
    fits.setWordWrap(True)
    short = QLabel(words, host)
    short.setObjectName("short")
    short.setWordWrap(True)
    short.setFixedHeight(short.fontMetrics().height())  # one line shown of several
    narrow = QPushButton("Finish and see results", host)
    narrow.setObjectName("narrow")
    narrow.setFixedWidth(40)
    for w in (fits, short, narrow):
        col.addWidget(w)
    _open(qtbot, host, (300, 400))
    found = lc.cut_text(host)
    assert [p.split("'")[0] for p in found] == ["QLabel#short ", "QPushButton#narrow "], found
    assert lc.cut_text(host, QSize(300, 400)) == found
    screen = QSize(300, fits.geometry().center().y())  # the screen's edge runs through the label that fitted
    past = lc.cut_text(host, screen)
    assert past[0].startswith(f"QWidget: needs 300×400, more than the 300×{screen.height()} screen"), past
    assert any(p.startswith("QLabel 'A label") for p in past), past


def test_cut_finds_what_an_ancestor_hides_and_a_table_cell_cut_short(qtbot: Any) -> None:
    host = QWidget()
    box = QWidget(host)
    box.setGeometry(0, 0, 120, 30)
    inside = QLabel("Then count down before starting over", box)
    inside.setObjectName("inside")
    inside.setGeometry(0, 10, 300, 30)  # its end and its lower part lie outside its parent
    table = QTableWidget(1, 1, host)
    table.setObjectName("table")
    table.setGeometry(0, 60, 200, 120)
    table.setItem(0, 0, QTableWidgetItem("Conflict, negotiation and escalated complaints"))
    table.setColumnWidth(0, 60)
    table.setWordWrap(False)
    _open(qtbot, host, (400, 300))
    found = lc.cut_text(host)
    assert any(p.startswith("QLabel#inside") and "120×20 shown (of 300×30)" in p for p in found), found
    assert any(p.startswith("QTableWidget#table item 'Conflict, negotiation") for p in found), found
    table.setColumnWidth(0, 400)
    assert not any(p.startswith("QTableWidget#table item") for p in lc.cut_text(host))


def test_overlap_finds_a_layout_squeezed_below_its_minimum_but_not_a_floating_cover(qtbot: Any) -> None:
    host = QWidget()
    col = QVBoxLayout(host)
    above, below = QPushButton("Above", host), QPushButton("Below", host)
    for w in (above, below):
        col.addWidget(w)
    cover = QWidget(host)  # placed by no layout: it floats over the others by design, as the kiosk's cover does
    _open(qtbot, host, (200, 200))
    cover.setGeometry(host.rect())
    cover.show()
    assert lc.overlapping(host) == []
    above.setGeometry(0, 0, 200, 60)  # as a layout squeezed below its minimum leaves them
    below.setGeometry(0, 40, 200, 60)
    assert lc.overlapping(host) == ["QPushButton 'Above' overlaps QPushButton 'Below' by 200×20 px"]


def test_stretched_finds_a_spin_box_across_the_screen(qtbot: Any) -> None:
    host = QWidget()
    row = QHBoxLayout(host)
    spin = QSpinBox(host)
    spin.setObjectName("countdown")
    spin.setRange(5, 300)
    spin.setSuffix(" s")
    row.addWidget(spin)
    _open(qtbot, host, (900, 80))
    found = lc.stretched(host)
    assert found == [
        f"QSpinBox#countdown '5 s': {spin.width()} px wide for content needing {spin.sizeHint().width()} px "
        f"({spin.width() / spin.sizeHint().width():.2f}×, more than 2×)"
    ]
    spin.setMaximumWidth(spin.sizeHint().width())
    lc.settle()
    assert lc.stretched(host) == []


def _arrow_images(folder: Path) -> str:
    """A style sheet drawing a spin box's arrows from two small triangles (saved in ``folder``)."""
    rules = []
    for name, points in (("up", [(0, 5), (4, 0), (8, 5)]), ("down", [(0, 0), (4, 5), (8, 0)])):
        image = QImage(9, 6, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setBrush(QColor("black"))
        painter.drawPolygon(QPolygon([QPoint(x, y) for x, y in points]))
        painter.end()
        image.save(str(folder / f"{name}.png"))
        rules.append(f"QSpinBox::{name}-arrow {{ image: url({(folder / f'{name}.png').as_posix()}); }}")
    return " ".join(rules)


def test_glyph_finds_blank_spin_box_arrows(qtbot: Any, tmp_path: Path) -> None:
    frame = "QSpinBox { border: 2px solid gray; padding: 3px; }"  # a styled frame: the style no longer draws arrows
    nothing = "QSpinBox::up-arrow, QSpinBox::down-arrow { image: none; width: 0px; height: 0px; }"
    host = QWidget()
    col = QVBoxLayout(host)
    drawn, blank = QSpinBox(host), QSpinBox(host)
    drawn.setStyleSheet(frame + _arrow_images(tmp_path))  # ... unless the sheet draws them
    blank.setObjectName("blank")
    blank.setStyleSheet(frame + nothing)  # (and whatever the app's sheet draws, not here)
    col.addWidget(drawn)
    col.addWidget(blank)
    _open(qtbot, host)
    found = lc.missing_glyphs(host)
    assert [p.split(" (")[0] for p in found] == [
        "QSpinBox#blank '0': its up arrow is blank",
        "QSpinBox#blank '0': its down arrow is blank",
    ], found


def test_glyph_finds_a_check_box_with_no_mark_and_a_square_radio_button(qtbot: Any) -> None:
    box = "width: 14px; height: 14px; padding: 0px; margin: 0px; border: 2px solid black; background: white;"
    host = QWidget()
    col = QVBoxLayout(host)
    drawn, round_, no_mark, square = (
        QCheckBox("Drawn", host),
        QRadioButton("Round", host),
        QCheckBox("No mark", host),
        QRadioButton("Square", host),
    )
    drawn.setStyleSheet(f"QCheckBox::indicator {{ {box} }} QCheckBox::indicator:checked {{ background: black; }}")
    round_.setStyleSheet(
        f"QRadioButton::indicator {{ {box} border-radius: 9px; }}"
        "QRadioButton::indicator:checked { background: black; }"
    )
    no_mark.setStyleSheet(
        f"QCheckBox::indicator {{ {box} }} QCheckBox::indicator:checked {{ background: white; }}"  # as unchosen
    )
    square.setStyleSheet(
        f"QRadioButton::indicator {{ {box} border-radius: 3px; }}"
        "QRadioButton::indicator:checked { background: black; }"
    )
    for w in (drawn, round_, no_mark, square):
        col.addWidget(w)
    _open(qtbot, host)
    found = lc.missing_glyphs(host)
    assert [p.split(" (")[0] for p in found] == [
        "QCheckBox 'No mark': chosen looks the same as not chosen",
        "QRadioButton 'Square': a single choice drawn square, like a check box",
    ], found


def test_focus_finds_a_dialog_that_opens_on_ok_instead_of_its_field(qtbot: Any) -> None:
    dialog = QDialog()
    col = QVBoxLayout(dialog)
    field = QLineEdit(dialog)
    field.setObjectName("pin")
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    col.addWidget(field)
    col.addWidget(ok)
    _open(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    ok.setFocus()
    assert lc.focus_problem(dialog) == "QDialog opens with the focus on QPushButton 'OK', not on QLineEdit#pin"
    field.setFocus()
    assert lc.focus_problem(dialog) is None
    field.hide()  # no field: the default button is where a person starts
    assert lc.expected_focus(dialog) is ok
