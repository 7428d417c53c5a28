"""Benchmark: `audit verify` on a chain of 100,000 entries (target: under 30 s).

Builds a station database whose audit chain holds N entries (default 100,000)
over a registered evidence table of realistic records (a seizure item's fields
and a marking list, about 600 bytes of JSON each; a record is written, then
changed about every third entry, so the chain holds several states per record).
Then, in the same run, it times:

  * the baseline: reading every entry and hashing its payload once with SHA-256
    (the least any verification of these entries must do);
  * ``verify_chain``: every entry's hash recomputed in order, every record
    compared with its latest entry, the kept checkpoint checked;

and prints Markdown for docs/performance.md.

    .venv/bin/python bench/audit_bench.py [--entries N] [--seed S] [--out DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import platform
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from borderdesk.core.canonical import canonical_json
from borderdesk.core.ids import new_id
from borderdesk.services.audit import keep_checkpoint
from borderdesk.services.station import open_station
from borderdesk.store import audit_repo
from borderdesk.store.audit_verify import verify_chain

MAKERS = ["Zastava", "CZ", "Glock", "Beretta", "Walther", "Tokarev", "Makarov", "Crvena Zastava"]
CALIBRES = ["9x19", "7.62x25", "7.65 Browning", ".22 LR", "7.62x39", "12/70"]


def _record(rng: random.Random) -> tuple[str, str, str, int]:
    markings = [{"kind": kind, "place": place, "text": f"{rng.randrange(10**6):06d}",
                 "status": rng.choice(["fully", "partially", "obliterated"])}
                for kind, place in (("serial", "frame"), ("serial", "slide"),
                                    ("proof", "barrel"))]
    detail = canonical_json({"maker": rng.choice(MAKERS), "calibre": rng.choice(CALIBRES),
                             "markings": markings, "note": "found behind the declared goods"})
    return rng.choice(["pistol", "revolver", "rifle_carbine"]), detail, \
        rng.choice(CALIBRES), rng.randrange(1, 40)


def build(path: Path, entries: int, seed: int) -> None:
    rng = random.Random(seed)
    with open_station(path) as session:
        with session.database.transaction() as conn:
            conn.execute("CREATE TABLE bench_items (id TEXT PRIMARY KEY, category TEXT,"
                         " detail TEXT, calibre TEXT, quantity INTEGER)")
            conn.execute("INSERT INTO audit_tables (name) VALUES ('bench_items')")
        context = session.write_context()
        ids: list[str] = []
        done = 0
        while done < entries:
            with session.database.transaction() as conn:
                for _ in range(min(5_000, entries - done)):
                    if ids and rng.random() < 0.35:
                        record_id = rng.choice(ids)
                        conn.execute("UPDATE bench_items SET quantity = ? WHERE id = ?",
                                     (rng.randrange(1, 40), record_id))
                        operation = "amend"
                    else:
                        record_id = new_id()
                        conn.execute("INSERT INTO bench_items VALUES (?, ?, ?, ?, ?)",
                                     (record_id, *_record(rng)))
                        ids.append(record_id)
                        operation = "record"
                    audit_repo.audit_record(conn, context, "bench_items", record_id, operation)
                    done += 1
        keep_checkpoint(session, "bench")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    folder = args.out or Path(tempfile.mkdtemp(prefix="borderdesk-audit-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"audit-{args.entries}-{args.seed}.db"
    try:
        if not path.exists():
            started = time.perf_counter()
            build(path, args.entries, args.seed)
            print(f"built {args.entries:,} entries in {time.perf_counter() - started:.1f} s",
                  file=sys.stderr)
        with open_station(path, create=False) as session:
            conn = session.database.conn
            started = time.perf_counter()
            for (payload,) in conn.execute("SELECT payload FROM audit_log ORDER BY seq"):
                hashlib.sha256(payload.encode("utf-8")).hexdigest()
            baseline = time.perf_counter() - started
            started = time.perf_counter()
            problems = verify_chain(conn)
            verify = time.perf_counter() - started
            records = conn.execute("SELECT count(*) FROM bench_items").fetchone()[0]
        if problems:
            raise SystemExit(f"the benchmark's chain does not verify: {problems[:3]}")
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"Audit chain of {args.entries:,} entries over {records:,} records, CPython "
          f"{platform.python_version()}, {datetime.now(UTC):%Y-%m-%d}:\n")
    print("| | time | target |\n|---|---:|---:|")
    print(f"| read every entry and hash its payload once (baseline) | {baseline:.2f} s | |")
    print(f"| `verify_chain`: every hash in order, every record against its latest entry, "
          f"the kept checkpoint | {verify:.2f} s | 30 s |")
    verdict = "met" if verify < 30 else "**missed**"
    print(f"\nTarget (issue 6): `audit verify` of 100,000 entries under 30 s: {verdict}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
