"""Load question banks: YAML file -> validated, immutable :class:`~cs_quiz.bank.model.Bank`, or every problem found.

Bad input is the normal case here (banks are written by hand), so nothing in this module raises for a problem in
a file: problems come back as :class:`BankError` values, each with file, line, column and field, all of them in
one pass. A broken bank never takes the others down: :func:`load_folder` returns the valid banks and the errors
of the rest.
"""

from __future__ import annotations

import gc
import hashlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from cs_quiz.bank import model as m
from cs_quiz.bank.check import Issue, check_structure
from cs_quiz.bank.fields import REFLECTION_LENGTH
from cs_quiz.bank.refs import check_references
from cs_quiz.bank.yamlsafe import MAX_BYTES, LDict, parse_bytes

BANK_SUFFIXES = (".yaml", ".yml")


class BankError(Exception):
    """One problem in a bank file, in the compiler convention ``FILE:LINE:COLUMN: message``."""

    def __init__(self, path: str, line: int, column: int, message: str, field: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"

    def __repr__(self) -> str:
        return f"BankError({str(self)!r})"


@dataclass(frozen=True)
class LoadResult:
    path: str
    bank: m.Bank | None
    errors: tuple[BankError, ...] = ()

    @property
    def ok(self) -> bool:
        return self.bank is not None and not self.errors


@dataclass
class FolderResult:
    banks: list[m.Bank] = field(default_factory=list)
    errors: list[BankError] = field(default_factory=list)
    files: int = 0


def load_bank(path: str | os.PathLike[str]) -> LoadResult:
    """Read and validate one bank file. Never raises for a problem in the file."""
    shown = os.fspath(path)
    mb = MAX_BYTES // (1024 * 1024)
    try:
        info = os.stat(shown)  # follows a link: what matters is what would be read
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(shown)
        if not stat.S_ISREG(info.st_mode):  # a FIFO would wait for ever; /dev/zero would never end
            return _fail(
                shown, 1, 1, "this is not a regular file (a pipe, a device or a socket); a bank is a text file"
            )
        if info.st_size > MAX_BYTES:
            return _fail(shown, 1, 1, f"the file is {info.st_size // (1024 * 1024)} MB; a bank may be at most {mb} MB")
        with open(shown, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # bounded, should the file grow after the check
        if len(data) > MAX_BYTES:
            return _fail(shown, 1, 1, f"the file is larger than {mb} MB; a bank may be at most {mb} MB")
    except IsADirectoryError:
        return _fail(shown, 1, 1, "this is a folder; use load_folder or give a .yaml file")
    except OSError as exc:
        return _fail(shown, 1, 1, f"cannot read the file: {exc.strerror or exc}")
    return load_bytes(data, shown)


def load_bytes(data: bytes, path: str = "<bank>") -> LoadResult:
    # Loading builds many small objects that all live until the end: the cyclic GC only wastes time on them
    # (a third of the load time of a large bank).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load(data, path)
    finally:
        if enabled:
            gc.enable()


def _load(data: bytes, path: str) -> LoadResult:
    tree, problems = parse_bytes(data)
    errors = [BankError(path, p.line, p.column, p.message) for p in problems]
    if errors:
        return LoadResult(path, None, tuple(errors))
    if tree is None:
        return _fail(path, 1, 1, "the file is empty; a bank starts with 'format: 1'")
    issues = check_structure(tree)
    if isinstance(tree, LDict):
        issues += check_references(tree)
    if issues:
        return LoadResult(path, None, tuple(_to_errors(path, issues)))
    bank = build(tree, path, hashlib.sha256(data).hexdigest())
    return LoadResult(path, bank)


def _to_errors(path: str, issues: list[Issue]) -> list[BankError]:
    ordered = sorted(issues, key=lambda i: (i.line, i.column))
    return [BankError(path, i.line, i.column, i.message, i.field) for i in ordered]


def _fail(path: str, line: int, column: int, message: str) -> LoadResult:
    return LoadResult(path, None, (BankError(path, line, column, message),))


def load_folder(folder: str | os.PathLike[str]) -> FolderResult:
    """Every ``*.yaml``/``*.yml`` in ``folder`` (not recursive), sorted by name; duplicate bank ids are errors."""
    return load_paths(sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in BANK_SUFFIXES))


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> FolderResult:
    result = FolderResult()
    seen: dict[tuple[str, str], str] = {}  # (bank id, language): the same bank in Spanish shares the English id
    for p in paths:
        path = Path(p)
        if path.is_dir():
            sub = load_folder(path)
            result.files += sub.files
            items: list[LoadResult] = [LoadResult(b.path, b) for b in sub.banks]
            result.errors += sub.errors
        else:
            result.files += 1
            items = [load_bank(path)]
        for item in items:
            result.errors += item.errors
            if item.bank is None:
                continue
            key = (item.bank.meta.id, item.bank.meta.language)
            other = seen.get(key)
            if other is not None:
                result.errors.append(
                    BankError(item.path, 1, 1, f"bank id '{key[0]}' in language '{key[1]}' is also used by {other}")
                )
                continue
            seen[key] = item.path
            result.banks.append(item.bank)
    return result


def choose_bank(banks: Iterable[m.Bank], bank_id: str, language: str) -> tuple[m.Bank | None, bool]:
    """The bank ``bank_id`` in ``language`` ("es" also matches "es-MX" and the reverse), else in English, else in
    any language. Returns (bank, fell_back): ``fell_back`` is True when the language asked for is missing, so the
    app can say so."""
    same = [b for b in banks if b.meta.id == bank_id]
    if not same:
        return None, False
    want = language.lower().replace("_", "-")

    def base(tag: str) -> str:
        return tag.lower().replace("_", "-").split("-")[0]

    for test in (lambda b: b.meta.language.lower() == want, lambda b: base(b.meta.language) == base(want)):
        for b in same:
            if test(b):
                return b, False
    english = [b for b in same if base(b.meta.language) == "en"]
    return (english or same)[0], True


def bundled_folder() -> Path:
    """The folder of banks shipped inside the package."""
    with as_file(files("cs_quiz.questions")) as folder:
        return Path(folder)


def load_bundled() -> FolderResult:
    return load_folder(bundled_folder())


# ---- building the model from a tree that passed every check ---------------------------------------------------


def _source(d: Any) -> m.Source | None:
    if not d:
        return None
    return m.Source(title=d["title"], url=d["url"], checked=str(d["checked"]))


def _options(q: dict[str, Any]) -> tuple[m.Option, ...]:
    return tuple(
        m.Option(
            id=o["id"],
            text=o["text"],
            scores={k: float(v) for k, v in o.get("scores", {}).items()},
            feedback=o.get("feedback", ""),
            pinned=bool(o.get("pinned", False)),
            exclusive=bool(o.get("exclusive", False)),
        )
        for o in q.get("options", ())
    )


# Where option order carries no meaning, so a fixed order would only teach people where the key sits. Profile
# choices (school, degree, years) are in an order that means something; likert scales have no options.
_SHUFFLED = frozenset((m.QuestionType.SINGLE, m.QuestionType.MULTI, m.QuestionType.SCENARIO))


def _question(q: LDict, path: str) -> m.Question:
    qtype = m.QuestionType(q["type"])
    key = q.get("key")
    return m.Question(
        id=q["id"],
        type=qtype,
        text=q["text"],
        pos=m.Pos(path, q.pos[0], q.pos[1]),
        weight=float(q.get("weight", 1.0)),
        competency=q.get("competency"),
        scale=q.get("scale"),
        reverse=bool(q.get("reverse", False)),
        options=_options(q),
        shuffled=qtype in _SHUFFLED and q.get("order", "shuffled") == "shuffled",
        situation=q.get("situation", ""),
        ask=tuple(q.get("ask", ["best"])) if qtype is m.QuestionType.SCENARIO else (),
        key=m.ScenarioKey(key.get("best"), key.get("worst"), key.get("rationale", "")) if key else None,
        input=m.ProfileInput(q["input"]) if "input" in q else None,
        minimum=q.get("min"),
        maximum=q.get("max"),
        unit=q.get("unit", ""),
        help=q.get("help", ""),
        max_length=q.get("max_length", REFLECTION_LENGTH) if qtype is m.QuestionType.REFLECTION else 0,
    )


def build(tree: LDict, path: str, content_hash: str = "") -> m.Bank:
    """The model of a tree that passed :func:`check_structure` and :func:`check_references`."""
    b = tree["bank"]
    meta = m.Meta(
        id=b["id"],
        title=b["title"],
        version=b["version"],
        language=b["language"],
        description=b["description"],
        estimated_minutes=b.get("estimated_minutes") or _minutes(tree["questions"]),
        sources=tuple(s for s in (_source(x) for x in b.get("sources", ())) if s),
    )
    scales = {
        s["id"]: m.Scale(
            s["id"],
            s["name"],
            tuple(sorted((m.ScalePoint(v["value"], v["label"]) for v in s["values"]), key=lambda p: p.value)),
            s.get("not_yet", ""),
        )
        for s in tree.get("scales", ())
    }
    competencies = {
        c["id"]: m.Competency(
            id=c["id"],
            name=c["name"],
            description=c.get("description", ""),
            kind=m.Kind(c.get("kind", "skill")),
            weight=float(c.get("weight", 1.0)),
            critical=m.Gate(float(c["critical"]["threshold"]), c["critical"]["cap"]) if "critical" in c else None,
            actions=tuple(
                m.DevelopmentAction(a["level"], a["text"], plain(a["when"]) if "when" in a else None)
                for a in c.get("actions", ())
            ),
        )
        for c in tree["competencies"]
    }
    questions = {q["id"]: _question(q, path) for q in tree["questions"]}
    by_id = {q["id"]: q for q in tree["questions"]}
    sections = {
        s["id"]: m.Section(
            s["id"],
            s["title"],
            s.get("description", ""),
            s.get("estimated_minutes") or _minutes([by_id[q] for q in s["questions"]]),
            tuple(s["questions"]),
        )
        for s in tree["sections"]
    }
    bands = tuple(
        sorted(
            (m.Band(x["id"], x["name"], x["min"], x["max"], x["meaning"]) for x in tree.get("bands", ())),
            key=lambda band: band.min,
        )
    )
    rules = tuple(
        m.Rule(
            id=r["id"],
            when=plain(r["when"]),
            next_steps=tuple(r.get("next_steps", ())),
            certifications=tuple(r.get("certifications", ())),
            associations=tuple(r.get("associations", ())),
            priority=r.get("priority", 0),
            pos=m.Pos(path, r.pos[0], r.pos[1]),
            why=r.get("why", ""),
        )
        for r in tree.get("advice", ())
    )
    certs = {
        c["id"]: m.Certification(
            id=c["id"],
            name=c["name"],
            issuer=c["issuer"],
            description=c["description"],
            prerequisites=c["prerequisites"],
            url=c["url"],
            source=_source(c.get("source")),
            eligible_when=plain(c["eligible_when"]) if "eligible_when" in c else None,
            held_when=plain(c["held_when"]) if "held_when" in c else None,
        )
        for c in tree.get("certifications", ())
    }
    assocs = {
        a["id"]: m.Association(a["id"], a["name"], a["description"], a["url"], _source(a.get("source")))
        for a in tree.get("associations", ())
    }
    stages = tuple(
        m.Stage(s["id"], s["name"], s["description"], s["next_step"], plain(s["when"]) if "when" in s else None)
        for s in tree.get("career_path", ())
    )
    specs = tuple(
        m.Specialisation(
            s["id"],
            s["name"],
            s["description"],
            {k: float(v) for k, v in s["profile"].items()},
            plain(s["suits"]) if "suits" in s else None,
        )
        for s in tree.get("specialisations", ())
    )
    quality = tree.get("quality", {})
    pairs = tuple(m.QualityPair(p["items"][0], p["items"][1], p.get("max_gap", 2)) for p in quality.get("pairs", ()))
    given: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in tree.get("scoring", {}).items()}
    settings = m.ScoringSettings(**given)
    return m.Bank(
        meta=meta,
        path=path,
        scales=scales,
        competencies=competencies,
        questions=questions,
        sections=sections,
        bands=bands,
        rules=rules,
        certifications=certs,
        associations=assocs,
        stages=stages,
        caps=tuple(m.Cap(c["id"], plain(c["when"]), c["band"], c["reason"]) for c in tree.get("caps", ())),
        contradictions=tuple(
            m.Contradiction(c["id"], plain(c["when"]), c["reason"]) for c in quality.get("contradictions", ())
        ),
        specialisations=specs,
        quality_pairs=pairs,
        settings=settings,
        content_hash=content_hash,
    )


# Seconds a person takes, by question type, for a section that does not say how long it takes: a statement to rate
# is read in a few seconds, a scenario's situation and responses take most of a minute.
_SECONDS = {"likert": 10, "single": 20, "multi": 25, "scenario": 50, "profile": 15, "reflection": 120}


def _minutes(questions: Iterable[Any]) -> int:
    """The estimated minutes of these questions (at least 1), for a bank or section that does not give them."""
    seconds = sum(_SECONDS.get(q.get("type"), 20) for q in questions)
    return max(1, round(seconds / 60))


def plain(value: Any) -> Any:
    """Conditions are kept as plain dicts and lists, free of position bookkeeping."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value
