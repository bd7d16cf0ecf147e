"""Start-up: the first window appears before the heavy parts of the app are imported, the store and the banks are
loaded after its first paint, and the garbage collector is back on afterwards. (How fast is measured by
benchmarks/bench_gui.py; this guards what the first paint waits for.)"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from cs_quiz.startup import paused_gc
from cs_quiz.ui.worker import after_first_paint
from gui_fixtures import run_probe

# Started as a desktop launcher starts the app (`cs-quiz`, no arguments); when start() has shown the window,
# report what is imported and quit.
PROBE = """
import gc, json, sys
import cs_quiz.ui.app as gui
from PySide6.QtCore import QTimer

start = gui.start

def reporting(args):
    app, window = start(args)
    print(json.dumps({"modules": sorted(sys.modules), "gc": gc.isenabled(), "visible": window.isVisible(),
                      "page": window.stack.currentWidget().objectName()}), flush=True)
    QTimer.singleShot(0, app.quit)
    return app, window

gui.start = reporting
from cs_quiz.cli.main import main
sys.exit(main([]))
"""

# Needed only once an attempt starts, results show or something goes wrong: loaded later (the store and the
# banks on a worker thread), never before the first paint.
NOT_BEFORE_THE_WINDOW = [
    "cs_quiz.bank.load",
    "cs_quiz.store.store",
    "cs_quiz.scoring.engine",
    "cs_quiz.attempts.session",
    "cs_quiz.bank.model",
    "cs_quiz.appearance.contrast",
    "cs_quiz.report.pdf",
    "cs_quiz.ui.question_page",
    "cs_quiz.ui.results_page",
    "cs_quiz.ui.history_page",
    "cs_quiz.ui.errors",
    "yaml",
    "sqlite3",
    "dataclasses",
    "importlib.resources",
]


def test_the_first_window_does_not_wait_for_the_core_and_gc_is_back_on(tmp_path: Path) -> None:
    report = run_probe(PROBE, tmp_path)
    assert report["visible"] and report["page"] == "welcomePage"
    assert report["gc"], "start-up left the garbage collector off"
    early = [m for m in NOT_BEFORE_THE_WINDOW if m in report["modules"]]
    assert not early, f"imported before the first window: {early}"


def test_paused_gc_restores_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
        gc.unfreeze()


class Painted(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_work_after_the_first_paint_waits_for_it(qtbot: QtBot) -> None:
    window = Painted()
    qtbot.addWidget(window)
    seen: list[int] = []
    window.show()
    after_first_paint(window, lambda: seen.append(window.paints))
    assert seen == []  # not before the event loop has run
    qtbot.waitUntil(lambda: seen != [])
    assert seen[0] >= 1, "called back before the window painted"
    qtbot.wait(50)
    assert len(seen) == 1


def test_work_after_the_first_paint_still_happens_if_the_window_never_paints(qtbot: QtBot) -> None:
    window = QWidget()  # never shown: no paint comes
    qtbot.addWidget(window)
    seen: list[str] = []
    after_first_paint(window, lambda: seen.append("done"), at_most_ms=50)
    qtbot.waitUntil(lambda: seen == ["done"], timeout=2000)


def test_work_after_the_first_paint_is_dropped_with_its_window(qtbot: QtBot) -> None:
    window = QWidget()
    seen: list[str] = []
    after_first_paint(window, lambda: seen.append("called"), at_most_ms=50)
    window.deleteLater()
    qtbot.wait(200)
    assert seen == []
