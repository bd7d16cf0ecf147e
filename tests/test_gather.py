"""Gathering a class's results from what a teacher drops (issue 18): folders searched, ZIPs opened safely, every file
checked as an import checks it, nothing read twice, and what was refused named with its reason."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from cs_quiz.store import gather as g
from cs_quiz.store.exchange import export_json
from cs_quiz.store.store import Store


def results_file(folder: Path, name: str, n: int = 1, cohort: str | None = None) -> Path:
    """An exported file of ``n`` attempts of their own (made in a kiosk's store of its own; statistics need not
    read them here, so they are left unfinished)."""
    kiosk = folder / f".kiosk-{name}"
    with Store.open(kiosk) as store:
        for _ in range(n):
            a = store.start_attempt(bank_id="b", bank_version="1.0.0", bank_hash="h", sections=["quick"], cohort=cohort)
            store.save_answer(a, "q1", 3)
        path = folder / name
        export_json(store, path)
    return path


@pytest.fixture
def teacher(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "teacher")
    yield store
    store.close()


def test_a_folder_is_searched_and_other_files_left_alone(tmp_path: Path, teacher: Store) -> None:
    usb = tmp_path / "usb"
    (usb / "day 2").mkdir(parents=True)
    results_file(usb, "a.json", 2)
    results_file(usb / "day 2", "b.JSON", 1)
    (usb / "notes.txt").write_text("bring pens")
    (usb / ".hidden.json").write_text("{}")
    done = g.gather(teacher, [usb])
    assert (done.report.added, done.report.skipped, len(done.report.rejected)) == (3, 0, 0)
    assert done.ignored == 1, "the notes, not the hidden file"
    assert len(teacher.history()) == 3
    again = g.gather(teacher, [usb, usb / "day 2"])
    assert (again.report.added, again.report.skipped) == (0, 3), "each file once, each attempt once"
    assert set(again.present_ids) == {s.id for s in teacher.history()}


def test_a_zip_is_read_member_by_member(tmp_path: Path, teacher: Store) -> None:
    src = tmp_path / "src"
    src.mkdir()
    good = results_file(src, "good.json", 2)
    archive = tmp_path / "class.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.write(good, "kiosk 1/good.json")
        z.writestr("../../escape.json", good.read_bytes())  # a name that climbs out: never used as a path
        z.writestr("kiosk 1/broken.json", "{not json")
        z.writestr("readme.txt", "hello")
    done = g.gather(teacher, [archive])
    by_name = {f.path.name: f for f in done.report.files}
    assert len(by_name["good.json"].added) == 2
    assert "escape.json" not in by_name, "a name that climbs out of the archive is left alone, like a hidden one"
    assert by_name["broken.json"].error
    assert str(by_name["good.json"].path) == f"{archive}/kiosk 1/good.json", "named inside its archive"
    assert not (tmp_path.parent / "escape.json").exists() and not (tmp_path / "escape.json").exists()


def test_a_zip_bomb_is_refused_without_filling_the_disk(
    tmp_path: Path, teacher: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(g, "MAX_MEMBER_BYTES", 1000)
    archive = tmp_path / "bomb.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.json", b" " * 100_000)
    [outcome] = g.gather(teacher, [archive]).report.files
    assert outcome.error and "larger than" in outcome.error
    # A directory that lies about the size: the real bytes are counted while reading.
    liar = tmp_path / "liar.zip"
    with zipfile.ZipFile(liar, "w", zipfile.ZIP_STORED) as z:
        z.writestr("big.json", b" " * 5000)
    data = bytearray(liar.read_bytes())
    info = zipfile.ZipFile(liar).getinfo("big.json")
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")  # the central directory's uncompressed size
    liar.write_bytes(bytes(data))
    assert info.file_size == 5000
    [outcome] = g.gather(teacher, [liar]).report.files
    assert outcome.error, "refused, one way or another, never read past the limit"


def test_what_is_not_an_archive_or_a_results_file_is_named(tmp_path: Path, teacher: Store) -> None:
    fake = tmp_path / "photos.zip"
    fake.write_bytes(b"PK not really")
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as z:
        z.writestr("readme.txt", "nothing here")
    csv = tmp_path / "scores.csv"
    csv.write_text("a,b\n")
    report = g.gather(teacher, [fake, empty, csv]).report
    errors = {f.path.name: f.error for f in report.files}
    assert "not a ZIP archive that can be read" in (errors["photos.zip"] or "")
    assert errors["empty.zip"] == "the archive holds no results files (.json)"
    assert "CSV exports hold scores but not answers" in (errors["scores.csv"] or "")
    assert teacher.history() == []


def test_a_whole_disk_is_refused_not_read_for_an_hour(
    tmp_path: Path, teacher: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(g, "MAX_FILES", 3)
    for i in range(5):
        (tmp_path / f"{i}.json").write_text(json.dumps({"format": "x"}))
    done = g.gather(teacher, [tmp_path])
    assert done.too_many and done.report.files == ()
