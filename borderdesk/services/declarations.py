"""Reading declarations for lists and search: the latest version of each.

Search is full-text over declaration ids, party names, plates and goods
descriptions, folded the same way as the index (case, diacritics and script):
``petrovic`` finds ``Петровић``. Every word of the query must match the start
of a word in the declaration.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.core.text import search_tokens
from borderdesk.domain.declaration import Declaration
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.services.station import StationSession

ROUTE_SEPARATOR = " › "


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
    #: The latest assessment (None before the declaration was screened).
    lane: str | None = None
    score: float | None = None
    random: bool = False

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
            "score": self.score,
            "random": self.random,
        }


def match_expression(query: str) -> str | None:
    """The FTS5 expression for a user's query (each word as a prefix), or None if empty."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens)


def _route(content: dict[str, Any]) -> tuple[str, ...]:
    itinerary = tuple(content.get("itinerary") or ())
    if itinerary:
        return itinerary
    stops = [content["origin_country"], content.get("dispatch_country"),
             content["destination_country"]]
    route: list[str] = []
    for stop in stops:
        if stop and (not route or route[-1] != stop):
            route.append(stop)
    return tuple(route)


def _goods_summary(items: list[dict[str, Any]]) -> str:
    if not items:
        return ""
    first = items[0]["description"]
    if len(items) == 1:
        return str(first)
    return tr("{first} (+{more} more lines)", first=first, more=len(items) - 1)


def _summary(row: Any) -> DeclarationSummary:
    content = json.loads(row["content"])
    vehicle = content.get("vehicle") or {}
    return DeclarationSummary(
        declaration_id=content["declaration_id"],
        lodged_at=datetime.fromisoformat(content["lodged_at"]),
        version=row["latest_version"],
        procedure=content["procedure"],
        transport_mode=content["transport_mode"],
        consignor=content["consignor"]["name"],
        consignee=content["consignee"]["name"],
        origin_country=content["origin_country"],
        dispatch_country=content.get("dispatch_country"),
        destination_country=content["destination_country"],
        itinerary=tuple(content.get("itinerary") or ()),
        route=ROUTE_SEPARATOR.join(_route(content)),
        goods_summary=_goods_summary(content["items"]),
        goods_lines=len(content["items"]),
        vehicle_registration=vehicle.get("registration"),
        lane=row["lane"],
        score=row["score"],
        random=bool(row["random"]),
    )


def list_declarations(session: StationSession, *, query: str | None = None,
                      limit: int | None = None) -> list[DeclarationSummary]:
    """The latest version of each declaration, newest first; filtered by ``query``."""
    sql = ("SELECT d.latest_version, v.content, a.lane, a.score, a.random"
           " FROM declarations d"
           " JOIN declaration_versions v ON v.id = d.latest_version_ref"
           " LEFT JOIN assessments a ON a.rowid = (SELECT max(rowid) FROM assessments"
           " WHERE declaration_ref = d.id)")
    params: list[Any] = []
    expression = match_expression(query) if query else None
    if query and expression is None:
        return []
    if expression is not None:
        sql += (" WHERE d.rowid IN (SELECT rowid FROM declaration_search"
                " WHERE declaration_search MATCH ?)")
        params.append(expression)
    sql += " ORDER BY v.lodged_at_utc DESC, d.declaration_id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_summary(row) for row in session.database.query(sql, params)]


def count_declarations(session: StationSession) -> int:
    """How many declarations the station holds."""
    row = session.database.query_one("SELECT count(*) FROM declarations")
    return int(row[0]) if row else 0


@dataclass(frozen=True)
class AmendmentRow:
    """One changed field of an amended declaration."""

    from_version: int
    to_version: int
    field: str
    old_value: str | None
    new_value: str | None
    amended_at: str


def list_amendments(session: StationSession, declaration_id: str) -> list[AmendmentRow]:
    """What each later version of a declaration changed, oldest first."""
    rows = session.database.query(
        "SELECT a.from_version, a.to_version, a.field, a.old_value, a.new_value, a.created_at"
        " FROM amendments a JOIN declarations d ON d.id = a.declaration_ref"
        " WHERE d.declaration_id = ? ORDER BY a.to_version, a.rowid", (declaration_id,))
    return [AmendmentRow(*tuple(row)) for row in rows]


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
