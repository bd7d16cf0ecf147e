"""Take docs/results-es.png, the results screen in Spanish, from the real window: run under Xvfb (or any display).

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots_es.py

Starts the app in English, chooses Español on the welcome screen (no restart, as a person would), takes the bundled
Quick check with the keyboard into a temporary data folder and grabs the results screen. With ``--lang-arg`` it
starts with ``--lang es`` instead.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import Qt
from screenshot_helpers import close, key, open_window, require_display, settle, shot, take_quiz

from cs_quiz.ui import language


def main() -> int:
    options = argparse.ArgumentParser()
    options.add_argument("--lang-arg", action="store_true", help="start with --lang es instead of choosing it")
    opts = options.parse_args()
    window, tmp = open_window("cs-quiz-shots-es-", lang="es" if opts.lang_arg else "en")
    settle(400)  # the window manager (or Xvfb) gives it focus
    if not opts.lang_arg:
        key(Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # “&Language:”
        picker = window.welcome.language_picker
        while picker.currentData() != "es":
            key(Qt.Key.Key_Down)
        settle()
    assert language.current_language() == "es"
    window.welcome.nickname.setText("Lucía")
    shot(window, "welcome-es.png")
    window.welcome.section_buttons["quick"].setFocus()
    key(Qt.Key.Key_Return)
    take_quiz(window)  # ends with Terminar y ver resultados
    shot(window, "results-es.png")
    close(window, tmp)
    return 0


if __name__ == "__main__":
    require_display("make_screenshots_es.py")
    sys.exit(main())
