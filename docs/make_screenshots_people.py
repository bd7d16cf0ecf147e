"""The results two real people get, for the README: a 17-year-old student and a sitting director.

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots_people.py

Their answers are the persona files in tests/fixtures/personas/ (student-17.yaml and director.yaml), scored with
the bundled bank and shown on the real results page: the top of the page (band and meaning, chart) and, scrolled
down, the career stage and the next steps.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from PySide6.QtWidgets import QLabel
from screenshot_helpers import DOCS, close, open_window, require_display, settle, shot

from cs_quiz.scoring.engine import evaluate

PERSONAS = DOCS.parent / "tests" / "fixtures" / "personas"
PEOPLE = {"student-17": "results-student", "director": "results-director"}


def main() -> int:
    window, tmp = open_window("cs-quiz-people-", lang=None)
    bank = next(b for b in window.banks.every if b.meta.id == "csd-readiness" and b.meta.language == "en")
    for persona, name in PEOPLE.items():
        data = yaml.safe_load(Path(PERSONAS / f"{persona}.yaml").read_text(encoding="utf-8"))
        ev, problems = evaluate(bank, data["answers"], data["sections"])
        assert not problems, problems
        window.results.show_evaluation(ev)
        window.stack.setCurrentWidget(window.results)
        window.results.scroller.verticalScrollBar().setValue(0)
        shot(window, f"{name}.png", wait=300)
        stage = window.results.body_widget.findChild(QLabel, "stage")
        assert stage is not None
        window.results.scroller.ensureWidgetVisible(stage, 0, 40)
        bar = window.results.scroller.verticalScrollBar()
        bar.setValue(stage.mapTo(window.results.body_widget, stage.rect().topLeft()).y() - 60)
        settle(100)
        shot(window, f"{name}-advice.png", wait=300)
    close(window, tmp)
    return 0


if __name__ == "__main__":
    require_display("make_screenshots_people.py")
    sys.exit(main())
