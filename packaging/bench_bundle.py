"""Start-up of the bundle against a pip install: ``--version`` and the window shown, warm and cold (docs/bundle.md).

Run by hand, after packaging/build_bundle.py (its venv, .venvs/bundle, is the pip install compared: cs-quiz from
a wheel, the same versions)::

    python3 packaging/bench_bundle.py [--bundle dist/cs-quiz] [--runs 5] [--cold]

"Window shown" is the time from starting the program to a visible window of class cs-quiz on an Xvfb display,
polled with xdotool every 10 ms (the same for both, so the difference is fair; each figure is a few ms late).
``--cold`` empties the page cache before each start (root only: /proc/sys/vm/drop_caches), as after a reboot;
it slows everything else on the machine for a moment. Prints medians; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def drop_caches() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def timed_version(program: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(program), "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def timed_window(program: Path, env: dict[str, str], display: str) -> float:
    data = tempfile.mkdtemp(prefix="cs-quiz-bench-")
    started = time.perf_counter()
    log = Path(data) / "app.log"
    with log.open("wb") as output:
        app = subprocess.Popen([str(program), "--data-dir", data], env=env, stdout=output, stderr=output)
    try:
        while time.perf_counter() - started < 60:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--class", "cs-quiz"],
                env={**os.environ, "DISPLAY": display},
                capture_output=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - started
            if app.poll() is not None:
                raise SystemExit(f"{program} exited ({app.returncode}) before showing a window: {log.read_text()}")
            time.sleep(0.01)
        raise SystemExit(f"{program} showed no window in 60 s")
    finally:
        app.terminate()
        app.wait(10)
        shutil.rmtree(data, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "cs-quiz")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venvs" / "bundle")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty the page cache before each start (root)")
    args = parser.parse_args()
    # Xvfb picks a free display itself and writes its number on the pipe once it accepts connections.
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert xvfb.stdout is not None
    display = ":" + xvfb.stdout.readline().strip()
    home = tempfile.mkdtemp(prefix="cs-quiz-bench-home-")
    try:
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        programs = {"bundle": args.bundle / "cs-quiz", "pip install": args.venv / "bin" / "cs-quiz"}
        versions: dict[str, list[float]] = {name: [] for name in programs}
        windows: dict[str, list[float]] = {name: [] for name in programs}
        for program in programs.values():
            timed_window(program, env, display)  # a first start writes caches (fonts, settings): not counted
        for _ in range(args.runs):  # in turn, so a busy moment on the machine weighs on both alike
            for name, program in programs.items():
                if args.cold:
                    drop_caches()
                versions[name].append(timed_version(program, env))
                if args.cold:
                    drop_caches()
                windows[name].append(timed_window(program, env, display))
        kind = "cold" if args.cold else "warm"
        for name in programs:
            print(
                f"{name:12} {kind}: --version {statistics.median(versions[name]) * 1000:.0f} ms, "
                f"window shown {statistics.median(windows[name]) * 1000:.0f} ms (median of {args.runs})",
                flush=True,
            )
    finally:
        xvfb.terminate()
        xvfb.wait(10)
        shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
