"""Take docs/results-high-contrast.png from the real window: run under Xvfb (or any X display).

    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_screenshots_a11y.py

Chooses the high-contrast theme from the View menu's action, answers the bundled Quick check with the keyboard
into a temporary data folder, and grabs the results screen with QScreen.grabWindow.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from screenshot_helpers import close, key, open_window, require_display, settle, shot, take_quiz


def main() -> int:
    window, tmp = open_window("cs-quiz-a11y-shots-", lang="en")
    window.theme_actions["high-contrast"].trigger()
    window.welcome.nickname.setText("Alex")
    settle()
    window.welcome.section_buttons["quick"].setFocus()
    key(Qt.Key.Key_Return)  # Quick check
    take_quiz(window)
    shot(window, "results-high-contrast.png")
    close(window, tmp)
    return 0


if __name__ == "__main__":
    require_display("make_screenshots_a11y.py")
    sys.exit(main())
