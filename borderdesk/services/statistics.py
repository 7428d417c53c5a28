"""Statistics from the station's records: the IAFQ yearly tables and the supervisor summary.

Reads the records of every seizure case in a few whole-table queries and makes them
the plain facts of :mod:`borderdesk.reports.iafq_facts` with
:mod:`borderdesk.reports.iafq_records`: the same code that counts the records of all
stations at headquarters (``borderdesk.hq.iafq``). What is counted and what is left
out (cases not signed off, no event type) is decided by the tables
(:mod:`borderdesk.reports.iafq`), which say so.
Persons are reduced to sex, nationality and stages: no name leaves this module.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from borderdesk.core.clock import format_utc, parse_utc
from borderdesk.core.country_names import country_name
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.reports.iafq import YearTables, year_tables
from borderdesk.reports.iafq_export import ExportHeading, export_year
from borderdesk.reports.iafq_facts import CaseFacts
from borderdesk.reports.iafq_records import RECORD_COLUMNS, case_facts_from_records
from borderdesk.reports.summary import Capacity, Screened, Summary, summarise
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import is_exercise, refuse_if_exercise
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession

#: The earliest year the tables are made for (nothing was recorded before borderdesk).
FIRST_YEAR = 2000


@dataclass(frozen=True)
class IafqExport:
    """What ``export iafq`` wrote, and the tables it wrote."""

    paths: tuple[Path, ...]
    tables: YearTables


@requires(Permission.VIEW)
def case_facts(session: StationSession) -> list[CaseFacts]:
    """Every case of the station as plain facts, oldest first."""
    conn = session.database.conn
    return case_facts_from_records(
        {table: _records(conn, table, columns) for table, columns in RECORD_COLUMNS.items()},
        zone=session.time_zone(), crossing=session.station.crossing_code or "",
        case_crossings=_declaration_crossings(conn))


@requires(Permission.VIEW)
def iafq_year(session: StationSession, year: int) -> YearTables:
    """The IAFQ tables of ``year`` from the station's cases."""
    _check_year(session, year)
    return year_tables(case_facts(session), year, station_country=session.station.country)


@requires(Permission.EXPORT)
def export_iafq(session: StationSession, year: int, directory: Path) -> IafqExport:
    """Write ``DIR/iafq-YYYY.xlsx`` and the CSV files of ``year`` (refused on an exercise
    station: these tables go to headquarters)."""
    refuse_if_exercise(session, tr("the export of the IAFQ tables"))
    if directory.exists() and not directory.is_dir():
        raise UserInputError(tr("{path} is a file, not a folder", path=directory))
    tables = iafq_year(session, year)
    station = session.station
    heading = ExportHeading(f"{station.name} ({station.crossing_code})"
                            if station.crossing_code else station.name,
                            session.clock.now().astimezone(session.time_zone())
                            .strftime("%Y-%m-%d %H:%M %z"), session.actor)
    with session.database.transaction():
        paths = tuple(export_year(tables, directory, heading))
        record_event(session, "export", subject=str(year), details={
            "document": "iafq", "year": year, "files": [path.name for path in paths]})
    return IafqExport(paths, tables)


def _check_year(session: StationSession, year: int) -> None:
    now = session.clock.now().astimezone(session.time_zone()).year
    if not FIRST_YEAR <= year <= now:
        raise UserInputError(tr("the year must lie between {first} and {now}",
                                first=FIRST_YEAR, now=now))


def _records(conn: sqlite3.Connection, table: str,
             columns: tuple[str, ...]) -> list[dict[str, Any]]:
    """A table's records in the order written, with the columns the facts read.

    Whole-table queries rather than one per case: a year of thousands of cases takes
    well under a second."""
    names = ", ".join(columns)  # our own table and column names (RECORD_COLUMNS)
    return [dict(zip(columns, row, strict=True))
            for row in conn.execute(f"SELECT {names} FROM {table} ORDER BY rowid")]


def _declaration_crossings(conn: sqlite3.Connection) -> dict[str, str]:
    """The crossing of the declaration (as inspected) each case came from, by case id."""
    return {str(case): str(crossing) for case, crossing in conn.execute(
        "SELECT s.id, v.crossing FROM seizure_cases s"
        " JOIN inspections i ON i.id = s.inspection_ref"
        " JOIN declaration_versions v ON v.id = i.version_ref")}


def cases_in(facts: Iterable[CaseFacts], start: date, end: date) -> list[CaseFacts]:
    """The cases whose (seizure or opening) day lies from ``start`` to ``end``."""
    return [case for case in facts if start <= case.day <= end]


@requires(Permission.VIEW)
def screened_in(session: StationSession, start: date, end: date) -> list[Screened]:
    """The declarations lodged from ``start`` to ``end`` (station days): lane in force,
    random or not, the rules of their latest screening, and what inspecting found."""
    conn = session.database.conn
    zone = session.time_zone()
    low = format_utc(datetime.combine(start, time.min, tzinfo=zone))
    high = format_utc(datetime.combine(end + timedelta(days=1), time.min, tzinfo=zone))
    queue = conn.execute(
        "SELECT declaration_ref, lodged_at_utc, lodged_at_offset_min, lane, random"
        " FROM declaration_queue WHERE lodged_at_utc >= ? AND lodged_at_utc < ?",
        (low, high)).fetchall()
    rules: dict[str, list[str]] = defaultdict(list)
    for declaration, rule in conn.execute(
            "SELECT a.declaration_ref, h.rule_id FROM assessments a"
            " JOIN assessment_hits h ON h.assessment_ref = a.id"
            " WHERE a.rowid IN (SELECT max(rowid) FROM assessments GROUP BY declaration_ref)"
            " ORDER BY h.rowid"):
        rules[declaration].append(rule)
    outcomes: dict[str, str | None] = {}
    for declaration, outcome in conn.execute(
            "SELECT declaration_ref, outcome FROM inspections ORDER BY rowid"):
        before = outcomes.get(declaration)
        outcomes[declaration] = max((before, outcome), key=lambda o: _OUTCOME_RANK.get(o, 0))
    return [Screened(parse_utc(lodged).astimezone(zone).date(), lane, bool(random),
                     tuple(rules.get(ref, ())), ref in outcomes, outcomes.get(ref))
            for ref, lodged, _offset, lane, random in queue]


#: Which inspection outcome says most, when a declaration was inspected more than once.
_OUTCOME_RANK = {None: 0, "nothing_found": 1, "irregularity": 2, "seizure": 3}


@requires(Permission.VIEW)
def summary_of(session: StationSession, start: date, end: date,
               capacity: Capacity | None = None) -> Summary:
    """The supervisor summary's figures for a period of station days."""
    if end < start:
        raise UserInputError(tr("the period ends ({end}) before it starts ({start})",
                                start=start.isoformat(), end=end.isoformat()))
    for value in (capacity.red, capacity.yellow) if capacity else ():
        if value is not None and value < 1:
            raise UserInputError(tr("a capacity is a number of inspections per day, 1 or "
                                    "more"))
    return summarise(cases_in(case_facts(session), start, end),
                     screened_in(session, start, end), start, end, capacity)


@requires(Permission.EXPORT)
def write_summary(session: StationSession, start: date, end: date, destination: Path,
                  capacity: Capacity | None = None) -> Summary:
    """Write the supervisor summary PDF for a period; its figures."""
    from borderdesk.reports.layout import write_file
    from borderdesk.reports.summary_pdf import SummaryHeading, summary_pdf

    summary = summary_of(session, start, end, capacity)
    station = session.station
    country = country_name(station.country) if station.country else ""
    printed = session.clock.now().astimezone(session.time_zone()).strftime("%Y-%m-%d %H:%M")
    heading = SummaryHeading(
        agency=tr("Customs administration, {country}", country=country) if country
        else tr("Customs administration"),
        station=tr("{name}, crossing {crossing}", name=station.name,
                   crossing=station.crossing_code) if station.crossing_code else station.name,
        printed=tr("Printed {when} by {who} with borderdesk", when=printed,
                   who=session.actor))
    if is_exercise(session):
        heading = replace(heading, watermark=tr("EXERCISE - NOT EVIDENCE"))
    pdf = summary_pdf(summary, heading)
    with session.database.transaction():
        record_event(session, "export", subject=destination.name, details={
            "document": "summary", "from": start.isoformat(), "to": end.isoformat(),
            "file": destination.name})
        write_file(destination, pdf)  # in the transaction: a failed write records nothing
    return summary
