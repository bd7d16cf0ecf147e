"""``cs-quiz new FILE.yaml [--kind readiness|inventory|quiz]``: write a short, commented bank to start from.

The starters are package data (``cs_quiz/starters/<kind>.yaml``, read with :mod:`importlib.resources`): short
banks that validate and show each part of the format once, with notes for a teacher who has never seen YAML. Each
template's bank id is ``starter`` and its notes name the file ``starter.yaml``; the command puts in an id made from
the new file's name and that name, and changes nothing else, so ``examples/starter.yaml`` is exactly what
``cs-quiz new starter.yaml`` writes.

The command never overwrites: an existing file (or folder, or link) of that name is refused with exit 1. The file
appears whole or not at all: it is written to a temporary file beside it and then linked into place, which fails
rather than replaces when the name was taken meanwhile.
Exit codes: 0 written; 1 the file exists or cannot be written; 2 a usage mistake (not a .yaml name).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from cs_quiz.cli.output import err

KINDS = ("readiness", "inventory", "quiz")
_WHAT = {
    "readiness": "a short readiness check (scores, bands and advice)",
    "inventory": "a short inventory (a score for each area, as a sum, with no overall result)",
    "quiz": "a short quiz (right answers with feedback, scored as points)",
}
_TEMPLATE_ID = re.compile(r"^(  id: )starter$", re.M)
_TEMPLATE_NAME = re.compile(r"(cs-quiz (?:validate|preview) )starter\.yaml$", re.M)
_NEEDS_QUOTES = re.compile(r"[\s\"'$`\\&|;<>()*?#!]")


def add_commands(subparsers: Any) -> None:
    """Add the ``new`` command to the ``add_subparsers()`` object of the main parser."""
    new = subparsers.add_parser(
        "new",
        help="write a short, commented question bank to make your own",
        description="Write a short question bank with a note on every part, to change into your own. "
        "It never overwrites a file.",
    )
    new.add_argument("file", type=Path, metavar="FILE.yaml", help="the new bank file, e.g. my-quiz.yaml")
    new.add_argument(
        "--kind",
        choices=KINDS,
        default="readiness",
        help="readiness (default): scores, bands and advice; inventory: a score per area as a sum, "
        "no overall result; quiz: questions with one right answer",
    )
    new.set_defaults(handler=cmd_new)


def cmd_new(args: argparse.Namespace) -> int:
    path: Path = args.file
    if path.suffix.lower() not in (".yaml", ".yml"):
        err(f"cs-quiz new: a bank file's name ends in .yaml, e.g. {path.stem or 'my-bank'}.yaml (not '{path}')")
        return 2
    if not path.name.isprintable():
        err(f"cs-quiz new: choose a file name without control characters, not {str(path)!r}")
        return 2
    if os.path.lexists(path):
        err(f"{path}: already exists, and cs-quiz new never overwrites a file. Choose another name.")
        return 1
    folder = path.parent
    if not folder.is_dir():
        err(f"{path}: cannot write it: the folder {folder} does not exist")
        return 1
    text = starter_text(args.kind, path)
    try:
        write_new_file(path, text)
    except FileExistsError:
        err(f"{path}: already exists, and cs-quiz new never overwrites a file. Choose another name.")
        return 1
    except OSError as exc:
        err(f"{path}: cannot write it: {exc.strerror or exc}")
        return 1
    shown = shell_word(str(path))
    print(f"Wrote {path} (bank id {bank_id_for(path)}): {_WHAT[args.kind]}, with a note on every part.")
    print("Open it in a text editor and change the words to your own.")
    print(f"Now run: cs-quiz preview {shown}")
    print(f"After each change: cs-quiz validate {shown}")
    return 0


def template(kind: str) -> str:
    """The starter of this kind, as shipped (bank id ``starter``)."""
    from importlib.resources import files

    return files("cs_quiz").joinpath("starters", f"{kind}.yaml").read_text(encoding="utf-8")


def starter_text(kind: str, path: Path) -> str:
    """The starter of this kind for a new file at ``path``: its bank id made from the file's name, and the file's
    name in the notes that say which commands to run."""
    from cs_quiz.bank.yamlsafe import reads_as_text

    ident = bank_id_for(path)
    written = ident if reads_as_text(ident) else f'"{ident}"'  # 2026.yaml: id "2026", text, not the number
    text, ids = _TEMPLATE_ID.subn(lambda m: m.group(1) + written, template(kind))
    text, names = _TEMPLATE_NAME.subn(lambda m: m.group(1) + shell_word(path.name), text)
    if ids != 1 or names != 2:  # the templates are tested; this guards an edited template in a broken install
        raise RuntimeError(f"the {kind} starter lost its 'id: starter' line or its two 'starter.yaml' commands")
    return text


def bank_id_for(path: Path) -> str:
    """A valid bank id from a file name: "Customer Quiz (2027).yaml" -> "customer-quiz-2027", accents dropped
    ("Préparation" -> "preparation"), at most 64 characters; "my-bank" when nothing usable is left."""
    plain = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode("ascii").lower()
    ident = re.sub(r"[^a-z0-9_.-]+", "-", plain)
    ident = re.sub(r"([-_.])[-_.]+", r"\1", ident).strip("-_.")
    return ident[:64].rstrip("-_.") or "my-bank"


def shell_word(name: str) -> str:
    """A file name as one word to type after a command: in double quotes when it has spaces or shell signs."""
    if not _NEEDS_QUOTES.search(name):
        return name
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` holding ``text`` (UTF-8, newlines as given), whole or not at all, never replacing a file.

    Raises ``FileExistsError`` when the name is taken (also when it was taken while writing), ``OSError`` for any
    other failure; the temporary file is removed in every case. The data goes to a temporary file in the same
    folder, is flushed to disk, and is then hard-linked to the new name: ``os.link`` fails rather than replaces.
    Where the file system has no hard links (FAT, some network drives), the name is checked and the file renamed.
    """
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a new file gets the usual mode
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            if os.path.lexists(path):
                raise FileExistsError(str(path)) from None
            os.rename(tmp, path)  # on Windows this fails, rather than replaces, when the name was taken
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    if os.name == "posix":  # the new name itself survives a power cut
        directory = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
