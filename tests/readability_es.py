"""A small Fernández-Huerta reading-ease score for checking that Spanish bank text is plain Spanish.

The Spanish twin of ``tests/readability.py`` (Flesch, for English): one formula and a syllable counter, no
dependency. The result is an estimate, used as a guard rail in the tests, not as a grade.

The formula
-----------
José Fernández Huerta (1959) adapted Flesch's reading ease to Spanish. It is usually printed as::

    L = 206.84 - 0.60 * P - 1.02 * F

with P = syllables per 100 words and F = sentences per 100 words. Read literally, that F makes a text *harder*
the more sentences it has, so splitting a long sentence in two lowers the score -- the opposite of Flesch, and
of what the formula was adapted to measure. Gwillim Law (LINGUIST List 22.2332, 2011) showed the printed form
cannot be right; the form used by readability tools (textstat's ``fernandez_huerta``, legible.es) and here keeps
Flesch's shape, with F the average sentence length in words::

    L = 206.84 - 0.60 * P - 1.02 * F      P = syllables per 100 words, F = words per sentence
      = 206.84 - 60 * (syllables / words) - 1.02 * (words / sentences)

Higher is easier. Fernández Huerta's scale: 90-100 very easy (age 10), 80-90 easy (11), 70-80 fairly easy (12),
60-70 normal (13-15), 50-60 fairly difficult (pre-university), 30-50 difficult (university), below 30 very
difficult. Spanish words are longer in syllables than English ones (about 2 per word against 1.4), and the
Spanish coefficient (60) is smaller than the English one (84.6) to make up for it, so the two scales are roughly
comparable but not equal: do not compare a Spanish score with an English one point for point.

How the parts are counted
-------------------------
- **Words** are runs of letters, Spanish accented letters and ñ included (apostrophes and hyphens inside a word
  allowed). Numbers ("300", "15%") count as words of one syllable, as in the English module: a reader takes in
  "300" at a glance.
- **Sentences** are counted as in the English module (its ``sentence_count``, given our letters): they end at
  ``.``, ``!``, ``?``, ``:`` or ``;`` followed by a space or the end, or at a line break (a Markdown list item is
  its own sentence). The opening ``¿`` and ``¡`` are not sentence ends. Text with no ending counts as one sentence.
- **Syllables** follow Spanish spelling, which is regular enough for a short rule set:

  1. The ``u`` of ``que``, ``qui``, ``gue``, ``gui`` is silent and dropped (``queso``, ``guion``); ``ü``
     (``pingüino``) is said and stays.
  2. ``y`` is a vowel when no vowel follows it (``hoy``, ``muy``, the word ``y``) and a consonant otherwise
     (``ayuda``, ``leyes``).
  3. Each run of vowels is split into syllable nuclei. The strong vowels ``a``, ``e``, ``o`` -- and an accented
     ``í`` or ``ú``, which breaks a diphthong -- each make their own nucleus, so two strong vowels side by side
     are two syllables (hiatus: ``te-a-tro``, ``le-er``, ``dí-a``, ``pa-ís``, ``re-ú-ne``). Unaccented ``i`` and
     ``u`` join a strong neighbour (diphthong or triphthong: ``cliente``, ``huevo``, ``buey``), and a run of
     them with no strong vowel is one nucleus (``ciudad``, ``muy``).
  4. ``h`` is a consonant for the count, so it separates vowels (``a-ho-ra``, ``pro-hi-bir``, ``a-hí``). This is
     right for almost every word; the rare ``ahu-mar`` counts one syllable too many.
  5. All-capital abbreviations of up to five letters (CSAT, NPS, CRM, IA) count one syllable per letter. Most are
     spelled out in Spanish ("e-ne pe e-se", five syllables) and a few are read as a word ("ce-sat", two), so one
     per letter is a middle way. Every word has at least one syllable.

  The rules follow the spelling norm (every written hiatus counts), so everyday speech, which often merges
  ``te-a-tro`` into two syllables, would score a little easier than this count. The error is small and always
  in the same direction: the check is slightly stricter than a reader.
"""

from __future__ import annotations

import re

import readability  # the sentence and word counting, with our letters

_LETTERS = "A-Za-zÁÉÍÓÚÜÑáéíóúüñ"
_WORD = re.compile(rf"[{_LETTERS}]+(?:['\u2019-][{_LETTERS}]+)*|\d[\d,.]*%?")
_VOWEL_RUNS = re.compile(r"[aeiouáéíóúü]+")
_STRONG = frozenset("aeoáéóíú")  # a, e, o and accented i, u: each is its own syllable nucleus
_SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")  # que, qui, gue, gui
_Y_AS_VOWEL = re.compile(r"y(?![aeiouáéíóú])")  # hoy, muy, y; not ayuda, leyes


def syllables(word: str) -> int:
    """Estimate the syllables in one Spanish word (at least 1)."""
    if word[0].isdigit():
        return 1
    if word.isupper() and 1 < len(word) <= 5:  # CSAT, NPS, CRM, IA: read letter by letter
        return len(word)
    w = word.lower().replace("\u2019", "'").replace("'", "")
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part)
    w = _Y_AS_VOWEL.sub("i", _SILENT_U.sub("", w))
    count = 0
    for run in _VOWEL_RUNS.findall(w):
        strong = sum(1 for c in run if c in _STRONG)
        count += strong or 1  # only weak vowels (ui, iu): one diphthong
    return max(1, count)


def words(text: str) -> list[str]:
    return readability.words(text, _WORD)


def sentence_count(text: str) -> int:
    return readability.sentence_count(text, _WORD)


def fernandez_huerta(text: str) -> float:
    """Fernández-Huerta reading ease of ``text`` (higher is easier). Empty text scores 100."""
    ws = words(text)
    if not ws:
        return 100.0
    syllables_per_100_words = 100 * sum(syllables(w) for w in ws) / len(ws)
    words_per_sentence = len(ws) / sentence_count(text)
    return 206.84 - 0.60 * syllables_per_100_words - 1.02 * words_per_sentence
