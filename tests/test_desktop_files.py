"""The app's identity (issue 20): the icon's PNGs are what its SVG draws, at every size; the menu entry, the
metainfo, the icon and the running app all use one id; the metainfo's release is the package's version; and the
files pass the freedesktop validators when they are installed (CI installs them: tools/check_desktop_files.sh)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage

from cs_quiz import __version__
from cs_quiz.ui.app import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "resources" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def make_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_app_id_is_the_one_of_issue_20() -> None:
    assert APP_ID == "io.github.cs_quiz.CsQuiz"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_the_svg_drawn_at_its_size(size: int) -> None:
    tool = make_icons()
    assert tool.SIZES == ICON_SIZES and tool.APP_ID == APP_ID
    path = tool.png_path(size)
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is missing or not a PNG: run tools/make_icons.py"
    assert (image.width(), image.height()) == (size, size)
    assert tool.largest_difference(image, tool.render(size)) <= 2, f"{path} is not what the SVG draws"
    assert image.pixelColor(0, 0).alpha() == 0 and image.pixelColor(size // 2, size // 2).alpha() == 255, (
        "a rounded square on a transparent ground"
    )


def test_the_menu_entry_names_the_app_its_icon_and_its_launcher() -> None:
    e = entry()
    assert e["Type"] == "Application" and e["Icon"] == APP_ID and e["Terminal"] == "false"
    assert e["GenericName"] == "Career readiness quiz" and "Education" in e["Categories"].split(";")
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["gui-scripts"]
    assert e["Exec"] in gui_scripts, "the entry starts the GUI launcher pip installs"
    from cs_quiz.ui.settings import APPLICATION

    assert e["StartupWMClass"] == APPLICATION, "X11's WM_CLASS is the application name Qt is given"


def test_the_metainfo_is_for_this_app_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, "add a <release> for the new version"
    assert {b.text for b in root.iter("binary")} >= {"cs-quiz", "cs-quiz-gui"}
    for image in root.iter("image"):
        assert image.text and image.text.startswith("https://")
        assert (ROOT / "docs" / image.text.rsplit("/", 1)[1]).is_file(), f"{image.text}: no such screenshot in docs/"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_the_menu_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream is not installed")
def test_the_metainfo_passes_appstreamcli() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_make_icons_check_passes_on_the_committed_pngs() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
