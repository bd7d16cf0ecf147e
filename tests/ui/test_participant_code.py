"""The start page's class fields (issue 18): a participant code and a class or workshop typed by a person go on their
attempt; they are remembered only while the person wants their details remembered; and "where I stand in this
class", asked for on the start page, shows on the results and in the PDF only with 20 others who finished."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_helpers import focused, press, type_text
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cs_quiz.stats.standing import standing
from cs_quiz.store.store import Store
from cs_quiz.ui import settings
from cs_quiz.ui.main_window import MainWindow
from cs_quiz.ui.settings import AppSettings
from factories import finished_in_cohort
from gui_fixtures import writes_landed


def finish_quick_check(qtbot: Any, window: MainWindow) -> None:
    """From a focused Quick check button: start, answer 2, 4, 3 and finish, by keys."""
    press(qtbot, Qt.Key.Key_Space)
    assert window.session is not None
    for key in (Qt.Key.Key_2, Qt.Key.Key_Return, Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_3, Qt.Key.Key_Return):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_Return)  # Finish
    assert window.stack.currentWidget() is window.results


def fill_in(qtbot: Any, window: MainWindow, code: str, cohort: str, *, stand: bool = False) -> None:
    """Open the class fields, type the code and the class as a person does, Tab from the nickname; tick "where I
    stand" if asked."""
    welcome = window.welcome
    welcome.nickname.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is welcome.class_toggle
    if not welcome.class_toggle.isChecked():
        assert not welcome.code.isVisibleTo(window)
        press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is welcome.code
    type_text(qtbot, code)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is welcome.cohort
    type_text(qtbot, cohort)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is welcome.show_standing and welcome.show_standing.isEnabled()
    if stand:
        press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is welcome.section_buttons["quick"]


def stored(window: MainWindow) -> Any:
    writes_landed(window)
    [attempt] = window.store.history()
    return attempt


def test_the_code_and_class_typed_go_on_the_attempt(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    fill_in(qtbot, window, "  fox-17 ", "Year 11  careers")
    finish_quick_check(qtbot, window)
    attempt = stored(window)
    assert (attempt.code, attempt.cohort) == ("fox-17", "Year 11 careers"), "trimmed, spaces tidied"
    assert window.results.findChildren(QLabel, "standing") == [], "not asked for"


def test_nothing_typed_starts_as_before(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    w = window.welcome
    assert not w.class_toggle.isChecked() and not w.code.isVisibleTo(window), "closed for someone on their own"
    w.class_toggle.click()
    assert w.code.isVisibleTo(window) and w.cohort.isVisibleTo(window)
    assert not w.show_standing.isEnabled(), "where I stand needs a class"
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    attempt = stored(window)
    assert (attempt.code, attempt.cohort) == (None, None)


def test_control_characters_never_reach_the_store(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.welcome.class_toggle.setChecked(True)
    window.welcome.code.setText("ab\tc\u200bd\x07")  # as a paste might bring them
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    assert stored(window).code == "ab c d"
    assert window.welcome.code.maxLength() == 40 and window.welcome.cohort.maxLength() == 60


def test_details_are_remembered_only_while_the_person_wants(qtbot: Any, make_window: Any) -> None:
    first = make_window()
    assert first.welcome.remember_nickname.isChecked()
    fill_in(qtbot, first, "fox-17", "Year 11", stand=True)
    finish_quick_check(qtbot, first)
    writes_landed(first)
    first.close()
    first.store.close()

    second = make_window()
    w = second.welcome
    assert (w.code.text(), w.cohort.text(), w.show_standing.isChecked()) == ("fox-17", "Year 11", True)
    assert w.class_toggle.isChecked(), "open, since there is something in it"
    w.remember_nickname.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # off: what was kept goes at once
    assert not w.remember_nickname.isChecked()
    kept = AppSettings()
    assert (kept.get(settings.LAST_CODE), kept.get(settings.LAST_COHORT), kept.get(settings.SHOW_STANDING)) == (
        "",
        "",
        False,
    )
    w.code.clear()
    fill_in(qtbot, second, "owl-3", "Year 12")
    finish_quick_check(qtbot, second)
    writes_landed(second)
    second.close()
    second.store.close()

    third = make_window()
    w = third.welcome
    assert (w.code.text(), w.cohort.text(), w.show_standing.isChecked()) == ("", "", False), "the next person's"
    assert not w.class_toggle.isChecked()


def test_on_a_shared_computer_the_start_page_keeps_no_ones_code(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    window.welcome.remember_nickname.setChecked(False)
    fill_in(qtbot, window, "fox-17", "Year 11", stand=True)
    finish_quick_check(qtbot, window)
    window.results.home.click()
    w = window.welcome
    assert window.stack.currentWidget() is w
    assert (w.code.text(), w.show_standing.isChecked()) == ("", False), "the next person's start"
    assert w.cohort.text() == "Year 11", "the class is the room's, not the person's"


def test_what_the_closed_fields_hold_is_not_used(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    fill_in(qtbot, window, "fox-17", "Year 11")
    window.welcome.class_toggle.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # closed again: the person changed their mind
    window.welcome.section_buttons["quick"].setFocus()
    finish_quick_check(qtbot, window)
    attempt = stored(window)
    assert (attempt.code, attempt.cohort) == (None, None)


def seed_class(data_dir: Path, banks_dir: Path, n: int, cohort: str) -> list[int]:
    """``n`` others who finished the small bank's Quick check in ``cohort``; the readiness each was shown."""
    from cs_quiz.bank.load import load_bank

    bank = load_bank(banks_dir / "small.yaml").bank
    assert bank is not None
    with Store.open(data_dir) as store:
        shown = finished_in_cohort(store, bank, n, cohort)
        store.start_attempt(bank_id=bank.meta.id, bank_version="1.0", bank_hash="h", sections=["quick"], cohort=cohort)
    return shown  # (and one who never finished: not counted)


def saved_pdf_text(qtbot: Any, window: MainWindow, target: Path) -> str:
    qtbot.keyClick(window.results.save, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dialog = window.reports.dialog
    assert dialog is not None
    dialog.selectFile(str(target))
    with qtbot.waitSignal(window.reports.saved, timeout=10000):
        dialog.accept()
    return " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())


@pytest.mark.parametrize(
    ("others", "asked", "said"),
    [(20, True, True), (19, True, False), (25, False, False)],
    ids=["20 others, asked", "19 others", "not asked"],
)
def test_where_i_stand_shows_on_the_results_and_in_the_pdf_only_when_asked_and_20_others_finished(
    qtbot: Any,
    make_window: Any,
    data_dir: Path,
    banks_dir: Path,
    tmp_path: Path,
    others: int,
    asked: bool,
    said: bool,
) -> None:
    shown = seed_class(data_dir, banks_dir, others, "Year 11")
    seed_class(data_dir, banks_dir, 5, "Year 12")  # another class: never counted
    window = make_window()
    fill_in(qtbot, window, "fox-17", "year 11", stand=asked)
    window.welcome.set_resume(None, None)  # the seeded unfinished attempt is not this person's
    finish_quick_check(qtbot, window)
    lines = [w.text() for w in window.results.findChildren(QLabel, "standing")]
    text = saved_pdf_text(qtbot, window, tmp_path / "report.pdf")
    if not said:
        assert lines == [] and window.standing == ""
        assert "higher than that of" not in text
        return
    ev = window.evaluation
    assert ev is not None
    sentence = (
        f"Your readiness score is higher than that of {standing(ev.score.readiness.rounded, shown)}% of the "
        f"{others} others in year 11."
    )
    assert lines == [sentence]
    assert sentence in text


def test_a_past_result_opened_from_the_history_says_nothing_about_the_class(
    qtbot: Any, make_window: Any, data_dir: Path, banks_dir: Path
) -> None:
    seed_class(data_dir, banks_dir, 20, "Year 11")
    window = make_window()
    fill_in(qtbot, window, "", "Year 11", stand=True)
    window.welcome.set_resume(None, None)
    finish_quick_check(qtbot, window)
    assert window.standing
    writes_landed(window)
    window.results.history.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)
    window.history.list.setCurrentRow(0)
    window.history.open.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    assert window.standing == "" and window.results.findChildren(QLabel, "standing") == []


@pytest.mark.parametrize("theme_id", ["light", "dark", "high-contrast"])
def test_the_class_fields_fit_at_1024x600_with_200_percent_text_in_spanish(
    qtbot: Any, make_window: Any, theme_id: str
) -> None:
    """As the layout sweep (tests/ui/test_layout_sweep.py) looks at the start page, with the class fields open and
    filled in as far as they go."""
    from PySide6.QtCore import QLocale, QSize

    import layout_checks as lc
    from cs_quiz.ui import language, theme

    app, locale = qtbot_app(), QLocale()
    try:
        window = make_window(lang="es", size=(1024, 600))
        window.choose_theme(theme_id)
        window.appearance.set_size(200)
        w = window.welcome
        w.class_toggle.setChecked(True)
        w.code.setText("W" * 40)
        w.cohort.setText("Año 11, orientación profesional, grupo del martes por la tarde")
        w.show_standing.setChecked(True)
        lc.settle()
        found = lc.problems(window, QSize(1024, 600))
        assert found == {name: [] for name in found}
        for field in (w.class_toggle, w.code, w.code_hint, w.cohort, w.show_standing):
            assert field.isVisible() and field.width() > 0
    finally:
        language.remove_translators(app)
        QLocale.setDefault(locale)
        theme.apply(app, "light", theme.NORMAL_SIZE)


def qtbot_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert app is not None
    return app
