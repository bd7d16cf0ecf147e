"""Read YAML written by people, safely, remembering where every key and value came from.

PyYAML's loaders silently keep the last of two duplicate keys, turn ``No`` into ``False``, expand aliases without
limit and recurse (or crash, in libyaml) on deeply nested input. Banks are edited by hand and may come from
anywhere, so this module builds plain Python values from the parser's *event stream* instead, in one iterative
pass that:

- reports duplicate keys, anchors/aliases, tags and multiple documents as problems with line and column;
- caps nesting depth and file size, so hostile input fails fast in bounded memory;
- resolves plain scalars by the YAML 1.2 core rules only (``true``/``false``, decimal numbers, ``null``), so
  ``yes``, ``no``, ``on`` and ``off`` stay text;
- decodes UTF-8 itself (BOM allowed) so an encoding error gets a line and column too.

Mappings come back as :class:`LDict` and sequences as :class:`LList`, which carry the 1-based positions of their
keys and items. Nothing here knows about question banks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

try:  # libyaml's parser is ~10x faster; the pure-Python one gives the same events and marks
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 50
_SHOWN_ALIASES = 3  # an alias bomb has thousands; the first few say it all

Position = tuple[int, int]  # 1-based line, column


class LDict(dict[str, Any]):
    """A mapping that remembers where it, each key and each value started."""

    __slots__ = ("pos", "key_pos", "val_pos")

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[str, Position] = {}
        self.val_pos: dict[str, Position] = {}


class LList(list[Any]):
    """A sequence that remembers where it and each item started."""

    __slots__ = ("pos", "item_pos")

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Position] = []


@dataclass(frozen=True)
class Problem:
    line: int
    column: int
    message: str


_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*|[0-9]+(?:\.[0-9]*)?[eE][-+]?[0-9]+|\.[0-9]+[eE][-+]?[0-9]+)\Z")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_TRUE = frozenset(("true", "True", "TRUE"))
_FALSE = frozenset(("false", "False", "FALSE"))
_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    ["!"] + [_CORE + t for t in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")]
)


_MAX_DIGITS = 100  # a number longer than this is no value any field takes (and int() refuses past 4300 digits)


class _TooLong(str):
    """A plain number with more than _MAX_DIGITS characters: reported, never converted."""


def _plain(value: str) -> Any:
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    first = value[0]
    if first.isdigit() or first in "+-.":
        if len(value) > _MAX_DIGITS and (_INT.match(value) or _FLOAT.match(value)):
            return _TooLong(value)
        if _INT.match(value):
            return int(value)
        if _FLOAT.match(value):
            return float(value)
    return value


def reads_as_text(word: str) -> bool:
    """Whether ``word``, written bare after ``key:``, is read back as that text (not as a number, true/false or
    null): "2026" and "null" are not, so a file that writes them must quote them."""
    return bool(word) and type(_plain(word)) is str


def _tagged(tag: str, value: str) -> Any:
    kind = tag[len(_CORE) :]
    if len(value) > _MAX_DIGITS and kind in ("int", "float"):
        return _TooLong(value)
    try:
        if kind == "int":
            return int(value)
        if kind == "float":
            return float(value)
    except ValueError:
        return value
    if kind == "bool":
        return value in _TRUE
    if kind == "null":
        return None
    return value


# What YAML allows in a file (the YAML 1.1 printable set PyYAML's reader checks): tab, line breaks, and printable
# characters.
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def decode(data: bytes) -> tuple[str | None, Problem | None]:
    """UTF-8 text without a BOM, or a problem naming where the bytes stop making sense."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem(1, 1, "the file is saved as UTF-16; save it as UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    nul = data.find(b"\x00")
    if nul >= 0:
        line, col = _line_col_bytes(data, nul)
        return None, Problem(line, col, "this is a binary file, not a YAML text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col_bytes(data, exc.start)
        return None, Problem(
            line,
            col,
            f"byte 0x{data[exc.start]:02x} is not UTF-8: save the file as UTF-8 "
            "(it looks like another encoding such as Latin-1 or Windows-1252)",
        )
    bad = _NON_PRINTABLE.search(text)
    if bad is not None:  # PyYAML's reader would refuse it with a position in characters, not a line
        line = text.count("\n", 0, bad.start()) + 1
        col = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        return None, Problem(
            line,
            col,
            f"the invisible control character U+{ord(bad.group()):04X} cannot be in a YAML file; delete it (it can "
            "come with text pasted from elsewhere)",
        )
    return text, None


def _line_col_bytes(data: bytes, offset: int) -> Position:
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, len(data[start:offset].decode("utf-8", "replace")) + 1


def _friendly(exc: yaml.MarkedYAMLError, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "invalid YAML"
    at_tab = mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t"
    if at_tab or "'\\t'" in problem:
        return Problem(line, col, "a tab character is used for indentation; indent with spaces")
    what = f"{exc.context}: {problem}" if exc.context else problem
    hint = ""
    if "mapping values are not allowed" in problem:
        hint = " (put text that contains ': ' in double quotes)"
    elif "expected <block end>" in problem or "did not find expected key" in problem:
        hint = " (check the indentation of this line against the lines above)"
    elif "maximum nesting depth" in problem:  # libyaml 0.2.6+ stops flow nesting past 1,000 levels itself
        hint = f" (brackets are nested too deeply; a bank is never nested more than {MAX_DEPTH} levels)"
    return Problem(line, col, f"YAML syntax error: {what}{hint}")


def parse_text(text: str) -> tuple[Any, list[Problem]]:
    """Build plain values from YAML text. Returns (value, problems); value is None for an empty document.

    Any problem means the value must not be trusted, but as much as possible is still built so that callers can
    report further problems in the same pass.
    """
    problems: list[Problem] = []
    stack: list[Any] = []  # containers being built
    keys: list[Any] = []  # per mapping on the stack: the pending key (or _NO_KEY)
    root: Any = None
    documents = 0
    aliases = 0

    def add(value: Any, pos: Position) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        parent = stack[-1]
        if isinstance(parent, LList):
            parent.append(value)
            parent.item_pos.append(pos)
            return
        pending = keys[-1]
        if pending is _NO_KEY:
            if isinstance(value, (LDict, LList)):
                problems.append(Problem(pos[0], pos[1], "a key must be plain text, not a list or mapping"))
                keys[-1] = _BAD_KEY
                return
            key = "" if value is None else str(value) if not isinstance(value, bool) else str(value).lower()
            if key in parent.key_pos:
                first = parent.key_pos[key]
                problems.append(Problem(pos[0], pos[1], f"duplicate key '{key}' (first given at line {first[0]})"))
                keys[-1] = _BAD_KEY
                return
            parent.key_pos[key] = pos
            keys[-1] = key
            return
        if pending is not _BAD_KEY:
            parent[pending] = value
            parent.val_pos[pending] = pos
        keys[-1] = _NO_KEY

    try:
        event: Any
        # Pull events straight from the parser: yaml.parse()'s generator costs a third of the load time.
        get_event = _Loader(text).get_event
        while True:
            event = get_event()
            if event is None or type(event) is yaml.StreamEndEvent:
                break
            mark = event.start_mark
            pos = (mark.line + 1, mark.column + 1)
            etype = type(event)
            if etype is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    _check_node(event, pos, problems)
                if event.tag and event.tag != "!":
                    value = _tagged(event.tag, event.value) if event.tag.startswith(_CORE) else event.value
                elif event.implicit[0]:
                    value = _plain(event.value)
                else:
                    value = event.value
                if type(value) is _TooLong:
                    said = f"this number is {len(value):,} characters long; no field takes one that long"
                    problems.append(Problem(pos[0], pos[1], said))
                    value = None
                add(value, pos)
            elif etype is yaml.MappingStartEvent or etype is yaml.SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    _check_node(event, pos, problems)
                if len(stack) >= MAX_DEPTH:
                    problems.append(Problem(pos[0], pos[1], f"nested more than {MAX_DEPTH} levels deep"))
                    return None, problems
                container: Any = LDict(pos) if etype is yaml.MappingStartEvent else LList(pos)
                stack.append(container)
                keys.append(_NO_KEY)
            elif etype is yaml.MappingEndEvent or etype is yaml.SequenceEndEvent:
                done = stack.pop()
                keys.pop()
                add(done, done.pos)
            elif etype is yaml.AliasEvent:
                aliases += 1
                if aliases <= _SHOWN_ALIASES:
                    problems.append(
                        Problem(pos[0], pos[1], "aliases (*name) are not allowed in a bank; write the value out")
                    )
                add(None, pos)
            elif etype is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    problems.append(Problem(pos[0], pos[1], "only one YAML document per file (a second '---')"))
                    break
    except yaml.MarkedYAMLError as exc:
        problems.append(_friendly(exc, text))
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors are prevented by decode()
        problems.append(Problem(1, 1, f"YAML error: {exc}"))
    if aliases > _SHOWN_ALIASES:
        problems.append(Problem(1, 1, f"{aliases - _SHOWN_ALIASES} more aliases (*name) are not shown"))
    return root, problems


def _check_node(event: Any, pos: Position, problems: list[Problem]) -> None:
    if event.anchor is not None:
        problems.append(Problem(pos[0], pos[1], f"anchors (&{event.anchor}) are not allowed in a bank"))
    tag = event.tag
    if tag is not None and tag not in _ALLOWED_TAGS:
        shown = "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag
        problems.append(Problem(pos[0], pos[1], f"the tag {shown} is not allowed; only plain YAML values are"))


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return self.name


_NO_KEY = _Marker("NO_KEY")
_BAD_KEY = _Marker("BAD_KEY")


def parse_bytes(data: bytes) -> tuple[Any, list[Problem]]:
    """Size check, decode and parse. See :func:`parse_text`."""
    if len(data) > MAX_BYTES:
        return None, [
            Problem(
                1,
                1,
                f"the file is {len(data) // (1024 * 1024)} MB; a bank may be at most {MAX_BYTES // (1024 * 1024)} MB",
            )
        ]
    text, problem = decode(data)
    if problem is not None or text is None:
        return None, [problem] if problem else []
    return parse_text(text)


def parse_file(path: str) -> tuple[Any, list[Problem]]:
    """Like :func:`parse_bytes`, but a file over the size limit is refused before it is read."""
    import os
    import stat

    info = os.stat(path)
    if stat.S_ISDIR(info.st_mode):
        return None, [Problem(1, 1, "this is a folder, not a file")]
    if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for ever, /dev/zero would never end
        return None, [Problem(1, 1, "this is not a regular file (a pipe, a device or a socket)")]
    size = info.st_size
    if size > MAX_BYTES:
        return None, [
            Problem(
                1,
                1,
                f"the file is {size // (1024 * 1024)} MB; a bank may be at most {MAX_BYTES // (1024 * 1024)} MB",
            )
        ]
    with open(path, "rb") as f:
        return parse_bytes(f.read(MAX_BYTES + 1))  # bounded: parse_bytes refuses more than MAX_BYTES
