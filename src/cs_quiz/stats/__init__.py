"""Statistics over many stored attempts, for facilitators, teachers and bank authors (issue 18): group results,
item statistics and before/after comparisons. Plain Python (the standard library's ``statistics``), no Qt."""
