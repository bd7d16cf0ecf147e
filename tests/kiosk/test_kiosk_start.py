"""``cs-quiz --kiosk`` itself: the command opens the store and the bundled banks, puts on the facilitator's look and
shows the locked window full screen at the welcome, asking for a PIN on the first start only."""

from __future__ import annotations

from pathlib import Path

from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store
from gui_fixtures import run_probe

# Started as a facilitator starts it; when the window has asked for a PIN (or not), report and leave.
PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from cs_quiz.ui.kiosk import shell

ensure_pin = shell.KioskWindow.ensure_pin

def reporting(self):
    dialog = ensure_pin(self)
    app = QApplication.instance()
    print(json.dumps({"fullscreen": self.isFullScreen(), "page": self.page, "asks_for_pin": dialog is not None,
                      "bank": shell.pick_bank(self.banks, self.settings)[0].meta.id,
                      "font_px": app.font().pixelSize()}), flush=True)
    self.lock.unlock()
    QTimer.singleShot(0, lambda: app.exit(0))  # exit, not quit: quit asks each window to close, and they refuse
    return dialog

shell.KioskWindow.ensure_pin = reporting
from cs_quiz.cli.main import main
sys.exit(main(["--kiosk"]))
"""


def start(tmp_path: Path) -> dict[str, object]:
    return run_probe(PROBE, tmp_path, timeout=30)


def test_the_first_start_shows_the_welcome_full_screen_and_asks_for_a_pin(tmp_path: Path) -> None:
    report = start(tmp_path)
    assert report["fullscreen"] and report["page"] == "welcome"
    assert report["asks_for_pin"]
    assert report["bank"] == "csd-readiness"


def test_with_a_pin_and_a_larger_text_size_it_starts_ready(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        pins.set_pin(store, "2468")
        ks.save(store, ks.load(store).with_values(text_size=150))
    report = start(tmp_path)
    assert report["fullscreen"] and report["page"] == "welcome"
    assert not report["asks_for_pin"]
    assert report["font_px"] == 30  # the kiosk's 20 px at 150 %
