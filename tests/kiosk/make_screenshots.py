"""Take docs/kiosk-welcome.png, kiosk-idle.png, kiosk-pin.png, kiosk-panel.png, kiosk-options.png,
kiosk-export.png and kiosk-exit.png
from the real kiosk window.

Run under a real X server with a window manager, as a kiosk machine has (see docs/kiosk.md)::

    Xvfb :99 -screen 0 1280x800x24 & DISPLAY=:99 openbox --config-file resources/kiosk/openbox-rc.xml &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb python tests/kiosk/make_screenshots.py docs

The store is a temporary folder seeded with a workshop's worth of attempts on the bundled bank's quick section.
"""

from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from cs_quiz.bank.load import choose_bank, load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import pin as pins
from cs_quiz.kiosk import settings as ks
from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.store.store import Store
from cs_quiz.ui.language import BanksByLanguage


def seed(store: Store, bank: Bank, section: str, people: int) -> None:
    rng = random.Random(6)
    now = datetime.now(UTC).replace(minute=0, second=0)
    questions = bank.section_questions([section])
    for i in range(people):
        when = now - timedelta(minutes=rng.randint(0, 50) + (0 if i < people * 0.7 else 60 * 24 * rng.randint(1, 20)))
        attempt = store.start_attempt(
            bank_id=bank.meta.id,
            bank_version=bank.meta.version,
            bank_hash=bank.content_hash,
            sections=[section],
            started_at=when,
        )
        level = rng.choice([2, 3, 3, 4, 4, 5])
        answers = {}
        for qid in questions:
            q = bank.questions[qid]
            if q.scale:
                answers[qid] = max(1, min(5, level + rng.choice([-1, 0, 0, 1])))
            elif q.key is not None:  # a scenario: a pick for each of best and worst
                best, worst = rng.sample([o.id for o in q.options], 2)
                answers[qid] = {"best": best, "worst": worst}
        if i % 6 == 5:
            store.abandon_attempt(attempt)
            continue
        ev, _ = evaluate(bank, answers, [section], 600)
        store.finish_attempt(
            attempt, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}, when + timedelta(minutes=8)
        )


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main(out: Path) -> int:
    from cs_quiz.ui.app import application
    from cs_quiz.ui.kiosk.look import apply_kiosk_look
    from cs_quiz.ui.kiosk.shell import KioskWindow

    app = application()
    apply_kiosk_look(app)
    every = load_bundled().banks
    bank, _ = choose_bank(every, "csd-readiness", "en")
    assert bank is not None
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp))
        seed(store, bank, "quick", 42)
        pins.set_pin(store, "2468")
        window = KioskWindow(store, BanksByLanguage(every), ks.KioskSettings(section="quick", ask_code=True))
        window.setGeometry(window.screen().geometry())
        window.showFullScreen()
        window.lock.watch()
        settle(1200)

        def shot(name: str) -> None:
            settle()
            assert isinstance(QApplication.primaryScreen().grabWindow(0).save(str(out / name)), bool)
            print("wrote", out / name)

        shot("kiosk-welcome.png")
        window.attract.nickname.setText("Sam")
        window.attract.start.click()
        settle()
        window.question.choose(4)
        window.question.next_requested.emit()
        settle()
        window.idle.timer.timeout.emit()
        window.overlay.tick()
        window.overlay.tick()
        shot("kiosk-idle.png")
        window.overlay.carry_on()
        dialog = window.ask_pin()
        assert dialog is not None
        for d in "2468":
            dialog.keys["1234567890".index(d)].click()
        shot("kiosk-pin.png")
        dialog.submit()
        settle()
        assert window.panel is not None, "the PIN was not accepted"
        window.panel.all_dates.setChecked(False)
        shot("kiosk-panel.png")
        window.panel.tabs.setCurrentIndex(2)
        shot("kiosk-options.png")
        window.panel.tabs.setCurrentIndex(1)
        folder = window.panel.choose_folder()
        shot("kiosk-export.png")
        folder.reject()
        window.panel.tabs.setCurrentIndex(0)
        window.panel.ask_exit()
        shot("kiosk-exit.png")
        window.exit_kiosk()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs")))
