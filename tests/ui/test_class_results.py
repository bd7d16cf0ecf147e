"""The Class results window (issue 18), as a teacher uses it: behind a password, results gathered by dropping the
kiosks' folders, a ZIP and loose files on it, labelled, read as a group, as item statistics and before / after, and
handed out as a PDF whose figures are the command line's."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from class_day import grown, kiosk_day, people
from gui_helpers import focused, press
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from cs_quiz.bank.load import load_bundled
from cs_quiz.bank.model import Bank
from cs_quiz.cli.main import main as cli_main
from cs_quiz.kiosk import pin as pins
from cs_quiz.store.store import Store
from cs_quiz.ui.class_results.password import Access
from cs_quiz.ui.class_results.window import ClassResultsWindow

QUESTIONS = Path(__file__).resolve().parents[2] / "questions"
PASSWORD = "chalk-and-talk"


@pytest.fixture(scope="module")
def bank() -> Bank:
    return next(b for b in load_bundled().banks if b.meta.language == "en")


@pytest.fixture
def day(tmp_path: Path, bank: Bank) -> dict[str, Any]:
    """Three kiosks: two on Monday (24 people), one on Friday (18 of Monday's people again, grown, and 8 new);
    each kiosk's results folder on its own USB stick. The second stick arrives as a ZIP, the third as loose files
    with a stray photo and a broken file among them."""
    monday = people("P", 24, seed=1)
    friday = [grown(p) for p in monday[:18]] + people("N", 8, seed=3)
    kiosk_day(tmp_path / "kiosk1", tmp_path / "usb1", bank, monday[:12], "Monday", "quick", seed=1)
    kiosk_day(tmp_path / "kiosk2", tmp_path / "usb2", bank, monday[12:], "Monday", "quick", seed=2)
    kiosk_day(tmp_path / "kiosk3", tmp_path / "usb3", bank, friday, "Friday", "quick", seed=3)
    archive = tmp_path / "kiosk2-results.zip"
    with zipfile.ZipFile(archive, "w") as z:
        for f in sorted((tmp_path / "usb2").iterdir()):
            z.write(f, f"results/{f.name}")
    loose = sorted((tmp_path / "usb3").glob("*.json"))
    (tmp_path / "usb3" / "photo.jpg").write_bytes(b"\xff\xd8 not results")
    broken = tmp_path / "usb3" / "cs-quiz-result-broken.json"
    broken.write_text('{"format": "cs-quiz-results", "attempts": [', encoding="utf-8")
    return {"usb1": tmp_path / "usb1", "zip": archive, "loose": [*loose, broken], "monday": 24, "friday": 26}


def open_with_password(qtbot: Any, window: Any, *, first_time: bool) -> ClassResultsWindow:
    """File › Class results (Ctrl+Shift+R), then the password typed as a person types it."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.objectName() == "classResultsDoor"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and focused().window() is dialog)
    qtbot.keyClicks(focused(), PASSWORD)
    if first_time:
        press(qtbot, Qt.Key.Key_Tab)
        qtbot.keyClicks(focused(), PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(isinstance(w, ClassResultsWindow) for w in QApplication.topLevelWidgets()))
    [shown] = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClassResultsWindow)]
    qtbot.waitExposed(shown)
    return shown


def drop(qtbot: Any, target: Any, paths: list[Path]) -> None:
    """Drag ``paths`` from a file manager and drop them on ``target``, as Qt delivers it."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(target.width() // 2, target.height() // 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(where, action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the window takes the drag"
    dropped = QDropEvent(QPointF(where), action, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, dropped)
    assert dropped.isAccepted()


def choose(combo: Any, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    combo.setCurrentIndex(index)


def cli_json(capsys: Any, data_dir: Path, *args: str) -> dict[str, Any]:
    capsys.readouterr()
    assert cli_main(["--data-dir", str(data_dir), *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_facilitators_day(
    qtbot: Any, make_window: Any, day: dict[str, Any], data_dir: Path, tmp_path: Path, capsys: Any
) -> None:
    window = make_window(banks=QUESTIONS)
    crw = open_with_password(qtbot, window, first_time=True)

    drop(qtbot, crw, [day["usb1"], day["zip"], *day["loose"]])
    report = crw.report.text()
    assert report.startswith("Imported: 50 new, 0 already here, 1 file(s) refused."), report
    assert "cs-quiz-result-broken.json" in report, "the refused file is named, with its reason"
    assert crw.list.table.rowCount() == 50 and len(crw.list.chosen_ids()) == 50, "what came in is chosen"
    assert "Participant code" in [crw.list.table.horizontalHeaderItem(c).text() for c in range(6)]
    names = {crw.list.table.item(r, 2).text() for r in range(50)}
    assert "P01" in names and "N08" in names

    drop(qtbot, crw, [day["usb1"], day["zip"]])
    assert crw.report.text().startswith("Imported: 0 new, 24 already here, 0 file(s) refused."), "no doubles"
    assert crw.list.table.rowCount() == 50

    # The Monday group, on screen and as the handout.
    choose(crw.cohort, "Monday")
    qtbot.waitUntil(lambda: crw.list.table.rowCount() == 24)
    crw.tabs.setCurrentWidget(crw.group_view)
    screen = crw.group_view.toPlainText()
    assert "Started: 24. Finished: 24 (completion 100 %)." in screen
    assert "class Monday" in screen
    pdf = tmp_path / "monday.pdf"
    assert crw.write_pdf(pdf)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Started: 24. Finished: 24" in text
    figures = cli_json(capsys, data_dir, "stats", "--cohort", "monday", "--items")
    group = figures["group"]
    assert (group["started"], group["finished"]) == (24, 24)
    shown_group, shown_items = crw.figures()
    assert [(b.band, b.count) for b in shown_group.bands] == [(b["band"], b["count"]) for b in group["bands"]]
    for mine, theirs in zip(shown_group.competencies, group["competencies"], strict=True):
        assert mine.competency == theirs["competency"]
        assert mine.summary.median == pytest.approx(theirs["summary"]["median"])
    for b in shown_group.bands:
        if b.count and b.band not in ("withheld", "not-scored"):
            assert f"{b.name} {b.count}" in text, f"band {b.name} with its count in the PDF"
    assert shown_items.finished == figures["items"]["finished"] == 24 and shown_items.too_few, "below 30: not judged"
    sheet = tmp_path / "monday.csv"
    assert crw.write_csv(sheet)
    capsys.readouterr()
    assert cli_main(["--data-dir", str(data_dir), "stats", "--cohort", "Monday", "--csv"]) == 0
    assert sheet.read_bytes().decode("utf-8") == capsys.readouterr().out, "the same table as stats --csv"
    assert "attempts,finished,Finished,24,100.0" in sheet.read_text(encoding="utf-8-sig").splitlines()[2]
    assert "Too few finished attempts to judge (24; at least 30)." in crw.items_view.toPlainText()

    # Everyone: enough for item statistics.
    choose(crw.cohort, "All classes")
    qtbot.waitUntil(lambda: crw.list.table.rowCount() == 50)
    items_text = crw.items_view.toPlainText()
    assert "How well the questions work" in items_text and "Each question" in items_text
    assert cli_json(capsys, data_dir, "stats", "--items")["items"]["finished"] == 50

    # Before and after: Monday (first) to Friday, 18 people came back.
    crw.tabs.setCurrentIndex(3)
    assert (crw.before.currentText(), crw.after.currentText()) == ("Monday", "Friday"), "in the order they came"
    compare = crw.compare_view.toPlainText()
    assert "People with an attempt in both (the same participant code): 18." in compare
    paired = cli_json(capsys, data_dir, "compare", "--before", "Monday", "--after", "Friday")["compare"]
    assert paired["pairs"] == 18
    moved = "Readiness bands: {up} moved up, {same} stayed, {down} moved down".format(**paired["bands"])
    assert moved in compare
    assert all(c["mean_change"] > 0 for c in paired["competencies"]), "they grew: the simulation says so"
    crw.unpaired.click()
    assert "People who finished: 24 in Monday, 26 in Friday." in crw.compare_view.toPlainText()


def test_a_class_label_goes_on_the_chosen_results(qtbot: Any, make_window: Any, day: dict[str, Any]) -> None:
    window = make_window(banks=QUESTIONS)
    crw = open_with_password(qtbot, window, first_time=True)
    drop(qtbot, crw, [day["usb1"]])
    assert len(crw.list.chosen_ids()) == 12
    crw.list.label_field.setFocus()
    qtbot.keyClicks(crw.list.label_field, "  Year 11   careers ")
    qtbot.keyClick(crw.list.label_field, Qt.Key.Key_Return)
    assert window.store.cohorts() == [("Year 11 careers", 12)]
    assert "12 result(s) put in the class “Year 11 careers”." in crw.list.message.text()
    assert crw.cohort.findText("Year 11 careers") >= 0, "the new class can be chosen at once"
    crw.list.table.setFocus()
    crw.list.table.clearSelection()
    crw.list.table.selectRow(0)
    crw.list.label_field.clear()
    crw.list.put.click()
    assert window.store.cohorts() == [("Year 11 careers", 11)], "an empty label takes one out of its class"


def test_the_password_keeps_others_out(qtbot: Any, make_window: Any, data_dir: Path) -> None:
    window = make_window(banks=QUESTIONS)
    Access(window.store).set_password(PASSWORD)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)
    qtbot.keyClicks(focused(), "guess-one")
    press(qtbot, Qt.Key.Key_Return)
    assert "That is not the password. Tries left before a pause: 4." in dialog.message.text()
    assert dialog.isVisible() and not any(isinstance(w, ClassResultsWindow) for w in QApplication.topLevelWidgets())
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not any(isinstance(w, ClassResultsWindow) for w in QApplication.topLevelWidgets())
    stored = window.store.get_setting("class_results.password_hash")
    assert PASSWORD not in json.dumps(stored) and stored.startswith("scrypt$"), "only a salted hash is kept"


def test_the_facilitators_pin_opens_it_too(qtbot: Any, make_window: Any) -> None:
    window = make_window(banks=QUESTIONS)
    pins.set_pin(window.store, "4821")
    access = Access(window.store)
    assert access.has_secret and not access.has_password
    assert access.check("1234").outcome is pins.Outcome.WRONG
    assert access.check("4821").outcome is pins.Outcome.OK
    access.set_password(PASSWORD)
    assert access.check(PASSWORD).outcome is pins.Outcome.OK and access.check("4821").outcome is pins.Outcome.OK


def test_wrong_tries_lock_out_even_the_right_password(tmp_path: Path) -> None:
    now = [0.0]
    with Store.open(tmp_path) as store:
        access = Access(store, clock=lambda: now[0])
        access.set_password(PASSWORD)
        for _ in range(pins.MAX_TRIES - 1):
            assert access.check("nope-nope").outcome is pins.Outcome.WRONG
        assert access.check("nope-nope").outcome is not pins.Outcome.OK
        assert access.check(PASSWORD).outcome is pins.Outcome.LOCKED
        assert Access(store, clock=lambda: now[0]).guard.locked_for() > 0, "a restart does not lift the pause"


def test_a_short_or_mismatched_password_is_refused(qtbot: Any, make_window: Any) -> None:
    from cs_quiz.ui.class_results.dialogs import SetPasswordDialog

    window = make_window(banks=QUESTIONS)
    dialog = SetPasswordDialog(Access(window.store), window)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.first, "abc")
    qtbot.keyClicks(dialog.second, "abc")
    dialog.submit()
    assert "at least 6 characters" in dialog.message.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.first, "abcdefg")
    qtbot.keyClicks(dialog.second, "abcdefh")
    dialog.submit()
    assert "The two passwords differ" in dialog.message.text()
    assert window.store.get_setting("class_results.password_hash") is None


def test_only_local_files_are_taken(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(banks=QUESTIONS)
    crw = ClassResultsWindow(window.store, window.banks, window)
    qtbot.addWidget(crw)
    data = QMimeData()
    data.setUrls([QUrl("https://example.org/results.json")])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    enter.ignore()
    QApplication.sendEvent(crw, enter)
    assert not enter.isAccepted(), "a web address is not a file on this computer: refused, nothing fetched"


def test_an_empty_computer_says_what_to_do(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(banks=QUESTIONS)
    crw = ClassResultsWindow(window.store, window.banks, window)
    qtbot.addWidget(crw)
    assert crw.bank.count() == 0 and not crw.save_pdf.isEnabled()
    assert "import some above" in crw.group_view.toPlainText()
    copy = tmp_path / "copy"
    shutil.copytree(QUESTIONS, copy)
    crw.import_paths([copy])  # a folder of question banks (YAML, and a JSON schema), not results
    said = crw.report.text()
    assert said.startswith("Imported: 0 new, 0 already here, 1 file(s) refused."), said
    assert 'Refused: bank.schema.json — not a cs-quiz results file (no "format": "cs-quiz-results")' in said
    assert "other file(s) in the folders were not results files and were left alone" in said
    assert crw.bank.count() == 0, "nothing came in"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_alt_key_reaches_one_control(qtbot: Any, make_window: Any, lang: str) -> None:
    """Alt and a letter goes to one control of the window, in each language (a letter twice makes Alt+letter
    cycle between them, which a keyboard user cannot predict)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    window = make_window(banks=QUESTIONS, lang=lang)
    crw = ClassResultsWindow(window.store, window.banks, window)
    qtbot.addWidget(crw)
    texts = [w.text() for w in crw.findChildren(QAbstractButton)] + [w.text() for w in crw.findChildren(QLabel)]
    texts += [crw.tabs.tabText(i) for i in range(crw.tabs.count()) if isinstance(crw.tabs, QTabWidget)]
    keys = [m.group(1).casefold() for t in texts if (m := re.search(r"&(\w)", t.replace("&&", "")))]
    assert len(keys) >= 15, texts
    assert sorted(keys) == sorted(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
