"""Write imported statements into a bank's YAML text, leaving every other byte of the author's file as it was.

A bank is written by hand: its comments, order, blank lines and quoting are the author's, and a YAML round trip
(load, change, dump) would lose them. So nothing is re-dumped here. :func:`layout` reads where each node of the
file starts and ends (PyYAML's event marks), and the new questions and section entries are spliced in as text:

- appended at the end of the ``questions:`` list, in the style of the items there (block ``- id: ...`` lines at
  the same indentation, or ``{...}`` mappings);
- appended to each named section's ``questions:`` list, block (``- id``) or flow (``[a, b]``) as written;
- with ``--replace``, an existing statement's mapping is rewritten where it stands (comments *inside* it go with it).

Scalars are written plain where that is unambiguous in YAML 1.1 and 1.2 alike, else double-quoted; the caller
(:mod:`cs_quiz.bank.sheet`) re-reads the result and checks that it means exactly the old bank plus the change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

Fields = Sequence[tuple[str, Any]]  # a mapping's keys and values in the order they are written

_AMBIGUOUS_WORDS = frozenset(("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"))
_NUMBERISH = re.compile(r"[-+.0-9][0-9_.:eE+-]*")  # numbers, times and dates in YAML 1.1 or 1.2
_FLOW_INDICATORS = frozenset(",[]{}")


def _unprintable(c: str) -> bool:
    o = ord(c)
    return o < 0x20 or 0x7F <= o <= 0x9F or 0xD800 <= o <= 0xDFFF or o in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF)


def _plain_ok(s: str, flow: bool) -> bool:
    if not s or s != s.strip() or not s[0].isalnum():
        return False
    if s.casefold() in _AMBIGUOUS_WORDS or _NUMBERISH.fullmatch(s):
        return False
    if ": " in s or " #" in s or s.endswith(":") or any(_unprintable(c) for c in s):
        return False
    return not (flow and any(c in _FLOW_INDICATORS for c in s))


def _quoted(s: str) -> str:
    out = ['"']
    for c in s:
        if c in '"\\':
            out.append("\\" + c)
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif _unprintable(c):
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def scalar(value: Any, flow: bool = False) -> str:
    """``value`` (text, a whole or decimal number, true/false) as a YAML scalar that reads back as itself."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    text = str(value)
    return text if _plain_ok(text, flow) else _quoted(text)


def block_mapping(fields: Fields, indent: int) -> str:
    """``key: value`` lines; the first has no indentation (it follows ``- ``), the rest ``indent`` spaces."""
    lines = [f"{key}: {scalar(value)}" for key, value in fields]
    return ("\n" + " " * indent).join(lines)


def flow_mapping(fields: Fields) -> str:
    return "{" + ", ".join(f"{key}: {scalar(value, flow=True)}" for key, value in fields) + "}"


# ---- where things are in the author's file ---------------------------------------------------------------------


@dataclass
class Node:
    """One YAML node: ``start``/``end`` are character offsets in the text (``end`` just after its last character;
    for a block collection, after its last content, so comments and blank lines after it are not part of it)."""

    start: int
    end: int
    column: int  # 0-based
    flow: bool
    kind: str  # "scalar", "map" or "seq"
    value: str | None = None  # scalars
    items: list[Node] = field(default_factory=list)  # sequences
    keys: dict[str, Node] = field(default_factory=dict)  # mappings

    def at(self, *path: str | int) -> Node | None:
        node: Node | None = self
        for step in path:
            if node is None:
                return None
            if isinstance(step, int):
                node = node.items[step] if 0 <= step < len(node.items) else None
            else:
                node = node.keys.get(step)
        return node


def layout(text: str) -> Node | None:
    """The node tree of ``text`` with positions, or None if PyYAML's pure-Python parser refuses it.

    The pure-Python parser is used (not libyaml) because its marks count characters of the text we splice."""
    stack: list[tuple[Node, list[str | None]]] = []  # (collection, [pending key]) being built
    root: Node | None = None

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent, pending = stack[-1]
        if parent.flow is False:
            parent.end = max(parent.end, node.end)
        if parent.kind == "map":
            if pending[0] is None:
                pending[0] = node.value if node.value is not None else ""
                return
            parent.keys[pending[0]] = node
            pending[0] = None
        else:
            parent.items.append(node)

    event: Any
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            mark: Any = event.start_mark
            end: Any = event.end_mark
            if isinstance(event, yaml.ScalarEvent):
                attach(Node(mark.index, end.index, mark.column, False, "scalar", event.value))
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                kind = "map" if isinstance(event, yaml.MappingStartEvent) else "seq"
                node = Node(mark.index, mark.index, mark.column, bool(event.flow_style), kind)
                stack.append((node, [None]))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                node, _ = stack.pop()
                if node.flow:
                    node.end = end.index
                attach(node)
    except yaml.YAMLError:
        return None
    return root


# ---- edits -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    start: int
    end: int  # == start for an insertion
    text: str


def apply(text: str, edits: list[Edit]) -> str:
    """``text`` with non-overlapping ``edits`` made (from the last to the first, so offsets stay true)."""
    for e in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: e.start] + e.text + text[e.end :]
    return text


def _after_line(text: str, pos: int) -> tuple[int, str]:
    """Where a new line goes after the content that ends at ``pos``: the start of the next line (and "" to put
    first), or the end of a file without a final line break (and a line break to put first)."""
    if pos > 0 and text[pos - 1] == "\n":
        return pos, ""
    newline = text.find("\n", pos)
    if newline < 0:
        return len(text), "\n"
    return newline + 1, ""


def _past_own_comments(text: str, pos: int, column: int) -> int:
    """Past the comment lines at ``pos`` indented deeper than ``column``: they belong to the last item."""
    while pos < len(text):
        end = text.find("\n", pos)
        line = text[pos : len(text) if end < 0 else end]
        stripped = line.lstrip(" ")
        if not stripped.startswith("#") or len(line) - len(stripped) <= column:
            break
        pos = len(text) if end < 0 else end + 1
    return pos


def append_items(text: str, seq: Node, rendered: Sequence[Any], newline: str) -> Edit:
    """An edit that appends items (mappings as field lists, or plain ids) to the sequence ``seq``."""
    mappings = bool(rendered) and not isinstance(rendered[0], str)
    if seq.flow:
        parts = [flow_mapping(r) if mappings else scalar(r, flow=True) for r in rendered]
        if seq.items:
            return Edit(seq.items[-1].end, seq.items[-1].end, ", " + ", ".join(parts))
        return Edit(seq.end - 1, seq.end - 1, ", ".join(parts))
    first = seq.items[0] if seq.items else None
    dash = " " * seq.column + "-"
    gap = " " * max(1, (first.column - seq.column - 1) if first is not None else 1)
    lines = []
    for r in rendered:
        if not mappings:
            lines.append(f"{dash}{gap}{scalar(r)}")
        elif first is not None and first.flow:
            lines.append(f"{dash}{gap}{flow_mapping(r)}")
        else:
            key_column = first.column if first is not None else seq.column + 2
            lines.append(f"{dash}{gap}{block_mapping(r, key_column)}")
    pos, before = _after_line(text, seq.end)
    pos = _past_own_comments(text, pos, seq.column)
    body = before + "\n".join(lines) + "\n"
    return Edit(pos, pos, body.replace("\n", newline))


def replace_mapping(item: Node, fields: Fields, newline: str) -> Edit:
    """An edit that rewrites the mapping ``item`` in place with ``fields``, in its own style."""
    body = flow_mapping(fields) if item.flow else block_mapping(fields, item.column)
    return Edit(item.start, item.end, body.replace("\n", newline))


# ---- a bank of its own -----------------------------------------------------------------------------------------

_AGREE5 = ("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")
_BANDS = (
    ("foundation", "Building the foundation", 0, 39, "Most of these areas are still new to you. Start small."),
    ("developing", "Growing", 40, 59, "You have a base to build on. Work on your weaker areas first."),
    ("targeted", "Nearly there", 60, 79, "You are close. A few areas need more practice."),
    ("ready", "Ready", 80, 100, "You rate yourself strongly in every area."),
)


@dataclass(frozen=True)
class NewSection:
    id: str
    title: str
    description: str
    questions: tuple[str, ...]


def new_bank(
    bank_id: str,
    file_name: str,
    source: str,
    scale: str,
    competencies: Sequence[str],
    questions: Sequence[Fields],
    sections: Sequence[NewSection],
) -> str:
    """The text of a complete bank: one 5-point agree scale, a competency per id (named by it), the questions,
    the sections and four readiness bands. Everything a person should make their own is plain to find."""
    minutes = max(1, round(len(questions) / 4))  # about 15 seconds a statement
    one_line = source.replace("\n", " ").replace("\r", " ")
    name = file_name.replace("\n", " ").replace("\r", " ")
    title = name.rsplit(".", 1)[0] or bank_id
    shown = f'"{name}"' if " " in name else name
    out = [
        f"# A question bank made by `cs-quiz import-items` from {one_line}.",
        f"# Format: docs/question-format.md. After editing, check it with:  cs-quiz validate {shown}",
        "# Ids are stable: results are stored by id. Change a text, keep its id.",
        "",
        "format: 1",
        "",
        "bank:",
        f"  id: {scalar(bank_id)}",
        f"  title: {scalar(title)}",
        '  version: "1.0.0"',
        "  language: en",
        f"  description: {scalar('Statements imported from ' + one_line + '.')}",
        f"  estimated_minutes: {minutes}",
        "",
        "scales:",
        f"  - id: {scalar(scale)}",
        "    name: Agreement",
        "    values:",
        *(f"      - {{value: {i}, label: {label}}}" for i, label in enumerate(_AGREE5, start=1)),
        "",
        "# Each competency is named by its id: give it a name and a description people understand.",
        "competencies:",
    ]
    for c in competencies:
        out += [f"  - id: {scalar(c)}", f"    name: {scalar(c)}", "    kind: skill"]
    out += ["", "questions:"]
    out += [f"  - {block_mapping(q, 4)}" for q in questions]
    out += ["", "sections:"]
    for s in sections:
        out += [
            f"  - id: {scalar(s.id)}",
            f"    title: {scalar(s.title)}",
            f"    description: {scalar(s.description)}",
            "    questions:",
            *(f"      - {scalar(q)}" for q in s.questions),
        ]
    out += ["", "# Readiness bands: whole numbers from 0 to 100, no gap and no overlap.", "bands:"]
    for band, band_name, low, high, meaning in _BANDS:
        out += [
            f"  - id: {band}",
            f"    name: {scalar(band_name)}",
            f"    min: {low}",
            f"    max: {high}",
            f"    meaning: {scalar(meaning)}",
        ]
    return "\n".join(out) + "\n"
