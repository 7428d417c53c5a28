"""One synchronisation with headquarters: push what waits, then pull what is new.

1. Ask HQ what it holds (``/v1/status``): its acknowledgments are where each stream
   resumes, whatever the station believed (a lost answer, an HQ restored from backup).
2. Push each stream in batches; the photos an audit batch names go first, in chunks
   that resume where HQ's copy stops. A gap makes the station resend from HQ's point; a
   conflict or a chain HQ cannot verify stops that stream and becomes a message for the
   supervisor, never a silent loss.
3. When the chain is all at HQ, send its signed checkpoint (length and head hash).
4. Fetch what HQ published since the last time, verify HQ's signature and the file's
   hash, and install it (a failed check keeps the installed version); then HQ's remarks
   and refusals.

Every step is safe to repeat, so an interrupted run simply runs again. A cancel is
looked at before every request (each batch, each photo chunk), so the window's Cancel
stops a run within one request and the next run resumes from what HQ acknowledged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from borderdesk.core.clock import format_utc
from borderdesk.core.errors import Cancelled, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken
from borderdesk.evidence.photo_store import StoredFileProblem
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import refuse_if_exercise
from borderdesk.services.photo_files import EXTENSION_OF, originals
from borderdesk.services.station import StationSession
from borderdesk.services.sync import require_link
from borderdesk.services.sync_pull import pull_messages, pull_published
from borderdesk.store import audit_repo, sync_repo
from borderdesk.sync import outbox
from borderdesk.sync.client import (
    RETRY_DELAYS,
    CancelCheck,
    HqClient,
    HqRefused,
    HqUnreachable,
)
from borderdesk.sync.policy import ReleasePolicy, default_policy
from borderdesk.sync.protocol import (
    STREAMS,
    KeyPair,
    checkpoint_statement,
    public_sign_key,
    sign_statement,
)

#: Bytes per blob chunk: a lost chunk costs little, a chunk costs one signed request.
CHUNK = 1024 * 1024
#: Answers to a push that are not errors of the exchange (docs/sync.md).
PUSH_ANSWERS = (409, 412, 422, 424)


@dataclass
class SyncReport:
    """What one synchronisation did."""

    sent: int = 0
    blobs_sent: int = 0
    received: int = 0
    installed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    verdict: str | None = None
    #: Bytes of the requests sent, HTTP framing included (bench/sync_bench.py).
    bytes_sent: int = 0

    @property
    def outcome(self) -> str:
        return "partial" if self.problems else "ok"


@dataclass(frozen=True)
class SyncOptions:
    """How to reach HQ: TLS verification (a CA file for a private CA), retry pauses."""

    verify: bool | str = True
    retry_delays: Sequence[float] = RETRY_DELAYS
    policy: ReleasePolicy | None = None


#: Reports phase ("push", "pull"), items done, items in all (0: unknown).
SyncProgress = Callable[[str, int, int], None]


def _quiet(_phase: str, _done: int, _total: int) -> None:
    """No progress wanted."""


@requires(Permission.SYNC)
def sync_now(session: StationSession, *, options: SyncOptions | None = None,
             on_progress: SyncProgress | None = None,
             cancel: CancelCheck | None = None) -> SyncReport:
    """Synchronise now; the report says what went and what came, and any problem.

    Raises :class:`HqUnreachable` when HQ cannot be reached at all and
    :class:`HqRefused` when it refuses the station (revoked, clock far off), and
    :class:`Cancelled` when ``cancel`` (a token, an event or a function) asks it to stop
    (looked at before every request): the attempt is recorded either way, and nothing
    recorded at the station is lost."""
    refuse_if_exercise(session, tr("synchronisation with headquarters"))
    options = options or SyncOptions()
    progress = on_progress or _quiet
    link = require_link(session)
    keys = KeyPair.from_text(link.sign_private, link.box_private)
    started = format_utc(session.clock.now())
    report = SyncReport()
    client = HqClient(link.hq_url, session.station.id, keys,
                      public_sign_key(link.hq_sign_key), verify=options.verify,
                      retry_delays=options.retry_delays, cancel=cancel)
    try:
        with client:
            try:
                _exchange(session, client, keys, options.policy or default_policy(), report,
                          progress, cancel)
            finally:
                report.bytes_sent = client.bytes_sent
    except (HqUnreachable, HqRefused) as exc:
        _record(session, started, "failed", report, str(exc))
        raise
    except Cancelled as exc:
        _record(session, started, "cancelled", report, str(exc))
        raise
    except UserInputError as exc:  # a photo that cannot be read
        _record(session, started, "failed", report, str(exc))
        raise
    _record(session, started, report.outcome, report, "; ".join(report.problems))
    return report


def _exchange(session: StationSession, client: HqClient, keys: KeyPair,
              policy: ReleasePolicy, report: SyncReport, progress: SyncProgress,
              cancel: CancelCheck | None) -> None:
    conn = session.database.conn
    status = client.get("/v1/status").json()
    streams = status.get("streams", {})
    for stream in STREAMS:
        hq_acked = int(streams.get(stream, {}).get("acked", 0))
        with session.database.transaction() as tx:
            sync_repo.set_acked(tx, stream, hq_acked, format_utc(session.clock.now()))
    waiting = sum(outbox.waiting(conn, s, sync_repo.acked(conn, s)) for s in STREAMS)
    done = 0
    for stream in STREAMS:
        done = _push_stream(session, client, stream, policy, report, progress, done,
                            waiting)
    if not report.problems and outbox.waiting(conn, "audit", sync_repo.acked(conn, "audit")) == 0:
        report.verdict = _send_checkpoint(session, client, keys)
    pull_published(session, client, report,
                   cancel if isinstance(cancel, CancelToken) else None)
    pull_messages(session, client, report)


def _push_stream(session: StationSession, client: HqClient, stream: str,
                 policy: ReleasePolicy, report: SyncReport, progress: SyncProgress,
                 done: int, waiting: int) -> int:
    conn = session.database.conn
    after = sync_repo.acked(conn, stream)
    head = sync_repo.stream_head(conn, stream)
    blob_retries = 0
    while True:
        client.raise_if_cancelled()  # the client looks again before every request
        batch = outbox.read_batch(conn, stream, after, policy)
        if batch is None:
            return done
        for need in batch.blobs:
            if _upload_blob(session, client, need, report):
                report.blobs_sent += 1
        answer = client.post_json("/v1/push", {
            "stream": stream, "from_seq": batch.from_seq, "head_seq": head,
            "items": batch.items}, accept=PUSH_ANSWERS)
        body = answer.json()
        acked = int(body.get("acked", after))
        if answer.status == 200:
            if acked <= after:
                report.problems.append(tr("headquarters acknowledged nothing of {stream}",
                                          stream=stream))
                return done
            report.sent += acked - after
            done += acked - after
            after = acked
            _set_acked(session, stream, acked)
            progress("push", done, waiting)
        elif answer.status == 412:  # a gap: resend from what HQ holds
            after = acked
            _set_acked(session, stream, acked)
        elif answer.status == 424 and blob_retries < 3:
            blob_retries += 1  # HQ lacks a photo it was sent: send the batch's photos again
        else:
            _stream_stopped(session, stream, answer.status, body, report)
            return done


def _set_acked(session: StationSession, stream: str, value: int) -> None:
    with session.database.transaction() as tx:
        sync_repo.set_acked(tx, stream, value, format_utc(session.clock.now()))


def _stream_stopped(session: StationSession, stream: str, status: int, body: dict[str, object],
                    report: SyncReport) -> None:
    """A refusal the station cannot mend by itself: kept as a message for the supervisor."""
    seqs = body.get("seqs") or []
    text = tr("headquarters refused the {stream} from entry {first} ({status}): {reason}",
              stream=stream, first=seqs[0] if isinstance(seqs, list) and seqs else "?",
              status=status, reason=str(body.get("message") or body.get("error") or ""))
    report.problems.append(text)
    now = format_utc(session.clock.now())
    with session.database.transaction() as tx:
        sync_repo.add_message(tx, sync_repo.SyncMessage(
            0, "conflict", stream, ",".join(str(s) for s in seqs) if isinstance(seqs, list)
            else "", text, now, now))


def _upload_blob(session: StationSession, client: HqClient, need: outbox.BlobNeed,
                 report: SyncReport) -> bool:
    """Make sure HQ holds the photo; True when bytes were sent."""
    path = f"/v1/blobs/{need.sha256}"
    state = client.get(path, size=need.size).json()
    if state.get("complete"):
        return False
    try:
        data = originals(session).read(need.sha256, EXTENSION_OF.get(need.media_type, ""))
    except StoredFileProblem as exc:
        raise UserInputError(tr("photo {sha} cannot be sent: {problem}", sha=need.sha256[:12],
                                problem=str(exc))) from None
    offset = int(state.get("received", 0))
    while True:
        chunk = data[offset:offset + CHUNK]
        answer = client.put_bytes(path, chunk, accept=(409,), offset=offset, size=need.size)
        body = answer.json()
        if body.get("complete"):
            return True
        received = int(body.get("received", offset))
        if answer.status == 200 and received <= offset and chunk:
            raise UserInputError(tr("headquarters does not take photo {sha}",
                                    sha=need.sha256[:12]))
        offset = received


def _send_checkpoint(session: StationSession, client: HqClient, keys: KeyPair) -> str:
    answer = client.post_json("/v1/checkpoint", signed_checkpoint(session, keys))
    return str(answer.json().get("verdict", ""))


@requires(Permission.SYNC)
def signed_checkpoint(session: StationSession, keys: KeyPair) -> dict[str, Any]:
    """Keep the audit chain's checkpoint now and sign it for HQ (``/v1/checkpoint``'s
    body; an offline bundle carries the same)."""
    with session.database.transaction() as conn:
        point = audit_repo.save_checkpoint(conn, session.write_context(), "sync")
    taken_at = format_utc(session.clock.now())
    statement = checkpoint_statement(session.station.id, point.length, point.head_hash,
                                     taken_at)
    return {"length": point.length, "head_hash": point.head_hash, "taken_at": taken_at,
            "signature": sign_statement(keys.sign, statement)}


def _record(session: StationSession, started: str, outcome: str, report: SyncReport,
            detail: str) -> None:
    finished = format_utc(session.clock.now())
    with session.database.transaction() as conn:
        sync_repo.add_run(conn, sync_repo.SyncRun(started, finished, "network", outcome,
                                                  report.sent, report.received, detail))

