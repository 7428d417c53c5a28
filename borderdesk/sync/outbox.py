"""What a station has to send: its streams from the acknowledged point on, as items.

Nothing is removed from the station when HQ acknowledges it (the change log and the
audit chain are append-only): the acknowledgment only moves the point from which the
next push reads. Photos go by their SHA-256, before the audit entries that name them.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from borderdesk.store import audit_repo
from borderdesk.store.changelog import read_changes
from borderdesk.sync.items import audit_item, change_item
from borderdesk.sync.policy import ReleasePolicy

#: Items per push: small enough that a lost batch costs little on a slow link.
BATCH_SIZE = 250


@dataclass(frozen=True, slots=True)
class BlobNeed:
    """A photo an audit batch names: HQ must hold it before it accepts the batch."""

    sha256: str
    size: int
    media_type: str


@dataclass(frozen=True, slots=True)
class Batch:
    """Contiguous items of one stream, from ``from_seq``."""

    stream: str
    from_seq: int
    items: list[dict[str, Any]]
    blobs: list[BlobNeed]

    @property
    def last_seq(self) -> int:
        return int(self.items[-1]["seq"])


def batches(conn: sqlite3.Connection, stream: str, after: int, policy: ReleasePolicy,
            size: int = BATCH_SIZE) -> Iterator[Batch]:
    """The stream's items above ``after`` in batches, oldest first."""
    while True:
        batch = read_batch(conn, stream, after, policy, size)
        if batch is None:
            return
        yield batch
        after = batch.last_seq


def read_batch(conn: sqlite3.Connection, stream: str, after: int, policy: ReleasePolicy,
               size: int = BATCH_SIZE) -> Batch | None:
    """One batch of ``stream`` above ``after`` (None when nothing is waiting)."""
    if stream == "changes":
        changes = read_changes(conn, after, size)
        items = [change_item(c, policy.withheld_detail(c.entity)) for c in changes]
        blobs: list[BlobNeed] = []
    elif stream == "audit":
        entries = _audit_entries(conn, after, size)
        items = [audit_item(e, policy.withheld_fields(e.entity), compact=True)
                 for e in entries]
        blobs = [_photo(e.payload) for e in entries if e.entity == "photo_log"]
    else:
        raise ValueError(f"no stream {stream}")
    if not items:
        return None
    return Batch(stream, after + 1, items, blobs)


def waiting(conn: sqlite3.Connection, stream: str, after: int) -> int:
    """How many items of ``stream`` wait above ``after``."""
    table = {"changes": "change_log", "audit": "audit_log"}[stream]
    return int(conn.execute(f"SELECT count(*) FROM {table} WHERE seq > ?",
                            (after,)).fetchone()[0])


def _audit_entries(conn: sqlite3.Connection, after: int,
                   size: int) -> list[audit_repo.AuditEntry]:
    return [audit_repo.AuditEntry(*row) for row in conn.execute(
        "SELECT seq, recorded_at, station_id, actor, entity, entity_id, operation, reason,"
        " payload, prev_hash, hash, salt FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?",
        (after, size))]


def _photo(payload: str) -> BlobNeed:
    record = json.loads(payload)
    return BlobNeed(str(record["sha256"]), int(record["size_bytes"]), str(record["media_type"]))
