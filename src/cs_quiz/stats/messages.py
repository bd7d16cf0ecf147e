"""The sentences item statistics say to a bank's author, as English templates for
:class:`cs_quiz.scoring.results.Text` (the GUI translates them in context "Core", like the scoring messages).

Written for someone who writes questions, not statistics: what the numbers mean for the question, then what to
check. Parameters: ``question`` (id), ``text`` (the question's words), ``competency`` (its name), ``r`` and the
alphas rounded to two decimals.
"""

from __future__ import annotations

from cs_quiz.scoring.messages import QT_TRANSLATE_NOOP

NEGATIVE_R = QT_TRANSLATE_NOOP(
    "Core",
    "Question '{question}' (\u201c{text}\u201d) goes against the other {competency} questions: people who score high"
    " on them tend to score low on this one (correlation {r}). Check the wording, which may be read the other way"
    " round, and whether the question should be reverse-keyed.",
)

NEGATIVE_R_REVERSED = QT_TRANSLATE_NOOP(
    "Core",
    "Question '{question}' (\u201c{text}\u201d) goes against the other {competency} questions: people who score high"
    " on them tend to score low on this one (correlation {r}). It is reverse-keyed: check whether it should be, and"
    " whether the wording is read the way it is meant.",
)

LOW_R = QT_TRANSLATE_NOOP(
    "Core",
    "Question '{question}' (\u201c{text}\u201d) hardly tells apart people who do well and less well on the other"
    " {competency} questions (correlation {r}, below {minimum}). Check whether the wording is clear, whether"
    " nearly everyone gives the same answer, and whether it belongs to {competency} at all.",
)

ALPHA_RISES = QT_TRANSLATE_NOOP(
    "Core",
    "Without question '{question}' (\u201c{text}\u201d) the {competency} questions would agree better with each"
    " other (Cronbach's alpha {without} instead of {alpha}). Check the wording, or whether it measures something"
    " other than {competency}.",
)
