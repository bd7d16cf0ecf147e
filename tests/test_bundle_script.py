"""The no-Python bundle's build files (packaging/), checked without building (packaging/ci_bundle.sh builds).

A bundle that lacks a data folder the app reads starts and then fails in front of a user; a Qt module the app
imports but the spec excludes fails the same way. These tests keep the spec in step with the source tree.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cs-quiz.spec"


def spec_value(name: str) -> object:
    """A literal assigned at the top of the spec (REQUIRED, UNUSED_QT), read without running PyInstaller."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no {name}")


def data_folders() -> set[str]:
    """Every folder of shipped data, as the installed package names it (questions/ -> cs_quiz/questions)."""
    roots = {"questions": "cs_quiz/questions", "resources": "cs_quiz/resources", "src/cs_quiz/starters": None}
    folders = set()
    for top, installed in roots.items():
        base = ROOT / top
        for path in base.rglob("*"):
            if path.is_file() and path.suffix not in {".py", ".pyc", ".ts"} and "__pycache__" not in path.parts:
                relative = path.parent.relative_to(base).as_posix()
                prefix = installed or "cs_quiz/starters"
                folders.add(prefix if relative == "." else f"{prefix}/{relative}")
    return folders


def test_the_spec_requires_every_data_folder_the_app_ships() -> None:
    required = {folder for folder, _pattern in spec_value("REQUIRED")}  # type: ignore[attr-defined]
    missing = data_folders() - required
    assert not missing, f"add these folders to REQUIRED in {SPEC.name}: {sorted(missing)}"
    # The translations are compiled at build time: the bundle must hold .qm catalogues, not the .ts sources.
    assert ("cs_quiz/resources/i18n", "*.qm") in spec_value("REQUIRED")  # type: ignore[operator]


def test_the_spec_excludes_no_qt_module_the_app_imports() -> None:
    imported = set()
    for path in (ROOT / "src" / "cs_quiz").rglob("*.py"):
        imported |= set(re.findall(r"from PySide6\.(Qt\w+) import", path.read_text(encoding="utf-8")))
    assert {"QtCore", "QtGui", "QtWidgets"} <= imported
    excluded = set(spec_value("UNUSED_QT"))  # type: ignore[call-overload]
    assert not imported & excluded, f"{SPEC.name} excludes Qt modules the app imports: {imported & excluded}"


def test_the_build_script_explains_itself_without_building() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "--out" in done.stdout and "Windows and macOS" in done.stdout


def test_the_smoke_test_fails_plainly_on_a_folder_without_a_bundle(tmp_path: Path) -> None:
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_bundle.sh"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith("FAIL: ") and "not an executable bundle" in done.stderr
