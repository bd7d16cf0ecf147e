"""cs-quiz: how ready are you to become a Customer Service Director, and what to do next."""

__version__ = "0.1.0"
