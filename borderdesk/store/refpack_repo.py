"""Installed reference packs in the station database: records, entries, images, search.

A pack's record, entries and images are written in one transaction; a newer
version of a pack stamps the older record replaced in that same transaction (the
older record, entries and images stay: which library was installed when is part of
the station's history). The search index ``reference_search`` holds one row of
normalised text per entry (rowid = the entry's rowid); searches read only the entries
of packs not replaced. Migration m008 makes the tables.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from borderdesk.core.ids import new_id
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase


@dataclass(frozen=True, slots=True)
class NewImage:
    """An image of an entry, as checked and written to the pack's folder."""

    file: str
    caption: str
    media_type: str
    width: int | None
    height: int | None
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class NewEntry:
    """An entry to store, with its keys and search text made by the service."""

    entry_id: str
    make: str
    model: str
    category: str
    calibre: str
    calibre_code: str | None
    manufacturer_code: str | None
    country: str | None
    marking_notes: str
    make_key: str
    model_key: str
    search_body: str
    images: tuple[NewImage, ...]


@dataclass(frozen=True, slots=True)
class NewPack:
    """A checked pack to record."""

    pack_id: str
    version: str
    title: str
    source: str
    pack_date: str
    licence: str
    description: str
    manifest: str
    archive_name: str
    archive_sha256: str
    folder: str
    entries: tuple[NewEntry, ...]


@dataclass(frozen=True, slots=True)
class PackRow:
    """A stored pack record."""

    id: str
    pack_id: str
    version: str
    title: str
    source: str
    pack_date: str
    licence: str
    description: str
    archive_name: str
    folder: str
    entry_count: int
    image_count: int
    created_at: str
    created_by: str
    replaced_at: str | None
    replaced_by: str | None
    replaced_by_ref: str | None


@dataclass(frozen=True, slots=True)
class ImageRow:
    """A stored image of an entry."""

    file: str
    caption: str
    media_type: str
    width: int | None
    height: int | None


@dataclass(frozen=True, slots=True)
class EntryRow:
    """A stored entry of a pack that is installed, with the search's rank for it."""

    rowid: int
    id: str
    pack_id: str
    pack_version: str
    folder: str
    entry_id: str
    make: str
    model: str
    category: str
    calibre: str
    calibre_code: str | None
    manufacturer_code: str | None
    country: str | None
    marking_notes: str
    make_key: str
    model_key: str
    #: bm25 of the text search (lower is better); 0.0 when found by a key only.
    text_rank: float
    #: Whether the text search found it (not only a key).
    text_hit: bool


_PACK_COLUMNS = ("id, pack_id, version, title, source, pack_date, licence, description,"
                 " archive_name, folder, entry_count, image_count, created_at, created_by,"
                 " replaced_at, replaced_by, replaced_by_ref")


def current_pack(database: StationDatabase, pack_id: str) -> PackRow | None:
    """The installed (not replaced) version of pack ``pack_id``."""
    row = database.query_one(f"SELECT {_PACK_COLUMNS} FROM reference_packs"
                             " WHERE pack_id = ? AND replaced_at IS NULL", (pack_id,))
    return None if row is None else PackRow(*row)


def list_packs(database: StationDatabase, *, include_replaced: bool = False) -> list[PackRow]:
    """Pack records by id, newest version first; only installed ones unless asked."""
    where = "" if include_replaced else " WHERE replaced_at IS NULL"
    return [PackRow(*row) for row in database.query(
        f"SELECT {_PACK_COLUMNS} FROM reference_packs{where} ORDER BY pack_id, rowid DESC")]


def record_pack(conn: sqlite3.Connection, context: WriteContext, pack: NewPack,
                replaces: str | None) -> str:
    """Store ``pack`` (and stamp ``replaces`` replaced by it); call inside a transaction."""
    ref, now = new_id(), context.now()
    if replaces is not None:
        conn.execute("UPDATE reference_packs SET replaced_at = ?, replaced_by = ?,"
                     " replaced_by_ref = ?, updated_at = ? WHERE id = ?",
                     (now, context.actor, ref, now, replaces))
    images = sum(len(entry.images) for entry in pack.entries)
    conn.execute(
        "INSERT INTO reference_packs (id, station_id, created_at, updated_at, created_by,"
        " pack_id, version, title, source, pack_date, licence, description, manifest,"
        " archive_name, archive_sha256, folder, entry_count, image_count)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ref, context.station_id, now, now, context.actor, pack.pack_id, pack.version,
         pack.title, pack.source, pack.pack_date, pack.licence, pack.description,
         pack.manifest, pack.archive_name, pack.archive_sha256, pack.folder,
         len(pack.entries), images))
    for position, entry in enumerate(pack.entries):
        _insert_entry(conn, context, now, ref, position, entry)
    changes: list[tuple[str, str, str, dict[str, object] | None]] = [
        ("reference_pack", ref, "import", {"pack_id": pack.pack_id, "version": pack.version,
                                           "entries": len(pack.entries), "images": images})]
    if replaces is not None:
        changes.append(("reference_pack", replaces, "replace", {"replaced_by": ref}))
    append_changes(conn, context, changes, now=now)
    return ref


def _insert_entry(conn: sqlite3.Connection, context: WriteContext, now: str, pack_ref: str,
                  position: int, entry: NewEntry) -> None:
    ident = new_id()
    cursor = conn.execute(
        "INSERT INTO reference_entries (id, station_id, created_at, updated_at, pack_ref,"
        " position, entry_id, make, model, category, calibre, calibre_code,"
        " manufacturer_code, country, marking_notes, make_key, model_key)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (ident, context.station_id, now, now, pack_ref, position, entry.entry_id, entry.make,
         entry.model, entry.category, entry.calibre, entry.calibre_code,
         entry.manufacturer_code, entry.country, entry.marking_notes, entry.make_key,
         entry.model_key))
    conn.execute("INSERT INTO reference_search (rowid, body) VALUES (?, ?)",
                 (cursor.lastrowid, entry.search_body))
    conn.executemany(
        "INSERT INTO reference_images (id, station_id, created_at, updated_at, entry_ref,"
        " position, file, caption, media_type, width, height, size, sha256)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(new_id(), context.station_id, now, now, ident, index, image.file, image.caption,
          image.media_type, image.width, image.height, image.size, image.sha256)
         for index, image in enumerate(entry.images)])


_ENTRY_SELECT = (
    "SELECT e.rowid, e.id, p.pack_id, p.version, p.folder, e.entry_id, e.make, e.model,"
    " e.category, e.calibre, e.calibre_code, e.manufacturer_code, e.country, e.marking_notes,"
    " e.make_key, e.model_key, min(c.rank), max(c.text_hit)"
    " FROM candidates c JOIN reference_entries e ON e.rowid = c.entry_rowid"
    " JOIN reference_packs p ON p.id = e.pack_ref AND p.replaced_at IS NULL"
    " GROUP BY e.rowid")


def find_entries(database: StationDatabase, *, match: str | None, key: str,
                 calibre_code: str | None, manufacturer_code: str | None) -> list[EntryRow]:
    """Installed entries that the text search ``match`` finds, or whose make or model key
    is ``key``, or whose calibre or maker is the one given (each by an index)."""
    parts: list[str] = []
    params: list[object] = []
    if match is not None:
        parts.append("SELECT rowid, bm25(reference_search), 1 FROM reference_search"
                     " WHERE reference_search MATCH ?")
        params.append(match)
    for column, value in (("make_key", key), ("model_key", key),
                          ("calibre_code", calibre_code),
                          ("manufacturer_code", manufacturer_code)):
        if value:
            parts.append(f"SELECT rowid, 0.0, 0 FROM reference_entries WHERE {column} = ?")
            params.append(value)
    if not parts:
        return []
    sql = ("WITH candidates(entry_rowid, rank, text_hit) AS (" + " UNION ALL ".join(parts)
           + ") " + _ENTRY_SELECT)
    return [_entry_row(list(row)) for row in database.query(sql, params)]


def _entry_row(values: list[Any]) -> EntryRow:
    values[16], values[17] = float(values[16]), bool(values[17])
    return EntryRow(*values)


def entry_images(database: StationDatabase, entry_ids: Sequence[str]) -> dict[str, list[ImageRow]]:
    """The images of each entry, in the manifest's order."""
    found: dict[str, list[ImageRow]] = {ident: [] for ident in entry_ids}
    for start in range(0, len(entry_ids), 500):
        chunk = list(entry_ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for row in database.query(
                "SELECT entry_ref, file, caption, media_type, width, height FROM"
                f" reference_images WHERE entry_ref IN ({marks}) ORDER BY entry_ref, position",
                chunk):
            found[row[0]].append(ImageRow(*row[1:]))
    return found
