"""Build hook: compile the translations when the package is built (the metadata is all in pyproject.toml).

The ``.ts`` sources in ``resources/i18n`` are what people edit and commit; the compiled ``.qm`` catalogues the app
loads are build outputs, made here with the lrelease that ships in PySide6 (a build requirement) and written into
the built package, so a wheel ships ``cs_quiz/resources/i18n/cs_quiz_<lang>.qm``. An editable install gets no
``.qm``: the app compiles the ``.ts`` into its cache folder when it starts (``cs_quiz.ui.language.catalogue``).
See docs/translations.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SOURCES = Path(__file__).resolve().parent / "resources" / "i18n"


def lrelease() -> str:
    import PySide6  # a build requirement (pyproject.toml, [build-system] requires)

    folder = Path(PySide6.__file__).resolve().parent
    return str(folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease"))


class BuildWithTranslations(build_py):
    """``build_py``, then ``lrelease`` on every ``resources/i18n/*.ts`` into the built ``cs_quiz/resources/i18n``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the source tree stays free of build outputs; the app compiles into its cache instead
        target = Path(self.build_lib) / "cs_quiz" / "resources" / "i18n"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted(SOURCES.glob("*.ts")):
            qm = target / (ts.stem + ".qm")
            subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file():
                raise SystemExit(f"lrelease made no {qm} from {ts}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        target = Path(self.build_lib) / "cs_quiz" / "resources" / "i18n"
        return outputs + [str(target / (ts.stem + ".qm")) for ts in sorted(SOURCES.glob("*.ts"))]


setup(cmdclass={"build_py": BuildWithTranslations})
