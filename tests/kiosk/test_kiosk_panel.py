"""The facilitator's way in (chord, corner long-press, PIN with lockout) and the panel's figures and actions."""

from __future__ import annotations

import csv
import math
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from kiosk_helpers import PIN, begin, flush_deletes, press
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.numbers import round_half_up
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store

CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


def type_pin(qtbot: Any, dialog: Any, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.keys["1234567890".index(digit)], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_the_key_chord_asks_for_the_pin_and_the_right_pin_opens_the_panel(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    qtbot.keyClick(window.attract.start, Qt.Key.Key_F, CHORD)
    dialog = window.pin_dialog
    assert dialog is not None and dialog.isVisible()
    type_pin(qtbot, dialog, PIN)
    assert window.page == "panel"
    assert not any(c.isVisible() for c in window.corners)


def test_holding_a_corner_asks_for_the_pin_but_a_tap_does_not(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    for corner in window.corners:
        with qtbot.assertNotEmitted(corner.held, wait=150):
            qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
            qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert window.pin_dialog is None
        with qtbot.waitSignal(corner.held, timeout=2000):
            qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        assert window.pin_dialog is not None
        window.pin_dialog.reject()
        assert window.pin_dialog is None
    assert window.corners[0].geometry().topLeft() == QPoint(0, 0)
    assert window.corners[1].geometry().topRight().x() == window.width() - 1


def test_five_wrong_pins_lock_the_dialog_for_a_minute(make_kiosk: Any, qtbot: Any, clock: Any) -> None:
    window = make_kiosk()
    dialog = window.ask_pin()
    for i in range(4):
        type_pin(qtbot, dialog, "1111")
        assert f"{4 - i}" in dialog.message.text() and dialog.ok.isEnabled()
    type_pin(qtbot, dialog, "1111")
    assert not dialog.ok.isEnabled() and not dialog.keys[0].isEnabled() and "60 s" in dialog.message.text()
    dialog.submit()  # even the right PIN, typed on a keyboard, is not checked while locked
    assert window.page == "welcome"
    dialog.reject()
    dialog = window.ask_pin()  # a new dialog is still locked: the guard belongs to the window
    assert not dialog.ok.isEnabled()
    clock.now += 30
    dialog.refresh()
    assert "30 s" in dialog.message.text()
    clock.now += 30
    dialog.refresh()
    assert dialog.ok.isEnabled() and dialog.keys[0].isEnabled()
    type_pin(qtbot, dialog, PIN)
    assert window.page == "panel"


def test_first_start_requires_setting_a_pin(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk(pin=None)
    dialog = window.ensure_pin()
    assert dialog is not None and not dialog.cancel.isVisible()
    qtbot.keyClick(dialog.first, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Escape cannot dismiss it
    qtbot.keyClicks(dialog.first, "1357")
    qtbot.keyClicks(dialog.second, "1358")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "differ" in dialog.message.text() and not pins.has_pin(store)
    qtbot.keyClicks(dialog.first, "1357")
    qtbot.keyClicks(dialog.second, "1357")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    stored = pins.stored_hash(store)
    assert stored and pins.verify_pin("1357", stored) and window.ensure_pin() is None


def opened_panel(window: Any) -> Any:
    window.open_panel()
    assert window.page == "panel"
    return window.panel


def seed(store: Store, bank: Bank) -> list[str]:
    """Attempts over three days: finished with various answers, abandoned, one still in progress."""
    now = datetime.now(UTC).replace(microsecond=0)
    ids: list[str] = []
    for i in range(14):
        when = now - timedelta(days=(0 if i < 8 else 1 if i < 11 else 5), minutes=i)
        aid = store.start_attempt(
            bank_id="small", bank_version="1.0", bank_hash="h", sections=["quick"], started_at=when
        )
        ids.append(aid)
        if i % 5 == 4:
            store.abandon_attempt(aid)
        elif i != 13:
            answers = {"data-1": 1 + i % 5, "patience-1": 1 + (i * 3) % 5, "years": i}
            ev, _ = evaluate(bank, answers, ["quick"])
            store.finish_attempt(aid, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}, when)
    return ids


def direct(store: Store, since: date | None, until: date | None) -> dict[str, Any]:
    """The overview recomputed from the attempts themselves, not from Store.aggregate."""
    attempts = [store.get_attempt(a.id) for a in store.history(since=since, until=until)]
    finished = [a for a in attempts if a.status == "finished"]
    scores: dict[str, list[float]] = {}
    gaps: Counter[str] = Counter()
    for a in finished:
        assert a.result is not None
        for c in a.result["score"]["competencies"]:
            if c["score"] is not None:
                scores.setdefault(c["name"], []).append(c["score"])
        gaps.update(a.result["advice"]["gaps"])
    stats = {}
    for name, values in scores.items():
        mean = sum(values) / len(values)
        sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (len(values) - 1)) if len(values) > 1 else None
        stats[name] = (mean, sd, len(values))
    return {
        "participants": len(attempts),
        "finished": len(finished),
        "abandoned": sum(a.status == "abandoned" for a in attempts),
        "in_progress": sum(a.status == "in_progress" for a in attempts),
        "bands": Counter(a.band_name for a in finished),
        "stats": stats,
        "gaps": gaps,
    }


@pytest.mark.parametrize("days", [None, 0, 1])
def test_the_panel_figures_equal_a_direct_computation_from_the_store(
    make_kiosk: Any, store: Store, small_bank: Bank, days: int | None
) -> None:
    seed(store, small_bank)
    window = make_kiosk()
    panel = opened_panel(window)
    today = date.today()
    if days is None:
        panel.all_dates.setChecked(True)
        since = until = None
    else:
        panel.since.setDate(QDate(today - timedelta(days=days)))
        since, until = today - timedelta(days=days), today
    want = direct(store, since, until)
    everyone = direct(store, None, None)
    todays = direct(store, today, today)
    assert panel.today_label.text() == f"Participants today: {todays['participants']}"
    assert panel.total_label.text() == f"In total: {everyone['participants']}"
    assert panel.range_label.text() == (
        f"In this range: {want['participants']} participants — {want['finished']} finished, "
        f"{want['abandoned']} abandoned, {want['in_progress']} in progress."
    )
    rate = round_half_up(100 * want["finished"] / want["participants"])  # as every figure is shown
    assert panel.completion_label.text() == f"Completion rate: {rate}%"
    shown_bands = dict(part.rsplit(": ", 1) for part in panel.bands_text.text().split("; "))
    assert {k: int(v) for k, v in shown_bands.items()} == dict(want["bands"])
    assert [(b.band_name, b.count) for b in panel.bands_chart.bands] == [(k, int(v)) for k, v in shown_bands.items()]
    chart = {s.name: (s.mean, s.sd, s.n) for s in panel.stats_chart.stats}
    assert chart.keys() == want["stats"].keys()
    for name, (mean, sd, n) in want["stats"].items():
        assert chart[name][0] == pytest.approx(mean) and chart[name][2] == n
        assert (chart[name][1] is None) == (sd is None) and (sd is None or chart[name][1] == pytest.approx(sd))
        assert f"{name}: mean {mean:.1f}" in panel.stats_chart.accessibleDescription()
    gap_lines = panel.gaps_label.text().splitlines()
    names = {c.id: c.name for c in small_bank.competencies.values()}
    for line, (cid, count) in zip(gap_lines, sorted(want["gaps"].items(), key=lambda kv: -kv[1]), strict=False):
        assert f"{names[cid]} — a gap for {count} of {want['finished']}" in line


def test_export_writes_csv_and_json_of_the_range_to_the_chosen_folder(
    make_kiosk: Any, qtbot: Any, store: Store, small_bank: Bank, tmp_path: Path
) -> None:
    seed(store, small_bank)
    panel = opened_panel(make_kiosk())
    panel.all_dates.setChecked(True)
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog = panel.choose_folder()
    assert dialog.isVisible()
    dialog.reject()
    with qtbot.waitSignal(panel.exported, timeout=10000):
        panel.export_to(usb)
    [csv_file] = usb.glob("*.csv")
    [json_file] = usb.glob("*.json")
    with csv_file.open(encoding="utf-8-sig") as fh:
        assert len(list(csv.DictReader(fh))) == 14
    assert "Attempts exported: 14" in panel.status.text()
    exported = json_file.read_text() + csv_file.read_text(encoding="utf-8-sig")
    stored = pins.stored_hash(store)
    assert stored and stored.split("$")[-1] not in exported and pins.PIN_SETTING not in exported


def test_export_in_spanish_writes_numbers_as_a_spanish_spreadsheet_reads_them(
    make_kiosk: Any, qtbot: Any, store: Store, small_bank: Bank, tmp_path: Path
) -> None:
    from PySide6.QtCore import QLocale

    seed(store, small_bank)
    panel = opened_panel(make_kiosk())
    panel.all_dates.setChecked(True)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    try:
        with qtbot.waitSignal(panel.exported, timeout=10000):
            panel.export_to(tmp_path)
    finally:
        QLocale.setDefault(before)
    [csv_file] = tmp_path.glob("*.csv")
    with csv_file.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))
    assert len(rows) == 14 and len(rows[0]) > 5, "columns are separated by ';'"


def test_clearing_all_results_needs_the_typed_word(make_kiosk: Any, qtbot: Any, store: Store, small_bank: Bank) -> None:
    seed(store, small_bank)
    panel = opened_panel(make_kiosk())
    dialog = panel.ask_clear()
    assert not dialog.delete.isEnabled()
    qtbot.keyClicks(dialog.field, "delete please")
    assert not dialog.delete.isEnabled()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "DELETE")
    assert dialog.delete.isEnabled()
    with qtbot.waitSignal(panel.cleared, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.delete, Qt.MouseButton.LeftButton)
    assert blocker.args == [14]
    assert store.history() == [] and panel.total_label.text() == "In total: 0"
    assert pins.has_pin(store)  # the PIN and options stay


def test_options_are_saved_and_used_for_the_next_participant(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    panel = opened_panel(window)
    panel.editors["idle_seconds"].setValue(45)
    panel.editors["takeaway_qr"].setChecked(False)
    panel.editors["section"].setCurrentIndex(panel.editors["section"].findData("full"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = ks.load(store)
    assert (saved.idle_seconds, saved.takeaway_qr, saved.section) == (45, False, "full")
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    flush_deletes()
    assert window.page == "welcome" and window.idle.timeout_ms == 45_000
    begin(qtbot, window)
    assert window.session is not None and window.session.sections == ("full",)


def test_exit_kiosk_mode_asks_then_closes_the_window(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    panel = opened_panel(window)
    qtbot.mouseClick(panel.exit, Qt.MouseButton.LeftButton)
    box = panel.dialog
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isWindow(), "asked inside the kiosk"
    press(qtbot, Qt.Key.Key_Return)  # Enter is "Stay in the kiosk"
    assert window.isVisible() and not box.isVisible() and window.page == "panel"
    qtbot.mouseClick(panel.exit, Qt.MouseButton.LeftButton)
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    [leave] = [b for b in box.buttons() if b.text() == "Exit kiosk mode"]
    qtbot.mouseClick(leave, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_panel_left_open_goes_back_to_the_welcome_when_idle(make_kiosk: Any) -> None:
    window = make_kiosk()
    opened_panel(window)
    window.idle.timer.timeout.emit()
    assert window.page == "welcome" and window.panel is None


CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


def check_controls(root: QWidget) -> list[str]:
    """Every visible control: an accessible name, and at least 44 px high (a radio or check box counts its row)."""
    problems, checked = [], 0
    for w in root.findChildren(QWidget):
        if not isinstance(w, CONTROLS) or not w.isVisibleTo(root) or isinstance(w.parentWidget(), CONTROLS):
            continue
        checked += 1
        label = f"{type(w).__name__}#{w.objectName()} {getattr(w, 'text', lambda: '')()!r}"
        if not w.accessibleName():
            problems.append("no accessible name: " + label)
        target = w.parentWidget() if w.parentWidget() and w.parentWidget().objectName() == "optionRow" else w
        if target.height() < 44:
            problems.append(f"{target.height()} px high: {label}")
    return problems if checked >= 2 else [f"only {checked} controls found"]


def test_every_control_is_named_and_big_enough_to_touch(make_kiosk: Any, qtbot: Any) -> None:
    from kiosk_helpers import answer_quick, finish_from_review

    window = make_kiosk(print_button=True)
    seen = {"welcome": check_controls(window)}
    begin(qtbot, window)
    seen["question"] = check_controls(window)
    answer_quick(qtbot, window, 3, 3, 3)
    seen["review"] = check_controls(window)
    finish_from_review(qtbot, window)
    seen["results"] = check_controls(window)
    dialog = window.ask_pin()
    seen["pin"] = check_controls(dialog)
    type_pin(qtbot, dialog, PIN)
    for i in range(window.panel.tabs.count()):
        window.panel.tabs.setCurrentIndex(i)
        seen[f"panel tab {i}"] = check_controls(window)
    assert {k: v for k, v in seen.items() if v} == {}


def test_the_pin_dialog_opens_ready_to_type_and_one_enter_is_one_try(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    dialog = window.ask_pin()
    qtbot.waitExposed(dialog)
    focus = dialog.focusWidget()  # where the dialog's keys go (offscreen, the dialog may not become active)
    assert focus is dialog.field, "typed digits go into the PIN field, not to OK"
    qtbot.keyClicks(focus, "1111")
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert window.guard.tries_left == pins.MAX_TRIES - 1, "one Enter, one wrong try"
    assert "4" in dialog.message.text()


def test_lockouts_grow_and_survive_a_restart(make_kiosk: Any, qtbot: Any, clock: Any, store: Store) -> None:
    window = make_kiosk()
    for _ in range(pins.MAX_TRIES):
        window.guard.check("1111")
    assert 59 < window.guard.locked_for() <= 60
    clock.now += 61
    for _ in range(pins.MAX_TRIES):
        window.guard.check("1111")
    assert 119 < window.guard.locked_for() <= 120, "the second lockout in a row lasts twice as long"
    again = make_kiosk()  # the plug was pulled: the new kiosk reads the guard's state from the store
    assert again.guard.locked_for() > 100 and again.guard.tries_left == 0
