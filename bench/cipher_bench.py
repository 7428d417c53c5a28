"""Benchmark: import and screening on a plain and an encrypted (SQLCipher) station, side by side.

Generates N declarations as CSV with the import benchmark's generator (default 10,000,
about 25,000 goods lines), then, in the same run and each in a fresh process, for a
plain and an encrypted database in turn (R rounds, default 5, alternating which goes
first):

  * import: ``import_files`` of the CSV into a new station (validation, storage,
    change log, queue, search index), as ``borderdesk import --no-screen`` does;
  * screening: ``screen_stored`` of every stored declaration with the active profile
    (reading the declarations back, screening, writing the assessments).

It reports the best round of each (wall time, and the process's CPU time, which shows
the cost of encryption itself when other programs share the machine) and the
encrypted/plain ratio. Target (issue 8): encrypted no more than 25 % slower (wall time)
on either.

    PYTHONPATH=. .venv/bin/python bench/cipher_bench.py [--declarations N] [--rounds R]
        [--seed S] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench.import_bench import generate_csv

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.25
#: Wall time is what the user waits; CPU time shows the cost of encryption itself when
#: other programs share the machine (the target is judged on wall time).
MEASURES = ("import_s", "screen_s", "import_cpu", "screen_cpu")
#: A fixed data key: the benchmark's databases are thrown away.
DATA_KEY = bytes(range(32))


def run_part(db: Path, source: Path, encrypted: bool) -> dict[str, float]:
    """Import ``source`` into a new station at ``db``, then screen it; the seconds of each."""
    from borderdesk.security.station_keys import StationKeys
    from borderdesk.services.assessments import screen_stored
    from borderdesk.services.intake import import_files
    from borderdesk.services.station import open_station

    keys = StationKeys(DATA_KEY) if encrypted else None
    started, started_cpu = time.perf_counter(), time.process_time()
    with open_station(db, keys=keys) as session:
        report = import_files(session, [source])
        assert report.ok, "the benchmark's file did not import"
        imported, imported_cpu = time.perf_counter(), time.process_time()
        screening = screen_stored(session)
        screened, screened_cpu = time.perf_counter(), time.process_time()
    return {"import_s": imported - started, "screen_s": screened - imported,
            "import_cpu": imported_cpu - started_cpu, "screen_cpu": screened_cpu - imported_cpu,
            "declarations": report.new, "assessments": len(screening.assessments)}


def _measure(work: Path, source: Path, encrypted: bool) -> dict[str, float]:
    db = work / ("encrypted.db" if encrypted else "plain.db")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    command = [sys.executable, str(Path(__file__).resolve()), "--part", str(db),
               "--source", str(source)] + (["--encrypted"] if encrypted else [])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BORDERDESK_DATA_DIR": str(work / "data")}
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    result["db_mb"] = db.stat().st_size / 1e6
    return result


def main() -> int:
    """Generate, measure both, print the Markdown table for docs/performance.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--declarations", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, help="keep the files in this folder")
    parser.add_argument("--part", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--encrypted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.part is not None:
        print(json.dumps(run_part(args.part, args.source, args.encrypted)))
        return 0
    work = args.out or Path(tempfile.mkdtemp(prefix="borderdesk-cipher-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        source = work / "declarations.csv"
        lines = generate_csv(source, args.declarations, args.seed)
        best: dict[bool, dict[str, float]] = {}
        for round_no in range(args.rounds):
            for encrypted in ((False, True) if round_no % 2 == 0 else (True, False)):
                result = _measure(work, source, encrypted)
                print(f"round {round_no + 1}, {'encrypted' if encrypted else 'plain'}: "
                      f"import {result['import_s']:.2f} s ({result['import_cpu']:.2f} s CPU), "
                      f"screening {result['screen_s']:.2f} s ({result['screen_cpu']:.2f} s CPU)",
                      file=sys.stderr)
                kept = best.setdefault(encrypted, dict(result))
                for key in MEASURES:
                    kept[key] = min(kept[key], result[key])
        plain, encrypted_ = best[False], best[True]
        ratios = {key: encrypted_[key] / plain[key] for key in MEASURES}
        print(f"{args.declarations:,} declarations ({lines:,} goods lines), best of "
              f"{args.rounds} rounds, {platform.python_implementation()} "
              f"{platform.python_version()}, {os.cpu_count()} cores, "
              f"{datetime.now(UTC):%Y-%m-%d}:\n")
        print("| step | plain | encrypted (SQLCipher 4) | encrypted / plain |")
        print("|---|---:|---:|---:|")
        for key, label in (("import_s", "import (`import_files`), wall time"),
                           ("import_cpu", "import, CPU time of the process"),
                           ("screen_s", "screening (`screen_stored`), wall time"),
                           ("screen_cpu", "screening, CPU time of the process")):
            print(f"| {label} | {plain[key]:.2f} s | {encrypted_[key]:.2f} s | "
                  f"{ratios[key]:.2f}x |")
        print(f"| database size | {plain['db_mb']:.1f} MB | {encrypted_['db_mb']:.1f} MB | |")
        worst = max(ratios["import_s"], ratios["screen_s"])
        print(f"\nEncrypted takes at most {100 * (worst - 1):+.0f} % of plain's wall time "
              f"(target at most {100 * (TARGET - 1):+.0f} %).")
        return 0 if worst <= TARGET else 1
    finally:
        if args.out is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
