"""Photos and attachments at HQ: content-addressed by SHA-256, uploaded in resumable chunks.

A station asks how much of a blob HQ holds (:func:`blob_state`) and sends the rest
chunk by chunk, each at the offset HQ has reached (:func:`put_chunk`). Chunks are rows
of ``hq_blob_chunks``, each written in its own transaction, so a crash leaves whole
chunks or none. When the last byte arrives HQ hashes the chunks in order: a match makes
the blob complete (and the photo records naming it acceptable, see ingest); a mismatch
forgets every chunk so the station starts again.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, NotFound, Transaction

#: The largest blob HQ accepts (a photo or an attachment).
MAX_BLOB = 200 * 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class BlobState:
    """How many bytes of a blob HQ holds, and whether it holds it whole and verified."""

    received: int
    complete: bool


class BlobRefused(UserInputError):
    """A blob HQ does not take: a malformed hash, a size out of bounds."""


class ChunkOffsetError(UserInputError):
    """A chunk sent at another offset than the bytes HQ holds; resend from ``received``."""

    def __init__(self, received: int) -> None:
        self.received = received
        super().__init__(tr("headquarters holds {received} bytes of this blob: send from there",
                            received=received))


class BlobHashMismatch(UserInputError):
    """The whole blob does not give its SHA-256; HQ forgot its chunks."""


def _check(sha256: str, size: int) -> None:
    if not _SHA256.match(sha256):
        raise BlobRefused(tr("{sha}: not a SHA-256 in lower-case hex", sha=sha256[:80]))
    if isinstance(size, bool) or not isinstance(size, int) or not 0 < size <= MAX_BLOB:
        raise BlobRefused(tr("a blob has 1 byte to {most} MB, not {size} bytes",
                             most=MAX_BLOB // (1024 * 1024), size=size))


def _state(tx: Transaction, sha256: str, size: int) -> BlobState:
    """The blob's state, its row made and locked (or reset, when an upload claimed
    another size)."""
    tx.run("INSERT INTO hq_blobs (sha256, size) VALUES (?, ?) ON CONFLICT DO NOTHING",
           (sha256, size))
    row = tx.one("SELECT size, received, complete FROM hq_blobs WHERE sha256 = ? FOR UPDATE",
                 (sha256,))
    assert row is not None
    if row is not None and row[2]:
        return BlobState(int(row[0]), True)
    if int(row[0]) != size:
        # The hash fixes the content, so only one size is right: start again with this one.
        tx.run("DELETE FROM hq_blob_chunks WHERE sha256 = ?", (sha256,))
        tx.run("UPDATE hq_blobs SET size = ?, received = 0 WHERE sha256 = ?", (size, sha256))
        return BlobState(0, False)
    return BlobState(int(row[1]), False)


def blob_state(db: HqDatabase, sha256: str, size: int) -> BlobState:
    """How much of blob ``sha256`` (of ``size`` bytes) HQ holds."""
    _check(sha256, size)
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT size, received, complete FROM hq_blobs WHERE sha256 = ?",
                     (sha256,))
    if row is None:
        return BlobState(0, False)
    if row[2]:
        return BlobState(int(row[0]), True)
    # An upload that claimed another size starts again from 0 (see _state).
    return BlobState(int(row[1]) if int(row[0]) == size else 0, False)


def put_chunk(db: HqDatabase, sha256: str, *, offset: int, size: int,
              data: bytes) -> BlobState:
    """Store the chunk ``data`` at ``offset`` of blob ``sha256``; the blob's state after it."""
    _check(sha256, size)
    if not data or offset + len(data) > size:
        raise BlobRefused(tr("a chunk of {length} bytes at {offset} does not fit a blob of "
                             "{size} bytes", length=len(data), offset=offset, size=size))
    with db.transaction() as tx:
        state = _state(tx, sha256, size)
        if state.complete:
            return state
        if offset != state.received:
            raise ChunkOffsetError(state.received)
        tx.run("INSERT INTO hq_blob_chunks (sha256, byte_offset, data) VALUES (?, ?, ?)",
               (sha256, offset, data))
        received = offset + len(data)
        tx.run("UPDATE hq_blobs SET received = ? WHERE sha256 = ?", (received, sha256))
        if received < size:
            return BlobState(received, False)
        whole = _digest(tx, sha256) == sha256
        if whole:
            tx.run("UPDATE hq_blobs SET complete = 1 WHERE sha256 = ?", (sha256,))
            return BlobState(size, True)
        tx.run("DELETE FROM hq_blob_chunks WHERE sha256 = ?", (sha256,))
        tx.run("DELETE FROM hq_blobs WHERE sha256 = ?", (sha256,))
    # Raised after the commit: the forgotten chunks stay forgotten.
    raise BlobHashMismatch(tr("the blob's {size} bytes do not give the SHA-256 {sha}: "
                              "headquarters forgot them; send it again", size=size, sha=sha256))


def _chunks(tx: Transaction, sha256: str) -> Iterator[bytes]:
    """The blob's chunks in order, one row read at a time (a blob may be 200 MB)."""
    offset = 0
    while True:
        row = tx.one("SELECT data FROM hq_blob_chunks WHERE sha256 = ? AND byte_offset = ?",
                     (sha256, offset))
        if row is None:
            return
        data = bytes(row[0])
        yield data
        offset += len(data)


def _digest(tx: Transaction, sha256: str) -> str:
    hasher = hashlib.sha256()
    for data in _chunks(tx, sha256):
        hasher.update(data)
    return hasher.hexdigest()


def blob_bytes(db: HqDatabase, sha256: str) -> Iterator[bytes]:
    """The bytes of a complete blob, chunk by chunk (NotFound unless HQ holds it whole)."""
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT complete FROM hq_blobs WHERE sha256 = ?", (sha256,))
    if row is None or not row[0]:
        raise NotFound(tr("headquarters holds no whole blob {sha}", sha=sha256))
    offset = 0
    while True:
        with db.transaction(write=False) as tx:
            found = tx.one("SELECT data FROM hq_blob_chunks WHERE sha256 = ?"
                           " AND byte_offset = ?", (sha256, offset))
        if found is None:
            return
        data = bytes(found[0])
        yield data
        offset += len(data)
