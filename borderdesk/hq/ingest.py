"""Applying a station's pushed batch: idempotent, gap-free, chain-verified, in one transaction.

Items are identified by (station, stream, seq) and compared by their content hash
(:func:`protocol.item_sha256`). A batch is applied whole or not at all:

- ``from_seq`` above acked + 1: a gap; the station resends from the acknowledged point;
- an item already stored with the same hash: skipped (the batch sent again);
- an item already stored with another hash: a conflict; the batch is refused and each
  conflicting version is kept for review with a refusal message for the station;
- an audit item that does not follow the chain HQ holds, or whose content does not
  give its hash: refused (``chain``);
- a photo record whose file HQ does not hold whole: refused (``missing_blob``) until
  the station has uploaded it.

Each accepted audit item replaces the latest state of its record in ``hq_records``
(the fields the station sent; withheld fields are absent), which the national IAFQ
tables and HQ's remarks read through :func:`records`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from borderdesk.core.canonical import canonical_json
from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, Transaction
from borderdesk.hq.messages import add_message
from borderdesk.store.audit_repo import GENESIS
from borderdesk.sync import protocol
from borderdesk.sync.items import ItemRefused, verify_audit_item

#: The audit entity whose records name a photo file by its SHA-256.
PHOTO_ENTITY = "photo_log"


@dataclass(frozen=True)
class PushOutcome:
    """What became of a pushed batch (``kind``: ok, conflict, gap, missing_blob, chain,
    malformed) and the highest contiguous seq HQ holds for that stream."""

    kind: str
    acked: int
    seqs: tuple[int, ...] = ()
    blobs: tuple[str, ...] = ()
    message: str = ""


@dataclass(frozen=True)
class HqRecord:
    """The latest state HQ holds of one of a station's records."""

    station_id: str
    station_name: str
    entity: str
    entity_id: str
    audit_seq: int
    recorded_at: str
    operation: str
    #: False for an old (scheme 1) entry sent without its content: fields is then empty.
    content_checked: bool
    fields: dict[str, Any] = field(default_factory=dict)


def _malformed(items: Sequence[Any], stream: str, from_seq: int, head_seq: int) -> str | None:
    if stream not in protocol.STREAMS:
        return tr("unknown stream {stream}", stream=stream)
    if isinstance(from_seq, bool) or not isinstance(from_seq, int) or from_seq < 1:
        return tr("from_seq must be a whole number from 1")
    if isinstance(head_seq, bool) or not isinstance(head_seq, int) or head_seq < 0:
        return tr("head_seq must be a whole number")
    for offset, item in enumerate(items):
        if not isinstance(item, Mapping) or item.get("seq") != from_seq + offset:
            return tr("the items are not numbered {first} onwards without a gap",
                      first=from_seq)
    return None


def apply_push(db: HqDatabase, station_id: str, *, stream: str, from_seq: int, head_seq: int,
               items: Sequence[Mapping[str, Any]], now: int) -> PushOutcome:
    """Apply one batch of ``stream`` from ``station_id`` (see the module's rules)."""
    problem = _malformed(items, stream, from_seq, head_seq)
    hashes: list[str] = []
    if problem is None:
        try:
            hashes = [protocol.item_sha256(item) for item in items]
        except (TypeError, ValueError) as exc:
            problem = tr("an item is not JSON ({reason})", reason=exc)
    if problem is not None:
        with db.transaction(write=False) as tx:
            row = tx.one("SELECT acked FROM hq_streams WHERE station_id = ? AND stream = ?",
                         (station_id, stream))
        return PushOutcome("malformed", int(row[0]) if row else 0, message=problem)
    conflicts: list[tuple[int, str, str, Mapping[str, Any]]] = []
    with db.transaction() as tx:
        outcome = _apply(tx, station_id, stream, from_seq, head_seq, items, hashes, now,
                         conflicts)
    if conflicts:
        _keep_conflicts(db, station_id, stream, conflicts, now)
    return outcome


def _apply(tx: Transaction, station_id: str, stream: str, from_seq: int, head_seq: int,
           items: Sequence[Mapping[str, Any]], hashes: list[str], now: int,
           conflicts: list[tuple[int, str, str, Mapping[str, Any]]]) -> PushOutcome:
    tx.run("INSERT INTO hq_streams (station_id, stream) VALUES (?, ?) ON CONFLICT DO NOTHING",
           (station_id, stream))
    # The lock that makes two pushes of one stream wait for each other (PostgreSQL;
    # SQLite's write transactions are serial already).
    row = tx.one("SELECT acked, head, chain_head FROM hq_streams"
                 " WHERE station_id = ? AND stream = ? FOR UPDATE", (station_id, stream))
    assert row is not None
    acked, head, chain_head = int(row[0]), int(row[1]), row[2] or GENESIS
    last = from_seq + len(items) - 1
    if max(head_seq, last) > head:
        tx.run("UPDATE hq_streams SET head = ? WHERE station_id = ? AND stream = ?",
               (max(head_seq, last), station_id, stream))
    if from_seq > acked + 1:
        return PushOutcome("gap", acked, message=tr(
            "items {first} to {last} missing before {seq}: send from {first}",
            first=acked + 1, last=from_seq - 1, seq=from_seq))
    if from_seq <= acked:
        stored = dict(tx.execute(
            "SELECT seq, sha256 FROM hq_items WHERE station_id = ? AND stream = ?"
            " AND seq >= ? AND seq <= ?", (station_id, stream, from_seq, min(acked, last))))
        for offset in range(min(acked, last) - from_seq + 1):
            seq = from_seq + offset
            if stored.get(seq) != hashes[offset]:
                conflicts.append((seq, str(stored.get(seq, "")), hashes[offset], items[offset]))
        if conflicts:
            return PushOutcome("conflict", acked, seqs=tuple(c[0] for c in conflicts),
                               message=tr("items already stored arrived with other content"))
    start = max(acked + 1, from_seq) - from_seq
    new = list(zip(items[start:], hashes[start:], strict=True))
    if not new:
        return PushOutcome("ok", acked)
    chain_hashes: list[str | None] = [None] * len(new)
    records: list[tuple[Mapping[str, Any], dict[str, Any], bool]] = []
    if stream == "audit":
        for index, (item, _sha) in enumerate(new):
            try:
                verified = verify_audit_item(item, station_id, chain_head)
            except ItemRefused as refused:
                return PushOutcome("chain", acked, message=str(refused))
            chain_head = chain_hashes[index] = verified.hash
            records.append((item, verified.record, verified.content_checked))
        missing = _missing_blobs(tx, [rec for item, rec, _ in records
                                      if item.get("entity") == PHOTO_ENTITY])
        if missing:
            return PushOutcome("missing_blob", acked, blobs=tuple(missing), message=tr(
                "{count} photos are not yet whole at headquarters", count=len(missing)))
    tx.many("INSERT INTO hq_items (station_id, stream, seq, sha256, item, chain_hash,"
            " received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(station_id, stream, item["seq"], sha, canonical_json(dict(item)), chained, now)
             for (item, sha), chained in zip(new, chain_hashes, strict=True)])
    for item, record, checked in records:
        if checked:
            _keep_record(tx, station_id, item, record)
    acked = int(new[-1][0]["seq"])
    tx.run("UPDATE hq_streams SET acked = ?, chain_head = ? WHERE station_id = ? AND stream = ?",
           (acked, chain_head if stream == "audit" else None, station_id, stream))
    return PushOutcome("ok", acked)


def _missing_blobs(tx: Transaction, photos: list[dict[str, Any]]) -> list[str]:
    wanted: list[str] = []
    for record in photos:
        sha = record.get("sha256")  # absent when the policy withholds it: nothing to check
        if isinstance(sha, str) and sha not in wanted:
            wanted.append(sha)
    missing = []
    for sha in wanted:
        row = tx.one("SELECT complete FROM hq_blobs WHERE sha256 = ?", (sha,))
        if row is None or not row[0]:
            missing.append(sha)
    return missing


def _keep_record(tx: Transaction, station_id: str, item: Mapping[str, Any],
                 record: dict[str, Any]) -> None:
    tx.run("INSERT INTO hq_records (station_id, entity, entity_id, audit_seq, recorded_at,"
           " operation, content_checked, fields) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"
           " ON CONFLICT (station_id, entity, entity_id) DO UPDATE SET"
           " audit_seq = excluded.audit_seq, recorded_at = excluded.recorded_at,"
           " operation = excluded.operation, content_checked = 1, fields = excluded.fields",
           (station_id, str(item["entity"]), str(item["entity_id"]), int(item["seq"]),
            str(item["recorded_at"]), str(item["operation"]), canonical_json(record)))


def _keep_conflicts(db: HqDatabase, station_id: str, stream: str,
                    conflicts: list[tuple[int, str, str, Mapping[str, Any]]], now: int) -> None:
    """Keep each conflicting version once, and tell the station (its own transaction:
    the batch itself was refused)."""
    with db.transaction() as tx:
        for seq, stored, received, item in conflicts:
            if not tx.run("INSERT INTO hq_conflicts (station_id, stream, seq, stored_sha256,"
                          " received_sha256, received_item, received_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                          (station_id, stream, seq, stored, received,
                           canonical_json(dict(item)), now)):
                continue  # the same refused version again: reported once already
            entity, entity_id = item.get("entity"), item.get("entity_id")
            add_message(tx, station_id, "refusal",
                        entity if isinstance(entity, str) else None,
                        entity_id if isinstance(entity_id, str) else None,
                        tr("headquarters refused {stream} item {seq}: it holds that item "
                           "with other content; the new version is kept for review",
                           stream=stream, seq=seq), now)


def records(db: HqDatabase, *, station_id: str | None = None,
            entity: str | None = None) -> list[HqRecord]:
    """The latest state of every record HQ holds (of one station, of one entity)."""
    sql = ("SELECT r.station_id, s.name, r.entity, r.entity_id, r.audit_seq, r.recorded_at,"
           " r.operation, r.content_checked, r.fields FROM hq_records r"
           " JOIN hq_stations s ON s.station_id = r.station_id WHERE 1 = 1")
    params: list[Any] = []
    if station_id is not None:
        sql += " AND r.station_id = ?"
        params.append(station_id)
    if entity is not None:
        sql += " AND r.entity = ?"
        params.append(entity)
    with db.transaction(write=False) as tx:
        rows = tx.execute(sql + " ORDER BY s.name, r.entity, r.audit_seq", params)
    return [HqRecord(row[0], row[1], row[2], row[3], int(row[4]), row[5], row[6],
                     bool(row[7]), json.loads(row[8])) for row in rows]
