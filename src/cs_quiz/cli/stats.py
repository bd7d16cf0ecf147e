"""``cs-quiz stats`` and ``cs-quiz compare``: a class's or workshop's results from the terminal (issue 18).

``stats`` gives the group overview of the stored attempts chosen by bank, section, cohort and dates (never a name),
and with ``--items`` the item statistics a bank's author reads. ``compare`` pairs each participant code's attempt
in one cohort with the one in another (``--unpaired``: compares the two cohorts as groups). ``--json`` prints the
documented, stable form (docs/cli.md). Exit codes as every command: 0 done, 1 a problem the user can fix, 2 a usage
mistake.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cs_quiz.cli.store import _iso_date, _open

if TYPE_CHECKING:
    from cs_quiz.bank.model import Bank
    from cs_quiz.stats.sample import Taken

FORMAT = "cs-quiz-stats/1"


def add_commands(subparsers: Any) -> None:
    st = subparsers.add_parser(
        "stats",
        help="a group's results (and with --items the item statistics) of the stored attempts",
        description="Group results of the stored attempts: how many started and finished, the bands they were "
        "told, each competency's spread. Never shows a name; a group smaller than --minimum shows counts only.",
    )
    _selection(st, csv=True)
    st.add_argument("--section", metavar="ID", help="only attempts that took this section")
    st.add_argument("--items", action="store_true", help="item statistics too, for the bank's author")
    st.add_argument("--minimum", type=int, default=5, metavar="N", help="smallest group shown beyond counts (5)")
    st.add_argument("--pdf", type=Path, metavar="FILE", help="also write the group report to hand out, as PDF")
    st.set_defaults(handler=cmd_stats)

    cp = subparsers.add_parser(
        "compare",
        help="before and after: each participant code's attempt in one cohort against the other",
        description="Pairs each participant code's finished attempt in the --before cohort with the one in the "
        "--after cohort and gives the mean change per competency with its 95%% confidence interval, the paired "
        "effect size and how many moved up a band. --unpaired compares the two cohorts as groups instead.",
    )
    _selection(cp, cohort=False)
    cp.add_argument("--before", required=True, metavar="COHORT", help="the cohort label of the first attempts")
    cp.add_argument("--after", required=True, metavar="COHORT", help="the cohort label of the later attempts")
    cp.add_argument("--unpaired", action="store_true", help="two different groups: compare them as groups")
    cp.set_defaults(handler=cmd_compare)


def _selection(p: argparse.ArgumentParser, *, cohort: bool = True, csv: bool = False) -> None:
    p.add_argument("--bank", metavar="ID", help="the bank's id (needed when the results are of several banks)")
    if cohort:
        p.add_argument("--cohort", metavar="LABEL", help="only attempts of this cohort (any case)")
    p.add_argument("--since", type=_iso_date, metavar="YYYY-MM-DD", help="only attempts started on or after")
    p.add_argument("--until", type=_iso_date, metavar="YYYY-MM-DD", help="only attempts started on or before")
    form = p.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help="print the documented JSON form")
    if csv:
        form.add_argument(
            "--csv",
            action="store_true",
            help="print the group results as CSV for a spreadsheet (one row per count, band and competency)",
        )


def _err(message: str) -> None:
    print(f"cs-quiz: {message}", file=sys.stderr)


def _read(args: argparse.Namespace, cohort: str | None) -> tuple[list[Taken], Bank] | int:
    """The chosen attempts and their bank, or an exit code after saying why."""
    from cs_quiz.cli.bank_arg import find_bank
    from cs_quiz.stats.sample import stored
    from cs_quiz.store.store import StoreError

    if args.since and args.until and args.since > args.until:
        _err(f"--since {args.since} is after --until {args.until}")
        return 2
    chosen = None
    if args.bank is not None:  # a bundled bank's id or a bank file
        chosen = find_bank(args.bank)
        if chosen is None:
            return 1
    try:
        store = _open(args, create=False)
        if store is None:
            _err("there are no stored results in this folder yet")
            return 1
        with store:
            bank_id = chosen.meta.id if chosen is not None else None
            takens = stored(store, bank_id=bank_id, cohort=cohort, since=args.since, until=args.until)
    except StoreError as exc:
        _err(str(exc))
        return 1
    if chosen is None:
        ids = sorted({t.bank_id for t in takens})
        if len(ids) != 1:
            _err(
                f"these results are of several banks ({', '.join(ids)}): choose one with --bank ID"
                if ids
                else "no stored attempts match"
            )
            return 1
        chosen = find_bank(ids[0])
        if chosen is None:
            return 1
    return takens, chosen


def cmd_stats(args: argparse.Namespace) -> int:
    from cs_quiz.stats.group import group_results
    from cs_quiz.stats.items import item_statistics
    from cs_quiz.stats.sample import select

    if args.minimum < 1:
        _err("--minimum must be 1 or more")
        return 2
    if args.csv and args.items:
        _err("--csv writes the group results only; use --json for the item statistics")
        return 2
    read = _read(args, args.cohort)
    if isinstance(read, int):
        return read
    takens, bank = read
    if args.section is not None:
        if args.section not in bank.sections:
            _err(f"bank {bank.meta.id!r} has no section {args.section!r} (it has: {', '.join(bank.sections)})")
            return 2
        takens = select(takens, section=args.section)
    group = group_results(takens, bank, args.minimum)
    items = item_statistics(takens, bank) if args.items else None
    if args.pdf is not None and not _write_pdf(args, group, bank, items):
        return 1
    if args.json:
        _print_json(
            {
                "format": FORMAT,
                "selection": _selection_json(args, bank, cohort=args.cohort, section=args.section),
                "group": group,
                "items": items,
            }
        )
        return 0
    if args.csv:
        _print_csv(group)
        return 0
    _print_group(group, bank, args)
    if items is not None:
        _print_items(items)
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from cs_quiz.stats.change import paired, unpaired

    read = _read(args, None)
    if isinstance(read, int):
        return read
    takens, bank = read

    def of(label: str) -> list[Taken]:
        return [t for t in takens if (t.cohort or "").casefold() == label.strip().casefold()]

    before, after = of(args.before), of(args.after)
    for label, found in ((args.before, before), (args.after, after)):
        if not found:
            _err(f"no stored attempts in the cohort {label!r}")
            return 1
    result: Any = unpaired(before, after, bank) if args.unpaired else paired(takens, bank, args.before, args.after)
    if args.json:
        selection = _selection_json(args, bank, before=args.before, after=args.after, unpaired=args.unpaired)
        _print_json({"format": FORMAT, "selection": selection, "compare": result})
        return 0
    _print_compare(result, bank, args)
    return 0


def _write_pdf(args: argparse.Namespace, group: Any, bank: Bank, items: Any) -> bool:
    from cs_quiz.cli.report import _use_offscreen_qt

    _use_offscreen_qt()
    from cs_quiz.report.group_pdf import write_group_pdf

    what = [f"cohort {args.cohort}"] if args.cohort else []
    if args.section:
        what.append(bank.sections[args.section].title)
    if args.since or args.until:
        what.append(f"{args.since or '…'} to {args.until or '…'}")
    try:
        write_group_pdf(args.pdf, group, bank, selection=" · ".join(what) or "all stored attempts", items=items)
    except OSError as exc:
        _err(f"cannot write {args.pdf}: {exc.strerror or exc}")
        return False
    print(f"Wrote the group report to {args.pdf}.", file=sys.stderr if args.json or args.csv else sys.stdout)
    return True


# ---- output ------------------------------------------------------------------------------------------------------
def _selection_json(args: argparse.Namespace, bank: Bank, **more: Any) -> dict[str, Any]:
    return {
        "bank": {"id": bank.meta.id, "version": bank.meta.version},
        "since": args.since.isoformat() if args.since else None,
        "until": args.until.isoformat() if args.until else None,
        **more,
    }


def _print_json(doc: dict[str, Any]) -> None:
    from cs_quiz.scoring.results import to_dict

    print(json.dumps(_finite(to_dict(doc)), ensure_ascii=False, indent=1, allow_nan=False))


def _finite(value: Any) -> Any:
    """JSON has no NaN or infinity: such a figure is written as null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _print_csv(g: Any) -> None:
    """The group results as CSV (:mod:`cs_quiz.report.group_csv`) on standard output."""
    from cs_quiz.report.group_csv import csv_bytes

    data = csv_bytes(g)
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a text-only stream: the characters as they are
        sys.stdout.write(data.decode("utf-8"))
    else:
        buffer.write(data)
        buffer.flush()


def _pct(share: float | None) -> str:
    return "–" if share is None else f"{round(100 * share)}%"


def _num(value: float | None, digits: int = 0) -> str:
    if value is None:
        return "–"
    return f"{value:.{digits}f}" if digits else str(round(value))


def _print_group(g: Any, bank: Bank, args: argparse.Namespace) -> None:
    what = [bank.meta.title]
    if args.cohort:
        what.append(f"cohort {args.cohort}")
    if args.section:
        what.append(f"section {bank.sections[args.section].title}")
    print(" · ".join(what))
    print(f"Started: {g.started}   Finished: {g.finished}   Completion: {_pct(g.completion_rate)}")
    if g.too_few:
        print(f"Fewer than {g.minimum} finished attempts: counts only, so that no one can be picked out.")
        return
    print(f"Flagged for response quality: {_pct(g.flagged_share)}   Result withheld: {_pct(g.withheld_share)}")
    print("\nReadiness bands")
    for b in g.bands:
        print(f"  {b.name:<40} {b.count:>5}  {_pct(b.count / g.finished)}")
    print("\nCompetencies (0–100)                n   median  quartiles   mean ± SD")
    for c in g.competencies:
        s = c.summary
        quartiles = f"{_num(s.q1)}–{_num(s.q3)}"
        spread = f"{_num(s.mean)} ± {_num(s.sd)}"
        print(f"  {c.name[:32]:<32} {s.n:>5}   {_num(s.median):>6}  {quartiles:>9}   {spread}")


def _print_items(items: Any) -> None:
    print()
    if items.too_few:
        print(f"Item statistics: too few finished attempts to judge ({items.finished}; at least {items.minimum}).")
        return
    print("Reliability per competency          items  complete  alpha  95% CI        SEM")
    for c in items.competencies:
        ci = f"{_num(c.ci_low, 2)}–{_num(c.ci_high, 2)}" if c.alpha is not None else "–"
        print(f"  {c.name[:32]:<32} {c.items:>6} {c.complete:>9}  {_num(c.alpha, 2):>5}  {ci:<12} {_num(c.sem, 1)}")
    print("\nItems                               n  facility  r(rest)  alpha without")
    for i in items.items:
        print(
            f"  {i.question[:32]:<32} {i.n:>5} {_num(i.facility):>8}%  {_num(i.corrected_r, 2):>7}"
            f"  {_num(i.alpha_if_deleted, 2):>13}"
        )
    if items.faults:
        print("\nQuestions to look at")
        for f in items.faults:
            for reason in f.reasons:
                print(f"  - {reason}")  # English, as everything the command line prints
    else:
        print("\nNo question looks faulty.")


def _print_compare(result: Any, bank: Bank, args: argparse.Namespace) -> None:
    print(f"{bank.meta.title} · {args.before} → {args.after}")
    if args.unpaired:
        print(f"People: {result.finished_a} and {result.finished_b}")
        if result.too_few:
            print(f"Fewer than {result.minimum} in a group: counts only.")
            return
        print("Competency (0–100)                  before  after  difference  95% CI          Hedges' g")
        for c in result.competencies:
            ci = f"{_num(c.ci_low, 1)} to {_num(c.ci_high, 1)}"
            print(
                f"  {c.name[:32]:<32} {_num(c.mean_a, 1):>7} {_num(c.mean_b, 1):>6} {_num(c.difference, 1):>11}"
                f"  {ci:<15} {_num(c.hedges_g, 2)}"
            )
        return
    print(f"Pairs (the same participant code in both): {result.pairs}")
    if result.too_few:
        print(f"Fewer than {result.minimum} pairs: counts only.")
        return
    m = result.bands
    print(f"Bands: {m.up} moved up, {m.same} stayed, {m.down} moved down ({m.excluded} not comparable)")
    print("Competency (0–100)                  pairs  change  95% CI          d_z")
    for c in result.competencies:
        ci = f"{_num(c.ci_low, 1)} to {_num(c.ci_high, 1)}"
        print(f"  {c.name[:32]:<32} {c.n:>6} {_num(c.mean_change, 1):>7}  {ci:<15} {_num(c.d_z, 2)}")
