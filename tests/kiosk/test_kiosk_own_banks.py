"""A facilitator's own bank on a kiosk: ``cs-quiz --banks PATH kiosk-setup --bank ID`` checks the bank and section
against the banks the kiosk will load (not only the bundled ones), refuses a folder with no valid bank, and the
appliance's unit starts the kiosk with the same ``--banks``."""

from __future__ import annotations

import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cs_quiz.cli import kiosk as cli_kiosk
from cs_quiz.cli.main import main
from cs_quiz.kiosk import service
from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store

QUIZ = Path(__file__).resolve().parents[2] / "examples" / "knowledge-quiz.yaml"


@pytest.fixture
def pin_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    typed: Iterator[str] = iter(["8642", "8642"])
    monkeypatch.setattr(cli_kiosk, "ask_secret", lambda prompt: next(typed))


@pytest.fixture
def own(tmp_path: Path) -> Path:
    folder = tmp_path / "our banks"
    folder.mkdir()
    shutil.copy(QUIZ, folder / "quiz.yaml")
    return folder


def saved(data: Path) -> ks.KioskSettings:
    with Store.open(data) as store:
        return ks.load(store)


def test_the_kiosk_takes_a_bank_of_the_facilitators_own(
    tmp_path: Path, own: Path, pin_typed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "day"
    argv = ["--data-dir", str(data), "--banks", str(own), "kiosk-setup", "--bank", "cs-knowledge-quiz"]
    assert main([*argv, "--section", "quiz"]) == 0, capsys.readouterr().err
    assert (saved(data).bank, saved(data).section) == ("cs-knowledge-quiz", "quiz")


def test_without_its_banks_the_bank_is_refused_and_the_others_named(
    tmp_path: Path, pin_typed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path / "day"), "kiosk-setup", "--bank", "cs-knowledge-quiz"]) == 2
    err = capsys.readouterr().err
    assert "there is no bundled bank 'cs-knowledge-quiz' (there: csd-readiness)" in err


def test_a_section_the_own_bank_lacks_is_refused(
    tmp_path: Path, own: Path, pin_typed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path / "day"), "--banks", str(own), "kiosk-setup", "--section", "full"]
    assert main(argv) == 2
    assert "bank cs-knowledge-quiz has no section 'full' (sections: quiz)" in capsys.readouterr().err


def test_a_banks_folder_without_a_valid_bank_is_refused_and_nothing_is_saved(
    tmp_path: Path, pin_typed: None, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "quiz.yaml").write_text("format: 1\nbank: {id: q}\n", encoding="utf-8")
    data = tmp_path / "day"
    assert main(["--data-dir", str(data), "--banks", str(broken), "kiosk-setup", "--idle", "60"]) == 2
    err = capsys.readouterr().err
    assert f"--banks {broken}: no valid question bank" in err and "quiz.yaml" in err
    assert f"cs-quiz validate {broken}" in err
    assert not data.exists()
    assert main(["--data-dir", str(data), "--banks", str(tmp_path / "nowhere"), "kiosk-setup"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_the_appliance_unit_starts_the_kiosk_with_the_same_banks(
    tmp_path: Path, own: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(service, "_passwd", lambda name: None)
    monkeypatch.setattr(cli_kiosk, "_program", lambda: Path("/opt/cs-quiz/bin/cs-quiz"))
    monkeypatch.setattr(cli_kiosk, "_closed_to", lambda user, path: None)
    monkeypatch.setattr(cli_kiosk.os, "geteuid", lambda: 1000, raising=False)
    assert main(["--banks", str(own), "kiosk-setup", "--install-service"]) == 0
    out = capsys.readouterr().out
    start = next(line for line in out.splitlines() if line.startswith("ExecStart="))
    words = shlex.split(start.split("=", 1)[1])
    assert words[-2:] == ["--banks", str(own)]
    assert f"--banks {shlex.quote(str(own))} kiosk-setup" in out  # the PIN and options are set against them too


def test_the_unit_refuses_banks_the_kiosk_user_cannot_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    shutil.copy(QUIZ, private / "quiz.yaml")
    unit = tmp_path / service.UNIT_NAME
    monkeypatch.setattr(service, "UNIT_PATH", unit)
    monkeypatch.setattr(service, "_passwd", lambda name: None)
    monkeypatch.setattr(cli_kiosk, "_program", lambda: Path("/opt/cs-quiz/bin/cs-quiz"))
    real = cli_kiosk._closed_to
    monkeypatch.setattr(
        cli_kiosk, "_closed_to", lambda user, path: None if path.name == "cs-quiz" else real(user, path)
    )
    monkeypatch.setattr(cli_kiosk.os, "geteuid", lambda: 0, raising=False)
    assert main(["--banks", str(private), "kiosk-setup", "--install-service"]) == 1
    err = capsys.readouterr().err
    assert f"cannot read the banks in {private}" in err and "Nothing was written" in err
    assert not unit.exists()
