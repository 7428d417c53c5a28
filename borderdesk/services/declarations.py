"""Reading declarations for the queue, lists and search: the latest version of each.

The queue (:mod:`borderdesk.store.queue_repo`) holds one narrow row per
declaration, so listing, sorting and filtering never decode declarations: the
window asks for the ordered keys of a selection (:func:`queue_keys`, fast even
for 100,000 declarations) and then for the rows it shows (:func:`queue_page`).

Search is full-text over declaration ids, party names, plates and goods
descriptions, folded the same way as the index (case, diacritics and script):
``petrovic`` finds ``Петровић``. Every word of the query must match the start
of a word in the declaration.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta, timezone
from enum import StrEnum
from typing import Any

from borderdesk.core.clock import format_utc, parse_utc
from borderdesk.core.i18n import tr
from borderdesk.core.text import search_tokens
from borderdesk.domain.declaration import Declaration
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.station import StationSession
from borderdesk.store import queue_repo
from borderdesk.store.queue_repo import InspectionState, QueueOrder, QueueRow, QueueSelection

ROUTE_SEPARATOR = queue_repo.ROUTE_SEPARATOR

__all__ = [
    "DeclarationSummary", "InspectionState", "Period", "QueueFilter", "QueueOrder",
    "count_declarations", "list_declarations", "queue_change_marker", "queue_keys",
    "queue_page",
]


@dataclass(frozen=True)
class DeclarationSummary:
    """One line of the declarations list (the latest version)."""

    declaration_id: str
    lodged_at: datetime  # aware, with the offset it was written with
    version: int
    procedure: str
    transport_mode: str
    consignor: str
    consignee: str
    origin_country: str
    dispatch_country: str | None
    destination_country: str
    itinerary: tuple[str, ...]
    route: str
    goods_summary: str
    goods_lines: int
    vehicle_registration: str | None
    #: The lane in force (an officer's change since the latest assessment, else the
    #: assessment's lane) and the latest assessment's score; None before screening.
    lane: str | None = None
    score: float | None = None
    random: bool = False
    #: The lane the latest assessment gave (differs from ``lane`` after a change).
    assessed_lane: str | None = None
    #: The latest inspection: "open" while under way, else its outcome; None if none.
    inspection: str | None = None
    #: The queue's key of the declaration (stable while the station holds it).
    key: int = 0

    def to_json(self) -> dict[str, Any]:
        """The summary as the ``declarations list --format jsonl`` object."""
        return {
            "declaration_id": self.declaration_id,
            "lodged_at": self.lodged_at.isoformat(),
            "version": self.version,
            "procedure": self.procedure,
            "transport_mode": self.transport_mode,
            "consignor": self.consignor,
            "consignee": self.consignee,
            "origin_country": self.origin_country,
            "dispatch_country": self.dispatch_country,
            "destination_country": self.destination_country,
            "itinerary": list(self.itinerary),
            "goods_lines": self.goods_lines,
            "goods_summary": self.goods_summary,
            "vehicle_registration": self.vehicle_registration,
            "lane": self.lane,
            "assessed_lane": self.assessed_lane,
            "score": self.score,
            "random": self.random,
            "inspection": self.inspection,
        }


class Period(StrEnum):
    """How far back the queue looks, by lodging time in the station's time zone."""

    ALL = "all"
    TODAY = "today"  # since midnight
    TWO_DAYS = "two_days"  # since yesterday's midnight
    WEEK = "week"  # the last 7 days, today included
    MONTH = "month"  # the last 30 days, today included


_PERIOD_DAYS = {Period.TODAY: 0, Period.TWO_DAYS: 1, Period.WEEK: 6, Period.MONTH: 29}


@dataclass(frozen=True)
class QueueFilter:
    """What the queue lists; the defaults list everything."""

    query: str = ""
    #: Lanes in force to list (``None`` inside: not screened); None: every lane.
    lanes: frozenset[str | None] | None = None
    procedure: str | None = None
    transport_mode: str | None = None
    period: Period = Period.ALL
    inspection: InspectionState = InspectionState.ANY

    @property
    def filtered(self) -> bool:
        """Whether a filter other than the search narrows the list."""
        return replace(self, query="") != QueueFilter()


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user's query (each word as a prefix), or None if empty."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


@requires(Permission.VIEW)
def period_start(session: StationSession, period: Period) -> datetime | None:
    """The first instant of ``period`` (midnight in the station's time zone), or None."""
    days = _PERIOD_DAYS.get(period)
    if days is None:
        return None
    zone = session.time_zone()
    today = session.clock.now().astimezone(zone).date()
    first = today - timedelta(days=days)
    return datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC)


def _selection(session: StationSession, queue_filter: QueueFilter) -> QueueSelection | None:
    """The store's selection for a filter; None when the query cannot match anything."""
    match = None
    if queue_filter.query.strip():
        match = match_expression(queue_filter.query)
        if match is None:
            return None  # only punctuation: nothing to look for
    start = period_start(session, queue_filter.period)
    return QueueSelection(
        match=match, lanes=queue_filter.lanes, procedure=queue_filter.procedure,
        transport_mode=queue_filter.transport_mode,
        lodged_from=format_utc(start) if start is not None else None,
        inspection=queue_filter.inspection)


@requires(Permission.VIEW)
def queue_keys(session: StationSession, queue_filter: QueueFilter = QueueFilter(),
               order: QueueOrder = QueueOrder.QUEUE, *, descending: bool = False,
               limit: int | None = None) -> list[int]:
    """The keys of the declarations the filter selects, in the order asked for."""
    selection = _selection(session, queue_filter)
    if selection is None:
        return []
    return queue_repo.queue_keys(session.database.conn, selection, order,
                                 descending=descending, limit=limit)


@requires(Permission.VIEW)
def queue_page(session: StationSession, keys: Sequence[int]) -> list[DeclarationSummary]:
    """The summaries of these keys, in their order (keys no longer held are left out)."""
    return [_summary(row) for row in queue_repo.queue_rows(session.database.conn, keys)]


@requires(Permission.VIEW)
def queue_change_marker(session: StationSession) -> int:
    """A number that grows with every change recorded at the station (cheap to ask):
    the window compares it to know when to read the queue again."""
    row = session.database.query_one("SELECT max(seq) FROM change_log")
    return int(row[0]) if row and row[0] is not None else 0


def _goods_summary(first: str, lines: int) -> str:
    if lines <= 1:
        return first
    return tr("{first} (+{more} more lines)", first=first, more=lines - 1)


def _summary(row: QueueRow) -> DeclarationSummary:
    offset = timezone(timedelta(minutes=row.lodged_at_offset_min))
    return DeclarationSummary(
        declaration_id=row.declaration_id,
        lodged_at=parse_utc(row.lodged_at_utc).astimezone(offset),
        version=row.version,
        procedure=row.procedure,
        transport_mode=row.transport_mode,
        consignor=row.consignor,
        consignee=row.consignee,
        origin_country=row.origin_country,
        dispatch_country=row.dispatch_country,
        destination_country=row.destination_country,
        itinerary=tuple(json.loads(row.itinerary)),
        route=row.route,
        goods_summary=_goods_summary(row.goods_first, row.goods_lines),
        goods_lines=row.goods_lines,
        vehicle_registration=row.vehicle_registration,
        lane=row.lane,
        score=row.score,
        random=row.random,
        assessed_lane=row.assessed_lane,
        inspection=row.inspection,
        key=row.key,
    )


@requires(Permission.VIEW)
def list_declarations(session: StationSession, *, query: str | None = None,
                      limit: int | None = None) -> list[DeclarationSummary]:
    """The latest version of each declaration, newest first; filtered by ``query``."""
    keys = queue_keys(session, QueueFilter(query=query or ""), QueueOrder.LODGED,
                      descending=True, limit=limit)
    return queue_page(session, keys)


@requires(Permission.VIEW)
def count_declarations(session: StationSession) -> int:
    """How many declarations the station holds."""
    return queue_repo.count_queue(session.database.conn)


@dataclass(frozen=True)
class AmendmentRow:
    """One changed field of an amended declaration."""

    from_version: int
    to_version: int
    field: str
    old_value: str | None
    new_value: str | None
    amended_at: str


@requires(Permission.VIEW)
def list_amendments(session: StationSession, declaration_id: str) -> list[AmendmentRow]:
    """What each later version of a declaration changed, oldest first."""
    rows = session.database.query(
        "SELECT a.from_version, a.to_version, a.field, a.old_value, a.new_value, a.created_at"
        " FROM amendments a JOIN declarations d ON d.id = a.declaration_ref"
        " WHERE d.declaration_id = ? ORDER BY a.to_version, a.rowid", (declaration_id,))
    return [AmendmentRow(*tuple(row)) for row in rows]


@requires(Permission.VIEW)
def stored_declarations(session: StationSession) -> Iterator[Declaration]:
    """The latest version of every stored declaration, as validated values."""
    rows = session.database.conn.execute(
        "SELECT v.content FROM declarations d"
        " JOIN declaration_versions v ON v.id = d.latest_version_ref")
    errors, warnings = ProblemList(), ProblemList()
    for row in rows:
        # Stored content was validated on import; read it back the same way.
        for declaration, _line in read_objects([json.loads(row[0])], tz=UTC, errors=errors,
                                               warnings=warnings):
            yield declaration
