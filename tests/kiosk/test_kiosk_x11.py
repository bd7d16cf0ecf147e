"""Alt+F4 from a real window manager (openbox under Xvfb) reaches the kiosk as a spontaneous close and is refused.

Skipped where Xvfb, openbox or xdotool are not installed (the offscreen tests cover the same code path through
the window handle); docs/kiosk.md lists the packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
NEEDED = ("Xvfb", "openbox", "xdotool")


@pytest.mark.slow
@pytest.mark.skipif(any(shutil.which(p) is None for p in NEEDED), reason="needs Xvfb, openbox and xdotool")
def test_alt_f4_from_the_window_manager_is_refused(tmp_path: Path) -> None:
    display = f":{150 + os.getpid() % 50}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1024x600x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL
    )
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    wm = None
    try:
        for _ in range(100):  # the server is up when it answers (at most 10 s on a loaded machine)
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], env=env, capture_output=True, check=False)
            if probe.returncode == 0:
                break
            subprocess.run(["xdotool", "sleep", "0.1"], check=False)
        wm = subprocess.Popen(["openbox"], env=env, stderr=subprocess.DEVNULL)  # its default keys: Alt+F4 closes
        subprocess.run(["xdotool", "sleep", "0.5"], check=False)
        run = subprocess.run(
            [sys.executable, str(HERE / "x11_alt_f4.py")], env=env, capture_output=True, text=True, timeout=60
        )
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout.strip().splitlines()[-1])
    finally:
        if wm is not None:
            wm.terminate()
            wm.wait(10)
        xvfb.terminate()
        xvfb.wait(10)
    assert True in report["refused"], report  # a spontaneous close came from the window manager
    assert report["visible"] and report["fullscreen"] and report["size"] == [1024, 600]
