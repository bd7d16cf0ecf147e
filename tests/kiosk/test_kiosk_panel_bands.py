"""The panel's band chart speaks the participant's colours (issue 17): each band's bar is filled as that band is on
the results screen and in the PDF (its colour by its place in the bank), lowest band first; and its figures are not
written out a second time under the chart (they stay in the chart's accessible description)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from PySide6.QtGui import QColor
from test_kiosk_panel import opened_panel, seed

from cs_quiz.bank.model import Bank
from cs_quiz.store.store import Store
from cs_quiz.ui.theme import chart_colors, current_theme


def bar_fill(chart: Any, row: int) -> QColor:
    """The most common colour in the middle of row ``row``'s bar (the fill, under its pattern lines)."""
    image = chart.grab().toImage()
    scale = image.width() / chart.width()
    row_h = chart.height() / (len(chart.bands) * 2 + chart.extra_rows)
    y = round(((2 * row + 1) * row_h + row_h / 2) * scale)
    seen: Counter[str] = Counter()
    for x in range(round(4 * scale), round(40 * scale)):
        seen[image.pixelColor(x, y).name()] += 1
    return QColor(seen.most_common(1)[0][0])


def test_band_bars_are_filled_as_on_the_results_screen(make_kiosk: Any, store: Store, small_bank: Bank) -> None:
    seed(store, small_bank)
    panel = opened_panel(make_kiosk())
    panel.all_dates.setChecked(True)
    chart = panel.bands_chart
    order = {band.id: i for i, band in enumerate(small_bank.bands)}
    shown = [b.band_id for b in chart.bands]
    assert len(shown) >= 2
    assert shown == sorted(shown, key=lambda b: order.get(b or "", len(order))), "lowest band first"
    colours = chart_colors(current_theme())
    for row, band_id in enumerate(shown):
        if band_id in order:
            want = QColor(colours.bands[order[band_id] % len(colours.bands)])
            assert bar_fill(chart, row) == want, f"{band_id} is drawn in another colour than elsewhere"
    assert not panel.bands_text.isVisibleTo(panel), "the figures are not written twice"
    for band in chart.bands:
        assert f"{band.band_name}: {band.count}" in chart.accessibleDescription()
