"""Benchmark: the IAFQ tables of a year of thousands of seizure cases, at the station and at HQ.

Builds a station database with N seizure cases (default 3,000) written through the
seizure repository, as the services write them (each row with its change-log row and
audit entry): event fields (some corrected), 0 to 6 firearms, groups of parts and
rounds (some withdrawn), registry checks, trace requests and their statuses, an
origin, a person with follow-up stages; 70 % signed off. Then, in the same run, it
times

  * the baseline: reading every row of the case tables once (``SELECT *``), the least
    any count of them must read;
  * ``statistics.case_facts``: the station's cases as plain facts (its tables read as
    records, then ``reports.iafq_records``);
  * ``statistics.iafq_year``: the twelve tables of the year from the station;
  * at HQ, ``hq.iafq.national_year`` from the latest audit payload of each record (what
    headquarters holds), after reading those payloads;

each the best of three runs, and prints Markdown for docs/performance.md.

    PYTHONPATH=. .venv/bin/python bench/iafq_bench.py [--cases N] [--seed S] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from borderdesk.core.clock import format_utc
from borderdesk.core.ids import new_id
from borderdesk.hq.iafq import StationRecords, latest_records, national_year
from borderdesk.services.demo import create_demo_station
from borderdesk.services.station import StationSession, open_station
from borderdesk.services.statistics import case_facts, iafq_year
from borderdesk.store import seizure_repo
from borderdesk.store.context import WriteContext
from borderdesk.store.inspections_repo import open_seizure_case

YEAR = 2026
CATEGORIES = ("pistol", "pistol", "revolver", "rifle_carbine", "shotgun", "submachine_gun")
COUNTRIES = ("TR", "BG", "RS", "AT", "DE", "BA", "MK", "AL", "HR", "HU")
T = TypeVar("T")
TABLES = ("seizure_cases", "seizure_case_entries", "seizure_items", "seizure_persons",
          "seizure_tracing", "seizure_followup")


def _declaration(session: StationSession) -> tuple[str, str]:
    """The demo's first declaration and its version, for the cases' inspections."""
    row = session.database.conn.execute(
        "SELECT id, latest_version_ref FROM declarations ORDER BY rowid LIMIT 1").fetchone()
    return str(row[0]), str(row[1])


def build(path: Path, cases: int, seed: int) -> None:
    rng = random.Random(seed)
    create_demo_station(path, today=date(YEAR, 12, 31), actor="bench")
    with open_station(path, actor="bench") as session:
        declaration, version = _declaration(session)
        context = WriteContext(session.station.id, "bench")
        first = datetime(YEAR, 1, 1, tzinfo=UTC)
        with session.database.transaction() as conn:
            for _ in range(cases):
                _case(conn, context, rng, declaration, version,
                      first + timedelta(minutes=rng.randrange(365 * 24 * 60)))


def _case(conn: sqlite3.Connection, context: WriteContext, rng: random.Random,
          declaration: str, version: str, when: datetime) -> None:
    stamp = format_utc(when)
    inspection = new_id()
    conn.execute(
        "INSERT INTO inspections (id, station_id, created_at, updated_at, created_by,"
        " declaration_ref, version_ref, kind, started_at, started_by, finished_at,"
        " finished_by, outcome) VALUES (?,?,?,?,?,?,?,'physical',?,?,?,?,'seizure')",
        (inspection, context.station_id, stamp, stamp, "bench", declaration, version, stamp,
         "bench", stamp, "bench"))
    open_seizure_case(conn, context, declaration, inspection, f"RS-BAT-{YEAR}")
    case = conn.execute("SELECT id FROM seizure_cases WHERE inspection_ref = ?",
                        (inspection,)).fetchone()[0]

    def add(table: str, **values: object) -> str:
        return seizure_repo.insert_row(conn, context, table, {"case_ref": case, **values},
                                       "record")

    fields = {"event_type": rng.choice(("seized", "seized", "found", "surrendered")),
              "occurred_at": stamp, "detection_method": "xray",
              "legal_justification": "illicit_trafficking", "criminal_context": "trafficking",
              "route_departure": rng.choice(COUNTRIES),
              "route_destination": rng.choice(COUNTRIES)}
    for name, value in fields.items():
        entry = add("seizure_case_entries", field=name, value=json.dumps(value))
        if rng.random() < 0.1:  # a corrected value
            add("seizure_case_entries", field=name, value=json.dumps(value),
                replaces_ref=entry)
    number = 0
    for _ in range(rng.choice((0, 1, 1, 1, 2, 3, 6))):
        number += 1
        record = {"item_class": "firearm", "country": rng.choice(("AT", "Turkey", "")),
                  "flags": ["converted"] if rng.random() < 0.05 else []}
        item = new_id()
        add("seizure_items", id=item, item_ref=item, number=number, kind="firearm",
            category=rng.choice(CATEGORIES), calibre="9x19", quantity=1, record=record)
        if rng.random() < 0.05:
            add("seizure_items", item_ref=item, number=number, kind="firearm",
                category="pistol", quantity=1, record=record, withdrawn=1, replaces_ref=item)
            continue
        add("seizure_tracing", item_ref=item, kind="registry_check",
            data={"registry_result": "not_registered", "date": stamp[:10]})
        if rng.random() < 0.4:
            request = add("seizure_tracing", item_ref=item, kind="trace_request",
                          data={"status": "sent", "country": "AT", "date": stamp[:10]})
            add("seizure_tracing", item_ref=item, kind="trace_status", request_ref=request,
                data={"status": rng.choice(("acknowledged", "answered")),
                      "date": stamp[:10]})
        if rng.random() < 0.2:
            add("seizure_tracing", item_ref=item, kind="origin",
                data={"established": True, "how": "tracing"})
    if rng.random() < 0.3:
        number += 1
        part = new_id()
        add("seizure_items", id=part, item_ref=part, number=number, kind="parts",
            category="part", component="slide", quantity=rng.randrange(1, 20))
    if rng.random() < 0.5:
        number += 1
        rounds = new_id()
        add("seizure_items", id=rounds, item_ref=rounds, number=number, kind="ammunition",
            category="ammunition", calibre="9x19", quantity=rng.randrange(10, 500))
    person = new_id()
    add("seizure_persons", id=person, person_ref=person, role="driver", name="A. Driver",
        sex=rng.choice(("male", "female")), nationality=rng.choice(COUNTRIES))
    for stage in ("arrested", "prosecuted")[:rng.randrange(3)]:
        add("seizure_followup", person_ref=person, stage=stage, occurred_on=stamp[:10])
    if rng.random() < 0.7:
        seizure_repo.set_status(conn, context, case, "signed_off", "sign_off")


def best(work: Callable[[], T], repeat: int = 3) -> tuple[float, T]:
    """The shortest of ``repeat`` runs of ``work`` (the least disturbed by other
    processes), and its result."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - started)
    return min(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, help="keep (and reuse) the database here")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="borderdesk-iafq-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"iafq-{args.cases}-{args.seed}.db"
    try:
        if not path.exists():
            started = time.perf_counter()
            build(path, args.cases, args.seed)
            print(f"built {args.cases:,} cases in {time.perf_counter() - started:.1f} s",
                  file=sys.stderr)
        with open_station(path, create=False) as session:
            conn = session.database.conn
            station = session.station
            baseline, rows = best(lambda: sum(
                len(conn.execute(f"SELECT * FROM {table}").fetchall()) for table in TABLES))
            read, facts = best(lambda: case_facts(session))
            year, tables = best(lambda: iafq_year(session, YEAR))
            payloads, held = best(lambda: StationRecords(
                station.name, station.crossing_code or "", station.time_zone,
                latest_records(conn.execute("SELECT entity, entity_id, payload FROM audit_log"
                                            " ORDER BY seq"))))
            hq, national = best(lambda: national_year([held], YEAR, country=station.country))
            entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        if national != tables:
            raise SystemExit("headquarters' tables differ from the station's")
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"IAFQ tables of {len(facts):,} cases ({rows:,} rows, {len(tables.counted):,} "
          f"counted in {YEAR}), CPython {platform.python_version()}, "
          f"{datetime.now(UTC):%Y-%m-%d}:\n")
    print("| | time |\n|---|---:|")
    print(f"| read every row of the case tables once (baseline) | {baseline:.3f} s |")
    print(f"| station: `case_facts` | {read:.3f} s |")
    print(f"| station: `iafq_year` (facts and the twelve tables) | {year:.3f} s |")
    print(f"| HQ: latest payload of each record from {entries:,} chain entries "
          f"(`latest_records`) | {payloads:.3f} s |")
    print(f"| HQ: `national_year` from those records (same tables) | {hq:.3f} s |")
    verdict = "met" if year < 1 else "**missed**"
    print(f"\nTarget: a year of {len(facts):,} cases under a second at the station: "
          f"{verdict}.")
    return 0 if year < 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
