"""Every sentence the core writes for people, as English templates with named parameters.

The core cannot import Qt, yet the GUI translates these with Qt's translation system: the marker below has the
name Qt's ``lupdate`` looks for, so the templates land in ``resources/i18n/*.ts`` under the context "Core", and
the GUI renders a :class:`~cs_quiz.scoring.results.Text` with ``QCoreApplication.translate("Core", template)``. The CLI
and the JSON output render them in English. Parameters are bank text (already in the bank's language), numbers
(formatted for the reader's locale when shown) or other texts.
"""

from __future__ import annotations

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate extracts
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


# A competency's score as the sum of its answers (results.CompetencyScore.sum_said): a quiz's "7 of 10", an
# inventory's "34 on a scale of 10 to 50".
SUM_OF = QT_TRANSLATE_NOOP("Core", "{sum} of {high}")
SUM_IN_RANGE = QT_TRANSLATE_NOOP("Core", "{sum} on a scale of {low} to {high}")

# Reasons behind advice (conditions.py).
BAND_IS = QT_TRANSLATE_NOOP("Core", "your readiness band is {band}")
STAGE_IS = QT_TRANSLATE_NOOP("Core", "your career stage is {stage}")
COMPETENCY_BELOW = QT_TRANSLATE_NOOP("Core", "your {name} score is {value}, below {limit}")
COMPETENCY_AT_LEAST = QT_TRANSLATE_NOOP("Core", "your {name} score is {value}, at least {limit}")
IS_GAP = QT_TRANSLATE_NOOP("Core", "{name} ({value}) is one of the areas you most need to work on")
NOT_GAP = QT_TRANSLATE_NOOP("Core", "{name} ({value}) is not one of the areas you most need to work on")
COMPETENCY_BETWEEN = QT_TRANSLATE_NOOP("Core", "your {name} score is {value}, between {low} and {high}")
READINESS_BELOW = QT_TRANSLATE_NOOP("Core", "your overall readiness score is {value}, below {limit}")
READINESS_AT_LEAST = QT_TRANSLATE_NOOP("Core", "your overall readiness score is {value}, at least {limit}")
READINESS_BETWEEN = QT_TRANSLATE_NOOP("Core", "your overall readiness score is {value}, between {low} and {high}")
ANSWERED = QT_TRANSLATE_NOOP("Core", "you answered “{question}”")
NOT_ANSWERED = QT_TRANSLATE_NOOP("Core", "you have not answered “{question}”")
INCLUDES = QT_TRANSLATE_NOOP("Core", "your answers to “{question}” include {option}")
NOT_INCLUDES = QT_TRANSLATE_NOOP("Core", "your answers to “{question}” do not include {option}")
CHOICE_IS = QT_TRANSLATE_NOOP("Core", "your answer to “{question}” is {option}")
AMOUNT_BELOW = QT_TRANSLATE_NOOP("Core", "your answer to “{question}” is {amount}, below {limit}")
AMOUNT_AT_LEAST = QT_TRANSLATE_NOOP("Core", "your answer to “{question}” is {amount}, at least {limit}")
AMOUNT_BETWEEN = QT_TRANSLATE_NOOP("Core", "your answer to “{question}” is {amount}, between {low} and {high}")
AMOUNT_WITH_UNIT = QT_TRANSLATE_NOOP("Core", "{value} {unit}")

# Development actions and the best-fitting specialisation (advice.py).
ACTION_BECAUSE = QT_TRANSLATE_NOOP("Core", "because your {name} score is {value}")
AREA = QT_TRANSLATE_NOOP("Core", "{name} ({score})")
STRONGEST_AREA = QT_TRANSLATE_NOOP("Core", "your strongest area for this role is {area}")
STRONGEST_AREAS = QT_TRANSLATE_NOOP("Core", "your strongest areas for this role are {first} and {second}")

# Response-quality notes for facilitators (scoring.py).
TOO_FAST = QT_TRANSLATE_NOOP(
    "Core",
    "{count} answers took {seconds} seconds in all, {per} seconds each on average, under the {minimum} seconds it "
    "takes to read a question. The answers may not have been read; interpret the scores with care.",
)
LONG_STRING = QT_TRANSLATE_NOOP(
    "Core",
    "{run} rating statements in a row got the same answer (“{label}”), {share}% of them: statements that say "
    "opposite things cannot all be answered alike.",
)
ALTERNATING = QT_TRANSLATE_NOOP(
    "Core",
    "The answers see-saw between the two ends of the scale ({share}% of them): a pattern, not a self-description.",
)
ACQUIESCENCE = QT_TRANSLATE_NOOP(
    "Core",
    "Agreed with {share}% of statements and with {share_reversed}% of their opposites: nobody can be both, so the "
    "answers say more about agreeing than about the person.",
)
INCONSISTENT = QT_TRANSLATE_NOOP(
    "Core",
    "Statements about the same skill got unrelated answers (agreement {value}, where honest answers give well "
    "above {minimum}): the answers look random.",
)
PROFILE_CONTRADICTION = QT_TRANSLATE_NOOP("Core", "The answers about you do not fit together: {reason}")

# The same notes said to the person who answered (the withheld result), by flag kind.
TO_PERSON = {
    "straight-lining": QT_TRANSLATE_NOOP(
        "Core", "Every statement got the same answer, even statements that say opposite things."
    ),
    "long-string": QT_TRANSLATE_NOOP("Core", "Many statements in a row got the same answer."),
    "alternating": QT_TRANSLATE_NOOP("Core", "The answers jumped back and forth between the two ends of the scale."),
    "acquiescence": QT_TRANSLATE_NOOP("Core", "You agreed with statements and also with their opposites."),
    "inconsistent": QT_TRANSLATE_NOOP("Core", "Statements about the same thing got very different answers."),
    "too-fast": QT_TRANSLATE_NOOP("Core", "The answers came faster than the statements can be read."),
    "contradiction": QT_TRANSLATE_NOOP("Core", "Two statements that say the same thing got opposite answers."),
}
STRAIGHT_LINING = QT_TRANSLATE_NOOP(
    "Core",
    "All {count} rating statements got the same answer (“{label}”), so they cannot be interpreted. Ask whether "
    "the statements were read before discussing the scores.",
)
STRAIGHT_LINING_REVERSED = QT_TRANSLATE_NOOP(
    "Core",
    "All {count} rating statements got the same answer (“{label}”), including {reversed} worded in reverse, so "
    "they cannot be interpreted. Ask whether the statements were read before discussing the scores.",
)
CONTRADICTION = QT_TRANSLATE_NOOP(
    "Core",
    "“{first}” and “{second}” ask about the same thing, but the answers “{answer1}” and “{answer2}” are {gap} "
    "scale points apart (more than {max_gap}). Ask what the person had in mind before reading the {topic} score.",
)
CONTRADICTION_REVERSED = QT_TRANSLATE_NOOP(
    "Core",
    "“{first}” and “{second}” ask about the same thing (one is worded in reverse), but the answers “{answer1}” "
    "and “{answer2}” are {gap} scale points apart once the wording is allowed for (more than {max_gap}). Ask "
    "what the person had in mind before reading the {topic} score.",
)

# The results store (store.py): problems people see in the app's message bar and dialogs.
STORE_CANNOT_OPEN = QT_TRANSLATE_NOOP("Core", "The results database {path} cannot be opened: {why}")
STORE_NEWER = QT_TRANSLATE_NOOP(
    "Core",
    "The results database {path} was written by a newer version of cs-quiz (schema {found}; this version knows up "
    "to {known}). Update cs-quiz, or use --data-dir to choose another folder.",
)
STORE_DISK_FULL = QT_TRANSLATE_NOOP(
    "Core",
    "Results cannot be saved to {path}: the disk is full. Your answers are kept in memory until cs-quiz "
    "closes: finish, then save the report or export the results somewhere else.",
)
STORE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Core",
    "Results cannot be saved to {path}: the folder or file is read-only. Your answers are kept in memory until "
    "cs-quiz closes: finish, then save the report or export the results somewhere else.",
)
STORE_DISK_OTHER = QT_TRANSLATE_NOOP(
    "Core",
    "Results cannot be saved to {path}: the system reported: {why}. Your answers are kept in memory until "
    "cs-quiz closes: finish, then save the report or export the results somewhere else.",
)
STORE_BUSY = QT_TRANSLATE_NOOP(
    "Core", "The results database is busy: another cs-quiz window is writing to it. Try again."
)
STORE_SAVE_FAILED = QT_TRANSLATE_NOOP("Core", "Could not save to the results database: {why}")
STORE_NO_ATTEMPT = QT_TRANSLATE_NOOP("Core", "There is no attempt {attempt} in the results database.")
STORE_ATTEMPT_FINISHED = QT_TRANSLATE_NOOP("Core", "Attempt {attempt} is finished and can no longer change.")
STORE_ATTEMPT_ABANDONED = QT_TRANSLATE_NOOP("Core", "Attempt {attempt} is abandoned and can no longer change.")
