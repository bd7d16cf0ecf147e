"""The house plan holds: the import contracts in pyproject.toml ([tool.importlinter]) are kept, and the core runs
without Qt, so the CLI, tests and a headless import never pay for (or need) a GUI toolkit.

Which packages are Qt-free is said once, in the contract; the runtime check below reads it from there and imports
every module of those packages, so a new module is covered without a list to keep.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import tomllib
from importlib import import_module
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def qt_free_modules() -> list[str]:
    (contract,) = [c for c in CONTRACTS if c["name"].startswith("The core imports no Qt")]
    names = []
    for source in contract["source_modules"]:
        module = import_module(source)
        names.append(source)
        if hasattr(module, "__path__"):
            names += [m.name for m in pkgutil.walk_packages(module.__path__, source + ".")]
    return sorted(names)


def test_the_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    out = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in out.stdout


def test_the_core_is_most_of_the_package() -> None:
    found = qt_free_modules()
    for module in ("cs_quiz.bank.load", "cs_quiz.scoring.engine", "cs_quiz.attempts.session", "cs_quiz.store.store"):
        assert module in found


def test_core_modules_import_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {qt_free_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core modules pulled in Qt: {out.stdout}"


def test_scoring_from_the_command_line_loads_no_qt(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text("data-1: 4\npatience-1: 2\n", encoding="utf-8")
    bank = ROOT / "tests" / "fixtures" / "banks" / "small.yaml"
    code = (
        "import sys\n"
        "from cs_quiz.cli.main import main\n"
        f"code = main(['score', {str(bank)!r}, {str(answers)!r}, '--json'])\n"
        "print('QT:' + ','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert '"readiness"' in out.stdout
    assert out.stderr.strip().endswith("QT:"), out.stderr
