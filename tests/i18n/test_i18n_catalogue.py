"""The Spanish catalogue is complete and current: every text in the code has a finished translation with the same
placeholders, nothing stale is kept, the texts lupdate cannot see are listed for it, and the catalogues compile."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cs_quiz.ui import language

from .i18n_hidden import hidden_messages

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SOURCES = [ROOT / "src" / "cs_quiz", I18N / "hidden_texts.py"]
LUPDATE = language.lrelease_program().with_name(language.lrelease_program().name.replace("lrelease", "lupdate"))

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def lupdate(ts: Path, *extra: str) -> None:
    """Merge the texts now in the code into ``ts`` as the docs' command does (new ones arrive unfinished,
    ones no longer in the code are marked vanished)."""
    done = subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-locations", "none", *extra, *map(str, SOURCES), "-ts", str(ts)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def kind(message: ET.Element) -> str | None:
    """The translation's type: "unfinished", "vanished", "obsolete", or None when finished."""
    translation = message.find("translation")  # (an Element without children is falsy: no `or` here)
    return None if translation is None else translation.get("type")


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.fixture(scope="module")
def fresh_es(tmp_path_factory: pytest.TempPathFactory) -> Path:
    ts = tmp_path_factory.mktemp("i18n") / "cs_quiz_es.ts"
    shutil.copy(I18N / "cs_quiz_es.ts", ts)
    lupdate(ts)
    return ts


def test_every_text_in_the_code_has_a_finished_spanish_translation(fresh_es: Path) -> None:
    problems = []
    for context, m in messages(fresh_es):
        source = m.findtext("source") or ""
        if kind(m) is not None:
            problems.append(f"{context}: {kind(m)}: {source!r}")
        elif not all(t.strip() for t in texts(m)):
            problems.append(f"{context}: empty: {source!r}")
    assert not problems, "untranslated or stale (run the lupdate command in docs/translations.md):\n" + "\n".join(
        problems
    )
    assert len(messages(fresh_es)) > 300


def test_placeholders_mnemonics_and_edges_match(fresh_es: Path) -> None:
    problems = []
    for context, m in messages(fresh_es):
        source = m.findtext("source") or ""
        if kind(m) is not None:
            continue  # reported by the test above
        for text in texts(m):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: placeholders differ: {source!r} -> {text!r}")
            if ("&" in source) != ("&" in text):
                problems.append(f"{context}: keyboard mnemonic (&) differs: {source!r} -> {text!r}")
            if source[:1].isspace() != text[:1].isspace() or source[-1:].isspace() != text[-1:].isspace():
                problems.append(f"{context}: leading/trailing space differs: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)


def test_the_committed_catalogue_is_what_lupdate_makes(fresh_es: Path) -> None:
    """Nobody hand-edited a source text or forgot to run lupdate: merging changes nothing."""
    committed = {(c, m.findtext("source"), tuple(texts(m))) for c, m in messages(I18N / "cs_quiz_es.ts")}
    fresh = {(c, m.findtext("source"), tuple(texts(m))) for c, m in messages(fresh_es)}
    assert committed == fresh


def test_english_catalogue_has_every_plural_form(tmp_path: Path) -> None:
    ts = tmp_path / "cs_quiz_en.ts"
    shutil.copy(I18N / "cs_quiz_en.ts", ts)
    lupdate(ts, "-pluralonly")
    plural = [(c, m) for c, m in messages(ts) if m.get("numerus") == "yes"]
    assert plural, "no %n text in the code any more? then cs_quiz_en.ts can go"
    for context, m in plural:
        assert kind(m) is None, f"{context}: {kind(m)}: {m.findtext('source')!r}"
        singular, *others = texts(m)
        assert "(s)" not in singular and all("(s)" not in t for t in others), m.findtext("source")


def test_texts_lupdate_cannot_see_are_listed_for_it() -> None:
    """A context held in a variable, or a helper passing its argument on, hides the text from lupdate; such
    texts must be in resources/i18n/hidden_texts.py (and that file must hold nothing else)."""
    hidden = {msg for _path, _line, msg in hidden_messages(ROOT / "src" / "cs_quiz")}
    listed = {msg for _path, _line, msg in hidden_messages(I18N)} | set(_literal_marks(I18N / "hidden_texts.py"))
    missing = sorted(hidden - listed)
    stale = sorted(listed - hidden)
    assert not missing, f"add to resources/i18n/hidden_texts.py: {missing}"
    assert not stale, f"no longer in the code, remove from hidden_texts.py: {stale}"


def _literal_marks(path: Path) -> list[tuple[str, str]]:
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP":
            context, text = node.args
            assert isinstance(context, ast.Constant) and isinstance(text, ast.Constant)
            found.append((str(context.value), str(text.value)))
    return found


@pytest.mark.parametrize("code", ["es", "en"])
def test_catalogues_compile_without_unfinished_texts(tmp_path: Path, code: str) -> None:
    qm = tmp_path / f"cs_quiz_{code}.qm"
    done = subprocess.run(
        [str(language.lrelease_program()), str(I18N / f"cs_quiz_{code}.ts"), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert " 0 unfinished" in done.stdout and qm.stat().st_size > 0


def test_a_checkout_compiles_the_ts_into_the_cache_once(tmp_path: Path) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(I18N / "cs_quiz_es.ts", folder)
    cache = tmp_path / "cache"
    first = language.catalogue("es", folder, cache)
    assert first is not None and first.parent == cache and first.suffix == ".qm"
    stamp = first.stat().st_mtime_ns
    assert language.catalogue("es", folder, cache) == first and first.stat().st_mtime_ns == stamp
    (folder / "cs_quiz_es.ts").write_text(
        (folder / "cs_quiz_es.ts").read_text(encoding="utf-8").replace("Saltar", "Pasar"), encoding="utf-8"
    )
    edited = language.catalogue("es", folder, cache)
    assert edited is not None and edited != first  # an edited .ts is compiled again
    shipped = folder / "cs_quiz_es.qm"
    shipped.write_bytes(first.read_bytes())
    assert language.catalogue("es", folder, cache) == shipped  # a wheel's .qm wins
    assert language.catalogue("fr", folder, cache) is None


@pytest.mark.parametrize(
    ("requested", "remembered", "system", "expected"),
    [
        ("es", "en", "en_US", "es"),  # --lang first
        (None, "es", "en_US", "es"),  # then the remembered choice
        (None, "", "es_MX", "es"),  # then the system's language
        (None, "", "fr_FR", "en"),  # then English
        (None, "", "C", "en"),
        ("es-419", "", "C", "es"),
        ("de", "", "es_ES", "es"),  # a language we do not have counts as not given
    ],
)
def test_which_language_to_start_in(requested: str | None, remembered: str, system: str, expected: str) -> None:
    assert language.resolve(requested, remembered, system) == expected


def test_no_f_string_inside_tr() -> None:
    from .i18n_hidden import formatted_inside_tr

    found = [f"{p.relative_to(ROOT)}:{line}" for p, line in formatted_inside_tr(ROOT / "src" / "cs_quiz")]
    assert not found, f"use tr('… {{name}} …').format(name=…) instead of an f-string: {found}"
