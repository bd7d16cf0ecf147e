"""The live preview of a bank (issue 19), as its author meets it: the file is edited on disk while the window is
open — saved in place and written beside then renamed over — and the window follows within a moment, lists the
problems with their lines while still showing the last version that loaded, and comes back to the question the
author was on. Questions of any section are reached and answered by keyboard, and the results follow."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

import pytest
from gui_helpers import SMALL, focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QRadioButton

from cs_quiz.bank.load import bundled_folder
from cs_quiz.cli import preview as cli_preview
from cs_quiz.ui import language
from cs_quiz.ui.preview import editor
from cs_quiz.ui.preview import window as preview_window
from cs_quiz.ui.preview.reading import base_name, candidates
from cs_quiz.ui.preview.watcher import BankWatcher
from cs_quiz.ui.preview.window import PreviewWindow

RELOAD_MS = 2000  # the acceptance test's limit for a reload to be seen


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    folder = tmp_path / "authoring"
    folder.mkdir()
    path = folder / "small.yaml"
    shutil.copy(SMALL, path)
    return path


def open_window(qtbot, path: Path) -> PreviewWindow:  # type: ignore[no-untyped-def]
    window = PreviewWindow(path)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.reading is not None, timeout=RELOAD_MS)
    window.activateWindow()
    return window


def line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


def rename_over(path: Path, text: str) -> None:
    """Save as vim, gedit and VS Code's safe write do: a new file beside the old one, renamed over it."""
    temporary = path.with_name(f".{path.name}.swp-new")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def go_to(qtbot, window: PreviewWindow, section: str, qid: str) -> None:  # type: ignore[no-untyped-def]
    """Down the outline by arrow keys to ``qid`` in ``section``, then Enter: the keys land in its answers."""
    window.tree.setFocus()
    for _ in range(40):
        if window.tree.current_place() == (section, qid):
            break
        press(qtbot, Qt.Key.Key_Down)
    assert window.tree.current_place() == (section, qid)
    assert window.card.question is not None and window.card.question.id == qid  # shown as the cursor arrives
    press(qtbot, Qt.Key.Key_Return)
    assert window.card.editor is not None and window.card.editor.isAncestorOf(focused())


# ---- valid -> broken -> valid ----------------------------------------------------------------------------------
def test_a_break_is_listed_at_its_line_the_last_version_stays_and_the_fix_comes_back(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    assert window.bank is not None and not window.banner.isVisible() and not window.problems.isVisible()
    assert focused() is window.tree  # the keys start in the outline
    go_to(qtbot, window, "full", "sc-1")
    press(qtbot, Qt.Key.Key_1)  # best: the first option
    assert window.answers["sc-1"] == {"best": "a"}

    good = bank_file.read_text(encoding="utf-8")
    broken = good.replace("    scale: agree5\n    reverse: true", "    scale: agree6\n    reverse: true")
    bank_file.write_text(broken, encoding="utf-8")  # saved in place
    qtbot.waitUntil(lambda: window.problems.isVisible(), timeout=RELOAD_MS)
    [problem] = window.problems.problems
    assert problem.line == line_of(broken, "scale: agree6") and "agree6" in problem.message
    item = window.problems.list.item(0)
    assert item is not None and item.text().startswith(f"small.yaml:{problem.line}: ")
    assert window.banner.isVisible()
    assert "last version that loaded" in window.banner.text.text()
    assert window.main.isVisible() and window.bank is not None  # the last valid version, still there
    assert window.card.question is not None and window.card.question.id == "sc-1"
    assert window.tree.current_place() == ("full", "sc-1")

    bank_file.write_text(good.replace("What do you do?", "What do you do first?"), encoding="utf-8")
    qtbot.waitUntil(lambda: not window.problems.isVisible(), timeout=RELOAD_MS)
    assert not window.banner.isVisible()
    assert window.card.question is not None and window.card.question.id == "sc-1"
    assert window.card.text.text() == "What do you do first?"  # the new version, on the question we were on
    assert window.tree.current_place() == ("full", "sc-1")
    assert window.answers["sc-1"] == {"best": "a"}  # the answer given before the break
    assert window.card.editor is not None and window.card.editor.value() == {"best": "a"}


def test_a_save_by_rename_over_the_file_is_seen_again_and_again(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    good = bank_file.read_text(encoding="utf-8")
    for n in range(3):  # the watch on the file ends with each rename: the folder's brings it back
        title = f"Small test bank, draft {n}"
        with qtbot.waitSignal(window.reloaded, timeout=RELOAD_MS):
            rename_over(bank_file, good.replace("title: Small test bank", f"title: {title}"))
        qtbot.waitUntil(lambda t=title: window.bank is not None and window.bank.meta.title == t, timeout=RELOAD_MS)
        assert window.title.text().startswith(title)
    broken = good.replace("  - id: tools\n", "  - id: tools\n    colour: blue\n")
    rename_over(bank_file, broken)
    qtbot.waitUntil(lambda: window.problems.isVisible(), timeout=RELOAD_MS)
    assert [p.line for p in window.problems.problems] == [line_of(broken, "colour: blue")]


def test_a_bank_that_never_loaded_shows_only_its_problems(qtbot, bank_file: Path) -> None:
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("kind: trait", "kind: feeling"), encoding="utf-8")
    window = open_window(qtbot, bank_file)
    assert window.bank is None
    assert window.problems.isVisible() and window.problems.problems
    assert window.problems.problems[0].line == line_of(text, "kind: trait")
    assert not window.main.isVisible()  # no outline, card or results of a bank that does not exist
    assert not window.banner.isVisible()  # no "last version": there never was one
    assert not window.clear_all.isVisible() and not window.score_as.isVisible()  # nothing to clear or to score
    assert window.focusWidget() is window.problems.list  # the keys start on the first problem
    bank_file.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: window.main.isVisible(), timeout=RELOAD_MS)
    assert not window.problems.isVisible() and window.tree.current_place() == ("quick", "data-1")


def test_an_answer_to_a_question_that_went_is_dropped_and_the_rest_are_kept(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    go_to(qtbot, window, "full", "tools")
    press(qtbot, Qt.Key.Key_1)
    go_to(qtbot, window, "full", "education")
    press(qtbot, Qt.Key.Key_2)
    assert window.answers == {"tools": ["crm"], "education": "bachelor"}
    text = bank_file.read_text(encoding="utf-8")
    renamed = text.replace("{id: bachelor, text:", "{id: degree, text:").replace("is: bachelor}", "is: degree}")
    with qtbot.waitSignal(window.reloaded, timeout=RELOAD_MS):
        bank_file.write_text(renamed, encoding="utf-8")  # the option answered is now called something else
    assert not window.problems.isVisible(), [p.message for p in window.problems.problems]
    assert window.answers == {"tools": ["crm"]}
    assert window.dropped == 1 and "1" in window.status.text()
    assert window.tree.current_place() == ("full", "education")


# ---- jumping and answering --------------------------------------------------------------------------------------
def test_jumping_to_a_question_of_another_section_and_answering_it_changes_the_score(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    assert window.tree.current_place() == ("quick", "data-1")
    before = window.results.toPlainText()
    assert window.results.evaluation is not None and window.results.evaluation.score.score_of("data") is None
    go_to(qtbot, window, "full", "sc-1")  # past the Quick check, into the Full assessment
    with qtbot.waitSignal(window.results_changed, timeout=1000):
        press(qtbot, Qt.Key.Key_1)  # best: "Tell callers what you know." (patience 2 of 2)
    ev = window.results.evaluation
    assert ev is not None and ev.score.sections == ("full",)
    assert ev.score.score_of("patience") == 100
    after = window.results.toPlainText()
    assert after != before
    row = after.split("Patience")[1].split("\n")[:3]
    assert "100" in " ".join(row) and "\u2014" not in row[0], row  # the figure now, where "—" was

    window.clear_all.setFocus()
    with qtbot.waitSignal(window.results_changed, timeout=1000):
        press(qtbot, Qt.Key.Key_Space)
    assert window.answers == {}
    assert window.results.evaluation is not None and window.results.evaluation.score.score_of("patience") is None
    assert window.card.editor is not None and window.card.editor.value() is None


def test_score_as_a_chosen_section(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    go_to(qtbot, window, "quick", "data-1")
    press(qtbot, Qt.Key.Key_4)
    assert window.results.evaluation is not None and window.results.evaluation.score.sections == ("quick",)
    window.score_as.setCurrentIndex(window.score_as.findData("full"))
    assert window.results.evaluation.score.sections == ("full",)
    assert window.results.evaluation.score.total == 6


def test_the_results_keep_their_scroll_position_when_an_answer_changes(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    window.resize(900, 500)
    go_to(qtbot, window, "full", "data-1")
    press(qtbot, Qt.Key.Key_3)
    bar = window.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=1000)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    press(qtbot, Qt.Key.Key_4)
    assert window.answers["data-1"] == 4
    assert abs(bar.value() - kept) <= 2


# ---- problems open the editor -----------------------------------------------------------------------------------
def test_enter_on_a_problem_opens_the_file_at_its_line(qtbot, bank_file: Path, monkeypatch) -> None:
    opened: list[tuple[Path, int]] = []
    monkeypatch.setattr(editor, "open_at", lambda path, line=1: opened.append((Path(path), line)) or True)
    text = bank_file.read_text(encoding="utf-8")
    broken = text.replace("competency: patience\n", "competency: patiance\n").replace("max: 50", "max: fifty")
    bank_file.write_text(broken, encoding="utf-8")
    window = open_window(qtbot, bank_file)
    lines = [p.line for p in window.problems.problems]
    assert len(lines) == 2 and lines == sorted(lines)  # every problem at once, in the file's order
    window.problems.list.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert opened == [(bank_file, lines[1])]
    assert str(lines[1]) in window.status.text()


def test_the_editor_named_in_visual_gets_the_line_and_terminal_editors_are_never_started(monkeypatch) -> None:
    monkeypatch.setattr(editor.shutil, "which", lambda name: name if "/" in name else f"/usr/bin/{name}")
    bank = Path("/work/banks/my bank.yaml")
    assert editor.editor_command(bank, 12, {"VISUAL": "gedit"}) == ["/usr/bin/gedit", "+12", str(bank)]
    assert editor.editor_command(bank, 3, {"EDITOR": "code --wait"}) == [
        "/usr/bin/code",
        "--wait",
        "--goto",
        f"{bank}:3",
    ]
    assert editor.editor_command(bank, 5, {"VISUAL": "/opt/kde/bin/kate"}) == [
        "/opt/kde/bin/kate",
        "--line",
        "5",
        str(bank),
    ]
    for terminal in ("vim", "nano", "emacs -nw", "rm -rf ~; gedit", "'unbalanced"):
        assert editor.editor_command(bank, 1, {"VISUAL": terminal}) is None, terminal
    assert editor.editor_command(bank, 1, {}) is None
    monkeypatch.setattr(editor.shutil, "which", lambda name: None)
    assert editor.editor_command(bank, 1, {"VISUAL": "gedit"}) is None  # not installed: the system's way


# ---- the watcher ------------------------------------------------------------------------------------------------
def test_other_files_in_the_folder_do_not_reload_the_bank(qtbot, bank_file: Path) -> None:
    watcher = BankWatcher(bank_file)
    with qtbot.assertNotEmitted(watcher.changed, wait=400):
        (bank_file.parent / ".small.yaml.swp").write_text("vim's swap file")
        (bank_file.parent / "notes.txt").write_text("ideas")
    with qtbot.waitSignal(watcher.changed, timeout=RELOAD_MS):
        bank_file.write_text(bank_file.read_text() + "\n# a comment\n")
    watcher.stop()


def test_a_file_deleted_for_good_is_said_and_its_return_is_seen(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    text = bank_file.read_text(encoding="utf-8")
    bank_file.unlink()
    qtbot.waitUntil(lambda: window.problems.isVisible(), timeout=RELOAD_MS)
    assert "cannot read the file" in window.problems.problems[0].message
    assert window.banner.isVisible() and window.main.isVisible()
    bank_file.write_text(text, encoding="utf-8")
    qtbot.waitUntil(lambda: not window.problems.isVisible(), timeout=RELOAD_MS)


# ---- languages --------------------------------------------------------------------------------------------------
def test_the_bank_in_another_language_beside_it_follows_the_interface(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "bundled-copy"
    folder.mkdir()
    for name in ("csd-readiness.yaml", "csd-readiness.es.yaml"):
        shutil.copy(bundled_folder() / name, folder / name)
    (folder / "other.es.yaml").write_text("format: 1\n")  # another name: not this bank's language
    assert base_name(folder / "csd-readiness.es.yaml") == "csd-readiness"
    assert candidates(folder / "csd-readiness.yaml") == [folder / "csd-readiness.es.yaml"]
    app = QApplication.instance()
    assert app is not None
    try:
        window = open_window(qtbot, folder / "csd-readiness.yaml")
        qtbot.waitUntil(lambda: window.bank_language.count() == 2, timeout=5000)
        assert window.bank_language.isVisible()
        go_to(qtbot, window, "quick", "customer-focus-2")
        press(qtbot, Qt.Key.Key_5)
        window.language.setFocus()
        press(qtbot, Qt.Key.Key_Down)  # English -> Español
        assert language.current_language() == "es"
        qtbot.waitUntil(lambda: window.bank is not None and window.bank.meta.language == "es", timeout=RELOAD_MS)
        assert window.path == folder / "csd-readiness.es.yaml"
        assert window.tree.current_place() == ("quick", "customer-focus-2")
        assert window.answers == {"customer-focus-2": 5}
        assert window.card.question is not None
        assert window.card.text.text() == window.bank.questions["customer-focus-2"].text  # the Spanish text
        # The bank's language on its own, back to English, with the interface left in Spanish.
        window.bank_language.setCurrentIndex(0)
        qtbot.waitUntil(lambda: window.bank is not None and window.bank.meta.language == "en", timeout=RELOAD_MS)
        assert language.current_language() == "es"
    finally:
        language.remove_translators(app)
        app.processEvents()


# ---- opening it -------------------------------------------------------------------------------------------------
def test_file_open_bank_from_the_main_window_by_keyboard(qtbot, make_window, bank_file: Path) -> None:
    window = make_window()
    assert window.menus.open_bank.shortcut().toString() == "Ctrl+O"
    qtbot.keyClick(focused(), Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = window.bank_dialog
    assert isinstance(dialog, QFileDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # as a window manager makes the newest window active
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None and name is focused()  # the file name is where typing starts
    qtbot.wait(300)  # the dialog reads its folder in the background
    qtbot.keyClicks(name, str(bank_file))
    qtbot.wait(300)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: window.findChildren(PreviewWindow) != [], timeout=2000)
    [preview] = window.findChildren(PreviewWindow)  # a child of the main window: it closes with it
    qtbot.waitUntil(lambda: preview.bank is not None, timeout=RELOAD_MS)
    assert preview.isVisible() and preview.path == bank_file
    assert preview.windowTitle() == "Preview: small.yaml"
    again = preview_window.open_preview(bank_file, window)  # the same file again: the same window, in front
    assert again is preview
    preview.close()  # and it is gone: opening the file again makes a new one
    qtbot.waitUntil(lambda: str(bank_file) not in preview_window._open, timeout=2000)


def test_the_preview_command_refuses_a_missing_file_and_a_folder(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(bank=tmp_path / "nothing.yaml", lang=None)
    assert cli_preview.cmd_preview(args) == 1
    assert "nothing.yaml: no such file" in capsys.readouterr().err
    assert cli_preview.cmd_preview(argparse.Namespace(bank=tmp_path, lang=None)) == 1
    assert "folder" in capsys.readouterr().err
    parser = argparse.ArgumentParser()
    cli_preview.add_commands(parser.add_subparsers())
    with pytest.raises(SystemExit) as usage:
        parser.parse_args(["preview", "bank.yaml", "--lang", "fr"])
    assert usage.value.code == 2
    assert set(cli_preview.INTERFACE_LANGUAGES) == set(language.LANGUAGES)


def test_a_save_that_changes_words_keeps_the_outline_where_it_was_scrolled(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "csd-readiness.yaml"
    shutil.copy(bundled_folder() / "csd-readiness.yaml", path)
    window = open_window(qtbot, path)
    window.resize(900, 500)
    bar = window.tree.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=1000)
    qtbot.wait(100)  # laid out at the new size
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    text = path.read_text(encoding="utf-8")
    with qtbot.waitSignal(window.reloaded, timeout=RELOAD_MS):
        path.write_text(text.replace("text: I can explain a hard problem", "text: I can explain a tricky problem"))
    assert bar.value() == kept
    [row] = [window.tree._item(place) for place in window.tree.places() if place == ("quick", "communication-2")]
    assert row is not None and row.text(0).startswith("communication-2 — I can explain a tricky problem")


def test_tab_goes_through_the_window_in_reading_order_and_every_control_has_a_name(qtbot, bank_file: Path) -> None:
    text = bank_file.read_text(encoding="utf-8")
    window = open_window(qtbot, bank_file)
    with qtbot.waitSignal(window.reloaded, timeout=RELOAD_MS):
        bank_file.write_text(text.replace("kind: trait", "kind: feeling"), encoding="utf-8")
    window.language.setFocus()
    chain = []
    for _ in range(30):
        chain.append(focused())
        press(qtbot, Qt.Key.Key_Tab)
        if focused() is chain[0]:
            break
    card = window.card
    assert card.editor is not None
    assert chain == [
        window.language,
        window.score_as,
        window.open_file,
        window.clear_all,
        window.problems.list,
        window.tree,
        card.edit,  # beside "line 47", above the question
        card.editor.findChild(QRadioButton, "option1"),  # the checked answer, else the first: a radio group is one stop
        card.clear_one,
        card.before,
        card.after,
        window.results,
    ]
    assert all(w.accessibleName() for w in chain), [type(w).__name__ for w in chain if not w.accessibleName()]


def test_alt_keys_reach_the_lists_and_buttons(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    for key, target in (
        (Qt.Key.Key_I, window.language),
        (Qt.Key.Key_S, window.score_as),
    ):
        qtbot.keyClick(focused(), key, Qt.KeyboardModifier.AltModifier)
        assert focused() is target
    go_to(qtbot, window, "quick", "data-1")
    press(qtbot, Qt.Key.Key_4)
    assert window.answers == {"data-1": 4}
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Clear answers
    qtbot.waitUntil(lambda: window.answers == {}, timeout=1000)  # a mnemonic presses the button as a click shows


def test_the_keys_stay_in_the_answers_through_a_save(qtbot, bank_file: Path) -> None:
    window = open_window(qtbot, bank_file)
    go_to(qtbot, window, "full", "tools")
    press(qtbot, Qt.Key.Key_Down)  # within the answers: the second box
    where = focused()
    assert window.card.editor is not None and window.card.editor.isAncestorOf(where)
    text = bank_file.read_text(encoding="utf-8")
    with qtbot.waitSignal(window.reloaded, timeout=RELOAD_MS):
        bank_file.write_text(text.replace("title: Small test bank", "title: Small bank"), encoding="utf-8")
    assert focused() is where  # another part changed: the same widgets, the same place
    with qtbot.waitSignal(window.reloaded, timeout=RELOAD_MS):
        bank_file.write_text(text.replace("Which have you used?", "Which of these have you used?"), encoding="utf-8")
    assert window.card.text.text() == "Which of these have you used?"
    assert window.card.editor is not None and window.card.editor.isAncestorOf(focused())  # this question, anew
