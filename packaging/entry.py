"""The bundle's entry point: the ``cs-quiz`` console script (``cs_quiz.cli.main:main``), for PyInstaller.

PyInstaller freezes a script, not an entry point; this is the script. It is what ``pip`` writes into
``bin/cs-quiz``, so the bundle parses the same arguments and returns the same exit codes.
"""

import sys

from cs_quiz.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
