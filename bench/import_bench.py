"""Benchmark: `borderdesk import` of a large CSV against `sqlite-utils insert` of the same file.

Generates N declarations (default 100,000, about 250,000 goods lines) as CSV in
the declaration format, then, in the same run, times

  * borderdesk import FILE --db fresh.db   (validation, storage, change log, search index)
  * sqlite-utils insert fresh.db rows FILE --csv   (the plain-import baseline)

each in its own process, with its wall time and peak resident memory, and
prints a Markdown table for docs/performance.md. Targets: borderdesk at most
2x the baseline's time, and under 300 MB peak memory.

    .venv/bin/python bench/import_bench.py [--declarations N] [--seed S] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# The declaration format's CSV columns (docs/formats.md), in their documented order.
COLUMNS = [
    "declaration_id", "lodged_at", "crossing", "procedure", "transport_mode",
    "vehicle_registration", "vehicle_country", "trailer_registration", "driver_name",
    "driver_nationality", "consignor_name", "consignor_country", "consignor_address",
    "consignee_name", "consignee_country", "consignee_kind", "declarant_name",
    "origin_country", "dispatch_country", "destination_country", "itinerary", "documents",
    "seals", "line", "hs_code", "description", "quantity", "unit", "packages", "gross_kg",
    "net_kg", "value", "currency",
]

FIRST = ["Marko", "Ана", "Petar", "Јелена", "Dragan", "Arben", "Мирко", "Ivana", "Ахмед",
         "Mehmet", "Gjergj", "Стефан", "Elif", "Nikola", "Besnik", "Зоран"]
LAST = ["Petrović", "Јовановић", "Marković", "Đorđević", "Hoxha", "Ђукић", "Yılmaz",
        "Kovačević", "Стојановски", "Krasniqi", "Popović", "Ивановић", "Demir", "Babić"]
COMPANY = ["Tekstil Promet", "Anadolu Tekstil", "Балкан Транс", "Auto Delovi", "Sava Trade",
           "Дунав Логистика", "Adriatik Shpk", "Vardar Export", "Drina Impex", "Euro Food",
           "Metal Kovač", "Мегатрејд", "Bosna Drvo", "Kosova Fruit", "Istanbul Makine"]
SUFFIX = ["d.o.o.", "д.о.о.", "A.Ş.", "Sh.p.k.", "DOOEL", "GmbH", "Ltd"]
COUNTRIES = ["RS", "BA", "ME", "MK", "AL", "XK", "HR", "BG", "TR", "GR", "HU", "RO", "DE",
             "IT", "AT", "SI"]
GOODS = [("610910", "cotton t-shirts", "pcs"), ("870899", "auto parts", "pcs"),
         ("940360", "wooden furniture", "pcs"), ("080810", "свеже јабуке", "kg"),
         ("847989", "machine parts", "pcs"), ("690721", "ceramic tiles", "m2"),
         ("620342", "мушке панталоне", "pcs"), ("220300", "pivo u bocama", "l"),
         ("392690", "plastic articles", "pcs"), ("730890", "konstruksione çeliku", "kg"),
         ("930390", "alarm pistols", "pcs"), ("640399", "kožne cipele", "pair")]
CURRENCIES = ["EUR", "RSD", "TRY", "BAM", "MKD", "ALL", "USD"]


def generate_csv(path: Path, declarations: int, seed: int) -> int:
    """Write the benchmark file; return the number of goods lines."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    lines = 0
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for number in range(declarations):
            origin, dispatch, destination = (rng.choice(COUNTRIES) for _ in range(3))
            itinerary = ">".join(dict.fromkeys([origin, dispatch, destination]))
            lodged = start + timedelta(seconds=number * 300 + rng.randrange(300))
            private = rng.random() < 0.1
            consignee = (f"{rng.choice(FIRST)} {rng.choice(LAST)}" if private
                         else f"{rng.choice(COMPANY)} {rng.choice(SUFFIX)}")
            head = [
                f"RS-BAT-2026-{number:07d}", lodged.isoformat(), "RS-BAT",
                rng.choice(["import", "import", "export", "transit"]),
                rng.choice(["truck", "truck", "truck", "van", "car", "bus"]),
                f"BG {rng.randrange(100, 999)}-{rng.choice('ABCDEKMN')}{rng.choice('ABCDEKMN')}",
                rng.choice(COUNTRIES), f"BG {rng.randrange(1000, 9999)} XY",
                f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(COUNTRIES),
                f"{rng.choice(COMPANY)} {rng.choice(SUFFIX)}", origin, "Beograd",
                consignee, destination, "private" if private else "company",
                "Špedicija Sava", origin, dispatch, destination, itinerary,
                f"invoice:INV-{number};cmr:CMR-{number}", f"TR{rng.randrange(10**6):06d}",
            ]
            for line in range(1, rng.choice([1, 2, 2, 3, 3, 4]) + 1):
                hs_code, description, unit = rng.choice(GOODS)
                gross = round(rng.uniform(5, 20_000), 1)
                writer.writerow([
                    *head, line, hs_code, description, rng.randrange(1, 5000), unit,
                    rng.randrange(1, 60), gross, round(gross * 0.92, 1),
                    round(rng.uniform(50, 90_000), 2), rng.choice(CURRENCIES)])
                lines += 1
    return lines


def run_measured(command: list[str]) -> tuple[float, float, int]:
    """Run a command; return (seconds, peak resident MB, exit code)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, process.returncode


def main() -> int:
    """Generate, measure both imports, print the Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--declarations", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, help="keep the files in this folder")
    args = parser.parse_args()
    bindir = Path(sys.executable).parent
    work = args.out or Path(tempfile.mkdtemp(prefix="borderdesk-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        source = work / "declarations.csv"
        goods_lines = generate_csv(source, args.declarations, args.seed)
        size_mb = source.stat().st_size / 1e6
        ours_db, peer_db = work / "borderdesk.db", work / "sqlite-utils.db"
        for db in (ours_db, peer_db):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
        env_data = work / "data"
        os.environ["BORDERDESK_DATA_DIR"] = str(env_data)
        ours = run_measured([str(bindir / "borderdesk"), "import", str(source),
                             "--db", str(ours_db)])
        peer = run_measured([str(bindir / "sqlite-utils"), "insert", str(peer_db), "rows",
                             str(source), "--csv"])
        if ours[2] != 0 or peer[2] != 0:
            print(f"a command failed: borderdesk exit {ours[2]}, sqlite-utils exit {peer[2]}",
                  file=sys.stderr)
            return 1
        ratio = ours[0] / peer[0]
        print(f"Import of {args.declarations:,} declarations ({goods_lines:,} goods lines, "
              f"{size_mb:.0f} MB CSV), {platform.python_implementation()} "
              f"{platform.python_version()}, {os.cpu_count()} cores, "
              f"{datetime.now(UTC):%Y-%m-%d}:\n")
        print("| command | wall time | peak memory |")
        print("|---|---|---|")
        print(f"| `borderdesk import` | {ours[0]:.1f} s | {ours[1]:.0f} MB |")
        print(f"| `sqlite-utils insert --csv` (baseline) | {peer[0]:.1f} s | {peer[1]:.0f} MB |")
        print(f"\nborderdesk / baseline: {ratio:.2f}x (target at most 2x); "
              f"peak memory {ours[1]:.0f} MB (target under 300 MB)")
        return 0 if ratio <= 2 and ours[1] < 300 else 1
    finally:
        if args.out is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
