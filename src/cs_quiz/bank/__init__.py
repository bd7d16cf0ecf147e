"""The question-bank format: YAML read with positions, the declared fields, the checks, and the model."""
