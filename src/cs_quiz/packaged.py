"""Files shipped inside the app: style sheets, fonts and translations (the ``cs_quiz.resources`` folder).

pip installs the wheel as plain files, so the folder is a real one, and an editable install maps the package to the
checkout's ``resources/``; either way the package's own ``__file__`` says where it is. Reading it directly, rather
than through importlib.resources, keeps that module's import (a few milliseconds) off the app's start-up.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path


def resource(*parts: str) -> Path:
    """A file or folder inside ``resources/``, e.g. ``resource("kiosk", "kiosk.qss")``."""
    package = import_module("cs_quiz.resources")  # by name: the folder is mapped into the package at install
    return Path(str(package.__file__)).parent.joinpath(*parts)


def read_resource(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")
