"""The screening queue's table: one row per declaration, ready to sort, filter and page.

``declaration_queue`` is derived data. Each row is computed by one SQL statement
(:data:`_REFRESH`) from the recorded tables: the declaration's latest version and
its parties and goods, the latest assessment, the officer's lane change made since
that assessment, and the latest inspection. Every writer of those tables calls
:func:`refresh_queue` for the declarations it touched, in its own transaction, so
the queue is never out of step with what was recorded; :func:`rebuild_queue`
recomputes every row (the migration that creates the table uses it).

Keeping the queue in one narrow table is what lets the window list, sort and
filter 100,000 declarations in SQL (with indexes) and read only the rows that are
on screen, instead of decoding every declaration's JSON.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

#: Queue order rank of each lane: red first, unscreened last.
LANE_RANK = {"red": 0, "yellow": 1, "green": 2}
UNSCREENED_RANK = 3
#: The separator between the countries of a route.
ROUTE_SEPARATOR = " › "


def lane_rank_sql(lane: str) -> str:
    """SQL for the queue order rank of the lane held in the column or expression ``lane``."""
    ranks = " ".join(f"WHEN '{name}' THEN {rank}" for name, rank in LANE_RANK.items())
    return f"CASE {lane} {ranks} ELSE {UNSCREENED_RANK} END"


#: The table. ``lane_rank`` (the queue order's first key) is stored, written with the
#: row from its lane, not generated from it: SQLite's planner never counts an index
#: on a generated column as covering, and reading the table for each of 100,000 rows
#: made the default order slow (m018 turned the generated column of earlier databases
#: into this one; docs/performance.md).
CREATE_TABLE = """CREATE TABLE declaration_queue (
    declaration_rowid INTEGER PRIMARY KEY,
    declaration_ref TEXT NOT NULL UNIQUE REFERENCES declarations(id),
    declaration_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    lodged_at_utc TEXT NOT NULL,
    lodged_at_offset_min INTEGER NOT NULL,
    procedure TEXT NOT NULL,
    transport_mode TEXT NOT NULL,
    consignor TEXT NOT NULL,
    consignor_key TEXT NOT NULL,
    consignee TEXT NOT NULL,
    consignee_key TEXT NOT NULL,
    origin_country TEXT NOT NULL,
    dispatch_country TEXT,
    destination_country TEXT NOT NULL,
    itinerary TEXT NOT NULL,
    route TEXT NOT NULL,
    goods_first TEXT NOT NULL,
    goods_lines INTEGER NOT NULL,
    vehicle_registration TEXT,
    assessed_lane TEXT,
    lane TEXT,
    score REAL,
    random INTEGER NOT NULL,
    inspection TEXT,
    lane_rank INTEGER NOT NULL DEFAULT 3)"""

#: The columns a filter reads, carried in every ordering index so that listing the
#: queue in any order through any filter reads one index and never the table.
_FILTERED = "lane, procedure, transport_mode, inspection"

#: One covering index per order of :data:`_ORDER_BY` (kept equal by a test), named
#: after it. With 100,000 declarations a table lookup per row costs about 150 ms of a
#: 300 ms sort; reading the index alone costs 10 to 40 ms (docs/performance.md).
ORDER_INDEXES = {
    "order": f"lane_rank, score DESC, lodged_at_utc DESC, declaration_id, {_FILTERED}",
    "declaration": f"declaration_id, lodged_at_utc, {_FILTERED}",
    "score": f"score, lodged_at_utc, declaration_id, {_FILTERED}",
    "lodged": f"lodged_at_utc, declaration_id, {_FILTERED}",
    "consignor": f"consignor_key, declaration_id, lodged_at_utc, {_FILTERED}",
    "consignee": f"consignee_key, declaration_id, lodged_at_utc, {_FILTERED}",
    "route": f"route, declaration_id, lodged_at_utc, {_FILTERED}",
    "goods": f"goods_first COLLATE NOCASE, declaration_id, lodged_at_utc, {_FILTERED}",
    "version": f"version, declaration_id, lodged_at_utc, {_FILTERED}",
    "inspection": f"inspection IS NULL, inspection, declaration_id, lodged_at_utc, {_FILTERED}",
}

#: The statements that create :data:`ORDER_INDEXES` (migration m007).
CREATE_ORDER_INDEXES = tuple(
    f"CREATE INDEX declaration_queue_by_{name} ON declaration_queue({columns})"
    for name, columns in ORDER_INDEXES.items())

_COLUMNS = (
    "declaration_rowid", "declaration_ref", "declaration_id", "version", "lodged_at_utc",
    "lodged_at_offset_min", "procedure", "transport_mode", "consignor", "consignor_key",
    "consignee", "consignee_key", "origin_country", "dispatch_country", "destination_country",
    "itinerary", "route", "goods_first", "goods_lines", "vehicle_registration",
    "assessed_lane", "lane", "score", "random", "inspection", "lane_rank")

# The rows of the declarations in ``targets``. The lane in force is the officer's last
# change made since the latest assessment, else that assessment's lane (with no
# assessment at all, the last change). The route is the itinerary when there is one,
# else origin, dispatch and destination without repeating a country. :func:`_upsert`
# adds the lane's rank.
_ROWS = f"""
SELECT d.rowid, d.id, d.declaration_id, d.latest_version, v.lodged_at_utc,
    v.lodged_at_offset_min, v.procedure, v.transport_mode,
    coalesce(pc.name, ''), coalesce(pc.name_folded, ''),
    coalesce(pe.name, ''), coalesce(pe.name_folded, ''),
    v.origin_country, v.dispatch_country, v.destination_country, v.itinerary,
    CASE WHEN json_array_length(v.itinerary) > 0
        THEN (SELECT group_concat(value, '{ROUTE_SEPARATOR}')
              FROM (SELECT value FROM json_each(v.itinerary) ORDER BY key))
        ELSE v.origin_country
            || CASE WHEN v.dispatch_country IS NOT NULL
                    AND v.dispatch_country != v.origin_country
                THEN '{ROUTE_SEPARATOR}' || v.dispatch_country ELSE '' END
            || CASE WHEN v.destination_country != coalesce(v.dispatch_country, v.origin_country)
                THEN '{ROUTE_SEPARATOR}' || v.destination_country ELSE '' END
    END,
    coalesce((SELECT g.description FROM goods_lines g WHERE g.version_ref = v.id
              ORDER BY g.line LIMIT 1), ''),
    (SELECT count(*) FROM goods_lines g WHERE g.version_ref = v.id),
    v.vehicle_registration,
    a.lane AS assessed_lane,
    coalesce((SELECT lc.to_lane FROM lane_changes lc WHERE lc.declaration_ref = d.id
                AND (a.id IS NULL OR lc.assessment_ref = a.id)
              ORDER BY lc.rowid DESC LIMIT 1), a.lane) AS lane,
    a.score,
    coalesce(a.random, 0),
    (SELECT CASE WHEN i.outcome IS NULL THEN 'open' ELSE i.outcome END
     FROM inspections i WHERE i.declaration_ref = d.id ORDER BY i.rowid DESC LIMIT 1)
FROM targets t
JOIN declarations d ON d.id = t.ref
JOIN declaration_versions v ON v.id = d.latest_version_ref
LEFT JOIN parties pc ON pc.version_ref = v.id AND pc.role = 'consignor'
LEFT JOIN parties pe ON pe.version_ref = v.id AND pe.role = 'consignee'
LEFT JOIN assessments a ON a.rowid =
    (SELECT max(rowid) FROM assessments WHERE declaration_ref = d.id)"""


def _upsert(targets: str) -> str:
    """The statement that (re)computes the rows of the declarations ``targets`` selects."""
    columns = ", ".join(_COLUMNS)
    updates = ", ".join(f"{name} = excluded.{name}" for name in _COLUMNS[1:])
    # "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT.
    return (f"WITH targets(ref) AS ({targets}) INSERT INTO declaration_queue ({columns})"
            f" SELECT q.*, {lane_rank_sql('q.lane')} FROM ({_ROWS}) AS q WHERE true"
            f" ON CONFLICT (declaration_rowid) DO UPDATE SET {updates}")


_REFRESH_SOME = _upsert("SELECT ref FROM temp.queue_refresh")
_REFRESH_ALL = _upsert("SELECT id FROM declarations")


def refresh_queue(conn: sqlite3.Connection, declaration_refs: Iterable[str]) -> None:
    """Recompute the queue rows of these declarations; call in the write's transaction."""
    refs = list(dict.fromkeys(declaration_refs))
    if not refs:
        return
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS queue_refresh (ref TEXT PRIMARY KEY)")
    conn.executemany("INSERT OR IGNORE INTO temp.queue_refresh (ref) VALUES (?)",
                     ((ref,) for ref in refs))
    try:
        conn.execute(_REFRESH_SOME)
    finally:
        conn.execute("DELETE FROM temp.queue_refresh")


def rebuild_queue(conn: sqlite3.Connection) -> None:
    """Recompute every row of the queue (after the migration that creates it)."""
    conn.execute(_REFRESH_ALL)


class QueueOrder(StrEnum):
    """What the queue is sorted by."""

    QUEUE = "queue"  # lane in force, then score (highest first), then newest first
    DECLARATION = "declaration"
    SCORE = "score"
    LODGED = "lodged"
    CONSIGNOR = "consignor"
    CONSIGNEE = "consignee"
    ROUTE = "route"
    GOODS = "goods"
    VERSION = "version"
    INSPECTION = "inspection"


# Each order ends with the declaration id, so equal values keep a stable order.
_ORDER_BY = {
    QueueOrder.QUEUE: ("lane_rank", "score DESC", "lodged_at_utc DESC", "declaration_id"),
    QueueOrder.DECLARATION: ("declaration_id",),
    QueueOrder.SCORE: ("score", "lodged_at_utc", "declaration_id"),
    QueueOrder.LODGED: ("lodged_at_utc", "declaration_id"),
    QueueOrder.CONSIGNOR: ("consignor_key", "declaration_id"),
    QueueOrder.CONSIGNEE: ("consignee_key", "declaration_id"),
    QueueOrder.ROUTE: ("route", "declaration_id"),
    QueueOrder.GOODS: ("goods_first COLLATE NOCASE", "declaration_id"),
    QueueOrder.VERSION: ("version", "declaration_id"),
    QueueOrder.INSPECTION: ("inspection IS NULL", "inspection", "declaration_id"),
}


def _flip(term: str) -> str:
    if term.endswith(" DESC"):
        return term[:-5]
    return term + " DESC"


class InspectionState(StrEnum):
    """Which declarations to list by their inspection."""

    ANY = "any"
    NOT_INSPECTED = "not_inspected"
    OPEN = "open"  # started, outcome not yet recorded
    INSPECTED = "inspected"  # outcome recorded


@dataclass(frozen=True)
class QueueSelection:
    """Which declarations the queue lists. ``None`` (or ANY) means no condition."""

    #: An FTS5 expression over ids, parties, plates and goods.
    match: str | None = None
    #: Lanes in force to list; ``None`` inside stands for "not screened".
    lanes: frozenset[str | None] | None = None
    procedure: str | None = None
    transport_mode: str | None = None
    #: Stored UTC text bounds of the lodging time: from (inclusive), before (exclusive).
    lodged_from: str | None = None
    lodged_before: str | None = None
    inspection: InspectionState = InspectionState.ANY


def _where(selection: QueueSelection) -> tuple[str, list[object]]:
    terms: list[str] = []
    params: list[object] = []
    if selection.match is not None:
        terms.append("declaration_rowid IN (SELECT rowid FROM declaration_search"
                     " WHERE declaration_search MATCH ?)")
        params.append(selection.match)
    if selection.lanes is not None:
        named = sorted(lane for lane in selection.lanes if lane is not None)
        parts = []
        if named:
            parts.append(f"lane IN ({','.join('?' * len(named))})")
            params.extend(named)
        if None in selection.lanes:
            parts.append("lane IS NULL")
        terms.append("(" + " OR ".join(parts) + ")" if parts else "0")
    for column, value in (("procedure", selection.procedure),
                          ("transport_mode", selection.transport_mode)):
        if value is not None:
            terms.append(f"{column} = ?")
            params.append(value)
    if selection.lodged_from is not None:
        terms.append("lodged_at_utc >= ?")
        params.append(selection.lodged_from)
    if selection.lodged_before is not None:
        terms.append("lodged_at_utc < ?")
        params.append(selection.lodged_before)
    match selection.inspection:
        case InspectionState.NOT_INSPECTED:
            terms.append("inspection IS NULL")
        case InspectionState.OPEN:
            terms.append("inspection = 'open'")
        case InspectionState.INSPECTED:
            terms.append("inspection IS NOT NULL AND inspection != 'open'")
        case InspectionState.ANY:
            pass
    return (" WHERE " + " AND ".join(terms) if terms else ""), params


def queue_keys(conn: sqlite3.Connection, selection: QueueSelection,
               order: QueueOrder = QueueOrder.QUEUE, *, descending: bool = False,
               limit: int | None = None) -> list[int]:
    """The keys (declaration rowids) of the selected declarations, in order."""
    where, params = _where(selection)
    terms = _ORDER_BY[order]
    if descending:
        terms = tuple(_flip(term) for term in terms)
    sql = f"SELECT declaration_rowid FROM declaration_queue{where} ORDER BY {', '.join(terms)}"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    # One JSON array instead of 100,000 rows through the sqlite3 module: 35 ms
    # instead of 80 (the order is kept: SQLite aggregates in the subquery's order).
    (keys,) = conn.execute(f"SELECT json_group_array(declaration_rowid) FROM ({sql})",
                           params).fetchone()
    result: list[int] = json.loads(keys)
    return result


def count_queue(conn: sqlite3.Connection) -> int:
    """How many declarations the queue holds (all of the station's)."""
    return int(conn.execute("SELECT count(*) FROM declaration_queue").fetchone()[0])


@dataclass(frozen=True)
class QueueRow:
    """One row of the queue table, as stored."""

    key: int
    declaration_id: str
    version: int
    lodged_at_utc: str
    lodged_at_offset_min: int
    procedure: str
    transport_mode: str
    consignor: str
    consignee: str
    origin_country: str
    dispatch_country: str | None
    destination_country: str
    itinerary: str  # JSON array of country codes
    route: str
    goods_first: str
    goods_lines: int
    vehicle_registration: str | None
    assessed_lane: str | None
    lane: str | None
    score: float | None
    random: bool
    inspection: str | None


_ROW_COLUMNS = (
    "declaration_rowid, declaration_id, version, lodged_at_utc, lodged_at_offset_min,"
    " procedure, transport_mode, consignor, consignee, origin_country, dispatch_country,"
    " destination_country, itinerary, route, goods_first, goods_lines, vehicle_registration,"
    " assessed_lane, lane, score, random, inspection")
_CHUNK = 500


def queue_rows(conn: sqlite3.Connection, keys: Sequence[int]) -> list[QueueRow]:
    """The rows of these keys, in the order given (keys no longer held are left out)."""
    found: dict[int, QueueRow] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = list(keys[start:start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(f"SELECT {_ROW_COLUMNS} FROM declaration_queue"
                                f" WHERE declaration_rowid IN ({marks})", chunk):
            values = list(row)
            values[20] = bool(values[20])
            found[row[0]] = QueueRow(*values)
    return [found[key] for key in keys if key in found]
