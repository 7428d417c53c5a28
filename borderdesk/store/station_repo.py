"""Reading and writing the station record (one row per database)."""

from __future__ import annotations

from dataclasses import replace

from borderdesk.core.clock import Clock, SystemClock, format_utc
from borderdesk.core.ids import new_id
from borderdesk.domain.station import Station
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase

DEFAULT_STATION_NAME = "New station"


def get_station(database: StationDatabase) -> Station | None:
    """The station this database belongs to, or ``None`` before it is set up."""
    row = database.query_one(
        "SELECT id, name, crossing_code, country, time_zone FROM station LIMIT 1")
    if row is None:
        return None
    return Station(row["id"], row["name"], row["crossing_code"], row["country"],
                   row["time_zone"])


def ensure_station(database: StationDatabase, actor: str,
                   clock: Clock | None = None) -> Station:
    """The station record, created with defaults (time zone UTC) when missing."""
    existing = get_station(database)
    if existing is not None:
        return existing
    station = Station(new_id(), DEFAULT_STATION_NAME, "", None, "UTC")
    now = format_utc((clock or SystemClock()).now())
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO station (id, station_id, created_at, updated_at, name, crossing_code,"
            " country, time_zone, created_by, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (station.id, station.id, now, now, station.name, station.crossing_code,
             station.country, station.time_zone, actor, actor),
        )
        append_changes(conn, WriteContext(station.id, actor), [
            ("station", station.id, "create", {"name": station.name})], now=now)
    return station


def update_station(database: StationDatabase, context: WriteContext, *,
                   name: str | None = None, crossing_code: str | None = None,
                   country: str | None = None, time_zone: str | None = None) -> Station:
    """Change the station's details; only the arguments given are changed."""
    current = get_station(database)
    if current is None:
        raise LookupError("the station record is missing")
    changed = replace(
        current,
        name=current.name if name is None else name,
        crossing_code=current.crossing_code if crossing_code is None else crossing_code,
        country=current.country if country is None else country,
        time_zone=current.time_zone if time_zone is None else time_zone,
    )
    if changed == current:
        return current
    now = context.now()
    with database.transaction() as conn:
        conn.execute(
            "UPDATE station SET name=?, crossing_code=?, country=?, time_zone=?, updated_at=?,"
            " updated_by=? WHERE id=?",
            (changed.name, changed.crossing_code, changed.country, changed.time_zone, now,
             context.actor, current.id),
        )
        detail = {k: getattr(changed, k) for k in ("name", "crossing_code", "country",
                                                    "time_zone")
                  if getattr(changed, k) != getattr(current, k)}
        append_changes(conn, context, [("station", current.id, "update", detail)], now=now)
    return changed
