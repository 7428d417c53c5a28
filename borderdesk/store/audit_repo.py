"""The audit chain: an append-only, hash-chained log of every change to evidence.

Every write to an audited table (seizure cases, items, evidence steps, photo
records, custody events...) calls :func:`audit_record` in the same transaction:
it reads the record as it now stands and appends one entry holding its whole
canonical JSON, chained to the previous entry by SHA-256::

    hash = sha256(previous hash + canonical JSON of {seq, recorded_at, station_id,
                  actor, entity, entity_id, operation, reason, payload})

Entries written since migration m020 use **scheme 2**: the payload enters the hash
as the digest of its fields' salted digests (:mod:`borderdesk.core.field_digests`),
with the entry's random salt kept in ``salt``, so that headquarters can verify the
chain when the station's release policy withholds some fields. Older entries (scheme 1,
no salt) hash the payload text itself.

So changing, removing or reordering any entry breaks every hash after it, and
a record changed outside borderdesk no longer equals its latest entry. A chain
cannot show by itself that its tail was cut off or rewritten as a whole: its length
and head hash form a :class:`Checkpoint`, printed on reports, kept in
``audit_checkpoints`` and (with sync) sent to headquarters. :mod:`audit_verify`
recomputes all of it.

Which tables are audited is data: each migration that creates one registers it
in ``audit_tables``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass

from borderdesk.core.canonical import canonical_json
from borderdesk.core.field_digests import new_entry_salt, payload_digest, record_digests
from borderdesk.store.context import WriteContext

#: The "previous hash" of the first entry.
GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The chain's length and the hash of its last entry (``LENGTH:HASH``)."""

    length: int
    head_hash: str

    def __str__(self) -> str:
        return f"{self.length}:{self.head_hash}"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One entry of the chain."""

    seq: int
    recorded_at: str
    station_id: str
    actor: str
    entity: str
    entity_id: str
    operation: str
    reason: str | None
    payload: str  # canonical JSON of the record after the change
    prev_hash: str
    hash: str
    salt: str | None = None  # scheme 2 (field digests); None for scheme 1 entries


def entry_hash(prev_hash: str, seq: int, recorded_at: str, station_id: str, actor: str,
               entity: str, entity_id: str, operation: str, reason: str | None,
               payload: str, salt: str | None = None) -> str:
    """The hash of an entry (``payload`` is the record's canonical JSON text; with a
    ``salt`` the entry is scheme 2 and its fields are hashed one by one)."""
    if salt is not None:
        digest = payload_digest(record_digests(json.loads(payload), salt))
        return digest_entry_hash(prev_hash, seq, recorded_at, station_id, actor, entity,
                                 entity_id, operation, reason, digest)
    body = canonical_json({
        "seq": seq, "recorded_at": recorded_at, "station_id": station_id, "actor": actor,
        "entity": entity, "entity_id": entity_id, "operation": operation, "reason": reason,
        "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def digest_entry_hash(prev_hash: str, seq: int, recorded_at: str, station_id: str,
                      actor: str, entity: str, entity_id: str, operation: str,
                      reason: str | None, digest: str) -> str:
    """The hash of a scheme 2 entry from its payload digest: what headquarters
    recomputes from the fields it received and the digests of those withheld."""
    body = canonical_json({
        "seq": seq, "recorded_at": recorded_at, "station_id": station_id, "actor": actor,
        "entity": entity, "entity_id": entity_id, "operation": operation, "reason": reason,
        "payload_digest": digest, "scheme": 2})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def audited_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables whose records the chain covers (registered by their migrations)."""
    return [row[0] for row in conn.execute("SELECT name FROM audit_tables ORDER BY name")]


def record_payload(conn: sqlite3.Connection, table: str, record_id: str) -> str | None:
    """The canonical JSON of a record as it stands (None when there is no such record)."""
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
    row = cursor.fetchone()
    if row is None:
        return None
    names = [column[0] for column in cursor.description]
    return canonical_json(dict(zip(names, row, strict=True)))


def audit_record(conn: sqlite3.Connection, context: WriteContext, table: str,
                 record_id: str, operation: str, *, reason: str | None = None,
                 scheme: int = 2) -> AuditEntry:
    """Append the record's current state to the chain; call inside the write's transaction.

    ``operation`` says what happened in words of the caller's domain (``open``,
    ``record``, ``sign_off``, ``amend``, ``transfer``...); ``reason`` is required by the
    caller for changes that need one (amendments after sign-off, deviations).
    ``scheme`` 1 is only for migrations that run before m020 added the salt column.
    """
    if not conn.in_transaction:
        raise RuntimeError("the audit chain is written only inside a transaction")
    if conn.execute("SELECT 1 FROM audit_tables WHERE name = ?", (table,)).fetchone() is None:
        raise ValueError(f"{table} is not an audited table")
    payload = record_payload(conn, table, record_id)
    if payload is None:
        raise ValueError(f"no {table} record {record_id} to audit")
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS)
    recorded_at = context.now()
    salt = new_entry_salt() if scheme == 2 else None
    digest = entry_hash(prev_hash, seq, recorded_at, context.station_id, context.actor, table,
                        record_id, operation, reason, payload, salt)
    columns = ("seq, recorded_at, station_id, actor, entity, entity_id, operation, reason,"
               " payload, prev_hash, hash")
    values: tuple[object, ...] = (seq, recorded_at, context.station_id, context.actor, table,
                                  record_id, operation, reason, payload, prev_hash, digest)
    if salt is not None:
        columns, values = columns + ", salt", (*values, salt)
    conn.execute(f"INSERT INTO audit_log ({columns}) VALUES ({', '.join('?' * len(values))})",
                 values)
    return AuditEntry(seq, recorded_at, context.station_id, context.actor, table, record_id,
                      operation, reason, payload, prev_hash, digest, salt)


def head(conn: sqlite3.Connection) -> Checkpoint:
    """The chain's checkpoint now (length 0 and the genesis hash when it is empty)."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return Checkpoint(last[0], last[1]) if last else Checkpoint(0, GENESIS)


def save_checkpoint(conn: sqlite3.Connection, context: WriteContext,
                    purpose: str) -> Checkpoint:
    """Keep the chain's checkpoint now in the database's history (``purpose``: report,
    sync, manual...); call inside a transaction."""
    point = head(conn)
    conn.execute(
        "INSERT INTO audit_checkpoints (taken_at, station_id, actor, purpose, length,"
        " head_hash) VALUES (?,?,?,?,?,?)",
        (context.now(), context.station_id, context.actor, purpose, point.length,
         point.head_hash))
    return point


def stored_checkpoints(conn: sqlite3.Connection) -> list[tuple[str, str, Checkpoint]]:
    """Every checkpoint kept: (taken at, purpose, checkpoint), oldest first."""
    return [(row[0], row[1], Checkpoint(row[2], row[3])) for row in conn.execute(
        "SELECT taken_at, purpose, length, head_hash FROM audit_checkpoints ORDER BY rowid")]


def entries(conn: sqlite3.Connection, *, entity: str | None = None,
            entity_id: str | None = None) -> list[AuditEntry]:
    """Entries in chain order, all or those of one entity (and record)."""
    where: list[str] = []
    params: list[str] = []
    if entity is not None:
        where.append("entity = ?")
        params.append(entity)
    if entity_id is not None:
        where.append("entity_id = ?")
        params.append(entity_id)
    sql = ("SELECT seq, recorded_at, station_id, actor, entity, entity_id, operation, reason,"
           " payload, prev_hash, hash, salt FROM audit_log")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [AuditEntry(*row) for row in conn.execute(sql + " ORDER BY seq", params)]
