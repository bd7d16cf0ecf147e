"""Run-time hook of the Linux bundle, in place of PyInstaller's pyi_rth_pyside6 (packaging/cs-quiz.spec).

PyInstaller's hook imports PySide6.QtCore at every start to check Qt's paths, which costs ~0.25 s before the
first line of cs-quiz runs, even for ``cs-quiz --version`` or ``cs-quiz score`` in English, which need no Qt.
This one only says where the bundled Qt plugins are; PySide6's wheel finds the rest of its files itself (its
embedded qt.conf is relative to the QtCore module), as PyInstaller's hook would have found.
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, "PySide6", "Qt", "plugins")  # type: ignore[attr-defined]
