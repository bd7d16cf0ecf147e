"""The core runs without Qt: the CLI, tests and a headless import never pay for (or need) a GUI toolkit.

Every module of the package is core except the GUI (cs_quiz.ui), the PDF report (cs_quiz.report) and the chart
painter they share (cs_quiz.chartpaint), which may use Qt; a new module is core unless it is added to
GUI_MODULES here, on purpose.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cs_quiz

GUI_MODULES = {"ui", "report", "report_html", "report_markup", "chartpaint", "qtext", "__main__"}


def core_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(cs_quiz.__path__) if m.name not in GUI_MODULES)


def test_the_core_is_most_of_the_package() -> None:
    assert {"bank", "scoring", "advice", "answers", "engine", "cli"} <= set(core_modules())


def test_core_modules_import_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module('cs_quiz.' + name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"core modules pulled in Qt: {out.stdout}"
