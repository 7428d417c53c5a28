"""Storing declarations: versions, parties, documents, goods lines, amendments.

:class:`DeclarationWriter` stores declarations in batches inside the caller's
transaction. A declaration equal to its stored latest version changes nothing;
one with different content becomes a new version, and its differences are kept
as amendments. Each new version adds one change-log row and refreshes the
declaration's row in the search index. Batching keeps a large import fast:
one look-up query and a handful of ``executemany`` calls per batch.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from borderdesk.core.clock import format_utc
from borderdesk.core.ids import new_id
from borderdesk.core.text import compact, normalise
from borderdesk.domain.amendment import diff_versions
from borderdesk.domain.declaration import (
    Declaration,
    Party,
    canonical_json,
    content_hash,
    to_canonical,
)
from borderdesk.store.changelog import append_changes
from borderdesk.store.context import WriteContext
from borderdesk.store.queue_repo import refresh_queue

# SQLite's default limit on host parameters is 32766; stay well below it.
_LOOKUP_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Duplicate:
    """A declaration id seen twice in one file with different content."""

    declaration_id: str
    first_line: int
    line: int


@dataclass(slots=True)
class BatchOutcome:
    """What storing a batch did."""

    new: int = 0
    unchanged: int = 0
    amended: int = 0
    goods_lines: int = 0
    duplicates: list[Duplicate] = field(default_factory=list)
    changed_ids: list[str] = field(default_factory=list)


def search_body(declaration: Declaration) -> str:
    """The folded text the search index holds for a declaration."""
    parts: list[str] = [declaration.declaration_id]
    for party in (declaration.consignor, declaration.consignee, declaration.declarant):
        if party is not None:
            parts.append(party.name)
    if declaration.driver is not None:
        parts.append(declaration.driver.name)
    if declaration.vehicle is not None:
        for plate in (declaration.vehicle.registration, declaration.vehicle.trailer):
            if plate:
                # Officers type plates with and without spaces or dashes.
                parts.extend((plate, compact(plate)))
    for item in declaration.items:
        parts.extend((item.description, item.hs_code))
    return normalise(" ".join(parts))


class DeclarationWriter:
    """Stores batches of declarations for one import, inside one open transaction."""

    def __init__(self, conn: sqlite3.Connection, context: WriteContext,
                 import_ref: str | None) -> None:
        if not conn.in_transaction:
            raise RuntimeError("DeclarationWriter needs an open transaction")
        self.conn = conn
        self.context = context
        self.import_ref = import_ref
        self.now = context.now()
        # The ids this import has seen, in a temporary table: memory stays flat for
        # files of any size while duplicates inside one file are still caught.
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_seen ("
                     "declaration_id TEXT PRIMARY KEY, content_hash TEXT, line INTEGER)")
        conn.execute("DELETE FROM temp.import_seen")
        row = conn.execute("SELECT coalesce(max(rowid), 0) FROM declarations").fetchone()
        self._next_rowid: int = row[0] + 1

    def save_batch(self, batch: Sequence[tuple[Declaration, int]], *,
                   write: bool = True) -> BatchOutcome:
        """Store ``(declaration, source line)`` pairs; return what changed.

        With ``write=False`` (a file already known to be rejected) only the check for
        ids repeated with different content is made, so that its error list is complete.
        """
        outcome = BatchOutcome()
        prepared = []
        for declaration, line in batch:
            canonical = to_canonical(declaration)
            text = canonical_json(canonical)
            prepared.append((declaration, line, canonical, text, content_hash(text)))
        ids = [p[0].declaration_id for p in prepared]
        seen = self._lookup_seen(ids)
        fresh: list[tuple[Declaration, int, dict[str, Any], str, str]] = []
        for entry in prepared:
            declaration, line, _, _, digest = entry
            key = declaration.declaration_id
            if key in seen:
                first_hash, first_line = seen[key]
                if first_hash != digest:
                    outcome.duplicates.append(Duplicate(key, first_line, line))
                continue
            seen[key] = (digest, line)
            fresh.append(entry)
        self.conn.executemany(
            "INSERT INTO temp.import_seen (declaration_id, content_hash, line) VALUES (?,?,?)",
            ((e[0].declaration_id, e[4], e[1]) for e in fresh))
        if write:
            self._write(fresh, self._lookup_latest(ids), outcome)
        return outcome

    def _lookup_seen(self, ids: list[str]) -> dict[str, tuple[str, int]]:
        found: dict[str, tuple[str, int]] = {}
        for start in range(0, len(ids), _LOOKUP_CHUNK):
            chunk = ids[start:start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    "SELECT declaration_id, content_hash, line FROM temp.import_seen"
                    f" WHERE declaration_id IN ({marks})", chunk):
                found[row[0]] = (row[1], row[2])
        return found

    def _lookup_latest(self, ids: list[str]) -> dict[str, tuple[str, int, int, str, str]]:
        found: dict[str, tuple[str, int, int, str, str]] = {}
        for start in range(0, len(ids), _LOOKUP_CHUNK):
            chunk = ids[start:start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    "SELECT d.declaration_id, d.id, d.rowid, d.latest_version, v.content_hash,"
                    " v.content FROM declarations d"
                    " JOIN declaration_versions v ON v.id = d.latest_version_ref"
                    f" WHERE d.declaration_id IN ({marks})", chunk):
                found[row[0]] = (row[1], row[2], row[3], row[4], row[5])
        return found

    def _write(self, fresh: list[tuple[Declaration, int, dict[str, Any], str, str]],
               latest: dict[str, tuple[str, int, int, str, str]],
               outcome: BatchOutcome) -> None:
        ctx, now = self.context, self.now
        new_declarations: list[tuple[Any, ...]] = []
        declaration_updates: list[tuple[Any, ...]] = []
        versions: list[tuple[Any, ...]] = []
        parties: list[tuple[Any, ...]] = []
        documents: list[tuple[Any, ...]] = []
        goods: list[tuple[Any, ...]] = []
        amendments: list[tuple[Any, ...]] = []
        changes: list[tuple[str, str, str, dict[str, Any] | None]] = []
        search_deletes: list[tuple[int]] = []
        search_rows: list[tuple[int, str]] = []
        touched: list[str] = []
        for declaration, line, canonical, text, digest in fresh:
            stored = latest.get(declaration.declaration_id)
            version_ref = new_id()
            if stored is None:
                declaration_ref, rowid, version = new_id(), self._next_rowid, 1
                self._next_rowid += 1
                new_declarations.append((rowid, declaration_ref, ctx.station_id, now, now,
                                         ctx.actor, ctx.actor, declaration.declaration_id,
                                         version, version_ref))
                changes.append(("declaration", declaration_ref, "create", {"version": 1}))
                outcome.new += 1
            else:
                declaration_ref, rowid, old_version, old_hash, old_content = stored
                if old_hash == digest:
                    outcome.unchanged += 1
                    continue
                version = old_version + 1
                declaration_updates.append((version, version_ref, now, ctx.actor,
                                            declaration_ref))
                for change in diff_versions(json.loads(old_content), canonical):
                    amendments.append((new_id(), ctx.station_id, now, now, ctx.actor,
                                       declaration_ref, old_version, version, change.field,
                                       change.old_value, change.new_value))
                changes.append(("declaration", declaration_ref, "amend", {"version": version}))
                search_deletes.append((rowid,))
                outcome.amended += 1
            outcome.changed_ids.append(declaration.declaration_id)
            touched.append(declaration_ref)
            versions.append(self._version_row(declaration, line, canonical, text, digest,
                                              declaration_ref, version, version_ref))
            for role, party in (("consignor", declaration.consignor),
                                ("consignee", declaration.consignee),
                                ("declarant", declaration.declarant)):
                if party is not None:
                    parties.append(self._party_row(version_ref, role, party))
            if declaration.driver is not None:
                driver = Party(declaration.driver.name, declaration.driver.nationality)
                parties.append(self._party_row(version_ref, "driver", driver))
            for position, doc in enumerate(declaration.documents, start=1):
                documents.append((new_id(), ctx.station_id, now, now, version_ref, position,
                                  doc.type.value, doc.reference,
                                  doc.valid_until.isoformat() if doc.valid_until else None))
            for item in declaration.items:
                goods.append((new_id(), ctx.station_id, now, now, version_ref, item.line,
                              item.hs_code, item.description, item.quantity, item.unit,
                              item.packages, item.gross_kg, item.net_kg, item.value,
                              item.currency))
            outcome.goods_lines += len(declaration.items)
            search_rows.append((rowid, search_body(declaration)))
        self._insert_all(new_declarations, declaration_updates, versions, parties, documents,
                         goods, amendments, search_deletes, search_rows)
        refresh_queue(self.conn, touched)
        append_changes(self.conn, ctx, changes, now=now)

    def _insert_all(self, new_declarations: list[tuple[Any, ...]],
                    declaration_updates: list[tuple[Any, ...]],
                    versions: list[tuple[Any, ...]], parties: list[tuple[Any, ...]],
                    documents: list[tuple[Any, ...]], goods: list[tuple[Any, ...]],
                    amendments: list[tuple[Any, ...]], search_deletes: list[tuple[int]],
                    search_rows: list[tuple[int, str]]) -> None:
        c = self.conn
        # The declaration row points at its latest version and the version refers back
        # to the declaration; foreign keys are checked per statement, so parents first.
        c.executemany(
            "INSERT INTO declarations (rowid, id, station_id, created_at, updated_at, created_by,"
            " updated_by, declaration_id, latest_version, latest_version_ref)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)", new_declarations)
        c.executemany(
            "UPDATE declarations SET latest_version=?, latest_version_ref=?, updated_at=?,"
            " updated_by=? WHERE id=?", declaration_updates)
        c.executemany(
            "INSERT INTO declaration_versions (id, station_id, created_at, updated_at, created_by,"
            " declaration_ref, version, import_ref, source_line, content_hash, content, extra,"
            " lodged_at_utc, lodged_at_offset_min, crossing, procedure, transport_mode,"
            " vehicle_registration, vehicle_country, trailer_registration, origin_country,"
            " dispatch_country, destination_country, itinerary, seals)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", versions)
        c.executemany(
            "INSERT INTO parties (id, station_id, created_at, updated_at, version_ref, role, name,"
            " name_folded, country, address, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?)", parties)
        c.executemany(
            "INSERT INTO documents (id, station_id, created_at, updated_at, version_ref, position,"
            " type, reference, valid_until) VALUES (?,?,?,?,?,?,?,?,?)", documents)
        c.executemany(
            "INSERT INTO goods_lines (id, station_id, created_at, updated_at, version_ref, line,"
            " hs_code, description, quantity, unit, packages, gross_kg, net_kg, value, currency)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", goods)
        c.executemany(
            "INSERT INTO amendments (id, station_id, created_at, updated_at, created_by,"
            " declaration_ref, from_version, to_version, field, old_value, new_value)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)", amendments)
        c.executemany("DELETE FROM declaration_search WHERE rowid = ?", search_deletes)
        c.executemany("INSERT INTO declaration_search (rowid, body) VALUES (?, ?)", search_rows)

    def _version_row(self, d: Declaration, line: int, canonical: dict[str, Any], text: str,
                     digest: str, declaration_ref: str, version: int,
                     version_ref: str) -> tuple[Any, ...]:
        ctx, now = self.context, self.now
        offset = d.lodged_at.utcoffset()
        offset_min = int(offset.total_seconds() // 60) if offset is not None else 0
        vehicle = d.vehicle
        return (
            version_ref, ctx.station_id, now, now, ctx.actor, declaration_ref, version,
            self.import_ref, line, digest, text,
            json.dumps(dict(d.extra), ensure_ascii=False) if d.extra else None,
            format_utc(d.lodged_at), offset_min, d.crossing, d.procedure.value,
            d.transport_mode.value,
            vehicle.registration if vehicle else None, vehicle.country if vehicle else None,
            vehicle.trailer if vehicle else None, d.origin_country, d.dispatch_country,
            d.destination_country, json.dumps(canonical["itinerary"]),
            json.dumps(canonical["seals"], ensure_ascii=False),
        )

    def _party_row(self, version_ref: str, role: str, party: Party) -> tuple[Any, ...]:
        ctx, now = self.context, self.now
        return (new_id(), ctx.station_id, now, now, version_ref, role, party.name,
                normalise(party.name), party.country, party.address,
                party.kind.value if party.kind else None)
