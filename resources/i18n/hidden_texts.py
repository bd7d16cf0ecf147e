"""Texts lupdate cannot see where they are used, marked here with their literal context so they reach the .ts.

lupdate needs a literal context: it skips ``QT_TRANSLATE_NOOP(CONTEXT, "…")`` (takeaway.py, kiosk_settings.py)
and a helper that passes its argument on (``_tr("…")`` in ui/errors.py). The code translates them at run time
with the same context, so a translation made for a line here is used there. tests/i18n checks that this list
matches the code; once those files spell the context out, this file can go.

Never imported; only scanned by lupdate (see docs/translations.md).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# ui/errors.py: _tr(text) = QCoreApplication.translate("errors", text)
QT_TRANSLATE_NOOP("errors", "Some question banks could not be loaded")
QT_TRANSLATE_NOOP("errors", "{files} question bank file(s) have problems and were skipped. The other banks work.")
QT_TRANSLATE_NOOP("errors", "No question bank could be loaded. Fix the problems below and start cs-quiz again.")
QT_TRANSLATE_NOOP("errors", "(and {n} more in this file)")
QT_TRANSLATE_NOOP("errors", "… and {n} more files (see Show Details).")
QT_TRANSLATE_NOOP("errors", "cs-quiz is not allowed to write to {path}. Choose another folder.")
QT_TRANSLATE_NOOP("errors", "The system reported: {why} ({path}).")
QT_TRANSLATE_NOOP("errors", "The system reported: {why}.")
QT_TRANSLATE_NOOP("errors", "cs-quiz is not allowed to write there. Choose another folder.")
QT_TRANSLATE_NOOP("errors", "Something went wrong: {why}")

# takeaway.py: CONTEXT = "Takeaway" (the kiosk's QR summary)
QT_TRANSLATE_NOOP("Takeaway", "Customer Service Director readiness")
QT_TRANSLATE_NOOP("Takeaway", "Readiness: {score}/100, {band}")
QT_TRANSLATE_NOOP("Takeaway", "Readiness: not enough answers to score")
QT_TRANSLATE_NOOP("Takeaway", "These answers can't be read as a self-assessment: take it again another time.")
QT_TRANSLATE_NOOP("Takeaway", "Scores (0-100):")
QT_TRANSLATE_NOOP("Takeaway", "Strongest:")
QT_TRANSLATE_NOOP("Takeaway", "To develop:")
QT_TRANSLATE_NOOP("Takeaway", "Next step: {step}")
QT_TRANSLATE_NOOP("Takeaway", "cs-quiz, {date}")

# kiosk_settings.py: CONTEXT = "KioskOptions" (the facilitator panel's options)
QT_TRANSLATE_NOOP("KioskOptions", "Question bank")
QT_TRANSLATE_NOOP("KioskOptions", "Section")
QT_TRANSLATE_NOOP("KioskOptions", "Ask “Still there?” after this long without input")
QT_TRANSLATE_NOOP("KioskOptions", "Then count down before starting over")
QT_TRANSLATE_NOOP("KioskOptions", "Leave the results on screen for")
QT_TRANSLATE_NOOP("KioskOptions", "Show a QR code to take the result away")
QT_TRANSLATE_NOOP("KioskOptions", "Offer to print the result")
QT_TRANSLATE_NOOP("KioskOptions", "Keep abandoned attempts (counted in the completion rate)")

# ui/unsaved.py: _tr(text) = QCoreApplication.translate("Unsaved", text)
QT_TRANSLATE_NOOP("Unsaved", "Your answers are not saved")
QT_TRANSLATE_NOOP(
    "Unsaved",
    "Your answers could not be saved in the results folder, so they will be lost when cs-quiz closes. "
    "Save them to a file first? You can score it later with cs-quiz score.",
)
QT_TRANSLATE_NOOP("Unsaved", "Save answers…")
QT_TRANSLATE_NOOP("Unsaved", "Quit without saving")
QT_TRANSLATE_NOOP("Unsaved", "Save your answers")
QT_TRANSLATE_NOOP("Unsaved", "Answers (*.json)")
QT_TRANSLATE_NOOP("Unsaved", "Saving your answers")

# ui/start_over.py: _tr(text) = QCoreApplication.translate("StartOver", text)
QT_TRANSLATE_NOOP("StartOver", "Start a new attempt?")
QT_TRANSLATE_NOOP("StartOver", "Your unfinished {what} has {n} answer(s). Resume it, or start a new attempt?")
QT_TRANSLATE_NOOP(
    "StartOver", "If you start a new one, the unfinished one stays in your history but can no longer be resumed."
)
QT_TRANSLATE_NOOP("StartOver", "Resume it")
QT_TRANSLATE_NOOP("StartOver", "Start a new one")

# ui/answer_text.py: _tr(text) = QCoreApplication.translate("ReviewPage", text)
QT_TRANSLATE_NOOP("ReviewPage", "best: {option}")
QT_TRANSLATE_NOOP("ReviewPage", "worst: {option}")
QT_TRANSLATE_NOOP("ReviewPage", "none of these")

# ui/help_dialogs.py: _tr(text) = QCoreApplication.translate("Help", text)
QT_TRANSLATE_NOOP("Help", "choose that answer (in a list of several: tick or untick it)")
QT_TRANSLATE_NOOP("Help", "Enter, →")
QT_TRANSLATE_NOOP("Help", "next question; after the last, the review")
QT_TRANSLATE_NOOP("Help", "←, Backspace")
QT_TRANSLATE_NOOP("Help", "previous question")
QT_TRANSLATE_NOOP("Help", "Tab, Shift+Tab")
QT_TRANSLATE_NOOP("Help", "move between the answers and the buttons; Space presses or ticks")
QT_TRANSLATE_NOOP("Help", "back to the start page (an unfinished attempt waits there to be resumed)")
QT_TRANSLATE_NOOP("Help", "save the report as a PDF, print it (on the results)")
QT_TRANSLATE_NOOP("Help", "larger text, smaller text, the usual size")
QT_TRANSLATE_NOOP("Help", "Ctrl+Shift+R")
QT_TRANSLATE_NOOP("Help", "class results: gather a class's or workshop's results (teacher password)")
QT_TRANSLATE_NOOP("Help", "open a question bank in the live preview, to see it while you write it")
QT_TRANSLATE_NOOP("Help", "full screen, and back")
QT_TRANSLATE_NOOP("Help", "this list")
QT_TRANSLATE_NOOP("Help", "quit (answers are saved as you go)")
QT_TRANSLATE_NOOP("Help", "Keyboard shortcuts")
QT_TRANSLATE_NOOP("Help", "Your results are kept in {path}.")
QT_TRANSLATE_NOOP("Help", "Your results are kept in memory only this time, and go when cs-quiz closes.")
QT_TRANSLATE_NOOP("Help", "How ready are you to become a Customer Service Director, and what to do next.")
QT_TRANSLATE_NOOP("Help", "It works offline: nothing you answer leaves this computer.")
QT_TRANSLATE_NOOP("Help", "Free software under the MIT licence.")
QT_TRANSLATE_NOOP("Help", "About cs-quiz")
