"""Storing the photo log: one append-only, audited entry per photo and per correction.

Every write adds the entry, its audit-chain entry (the whole row, hash-chained) and
a change-log row, in the caller's transaction. The files themselves are kept by
``evidence/photo_store.py``; this module only records them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields

from borderdesk.core.ids import new_id
from borderdesk.store import audit_repo
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext

TABLE = "photo_log"


@dataclass(frozen=True, slots=True)
class CaseRef:
    """The seizure case a photo belongs to, and whether it is signed off."""

    id: str
    case_number: str
    status: str


@dataclass(frozen=True, slots=True)
class PhotoFields:
    """What an entry records about a photo (the same on every entry of one photo,
    except caption and links, which a correction may change)."""

    case_ref: str
    item_ref: str | None
    step_ref: str | None
    package_ref: str | None
    caption: str
    sha256: str
    size_bytes: int
    media_type: str
    width: int
    height: int
    file_name: str
    taken_at: str | None
    taken_offset: str | None
    camera_make: str | None
    camera_model: str | None
    gps_lat: float | None
    gps_lon: float | None
    orientation: int | None


@dataclass(frozen=True, slots=True)
class PhotoLogRow:
    """One entry of the photo log as stored."""

    id: str
    photo_ref: str
    revision: int
    operation: str
    created_at: str
    created_by: str
    reason: str | None
    fields: PhotoFields


_FIELD_NAMES = tuple(f.name for f in fields(PhotoFields))
_SELECT = ("SELECT id, photo_ref, revision, operation, created_at, created_by, reason, "
           + ", ".join(_FIELD_NAMES) + " FROM photo_log")


def find_case(conn: sqlite3.Connection, key: str) -> CaseRef | None:
    """A seizure case by its id or its case number."""
    row = conn.execute("SELECT id, case_number, status FROM seizure_cases"
                       " WHERE id = ? OR case_number = ?", (key, key)).fetchone()
    return None if row is None else CaseRef(str(row[0]), str(row[1]), str(row[2]))


def case_of(conn: sqlite3.Connection, case_id: str) -> CaseRef:
    """The case a stored entry names (it exists: a foreign key says so)."""
    found = find_case(conn, case_id)
    assert found is not None
    return found


def insert_entry(conn: sqlite3.Connection, context: WriteContext, values: PhotoFields, *,
                 photo_ref: str | None = None, reason: str | None = None) -> str:
    """Add an entry: a new photo (``photo_ref`` None) or a correction of ``photo_ref``
    (the next revision). Audited and change-logged; call inside a transaction."""
    entry_id, now = new_id(), context.now()
    if photo_ref is None:
        root, revision, operation = entry_id, 1, "import"
    else:
        root, operation = photo_ref, "correct"
        revision = conn.execute("SELECT max(revision) + 1 FROM photo_log WHERE photo_ref = ?",
                                (photo_ref,)).fetchone()[0]
    names = ("id", "station_id", "created_at", "updated_at", "created_by", "photo_ref",
             "revision", "operation", "reason", *_FIELD_NAMES)
    conn.execute(
        f"INSERT INTO photo_log ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
        (entry_id, context.station_id, now, now, context.actor, root, revision, operation,
         reason, *(getattr(values, name) for name in _FIELD_NAMES)))
    audit_repo.audit_record(conn, context, TABLE, entry_id, operation, reason=reason)
    append_changes(conn, context, [("photo", root, operation, {
        "entry": entry_id, "revision": revision, "case": values.case_ref,
        "sha256": values.sha256})], now=now)
    return entry_id


def photo_entries(conn: sqlite3.Connection, photo_ref: str) -> list[PhotoLogRow]:
    """Every entry of one photo, the import first."""
    return [_row(r) for r in conn.execute(
        _SELECT + " WHERE photo_ref = ? ORDER BY revision", (photo_ref,))]


def case_entries(conn: sqlite3.Connection, case_id: str) -> list[PhotoLogRow]:
    """Every entry of a case's photos, in import order and each photo's revisions."""
    return [_row(r) for r in conn.execute(
        _SELECT + " WHERE case_ref = ? ORDER BY photo_ref, revision", (case_id,))]


def find_photos(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """The photos (first entries' ids) equal to or starting with ``prefix``."""
    pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return [str(r[0]) for r in conn.execute(
        "SELECT id FROM photo_log WHERE revision = 1 AND (id = ? OR id LIKE ? ESCAPE '\\')"
        " ORDER BY id", (prefix, pattern))]


def photos_with_digest(conn: sqlite3.Connection, case_id: str, digest: str) -> list[str]:
    """The photos of a case whose original has this SHA-256."""
    return [str(r[0]) for r in conn.execute(
        "SELECT id FROM photo_log WHERE case_ref = ? AND sha256 = ? AND revision = 1"
        " ORDER BY id", (case_id, digest))]


def logged_originals(conn: sqlite3.Connection) -> list[tuple[str, str, list[str]]]:
    """Every original the log refers to: (sha256, media type, the photos that use it)."""
    found: dict[tuple[str, str], list[str]] = {}
    for digest, media_type, photo in conn.execute(
            "SELECT sha256, media_type, id FROM photo_log WHERE revision = 1 ORDER BY id"):
        found.setdefault((str(digest), str(media_type)), []).append(str(photo))
    return [(digest, media_type, photos) for (digest, media_type), photos in found.items()]


def _row(row: sqlite3.Row | tuple[object, ...]) -> PhotoLogRow:
    values = tuple(row)
    return PhotoLogRow(
        id=str(values[0]), photo_ref=str(values[1]), revision=int(str(values[2])),
        operation=str(values[3]), created_at=str(values[4]), created_by=str(values[5]),
        reason=None if values[6] is None else str(values[6]),
        fields=PhotoFields(**dict(zip(_FIELD_NAMES, values[7:], strict=True))))
