"""A small Flesch reading-ease score for checking that bank text is plain English.

Why our own: the check needs one formula and a syllable count, and a dependency (textstat and its dictionary)
would be far more than that. The result is an estimate; it is used as a guard rail in the tests, not as a grade.

The formula (Rudolf Flesch, 1948)::

    reading ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)

Higher is easier. Rough guide: 90-100 very easy (age 11), 60-70 plain English (age 13-15), 50-60 fairly
difficult (age 15-18), 30-50 difficult (college), below 30 very difficult (graduate).

How the parts are counted here:

- **Words** are runs of letters (apostrophes and hyphens inside a word allowed: "don't", "follow-up" is one word).
  Numbers ("300", "15%") count as words of one syllable, because a reader takes in "300" at a glance.
- **Sentences** end at ``.``, ``!``, ``?``, ``:`` or ``;`` followed by a space or the end, or at a line break (a
  Markdown list item is its own sentence). Text with no ending counts as one sentence.
- **Syllables** are estimated by a heuristic: count groups of vowels (a, e, i, o, u, y), then
  subtract a silent final "e" ("make", but not "the" or "table"), add one for "-le" after a consonant
  ("table"), subtract for the common silent endings "-es"/"-ed" ("makes", "asked"; not "raises", "needed"), and
  count a few vowel pairs that are usually said as two syllables ("media", "radio", "actual", "being", "client";
  but not "-tion", "-sion", "-cial"). Every word has at least one syllable. All-capital abbreviations of up to
  five letters (CSAT, NPS, CRM) are read as letters or a short word: we count them as one syllable per two
  letters, at least one.

The heuristic is right for most common English words and off by one for some; over a sentence of ten or more
words the errors largely cancel. Very short texts (a two-word option) swing widely, which is why the tests apply
the threshold to whole question texts and check short options more leniently.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*|\d[\d,.]*%?")
_SENTENCE_END = re.compile(r"[.!?:;]+(?=\s|$)|\n+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
# Vowel pairs usually said as two syllables: "me-di-a", "ra-di-o" (but not "-tion", "-sion", "-cial"),
# "ac-tu-al", "be-ing", "cli-ent", "ex-pe-ri-ence" (but not "friend").
_TWO_SYLLABLE_PAIRS = re.compile(r"(?<![tscx])i[ao]|u[ao]|eing|(?<!fr)(?<![tcs])ien(?=t|ce)")


def syllables(word: str) -> int:
    """Estimate the syllables in one word (at least 1)."""
    if word[0].isdigit():
        return 1
    if word.isupper() and 1 < len(word) <= 5:  # CSAT, NPS, CRM, VP: short abbreviations
        return max(1, len(word) // 2)
    w = word.lower().replace("\u2019", "'")
    w = w.split("'")[0] if w.endswith(("'s", "'t", "'re", "'ve", "'ll", "'d", "'m")) else w.replace("'", "")
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part)
    if len(w) <= 3:
        return 1
    count = len(_VOWEL_GROUPS.findall(w))
    count += len(_TWO_SYLLABLE_PAIRS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: make, state, culture
    elif w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy" and count == 1:
        count += 1  # table, able (when the vowel-group count missed it)
    elif w.endswith("es") and not w.endswith(("ses", "zes", "ces", "ges", "xes", "ches", "shes")) and count > 1:
        count -= 1  # makes, states; not raises, changes
    elif w.endswith("ed") and not w.endswith(("ted", "ded")) and count > 1:
        count -= 1  # asked, trained; not needed, started
    return max(1, count)


def words(text: str, word: re.Pattern[str] = _WORD) -> list[str]:
    """The words of ``text`` (``word`` is what a word is: readability_es.py passes its own, with Spanish letters)."""
    return word.findall(_strip_markdown(text))


def sentence_count(text: str, word: re.Pattern[str] = _WORD) -> int:
    text = _strip_markdown(text).strip()
    if not text:
        return 0
    parts = [p for p in _SENTENCE_END.split(text) if word.search(p)]
    return max(1, len(parts))


def flesch_reading_ease(text: str) -> float:
    """Flesch reading ease of ``text`` (higher is easier). Empty text scores 100."""
    ws = words(text)
    if not ws:
        return 100.0
    n_sentences = sentence_count(text)
    n_syllables = sum(syllables(w) for w in ws)
    return 206.835 - 1.015 * (len(ws) / n_sentences) - 84.6 * (n_syllables / len(ws))


def _strip_markdown(text: str) -> str:
    # **bold**, *italic* and "- " list markers are formatting, not words.
    text = re.sub(r"^\s*-\s+", "", text, flags=re.MULTILINE)
    return text.replace("*", "")
