"""Panel › Kiosk options as a facilitator sees it (issue 17): every caption whole, controls as wide as their
content rather than the screen, and spin boxes with arrows to tap — also the desktop's number questions."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QSpinBox

from gui_fixtures import arrow_ink


@pytest.mark.parametrize("size", [100, 200])
def test_the_options_are_whole_and_sized_to_their_content(make_kiosk: Any, qtbot: Any, size: int) -> None:
    window = make_kiosk(text_size=size)
    window.resize(1024, 600)
    window.open_panel()
    panel = window.panel
    panel.tabs.setCurrentIndex(2)
    qtbot.wait(50)
    body = panel.tabs.currentWidget().widget()
    captions = [w for w in body.findChildren(QLabel, "fieldLabel") if w.text()]
    assert len(captions) >= 9
    for caption in captions:
        assert caption.height() >= caption.heightForWidth(caption.width()), f"cut: {caption.text()!r}"
    widths = {caption.width() for caption in captions}
    assert len(widths) == 1, "the captions share one column width, so they wrap alike"
    for spin in body.findChildren(QSpinBox):
        assert spin.width() <= 0.45 * window.width(), "a spin box stretched across the screen"
        assert arrow_ink(spin) > 10, "a spin box button without its arrow"
