"""The kiosk and the command line keep an attempt through the same Attempt API: the same answers, taken on the
kiosk and typed up for `cs-quiz score --save`, are stored alike (status, finish time, scores and advice)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kiosk_helpers import answer_quick, begin, finish_from_review

from cs_quiz.cli.main import main
from cs_quiz.store.store import Store
from gui_fixtures import SMALL, writes_landed


def test_kiosk_and_command_line_store_the_same_attempt_alike(
    make_kiosk: Any, qtbot: Any, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    window = make_kiosk()
    begin(qtbot, window, nickname="Ria")
    answer_quick(qtbot, window, 5, 1, 6)
    finish_from_review(qtbot, window)
    writes_landed(window)
    [on_kiosk] = store.history()
    kiosk = store.get_attempt(on_kiosk.id)

    answers = tmp_path / "paper.yaml"
    answers.write_text("data-1: 5\npatience-1: 1\nyears: 6\n", encoding="utf-8")
    argv = ["score", str(SMALL), str(answers), "--section", "quick", "--seconds", str(kiosk.elapsed)]
    assert main([*argv, "--save", "--nickname", "Ria", "--data-dir", str(data_dir)]) == 0
    [paper] = [a for a in store.history() if a.id != kiosk.id]
    typed = store.get_attempt(paper.id)

    for record in (kiosk, typed):
        assert record.status == "finished" and record.finished_at is not None and record.nickname == "Ria"
        assert record.answers == {"data-1": 5, "patience-1": 1, "years": 6}
    assert typed.result == kiosk.result  # scores and advice, as computed by the one door
    assert typed.sections == kiosk.sections and typed.bank_hash == kiosk.bank_hash


def test_score_save_refuses_to_claim_a_save_it_did_not_make(tmp_path: Path, capsys: Any) -> None:
    answers = tmp_path / "paper.yaml"
    answers.write_text("data-1: 5\n", encoding="utf-8")
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("", encoding="utf-8")
    code = main(["score", str(SMALL), str(answers), "--save", "--data-dir", str(blocked)])
    assert code == 1
    err = capsys.readouterr().err
    assert "not saved" in err and "Saved as" not in err
