"""The group results as a CSV table a spreadsheet opens as it is: ``cs-quiz stats --csv`` and the Class results
window's *Save figures as CSV* write the same bytes (format in docs/cli.md). No Qt.
"""

from __future__ import annotations

import csv
import io
from typing import Any

CSV_COLUMNS = ("kind", "id", "name", "count", "percent", "mean", "sd", "median", "q1", "q3", "min", "max")


def csv_rows(g: Any) -> list[list[str]]:
    """The group results as the rows of ``stats --csv`` (docs/cli.md), header first: one table a spreadsheet opens
    as it is. ``kind`` says what a row counts: ``attempts`` (started, finished, flagged, withheld), ``band`` (how
    many were told it) or ``competency`` (the spread of its 0-100 scores). ``count`` is a number of attempts and
    ``percent`` its share (of those started for ``finished``, else of those finished); numbers have one decimal.
    Below the minimum only the started and finished rows are written, without percentages."""
    from cs_quiz.store.exchange import one_decimal, spreadsheet_text

    def pct(share: float | None) -> str:
        return "" if share is None else one_decimal(100.0 * share)

    def row(kind: str, ident: str, name: str, count: int, share: float | None, *figures: float | None) -> list[str]:
        numbers = [one_decimal(f) for f in figures] or [""] * 7
        return [kind, spreadsheet_text(ident), spreadsheet_text(name), str(count), pct(share), *numbers]

    rows = [list(CSV_COLUMNS), row("attempts", "started", "Started", g.started, None)]
    rows.append(row("attempts", "finished", "Finished", g.finished, g.completion_rate))
    if g.too_few:
        return rows
    for ident, name, share in (
        ("flagged", "Flagged for response quality", g.flagged_share),
        ("withheld", "Result withheld", g.withheld_share),
    ):
        rows.append(row("attempts", ident, name, round(share * g.finished), share))
    rows += [row("band", b.band, b.name, b.count, b.count / g.finished) for b in g.bands]
    for c in g.competencies:
        s = c.summary
        rows.append(
            row("competency", c.competency, c.name, s.n, None, s.mean, s.sd, s.median, s.q1, s.q3, s.min, s.max)
        )
    return rows


def csv_bytes(g: Any) -> bytes:
    """The rows of :func:`csv_rows` as the CSV exports are written: UTF-8 with a byte order mark (Excel then reads
    accents right), comma-separated, CRLF line ends."""
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows(csv_rows(g))
    return ("\ufeff" + text.getvalue()).encode("utf-8")
