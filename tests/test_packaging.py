"""What `pip install .` ships: every package of the source tree, the banks and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_every_subpackage_is_listed_for_the_wheel() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    src = ROOT / "src"
    found = {".".join(p.parent.relative_to(src).parts) for p in src.rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_the_installed_metadata_carries_one_version_and_the_licence() -> None:
    from importlib import metadata

    from cs_quiz import __version__

    meta = metadata.metadata("cs-quiz")
    assert meta["Version"] == __version__  # written once, in cs_quiz/__init__.py
    assert meta["License-Expression"] == "MIT"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    shipped = {Path(str(f)).name for f in metadata.files("cs-quiz") or []}
    assert {"LICENSE", "LICENSE-DejaVu.txt"} <= shipped, sorted(n for n in shipped if "LICEN" in n)
