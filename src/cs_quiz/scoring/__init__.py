"""Answers to scores, readiness, response-quality flags and advice; the result types and message templates; evaluate() is the one door."""
