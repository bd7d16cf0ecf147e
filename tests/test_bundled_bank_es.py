"""The Spanish bundled bank (questions/csd-readiness.es.yaml) is the English bank in Spanish, and nothing else.

Issue 7 asks for Spanish versions of the bundled banks "same ids, so results compare across languages". This
checks that promise on the loaded model, not on the text:

- **Valid**: the real loader accepts the Spanish file with no errors; it has the English bank's id and version and
  ``language: es``; the folder loader accepts both files side by side.
- **Same ids**, kind by kind and in the same order: competencies, scales and their values, questions, options per
  question, sections and their question lists, bands, career stages, advice rules, certifications, associations,
  specialisations.
- **Same numbers and scoring fields**: every field of every model object is compared between the two banks except
  an explicit list of human-text fields (``TEXT_FIELDS``). So question type, competency, scale, reverse keying,
  weights, option points, ``ask``, scenario keys, profile input and bounds, gates, band ranges, conditions, rule
  targets and priorities, specialisation profiles, quality pairs, scoring settings, sources and URLs must be equal,
  and a field added to the model later is compared unless someone declares it text.
- **Same results**: the persona answer files (tests/fixtures/personas/) and a few hundred seeded random answer
  sets score to identical competency scores, readiness, band, gates, flags, career stage, advice ids,
  certifications, associations and specialisation with either bank.
- **Translated**: every text the English bank has, the Spanish one has too (feedback where there is feedback,
  help where there is help, as many next steps per rule); no text is left equal to the English; certification
  names and issuers stay the English proper names; and a few common English words never appear as whole words
  in translated text once proper names are set aside.

Readability
-----------
Text is scored with the Fernández-Huerta reading ease (``tests/readability_es.py``, which explains the formula and
the syllable count). Thresholds, on Fernández Huerta's scale (60-70 "normal", age 13-15):

- **Question texts**, measured over the scenario situation and the question together, every question whatever its
  length: **at least 60** ("normal"). A career-class student of 16 reads these while answering.
- **Options, feedback, key rationales and help texts of 10 words or more**: **at least 60** too.
- **Texts under 10 words** (options such as "Vicepresidente o vicepresidenta", "Una designación de ICMI, como CCSL
  o CCOM"): the formula is not meaningful on a few words -- one acronym, which is spelled out letter by letter,
  swings it by 30 points -- so these are checked only for words of more than 6 syllables, the mark of jargon.
  Spanish takes about a quarter more words than English to say the same thing (articles, "de" phrases), which is
  why the English test's 8-word limit is 10 here.
- **What people read in their results** (competency descriptions, development actions, band meanings, career
  stages, advice next steps, certification and association texts, specialisations), 10 words or more: **at least
  50** ("fairly difficult"). These must name departments, programme types and bodies, which the formula punishes
  whatever the sentence around them.
"""

from __future__ import annotations

import dataclasses
import random
import re
import statistics
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cs_quiz.bank import model as m
from cs_quiz.bank.load import load_bank, load_paths, plain
from cs_quiz.bank.model import Bank, ProfileInput, QuestionType
from cs_quiz.bank.yamlsafe import parse_file
from cs_quiz.scoring.engine import Evaluation, evaluate
from readability_es import fernandez_huerta, sentence_count, syllables, words
from test_bundled_bank import result_texts  # the same results texts as the English bank's check

ROOT = Path(__file__).resolve().parent.parent
EN_PATH = ROOT / "questions" / "csd-readiness.yaml"
ES_PATH = ROOT / "questions" / "csd-readiness.es.yaml"
PERSONAS = sorted((Path(__file__).parent / "fixtures" / "personas").glob("*.yaml"))

QUESTION_MIN_EASE = 60.0
ANSWERING_MIN_EASE = 60.0
RESULT_MIN_EASE = 50.0
SHORT_TEXT_WORDS = 10
MAX_SHORT_WORD_SYLLABLES = 6

# The fields of the model that hold text people read, and so differ between languages. Every other field of every
# model object must be equal in the two banks. (Certification names and issuers are not here: they are proper
# names and stay in English. Association names are here because one carries a translated gloss, "antes ...";
# test_proper_names_stay_in_english checks the name itself.)
TEXT_FIELDS: dict[type, frozenset[str]] = {
    m.Bank: frozenset({"path", "content_hash"}),
    m.Meta: frozenset({"title", "description", "language"}),
    m.Scale: frozenset({"name", "not_yet"}),
    m.ScalePoint: frozenset({"label"}),
    m.Competency: frozenset({"name", "description"}),
    m.DevelopmentAction: frozenset({"text"}),
    m.Question: frozenset({"text", "situation", "help", "unit", "pos"}),
    m.Option: frozenset({"text", "feedback"}),
    m.ScenarioKey: frozenset({"rationale"}),
    m.Section: frozenset({"title", "description"}),
    m.Band: frozenset({"name", "meaning"}),
    m.Stage: frozenset({"name", "description", "next_step"}),
    m.Rule: frozenset({"next_steps", "pos", "why"}),
    m.Certification: frozenset({"description", "prerequisites"}),
    m.Association: frozenset({"name", "description"}),
    m.Specialisation: frozenset({"name", "description"}),
    m.Cap: frozenset({"reason"}),
    m.Contradiction: frozenset({"reason"}),
}

# Proper names that stay in English inside Spanish sentences, removed before looking for English words.
PROPER_NAMES = (
    "International Customer Service Association",
    "National Customer Service Week",
    "Net Promoter Score",
    "COPC CX Standard",
    "Six Sigma",
    "Lean",
)
# Common English words that are not also Spanish words: none of them belongs in a Spanish sentence.
ENGLISH_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as words
        "the and your you of to with for this that what how when will not have is are they their it or if do who "
        "which from at by an on be can customer customers team staff manager"
    ).split()
)


@pytest.fixture(scope="module")
def en() -> Bank:
    return _load(EN_PATH)


@pytest.fixture(scope="module")
def es() -> Bank:
    return _load(ES_PATH)


def _load(path: Path) -> Bank:
    result = load_bank(path)
    assert not result.errors, "\n".join(str(e) for e in result.errors)
    assert result.bank is not None
    return result.bank


# ---- validity --------------------------------------------------------------------------------------------------


def test_spanish_bank_loads_without_errors() -> None:
    result = load_bank(ES_PATH)
    assert result.ok, "\n".join(str(e) for e in result.errors)


def test_metadata(en: Bank, es: Bank) -> None:
    assert es.meta.id == en.meta.id == "csd-readiness"
    assert es.meta.version == en.meta.version
    assert es.meta.language == "es"
    assert es.meta.sources == en.meta.sources


def test_both_languages_load_side_by_side() -> None:
    folder = load_paths([EN_PATH, ES_PATH])
    assert not folder.errors, "\n".join(str(e) for e in folder.errors)
    assert sorted(b.meta.language for b in folder.banks) == ["en", "es"]


def test_first_line_points_editors_at_the_schema() -> None:
    first = ES_PATH.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=bank.schema.json"


# ---- the same ids --------------------------------------------------------------------------------------------

IDS: dict[str, Callable[[Bank], list[Any]]] = {
    "competencies": lambda b: list(b.competencies),
    "scales and their values": lambda b: [(s.id, [p.value for p in s.points]) for s in b.scales.values()],
    "questions": lambda b: list(b.questions),
    "options per question": lambda b: [(q.id, [o.id for o in q.options]) for q in b.questions.values()],
    "sections and their questions": lambda b: [(s.id, list(s.questions)) for s in b.sections.values()],
    "bands": lambda b: [band.id for band in b.bands],
    "career stages": lambda b: [s.id for s in b.stages],
    "advice rules": lambda b: [r.id for r in b.rules],
    "certifications": lambda b: list(b.certifications),
    "associations": lambda b: list(b.associations),
    "specialisations": lambda b: [s.id for s in b.specialisations],
}


@pytest.mark.parametrize("kind", sorted(IDS))
def test_same_ids_in_the_same_order(en: Bank, es: Bank, kind: str) -> None:
    assert IDS[kind](es) == IDS[kind](en)


# ---- the same numbers and scoring fields, field by field -----------------------------------------------------


def differences(a: Any, b: Any, where: str = "bank") -> Iterator[str]:
    """Every place where ``a`` and ``b`` differ, outside the declared text fields."""
    if type(a) is not type(b):
        yield f"{where}: {type(a).__name__} {a!r} != {type(b).__name__} {b!r}"
    elif dataclasses.is_dataclass(a) and not isinstance(a, type):
        text = TEXT_FIELDS.get(type(a), frozenset())
        for f in dataclasses.fields(a):
            if f.name not in text:
                yield from differences(getattr(a, f.name), getattr(b, f.name), f"{where}.{f.name}")
    elif isinstance(a, dict):
        if list(a) != list(b):
            yield f"{where}: keys {list(a)} != {list(b)}"
        else:
            for k in a:
                yield from differences(a[k], b[k], f"{where}[{k}]")
    elif isinstance(a, (tuple, list)):
        if len(a) != len(b):
            yield f"{where}: {len(a)} items != {len(b)}"
        else:
            for i, (x, y) in enumerate(zip(a, b, strict=True)):
                label = getattr(x, "id", i)
                yield from differences(x, y, f"{where}[{label}]")
    elif a != b:
        yield f"{where}: {a!r} != {b!r}"


def test_text_fields_name_real_fields() -> None:
    # A typo here would silently stop a scoring field from being compared.
    for cls, names in TEXT_FIELDS.items():
        assert names <= {f.name for f in dataclasses.fields(cls)}, cls.__name__


def test_every_number_and_scoring_field_is_equal(en: Bank, es: Bank) -> None:
    diffs = list(differences(en, es))
    assert not diffs, "\n".join(diffs)


def test_the_comparison_would_catch_a_changed_number(en: Bank) -> None:
    q = en.questions["sc-viral"]
    points = dict(q.options[0].scores, communication=3.0)
    changed = dataclasses.replace(q, options=(dataclasses.replace(q.options[0], scores=points), *q.options[1:]))
    other = dataclasses.replace(en, questions={**en.questions, "sc-viral": changed})
    assert list(differences(en, other)) == ["bank.questions[sc-viral].options[a].scores[communication]: 2.0 != 3.0"]
    renamed = dataclasses.replace(en, bands=(dataclasses.replace(en.bands[0], id="start"), *en.bands[1:]))
    assert list(differences(en, renamed)) == ["bank.bands[foundation].id: 'foundation' != 'start'"]


# ---- the same results ------------------------------------------------------------------------------------------


def outcome(ev: Evaluation) -> dict[str, Any]:
    """Everything in an evaluation that is a number or an id (the text is in the bank's language)."""
    s, a = ev.score, ev.advice
    return {
        "competencies": [(c.competency, c.score, c.answered, c.available) for c in s.competencies],
        "readiness": (s.readiness.score, s.readiness.rounded, s.readiness.band, s.readiness.uncapped_band),
        "capped_by": s.readiness.capped_by,
        "flags": [(f.kind, f.questions) for f in s.flags],
        "answered": (s.answered, s.total, s.sections),
        "stage": (a.stage.stage, a.stage.next_stage) if a.stage else None,
        "strengths": a.strengths,
        "gaps": a.gaps,
        "actions": [(x.competency, x.score, x.level) for x in a.actions],
        "next_steps": [r.id for r in a.next_steps],
        "certifications": [(r.id, r.eligible) for r in a.certifications],
        "associations": [r.id for r in a.associations],
        "specialisation": (a.specialisation.id, a.specialisation.fit) if a.specialisation else None,
    }


def score_both(en: Bank, es: Bank, answers: dict[str, Any], sections: list[str]) -> tuple[dict, dict]:
    ev_en, problems_en = evaluate(en, answers, sections)
    ev_es, problems_es = evaluate(es, answers, sections)
    assert [p.question for p in problems_en] == [p.question for p in problems_es]
    return outcome(ev_en), outcome(ev_es)


@pytest.mark.parametrize("path", PERSONAS, ids=[p.stem for p in PERSONAS])
def test_personas_score_the_same_in_both_languages(en: Bank, es: Bank, path: Path) -> None:
    tree, problems = parse_file(str(path))
    assert not problems, problems
    persona = plain(tree)
    got_en, got_es = score_both(en, es, persona["answers"], persona["sections"])
    assert got_es == got_en
    if got_en["readiness"][2] is None:  # a careless answerer (straight-liner, yes-sayer...): the result is withheld
        assert got_en["flags"] and not got_en["next_steps"], "a withheld persona is withheld for a flagged pattern"
    else:
        assert got_en["next_steps"], "the persona is scored and advised"


def random_answers(bank: Bank, sections: list[str], rng: random.Random) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for qid in bank.section_questions(sections):
        q = bank.questions[qid]
        if rng.random() < 0.1:
            continue  # left unanswered
        if q.type is QuestionType.LIKERT:
            assert q.scale is not None
            answers[qid] = rng.choice(bank.scales[q.scale].points).value
        elif q.type is QuestionType.SCENARIO:
            best, worst = rng.sample([o.id for o in q.options], 2)
            answers[qid] = {"best": best, "worst": worst}
        elif q.input is ProfileInput.NUMBER:
            answers[qid] = rng.randint(int(q.minimum or 0), min(int(q.maximum or 40), 40))
        elif q.input is ProfileInput.MULTI:
            answers[qid] = rng.sample([o.id for o in q.options], rng.randint(1, 3))
        else:
            answers[qid] = rng.choice(q.options).id
    return answers


@pytest.mark.parametrize("sections", [["quick"], ["full"], ["quick", "full"]])
def test_random_answers_score_the_same_in_both_languages(en: Bank, es: Bank, sections: list[str]) -> None:
    rng = random.Random(f"csd-readiness-es {sections}")
    bands = set()
    for _ in range(100):
        answers = random_answers(en, sections, rng)
        got_en, got_es = score_both(en, es, answers, sections)
        assert got_es == got_en, answers
        bands.add(got_en["readiness"][2])
    assert len(bands) >= 2, "the random answers reach more than one band"


# ---- translated ------------------------------------------------------------------------------------------------


def translated_texts(bank: Bank) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the Spanish bank translates, in a fixed order (both banks give the same keys)."""
    yield "bank title", bank.meta.title
    yield "bank description", bank.meta.description
    for s in bank.scales.values():
        yield f"scale {s.id}", s.name
        for p in s.points:
            yield f"scale {s.id} {p.value}", p.label
        yield f"scale {s.id} not yet", s.not_yet
    for c in bank.competencies.values():
        yield f"{c.id} name", c.name
        yield f"{c.id} description", c.description
        for a in c.actions:
            yield f"{c.id} {a.level}", a.text
    for q in bank.questions.values():
        yield q.id, q.text
        yield f"{q.id} situation", q.situation
        yield f"{q.id} help", q.help
        yield f"{q.id} unit", q.unit
        for o in q.options:
            yield f"{q.id}/{o.id}", o.text
            yield f"{q.id}/{o.id} feedback", o.feedback
        yield f"{q.id} rationale", q.key.rationale if q.key else ""
    for sec in bank.sections.values():
        yield f"section {sec.id}", sec.title
        yield f"section {sec.id} description", sec.description
    for b in bank.bands:
        yield f"band {b.id}", b.name
        yield f"band {b.id} meaning", b.meaning
    for st in bank.stages:
        yield f"stage {st.id}", st.name
        yield f"stage {st.id} description", st.description
        yield f"stage {st.id} next step", st.next_step
    for r in bank.rules:
        yield f"rule {r.id} why", r.why
        for i, step in enumerate(r.next_steps):
            yield f"rule {r.id} step {i + 1}", step
    for cert in bank.certifications.values():
        yield f"{cert.id} description", cert.description
        yield f"{cert.id} prerequisites", cert.prerequisites
    for assoc in bank.associations.values():
        yield f"{assoc.id} description", assoc.description
    for sp in bank.specialisations:
        yield f"{sp.id} name", sp.name
        yield f"{sp.id} description", sp.description


def test_every_english_text_has_a_spanish_one(en: Bank, es: Bank) -> None:
    en_texts, es_texts = dict(translated_texts(en)), dict(translated_texts(es))
    assert list(es_texts) == list(en_texts)
    missing = [k for k, v in en_texts.items() if v and not es_texts[k]]
    extra = [k for k, v in en_texts.items() if es_texts[k] and not v]
    assert not missing, f"English text with no Spanish: {missing}"
    assert not extra, f"Spanish text where the English bank has none: {extra}"


def test_no_text_is_left_as_the_english(en: Bank, es: Bank) -> None:
    en_texts = dict(translated_texts(en))
    same = [k for k, v in translated_texts(es) if v and v == en_texts[k]]
    assert not same, f"left in English: {same}"


def test_proper_names_stay_in_english(en: Bank, es: Bank) -> None:
    for cid, cert in es.certifications.items():
        assert (cert.name, cert.issuer) == (en.certifications[cid].name, en.certifications[cid].issuer)
    for aid, assoc in es.associations.items():
        # The name before any "(...)" is the body's own; a gloss in brackets may be translated.
        assert assoc.name.split(" (")[0] == en.associations[aid].name.split(" (")[0]


def english_words(text: str) -> list[str]:
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    return [w for w in re.findall(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ']+", text) if w.lower() in ENGLISH_WORDS]


def test_english_word_check_finds_english() -> None:
    assert english_words("Ask your manager for the budget") == ["your", "manager", "for", "the"]
    assert english_words("Participa en la National Customer Service Week, cada octubre.") == []
    assert english_words("Habla con tu jefe o jefa y con el equipo de ventas.") == []


def test_no_common_english_words_in_translated_text(es: Bank) -> None:
    found = [f"{where}: {hits}: {text}" for where, text in translated_texts(es) if (hits := english_words(text))]
    assert not found, "\n".join(found)


def test_the_second_person_is_tu(es: Bank) -> None:
    # "tú" form throughout: the reader is never addressed as the formal "usted".
    hits = [where for where, text in translated_texts(es) if re.search(r"\busted(es)?\b", text, re.IGNORECASE)]
    assert not hits, hits


# ---- readability -----------------------------------------------------------------------------------------------


def question_texts(bank: Bank) -> Iterator[tuple[str, str]]:
    for q in bank.questions.values():
        yield q.id, f"{q.situation} {q.text}".strip()


def answering_texts(bank: Bank) -> Iterator[tuple[str, str]]:
    """(where, text) for everything else a person reads while answering."""
    for q in bank.questions.values():
        if q.help:
            yield f"{q.id} help", q.help
        for o in q.options:
            yield f"{q.id}/{o.id}", o.text
            if o.feedback:
                yield f"{q.id}/{o.id} feedback", o.feedback
        if q.key and q.key.rationale:
            yield f"{q.id} rationale", q.key.rationale
    for s in bank.scales.values():
        for p in s.points:
            yield f"scale {s.id} {p.value}", p.label


def too_hard(texts: Iterator[tuple[str, str]], threshold: float, short_words: int = SHORT_TEXT_WORDS) -> list[str]:
    problems = []
    for where, text in texts:
        if len(words(text)) >= short_words:
            ease = fernandez_huerta(text)
            if ease < threshold:
                problems.append(f"{where}: reading ease {ease:.0f} < {threshold:.0f}: {text}")
        else:
            long_words = [w for w in words(text) if syllables(w) > MAX_SHORT_WORD_SYLLABLES]
            if long_words:
                problems.append(f"{where}: jargon in a short text {long_words}: {text}")
    return problems


def test_every_question_text_is_normal_spanish(es: Bank) -> None:
    # Every question, however short: the text is what the person must understand to answer.
    problems = too_hard(question_texts(es), QUESTION_MIN_EASE, short_words=1)
    assert not problems, "\n".join(problems)


def test_options_feedback_and_help_are_normal_spanish(es: Bank) -> None:
    problems = too_hard(answering_texts(es), ANSWERING_MIN_EASE)
    assert not problems, "\n".join(problems)


def test_results_text_is_plain_spanish(es: Bank) -> None:
    problems = too_hard(result_texts(es), RESULT_MIN_EASE)
    assert not problems, "\n".join(problems)


def test_the_bank_reads_well_on_the_whole(es: Bank) -> None:
    # The floor is 60; the bank as a whole should be well above it ("fairly easy", 70-80).
    eases = [fernandez_huerta(t) for _, t in question_texts(es)]
    assert statistics.median(eases) >= 70


def test_syllable_counter_on_diphthongs_and_hiatus() -> None:
    expected = {
        "casa": 2,
        "cliente": 2,  # ie: diphthong
        "ciudad": 2,  # iu: two weak vowels, one diphthong
        "buey": 1,  # triphthong, final y is a vowel
        "muy": 1,
        "hoy": 1,
        "y": 1,
        "ayuda": 3,  # y before a vowel is a consonant
        "leyes": 2,
        "teatro": 3,  # ea: two strong vowels, hiatus
        "leer": 2,
        "aéreo": 4,
        "día": 2,  # accented í breaks the diphthong
        "país": 2,
        "reúne": 3,
        "continúa": 4,
        "que": 1,  # silent u
        "guion": 1,
        "pingüino": 3,  # ü is said: güi is one diphthong
        "ahora": 3,  # h separates the vowels
        "atención": 3,
        "comunicación": 5,
        "responsabilidad": 6,
        "NPS": 3,  # abbreviations: one per letter (see readability_es)
        "300": 1,
        "medio-tiempo": 4,  # a hyphenated word counts its parts
    }
    got = {w: syllables(w) for w in expected}
    assert got == expected


def test_fernandez_huerta_on_known_text() -> None:
    # Short words, short sentence: very easy. A long, dense management sentence: very difficult.
    assert fernandez_huerta("El gato se sentó en la alfombra.") > 100
    hard = (
        "La transformación organizacional requiere estrategias integrales de comunicación institucional "
        "orientadas a la optimización de la experiencia."
    )
    assert fernandez_huerta(hard) < 30
    # Splitting one sentence into two makes the text easier, never harder (the corrected form of the formula).
    one = "Escucha al cliente con calma y después explica con palabras claras lo que vas a hacer hoy por él."
    two = "Escucha al cliente con calma. Después explica con palabras claras lo que vas a hacer hoy por él."
    assert sentence_count(two) == 2 and fernandez_huerta(two) > fernandez_huerta(one)
    assert fernandez_huerta("¿Qué haces? ¡Hazlo ya!") == fernandez_huerta("Qué haces. Hazlo ya.")
