"""The bank preview (issue 19) swept like every other screen (tests/layout_checks.py): each theme, 1024×600, 200 %
text, Spanish, with the bundled bank's real texts — a question of each kind, the problems above the last version
that loaded, and a bank that never loaded — no text cut, nothing on top of something else, no stretched field, no
control without its glyph."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QApplication
from test_layout_sweep import CASES, _english_light_100

import layout_checks as lc
from cs_quiz.bank.load import bundled_folder
from cs_quiz.ui import language, theme
from cs_quiz.ui.preview.window import PreviewWindow

SCREENS = (
    "preview: likert",
    "preview: scenario",
    "preview: number",
    "preview: problems, last version shown",
    "preview: never loaded",
)
KNOWN: dict[tuple[str, str, str], str] = {}
NAME = {"en": "csd-readiness.yaml", "es": "csd-readiness.es.yaml"}


def walk(qtbot: Any, tmp: Path, case: Any) -> lc.Found:
    seen = lc.Sweep(QSize(*case.screen), f"preview-{case.theme}-{case.size}-{case.lang}")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    language.set_language(case.lang, app)
    theme.apply(app, case.theme, case.size)
    folder = tmp / "Mis bancos"
    folder.mkdir()
    path = folder / NAME[case.lang]
    shutil.copy(bundled_folder() / NAME[case.lang], path)
    good = path.read_text(encoding="utf-8")

    window = PreviewWindow(path)
    qtbot.addWidget(window)
    window.resize(*case.screen)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.bank is not None, timeout=5000)
    bank = window.bank
    assert bank is not None
    window.evaluate()
    for screen, kind in (("preview: likert", "likert"), ("preview: scenario", "scenario"), ("preview: number", "")):
        qid = next(
            q.id
            for q in bank.questions.values()
            if (q.type.value == kind if kind else q.input is not None and q.input.value == "number")
        )
        section = next(s.id for s in bank.sections.values() if qid in s.questions)
        window.tree.choose(section, qid)
        window.show_place(section, qid)
        window.card.focus_answers()
        seen.look(screen, window)

    broken = good.replace("kind: skill", "kind: skills", 1).replace("scale: agree5", "scale: agree-5", 1)
    path.write_text(broken, encoding="utf-8")
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=5000)
    window.problems.list.setFocus()
    seen.look("preview: problems, last version shown", window)
    window.close()

    never = PreviewWindow(path)  # the same broken file, opened afresh: nothing ever loaded
    qtbot.addWidget(never)
    never.resize(*case.screen)
    never.show()
    qtbot.waitExposed(never)
    qtbot.waitUntil(lambda: never.reading is not None, timeout=5000)
    assert never.bank is None
    seen.look("preview: never loaded", never)
    never.close()
    return seen.found


_SWEPT: dict[str, lc.Found | BaseException] = {}


def swept(case: str, request: pytest.FixtureRequest) -> lc.Found:
    def walk_now() -> lc.Found:
        qapp = request.getfixturevalue("qapp")
        locale = QLocale()
        request.addfinalizer(lambda: _english_light_100(qapp, locale))
        return walk(request.getfixturevalue("qtbot"), request.getfixturevalue("tmp_path"), CASES[case])

    return lc.walked(_SWEPT, case, walk_now)


@pytest.mark.parametrize(("case", "screen", "detector"), lc.sweep_params(CASES, SCREENS, (), KNOWN))
def test_preview_layout(case: str, screen: str, detector: str, request: pytest.FixtureRequest) -> None:
    lc.judge(swept(case, request), case, screen, detector)
