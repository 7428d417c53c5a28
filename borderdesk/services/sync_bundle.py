"""Offline synchronisation, the station's side: a bundle out, an acknowledgment back.

For a crossing without a network. :func:`export_bundle` writes, into one file sealed
for headquarters (:mod:`borderdesk.sync.sealed`: encrypted to HQ's pinned box key,
signed with the station's key), every item of both streams that HQ has not
acknowledged (filtered by the release policy, as a push would send it), the photos
those items name, the audit chain's signed checkpoint, and how far the station has
received HQ's publications and messages. The security event of the export is written
in the same transaction, before the items are read, so the bundle carries it; a
failed write leaves neither the event nor the file.

:func:`import_ack` applies HQ's answer (``hq import-bundle -o ACK_FILE``): after the
whole file verifies against HQ's pinned key, HQ's acknowledgments become the points
the next push or bundle resumes from, what HQ published is checked and installed as a
network pull installs it, and HQ's messages are kept. Each acknowledgment has its own
id, which the import's security event records: the same file imported again changes
nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from borderdesk.core.clock import format_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.evidence.photo_store import StoredFileProblem
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import refuse_if_exercise
from borderdesk.services.photo_files import EXTENSION_OF, originals
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.services.sync import require_link
from borderdesk.services.sync_pull import install_published, keep_messages
from borderdesk.services.sync_run import signed_checkpoint
from borderdesk.store import security_repo, sync_repo
from borderdesk.sync import outbox
from borderdesk.sync.policy import ReleasePolicy, default_policy
from borderdesk.sync.protocol import STREAMS, KeyPair, public_sign_key
from borderdesk.sync.sealed import read_sealed, write_sealed

#: The manifest's format, in both directions.
BUNDLE_FORMAT = 1
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class ExportReport:
    """What a bundle holds."""

    path: Path
    bundle_id: str
    items: int
    photos: int


@dataclass
class AckReport:
    """What an acknowledgment file did at the station."""

    acked: dict[str, int] = field(default_factory=dict)
    installed: list[str] = field(default_factory=list)
    messages: int = 0
    problems: list[str] = field(default_factory=list)
    verdict: str | None = None
    already_applied: bool = False

    @property
    def acked_text(self) -> str:
        return ", ".join(f"{stream} {self.acked.get(stream, 0)}" for stream in STREAMS)


# --- export ---------------------------------------------------------------------------------

@requires(Permission.ADMINISTER)
def export_bundle(session: StationSession, path: Path, *,
                  policy: ReleasePolicy | None = None) -> ExportReport:
    """Write everything HQ has not acknowledged into the sealed bundle ``path``."""
    refuse_if_exercise(session, tr("an offline bundle for headquarters"))
    link = require_link(session)
    keys = KeyPair.from_text(link.sign_private, link.box_private)
    policy = policy or default_policy()
    target = Path(path)
    if target.is_dir():
        raise UserInputError(tr("{file}: is a folder; name the bundle file to write",
                                file=target))
    started = format_utc(session.clock.now())
    bundle_id = new_id()
    try:
        with session.database.transaction():
            record_event(session, "sync_bundle_exported", subject=target.name,
                         details={"bundle": bundle_id, "hq": link.hq_id})
            manifest, blobs = _bundle_manifest(session, link, keys, policy, bundle_id)
            items = sum(len(manifest["streams"][s]["items"]) for s in STREAMS)
            write_sealed(target, kind="station-bundle", sender=session.station.id,
                         recipient=link.hq_id, created_at=manifest["created_at"],
                         recipient_box=link.hq_box_key, sign_key=keys.sign,
                         manifest=manifest, members=_photo_members(session, blobs))
            _record_run(session, started, "bundle_export", "ok", items, 0,
                        tr("bundle {id} written to {file}", id=bundle_id, file=target.name))
    except OSError as exc:
        failure = tr("{file}: the bundle cannot be written ({reason})", file=target,
                     reason=exc.strerror or exc)
        _record_run(session, started, "bundle_export", "failed", 0, 0, failure)
        raise UserInputError(failure) from None
    except UserInputError as exc:
        _record_run(session, started, "bundle_export", "failed", 0, 0, str(exc))
        raise
    return ExportReport(target, bundle_id, items, len(blobs))


def _bundle_manifest(session: StationSession, link: sync_repo.SyncLink, keys: KeyPair,
                     policy: ReleasePolicy,
                     bundle_id: str) -> tuple[dict[str, Any], list[outbox.BlobNeed]]:
    conn = session.database.conn
    checkpoint = signed_checkpoint(session, keys)
    streams: dict[str, Any] = {}
    blobs: dict[str, outbox.BlobNeed] = {}
    for stream in STREAMS:
        after = sync_repo.acked(conn, stream)
        items: list[dict[str, Any]] = []
        for batch in outbox.batches(conn, stream, after, policy):
            items.extend(batch.items)
            blobs.update((need.sha256, need) for need in batch.blobs)
        streams[stream] = {"from_seq": after + 1, "head_seq": sync_repo.stream_head(conn, stream),
                           "items": items}
    manifest = {
        "format": BUNDLE_FORMAT, "bundle_id": bundle_id, "station_id": session.station.id,
        "station_name": link.station_name, "created_at": format_utc(session.clock.now()),
        "streams": streams, "checkpoint": checkpoint,
        "blobs": [{"sha256": b.sha256, "size": b.size, "media_type": b.media_type}
                  for b in blobs.values()],
        "acks": {"published": sync_repo.acked(conn, "published"),
                 "messages": sync_repo.acked(conn, "messages")}}
    return manifest, list(blobs.values())


def _photo_members(session: StationSession,
                   blobs: Sequence[outbox.BlobNeed]) -> Iterator[tuple[str, bytes]]:
    """Each photo's original as it was captured, read one at a time while sealing."""
    store = originals(session)
    for need in blobs:
        try:
            data = store.read(need.sha256, EXTENSION_OF.get(need.media_type, ""))
        except StoredFileProblem as exc:
            raise UserInputError(tr("photo {sha} cannot be put in the bundle: {problem}",
                                    sha=need.sha256[:12], problem=str(exc))) from None
        yield f"blobs/{need.sha256}", data


# --- acknowledgment -----------------------------------------------------------------------

@dataclass(frozen=True)
class _Ack:
    """An acknowledgment's manifest, checked whole before anything is applied."""

    ack_id: str
    bundle_id: str
    acked: dict[str, int]
    verdict: str | None
    problems: list[str]
    published: list[dict[str, Any]]
    messages: list[dict[str, Any]]


@requires(Permission.ADMINISTER)
def import_ack(session: StationSession, path: Path) -> AckReport:
    """Apply headquarters' acknowledgment file ``path`` (made for this station)."""
    refuse_if_exercise(session, tr("an acknowledgment from headquarters"))
    link = require_link(session)
    keys = KeyPair.from_text(link.sign_private, link.box_private)
    path = Path(path)
    started = format_utc(session.clock.now())
    hq_key = public_sign_key(link.hq_sign_key)

    def sender_key(sender: str) -> Ed25519PublicKey:
        if sender != link.hq_id:
            raise UserInputError(tr(
                "{file}: refused: it was signed by headquarters {other}, not the one this "
                "station is enrolled with ({hq}); nothing was applied", file=path,
                other=sender, hq=link.hq_id))
        return hq_key

    with read_sealed(path, kind="hq-ack", recipient=session.station.id, box_key=keys.box,
                     sender_key=sender_key) as content:
        ack = _parse_ack(path, content.manifest, session.station.id)
        files = {int(item["serial"]): content.member(f"published/{int(item['serial'])}")
                 for item in ack.published
                 if int(item["serial"]) > sync_repo.acked(session.database.conn,
                                                          "published")}
    report = AckReport(acked=dict(ack.acked), verdict=ack.verdict)
    if _imported_before(session, ack.ack_id):
        report.already_applied = True
        return report
    _apply_ack(session, path, ack, files, hq_key, report)
    received = len(report.installed) + report.messages
    _record_run(session, started, "ack_import", "partial" if report.problems else "ok", 0,
                received, "; ".join(report.problems))
    return report


def _apply_ack(session: StationSession, path: Path, ack: _Ack, files: Mapping[int, bytes],
               hq_key: Ed25519PublicKey, report: AckReport) -> None:
    now = format_utc(session.clock.now())
    with session.database.transaction() as conn:
        for stream in STREAMS:
            sync_repo.set_acked(conn, stream, ack.acked[stream], now)
        for problem in ack.problems:
            sync_repo.add_message(conn, sync_repo.SyncMessage(
                0, "conflict", "bundle", ack.bundle_id, problem, now, now))
        record_event(session, "sync_ack_imported", subject=path.name,
                     details={"ack": ack.ack_id, "bundle": ack.bundle_id,
                              "changes": ack.acked["changes"], "audit": ack.acked["audit"],
                              "published": len(files), "messages": len(ack.messages)})
    report.problems.extend(ack.problems)
    for item in ack.published:
        serial = int(item["serial"])
        if serial in files and not install_published(session, item, files[serial], hq_key,
                                                     report.installed, report.problems):
            break
    report.messages = keep_messages(session, ack.messages)


def _parse_ack(path: Path, manifest: Mapping[str, Any], station_id: str) -> _Ack:
    """The acknowledgment's content, or UserInputError when anything is malformed."""
    try:
        if manifest["format"] != BUNDLE_FORMAT or manifest["station_id"] != station_id:
            raise ValueError("format or station")
        acked = {stream: int(manifest["acks"][stream]) for stream in STREAMS}
        verdict = manifest.get("verdict")
        published = [dict(item) for item in manifest["published"]]
        for item in published:
            int(item["serial"])
            for name in ("kind", "name", "version", "published_at", "signature"):
                str(item[name])
            if not _SHA256.fullmatch(str(item["sha256"])):
                raise ValueError("sha256")
        messages = [dict(item) for item in manifest["messages"]]
        for item in messages:
            int(item["serial"])
            str(item["kind"]), str(item["text"]), str(item["created_at"])
        problems = [str(problem) for problem in manifest.get("problems", [])]
        bundle_id = str(manifest.get("bundle_id", ""))
        ack_id = str(manifest["ack_id"])
    except (KeyError, TypeError, ValueError):
        raise UserInputError(tr("{file}: refused: its acknowledgment is malformed or not "
                                "for this station; nothing was applied",
                                file=path)) from None
    if any(value < 0 for value in acked.values()):
        raise UserInputError(tr("{file}: refused: its acknowledgment is malformed; "
                                "nothing was applied", file=path))
    return _Ack(ack_id, bundle_id, acked, str(verdict) if verdict is not None else None, problems,
                sorted(published, key=lambda item: int(item["serial"])),
                sorted(messages, key=lambda item: int(item["serial"])))


def _imported_before(session: StationSession, ack_id: str) -> bool:
    """Whether this acknowledgment was applied already (its event names it)."""
    return any(event.details.get("ack") == ack_id for event in security_repo.list_events(
        session.database.conn, kind="sync_ack_imported"))


def _record_run(session: StationSession, started: str, how: str, outcome: str, sent: int,
                received: int, detail: str) -> None:
    with session.database.transaction() as conn:
        sync_repo.add_run(conn, sync_repo.SyncRun(
            started, format_utc(session.clock.now()), how, outcome, sent, received, detail))
