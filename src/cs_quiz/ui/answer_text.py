"""An answer as the person would say it back: the scale's words, the option's text, best and worst, a number with its
unit — for the review before finishing, where a person checks what they answered."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cs_quiz.bank.model import NOT_YET, Bank, Question, QuestionType


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


def _option(question: Question, option_id: object) -> str:
    found = question.option(str(option_id))
    return found.text if found is not None else str(option_id)


def answer_text(bank: Bank, question: Question, answer: Any) -> str:
    """``answer`` (as the session keeps it) in words; "" when there is none."""
    if answer is None:
        return ""
    if question.type is QuestionType.LIKERT and question.scale in bank.scales:
        scale = bank.scales[question.scale]
        return scale.not_yet if answer == NOT_YET and scale.not_yet else scale.label(int(answer))
    if question.type is QuestionType.SCENARIO and isinstance(answer, Mapping):
        parts = []
        if "best" in answer:
            parts.append(_tr("best: {option}").format(option=_option(question, answer["best"])))
        if "worst" in answer:
            parts.append(_tr("worst: {option}").format(option=_option(question, answer["worst"])))
        return "; ".join(parts)
    if isinstance(answer, list | tuple):
        return "; ".join(_option(question, a) for a in answer) or _tr("none of these")
    if isinstance(answer, int | float) and not isinstance(answer, bool) and not question.options:
        number = QLocale().toString(float(answer), "g", 12)
        return f"{number} {question.unit}".strip()
    return _option(question, answer)
