"""A whole attempt driven by the keyboard alone, and the results shown equal the engine's and `cs-quiz score`'s."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import SMALL, focused, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cs_quiz.bank.load import load_bank, load_bundled
from cs_quiz.scoring.engine import Evaluation, evaluate
from cs_quiz.scoring.numbers import shown as shown_score
from cs_quiz.ui.main_window import MainWindow
from gui_fixtures import shown_ids, writes_landed


def shown(window: MainWindow, name: str) -> str:
    body = window.results.scroller.widget()
    assert body is not None
    label = body.findChild(QLabel, name)
    assert label is not None, f"no {name} on the results screen"
    return label.text()


def assert_results_match(window: MainWindow, ev: Evaluation) -> None:
    r = ev.score.readiness
    assert window.stack.currentWidget() is window.results
    assert shown(window, "readinessScore") == f"{r.rounded} / 100"
    assert shown(window, "bandName") == r.band_name
    assert shown(window, "bandMeaning") == r.meaning
    expected = {c.competency: ("–" if c.score is None else str(shown_score(c.score))) for c in ev.score.competencies}
    assert window.results.figures() == expected


def test_quick_check_by_keyboard_matches_engine_and_cli(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    assert focused() is window.welcome.section_buttons["quick"]
    press(qtbot, Qt.Key.Key_Return)  # Start: Quick check
    assert window.stack.currentWidget() is window.question
    assert window.question.counter.text() == "Question 1 of 3"

    press(qtbot, Qt.Key.Key_4)  # data-1: Agree
    press(qtbot, Qt.Key.Key_Right)
    assert window.question.counter.text() == "Question 2 of 3"
    press(qtbot, Qt.Key.Key_Space)  # the focused first option: Strongly disagree ...
    press(qtbot, Qt.Key.Key_Down)  # ... then down to Disagree
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert window.question.counter.text() == "Question 3 of 3"
    type_text(qtbot, "7")  # years, in the spin box that has focus
    press(qtbot, Qt.Key.Key_Return)  # past the last question: the review
    assert window.stack.currentWidget() is window.review
    assert focused() is window.review.finish  # nothing unanswered, so Finish is next
    press(qtbot, Qt.Key.Key_Return)

    answers = {"data-1": 4, "patience-1": 2, "years": 7}
    bank = load_bank(SMALL).bank
    assert bank is not None
    ev, problems = evaluate(bank, answers, ["quick"])
    assert not problems
    assert_results_match(window, ev)

    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answers))
    out = subprocess.run(
        [sys.executable, "-m", "cs_quiz", "score", str(SMALL), str(answers_file), "--section", "quick", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    cli = json.loads(out.stdout)["score"]
    assert shown(window, "readinessScore") == f"{cli['readiness']['rounded']} / 100"
    assert shown(window, "bandName") == cli["readiness"]["band_name"]
    assert window.results.figures() == {c["competency"]: str(shown_score(c["score"])) for c in cli["competencies"]}

    writes_landed(window)
    stored = window.store.history()[0]
    assert stored.status == "finished" and stored.band_name == ev.score.readiness.band_name
    assert window.store.get_attempt(stored.id).answers == answers


def test_full_assessment_by_keyboard_every_question_type(qtbot, make_window) -> None:
    window = make_window()
    press(qtbot, Qt.Key.Key_Tab)  # from Quick check to Full assessment
    assert focused() is window.welcome.section_buttons["full"]
    press(qtbot, Qt.Key.Key_Space)
    session = window.session
    assert session is not None
    press(qtbot, Qt.Key.Key_5)  # data-1 likert
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_1)  # patience-1 likert
    press(qtbot, Qt.Key.Key_Right)
    assert "Your online ordering" in window.question.situation.text()
    sc = shown_ids(window, "sc-1")  # this attempt's order
    press(qtbot, Qt.Key.Key_1)  # scenario: best = the first shown, focus moves on to the Worst column ...
    press(qtbot, Qt.Key.Key_3)  # ... worst = the third
    assert session.answer_of("sc-1") == {"best": sc[0], "worst": sc[2]}
    press(qtbot, Qt.Key.Key_Return)
    tools = shown_ids(window, "tools")
    press(qtbot, Qt.Key.Key_1)  # multi: both options, then the first off again
    press(qtbot, Qt.Key.Key_2)
    press(qtbot, Qt.Key.Key_1)
    assert session.answer_of("tools") == [tools[1]]
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "12")
    press(qtbot, Qt.Key.Key_Backspace)  # edits the number, does not go back
    press(qtbot, Qt.Key.Key_Left)  # moves the cursor, does not go back
    assert session.current.id == "years" and session.answer_of("years") == 1
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)  # education: bachelor
    press(qtbot, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.review
    press(qtbot, Qt.Key.Key_Return)

    answers = {
        "data-1": 5,
        "patience-1": 1,
        "sc-1": {"best": sc[0], "worst": sc[2]},
        "tools": [tools[1]],
        "years": 1,
        "education": "bachelor",
    }
    bank = load_bank(SMALL).bank
    assert bank is not None
    assert_results_match(window, evaluate(bank, answers, ["full"])[0])


def _bundled_ok() -> bool:
    result = load_bundled()
    return bool(result.banks) and not result.errors


@pytest.mark.skipif(not _bundled_ok(), reason="the bundled bank is not valid in this checkout")
def test_bundled_quick_check_by_keyboard(qtbot, make_window, tmp_path: Path) -> None:
    from cs_quiz.bank.load import bundled_folder

    window = make_window(banks=bundled_folder())
    ticks = iter(range(0, 100_000, 9))
    window.clock = lambda: float(next(ticks))  # nine seconds a look at the clock: a person's pace, not a test's
    press(qtbot, Qt.Key.Key_Return)
    session = window.session
    assert session is not None and session.sections == ("quick",)
    while window.stack.currentWidget() is window.question:
        q = session.current
        if q.input is not None and q.input.value == "number":
            type_text(qtbot, "6")
        elif q.type.value == "likert":
            press(qtbot, Qt.Key.Key_2 if q.reverse else Qt.Key.Key_4)  # a reader: reverse-worded the other way
        else:
            press(qtbot, Qt.Key.Key_2)
            if q.type.value == "scenario" and "worst" in q.ask:
                press(qtbot, Qt.Key.Key_1)
        press(qtbot, Qt.Key.Key_Return)
    listed = [window.review.list.item(i).text() for i in range(window.review.list.count())]
    assert len(listed) == len(session.questions) and all("\nYour answer: " in t for t in listed)  # all answered
    assert focused() is window.review.finish
    answers = session.answers
    assert len(answers) == len(session.questions)
    press(qtbot, Qt.Key.Key_Return)
    assert session.bank.meta.language == "en", "an English interface takes the English bank"
    assert_results_match(window, evaluate(session.bank, answers, ["quick"])[0])
