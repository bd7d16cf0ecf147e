"""A straight-liner is not praised (issue 14): "Strongly agree" on every statement of the bundled Quick check
gives no band and no advice on the results screen, in the PDF and in the kiosk's take-away, but why, and an
offer to take it again."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import press
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cs_quiz.bank.load import bundled_folder
from cs_quiz.kiosk.takeaway import summary_text
from cs_quiz.report.pdf import write_pdf


def test_strongly_agree_everywhere_is_withheld_with_a_reason_and_a_retake(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(banks=bundled_folder())
    window.welcome.section_buttons["quick"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    while window.stack.currentWidget() is window.question:
        if window.session.current.type.value == "likert":
            press(qtbot, Qt.Key.Key_5)
            press(qtbot, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(window.question.skip, Qt.MouseButton.LeftButton)
    window.review.finish.click()
    assert window.stack.currentWidget() is window.results
    body = window.results.body_widget
    names = {w.objectName() for w in body.findChildren(QLabel)}
    assert "withheld" in names and "retakeNote" in names
    assert not {"bandName", "bandMeaning", "readinessScore", "heading"} & names  # no verdict, no advice
    reasons = [w.text() for w in body.findChildren(QLabel, "withheldReason")]
    assert reasons and "same answer" in reasons[0], "said to the person, in plain words"
    assert "Start again" in body.findChild(QLabel, "retakeNote").text() and window.results.home.isVisible()
    assert "no result" in window.results.summary()  # what a screen reader announces
    ev = window.evaluation
    pdf = tmp_path / "r.pdf"
    write_pdf(ev, pdf)
    words = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "no result" in words and "same answer" in words
    for band in ev.bank.bands:
        assert band.name not in words
    take_away = summary_text(ev.score, ev.advice)
    assert "can't be read" in take_away and all(b.name not in take_away for b in ev.bank.bands)


def test_the_kiosk_offers_its_own_way_to_take_it_again(qtbot) -> None:
    from cs_quiz.bank.load import load_bundled
    from cs_quiz.bank.model import QuestionType
    from cs_quiz.scoring.engine import evaluate
    from cs_quiz.ui.kiosk.takeaway_view import KioskResults

    bank = next(b for b in load_bundled().banks if b.meta.language == "en")
    answers = {q: 5 for q in bank.sections["quick"].questions if bank.questions[q].type is QuestionType.LIKERT}
    ev, _ = evaluate(bank, answers, ["quick"], seconds=600)
    assert not ev.score.readiness.interpretable
    view = KioskResults(ev)
    qtbot.addWidget(view)
    note = view.page.body_widget.findChild(QLabel, "retakeNote").text()
    assert "Done — back to the start" in note and "“Start again” below" not in note  # the kiosk has no such button
