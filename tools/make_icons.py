"""Render the app icon's PNGs from its SVG: ``python tools/make_icons.py`` (or ``--check``: exit 1 if any committed
PNG is missing, the wrong size or differs from a fresh render).

The SVG (resources/icons/io.github.cs_quiz.CsQuiz.svg) is the drawing; the PNGs beside it (16 to 512 px, the
sizes of the freedesktop hicolor theme and of window icons) are what Qt and the desktop menus show, so they are
made from it with PySide6's own SVG renderer (QtSvg, part of PySide6-Essentials) and never edited by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.cs_quiz.CsQuiz"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / f"{APP_ID}.svg"


def png_path(size: int) -> Path:
    return ICONS / f"{APP_ID}-{size}.png"


def render(size: int, svg: Path = SVG) -> QImage:
    """The SVG drawn on a transparent ``size`` × ``size`` image."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def largest_difference(a: QImage, b: QImage) -> int:
    """The largest difference of any channel of any pixel (0 when equal), or 256 when the sizes differ."""
    if a.size() != b.size():
        return 256
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    if a == b:  # the usual case, at C speed
        return 0
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            worst = max(worst, *(abs((pa >> s & 0xFF) - (pb >> s & 0xFF)) for s in (0, 8, 16, 24)))
    return worst


def main(argv: list[str]) -> int:
    check = "--check" in argv
    problems = []
    for size in SIZES:
        fresh, path = render(size), png_path(size)
        if check:
            if largest_difference(QImage(str(path)), fresh) > 2:
                problems.append(
                    f"{path}: missing, not {size}×{size}, or not what the SVG draws; run tools/make_icons.py"
                )
        elif not fresh.save(str(path), "PNG"):
            problems.append(f"{path}: could not be written")
        else:
            print(f"wrote {path.relative_to(ICONS.parent.parent)}")
    for line in problems:
        print(line, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
