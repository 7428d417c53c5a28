"""Statistics from the station's records: the IAFQ yearly tables and the supervisor summary.

Reads every seizure case as it stands (current field values, current items, tracing
and follow-up) into the plain facts of :mod:`borderdesk.reports.iafq_facts`, in a few
whole-table queries rather than one per case, so a year of thousands of cases takes
well under a second. What is counted and what is left out (cases not signed off, no
event type) is decided by the tables (:mod:`borderdesk.reports.iafq`), which say so.
Persons are reduced to sex, nationality and stages: no name leaves this module.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from borderdesk.core.clock import format_utc, parse_utc
from borderdesk.core.codelists import countries
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.text import normalise
from borderdesk.reports.iafq import YearTables, year_tables
from borderdesk.reports.iafq_export import ExportHeading, export_year
from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts, PersonFacts
from borderdesk.reports.summary import Capacity, Screened, Summary, summarise
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import is_exercise, refuse_if_exercise
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store import seizure_repo

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
    zone = session.time_zone()
    fields = seizure_repo.current_fields(conn)
    items = _items(conn)
    persons = _persons(conn)
    result = []
    for case in reversed(seizure_repo.list_cases(conn)):
        mine = fields.get(case.id, {})
        occurred = mine.get("occurred_at")
        day = _local_day(str(occurred or case.opened_at), zone)
        result.append(CaseFacts(
            case.case_number, case.status, day, occurred is not None,
            str(mine.get("crossing") or case.declaration_crossing), dict(mine),
            tuple(items.get(case.id, ())), tuple(persons.get(case.id, ()))))
    return result


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


def _local_day(text: str, zone: ZoneInfo) -> date:
    return datetime.fromisoformat(text).astimezone(zone).date()


def _current(conn: sqlite3.Connection, sql: str) -> list[sqlite3.Row | tuple[Any, ...]]:
    """The rows of an append-only entry table that are neither withdrawn nor replaced.

    ``sql`` selects ``id, replaces_ref, withdrawn`` first. Filtering in Python keeps this
    linear: the tracing and follow-up tables have no index on ``replaces_ref``."""
    rows = conn.execute(sql).fetchall()
    replaced = {row[1] for row in rows if row[1] is not None}
    return [row for row in rows if not row[2] and row[0] not in replaced]


def _items(conn: sqlite3.Connection) -> dict[str, list[ItemFacts]]:
    tracing = _tracing(conn)
    result: dict[str, list[ItemFacts]] = defaultdict(list)
    for (_id, _replaces, _withdrawn, case, item, kind, category, component, calibre,
         quantity, record) in _current(conn, (
            "SELECT id, replaces_ref, withdrawn, case_ref, item_ref, kind, category, "
            "component, calibre, quantity, record FROM seizure_items ORDER BY rowid")):
        data = json.loads(record) if kind == "firearm" and record else {}
        trace = tracing.get(item, _Trace())
        result[case].append(ItemFacts(
            kind, int(quantity), category, data.get("item_class"), component, calibre,
            manufacture_country(data.get("country")), trace.registry, trace.iarms,
            tuple(trace.statuses.values()), trace.origin,
            frozenset(data.get("flags") or ())))
    return result


@dataclass
class _Trace:
    registry: int = 0
    iarms: int = 0
    #: Each request's current status, by request id, in the order sent.
    statuses: dict[str, str] = field(default_factory=dict)
    origin: str | None = None


def _tracing(conn: sqlite3.Connection) -> dict[str, _Trace]:
    result: dict[str, _Trace] = defaultdict(_Trace)
    rows = _current(conn, "SELECT id, replaces_ref, withdrawn, item_ref, kind, request_ref,"
                          " data FROM seizure_tracing ORDER BY rowid")
    by_request = {row[0]: row[3] for row in rows if row[4] == "trace_request"}
    for entry, _replaces, _withdrawn, item, kind, request, text in rows:
        data = json.loads(text)
        trace = result[item if kind != "trace_status" else by_request.get(request, item)]
        if kind == "registry_check":
            trace.registry += 1
        elif kind == "iarms_query":
            trace.iarms += 1
        elif kind == "trace_request":
            trace.statuses[entry] = str(data["status"])
        elif kind == "trace_status" and request in by_request:
            trace.statuses[request] = str(data["status"])  # rowid order: the latest wins
        elif kind == "origin":
            trace.origin = data["how"] if data.get("established") else None
    return result


def _persons(conn: sqlite3.Connection) -> dict[str, list[PersonFacts]]:
    stages: dict[str, set[str]] = defaultdict(set)
    for _id, _replaces, _withdrawn, person, stage in _current(
            conn, "SELECT id, replaces_ref, withdrawn, person_ref, stage FROM seizure_followup"
                  " ORDER BY rowid"):
        stages[person].add(stage)
    result: dict[str, list[PersonFacts]] = defaultdict(list)
    for _id, _replaces, _withdrawn, case, person, sex, nationality in _current(
            conn, "SELECT id, replaces_ref, withdrawn, case_ref, person_ref, sex, nationality"
                  " FROM seizure_persons ORDER BY rowid"):
        result[case].append(PersonFacts(sex, nationality, frozenset(stages.get(person, ()))))
    return result


def manufacture_country(text: object) -> str | None:
    """The ISO code of a country of manufacture as read from the markings: a code, or a
    country's English name in any case or script (None when it names no country)."""
    if not isinstance(text, str) or not text.strip():
        return None
    code = text.strip().upper()
    if code in countries():
        return code
    return _country_names().get(normalise(text))


@cache
def _country_names() -> dict[str, str]:
    return {normalise(name): code for code, name in countries().names.items()}


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
    country = countries().name_of(station.country) if station.country else ""
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
