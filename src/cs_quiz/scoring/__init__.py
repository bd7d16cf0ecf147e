"""Answers to scores, readiness, response-quality flags and advice; the result types and message templates.

:func:`cs_quiz.scoring.engine.evaluate` is the one door every front end scores through.
"""
