"""A single choice looks like one in the kiosk (issue 17): round marks, as on the desktop, not the square boxes that
say "pick several"; and the focus ring follows the answer a person taps, at every text size."""

from __future__ import annotations

from typing import Any

import pytest
from kiosk_helpers import begin, focused
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton


def corner_and_edge(radio: QRadioButton) -> tuple[QColor, QColor]:
    """The colour a little inside the indicator's top-left corner (where a rounded square still has its outline and
    a circle has none), and on the outline at the middle of its left edge."""
    option = QStyleOptionButton()
    radio.initStyleOption(option)
    box = radio.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, radio)
    image = radio.grab().toImage()
    scale = image.width() / max(1, radio.width())
    corner = image.pixelColor(QPoint(round((box.left() + 3) * scale), round((box.top() + 3) * scale)))
    edge = image.pixelColor(QPoint(round((box.left() + 1) * scale), round(box.center().y() * scale)))
    return corner, edge


@pytest.mark.parametrize("size", [100, 200])
def test_single_choice_marks_are_round(make_kiosk: Any, qtbot: Any, size: int) -> None:
    window = make_kiosk(text_size=size)
    begin(qtbot, window)
    radio = window.question.editor.findChild(QRadioButton, "option1")
    assert radio is not None and radio.isVisible()
    corner, edge = corner_and_edge(radio)
    assert abs(corner.lightness() - edge.lightness()) > 60, "the corner is drawn like the edge: a square box"


def test_the_focus_ring_follows_the_answer_tapped(make_kiosk: Any, qtbot: Any) -> None:
    window = make_kiosk()
    begin(qtbot, window)
    editor = window.question.editor
    first, fourth = editor.findChild(QRadioButton, "option1"), editor.findChild(QRadioButton, "option4")
    assert focused() is first
    row = fourth.parentWidget()
    words = [w for w in row.children() if w is not fourth and hasattr(w, "text")][0]
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)  # a finger on the words, not the small circle
    assert fourth.isChecked() and focused() is fourth
