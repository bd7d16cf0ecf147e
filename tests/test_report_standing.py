"""Where a person stands in a group (issue 18): one rule for the kiosk and the desktop (cs_quiz.report.standing),
and the sentence the results screen shows printed in the PDF and the take-away, never when it was not shown."""

from __future__ import annotations

import io
import os
from datetime import datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pypdf  # noqa: E402

from cs_quiz.bank.load import load_bank  # noqa: E402
from cs_quiz.bank.model import Bank  # noqa: E402
from cs_quiz.kiosk.takeaway import summary_text  # noqa: E402
from cs_quiz.report import pdf, standing  # noqa: E402
from cs_quiz.scoring.engine import Evaluation, evaluate  # noqa: E402
from cs_quiz.scoring.results import to_dict  # noqa: E402
from cs_quiz.stats.standing import standing as percent_of  # noqa: E402
from cs_quiz.store.store import Store  # noqa: E402
from factories import finished_in_cohort  # noqa: E402

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"
WHEN = datetime(2026, 11, 25, 14, 3)


@pytest.fixture(scope="module")
def bank() -> Bank:
    loaded = load_bank(SMALL).bank
    assert loaded is not None
    return loaded


def mine(bank: Bank) -> Evaluation:
    ev, _ = evaluate(bank, {"data-1": 4, "patience-1": 3}, ["quick"], 600)
    assert ev.score.readiness.rounded is not None
    return ev


def test_placed_only_among_20_or_more_others_of_the_same_cohort(tmp_path: Path, bank: Bank) -> None:
    with Store.open(tmp_path) as store:
        shown = finished_in_cohort(store, bank, 19, "Year 11")
        finished_in_cohort(store, bank, 30, "Another class")
        ev = mine(bank)
        assert standing.find(store, ev, "", "Year 11") is None, "19 others: too few"
        shown += finished_in_cohort(store, bank, 1, "year 11", start=19)  # the label in any case
        found = standing.find(store, ev, "", "Year 11")
        assert found == standing.Standing(percent_of(ev.score.readiness.rounded, shown), 20, "Year 11")
        everyone = standing.find(store, ev, "", None)
        assert everyone is not None and everyone.others == 50 and everyone.group == ""


def test_the_persons_own_attempt_is_never_among_the_others(tmp_path: Path, bank: Bank) -> None:
    with Store.open(tmp_path) as store:
        finished_in_cohort(store, bank, 20, "Year 11")
        own = store.start_attempt(
            bank_id=bank.meta.id, bank_version=bank.meta.version, bank_hash="h", sections=["quick"], cohort="Year 11"
        )
        ev = mine(bank)
        store.finish_attempt(own, {"score": to_dict(ev.score), "advice": to_dict(ev.advice)}, None)
        found = standing.find(store, ev, own, "Year 11")
        assert found is not None and found.others == 20


def test_a_result_not_scored_is_never_placed(tmp_path: Path, bank: Bank) -> None:
    with Store.open(tmp_path) as store:
        finished_in_cohort(store, bank, 25, "Year 11")
        ev, _ = evaluate(bank, {}, ["quick"], 600)
        assert standing.find(store, ev, "", "Year 11") is None


def test_the_sentence_names_the_group(qapp: object) -> None:
    assert standing.sentence(None) == ""
    assert standing.sentence(standing.Standing(70, 24, "Thursday workshop")) == (
        "Your readiness score is higher than that of 70% of the 24 others in Thursday workshop."
    )
    assert standing.sentence(standing.Standing(5, 20, "")) == (
        "Your readiness score is higher than that of 5% of the 20 others who took it here."
    )


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_pdf_prints_the_sentence_only_when_the_screen_showed_it(qapp: object, bank: Bank) -> None:
    ev = mine(bank)
    said = standing.sentence(standing.Standing(70, 24, "Thursday workshop"))
    assert said in pdf_text(pdf.pdf_bytes(ev, when=WHEN, standing=said))
    plain = pdf_text(pdf.pdf_bytes(ev, when=WHEN))
    assert "higher than that of" not in plain and "others" not in plain


def test_the_take_away_carries_the_sentence_under_the_readiness(bank: Bank) -> None:
    ev = mine(bank)
    said = standing.sentence(standing.Standing(70, 24, "Thursday workshop"))
    lines = summary_text(ev.score, ev.advice, standing=said).splitlines()
    assert lines[2] == said and lines[1].startswith("Readiness:")
    assert said not in summary_text(ev.score, ev.advice)
