"""Benchmark: the supervisor summary of a year with 2,000 seizures (target: under 5 s).

Generates a year of plain facts (2,000 seizure cases with 1 to 8 items each, and
60,000 screened declarations with rule hits and inspections), then times the
summary's figures and its PDF with charts. The baseline, in the same run, is the
least any PDF of those figures costs: the same numbers written as plain text lines
on a bare reportlab canvas (no layout, no tables, no charts).

    PYTHONPATH=. python bench/summary_bench.py [--cases 2000] [--declarations 60000]
        [--pdf /tmp/summary.pdf]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts
from borderdesk.reports.summary import Capacity, Screened, Summary, summarise
from borderdesk.reports.summary_pdf import SummaryHeading, summary_pdf

YEAR = 2026
TYPES = ("pistol", "pistol", "revolver", "rifle_carbine", "shotgun", "submachine_gun",
         "light_weapon", "unknown")
METHODS = ("risk_rules", "random", "intelligence", "xray", "dog", "manual_search")
COUNTRIES = ("TR", "BG", "RS", "AT", "DE", "BA", "MK", "AL", "HR", "HU")
CROSSINGS = ("RS-BAT", "RS-HOR", "RS-PRE", "RS-GRA")


def generate(cases: int, declarations: int, seed: int = 1
             ) -> tuple[list[CaseFacts], list[Screened]]:
    """A reproducible year of seizure facts and screened declarations."""
    rng = random.Random(seed)
    first = date(YEAR, 1, 1)
    facts = []
    for n in range(cases):
        items = [ItemFacts("firearm", 1, rng.choice(TYPES), "firearm")
                 for _ in range(rng.choice((0, 1, 1, 1, 2, 3, 6)))]
        if rng.random() < 0.3:
            items.append(ItemFacts("parts", rng.randrange(1, 20), "part", component="slide"))
        if rng.random() < 0.5:
            items.append(ItemFacts("ammunition", rng.randrange(10, 500), "ammunition",
                                   calibre="9x19"))
        fields: dict[str, object] = {
            "event_type": "seized", "detection_method": rng.choice(METHODS),
            "route_departure": rng.choice(COUNTRIES), "route_destination": rng.choice(COUNTRIES)}
        facts.append(CaseFacts(f"RS-BAT-{YEAR}-{n + 1:05d}", rng.choice(("open", "signed_off")),
                               first + timedelta(days=rng.randrange(365)), True,
                               rng.choice(CROSSINGS), fields, tuple(items)))
    rules = [f"R{n:02d}-{word}" for n, word in enumerate(
        ("arms-hs-codes", "keyword-pistol", "route-balkan", "watchlist-party", "new-consignee",
         "undervalued", "mass-mismatch", "private-consignee", "postal-parts", "blank-pistols",
         "dispatch-mismatch", "amended-goods"))]
    screened = []
    for _ in range(declarations):
        hits = tuple(rng.sample(rules, rng.choice((0, 0, 0, 1, 1, 2))))
        lane = "red" if len(hits) == 2 else "yellow" if hits else "green"
        chosen = lane == "green" and rng.random() < 0.02
        inspected = lane == "red" or chosen or (lane == "yellow" and rng.random() < 0.5)
        outcome = (rng.choice(("nothing_found", "nothing_found", "irregularity", "seizure"))
                   if inspected else None)
        screened.append(Screened(first + timedelta(days=rng.randrange(365)),
                                 "red" if chosen else lane, chosen, hits, inspected, outcome))
    return facts, screened


def baseline_pdf(summary: Summary) -> bytes:
    """The same figures as plain text lines on a bare canvas."""
    from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
    from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    lines = [f"{summary.events} events, {summary.arms} arms"]
    for group in (summary.by_type, summary.by_method, summary.by_route, summary.by_crossing):
        lines += [f"{c.label}: {c.events} events, {c.arms} arms" for c in group]
    lines += [f"{r.rule}: {r.hits} {r.inspected} {r.seizures}" for r in summary.rules]
    lines += [f"{b.label}: {b.red} {b.yellow} {b.green}" for b in summary.buckets]
    y = 800.0
    for line in lines:
        canvas.drawString(40, y, line)
        y -= 12
        if y < 40:
            canvas.showPage()
            y = 800.0
    canvas.save()
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--declarations", type=int, default=60000)
    parser.add_argument("--pdf", type=Path, help="also keep the summary PDF here")
    args = parser.parse_args(argv)
    facts, screened = generate(args.cases, args.declarations)
    start, end = date(YEAR, 1, 1), date(YEAR, 12, 31)
    heading = SummaryHeading("Customs administration, Serbia", "Batrovci, crossing RS-BAT",
                             "Printed by the benchmark")
    summary_pdf(summarise(facts[:10], screened[:10], start, end), heading)  # warm up fonts

    began = time.perf_counter()
    summary = summarise(facts, screened, start, end, Capacity(red=25, yellow=60))
    figured = time.perf_counter()
    pdf = summary_pdf(summary, heading)
    done = time.perf_counter()
    baseline = baseline_pdf(summary)
    assert baseline.startswith(b"%PDF")
    base_done = time.perf_counter()

    if args.pdf:
        args.pdf.write_bytes(pdf)
    total = done - began
    print(f"summary of {args.cases} seizures and {args.declarations} declarations, {YEAR}:")
    print(f"  figures     {figured - began:6.2f} s")
    print(f"  PDF         {done - figured:6.2f} s  ({len(pdf) / 1024:.0f} KiB)")
    print(f"  total       {total:6.2f} s  (target under 5 s)")
    print(f"  baseline    {base_done - done:6.2f} s  (same figures as bare text lines)")
    return 0 if total < 5 else 1


if __name__ == "__main__":
    sys.exit(main())
