"""Single watch-list entries: add, replace (an edit) and remove, keeping every old row.

An entry row is never changed once written except to stamp its removal: an edit
marks the old row removed and adds a new row that ``replaces`` it and keeps the
``origin_ref`` of the first row, so who first added an entry survives its edits.
A trigger (migration m005) refuses anything else. Importing a whole list is
:func:`borderdesk.store.screening_repo.replace_watchlist`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from borderdesk.core.ids import new_id
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase


@dataclass(frozen=True, slots=True)
class EntryRow:
    """One stored row of a watch-list entry, with who first added the entry."""

    id: str
    watchlist: str
    kind: str
    name: str
    note: str
    source_line: int
    created_at: str
    created_by: str | None
    removed_at: str | None
    removed_by: str | None
    replaces_ref: str | None
    origin_ref: str
    added_at: str
    added_by: str | None
    #: The row that replaced this one (an edit), when it was replaced.
    replaced_by: str | None


_SELECT = (
    "SELECT e.id, w.name, e.kind, e.name, e.note, e.source_line, e.created_at, e.created_by,"
    " e.removed_at, e.removed_by, e.replaces_ref, coalesce(e.origin_ref, e.id),"
    " coalesce(o.created_at, e.created_at), coalesce(o.created_by, e.created_by),"
    " (SELECT n.id FROM watchlist_entries n WHERE n.replaces_ref = e.id LIMIT 1)"
    " FROM watchlist_entries e JOIN watchlists w ON w.id = e.watchlist_ref"
    " LEFT JOIN watchlist_entries o ON o.id = e.origin_ref")


def _row(values: sqlite3.Row) -> EntryRow:
    return EntryRow(*values)


def ensure_watchlist(conn: sqlite3.Connection, context: WriteContext, name: str,
                     threshold: float) -> str:
    """The id of watch list ``name``, created empty with ``threshold`` when missing;
    call inside a transaction."""
    row = conn.execute("SELECT id FROM watchlists WHERE name = ?", (name,)).fetchone()
    if row is not None:
        return str(row[0])
    ref, now = new_id(), context.now()
    conn.execute(
        "INSERT INTO watchlists (id, station_id, created_at, updated_at, created_by,"
        " updated_by, name, threshold) VALUES (?,?,?,?,?,?,?,?)",
        (ref, context.station_id, now, now, context.actor, context.actor, name, threshold))
    append_changes(conn, context, [("watchlist", ref, "create",
                                    {"name": name, "threshold": threshold})], now=now)
    return ref


def current_entries(database: StationDatabase, watchlist: str) -> list[EntryRow]:
    """The entries of watch list ``watchlist`` that are not removed, in the order added."""
    return [_row(r) for r in database.query(
        _SELECT + " WHERE w.name = ? AND e.removed_at IS NULL ORDER BY e.rowid", (watchlist,))]


def find_entries(database: StationDatabase, id_or_prefix: str) -> list[EntryRow]:
    """Entry rows (current or not) whose id is ``id_or_prefix`` or starts with it."""
    pattern = id_or_prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return [_row(r) for r in database.query(
        _SELECT + " WHERE e.id = ? OR e.id LIKE ? ESCAPE '\\' ORDER BY e.rowid",
        (id_or_prefix, pattern + "%"))]


def get_entry(database: StationDatabase, entry_id: str) -> EntryRow | None:
    """The entry row with this exact id."""
    row = database.query_one(_SELECT + " WHERE e.id = ?", (entry_id,))
    return None if row is None else _row(row)


def add_entry(database: StationDatabase, context: WriteContext, watchlist: str,
              threshold: float, kind: str, name: str, note: str) -> str:
    """Add an entry to ``watchlist`` (created with ``threshold`` if missing); its id."""
    now = context.now()
    with database.transaction() as conn:
        ref = ensure_watchlist(conn, context, watchlist, threshold)
        ident = _insert(conn, context, now, ref, kind, name, note, 0, None, None)
        append_changes(conn, context, [("watchlist_entry", ident, "create",
                                        {"watchlist": watchlist, "kind": kind, "name": name})],
                       now=now)
    return ident


def replace_entry(database: StationDatabase, context: WriteContext, entry_id: str,
                  kind: str, name: str, note: str) -> str:
    """Mark the current entry ``entry_id`` removed and add its edited form; the new id."""
    now = context.now()
    with database.transaction() as conn:
        old = conn.execute(
            "SELECT watchlist_ref, source_line, coalesce(origin_ref, id) FROM watchlist_entries"
            " WHERE id = ? AND removed_at IS NULL", (entry_id,)).fetchone()
        if old is None:
            raise LookupError(entry_id)
        _mark_removed(conn, context, now, entry_id)
        ident = _insert(conn, context, now, old[0], kind, name, note, old[1], entry_id, old[2])
        append_changes(conn, context, [("watchlist_entry", ident, "edit",
                                        {"replaces": entry_id, "kind": kind, "name": name})],
                       now=now)
    return ident


def remove_entry(database: StationDatabase, context: WriteContext, entry_id: str) -> None:
    """Mark the current entry ``entry_id`` removed (the row stays)."""
    now = context.now()
    with database.transaction() as conn:
        if not _mark_removed(conn, context, now, entry_id):
            raise LookupError(entry_id)
        append_changes(conn, context, [("watchlist_entry", entry_id, "remove", None)], now=now)


def _mark_removed(conn: sqlite3.Connection, context: WriteContext, now: str,
                  entry_id: str) -> bool:
    cursor = conn.execute(
        "UPDATE watchlist_entries SET removed_at = ?, removed_by = ?, updated_at = ?"
        " WHERE id = ? AND removed_at IS NULL", (now, context.actor, now, entry_id))
    return cursor.rowcount == 1


def _insert(conn: sqlite3.Connection, context: WriteContext, now: str, watchlist_ref: str,
            kind: str, name: str, note: str, line: int, replaces: str | None,
            origin: str | None) -> str:
    ident = new_id()
    conn.execute(
        "INSERT INTO watchlist_entries (id, station_id, created_at, updated_at, watchlist_ref,"
        " kind, name, note, source_line, created_by, replaces_ref, origin_ref)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, watchlist_ref, kind, name, note, line,
         context.actor, replaces, origin or ident))
    return ident
