"""What HQ tells a station about itself (GET /v1/status), and the conflicts kept for review."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, NotFound
from borderdesk.hq.identity import iso
from borderdesk.store.audit_repo import GENESIS
from borderdesk.sync import protocol


def station_status(db: HqDatabase, station_id: str) -> dict[str, Any]:
    """``{station_name, streams: {STREAM: {acked, head, missing}}, published_head,
    messages_head, chain: {length, head_hash, verdict}}``: the chain is what HQ holds
    of the station's audit chain and its verdict on the last checkpoint (None before one)."""
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT name FROM hq_stations WHERE station_id = ?", (station_id,))
        if row is None:
            raise NotFound(tr("no station {id} is enrolled", id=station_id))
        held = {stream: (int(a), int(h), c) for stream, a, h, c in tx.execute(
            "SELECT stream, acked, head, chain_head FROM hq_streams WHERE station_id = ?",
            (station_id,))}
        published = tx.one("SELECT max(serial) FROM hq_published")
        messages = tx.one("SELECT max(serial) FROM hq_messages WHERE station_id = ?",
                          (station_id,))
        verdict = tx.one("SELECT verdict FROM hq_checkpoints WHERE station_id = ?"
                         " ORDER BY id DESC LIMIT 1", (station_id,))
    streams: dict[str, Any] = {}
    for stream in protocol.STREAMS:
        acked, head, _chain = held.get(stream, (0, 0, None))
        streams[stream] = {"acked": acked, "head": max(head, acked),
                           "missing": [[acked + 1, head]] if head > acked else []}
    audit = held.get("audit", (0, 0, None))
    return {"station_name": row[0], "streams": streams,
            "published_head": int(published[0] or 0) if published else 0,
            "messages_head": int(messages[0] or 0) if messages else 0,
            "chain": {"length": audit[0], "head_hash": audit[2] or GENESIS,
                      "verdict": verdict[0] if verdict else None}}


@dataclass(frozen=True)
class Conflict:
    """An item that arrived again with other content than HQ holds, kept for review."""

    id: int
    station_name: str
    station_id: str
    stream: str
    seq: int
    stored_sha256: str
    received_sha256: str
    received_at: str
    received_item: dict[str, Any] = field(default_factory=dict)


def conflicts(db: HqDatabase) -> list[Conflict]:
    """Every conflict kept, oldest first."""
    with db.transaction(write=False) as tx:
        rows = tx.execute(
            "SELECT c.id, s.name, c.station_id, c.stream, c.seq, c.stored_sha256,"
            " c.received_sha256, c.received_at, c.received_item FROM hq_conflicts c"
            " JOIN hq_stations s ON s.station_id = c.station_id ORDER BY c.id")
    return [Conflict(int(r[0]), r[1], r[2], r[3], int(r[4]), r[5], r[6], iso(int(r[7])) or "",
                     json.loads(r[8])) for r in rows]
