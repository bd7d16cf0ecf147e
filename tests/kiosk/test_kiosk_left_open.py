"""A kiosk killed mid-attempt (issue 16, item 13): on the next start its participant's attempt is closed (kept as
abandoned, or deleted when the kiosk keeps no unfinished attempts), so the panel does not count it "in progress" for
ever; a kiosk that is still running on the same folder keeps its participant's attempt."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from kiosk_helpers import begin

from cs_quiz.attempts.attempt import Attempt
from cs_quiz.store import leases
from cs_quiz.store.store import Store
from gui_fixtures import SMALL

CHILD = """
import sys, time
from pathlib import Path
from cs_quiz.attempts.attempt import Attempt
from cs_quiz.bank.load import load_bank
from cs_quiz.store.store import Store
attempt = Attempt.start(Store.open(Path(sys.argv[1])), load_bank(Path(sys.argv[2])).bank, ["quick"], kind="kiosk")
attempt.answer(4)
print(attempt.id, flush=True)
time.sleep(120)
"""


def killed_kiosk(data_dir: Path) -> str:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(SMALL)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        attempt_id = child.stdout.readline().strip()
        assert attempt_id
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    return attempt_id


def test_a_restarted_kiosk_closes_the_attempt_a_killed_one_left(qtbot, make_kiosk, store: Store, data_dir) -> None:
    left = killed_kiosk(data_dir)
    assert store.aggregate().in_progress == 1
    kiosk = make_kiosk()
    agg = store.aggregate()
    assert (agg.in_progress, agg.abandoned) == (0, 1)
    assert store.get_attempt(left).answers, "the answers are kept with it"
    begin(qtbot, kiosk)  # the new participant's attempt is the only one in progress
    assert store.aggregate().in_progress == 1


def test_deleted_when_the_kiosk_keeps_no_unfinished_attempts(qtbot, make_kiosk, store: Store, data_dir) -> None:
    left = killed_kiosk(data_dir)
    make_kiosk(keep_abandoned=False)
    assert left not in [a.id for a in store.history()]
    assert store.aggregate().participants == 0


def test_a_running_kiosks_participant_is_left_alone(qtbot, make_kiosk, small_bank, store: Store, data_dir) -> None:
    other = Store.open(data_dir)  # another kiosk process on the same folder, someone answering on it
    try:
        live = Attempt.start(other, small_bank, ["quick"], kind=leases.KIOSK)
        make_kiosk()
        assert store.get_attempt(live.id).status == "in_progress"
    finally:
        other.close()
