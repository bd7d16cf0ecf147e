"""Bank preview reload time, offscreen: from a save on disk to the preview showing the new version.

Run by hand:  python benchmarks/bench_preview.py [--saves 20]
Target (issue 19): the preview follows each save within 300 ms. Prints figures; asserts nothing.

For each bank (the bundled one, ~3,200 lines, and the tests' small one) and each way editors save — written in
place, and written beside then renamed over the file (vim, gedit, VS Code's safe write) — the file is saved
``--saves`` times with a changed title, each time once the preview has shown the previous save and settled. The
time runs from the moment the save is complete to the moment the window has shown the new version: the outline,
the question and the results rebuilt (``PreviewWindow.reloaded``). It includes the quiet time the watcher waits
for a save's burst of events to end (``watcher.QUIET_MS``), reading and checking the bank off the GUI thread, and
scoring and writing the results.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402 - after the platform is chosen
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "fixtures" / "banks" / "small.yaml"


def in_place(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def rename_over(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.new")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def timed_saves(window: object, path: Path, save: Callable[[Path, str], None], saves: int) -> list[float]:
    """Milliseconds from each save to the window showing it."""
    good = path.read_text(encoding="utf-8")
    anchor = good.split("title:", 1)
    times = []
    for n in range(saves):
        text = anchor[0] + f"title: Draft {n} of" + anchor[1]  # a new title each time: the window must show it
        seen: list[float] = []
        loop = QEventLoop()

        def shown(stamp: list[float] = seen, loop: QEventLoop = loop) -> None:
            stamp.append(time.perf_counter())
            loop.quit()

        window.reloaded.connect(shown)  # type: ignore[attr-defined]
        QTimer.singleShot(5000, loop.quit)
        save(path, text)
        start = time.perf_counter()
        loop.exec()
        window.reloaded.disconnect(shown)  # type: ignore[attr-defined]
        bank = window.bank  # type: ignore[attr-defined]
        if not seen or bank is None or not bank.meta.title.startswith(f"Draft {n} of"):
            raise SystemExit(f"save {n} of {path.name} was not shown within 5 s")
        times.append((seen[0] - start) * 1000)
        wait(150)  # settled: the next save is a save of its own, not part of this one's burst
    path.write_text(good, encoding="utf-8")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=20)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cs-quiz-bench-preview-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from cs_quiz.bank.load import bundled_folder
    from cs_quiz.ui.app import application
    from cs_quiz.ui.preview.watcher import QUIET_MS
    from cs_quiz.ui.preview.window import PreviewWindow

    app = application()
    banks = {"bundled (csd-readiness.yaml)": bundled_folder() / "csd-readiness.yaml", "small (tests)": SMALL}
    print(f"{args.saves} saves each; the watcher waits {QUIET_MS} ms for a save's events to end")
    print(f"{'bank':30} {'save':22} {'median ms':>10} {'max ms':>8}")
    for label, source in banks.items():
        folder = tmp / label.split()[0]
        folder.mkdir()
        path = folder / source.name
        shutil.copy(source, path)
        window = PreviewWindow(path)
        window.resize(1280, 800)
        window.show()
        loop = QEventLoop()
        window.reloaded.connect(loop.quit)
        loop.exec()
        wait(300)
        for way, save in (("in place", in_place), ("beside, renamed over", rename_over)):
            times = timed_saves(window, path, save, args.saves)
            print(f"{label:30} {way:22} {statistics.median(times):10.0f} {max(times):8.0f}")
        window.close()
        window.deleteLater()
        app.processEvents()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if QApplication.instance() is not None:  # pragma: no cover
        sys.exit("run as a script")
    sys.exit(main())
