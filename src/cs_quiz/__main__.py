"""``python -m cs_quiz``: the same as the ``cs-quiz`` command."""

import sys

from cs_quiz.cli.main import main

sys.exit(main())
