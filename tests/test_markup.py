"""The bank format's small Markdown, as the screen needs it (issue 17): which text has any, the HTML a label shows
(the same rules as the PDF's), and the words without marks for what shows plain text only."""

from __future__ import annotations

import pytest

from cs_quiz.report import markup


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("Use **bold** here", True),
        ("an *italic* word", True),
        ("Steps:\n- one\n- two", True),
        ("plain & <b>not markup</b>", False),
        ("2 * 3 * 4 = 24", False),
        ("a ** b", False),
        ("", False),
    ],
)
def test_has_markdown(text: str, marked: bool) -> None:
    assert markup.has_markdown(text) is marked


def test_screen_html_is_inline_for_one_paragraph_and_blocks_for_more() -> None:
    assert markup.screen_html("Keep **going** & <stay>") == "Keep <b>going</b> &amp; &lt;stay&gt;"
    assert markup.screen_html("First.\n\n- *one*\n- two") == "<p>First.</p><ul><li><i>one</i></li><li>two</li></ul>"
    assert markup.screen_html("Keep **going**") in markup.block_html("Keep **going**"), "the PDF's rules"


def test_plain_drops_the_marks_and_keeps_the_words() -> None:
    assert markup.plain("*Early*, **honest** updates") == "Early, honest updates"
    assert markup.plain("Do this:\n- call\n- **write**") == "Do this:\n• call\n• write"
    assert markup.plain("2 * 3 * 4") == "2 * 3 * 4"
