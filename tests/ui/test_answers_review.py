"""Review my answers (issue 15): after finishing, the results screen offers the scenarios with the person's picks,
the best and worst answers, each answer's feedback and why, written out in words; Escape closes it; it fits a
small screen at 200 % text and scrolls by keys; a withheld result still offers it; the kiosk never does."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import focused, press
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QRadioButton, QWidget

from a11y import a11y_helpers as h
from cs_quiz.ui.answers_review import AnswersReviewDialog
from gui_fixtures import SMALL, shown_ids, writes_landed
from review_fixtures import three_scenarios


def digit(n: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + n)


def finish_small_bank(qtbot, window, best: str, worst: str) -> None:  # type: ignore[no-untyped-def]
    """The small bank's Full assessment by keys, picking ``best`` and ``worst`` in its scenario."""
    window.welcome.section_buttons["full"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    for key in (Qt.Key.Key_4, Qt.Key.Key_2):  # the two self-ratings
        press(qtbot, key)
        press(qtbot, Qt.Key.Key_Return)
    order = shown_ids(window, "sc-1")  # the options are shown in the attempt's own order
    press(qtbot, digit(order.index(best) + 1))
    press(qtbot, digit(order.index(worst) + 1))
    assert window.session.answers["sc-1"] == {"best": best, "worst": worst}
    press(qtbot, Qt.Key.Key_Return)
    while window.stack.currentWidget() is window.question:  # the rest is not about scenarios
        window.question.skip.click()
    window.review.finish.click()
    assert window.stack.currentWidget() is window.results
    writes_landed(window)


def review_button(window) -> QPushButton | None:  # type: ignore[no-untyped-def]
    found = [b for b in window.findChildren(QPushButton) if b.text() == "Review my answers" and b.isVisible()]
    assert len(found) <= 1
    return found[0] if found else None


def open_review(qtbot, window) -> AnswersReviewDialog:  # type: ignore[no-untyped-def]
    b = review_button(window)
    assert b is not None, "no Review my answers button on the results screen"
    qtbot.mouseClick(b, Qt.MouseButton.LeftButton)
    dialog = window.results.offer.dialog
    assert isinstance(dialog, AnswersReviewDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def lines(dialog: QWidget) -> list[str]:
    """The dialog's text as a person reads it: every visible label, top to bottom, left to right."""
    shown = [w for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog) and w.text()]
    shown.sort(key=lambda w: (w.mapTo(dialog, w.rect().topLeft()).y(), w.mapTo(dialog, w.rect().topLeft()).x()))
    return [w.text() for w in shown]


def label_with(dialog: QWidget, text: str) -> QLabel:
    (found,) = [w for w in dialog.findChildren(QLabel) if w.text() == text]
    return found


def test_the_review_shows_my_picks_the_key_the_feedback_and_why(qtbot, make_window, tmp_path: Path) -> None:
    # The small bank's scenario, with feedback on two options as a real bank has it.
    bank = tmp_path / "feedback"
    bank.mkdir()
    text = Path(__file__).parent.parent.joinpath("fixtures", "banks", "small.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "{id: a, text: Tell callers what you know., scores: {data: 1, patience: 2}}",
        "{id: a, text: Tell callers what you know., scores: {data: 1, patience: 2}, feedback: News calms people.}",
    ).replace(
        "{id: b, text: Offer a discount to all., scores: {data: 1}}",
        "{id: b, text: Offer a discount to all., scores: {data: 1}, feedback: Kind but costly & vague.}",
    )
    (bank / "small.yaml").write_text(text, encoding="utf-8")
    window = make_window(banks=bank)
    finish_small_bank(qtbot, window, best="b", worst="c")  # best is wrong (a is), worst is right
    offer = window.results.body_widget.findChild(QLabel, "reviewOffer")
    assert offer.text().startswith("Learn from the scenarios") and offer.isVisible()

    dialog = open_review(qtbot, window)
    assert dialog.isModal() and dialog.windowTitle() == "Review of your answers"
    read = lines(dialog)
    assert "Your online ordering has been down for two hours." in read and "What do you do?" in read
    # Each option with its marks above it, in words, and its feedback under it.
    at = read.index("• Offer a discount to all.")
    assert read[at - 1] == "Your pick for best" and read[at + 1] == "Kind but costly & vague."
    at = read.index("• Tell callers what you know.")
    assert read[at - 1] == "Best answer" and read[at + 1] == "News calms people."
    at = read.index("• Say nothing until it is fixed.")
    assert read[at - 1] == "Your pick for worst · Worst answer"
    assert read[-2:] == ["Why", "Early honest updates calm a queue."]
    assert "You did not answer this one. Here is what you can learn from it." not in read
    # A screen reader hears the marks with the option, and the feedback as its description.
    option = label_with(dialog, "• Tell callers what you know.")
    assert option.accessibleName() == "Best answer: Tell callers what you know."
    assert option.accessibleDescription() == "News calms people."
    assert h.unnamed(dialog) == []

    # Keyboard: the scenarios first (the keys scroll them), then Close; Escape closes and focus comes back.
    assert focused() is dialog.scroller
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.close_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.scroller
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.results.offer.dialog is None
    assert window.focusWidget() is review_button(window)  # where focus returns when the window is active again
    window.activateWindow()  # as the window manager does (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review_button(window))
    press(qtbot, Qt.Key.Key_Space)  # open again from the keyboard, close with the button
    again = window.results.offer.dialog
    assert isinstance(again, AnswersReviewDialog) and again.isVisible()
    qtbot.mouseClick(again.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not again.isVisible())


def test_withheld_answers_still_offer_the_review_and_it_fits_and_scrolls_at_200_percent(
    qtbot, make_window, tmp_path: Path
) -> None:
    """Answers given in no time, in a bank where that withholds the result, and every scenario skipped: no result,
    but the three scenarios can still be read, each marked as not answered, on a 1024×600 window at 200 % text."""
    window = make_window(banks=three_scenarios(tmp_path / "banks3", withhold=True), size=(1024, 600))
    window.clock = lambda: 0.0  # no time at all between the answers
    window.appearance.set_size(200)
    try:
        window.welcome.section_buttons["full"].setFocus()
        press(qtbot, Qt.Key.Key_Space)
        while window.stack.currentWidget() is window.question:
            if window.session.current.type.value == "likert":
                press(qtbot, Qt.Key.Key_4)
                press(qtbot, Qt.Key.Key_Return)
            else:
                window.question.skip.click()
        window.review.finish.click()
        assert not window.evaluation.score.readiness.interpretable  # withheld
        writes_landed(window)
        dialog = open_review(qtbot, window)
        read = lines(dialog)
        assert [t for t in read if t.startswith("Scenario ")] == [
            "Scenario 1 of 3",
            "Scenario 2 of 3",
            "Scenario 3 of 3",
        ]
        assert read.count("You did not answer this one. Here is what you can learn from it.") == 3
        assert not any(t.startswith("Your pick") for t in read)
        assert read.count("Best answer") == 3 and read.count("Worst answer") == 2  # the second asks only for the best
        assert read.count("Why") == 3 and "Find the cause before you act." in read

        assert dialog.width() <= 1024 and dialog.height() <= 600
        try:  # layouts settle on the next pass of the event loop
            qtbot.waitUntil(lambda: not h.clipped(dialog), timeout=2000)
        except qtbot.TimeoutError:
            raise AssertionError(h.clipped(dialog)) from None
        bar = dialog.scroller.verticalScrollBar()
        assert bar.maximum() > 0 and bar.value() == 0
        press(qtbot, Qt.Key.Key_PageDown)
        assert bar.value() > 0
        press(qtbot, Qt.Key.Key_End)
        assert bar.value() == bar.maximum()
        press(qtbot, Qt.Key.Key_Home)
        assert bar.value() == 0
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        window.appearance.set_size(100)


def test_no_scenario_in_the_attempt_no_button(qtbot, make_window) -> None:
    window = make_window()
    window.welcome.section_buttons["quick"].setFocus()  # self-ratings and years only
    press(qtbot, Qt.Key.Key_Space)
    while window.stack.currentWidget() is window.question:
        window.question.skip.click()
    window.review.finish.click()
    assert window.stack.currentWidget() is window.results
    assert review_button(window) is None
    body = window.results.body_widget
    assert not any("scenario" in w.text() for w in body.findChildren(QLabel))
    writes_landed(window)


def test_the_kiosk_never_offers_the_review(qtbot, data_dir: Path) -> None:
    """A participant at the kiosk takes the small bank's Full assessment, scenario included: the results show no
    way to the answer key, which would help the next person at the shared screen."""
    from cs_quiz.bank.load import load_bank
    from cs_quiz.kiosk import pin as pins
    from cs_quiz.kiosk.settings import KioskSettings
    from cs_quiz.store.store import Store
    from cs_quiz.ui import theme
    from cs_quiz.ui.kiosk.shell import KioskWindow

    app = QApplication.instance()
    look = (theme.current_theme(), theme.current_size(), app.font(), app.styleSheet())
    bank = load_bank(SMALL).bank
    store = Store.open(data_dir)
    pins.set_pin(store, "2468")
    window = KioskWindow(store, {"small": bank}, KioskSettings(bank="small", section="full"), full_screen=False)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitExposed(window)
        qtbot.mouseClick(window.attract.start, Qt.MouseButton.LeftButton)
        while window.page == "question":
            if window.session.current.id == "sc-1":  # tapped, as on a touch screen
                for name in ("best1", "worst2"):
                    qtbot.mouseClick(window.question.editor.findChild(QRadioButton, name), Qt.MouseButton.LeftButton)
                assert len(window.session.answers["sc-1"]) == 2  # a scenario was answered here
                qtbot.mouseClick(window.question.next, Qt.MouseButton.LeftButton)
            else:
                window.question.skip.click()
        qtbot.mouseClick(window.review.finish, Qt.MouseButton.LeftButton)
        assert window.page == "results"
        texts = [w.text() for w in window.findChildren(QLabel)] + [b.text() for b in window.findChildren(QPushButton)]
        assert "Your readiness" in texts  # the app's own results page, as the kiosk shows it
        assert "Review my answers" not in texts and not any(t.startswith("Learn from the scenarios") for t in texts)
        assert window.results is not None and window.results.page.review_button is None
        assert window.results.page.offer is None
    finally:
        window.exit_kiosk()
        store.close()
        theme.put(app, look[0], look[1], look[2], look[3])  # the other GUI tests share this QApplication
