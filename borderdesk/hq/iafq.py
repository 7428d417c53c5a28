"""The national IAFQ tables at headquarters: every station's cases counted together.

Headquarters holds each station's audit chain; the latest payload of each record is
the record as it stands at the station (:func:`latest_records`). Those records become
plain case facts by the same code as the station's own export
(:mod:`borderdesk.reports.iafq_records`), each station's cases dated in its own time
zone, and all of them go into one year of tables (:func:`borderdesk.reports.iafq.
year_tables`), written as the same files (:mod:`borderdesk.reports.iafq_export`).

Two things headquarters does not hold, and how they are met: the declarations (a
case without a ``crossing`` field is placed at its station's crossing, where the
station would name its declaration's crossing, normally the same), and the fields a
station's release policy withholds (persons' names and documents), which the tables
never read. "A national" in the persons table means a national of headquarters'
country.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.reports.iafq import YearTables, year_tables
from borderdesk.reports.iafq_export import ExportHeading, export_year
from borderdesk.reports.iafq_facts import CaseFacts
from borderdesk.reports.iafq_records import RECORD_COLUMNS, case_facts_from_records

#: The audited tables the tables are made of (the rest of a chain is not read).
IAFQ_TABLES = tuple(RECORD_COLUMNS)


@dataclass(frozen=True, slots=True)
class StationRecords:
    """One station's records as headquarters holds them."""

    name: str
    #: The station's crossing code ("" when it has none): the crossing of a case that
    #: names none.
    crossing_code: str
    #: The station's IANA time zone (a case's day is its local date there).
    time_zone: str
    #: The latest payload of each record, by table, in the order the records first
    #: entered the station's chain (:func:`latest_records`).
    tables: Mapping[str, list[dict[str, Any]]]


def latest_records(entries: Iterable[tuple[str, str, Mapping[str, Any] | str | None]]
                   ) -> dict[str, list[dict[str, Any]]]:
    """The latest payload of each record, by table, from a station's audit entries.

    ``entries`` are ``(table, record id, payload)`` in chain order, the payload as a
    mapping of the fields sent or as its JSON text; tables the IAFQ does not read are
    skipped, and so is an entry whose payload did not travel at all (an entry written
    before field digests whose record holds a withheld field). Records keep the order
    in which they first entered the chain, which is the order the station wrote them in."""
    latest: dict[str, dict[str, dict[str, Any]]] = {}
    for table, record_id, payload in entries:
        if table not in RECORD_COLUMNS or payload is None:
            continue
        record = json.loads(payload) if isinstance(payload, str) else dict(payload)
        # A dict keeps the position of a key's first insertion: the record's first entry.
        latest.setdefault(table, {})[record_id] = record
    return {table: list(records.values()) for table, records in latest.items()}


def station_facts(station: StationRecords) -> list[CaseFacts]:
    """One station's cases as plain facts, oldest first."""
    return case_facts_from_records(station.tables, zone=ZoneInfo(station.time_zone),
                                   crossing=station.crossing_code)


def national_year(stations: Iterable[StationRecords], year: int, *,
                  country: str | None) -> YearTables:
    """The IAFQ tables of ``year`` for every station's cases together. ``country``: the
    ISO code of headquarters' country (a person of that nationality is a national)."""
    facts = [case for station in stations for case in station_facts(station)]
    return year_tables(facts, year, station_country=country)


@dataclass(frozen=True)
class NationalExport:
    """What the national export wrote, and the tables it wrote."""

    paths: tuple[Path, ...]
    tables: YearTables


def export_national(stations: Iterable[StationRecords], year: int, directory: Path,
                    heading: ExportHeading, *, country: str | None) -> NationalExport:
    """Write ``DIR/iafq-YYYY.xlsx`` and the CSV files of the national tables: the same
    files as a station's export. ``heading.station`` names headquarters; the notes say
    how many stations' records were counted."""
    if directory.exists() and not directory.is_dir():
        raise UserInputError(tr("{path} is a file, not a folder", path=directory))
    listed = list(stations)
    tables = national_year(listed, year, country=country)
    paths = export_year(tables, directory, replace(heading, stations=len(listed)))
    return NationalExport(tuple(paths), tables)
