"""GUI speed, offscreen: cold start against a bare PySide6 window, answer → next question, results, PDF, RSS.

Run by hand:  python benchmarks/bench_gui.py [--runs 15]  (from a `pip install .`: an editable install starts slower)
Targets (2-core machine): cold start ≤ 1.5× a bare PySide6 window started the same way; answer → next question
rendered median < 16 ms; results screen built < 100 ms; PDF written < 500 ms; peak RSS < 150 MB.
Prints figures; asserts nothing. Each start and the whole flow run in fresh subprocesses; starts go through
the real ``cs-quiz`` entry point (argument parsing included).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tempfile.mkdtemp(prefix="cs-quiz-bench-")}

# "Shown" means painted: a person sees the window when its first paint is done. Both windows report after their
# first UpdateRequest has been handled (the paint happens inside it). A worker started at once would otherwise
# slip in before the paint; the event loop's first pass ends before Qt paints.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.UpdateRequest:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.quit()))
        return False
"""

BARE = (
    FIRST_PAINT
    + """
import sys
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
w.show()
first_paint = FirstPaint()
w.installEventFilter(first_paint)
app.exec()
"""
)

# cs-quiz exactly as a desktop launcher starts it: `cs-quiz` with no arguments (cs_quiz.cli.main.main, its imports and
# start-up), the results folder given by $CS_QUIZ_DATA_DIR. One addition is made from outside: when cs_quiz.ui.app
# is imported, its start() is wrapped to report "shown" after the first paint (or, with an argument, once the
# store is open and the banks are loaded). FirstPaint is defined only then, so Qt is imported when the app does it.
APP = (
    f"FIRST_PAINT = {FIRST_PAINT!r}\n"
    + """
import sys
from importlib.machinery import PathFinder


class ReportWhenShown:
    def find_spec(self, name, path=None, target=None):
        if name != "cs_quiz.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module):
            load(module)
            exec(FIRST_PAINT, globals())
            start = module.start

            def reporting(args):
                app, window = start(args)
                if len(sys.argv) > 1:  # ready for the first click: the store is open and the banks are loaded
                    window.banks_ready.connect(lambda: (print("shown", flush=True), app.quit()))
                else:
                    window.first_paint = FirstPaint()
                    window.installEventFilter(window.first_paint)
                return app, window

            module.start = reporting

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, ReportWhenShown())
from cs_quiz.cli.main import main

sys.exit(main([]))
"""
)


def started(code: str, data_dir: str = "", *args: str) -> float:
    """Seconds from process start until it reports its first window shown (painted); the process's own shutdown
    afterwards is not counted."""
    env = {**ENV, "CS_QUIZ_DATA_DIR": data_dir} if data_dir else ENV
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - t0
    child.wait(timeout=60)
    assert line.strip() == "shown" and child.returncode == 0, (line, child.returncode)
    return elapsed


def flow(data_dir: str) -> dict[str, float]:
    """In this process: a full assessment by keyboard, timing each answer → next question rendered."""
    import resource

    from PySide6.QtCore import QEvent, QEventLoop, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from cs_quiz.report.pdf import write_pdf
    from cs_quiz.ui.app import application, build

    app = application()
    window = build(argparse.Namespace(data_dir=Path(data_dir), kiosk=False, bank=None, section=None, lang=None))
    assert window is not None
    loop = QEventLoop()
    window.banks_ready.connect(loop.quit)
    window.resize(1280, 800)
    window.show()
    loop.exec()

    def key(k: Qt.Key, text: str = "") -> None:
        """Press and release ``k`` in the focused widget (sent as a keyboard would, without QtTest: the peak RSS
        below is then the app's own)."""
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(kind, k, Qt.KeyboardModifier.NoModifier, text))

    window.welcome.section_buttons["full"].click()
    session = window.session
    assert session is not None
    app.processEvents()
    steps = []
    while window.stack.currentWidget() is window.question:
        q = session.current
        t0 = time.perf_counter()
        if q.input is not None and q.input.value == "number":
            key(Qt.Key.Key_7, "7")
        else:
            key(Qt.Key.Key_2, "2")
            if q.type.value == "scenario" and "worst" in q.ask:
                key(Qt.Key.Key_1, "1")
        key(Qt.Key.Key_Return, "\r")
        window.repaint()  # rendered: a synchronous paint of the whole window
        steps.append(time.perf_counter() - t0)
        app.processEvents()  # between keystrokes the event loop runs, and deletes the last question's widgets
    t0 = time.perf_counter()
    key(Qt.Key.Key_Return)  # Finish: evaluate, store the result, build and paint the results screen
    window.repaint()
    finish = time.perf_counter() - t0
    ev = window.evaluation
    assert ev is not None
    builds = []
    for _ in range(5):
        t0 = time.perf_counter()
        window.results.show_evaluation(ev)
        window.repaint()
        builds.append(time.perf_counter() - t0)
        app.processEvents()
    pdfs = []
    for i in range(5):
        t0 = time.perf_counter()
        write_pdf(ev, Path(data_dir) / f"report-{i}.pdf", nickname="Bench")
        pdfs.append(time.perf_counter() - t0)
    window.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "questions": len(steps),
        "step_median_ms": statistics.median(steps) * 1000,
        "step_p95_ms": sorted(steps)[int(len(steps) * 0.95)] * 1000,
        "step_max_ms": max(steps) * 1000,
        "finish_to_results_ms": finish * 1000,
        "results_build_median_ms": statistics.median(builds) * 1000,
        "pdf_median_ms": statistics.median(pdfs) * 1000,
        "peak_rss_mb": rss,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)  # the two starts differ by ~40 ms; fewer runs are noisy
    parser.add_argument("--flow", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.flow:
        print(json.dumps(flow(args.flow)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        started(APP, tmp)  # first start creates the results database; later starts open it, as people do
        bare, ours = [], []
        for _ in range(args.runs):  # interleaved, so drift in machine load hits both alike
            bare.append(started(BARE))
            ours.append(started(APP, tmp))
        ready = [started(APP, tmp, "ready") for _ in range(args.runs)]
        b, o, r = statistics.median(bare), statistics.median(ours), statistics.median(ready)
        print(
            f"cold start to the first window painted, median of {args.runs}: bare PySide6 window {b * 1000:.0f} ms, "
            f"cs-quiz {o * 1000:.0f} ms, ratio {o / b:.2f} (target <= 1.5)"
        )
        print(f"cold start until the store is open and the banks are loaded: {r * 1000:.0f} ms, ratio {r / b:.2f}")
        out = subprocess.run(
            [sys.executable, __file__, "--flow", tmp], env=ENV, capture_output=True, text=True, check=True
        )
        f = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"answer -> next question rendered, {f['questions']} questions: median {f['step_median_ms']:.1f} ms, "
        f"p95 {f['step_p95_ms']:.1f} ms, max {f['step_max_ms']:.1f} ms (target median < 16)"
    )
    print(
        f"finish -> results screen painted: {f['finish_to_results_ms']:.0f} ms; "
        f"results screen built and painted, median: {f['results_build_median_ms']:.0f} ms (target < 100)"
    )
    print(f"PDF written, median: {f['pdf_median_ms']:.0f} ms (target < 500)")
    print(f"peak RSS of the whole flow: {f['peak_rss_mb']:.0f} MB (target < 150)")


if __name__ == "__main__":
    main()
