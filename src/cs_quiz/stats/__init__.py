"""Statistics over many stored attempts, for facilitators, teachers and bank authors (issue 18): group results,
item statistics and before/after comparisons. The standard library's ``statistics``, and numpy for item
statistics only (:mod:`~cs_quiz.stats.arrays`, imported when they are computed); no Qt.

Modules: :mod:`~cs_quiz.stats.sample` (what a statistic sees of an attempt: no nickname; choosing attempts),
:mod:`~cs_quiz.stats.group` (a class at a glance), :mod:`~cs_quiz.stats.items` (item statistics and faulty items,
over :mod:`~cs_quiz.stats.responses` and :mod:`~cs_quiz.stats.reliability`), :mod:`~cs_quiz.stats.change`
(before and after, two cohorts), :mod:`~cs_quiz.stats.standing` (where a person stands) and
:mod:`~cs_quiz.stats.numbers` (t and F distributions, summaries). Every result is frozen dataclasses; JSON through
:func:`cs_quiz.scoring.results.to_dict`."""
