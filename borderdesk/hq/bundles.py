"""Offline synchronisation, headquarters' side: a station's bundle in, its acknowledgment out.

``hq import-bundle FILE -o ACK_FILE`` for a crossing without a network. The bundle is a
sealed file (:mod:`borderdesk.sync.sealed`); the station it names must be enrolled and
active, its signature must verify with that station's key over the whole file, and it
must be sealed for this HQ, before anything is decrypted. Then, in the order a network
sync follows:

1. every photo, stored as uploaded chunks are (:func:`blobs.put_chunk`), so an audit
   entry that names it finds it whole;
2. each stream through :func:`ingest.apply_push` in batches, with the network's rules:
   an item stored before is skipped (a bundle imported twice changes nothing), a
   conflict, gap or chain problem stops that stream and becomes a problem in the
   report and in the acknowledgment, and what was applied before it stays applied;
3. the station's signed checkpoint, when its audit stream is all at HQ;
4. the acknowledgment file: HQ's acknowledgments, the checkpoint's verdict, the
   problems, what HQ published after the station's published point (with the files)
   and the station's messages after its messages point; sealed for the station's box
   key and signed by HQ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.hq import blobs, checkpoints, ingest
from borderdesk.hq.database import HqDatabase
from borderdesk.hq.identity import HqIdentity, iso, load_identity
from borderdesk.hq.messages import messages_after
from borderdesk.hq.publish import published_after, published_content
from borderdesk.hq.stations import StationInfo, find_station
from borderdesk.sync.protocol import STREAMS, SignatureRefused, public_sign_key
from borderdesk.sync.sealed import SealedContent, read_sealed, write_sealed

#: The manifest's format, in both directions (services/sync_bundle.py).
BUNDLE_FORMAT = 1
#: Items per apply_push: the network's batch size, so one transaction stays small.
BATCH = 250
#: Bytes per stored chunk of a photo.
CHUNK = 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass
class BundleReport:
    """What importing a bundle did."""

    station_name: str
    station_id: str
    applied: int = 0
    photos: int = 0
    acked: dict[str, int] = field(default_factory=dict)
    verdict: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Stream:
    from_seq: int
    head_seq: int
    items: list[dict[str, Any]]


@dataclass(frozen=True)
class _Bundle:
    bundle_id: str
    streams: dict[str, _Stream]
    blobs: list[tuple[str, int]]
    checkpoint: dict[str, Any] | None
    published_point: int
    messages_point: int


def import_bundle(db: HqDatabase, path: Path, ack_path: Path, *, now: int) -> BundleReport:
    """Apply the station bundle ``path`` and write its acknowledgment to ``ack_path``."""
    path, ack_path = Path(path), Path(ack_path)
    if ack_path.exists() and ack_path.resolve() == path.resolve():
        raise UserInputError(tr("{file}: the acknowledgment cannot replace the bundle it "
                                "answers: name another file with -o", file=ack_path))
    identity = load_identity(db)
    senders: list[tuple[StationInfo, str]] = []

    def sender_key(station_id: str) -> Ed25519PublicKey:
        station, box_key = _enrolled(db, path, station_id)
        senders.append((station, box_key))
        return public_sign_key(str(station.sign_key))

    with read_sealed(path, kind="station-bundle", recipient=identity.hq_id,
                     box_key=identity.keys.box, sender_key=sender_key) as content:
        station, box_key = senders[-1]
        station_id = str(station.station_id)
        bundle = _parse_bundle(content, station_id)
        report = BundleReport(station.name, station_id)
        _store_photos(db, content, bundle, report)
        for stream in STREAMS:
            _apply_stream(db, station_id, stream, bundle.streams[stream], report, now)
    _record_checkpoint(db, station_id, bundle, report, now)
    after = find_station(db, station_id=station_id)
    report.acked = dict(after.acked) if after is not None else {}
    _write_ack(db, identity, ack_path, station_id, box_key, bundle, report, now)
    return report


def _enrolled(db: HqDatabase, path: Path, station_id: str) -> tuple[StationInfo, str]:
    """The enrolled, active station that signed the bundle, and its box key."""
    station = find_station(db, station_id=station_id)
    if station is None or station.sign_key is None:
        raise UserInputError(tr("{file}: refused: it comes from station {id}, which is not "
                                "enrolled here; nothing was applied", file=path, id=station_id))
    if station.status != "active":
        raise UserInputError(tr("{file}: refused: station {name} is {status}; nothing was "
                                "applied", file=path, name=station.name, status=station.status))
    if not station.box_key:
        raise UserInputError(tr("{file}: refused: station {name} has no box key; nothing "
                                "was applied", file=path, name=station.name))
    return station, station.box_key


def _parse_bundle(content: SealedContent, station_id: str) -> _Bundle:
    """The bundle's manifest, checked whole (with its photos present) before any use."""
    manifest = content.manifest
    try:
        if manifest["format"] != BUNDLE_FORMAT or manifest["station_id"] != station_id:
            raise ValueError("format or station")
        streams: dict[str, _Stream] = {}
        for stream in STREAMS:
            part = manifest["streams"][stream]
            items = part["items"]
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise ValueError("items")
            streams[stream] = _Stream(int(part["from_seq"]), int(part["head_seq"]), items)
        photos = [(str(b["sha256"]), int(b["size"])) for b in manifest["blobs"]]
        checkpoint = manifest.get("checkpoint")
        if checkpoint is not None:
            checkpoint = {"length": int(checkpoint["length"]),
                          "head_hash": str(checkpoint["head_hash"]),
                          "taken_at": str(checkpoint["taken_at"]),
                          "signature": str(checkpoint["signature"])}
        bundle = _Bundle(str(manifest["bundle_id"]), streams, photos, checkpoint,
                         int(manifest["acks"]["published"]),
                         int(manifest["acks"]["messages"]))
    except (KeyError, TypeError, ValueError):
        raise UserInputError(tr("{file}: refused: its manifest is malformed; nothing was "
                                "applied", file=content.path)) from None
    for sha256, _size in bundle.blobs:
        if not _SHA256.fullmatch(sha256) or not content.has(f"blobs/{sha256}"):
            raise UserInputError(tr("{file}: refused: photo {sha} is named but not "
                                    "enclosed; nothing was applied", file=content.path,
                                    sha=sha256[:12]))
    return bundle


def _store_photos(db: HqDatabase, content: SealedContent, bundle: _Bundle,
                  report: BundleReport) -> None:
    for sha256, size in bundle.blobs:
        try:
            if _store_photo(db, sha256, size, content.member(f"blobs/{sha256}")):
                report.photos += 1
        except UserInputError as exc:  # refused, mismatch or offset: the record waits
            report.problems.append(tr("photo {sha}: {problem}", sha=sha256[:12],
                                      problem=str(exc)))


def _store_photo(db: HqDatabase, sha256: str, size: int, data: bytes) -> bool:
    """Store one photo in chunks from what HQ holds of it; False when it was whole."""
    state = blobs.blob_state(db, sha256, size)
    if state.complete:
        return False
    if len(data) != size:
        raise blobs.BlobHashMismatch(tr("it has {found} bytes, not {size}",
                                        found=len(data), size=size))
    offset = state.received
    while True:
        state = blobs.put_chunk(db, sha256, offset=offset, size=size,
                                data=data[offset:offset + CHUNK])
        if state.complete:
            return True
        offset = state.received


def _apply_stream(db: HqDatabase, station_id: str, stream: str, part: _Stream,
                  report: BundleReport, now: int) -> None:
    items = part.items
    for start in range(0, len(items), BATCH):
        batch = items[start:start + BATCH]
        before = _acked(db, station_id, stream)
        outcome = ingest.apply_push(db, station_id, stream=stream,
                                    from_seq=part.from_seq + start, head_seq=part.head_seq,
                                    items=batch, now=now)
        report.applied += max(0, outcome.acked - before)
        if outcome.kind != "ok":
            report.problems.append(_problem(stream, outcome))
            return


def _acked(db: HqDatabase, station_id: str, stream: str) -> int:
    station = find_station(db, station_id=station_id)
    return station.acked.get(stream, 0) if station is not None else 0


def _problem(stream: str, outcome: ingest.PushOutcome) -> str:
    if outcome.kind == "gap":
        return tr("{stream}: headquarters holds entries up to {acked} only, and the bundle "
                  "starts later; the next bundle sends from {next}", stream=stream,
                  acked=outcome.acked, next=outcome.acked + 1)
    if outcome.kind == "conflict":
        return tr("{stream}: entries {seqs} arrived again with other content: refused and "
                  "kept for review ({message})", stream=stream,
                  seqs=", ".join(str(s) for s in outcome.seqs), message=outcome.message)
    if outcome.kind == "missing_blob":
        return tr("{stream}: photos {blobs} are not at headquarters whole; the entries that "
                  "name them wait", stream=stream,
                  blobs=", ".join(b[:12] for b in outcome.blobs))
    return tr("{stream}: refused from entry {first} ({kind}): {message}", stream=stream,
              first=outcome.acked + 1, kind=outcome.kind, message=outcome.message)


def _record_checkpoint(db: HqDatabase, station_id: str, bundle: _Bundle, report: BundleReport,
                       now: int) -> None:
    """Record the station's checkpoint when HQ holds its chain exactly up to it (a late
    bundle, overtaken by a network sync, would otherwise look like a cut chain)."""
    point = bundle.checkpoint
    if point is None or _acked(db, station_id, "audit") != point["length"]:
        return
    known = checkpoints.known_verdict(db, station_id, point["signature"])
    if known is not None:  # the same bundle imported again: its checkpoint is kept once
        report.verdict = known
        return
    try:
        report.verdict = checkpoints.record_checkpoint(db, station_id, now=now, **point)
    except SignatureRefused as exc:
        report.problems.append(tr("the audit checkpoint was refused: {reason}",
                                  reason=str(exc)))


def _write_ack(db: HqDatabase, identity: HqIdentity, ack_path: Path, station_id: str,
               box_key: str, bundle: _Bundle, report: BundleReport, now: int) -> None:
    published = published_after(db, bundle.published_point)
    manifest: Mapping[str, Any] = {
        "format": BUNDLE_FORMAT, "ack_id": new_id(), "bundle_id": bundle.bundle_id,
        "hq_id": identity.hq_id, "station_id": station_id, "created_at": iso(now),
        "acks": {stream: report.acked.get(stream, 0) for stream in STREAMS},
        "verdict": report.verdict, "problems": list(report.problems),
        "published": published,
        "messages": messages_after(db, station_id, bundle.messages_point)}

    def members() -> Iterator[tuple[str, bytes]]:
        for item in published:
            yield f"published/{item['serial']}", published_content(db, int(item["serial"]))

    try:
        write_sealed(ack_path, kind="hq-ack", sender=identity.hq_id, recipient=station_id,
                     created_at=str(iso(now)), recipient_box=box_key,
                     sign_key=identity.keys.sign, manifest=manifest, members=members())
    except OSError as exc:
        raise UserInputError(tr("{file}: the acknowledgment cannot be written ({reason}); "
                                "import the bundle again to write it", file=ack_path,
                                reason=exc.strerror or exc)) from None
