"""Build cs-quiz as one folder that runs without Python installed, and a tarball of it (docs/bundle.md).

Usage (standard library only, from anywhere)::

    python3 packaging/build_bundle.py [--out DIR] [--keep-venv]

What it does, in order:

1. makes a throw-away venv in ``.venvs/bundle`` with the Python running this script (it must be a shared-library
   build: PyInstaller ships ``libpython``);
2. installs cs-quiz there from a copy of the checkout, not editable, with ``-c constraints.txt`` (the tested Qt and
   library versions), so ``setup.py`` compiles the ``.qm`` translations into the installed package like a wheel;
   then PyInstaller, pinned below;
3. runs PyInstaller on ``packaging/cs-quiz.spec``: one folder (onedir) holding the ``cs-quiz`` program, Python,
   Qt (Core, Gui, Widgets, PrintSupport and the plugins they need, nothing else), the banks, fonts, style sheets,
   translations and kiosk files;
4. writes ``DIR/cs-quiz/`` and ``DIR/cs-quiz-<version>-<os>-<arch>.tar.gz`` (DIR defaults to ``dist/``, which git
   ignores) and prints the folder's size, the tarball's size and the time taken.

Why PyInstaller and one folder: a one-file build unpacks itself into a temporary folder at every start (slower,
and kiosks with a read-only /tmp fail); pyside6-deploy wraps Nuitka, which compiles to C: it needs a C compiler
and takes many minutes on a 2-core machine for a similar size. docs/bundle.md has the figures.

Windows and macOS (not built or tested here): the same command works there, run with a python.org Python 3.11+,
and writes ``cs-quiz-<version>-windows-amd64.zip`` / ``-macos-arm64.tar.gz`` beside the folder. What differs:

* Windows: the folder holds ``cs-quiz.exe`` (a console program, for the command line and the app started from a
  terminal). A shortcut to it opens a console window too; for one without, add a second ``EXE`` with
  ``console=False`` named ``cs-quiz-gui`` (entry: ``cs_quiz.cli.main:gui_main``) to the spec's ``COLLECT``; on
  Linux and macOS ``cs-quiz-gui`` is a shell script. The program is not signed: SmartScreen warns at first start.
* macOS: the folder runs from a terminal; an ``.app`` needs a ``BUNDLE(...)`` step in the spec (with
  ``bundle_identifier="io.github.cs_quiz.CsQuiz"``), and signing and notarising with an Apple developer
  account, which is not done here.
* Each bundle runs only on the system and processor it was built on (PyInstaller does not cross-compile), and on
  Linux on systems with a glibc at least as new as the build machine's (this one: Debian 12, glibc 2.36).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cs-quiz.spec"
VENV = ROOT / ".venvs" / "bundle"
# Pinned: a new PyInstaller can change what a bundle holds. Update both together and re-run packaging/ci_bundle.sh.
PYINSTALLER = ["pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9"]
# What pip needs to build the wheel from a copy of the checkout (a copy: `pip install .` writes build/ in the tree,
# where another build may be running).
SOURCES = ["pyproject.toml", "setup.py", "README.md", "LICENSE", "constraints.txt", "src", "questions", "resources"]


def version() -> str:
    text = (ROOT / "src" / "cs_quiz" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not found:
        raise SystemExit("build_bundle: no __version__ in src/cs_quiz/__init__.py")
    return found.group(1)


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x86_64") if system != "windows" else "amd64"
    return f"{system}-{machine}"


def run(*command: str | Path, cwd: Path | None = None) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def make_venv(keep: bool) -> Path:
    """The build venv's python. A fresh one unless ``keep`` (then reused when present: faster re-builds)."""
    if sys.platform != "win32" and not sysconfig.get_config_var("Py_ENABLE_SHARED"):
        raise SystemExit(
            f"build_bundle: {sys.executable} is not built with --enable-shared; PyInstaller needs libpython. "
            "Use a distribution's python3 or pyenv with PYTHON_CONFIGURE_OPTS=--enable-shared."
        )
    python = VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    if keep and python.exists():
        return python
    if VENV.exists():
        shutil.rmtree(VENV)
    run(sys.executable, "-m", "venv", VENV)
    return python


def install(python: Path, scratch: Path, reused: bool) -> None:
    """cs-quiz from a copy of the checkout (not editable: the .qm catalogues are compiled in), then PyInstaller."""
    source = scratch / "source"
    for name in SOURCES:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.qm"))
        else:
            source.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, source / name)
    pip: list[str | Path] = [python, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    run(*pip, "-c", ROOT / "constraints.txt", source)
    if reused:  # the same version may be there already: put this checkout's code in its place
        run(*pip, "--force-reinstall", "--no-deps", source)
    run(*pip, *PYINSTALLER)


def freeze(python: Path, out: Path, scratch: Path) -> Path:
    run(
        python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", out, "--workpath", scratch / "work", SPEC,
    )  # fmt: skip
    folder = out / "cs-quiz"
    if not (folder / ("cs-quiz.exe" if sys.platform == "win32" else "cs-quiz")).is_file():
        raise SystemExit(f"build_bundle: PyInstaller finished but {folder} holds no cs-quiz program")
    if sys.platform != "win32":
        add_gui_launcher(folder)
    return folder


def add_gui_launcher(folder: Path) -> None:
    """``cs-quiz-gui`` beside ``cs-quiz``, as pip installs it: what ``cs-quiz desktop-install`` puts in the menu entry.

    On Linux and macOS a console program shows no console window, so the launcher is a one-line shell script
    (a second frozen program would add ~6 MB for nothing); Windows needs a real one (docstring above).
    """
    launcher = folder / "cs-quiz-gui"
    # ${0%/*}, not $(dirname ...): the script runs no other program, whatever PATH a menu gives it.
    launcher.write_text('#!/bin/sh\nexec "${0%/*}/cs-quiz" gui "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)


def archive(folder: Path, out: Path, name: str) -> Path:
    """The folder as ``name.tar.gz`` (``.zip`` on Windows), written beside it and renamed when complete."""
    if sys.platform == "win32":
        target = out / f"{name}.zip"
        partial = target.with_name(target.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive_file:
            for path in sorted(folder.rglob("*")):
                archive_file.write(path, Path(name) / path.relative_to(folder))
    else:
        target = out / f"{name}.tar.gz"
        partial = target.with_name(target.name + ".part")
        with tarfile.open(partial, "w:gz", compresslevel=6) as archive_file:
            archive_file.add(folder, arcname=name)
    os.replace(partial, target)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build cs-quiz as a folder that runs without Python (PyInstaller, onedir) and a tarball of it.",
        epilog="Windows and macOS: see this script's docstring and docs/bundle.md.",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where to write them (default: dist/)")
    parser.add_argument(
        "--keep-venv", action="store_true", help="reuse .venvs/bundle when present (faster; default: a fresh one)"
    )
    args = parser.parse_args(argv)
    out: Path = args.out.resolve()
    started = time.monotonic()
    scratch = ROOT / "build" / "bundle"
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir(parents=True)
    reused = args.keep_venv and VENV.exists()
    python = make_venv(args.keep_venv)
    install(python, scratch, reused)
    folder = freeze(python, out, scratch)
    name = f"cs-quiz-{version()}-{platform_tag()}"
    tarball = archive(folder, out, name)
    shutil.rmtree(scratch)
    print(f"bundle folder: {folder} ({megabytes(folder_size(folder))})")
    print(f"archive:       {tarball} ({megabytes(tarball.stat().st_size)})")
    print(f"built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
