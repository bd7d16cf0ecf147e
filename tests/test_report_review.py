"""The PDF report's appendix, "Review of your answers" (issue 15): on a page of its own after the report, each
scenario with the person's picks and the key written out in words, each answer's feedback and why; bank text
escaped; skipped scenarios marked; nothing when no scenario was asked; a withheld result keeps it."""

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
from cs_quiz.report import pdf as report  # noqa: E402
from cs_quiz.report.review_html import review_html  # noqa: E402
from cs_quiz.scoring.engine import Evaluation, evaluate  # noqa: E402
from review_fixtures import three_scenarios  # noqa: E402

SMALL = Path(__file__).parent / "fixtures" / "banks" / "small.yaml"
WHEN = datetime(2026, 11, 25, 14, 3)
HEADING = "Review of your answers"


def norm(text: str) -> str:
    """Qt writes the space glyph as a tab and lines break anywhere: compare with whitespace collapsed."""
    return " ".join(text.split())


def pages(ev: Evaluation) -> list[str]:
    """Each page's text as a PDF reader extracts it, whitespace collapsed."""
    reader = pypdf.PdfReader(io.BytesIO(report.pdf_bytes(ev, nickname="Kim", when=WHEN)))
    return [norm(p.extract_text()) for p in reader.pages]


@pytest.fixture(scope="module")
def tricky(tmp_path_factory: pytest.TempPathFactory) -> Bank:
    """The small bank with feedback and a rationale that look like markup, as an untrusted bank could write."""
    text = SMALL.read_text(encoding="utf-8")
    text = text.replace(
        "{id: b, text: Offer a discount to all., scores: {data: 1}}",
        '{id: b, text: Offer a discount to all., scores: {data: 1}, feedback: "<b>Kind</b> but costly & vague."}',
    ).replace(
        "rationale: Early honest updates calm a queue.",
        'rationale: "Early honest updates calm a queue <script>alert(1)</script> & silence angers it."',
    )
    path = tmp_path_factory.mktemp("banks") / "tricky.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_bank(path)
    assert loaded.bank is not None, loaded.errors
    return loaded.bank


def full(bank: Bank, scenario: dict[str, str] | None) -> Evaluation:
    answers = {"data-1": 4, "patience-1": 2, "tools": ["crm"], "years": 4, "education": "bachelor"}
    if scenario is not None:
        answers["sc-1"] = scenario  # type: ignore[assignment]
    ev, problems = evaluate(bank, answers, ["full"])
    assert not problems
    return ev


def test_the_appendix_shows_my_picks_the_key_the_feedback_and_why_on_a_page_of_its_own(
    qapp: object, tricky: Bank
) -> None:
    text = pages(full(tricky, {"best": "b", "worst": "c"}))
    (start,) = [i for i, page in enumerate(text) if HEADING in page]
    assert start >= 1 and text[start].startswith(HEADING)  # a new page, and the heading at its top
    assert "not a hiring test" in " ".join(text[:start])  # after the report proper
    appendix = " ".join(text[start:])
    assert "Scenario 1 of 1" in appendix and "Your online ordering has been down for two hours." in appendix
    # The marks are words, next to the answer they belong to: the best pick was wrong, the worst pick right.
    assert "[Your pick for best] Offer a discount to all." in appendix
    assert "[Best answer] Tell callers what you know." in appendix
    assert "[Your pick for worst · Worst answer] Say nothing until it is fixed." in appendix
    # Bank text is shown as written, never obeyed as markup.
    assert "Offer a discount to all. <b>Kind</b> but costly & vague." in appendix
    assert "Why: Early honest updates calm a queue <script>alert(1)</script> & silence angers it." in appendix
    assert "did not answer" not in appendix


def test_the_appendix_html_escapes_bank_text(tricky: Bank) -> None:
    html = "".join(review_html(full(tricky, {"best": "a"})))
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; silence" in html
    assert "&lt;b&gt;Kind&lt;/b&gt; but costly &amp; vague." in html
    assert "page-break-before: always" in html


def test_a_skipped_scenario_still_shows_the_key(qapp: object, tricky: Bank) -> None:
    appendix = " ".join(pages(full(tricky, None)))
    assert "You did not answer this one. Here is what you can learn from it." in appendix
    assert "[Best answer] Tell callers what you know." in appendix
    assert "[Worst answer] Say nothing until it is fixed." in appendix
    assert "Your pick" not in appendix


def test_no_scenario_no_appendix(qapp: object) -> None:
    loaded = load_bank(SMALL)
    assert loaded.bank is not None
    ev, _ = evaluate(loaded.bank, {"data-1": 4, "patience-1": 2, "years": 2}, ["quick"])  # no scenario in it
    assert review_html(ev) == []
    text = pages(ev)
    assert len(text) == 1 and HEADING not in text[0]


def test_a_withheld_result_keeps_the_appendix(qapp: object, tmp_path: Path) -> None:
    loaded = load_bank(three_scenarios(tmp_path, withhold=True) / "small.yaml")
    assert loaded.bank is not None, loaded.errors
    answers = {"data-1": 4, "patience-1": 2, "sc-2": {"best": "a"}, "years": 3}
    ev, _ = evaluate(loaded.bank, answers, ["full"], seconds=1)  # too fast: this bank withholds the result
    assert not ev.score.readiness.interpretable
    text = pages(ev)
    (start,) = [i for i, page in enumerate(text) if HEADING in page]
    assert "no result" in " ".join(text[:start])
    appendix = " ".join(text[start:])
    assert "Scenario 3 of 3" in appendix
    assert "[Your pick for best · Best answer] Ask the supervisor what gets in the way." in appendix
    assert "Why: Find the cause before you act." in appendix
    assert appendix.count("You did not answer this one.") == 2
