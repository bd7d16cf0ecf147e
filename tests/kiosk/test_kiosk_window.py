"""The kiosk window: locked, resets between participants without a trace, and keeps every attempt as set."""

from __future__ import annotations

from typing import Any

import pytest
from kiosk_helpers import answer_quick, begin, fingerprint, finish_from_review, flush_deletes, press
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from cs_quiz.store.store import Store
from gui_fixtures import writes_landed


def test_close_escape_and_alt_f4_are_refused_until_the_facilitator_exits(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    refused: list[bool] = []
    window.lock.refused.connect(refused.append)
    assert window.close() is False
    event = QCloseEvent()
    QApplication.sendEvent(window, event)
    assert not event.isAccepted()
    assert window.windowHandle().close() is False  # the path a window manager's close takes
    for key, mod in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
    ):
        qtbot.keyClick(window, key, mod)
    assert len(refused) == 3
    assert window.isVisible() and window.isFullScreen() and window.page == "welcome"
    window.exit_kiosk()
    assert not window.isVisible()


def test_the_watchdog_puts_the_window_back_full_screen_and_in_front(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    restored: list[str] = []
    window.lock.restored.connect(restored.append)
    window.showNormal()
    window.lock.check()
    assert window.isFullScreen()
    window.hide()
    window.lock.check()
    assert window.isVisible() and window.isFullScreen()
    assert restored == ["fullscreen", "exposed"]
    window.lock.watch()
    window.showNormal()
    with qtbot.waitSignal(window.lock.restored, timeout=2000):
        pass  # the real 500 ms timer does it by itself
    assert window.isFullScreen()


@pytest.mark.parametrize("leave_at", ["first question", "mid-way", "review", "results"])
def test_idle_reset_leaves_no_trace_of_the_person(make_kiosk: Any, qtbot: Any, store: Store, leave_at: str) -> None:
    window = make_kiosk()
    fresh = fingerprint(window)
    begin(qtbot, window, nickname="Quentin")
    if leave_at == "mid-way":
        answer_quick(qtbot, window, 4, 2, None, stop_after=1)
        press(qtbot, Qt.Key.Key_5)  # chosen, not yet moved on
    elif leave_at in ("review", "results"):
        answer_quick(qtbot, window, 4, 2, 17)
        assert window.page == "review"
        if leave_at == "results":
            finish_from_review(qtbot, window)
    for area in window.findChildren(QScrollArea):  # scrolled down as far as it goes
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
    assert fingerprint(window) != fresh
    window.idle.timer.timeout.emit()  # what 90 s without input does
    if leave_at == "results":
        assert window.page == "welcome"  # finished: straight back, no question asked
    else:
        assert window.overlay.isVisible() and "20" in window.overlay.countdown.text()
        for _ in range(20):
            window.overlay.tick()
        assert not window.overlay.isVisible()
    flush_deletes()
    assert window.page == "welcome"
    assert fingerprint(window) == fresh
    text = "\n".join("\t".join(r) for r in fingerprint(window))
    assert "Quentin" not in text and "17" not in text
    assert window.session is None and window.question is None and window.results is None
    writes_landed(window)
    [attempt] = store.history()
    assert attempt.status == ("finished" if leave_at == "results" else "abandoned")


def test_real_timers_drive_idle_and_the_countdown(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    begin(qtbot, window)
    window.idle.set_timeout(50)
    window.overlay.ticker.setInterval(5)
    with qtbot.waitSignals([window.idle.idle, window.overlay.expired], order="strict", timeout=5000):
        pass
    assert window.page == "welcome"
    writes_landed(window)
    assert store.history()[0].status == "abandoned"


def test_input_keeps_the_person_and_still_here_carries_on(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    begin(qtbot, window)
    window.idle.set_timeout(400)
    with qtbot.assertNotEmitted(window.idle.idle, wait=0):
        for i in range(4):
            qtbot.mouseMove(window, window.rect().center() + QPoint(i, i))
            qtbot.wait(150)  # input at shorter intervals than the timeout
            press(qtbot, Qt.Key.Key_3)  # a shortcut on the question page: seen as ShortcutOverride
            qtbot.wait(150)
    window.idle.timer.timeout.emit()
    assert window.overlay.isVisible()
    qtbot.mouseClick(window.overlay.button, Qt.MouseButton.LeftButton)
    assert not window.overlay.isVisible() and window.page == "question" and window.idle.active
    assert window.session is not None and window.session.answers == {"data-1": 3}


def test_abandoned_attempts_are_deleted_when_the_facilitator_says_so(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk(keep_abandoned=False)
    begin(qtbot, window, nickname="Dee")
    answer_quick(qtbot, window, 5, 1, None, stop_after=2)
    window.idle.timer.timeout.emit()
    window.overlay.tick()
    window.overlay.remaining = 1
    window.overlay.tick()
    writes_landed(window)
    assert store.history() == []


def test_a_finished_participant_gets_results_and_a_qr_code_then_done_clears_them(
    make_kiosk: Any, qtbot: Any, store: Store
) -> None:
    window = make_kiosk()
    fresh = fingerprint(window)
    begin(qtbot, window, nickname="Ria")
    answer_quick(qtbot, window, 5, 1, 6)
    finish_from_review(qtbot, window)
    writes_landed(window)
    [attempt] = store.history()
    assert attempt.status == "finished" and attempt.nickname == "Ria"
    stored = store.get_attempt(attempt.id)
    assert stored.answers == {"data-1": 5, "patience-1": 1, "years": 6}
    results = window.results
    assert results.qr is not None and attempt.band_name in results.qr.text
    assert "Ria" not in results.qr.text
    assert results.print_button is None  # printing is off by default
    assert window.idle.timeout_ms == 120_000
    qtbot.mouseClick(results.done_button, Qt.MouseButton.LeftButton)
    flush_deletes()
    assert window.page == "welcome" and fingerprint(window) == fresh


def test_the_take_away_prints_its_summary_and_code(make_kiosk: Any, qtbot: Any, tmp_path: Any) -> None:
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    window = make_kiosk(print_button=True, takeaway_qr=False)
    begin(qtbot, window)
    answer_quick(qtbot, window, 4, 2, 3)
    finish_from_review(qtbot, window)
    assert window.results.qr is None and window.results.print_button is not None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "takeaway.pdf"))
    assert window.results.print_summary(printer)
    text = " ".join(PdfReader(tmp_path / "takeaway.pdf").pages[0].extract_text().split())
    assert "Readiness:" in text and "Data & metrics" in text
    assert not window.results.print_button.isEnabled()  # one copy per person


def test_a_store_that_refuses_writes_does_not_stop_a_participant(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    window = make_kiosk()
    store.close()  # every write now fails
    begin(qtbot, window)
    answer_quick(qtbot, window, 4, 4, 2)
    finish_from_review(qtbot, window)
    writes_landed(window)
    assert window.problem


def test_what_one_participant_copied_never_pastes_into_the_next_ones_nickname(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    begin(qtbot, window, nickname="Quentin")
    QApplication.clipboard().setText("Quentin's phone number")
    window.reset("done")
    flush_deletes()
    assert window.page == "welcome"
    field = window.attract.nickname
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # the next person pastes
    assert field.text() == ""
    assert field.contextMenuPolicy() is Qt.ContextMenuPolicy.NoContextMenu
