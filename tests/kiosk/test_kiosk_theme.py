"""The kiosk's theme and text size: chosen by the facilitator (panel or ``kiosk-setup``), stored with the other
kiosk options, and put on the kiosk from the same theme data as the desktop app."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from kiosk_helpers import PIN, flush_deletes
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QComboBox

from cs_quiz.appearance import contrast, themes
from cs_quiz.appearance.themes import HIGH_CONTRAST, THEMES
from cs_quiz.bank.model import Bank
from cs_quiz.kiosk import settings as ks
from cs_quiz.store.store import Store

TEMPLATE = (Path(__file__).resolve().parents[2] / "resources" / "kiosk" / "kiosk.qss").read_text(encoding="utf-8")


def test_theme_and_text_size_are_options_with_their_choices() -> None:
    theme, size = ks.BY_NAME["theme"], ks.BY_NAME["text_size"]
    assert theme.default == "light" and theme.choices == tuple(THEMES)
    assert theme.choice_labels == tuple(t.name for t in THEMES.values())  # English names, translated when shown
    assert size.default == 100 and size.unit == "%"
    from cs_quiz.ui.theme import TEXT_SIZES

    assert size.choices == TEXT_SIZES  # the same steps as the desktop app


def test_theme_and_text_size_round_trip_through_the_store(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        wanted = ks.load(store).with_values(theme="high-contrast", text_size=175)
        assert sorted(ks.save(store, wanted)) == ["text_size", "theme"]
    with Store.open(tmp_path) as store:
        s = ks.load(store)
        assert (s.theme, s.text_size) == ("high-contrast", 175)
        store.set_setting("kiosk.theme", "pink")  # a damaged or hand-edited setting reads as the default
        store.set_setting("kiosk.text_size", 105)
        assert (ks.load(store).theme, ks.load(store).text_size) == ("light", 100)


@pytest.mark.parametrize("bad", [{"theme": "pink"}, {"theme": 1}, {"text_size": 105}, {"text_size": 300}])
def test_values_outside_the_choices_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        ks.KioskSettings().with_values(**bad)


def test_the_kiosk_template_uses_only_theme_colours_that_are_contrast_checked() -> None:
    used = {name for name in themes.placeholders(TEMPLATE) if not name.endswith(("pt", "px"))} - {"focus_width"}
    assert used <= set(themes.roles()), used - set(themes.roles())
    checked = {p.fg for p in contrast.PAIRS} | {p.bg for p in contrast.PAIRS}
    assert not used - checked - contrast.DECORATIVE, "kiosk colours with no contrast check in contrast.PAIRS"
    assert re.findall(r"(?<!\w)#[0-9a-fA-F]{3,8}\b", TEMPLATE) == [], "a hard-coded colour in kiosk.qss"


def test_the_danger_button_reuses_a_checked_pair() -> None:
    # its text is the surface colour on the error colour: the same two colours as "error on surface"
    assert any(p.fg == "error" and p.bg == "surface" and p.kind == "text" for p in contrast.PAIRS)
    assert "QPushButton#danger { background: ${error}; color: ${surface};" in TEMPLATE


def test_the_kiosk_in_high_contrast_uses_the_themes_colours(make_kiosk: Any, qtbot: Any) -> None:
    from cs_quiz.ui.kiosk.look import kiosk_style
    from cs_quiz.ui.theme import current_theme

    window = make_kiosk(theme="high-contrast", text_size=150)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hc = HIGH_CONTRAST
    sheet = app.styleSheet()
    assert sheet.endswith(kiosk_style(hc, 150)) and current_theme() is hc
    start_rule = f"font-size: 42px; font-weight: 600; background: {hc.accent}; color: {hc.on_accent};"
    assert start_rule in sheet  # the Start button: 28 px at 150 %, in the theme's main-action colours
    assert f"QFrame#kioskCard {{ background: {hc.surface};" in sheet
    assert "#f5f6f8" not in sheet and "#1f5fa8" not in sheet  # nothing of the light theme is left
    pal = app.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == hc.window
    assert pal.color(QPalette.ColorRole.WindowText).name() == hc.text
    assert app.font().pixelSize() == 30  # 20 px at 150 %
    start = window.attract.start
    assert start.palette().color(start.backgroundRole()).name() == hc.accent  # the sheet reached the button
    assert start.palette().color(start.foregroundRole()).name() == hc.on_accent


def test_saved_options_restyle_the_kiosk_for_the_next_participant(make_kiosk: Any, qtbot: Any, store: Store) -> None:
    from test_kiosk_panel import opened_panel

    from cs_quiz.ui.theme import current_theme

    window = make_kiosk()
    assert current_theme().id == "light"
    panel = opened_panel(window)
    box = panel.editors["theme"]
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == ["Light", "Dark", "High contrast"]
    box.setCurrentIndex(box.findData("dark"))
    size = panel.editors["text_size"]
    assert isinstance(size, QComboBox) and size.itemText(size.findData(200)) == "200%"
    size.setCurrentIndex(size.findData(125))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = ks.load(store)
    assert (saved.theme, saved.text_size) == ("dark", 125)
    assert current_theme().id == "dark" and QApplication.font().pixelSize() == 25
    qtbot.mouseClick(panel.back, Qt.MouseButton.LeftButton)
    flush_deletes()
    assert window.page == "welcome"
    welcome = window.attract
    assert welcome.palette().color(QPalette.ColorRole.Window).name() == themes.DARK.window


def _fit_helpers() -> Any:
    """tests/a11y's fit check (``clipped``); tests/ is on the path when the whole suite runs, added otherwise."""
    tests_dir = str(Path(__file__).resolve().parents[1])
    if tests_dir not in sys.path:
        sys.path.append(tests_dir)
    from a11y import a11y_helpers

    return a11y_helpers


def test_at_200_percent_on_a_1280_by_800_kiosk_the_welcome_fits_its_text(
    qtbot: Any, store: Store, small_bank: Bank, make_kiosk: Any
) -> None:
    from cs_quiz.kiosk import pin as pins
    from cs_quiz.ui.kiosk.shell import KioskWindow

    pins.set_pin(store, PIN)
    settings = ks.KioskSettings(bank="small", section="quick", theme="high-contrast", text_size=200)
    window = KioskWindow(store, {small_bank.meta.id: small_bank}, settings, full_screen=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    try:
        assert QApplication.font().pixelSize() == 40
        helpers = _fit_helpers()
        assert helpers.clipped(window) == []
        win = QRect(0, 0, 1280, 800)
        for w in (window.attract.title, window.attract.about, window.attract.nickname, window.attract.start):
            assert win.contains(helpers.place(w)), f"{w.objectName()} is not on the screen"
            assert w.isVisible()
        start = window.attract.start
        assert start.height() >= start.fontMetrics().height()
        assert start.width() >= start.fontMetrics().horizontalAdvance(start.text())
    finally:
        window.exit_kiosk()
