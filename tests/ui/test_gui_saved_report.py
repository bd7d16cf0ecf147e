"""Saving the report as a person expects (issue 17): the dialog opens in their Documents folder, or their home when
there is none (never the folder cs-quiz was started from), and once saved, Open and Show in folder are offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from test_gui_report import finish_quick_check

from cs_quiz.ui.report_actions import documents_folder


def test_save_opens_in_the_documents_folder_or_home(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(tmp_path)  # the working folder is somewhere else
    assert Path(documents_folder()) == home, "no Documents folder: home"
    (home / "Documents").mkdir()
    assert Path(documents_folder()) == home / "Documents"
    window = make_window()
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    qtbot.keyClick(window.results.save, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = window.reports.dialog
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    dialog.reject()


def test_a_saved_report_offers_open_and_show_in_folder(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = make_window()
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    target = tmp_path / "report.pdf"
    with qtbot.waitSignal(window.reports.saved, timeout=10000):
        window.reports.save(window.evaluation, str(target))
    bar = window.bar
    assert bar.isVisible() and str(target) in bar.text()
    assert bar.open_button.isVisible() and bar.folder_button.isVisible()
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(target), str(tmp_path)]
    bar.show_message("Something else")
    assert not bar.open_button.isVisible(), "Open belongs to the saved file only"
