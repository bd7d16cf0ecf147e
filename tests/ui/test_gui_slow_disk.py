"""A slow disk (a USB stick, a busy classroom server) never freezes the window: every write of an attempt runs on
the store's own lane, off the GUI thread, and still reaches the disk, in order, with nothing lost."""

from __future__ import annotations

import time

from gui_helpers import press
from PySide6.QtCore import Qt, QTimer

from cs_quiz.bank.load import bundled_folder
from cs_quiz.store.store import Store
from gui_fixtures import writes_landed

WRITE_DELAY_S = 0.2  # every transaction takes this long, as on a slow stick


def slow_writes(monkeypatch) -> list[float]:  # type: ignore[no-untyped-def]
    """Every store write waits WRITE_DELAY_S inside its transaction; returns the moments each write ended."""
    ended: list[float] = []
    real = Store._write

    def slow(self: Store, fn):  # type: ignore[no-untyped-def]
        def held(conn):  # type: ignore[no-untyped-def]
            value = fn(conn)
            time.sleep(WRITE_DELAY_S)  # the commit's fsync, slowed
            return value

        value = real(self, held)
        ended.append(time.perf_counter())
        return value

    monkeypatch.setattr(Store, "_write", slow)
    return ended


def test_answering_ten_questions_on_a_slow_disk_keeps_the_window_responsive(qtbot, make_window, monkeypatch) -> None:
    window = make_window(banks=bundled_folder())
    window.welcome.section_buttons["quick"].setFocus()
    ended = slow_writes(monkeypatch)
    ticks: list[float] = []
    beat = QTimer()
    beat.setInterval(5)
    beat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    beat.start()
    press(qtbot, Qt.Key.Key_Space)  # start: the attempt is recorded on the lane, not here
    given: dict[str, int] = {}
    answered = 0
    while answered < 10:
        session = window.session
        assert session is not None
        question = session.current
        if question.type.value == "likert":
            value = 1 + answered % 5
            press(qtbot, Qt.Key(Qt.Key.Key_0 + value))
            given[question.id] = value
            answered += 1
            press(qtbot, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(window.question.skip, Qt.MouseButton.LeftButton)
        qtbot.wait(20)  # a person's pace is slower still; the event loop runs meanwhile
    beat.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 20 and max(gaps) < 0.050, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"
    assert window.attempt is not None and not window.attempt.saved  # the disk is still catching up, honestly
    writes_landed(window)
    assert window.attempt.saved and len(ended) >= 11  # the start, ten answers and the moves
    stored = window.store.get_attempt(window.attempt.id)
    assert stored.answers == given and stored.position == window.session.index


def test_killed_mid_answer_on_a_slow_disk_nothing_reported_durable_is_lost(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import os
    import random
    import signal
    import subprocess
    import sys
    import threading
    from pathlib import Path

    child = Path(__file__).with_name("slow_disk_child.py")
    data = tmp_path / "data"
    rng = random.Random(13)
    checked = 0
    for kill in range(4):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CS_QUIZ_DATA_DIR": str(data)}
        proc = subprocess.Popen(
            [sys.executable, str(child), str(data), str(kill)], stdout=subprocess.PIPE, text=True, env=env
        )
        lines: list[str] = []

        def read(proc: subprocess.Popen[str] = proc, lines: list[str] = lines) -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                if line.endswith("\n"):
                    lines.append(line.rstrip("\n"))

        reader = threading.Thread(target=read)
        reader.start()
        deadline = time.monotonic() + 60  # a loaded CI machine starts Python and Qt slowly
        while not any(line.startswith("durable") for line in lines) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 1.0))  # mid-work: answers queued on the lane, a write half done
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        reader.join()
        started = [line.split()[1] for line in lines if line.startswith("started")]
        durable = [json.loads(line.split(" ", 1)[1]) for line in lines if line.startswith("durable")]
        assert started and durable, f"kill {kill}: the child never got going: {lines}"
        with Store.open(data) as store:
            assert store.recovered_from is None
            stored = store.get_attempt(started[-1]).answers
        missing = {q: v for q, v in durable[-1].items() if stored.get(q) != v}
        assert not missing, f"kill {kill}: answers reported durable are missing: {missing}"
        checked += len(durable[-1])
    assert checked >= 4
