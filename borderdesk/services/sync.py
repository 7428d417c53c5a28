"""Synchronisation with headquarters, the station's side: enrolment and status.

``enrol`` links the station to one headquarters with a one-time code: the station
makes its key pair, HQ registers the public keys and answers with its own, and the
answer's proof (an HMAC keyed with the code) shows that it came from the HQ that issued
the code before the station pins HQ's keys. ``sync_status`` is what the status bar
shows. The exchange itself is in :mod:`borderdesk.services.sync_run`. An exercise
station never synchronises (:func:`refuse_if_exercise`).
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from borderdesk.core.clock import format_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import exempt, requires
from borderdesk.services.exercise_guard import is_exercise, refuse_if_exercise
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store import sync_repo
from borderdesk.sync import outbox
from borderdesk.sync.client import RETRY_DELAYS, HqUnreachable, clean_url, enrol_request
from borderdesk.sync.protocol import KeyPair, enrolment_proof, normalise_code, public_sign_key

#: The kinds of run that end with headquarters' word on what it holds.
CONFIRMED_BY_HQ = ("network", "ack_import")


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar says about synchronisation."""

    enrolled: bool
    exercise: bool
    hq_url: str
    station_name: str
    waiting: int
    last_attempt: sync_repo.SyncRun | None
    last_success: str | None
    messages: int


#: Sends the enrolment request to HQ at a URL and returns HQ's answer (HTTP by default).
EnrolTransport = Callable[[str, dict[str, Any]], dict[str, Any]]


@requires(Permission.ADMINISTER)
def enrol(session: StationSession, url: str, code: str, *, verify: bool | str = True,
          transport: EnrolTransport | None = None,
          retry_delays: Sequence[float] = RETRY_DELAYS) -> sync_repo.SyncLink:
    """Enrol the station with the headquarters at ``url`` using its one-time ``code``.

    ``transport`` replaces the HTTP request (a test enrolling against an HQ database
    in the same process); the answer is checked the same way. A request that gets no
    answer is sent again, the same, after each of ``retry_delays``: HQ answers the same
    code, station and keys the same way, whereas new keys would find the code spent."""
    refuse_if_exercise(session, tr("enrolment with headquarters"))
    url = clean_url(url)
    if len(normalise_code(code)) < 16:
        raise UserInputError(tr("the enrolment code has 20 letters and digits "
                                "(as headquarters printed it)"))
    keys = KeyPair.generate()
    station = session.station
    request: dict[str, Any] = {
        "code": code, "station_id": station.id, "station_name": station.name,
        "sign_key": keys.sign_public(), "box_key": keys.box_public()}
    send = transport or (lambda target, body: enrol_request(target, body, verify=verify))
    answer = _send_enrolment(send, url, request, retry_delays)
    proof = str(answer.pop("proof", ""))
    if not hmac.compare_digest(proof, enrolment_proof(code, answer)):
        raise UserInputError(tr("the answer from {url} does not prove it issued this code: "
                                "the station was not enrolled", url=url))
    try:
        public_sign_key(str(answer["hq_sign_key"]))
        link = sync_repo.SyncLink(
            url, str(answer["hq_id"]), str(answer["hq_sign_key"]), str(answer["hq_box_key"]),
            str(answer["station_name"]), keys.sign_private(), keys.box_private(),
            format_utc(session.clock.now()), session.actor)
    except (KeyError, ValueError):
        raise UserInputError(tr("the answer from {url} is not headquarters' enrolment "
                                "answer", url=url)) from None
    with session.database.transaction() as conn:
        previous = sync_repo.get_link(conn)
        if previous is None or previous.hq_id != link.hq_id:
            sync_repo.reset_acks(conn)
        sync_repo.set_link(conn, link)
        record_event(session, "sync_enrolled", subject=link.station_name,
                     details={"hq": link.hq_id, "url": url})
    return link


def _send_enrolment(send: EnrolTransport, url: str, request: dict[str, Any],
                    retry_delays: Sequence[float]) -> dict[str, Any]:
    for pause in retry_delays:
        try:
            return send(url, dict(request))
        except HqUnreachable:
            time.sleep(pause)  # the request or its answer was lost: ask again, the same
    return send(url, dict(request))


@requires(Permission.VIEW)
def sync_status(session: StationSession) -> SyncStatus:
    """Enrolment, items waiting, the last attempt and the last success."""
    conn = session.database.conn
    link = sync_repo.get_link(conn)
    waiting = sum(outbox.waiting(conn, stream, sync_repo.acked(conn, stream))
                  for stream in ("changes", "audit"))
    runs = sync_repo.runs(conn, 200)
    # A bundle written is not yet received: only a network run or HQ's acknowledgment
    # imported says that headquarters holds the station's records.
    success = next((run.finished_at for run in runs
                    if run.outcome == "ok" and run.how in CONFIRMED_BY_HQ), None)
    return SyncStatus(link is not None, is_exercise(session),
                      link.hq_url if link else "", link.station_name if link else "",
                      waiting, runs[0] if runs else None, success,
                      len(sync_repo.messages(conn)))


@requires(Permission.VIEW)
def sync_messages(session: StationSession) -> list[sync_repo.SyncMessage]:
    """Remarks and refusals from headquarters, and conflicts met, newest first."""
    return sync_repo.messages(session.database.conn)


@exempt("a guard called inside checked calls; reads only the enrolment")
def require_link(session: StationSession) -> sync_repo.SyncLink:
    """The station's enrolment, or a UserInputError saying how to enrol."""
    link = sync_repo.get_link(session.database.conn)
    if link is None:
        raise UserInputError(tr("this station is not enrolled with headquarters: "
                                "borderdesk sync enroll URL CODE"))
    return link
