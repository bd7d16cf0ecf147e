"""History: past attempts, per-competency change since the previous one, and the trend chart."""

from __future__ import annotations

import threading

import pytest
from gui_helpers import press
from PySide6.QtCore import Qt

from cs_quiz.ui.main_window import MainWindow
from cs_quiz.ui.worker import run_in_background


def quick_check(qtbot, window: MainWindow, data: Qt.Key, patience: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    for key in (data, Qt.Key.Key_Return, patience, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.results


def test_history_shows_change_since_the_previous_attempt(qtbot, make_window) -> None:
    window = make_window()
    window.welcome.history_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)  # read on the store's lane
    assert not window.history.empty.isHidden()
    window.history.home.click()
    quick_check(qtbot, window, Qt.Key.Key_2, Qt.Key.Key_4)  # data 25, patience 25
    first = window.results.figures()
    window.results.home.click()
    quick_check(qtbot, window, Qt.Key.Key_5, Qt.Key.Key_1)  # data 100, patience 100
    second = window.results.figures()
    window.results.history.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)
    page = window.history
    assert window.stack.currentWidget() is page and page.list.count() == 2
    table = page.table
    rows = {
        table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())
    }
    change = int(second["data"]) - int(first["data"])
    assert rows["Data & metrics"] == (second["data"], f"+{change}")
    assert page.trend.points and len(page.trend.points) == 2 and page.trend.selected == 1
    page.list.setCurrentRow(1)  # the older one has nothing to compare with
    assert table.item(0, 2).text() == "–"
    assert page.trend.selected == 0


def test_worker_delivers_result_and_error_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: list[int] = []

    def work(x: int) -> int:
        seen.append(threading.get_ident())
        return x * 2

    job = run_in_background(work, 21)
    with qtbot.waitSignal(job.succeeded) as ok:
        pass
    assert ok.args == [42] and seen[0] != gui

    def boom() -> None:
        raise OSError("no space left")

    job = run_in_background(boom)
    delivered_on: list[int] = []
    job.failed.connect(lambda exc: delivered_on.append(threading.get_ident()))
    with qtbot.waitSignal(job.failed) as failed:
        pass
    assert isinstance(failed.args[0], OSError) and delivered_on == [gui]
    with pytest.raises(OSError):
        raise job.error  # type: ignore[misc]


def test_a_half_point_shows_the_same_on_the_history_table_and_the_trend(qtbot, make_window, data_dir) -> None:
    from datetime import timedelta

    from cs_quiz.store.store import Store
    from test_store import T0, finished

    with Store.open(data_dir) as store:
        finished(store, T0, {"c01": 62.5}, nickname="Ana")  # readiness 62.5 too
        finished(store, T0 + timedelta(days=1), {"c01": 60.0}, nickname="Ana")
    window = make_window()
    window.welcome.history_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)
    page = window.history
    page.list.setCurrentRow(1)
    assert page.table.item(0, 1).text() == "63"  # half up, as on the results screen and in the PDF
    page.list.setCurrentRow(0)
    assert (page.table.item(0, 1).text(), page.table.item(0, 2).text()) == ("60", "−3")  # 63 -> 60, not -2
    assert [text.rsplit(": ", 1)[1] for text in page.trend.accessibleDescription().split("; ")] == ["63", "60"]
