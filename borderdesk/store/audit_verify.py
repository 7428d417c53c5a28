"""Recomputing the audit chain: what no longer matches, named record by record.

Three checks, each reporting every problem it finds (not only the first):

1. **The chain**: sequence numbers run 1, 2, 3... without gaps; each entry's
   ``prev_hash`` is the previous entry's hash, and its own hash recomputes.
2. **The records**: every record of an audited table equals (as canonical JSON) its
   latest entry; a record with no entry was written outside borderdesk; an entry
   whose record is gone means the record was deleted.
3. **The checkpoints** (one given, and every one kept in the database): the chain
   still reaches that length and has that hash there; otherwise entries were cut
   off or the chain was rewritten up to that point.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from borderdesk.core.i18n import tr
from borderdesk.store.audit_repo import (
    GENESIS,
    Checkpoint,
    audited_tables,
    entry_hash,
    record_payload,
    stored_checkpoints,
)


@dataclass(frozen=True, slots=True)
class AuditProblem:
    """One thing that no longer matches: what (``entry 12``, ``seizure_cases 0190…``, a
    file) and how, in words."""

    subject: str
    problem: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.problem}"


def verify_chain(conn: sqlite3.Connection,
                 checkpoints: Iterable[Checkpoint] = ()) -> list[AuditProblem]:
    """Every problem of the chain, the audited records and the checkpoints."""
    problems: list[AuditProblem] = []
    hashes = _check_entries(conn, problems)
    _check_records(conn, problems)
    kept = [(tr("checkpoint kept on {when} ({purpose})", when=when, purpose=purpose), point)
            for when, purpose, point in stored_checkpoints(conn)]
    given = [(tr("checkpoint {point}", point=str(point)), point) for point in checkpoints]
    for label, point in [*given, *kept]:
        _check_checkpoint(label, point, hashes, problems)
    return problems


def _check_entries(conn: sqlite3.Connection, problems: list[AuditProblem]) -> dict[int, str]:
    """Walk the chain in order; return the recomputed hash of each sequence number."""
    recomputed: dict[int, str] = {}
    previous_seq, previous_hash = 0, GENESIS
    for (seq, recorded_at, station_id, actor, entity, entity_id, operation, reason, payload,
         prev_hash, stored_hash, salt) in conn.execute(
            "SELECT seq, recorded_at, station_id, actor, entity, entity_id, operation, reason,"
            " payload, prev_hash, hash, salt FROM audit_log ORDER BY seq"):
        subject = tr("audit entry {seq} ({entity} {id})", seq=seq, entity=entity, id=entity_id)
        if seq != previous_seq + 1:
            missing = (f"{previous_seq + 1}" if seq == previous_seq + 2
                       else f"{previous_seq + 1}-{seq - 1}")
            problems.append(AuditProblem(tr("audit entries {numbers}", numbers=missing),
                                         tr("missing: removed from the chain")))
        if prev_hash != previous_hash:
            problems.append(AuditProblem(subject, tr(
                "does not follow the entry before it (entries removed, inserted or reordered)")))
        try:
            digest: str | None = entry_hash(prev_hash, seq, recorded_at, station_id, actor,
                                            entity, entity_id, operation, reason, payload, salt)
        except ValueError:  # a payload that is no longer JSON, a salt that is no longer hex
            digest = None
        if digest != stored_hash:
            problems.append(AuditProblem(subject, tr(
                "changed after it was written (its hash no longer matches)")))
        recomputed[seq] = stored_hash
        previous_seq, previous_hash = seq, stored_hash
    return recomputed


def _check_records(conn: sqlite3.Connection, problems: list[AuditProblem]) -> None:
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    for entity, entity_id, seq, payload in conn.execute(
            "SELECT entity, entity_id, seq, payload FROM audit_log ORDER BY seq"):
        latest[(entity, entity_id)] = (seq, payload)
    for table in audited_tables(conn):
        for (record_id,) in conn.execute(f'SELECT id FROM "{table}" ORDER BY rowid'):
            subject = tr("{table} record {id}", table=table, id=record_id)
            entry = latest.pop((table, record_id), None)
            if entry is None:
                problems.append(AuditProblem(subject, tr(
                    "not in the audit chain: written outside borderdesk")))
            elif record_payload(conn, table, record_id) != entry[1]:
                problems.append(AuditProblem(subject, tr(
                    "changed outside borderdesk since audit entry {seq}", seq=entry[0])))
    for (entity, entity_id), (seq, _payload) in sorted(latest.items(), key=lambda i: i[1][0]):
        problems.append(AuditProblem(tr("{table} record {id}", table=entity, id=entity_id),
                                     tr("deleted (last recorded in audit entry {seq})",
                                        seq=seq)))


def _check_checkpoint(label: str, point: Checkpoint, hashes: dict[int, str],
                      problems: list[AuditProblem]) -> None:
    length = max(hashes, default=0)
    if point.length == 0:
        return
    if point.length > length:
        problems.append(AuditProblem(label, tr(
            "the chain ends at entry {length}: entries {first}-{last} are missing",
            length=length, first=length + 1, last=point.length)))
    elif hashes.get(point.length) != point.head_hash:
        problems.append(AuditProblem(label, tr(
            "entry {length} is not the one checkpointed: the chain was rewritten",
            length=point.length)))
