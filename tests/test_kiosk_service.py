"""The kiosk appliance: the systemd unit (cs_quiz.kiosk.service), ``cs-quiz kiosk-setup --install-service`` and the
supervisor loop for machines without systemd (packaging/kiosk/cs-quiz-kiosk-loop.sh).

tools/check_cage_kiosk.sh runs the real thing (cage, a kiosk user, a kill, systemd-analyze verify); these tests pin
what a facilitator reads and what gets written."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cs_quiz.cli import kiosk as cli_kiosk
from cs_quiz.cli.main import main
from cs_quiz.kiosk import service

REPO = Path(__file__).resolve().parents[1]
LOOP = REPO / "packaging" / "kiosk" / "cs-quiz-kiosk-loop.sh"
ORIGINAL_CLOSED_TO = cli_kiosk._closed_to


def setting(text: str, key: str) -> str:
    values = [line.split("=", 1)[1] for line in text.splitlines() if line.startswith(key + "=")]
    assert len(values) == 1, (key, values)
    return values[0]


def systemd_words(value: str) -> list[str]:
    """An ExecStart= value split as systemd does for the quoting unit_text uses (double quotes, backslash escapes),
    with its $$ and %% back to $ and %."""
    return [w.replace("$$", "$").replace("%%", "%") for w in shlex.split(value, posix=True)]


@pytest.fixture
def no_such_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "_passwd", lambda name: None)


def test_the_unit_runs_cage_with_the_kiosk_as_the_user_and_always_restarts(no_such_user: None) -> None:
    text = service.unit_text("/opt/cs-quiz/bin/cs-quiz", "kiosk", "/home/kiosk/.local/share/cs-quiz")
    assert setting(text, "User") == "kiosk"
    assert setting(text, "Restart") == "always"
    assert setting(text, "RestartSec") == "2"
    assert setting(text, "PAMName") == "login"
    assert setting(text, "TTYPath") == "/dev/tty1"
    assert setting(text, "Conflicts") == "getty@tty1.service"
    assert setting(text, "WantedBy") == "graphical.target"
    assert "QT_QPA_PLATFORM=wayland" in setting(text, "Environment").split()
    assert systemd_words(setting(text, "ExecStart")) == [
        "/usr/bin/cage",
        "-d",
        "--",
        "/opt/cs-quiz/bin/cs-quiz",
        "--kiosk",
        "--data-dir",
        "/home/kiosk/.local/share/cs-quiz",
    ]
    assert setting(text, "ProtectSystem") == "strict"
    assert setting(text, "NoNewPrivileges") == "yes"
    assert systemd_words(setting(text, "ReadWritePaths"))[:2] == ["/home/kiosk/.local/share/cs-quiz", "/home/kiosk"]


def test_a_data_folder_with_spaces_quotes_and_specials_reaches_the_kiosk_whole(no_such_user: None) -> None:
    folder = '/srv/cs quiz/day 1 "50% $HOME"'
    text = service.unit_text("/opt/cs quiz/bin/cs-quiz", "kiosk", folder, allow_vt_switch=True)
    words = systemd_words(setting(text, "ExecStart"))
    assert words == ["/usr/bin/cage", "-d", "-s", "--", "/opt/cs quiz/bin/cs-quiz", "--kiosk", "--data-dir", folder]
    assert "$$HOME" in setting(text, "ExecStart")  # not expanded by systemd
    assert "50%%" in setting(text, "ExecStart")  # not a specifier
    writable = setting(text, "ReadWritePaths")
    assert writable.startswith('"/srv/cs quiz/day 1 \\"50%% $HOME\\""')  # ReadWritePaths= expands no variables


@pytest.mark.parametrize(
    ("user", "reason"),
    [
        ("root", "must not run as root"),
        ("Kiosk", "not a valid user name"),
        ("1kiosk", "not a valid user name"),
        ("kiosk user", "not a valid user name"),
        ("k" * 33, "not a valid user name"),
        ("", "not a valid user name"),
    ],
)
def test_root_and_bad_user_names_are_refused(user: str, reason: str) -> None:
    with pytest.raises(service.ServiceError, match=reason):
        service.unit_text("/opt/cs-quiz/bin/cs-quiz", user, "/srv/cs-quiz")


def test_a_user_with_root_s_id_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "_passwd", lambda name: (0, "/root"))
    assert "user id 0" in (service.user_problem("toor") or "")


def test_relative_paths_are_refused(no_such_user: None) -> None:
    with pytest.raises(service.ServiceError, match="absolute"):
        service.unit_text("/opt/cs-quiz/bin/cs-quiz", "kiosk", "results")


@pytest.fixture
def unit_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_such_user: None) -> Path:
    path = tmp_path / "etc" / "systemd" / "system" / service.UNIT_NAME
    path.parent.mkdir(parents=True)
    monkeypatch.setattr(service, "UNIT_PATH", path)
    monkeypatch.setattr(cli_kiosk, "_program", lambda: Path("/opt/cs-quiz/bin/cs-quiz"))
    monkeypatch.setattr(cli_kiosk, "_closed_to", lambda user, program: None)
    return path


def as_user(monkeypatch: pytest.MonkeyPatch, uid: int) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: uid, raising=False)


def test_without_root_it_prints_the_unit_and_the_steps_and_writes_nothing(
    unit_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, 1000)
    assert main(["kiosk-setup", "--install-service", "--user", "kiosk"]) == 0
    out = capsys.readouterr().out
    assert not unit_path.exists()
    assert "User=kiosk" in out and "Restart=always" in out
    assert "Nothing was written (not root)" in out
    assert "/home/kiosk/.local/share/cs-quiz" in out  # the kiosk user's own data folder, named
    assert "useradd --create-home kiosk" in out
    assert "systemctl daemon-reload && systemctl enable --now cs-quiz-kiosk" in out


def test_print_unit_as_root_writes_nothing_and_keeps_the_data_folder_given(
    unit_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, 0)
    folder = tmp_path / "day one"
    assert main(["kiosk-setup", "--install-service", "--print-unit", "--data-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert not unit_path.exists()
    assert not folder.exists()  # no results folder made for root
    assert systemd_words(setting(out, "ExecStart"))[-1] == str(folder)
    assert "User=kiosk" in out  # the default user


def test_as_root_it_writes_the_unit_readable_by_all_and_says_what_next(
    unit_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, 0)
    assert main(["kiosk-setup", "--install-service", "--user", "cskiosk"]) == 0
    out = capsys.readouterr().out
    cage = shutil.which("cage") or "/usr/bin/cage"
    expected = service.unit_text("/opt/cs-quiz/bin/cs-quiz", "cskiosk", "/home/cskiosk/.local/share/cs-quiz", cage=cage)
    assert unit_path.read_text(encoding="utf-8") == expected
    assert unit_path.stat().st_mode & 0o777 == 0o644
    assert f"Wrote {unit_path}" in out
    assert "sudo -u cskiosk /opt/cs-quiz/bin/cs-quiz --data-dir /home/cskiosk/.local/share/cs-quiz kiosk-setup" in out
    assert "systemctl enable --now cs-quiz-kiosk" in out
    assert [p.name for p in unit_path.parent.iterdir()] == [service.UNIT_NAME]  # no temporary file left


def test_root_refuses_a_program_the_kiosk_user_cannot_reach(
    unit_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    as_user(monkeypatch, 0)
    closed = tmp_path / "private"
    closed.mkdir(mode=0o700)
    program = closed / "cs-quiz"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(cli_kiosk, "_program", lambda: program)
    monkeypatch.setattr(cli_kiosk, "_closed_to", ORIGINAL_CLOSED_TO)
    assert main(["kiosk-setup", "--install-service"]) == 1
    err = capsys.readouterr().err
    assert f"cannot run {program}" in err and "Nothing was written" in err
    assert not unit_path.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--install-service", "--user", "root"], "must not run as root"),
        (["--install-service", "--user", "Bad"], "not a valid user name"),
        (["--install-service", "--idle", "100"], "--install-service is used alone"),
        (["--user", "kiosk"], "go with --install-service"),
    ],
)
def test_usage_mistakes_exit_2_and_write_nothing(
    unit_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    as_user(monkeypatch, 0)
    assert main(["kiosk-setup", *argv]) == 2
    assert message in capsys.readouterr().err
    assert not unit_path.exists()


@pytest.mark.skipif(sys.platform == "win32" or not Path("/bin/sh").exists(), reason="a POSIX shell script")
def test_the_loop_starts_the_kiosk_again_after_it_ends_and_stops_on_sigterm(tmp_path: Path) -> None:
    starts = tmp_path / "starts"
    command = f"echo started >> {shlex.quote(str(starts))}; exit 3"
    loop = subprocess.Popen(
        ["/bin/sh", str(LOOP), "/bin/sh", "-c", command],
        env={**os.environ, "CS_QUIZ_KIOSK_PAUSE": "0.1"},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (not starts.exists() or starts.read_text().count("started") < 3):
            time.sleep(0.05)
        assert starts.read_text().count("started") >= 3
        loop.send_signal(signal.SIGTERM)
        _, log = loop.communicate(timeout=10)
    finally:
        if loop.poll() is None:
            loop.kill()
    assert loop.returncode == 0
    assert "start 1 " in log and "start 3 " in log
    assert "ended with status 3; starting it again in 0.1 s" in log
