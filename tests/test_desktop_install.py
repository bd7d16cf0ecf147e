"""``cs-quiz desktop-install`` / ``desktop-uninstall`` (issue 20): the menu entry, icons and metainfo land under
$XDG_DATA_HOME for this account only, the entry starts this installation's cs-quiz-gui by its absolute path, and
uninstall leaves the folder tree exactly as it was. HOME and XDG_DATA_HOME point into tmp_path throughout."""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cs_quiz.cli import desktop
from cs_quiz.ui.app import APP_ID, ICON_SIZES


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / ".local" / "share"))
    return folder


def run(command: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="cs-quiz")
    desktop.add_commands(parser.add_subparsers())
    args = parser.parse_args([command])
    code = args.handler(args)
    out, err = capsys.readouterr()
    return code, out, err


def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) + ("/" if p.is_dir() else "") for p in folder.rglob("*"))


def entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_id_and_sizes_are_the_apps() -> None:
    assert (desktop.APP_ID, desktop.ICON_SIZES) == (APP_ID, ICON_SIZES)


def test_install_puts_the_entry_icons_and_metainfo_in_the_data_folder(home: Path, capsys) -> None:
    code, out, _ = run("desktop-install", capsys)
    assert code == 0
    data = home / ".local" / "share"
    installed = data / "applications" / f"{APP_ID}.desktop"
    assert installed.is_file() and f"wrote {installed}" in out
    for size in ICON_SIZES:
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    e = entry(installed)
    program = Path(e["Exec"])
    assert program.is_absolute() and program.name == "cs-quiz-gui" and os.access(program, os.X_OK)
    assert program.parent == Path(sys.executable).parent, "this installation's launcher, not whichever is on PATH"
    assert e["TryExec"] == e["Exec"] and e["Icon"] == APP_ID
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_uninstall_leaves_the_tree_as_it_was_before(home: Path, capsys) -> None:
    apps = home / ".local" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "someone-else.desktop").write_text("[Desktop Entry]\nType=Application\nName=X\nExec=x\n")
    before = tree(home)
    assert run("desktop-install", capsys)[0] == 0
    assert run("desktop-install", capsys)[0] == 0, "installing again is fine"
    assert len(tree(home)) > len(before)
    code, out, _ = run("desktop-uninstall", capsys)
    assert code == 0 and "removed" in out
    assert tree(home) == before, "exactly what install wrote is gone, and nothing else"
    code, out, _ = run("desktop-uninstall", capsys)
    assert code == 0 and "nothing to remove" in out and tree(home) == before


def test_uninstall_removes_the_folders_install_made(home: Path, capsys) -> None:
    assert run("desktop-install", capsys)[0] == 0
    assert (home / ".local" / "share" / "icons" / "hicolor").is_dir()
    assert run("desktop-uninstall", capsys)[0] == 0
    assert tree(home) == [], "even ~/.local/share, which install had to make"


def test_a_pipx_launcher_in_a_folder_with_a_space_and_no_desktop_tools(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    scripts = tmp_path / "pipx venvs" / "cs-quiz" / "bin"
    scripts.mkdir(parents=True)
    (scripts / "cs-quiz-gui").write_text("#!/bin/sh\n")
    (scripts / "cs-quiz-gui").chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(scripts / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # neither update-desktop-database nor gtk-update-icon-cache
    code, out, _ = run("desktop-install", capsys)
    assert code == 0 and "update-desktop-database is not installed: skipped" in out
    installed = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert entry(installed)["Exec"] == f'"{scripts / "cs-quiz-gui"}"'
    validate = shutil.which("desktop-file-validate", path="/usr/bin:/bin")
    if validate:
        done = subprocess.run([validate, str(installed)], capture_output=True, text=True)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


def test_no_launcher_means_nothing_written(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nowhere" / "python"))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, _, err = run("desktop-install", capsys)
    assert code == 1 and "cannot find the cs-quiz-gui launcher" in err
    assert tree(home) == []


def test_a_data_folder_outside_home_is_refused(home: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    code, _, err = run("desktop-install", capsys)
    assert code == 1 and "not inside your home folder" in err
    assert not (tmp_path / "elsewhere").exists() and tree(home) == []
