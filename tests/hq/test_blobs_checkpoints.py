"""Blobs uploaded in resumable chunks, and stations' signed checkpoints, on both engines."""

from __future__ import annotations

import hashlib
import threading

import pytest

from borderdesk.hq.blobs import (
    BlobHashMismatch,
    BlobRefused,
    BlobState,
    ChunkOffsetError,
    blob_bytes,
    blob_state,
    put_chunk,
)
from borderdesk.hq.checkpoints import record_checkpoint
from borderdesk.hq.database import HqDatabase, NotFound
from borderdesk.hq.ingest import apply_push
from borderdesk.hq.stations import list_stations
from borderdesk.store.audit_repo import GENESIS
from borderdesk.sync import protocol
from borderdesk.sync.protocol import SignatureRefused
from tests.hq.station_data import NOW, Enrolled, StationData

DATA = bytes(range(256)) * 40 + b"tail"
SHA = hashlib.sha256(DATA).hexdigest()


def _chunk_rows(db: HqDatabase) -> int:
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT count(*) FROM hq_blob_chunks")
    assert row is not None
    return int(row[0])


def test_an_interrupted_upload_resumes_where_hq_stopped(hq_db: HqDatabase) -> None:
    assert blob_state(hq_db, SHA, len(DATA)) == BlobState(0, False)
    assert put_chunk(hq_db, SHA, offset=0, size=len(DATA), data=DATA[:4000]) == \
        BlobState(4000, False)
    # The station lost the answer: it asks, and goes on from what HQ holds.
    resumed = blob_state(hq_db, SHA, len(DATA)).received
    assert resumed == 4000
    with pytest.raises(ChunkOffsetError) as wrong:
        put_chunk(hq_db, SHA, offset=0, size=len(DATA), data=DATA[:4000])
    assert wrong.value.received == 4000
    with pytest.raises(ChunkOffsetError):
        put_chunk(hq_db, SHA, offset=5000, size=len(DATA), data=DATA[5000:])
    assert put_chunk(hq_db, SHA, offset=resumed, size=len(DATA), data=DATA[resumed:]) == \
        BlobState(len(DATA), True)
    assert b"".join(blob_bytes(hq_db, SHA)) == DATA
    # A complete blob: asking or sending again is a no-op.
    assert blob_state(hq_db, SHA, len(DATA)) == BlobState(len(DATA), True)
    assert put_chunk(hq_db, SHA, offset=0, size=len(DATA), data=DATA[:10]) == \
        BlobState(len(DATA), True)
    assert _chunk_rows(hq_db) == 2


def test_a_blob_that_does_not_give_its_hash_is_forgotten(hq_db: HqDatabase) -> None:
    bad = bytearray(DATA)
    bad[-1] ^= 1
    put_chunk(hq_db, SHA, offset=0, size=len(DATA), data=bytes(bad[:6000]))
    with pytest.raises(BlobHashMismatch, match="forgot"):
        put_chunk(hq_db, SHA, offset=6000, size=len(DATA), data=bytes(bad[6000:]))
    assert _chunk_rows(hq_db) == 0
    assert blob_state(hq_db, SHA, len(DATA)) == BlobState(0, False)
    with pytest.raises(NotFound):
        list(blob_bytes(hq_db, SHA))
    assert put_chunk(hq_db, SHA, offset=0, size=len(DATA), data=DATA).complete


def test_blobs_out_of_bounds_are_refused(hq_db: HqDatabase) -> None:
    with pytest.raises(BlobRefused, match="SHA-256"):
        blob_state(hq_db, "../../etc/passwd", 10)
    with pytest.raises(BlobRefused, match="MB"):
        blob_state(hq_db, SHA, 200 * 1024 * 1024 + 1)
    with pytest.raises(BlobRefused, match="does not fit"):
        put_chunk(hq_db, SHA, offset=0, size=10, data=DATA[:11])
    assert _chunk_rows(hq_db) == 0


def _checkpoint(db: HqDatabase, enrolled: Enrolled, length: int, head_hash: str,
                *, signer: Enrolled | None = None) -> str:
    taken_at = "2027-01-15T08:00:00.000Z"
    statement = protocol.checkpoint_statement(enrolled.station_id, length, head_hash, taken_at)
    signature = protocol.sign_statement((signer or enrolled).keys.sign, statement)
    return record_checkpoint(db, enrolled.station_id, length=length, head_hash=head_hash,
                             taken_at=taken_at, signature=signature, now=NOW)


def test_checkpoints_tell_ok_ahead_cut_and_rewritten(
        hq_db: HqDatabase, enrolled: Enrolled, station_data: StationData) -> None:
    entries = station_data.entries
    assert _checkpoint(hq_db, enrolled, 0, GENESIS) == "ok"
    for sha, data in station_data.photos.items():
        put_chunk(hq_db, sha, offset=0, size=len(data), data=data)
    assert _checkpoint(hq_db, enrolled, len(entries), entries[-1].hash) == "ahead"
    apply_push(hq_db, enrolled.station_id, stream="audit", from_seq=1,
               head_seq=len(entries), items=station_data.audit(), now=NOW)
    assert _checkpoint(hq_db, enrolled, len(entries), entries[-1].hash) == "ok"
    # Restored from an older backup: the station's chain is a prefix of what HQ holds.
    assert _checkpoint(hq_db, enrolled, 2, entries[1].hash) == "cut"
    assert _checkpoint(hq_db, enrolled, 0, GENESIS) == "cut"
    # Same length, or shorter, but another history.
    assert _checkpoint(hq_db, enrolled, len(entries), "f" * 64) == "rewritten"
    assert _checkpoint(hq_db, enrolled, 2, entries[0].hash) == "rewritten"
    [info] = list_stations(hq_db)
    assert info.chain_verdict == "rewritten"
    with hq_db.transaction(write=False) as tx:
        assert tx.one("SELECT count(*) FROM hq_checkpoints") == (7,)


def test_a_checkpoint_not_signed_by_the_station_is_refused_and_not_kept(
        hq_db: HqDatabase, enrolled: Enrolled) -> None:
    from borderdesk.sync.protocol import KeyPair

    impostor = Enrolled("x", enrolled.station_id, KeyPair.generate(), enrolled.identity)
    with pytest.raises(SignatureRefused, match="signature"):
        _checkpoint(hq_db, enrolled, 0, GENESIS, signer=impostor)
    with pytest.raises(SignatureRefused, match="signature"):
        record_checkpoint(hq_db, enrolled.station_id, length=3, head_hash=GENESIS,
                          taken_at="now", signature="not-base64!", now=NOW)
    with hq_db.transaction(write=False) as tx:
        assert tx.one("SELECT count(*) FROM hq_checkpoints") == (0,)
    assert list_stations(hq_db)[0].chain_verdict is None


def test_the_same_chunk_sent_twice_at_once_is_stored_once(hq_db: HqDatabase) -> None:
    results: list[object] = []
    for offset, round_data in ((0, DATA[:5000]), (5000, DATA[5000:])):
        start = threading.Barrier(2)

        def send(data: bytes = round_data, at: int = offset,
                 start: threading.Barrier = start) -> None:
            start.wait()
            try:
                results.append(put_chunk(hq_db, SHA, offset=at, size=len(DATA), data=data))
            except ChunkOffsetError as late:
                results.append(("late", late.received))

        threads = [threading.Thread(target=send) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    # Each round: one stored the chunk, the other found it there (told where HQ stands,
    # or that the blob is complete).
    assert sorted(map(str, results)) == sorted(map(str, [
        BlobState(5000, False), ("late", 5000), BlobState(len(DATA), True),
        BlobState(len(DATA), True)]))
    assert _chunk_rows(hq_db) == 2
    assert b"".join(blob_bytes(hq_db, SHA)) == DATA
