"""The small test bank with Markdown in the texts the results screen and the review show."""

from __future__ import annotations

from pathlib import Path

from gui_fixtures import SMALL

MARKED = {  # a band's meaning, as the bank writes it -> as a person reads it
    "Start here.": "Start here, slowly.",
    "Keep going.": "Keep going, steadily.",
    "Apply now.": "Apply now.",
}
SOURCE = {
    "meaning: Start here.": "meaning: 'Start **here**, *slowly*.'",
    "meaning: Keep going.": "meaning: 'Keep **going**, *steadily*.'",
    "meaning: Apply now.": "meaning: '**Apply** now.'",
    "rationale: Early honest updates calm a queue.": "rationale: '*Early*, **honest** updates calm a queue.'",
    "text: In the last year I have used feedback data": "text: In the **last year** I have used feedback data",
    "situation: Your online ordering has been down for two hours.": (
        "situation: 'Your online ordering has been down for *two hours*.'"
    ),
    "{id: a, text: Tell callers what you know.,": "{id: a, text: 'Tell callers **what you know**.',",
    "description: Studying.,": "description: 'Studying 2*3 hours & <more>',",
}


def marked_bank(tmp_path: Path) -> Path:
    text = SMALL.read_text(encoding="utf-8")
    for old, new in SOURCE.items():
        assert old in text, old
        text = text.replace(old, new)
    folder = tmp_path / "marked"
    folder.mkdir()
    (folder / "small.yaml").write_text(text, encoding="utf-8")
    return folder
