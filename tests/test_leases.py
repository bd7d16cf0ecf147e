"""Two windows on one results folder (issue 16, items 8 and 13): an attempt open in a live window is leased, so no
other window resumes, discards or closes it; the lease ends with its process, however that process ends; and a
kiosk that starts again closes what a killed kiosk left open."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_quiz.attempts.attempt import Attempt, InUse, Status
from cs_quiz.attempts.left_open import close_left_open
from cs_quiz.bank.load import load_bank
from cs_quiz.bank.model import Bank
from cs_quiz.store import leases
from cs_quiz.store.store import Store

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"

# A child that starts an attempt as the app or a kiosk does, answers one question, says which, then is killed by
# the test: what a power cut, a crash or `kill -9` leaves behind.
CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from cs_quiz.attempts.attempt import Attempt
    from cs_quiz.bank.load import load_bank
    from cs_quiz.store.store import Store
    bank = load_bank(Path(sys.argv[2])).bank
    store = Store.open(Path(sys.argv[1]))
    attempt = Attempt.start(store, bank, ["quick"], kind=sys.argv[3])
    attempt.answer(4)
    print(attempt.id, flush=True)
    time.sleep(120)
    """
)


@pytest.fixture(scope="module")
def bank() -> Bank:
    b = load_bank(SMALL).bank
    assert b is not None
    return b


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def stores(data: Path) -> Iterator[list[Store]]:
    """Stores opened on one folder, as two windows (or a window and a kiosk) open it; closed after the test."""
    opened: list[Store] = []
    yield opened
    for s in opened:
        s.close()


def open_store(data: Path, stores: list[Store]) -> Store:
    s = Store.open(data)
    stores.append(s)
    return s


def killed_child(data: Path, kind: str) -> str:
    """Start an attempt in another process, then kill that process with SIGKILL; the attempt's id."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data), str(SMALL), kind], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        attempt_id = child.stdout.readline().strip()
        assert attempt_id, "the child did not start its attempt"
        check = Store.open(data)
        try:
            assert check.leases.in_use(attempt_id), "a live process holds the attempt it is answering"
        finally:
            check.close()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    return attempt_id


def test_an_attempt_open_in_one_window_cannot_be_resumed_in_another(bank: Bank, data: Path, stores) -> None:
    first, second = open_store(data, stores), open_store(data, stores)
    live = Attempt.start(first, bank, ["quick"])
    live.answer(4)
    assert second.leases.in_use(live.id)
    with pytest.raises(InUse):
        Attempt.resume(second, {bank.meta.id: bank}, live.id)
    live.session.next()
    live.answer(2)  # the first window goes on saving: nobody took its attempt over
    assert live.saved and live.problem is None
    assert first.get_attempt(live.id).answers == {live.session.questions[0].id: 4, live.session.questions[1].id: 2}


def test_declining_an_attempt_another_window_holds_leaves_it_alone(bank: Bank, data: Path, stores) -> None:
    first, second = open_store(data, stores), open_store(data, stores)
    live = Attempt.start(first, bank, ["quick"])
    live.answer(3)
    mine = Attempt.start(second, bank, ["quick"], declines=live.id)  # "start a new one" with an old offer on screen
    assert second.get_attempt(live.id).status == "in_progress"
    live.answer(5)
    assert live.saved, "the first window's saves still land"
    assert mine.saved


def test_finishing_or_setting_aside_frees_the_attempt(bank: Bank, data: Path, stores) -> None:
    first, second = open_store(data, stores), open_store(data, stores)
    paused = Attempt.start(first, bank, ["quick"])
    paused.answer(4)
    paused.set_aside()
    assert not second.leases.in_use(paused.id)
    resumed = Attempt.resume(second, {bank.meta.id: bank}, paused.id)
    assert first.leases.in_use(paused.id), "now the second window holds it"
    resumed.answer(2)
    resumed.finish()
    assert not first.leases.in_use(paused.id)
    assert first.get_attempt(paused.id).status == "finished"
    assert not any((data / leases.FOLDER).iterdir()), "nothing is left behind once every attempt is closed"


def test_closing_the_store_frees_what_it_held(bank: Bank, data: Path, stores) -> None:
    first, second = Store.open(data), open_store(data, stores)
    live = Attempt.start(first, bank, ["quick"])
    first.close()  # the window closed: the attempt stays in progress, to be resumed
    assert not second.leases.in_use(live.id)
    assert Attempt.resume(second, {bank.meta.id: bank}, live.id).session.answers == {}


def test_a_lease_ends_with_its_process(data: Path, stores) -> None:
    attempt_id = killed_child(data, leases.APP)
    store = open_store(data, stores)
    assert not store.leases.in_use(attempt_id), "a killed window holds nothing"
    assert store.get_attempt(attempt_id).status == "in_progress", "the desktop keeps it to resume"


def test_a_restarted_kiosk_closes_what_a_killed_kiosk_left_open(bank: Bank, data: Path, stores) -> None:
    killed = killed_child(data, leases.KIOSK)
    store = open_store(data, stores)
    other = open_store(data, stores)
    live = Attempt.start(other, bank, ["quick"], kind=leases.KIOSK)  # a second kiosk on this folder, running
    assert close_left_open(store, keep=True) == 1
    assert store.get_attempt(killed).status == "abandoned"
    assert store.get_attempt(killed).answers, "its answers are kept"
    assert store.get_attempt(live.id).status == "in_progress", "a running kiosk's participant is left alone"
    assert close_left_open(store, keep=True) == 0


def test_a_kiosk_set_not_to_keep_unfinished_attempts_deletes_a_killed_kiosks(data: Path, stores) -> None:
    killed_child(data, leases.KIOSK)
    paused_in_app = killed_child(data, leases.APP)
    store = open_store(data, stores)
    assert close_left_open(store, keep=False) == 2
    assert [a.id for a in store.history()] == [paused_in_app], "the kiosk's is deleted, as a reset would have"
    assert store.get_attempt(paused_in_app).status == "abandoned", "one from the desktop app is kept"


def test_lease_files_never_take_their_name_from_an_attempt_id(data: Path, stores) -> None:
    store = open_store(data, stores)
    hostile = "../../escape/" + "x" * 300
    assert store.leases.take(hostile)
    files = list((data / leases.FOLDER).iterdir())
    assert len(files) == 1 and files[0].parent == data / leases.FOLDER and len(files[0].name) < 60
    held = json.loads(files[0].read_text())
    assert held["attempt"] == hostile and held["pid"] == os.getpid() and held["kind"] == leases.APP
    assert oct(files[0].stat().st_mode & 0o777) == oct(0o600)
    store.leases.release(hostile)
    assert not files[0].exists()


def test_a_garbled_lease_file_counts_as_free(data: Path, stores) -> None:
    store = open_store(data, stores)
    folder = data / leases.FOLDER
    folder.mkdir()
    (folder / ("0" * 40 + ".lease")).write_bytes(b"\x00not json" * 1000)
    assert store.leases.left_behind() == []
    assert not any(folder.iterdir()), "it is cleared, and reported as nothing"


def test_a_store_in_memory_leases_nothing(bank: Bank) -> None:
    store = Store(":memory:")
    attempt = Attempt.start(store, bank, ["quick"])
    assert not store.leases.in_use(attempt.id)
    assert close_left_open(store, keep=True) == 1
    assert store.get_attempt(attempt.id).status == "abandoned"
    assert attempt.status is Status.IN_PROGRESS  # the object knows nothing of it; a kiosk starts with none open


def test_the_offer_skips_empty_attempts_and_names_one_open_elsewhere(bank: Bank, data: Path, stores) -> None:
    from cs_quiz.attempts.offer import resume_offer

    first, second = open_store(data, stores), open_store(data, stores)
    banks = {bank.meta.id: bank}
    Attempt.start(first, bank, ["quick"]).set_aside()  # no answers: not worth a question
    assert resume_offer(second, banks) is None
    live = Attempt.start(first, bank, ["quick"])
    live.answer(4)
    offer = resume_offer(second, banks)
    assert offer is not None and offer.attempt.id == live.id and offer.in_use
    paused = Attempt.start(second, bank, ["quick"])
    paused.answer(2)
    paused.set_aside()
    offer = resume_offer(second, banks)
    assert offer is not None and offer.attempt.id == paused.id and not offer.in_use, "a free one first"
