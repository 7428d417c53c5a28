"""Stations' signed audit checkpoints: how HQ notices a history that was cut or rewritten.

Each push ends with the station's checkpoint (its chain's length and head hash, signed
by its key). HQ compares it with the audit entries it holds from that station:

- ``ok``: HQ holds exactly ``length`` entries and the last one has ``head_hash``;
- ``ahead``: the station has more than HQ holds yet (they are on their way);
- ``cut``: HQ holds more entries than the station now has (restored from an old
  backup, or its tail removed);
- ``rewritten``: HQ's entry at ``length`` has another hash (the history was replaced).

Every checkpoint is kept with its verdict; the latest verdict is the station's chain
verdict in ``hq station list`` and GET /v1/status.
"""

from __future__ import annotations

from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, Transaction
from borderdesk.store.audit_repo import GENESIS
from borderdesk.sync import protocol
from borderdesk.sync.protocol import SignatureRefused

VERDICTS = ("ok", "ahead", "cut", "rewritten")


def _verdict(tx: Transaction, station_id: str, length: int, head_hash: str) -> str:
    row = tx.one("SELECT acked FROM hq_streams WHERE station_id = ? AND stream = 'audit'",
                 (station_id,))
    held = int(row[0]) if row else 0
    if length > held:
        return "ahead"
    at_length: str | None = GENESIS
    if length > 0:
        entry = tx.one("SELECT chain_hash FROM hq_items WHERE station_id = ?"
                       " AND stream = 'audit' AND seq = ?", (station_id, length))
        at_length = entry[0] if entry else None
    if at_length != head_hash:
        return "rewritten"
    return "cut" if length < held else "ok"


def record_checkpoint(db: HqDatabase, station_id: str, *, length: int, head_hash: str,
                      taken_at: str, signature: str, now: int) -> str:
    """Verify and keep a station's checkpoint; HQ's verdict on it (see the module)."""
    if isinstance(length, bool) or not isinstance(length, int) or length < 0:
        raise SignatureRefused(tr("the checkpoint's length is not a whole number"))
    with db.transaction() as tx:
        row = tx.one("SELECT sign_key FROM hq_stations WHERE station_id = ?"
                     " AND revoked_at IS NULL", (station_id,))
        if row is None or row[0] is None:
            raise SignatureRefused(tr("this station is not enrolled at headquarters"))
        statement = protocol.checkpoint_statement(station_id, length, head_hash, taken_at)
        if not protocol.verify_statement(protocol.public_sign_key(row[0]), statement,
                                         signature):
            raise SignatureRefused(tr("the checkpoint's signature does not verify"))
        verdict = _verdict(tx, station_id, length, head_hash)
        tx.run("INSERT INTO hq_checkpoints (station_id, length, head_hash, taken_at, signature,"
               " verdict, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
               (station_id, length, head_hash, taken_at, signature, verdict, now))
    return verdict


def known_verdict(db: HqDatabase, station_id: str, signature: str) -> str | None:
    """The verdict already given to this exact signed checkpoint, None if never seen (a
    bundle imported twice keeps its checkpoint once; a push's checkpoint is judged again
    against what HQ holds now)."""
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT verdict FROM hq_checkpoints WHERE station_id = ? AND signature = ?"
                     " ORDER BY id LIMIT 1", (station_id, signature))
    return None if row is None else str(row[0])
