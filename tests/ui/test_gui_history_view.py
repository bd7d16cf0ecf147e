"""The history as a person reads it (issue 17): one time for an attempt (when it finished) in the list and in the
heading; band and competency names in the interface language, whatever language the attempt was taken in; the
list and the table start at the top and never scroll sideways."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from cs_quiz.scoring.engine import evaluate
from cs_quiz.scoring.results import to_dict
from cs_quiz.ui.formatting import format_when


def finished_in_spanish(store, bank, when: datetime) -> None:  # type: ignore[no-untyped-def]
    ev, _ = evaluate(bank, {"data-1": 2, "patience-1": 2, "years": 1}, ["quick"])
    result = {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}
    result["score"]["readiness"]["band_name"] = "Nombre en español"
    for c in result["score"]["competencies"]:
        c["name"] = "Competencia " + c["competency"]
    aid = store.start_attempt(
        bank_id=bank.meta.id, bank_version=bank.meta.version, bank_hash="h", sections=["quick"], started_at=when
    )
    store.finish_attempt(aid, result, when.replace(minute=when.minute + 3))


def test_the_history_reads_in_one_language_and_one_time(qtbot, make_window) -> None:
    window = make_window()
    bank = window.banks["small"]
    finished_in_spanish(window.store, bank, datetime(2026, 12, 4, 18, 50, tzinfo=UTC))
    finished_in_spanish(window.store, bank, datetime(2026, 12, 5, 9, 10, tzinfo=UTC))
    window.welcome.history_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)
    page = window.history
    first = page.list.item(0).text()
    finished = format_when(page.entries[0].finished_at)
    assert first.startswith(finished) and finished in page.detail_title.text(), "one time for one attempt"
    assert format_when(page.entries[1].finished_at) in page.detail_title.text(), "compared with by its finish too"
    assert "español" not in first and "Competencia" not in " ".join(
        page.table.item(r, 0).text() for r in range(page.table.rowCount())
    ), "names in the interface language"
    assert page.list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert page.table.verticalScrollBar().value() == 0 and page.list.verticalScrollBar().value() == 0


def test_a_past_attempt_can_be_deleted_after_saying_yes(qtbot, make_window) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    bank = window.banks["small"]
    finished_in_spanish(window.store, bank, datetime(2026, 12, 4, 18, 50, tzinfo=UTC))
    finished_in_spanish(window.store, bank, datetime(2026, 12, 5, 9, 10, tzinfo=UTC))
    window.welcome.history_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history)
    page = window.history
    newest = page.entries[0].attempt_id
    box = page.ask_delete()
    assert isinstance(box, QMessageBox) and box.defaultButton().text() == "Keep it"
    box.defaultButton().click()  # keep: nothing happens
    assert len(window.store.finished_attempts()) == 2
    box = page.ask_delete()
    [delete] = [b for b in box.buttons() if b.text() == "Delete"]
    delete.click()
    qtbot.waitUntil(lambda: len(page.entries) == 1)
    assert newest not in [a.id for a in window.store.finished_attempts()] and page.list.count() == 1
