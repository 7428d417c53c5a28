"""National figures at headquarters: ``hq export iafq`` over every station's records.

Each station's records are the latest audit payloads HQ holds (``hq/ingest.records``);
its crossing code and time zone come from the latest station change it sent (a case's
day is its local date at the crossing). The tables are made by the station's own code
(:mod:`borderdesk.hq.iafq`).
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from borderdesk.hq.database import HqDatabase
from borderdesk.hq.iafq import StationRecords, export_national, latest_records
from borderdesk.hq.identity import load_identity
from borderdesk.hq.ingest import records
from borderdesk.reports.iafq_export import ExportHeading


def station_records(db: HqDatabase) -> list[StationRecords]:
    """Every station's records as the IAFQ code reads them, by station name."""
    by_station: dict[tuple[str, str], list[tuple[str, str, dict[str, Any] | None]]] = (
        defaultdict(list))
    for record in records(db):
        by_station[(record.station_id, record.station_name)].append(
            (record.entity, record.entity_id, record.fields or None))
    details = _station_details(db)
    result = []
    for (station_id, name), entries in sorted(by_station.items(), key=lambda i: i[0][1]):
        detail = details.get(station_id, {})
        result.append(StationRecords(name, str(detail.get("crossing_code") or ""),
                                     str(detail.get("time_zone") or "UTC"),
                                     latest_records(entries)))
    return result


def _station_details(db: HqDatabase) -> dict[str, dict[str, Any]]:
    """Each station's latest crossing code and time zone from its station changes."""
    details: dict[str, dict[str, Any]] = defaultdict(dict)
    with db.transaction(write=False) as tx:
        rows = tx.execute("SELECT station_id, item FROM hq_items WHERE stream = 'changes'"
                          " ORDER BY station_id, seq")
    for station_id, text in rows:
        item = json.loads(text)
        if item.get("entity") == "station":
            details[station_id].update(item.get("detail") or {})
    return details


def export_iafq(db: HqDatabase, year: int, directory: Path, *, country: str) -> list[Path]:
    """Write the national IAFQ tables of ``year``; the paths written."""
    identity = load_identity(db)
    heading = ExportHeading(identity.name, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                            "borderdesk hq")
    return list(export_national(station_records(db), year, directory, heading,
                                country=country).paths)
