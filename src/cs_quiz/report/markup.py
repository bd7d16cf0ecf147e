"""Bank text and the report's look as Qt rich text: escaping, the bank format's small Markdown, the colours and
stylesheet, and dates as the reader's locale writes them.

Every piece of bank text is HTML-escaped first; only ``**bold**``, ``*italic*`` and ``- `` lists are turned into
markup afterwards. QtCore only (QLocale for dates); :mod:`cs_quiz.report.html` builds the sections with these.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication

INK = "#1f2328"
MUTED = "#59636e"
ACCENT = "#0b4f79"
RULE = "#d1d9e0"
TINT = "#f1f5f9"
HEAD = "#dde6ee"

# Every user-visible text goes through translate("Report", "literal") so pyside6-lupdate can extract it (it does
# not see through a helper such as translate("Report", text)). Placeholders are filled with .format() after translation.
translate = QCoreApplication.translate


# ---------------------------------------------------------------------------------------------------------------
# Bank text: escape, then the format's small Markdown.

_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")
_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")


def inline_html(text: str) -> str:
    """Bank text for use inside a paragraph: escaped, with ``**bold**`` and ``*italic*``, whitespace collapsed."""
    escaped = html.escape(" ".join(str(text).split()), quote=True)
    escaped = _BOLD.sub(r"<b>\1</b>", escaped)
    return _ITALIC.sub(r"<i>\1</i>", escaped)


def block_html(text: str, *, css_class: str = "") -> str:
    """Bank text as paragraphs and ``- `` lists (blank lines separate paragraphs; a list item may continue on
    indented lines)."""
    attr = f' class="{css_class}"' if css_class else ""
    out: list[str] = []
    para: list[str] = []
    items: list[list[str]] = []

    def flush_para() -> None:
        if para:
            out.append(f"<p{attr}>{inline_html(' '.join(para))}</p>")
            para.clear()

    def flush_list() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{inline_html(' '.join(i))}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in str(text).splitlines():
        bullet = _BULLET.match(raw)
        if bullet and not raw.lstrip().startswith("**"):
            flush_para()
            items.append([bullet.group(1)])
        elif not raw.strip():
            flush_para()
            flush_list()
        elif items and raw[:1].isspace():
            items[-1].append(raw)
        else:
            flush_list()
            para.append(raw)
    flush_para()
    flush_list()
    return "".join(out)


def has_markdown(text: str) -> bool:
    """Whether ``text`` uses the format's small Markdown (bold, italic or a ``- `` list), which a screen must render
    as the PDF does rather than show its asterisks."""
    text = str(text)
    collapsed = " ".join(text.split())
    marked = _BOLD.search(collapsed) or _ITALIC.search(collapsed)
    return bool(marked) or any(_BULLET.match(line) for line in text.splitlines())


def screen_html(text: str) -> str:
    """Bank text for a label on screen, by the same rules as the PDF: one paragraph inline (no margins around
    it), more, or a list, as blocks."""
    text = str(text)
    if "\n\n" in text.strip() or any(_BULLET.match(line) for line in text.splitlines()):
        return block_html(text)
    return inline_html(text)


def plain(text: str) -> str:
    """Bank text without its Markdown marks, for what shows plain text only (a radio button, an accessible name):
    ``**bold**`` and ``*italic*`` lose their asterisks, a ``- `` item becomes a bullet."""
    lines = []
    for line in str(text).splitlines():
        bullet = _BULLET.match(line)
        lines.append("• " + bullet.group(1) if bullet and not line.lstrip().startswith("**") else line)
    out = "\n".join(lines)
    out = _BOLD.sub(r"\1", out)
    return _ITALIC.sub(r"\1", out)


def cap(text: str) -> str:
    """``text`` with whitespace collapsed and its first letter in capitals (for a rendered reason or note)."""
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def esc(text: object) -> str:
    """Plain text (a fixed label or a value, never Markdown) made safe inside HTML."""
    return html.escape(str(text), quote=True)


# ---------------------------------------------------------------------------------------------------------------
# The look and the date.

STYLE = f"""
body {{ color: {INK}; }}
h1 {{ font-size: 17pt; font-weight: bold; color: {ACCENT}; margin-top: 0px; margin-bottom: 2px; }}
h2 {{ font-size: 12pt; font-weight: bold; color: {ACCENT}; margin-top: 11px; margin-bottom: 3px; }}
h3 {{ font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
ul {{ margin-top: 0px; margin-bottom: 4px; margin-left: 0px; -qt-list-indent: 1; }}
li {{ margin-bottom: 2px; }}
.muted {{ color: {MUTED}; }}
.small {{ font-size: 8pt; }}
.meta {{ color: {MUTED}; margin-bottom: 1px; }}
.note {{ margin-left: 14px; }}
.closing {{ color: {MUTED}; font-style: italic; margin-top: 12px; }}
th {{ background-color: {HEAD}; font-weight: bold; text-align: left; }}
"""


def when_text(when: datetime) -> str:
    """The date (and time, unless midnight) in words, as everywhere else (:func:`cs_quiz.report.qtext.when_words`)."""
    from cs_quiz.report.qtext import when_words

    return when_words(when, with_time=(when.hour, when.minute) != (0, 0))
