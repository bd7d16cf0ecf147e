"""Run by test_kiosk_x11.py inside Xvfb + openbox: show the kiosk, have the window manager close it (Alt+F4 through
xdotool, which openbox's default bindings turn into a WM_DELETE_WINDOW), and print what happened as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from cs_quiz.bank.load import load_bank
from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store
from cs_quiz.ui.app import application
from cs_quiz.ui.kiosk.shell import KioskWindow

SMALL = Path(__file__).resolve().parent.parent / "fixtures" / "banks" / "small.yaml"


def main() -> int:
    app = application()
    bank = load_bank(SMALL).bank
    assert bank is not None
    report: dict[str, object] = {"refused": []}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        pins.set_pin(store, "2468")
        window = KioskWindow(store, {"small": bank}, ks.KioskSettings(bank="small", section="quick"))
        window.lock.refused.connect(lambda spontaneous: report["refused"].append(spontaneous))  # type: ignore[union-attr]
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
        window.lock.watch()

        tries = {"left": 30}  # every 0.5 s for up to 15 s: on a loaded machine openbox may manage the window late

        def close_by_wm() -> None:
            refused = report["refused"]
            if (isinstance(refused, list) and True in refused) or tries["left"] <= 0:
                QTimer.singleShot(1000, done)  # let the watchdog settle, then look
                return
            tries["left"] -= 1
            for keys in ("alt+F4", "Escape", "ctrl+q"):
                subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=False)
            QTimer.singleShot(500, close_by_wm)

        def done() -> None:
            report["visible"] = window.isVisible()
            report["fullscreen"] = window.isFullScreen()
            report["size"] = [window.width(), window.height()]
            window.exit_kiosk()
            app.quit()

        QTimer.singleShot(1000, close_by_wm)
        app.exec()
        store.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
