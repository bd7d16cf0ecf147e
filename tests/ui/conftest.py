"""GUI tests: offscreen, each with its own data folder, QSettings folder and bank folder (tests/gui_fixtures.py)."""

from __future__ import annotations

from gui_fixtures import banks_dir, data_dir, make_window, settings_dir  # noqa: F401 - fixtures, found by name
