"""``python -m cs_quiz``: the same as the ``cs-quiz`` command."""

import sys

from .cli import main

sys.exit(main())
