"""Help › User guide (issue 20): opened from the keyboard, the guide is there, its section links work and it
scrolls at 1024×600 with 200 % text; and every window carries the app's icon and desktop id, so a dock matches it to
its menu entry."""

from __future__ import annotations

from gui_helpers import focused, press
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTextBrowser

from cs_quiz.packaged import read_resource
from cs_quiz.ui.app import ICON_SIZES
from cs_quiz.ui.user_guide import UserGuideDialog


def open_guide_by_keyboard(qtbot, window) -> UserGuideDialog:  # type: ignore[no-untyped-def]
    """Alt+H opens the Help menu, U its User guide item, as a keyboard user does."""
    qtbot.keyClick(focused(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.menus.help_menu)
    qtbot.keyClick(window.menus.help_menu, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: window.menus.guide_dialog is not None and window.menus.guide_dialog.isVisible())
    dialog = window.menus.guide_dialog
    assert isinstance(dialog, UserGuideDialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_alt_h_u_opens_the_guide_at_its_first_heading(qtbot, make_window) -> None:
    window = make_window()
    dialog = open_guide_by_keyboard(qtbot, window)
    first_heading = read_resource("guide", "user-guide.md").splitlines()[0].lstrip("# ")
    text = dialog.browser.toPlainText()
    assert text.startswith(first_heading) and "Taking an assessment" in text and "Where your answers are kept" in text
    assert dialog.browser.verticalScrollBar().value() == 0, "it opens at the top"
    assert focused() is dialog.browser, "the guide has the focus, so the arrows scroll it"
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def section_top(browser: QTextBrowser, heading: str) -> int:
    block = browser.document().begin()
    while block.isValid() and not (block.text() == heading and block.blockFormat().headingLevel()):
        block = block.next()
    assert block.isValid(), f"no heading {heading!r}"
    return int(browser.document().documentLayout().blockBoundingRect(block).top())


def test_a_link_in_the_guide_goes_to_its_section_by_keyboard(qtbot, make_window) -> None:
    window = make_window(size=(1024, 600))
    dialog = open_guide_by_keyboard(qtbot, window)
    bar = dialog.browser.verticalScrollBar()
    assert dialog.sections[:3] == ["cs-quiz-user-guide", "taking-an-assessment", "your-results-and-report"]
    press(qtbot, Qt.Key.Key_Tab, times=3)  # the third link of the contents: History
    assert dialog.browser.textCursor().selectedText() == "History"
    assert dialog.browser.textCursor().charFormat().fontUnderline(), "a link is told by more than its colour"
    press(qtbot, Qt.Key.Key_Return)
    want = min(bar.maximum(), section_top(dialog.browser, "History"))
    qtbot.waitUntil(lambda: abs(bar.value() - want) <= 2)
    assert bar.value() > 0


def test_the_guide_fits_and_scrolls_at_1024x600_with_200_percent_text(qtbot, make_window) -> None:
    window = make_window(size=(1024, 600))
    window.appearance.set_size(200)
    dialog = open_guide_by_keyboard(qtbot, window)
    assert dialog.width() <= 1024 and dialog.height() <= 600
    close = dialog.close_button
    assert close.isVisible() and dialog.rect().contains(close.geometry()), "Close stays in sight"
    bar = dialog.browser.verticalScrollBar()
    assert bar.maximum() > 0, "the guide is longer than the window: it scrolls"
    qtbot.keyClick(dialog.browser, Qt.Key.Key_PageDown)
    assert bar.value() > 0


def test_every_window_has_the_app_icon_and_desktop_id(qtbot, make_window) -> None:
    window = make_window()
    assert QGuiApplication.desktopFileName() == "io.github.cs_quiz.CsQuiz"
    assert not window.windowIcon().isNull()
    sizes = sorted(size.width() for size in window.windowIcon().availableSizes())
    assert sizes == list(ICON_SIZES), "the icon has all its PNGs (the kiosk's application() gives it the same)"
    dialog = open_guide_by_keyboard(qtbot, window)
    assert not dialog.windowIcon().isNull()
    assert window.windowIcon().pixmap(48, 48).toImage() == dialog.windowIcon().pixmap(48, 48).toImage()
