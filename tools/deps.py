"""The test environment's dependencies: refresh the lock, or run the suite on the newest or the lowest releases.

    python3 tools/deps.py lock      # re-resolve constraints.txt for every Python listed in PYTHONS that is here
    python3 tools/deps.py newest    # the suite against the newest releases pyproject.toml allows (no lock)
    python3 tools/deps.py lowest    # the suite against the lower bounds pyproject.toml states
    python3 tools/deps.py locked --python 3.13   # the suite, locked, on another Python
    python3 tools/deps.py has-python --python 3.13   # exit 0 if that Python is installed here

``constraints.txt`` pins every package of the test environment (``pip install -c constraints.txt '.[test]'``,
the README's test command), so a release upstream cannot turn main red overnight. ``pyproject.toml`` keeps ranges:
cs-quiz is installed beside other things and must not pin them. Where a package resolves differently on two
Pythons (PySide6 is capped below 6.12 on 3.11, see the README's Design), the lock gives each its own line with a
``python_version`` marker. Standard library only; each run works in its own throw-away venv under ``.venvs/``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "constraints.txt"
VENVS = ROOT / ".venvs"
PYTHONS = ("3.11", "3.12", "3.13")  # the lock covers each that is installed where it is refreshed
TEST_ENV = {"QT_QPA_PLATFORM": "offscreen"}


def find_python(version: str) -> str | None:
    """An interpreter of this minor version: this one, pyenv's, or ``python3.X`` on PATH."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        return sys.executable
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    for folder in sorted(pyenv.glob(f"{version}.*"), reverse=True) if pyenv.is_dir() else []:
        candidate = folder / "bin" / "python3"
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"python{version}")
    if found and "/shims/" not in found:  # a pyenv shim fails unless that version is selected
        return found
    return None


def project_requirements() -> list[str]:
    """The runtime and test requirements of pyproject.toml, as pip reads them (markers included)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + list(project["optional-dependencies"]["test"])


def fresh_venv(name: str, python: str) -> Path:
    folder = VENVS / name
    if folder.exists():
        shutil.rmtree(folder)
    subprocess.run([python, "-m", "venv", str(folder)], check=True)
    return folder / "bin" / "python"


def resolve(python: str, version: str) -> dict[str, str]:
    """What pip would install for the project's requirements on this Python today: {name: version}."""
    venv_python = fresh_venv(f"resolve-{version}", python)
    report = VENVS / f"resolve-{version}.json"
    subprocess.run(
        [str(venv_python), "-m", "pip", "install", "-q", "--dry-run", "--ignore-installed", "--report", str(report)]
        + project_requirements(),
        check=True,
    )
    items = json.loads(report.read_text(encoding="utf-8"))["install"]
    return {item["metadata"]["name"]: item["metadata"]["version"] for item in items}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def write_lock(resolved: dict[str, dict[str, str]]) -> str:
    """One line per package; a package that differs between Pythons gets a line per Python range."""
    versions = sorted(resolved, key=lambda v: tuple(int(p) for p in v.split(".")))
    names = sorted({n for found in resolved.values() for n in found}, key=_canonical)
    lines = [
        "# The test environment, pinned: pip install -c constraints.txt '.[test]' (the README's test command).",
        f"# Resolved for Python {', '.join(versions)} by `python3 tools/deps.py lock`; refresh with that command,",
        "# then run the suite (README, 'Dependencies'). pyproject.toml keeps the ranges a user's install gets.",
    ]
    for name in names:
        pins = {v: resolved[v].get(name) for v in versions}
        if len(set(pins.values())) == 1:
            lines.append(f"{name}=={pins[versions[0]]}")
            continue
        start = 0
        for end in range(1, len(versions) + 1):  # one line per run of Pythons that agree
            if end < len(versions) and pins[versions[end]] == pins[versions[start]]:
                continue
            if pins[versions[start]] is not None:
                low = f'python_version >= "{versions[start]}"' if start else ""
                high = f'python_version < "{versions[end]}"' if end < len(versions) else ""
                marker = " and ".join(m for m in (low, high) if m)
                lines.append(f"{name}=={pins[versions[start]]}; {marker}")
            start = end
    return "\n".join(lines) + "\n"


def lowest_constraints() -> str:
    """``name==lower bound`` for every requirement that states one (``>=X``)."""
    lines = []
    for requirement in project_requirements():
        spec, _, marker = requirement.partition(";")
        match = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*([^;]*)", spec)
        if not match:
            continue
        name, bounds = match.groups()
        low = re.search(r">=\s*([0-9][^,\s]*)", bounds)
        if low:
            lines.append(f"{name}=={low.group(1)}" + (f"; {marker.strip()}" if marker.strip() else ""))
    return "\n".join(lines) + "\n"


def run_suite(name: str, python: str, constraints: Path | None) -> int:
    venv_python = fresh_venv(name, python)
    pip = [str(venv_python), "-m", "pip", "install", "-q"]
    if constraints is not None:
        pip += ["-c", str(constraints)]
    subprocess.run(pip + [f"{ROOT}[test]"], check=True)
    freeze = subprocess.run([str(venv_python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True)
    print(f"== {name}: " + ", ".join(line for line in freeze.stdout.split() if "==" in line), flush=True)
    env = {**os.environ, **TEST_ENV}
    return subprocess.run(
        [str(venv_python), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT, env=env
    ).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=["lock", "newest", "lowest", "locked", "has-python"])
    parser.add_argument("--python", default=f"{sys.version_info.major}.{sys.version_info.minor}")
    args = parser.parse_args(argv)
    VENVS.mkdir(exist_ok=True)
    if args.mode == "lock":
        resolved = {}
        for version in PYTHONS:
            python = find_python(version)
            if python is None:
                print(f"Python {version} is not installed here: the lock will not cover it", file=sys.stderr)
                continue
            resolved[version] = resolve(python, version)
        if not resolved:
            print("no Python of " + ", ".join(PYTHONS) + " found", file=sys.stderr)
            return 1
        LOCK.write_text(write_lock(resolved), encoding="utf-8")
        print(f"wrote {LOCK.relative_to(ROOT)} for Python {', '.join(resolved)}; now run the suite")
        return 0
    python = find_python(args.python)
    if args.mode == "has-python":
        return 0 if python else 1
    if python is None:
        print(f"Python {args.python} is not installed here", file=sys.stderr)
        return 3
    if args.mode == "newest":
        return run_suite(f"newest-{args.python}", python, None)
    if args.mode == "lowest":
        lowest = VENVS / "lowest-constraints.txt"
        lowest.write_text(lowest_constraints(), encoding="utf-8")
        return run_suite(f"lowest-{args.python}", python, lowest)
    return run_suite(f"locked-{args.python}", python, LOCK)


if __name__ == "__main__":
    sys.exit(main())
