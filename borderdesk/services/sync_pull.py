"""What a synchronisation brings back: published artefacts and HQ's messages.

An artefact is installed only when HQ's signature over its kind, name, version and
SHA-256 verifies against the key pinned at enrolment and the file has that SHA-256; a
failed check installs nothing and stops the pull there (the next run tries again), so
the station keeps what it had. An artefact that verifies but does not install (a file
this version cannot read) becomes a message, and the pull goes on past it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from borderdesk.core.clock import format_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.station import StationSession
from borderdesk.store import sync_repo
from borderdesk.sync.client import HqClient
from borderdesk.sync.protocol import artefact_statement, public_sign_key, verify_statement

if TYPE_CHECKING:
    from borderdesk.services.sync_run import SyncReport


@requires(Permission.SYNC)
def pull_published(session: StationSession, client: HqClient, report: SyncReport,
                   cancel: CancelToken | None) -> None:
    """Fetch, verify and install what HQ published since the last pull."""
    link = sync_repo.get_link(session.database.conn)
    assert link is not None
    hq_key = public_sign_key(link.hq_sign_key)
    after = sync_repo.acked(session.database.conn, "published")
    for item in client.get("/v1/published", after=after).json().get("items", []):
        if cancel is not None:
            cancel.raise_if_cancelled()
        content = client.get(f"/v1/published/{int(item['serial'])}").content
        if not install_published(session, item, content, hq_key, report.installed,
                                 report.problems):
            return
        report.received += 1


@requires(Permission.SYNC)
def install_published(session: StationSession, item: Mapping[str, Any], content: bytes,
                      hq_key: Ed25519PublicKey, installed: list[str],
                      problems: list[str]) -> bool:
    """Check one published artefact (HQ's signature, the file's SHA-256) and install it.

    The network pull and an acknowledgment file both come here. False when the check
    failed: nothing is installed, the published point stays, and the caller stops (the
    next attempt tries again). An artefact that verifies but does not install becomes a
    message, and the published point moves past it (True)."""
    from borderdesk.services.sync_install import install_artefact

    serial = int(item["serial"])
    problem = _check(item, content, hq_key)
    if problem:
        problems.append(problem)
        return False
    try:
        install_artefact(session, kind=str(item["kind"]), name=str(item["name"]),
                         version=str(item["version"]), sha256=str(item["sha256"]),
                         content=content, serial=serial)
        installed.append(f"{item['kind']} {item['name']} {item['version']}")
    except UserInputError as exc:
        now = format_utc(session.clock.now())
        _keep_message(session, sync_repo.SyncMessage(0, "refusal", str(item["kind"]), str(
            item["name"]), tr("{kind} {name} version {version} from headquarters was not "
                              "installed: {reason}", kind=item["kind"], name=item["name"],
                              version=item["version"], reason=str(exc)), now, now))
        problems.append(str(exc))
    with session.database.transaction() as conn:
        sync_repo.set_acked(conn, "published", serial, format_utc(session.clock.now()))
    return True


def _check(item: Mapping[str, Any], content: bytes,
           hq_key: Ed25519PublicKey) -> str | None:
    statement = artefact_statement(str(item["kind"]), str(item["name"]), str(item["version"]),
                                   str(item["sha256"]), str(item["published_at"]))
    if not verify_statement(hq_key, statement, str(item.get("signature", ""))):
        return tr("{kind} {name} version {version}: headquarters' signature does not verify; "
                  "nothing was installed", kind=item["kind"], name=item["name"],
                  version=item["version"])
    if hashlib.sha256(content).hexdigest() != item["sha256"]:
        return tr("{kind} {name} version {version}: the file received is not the one "
                  "published; nothing was installed", kind=item["kind"], name=item["name"],
                  version=item["version"])
    return None


@requires(Permission.SYNC)
def pull_messages(session: StationSession, client: HqClient, report: SyncReport) -> None:
    """Keep HQ's remarks and refusals sent since the last pull."""
    after = sync_repo.acked(session.database.conn, "messages")
    items = client.get("/v1/messages", after=after).json().get("items", [])
    report.received += keep_messages(session, items)


@requires(Permission.SYNC)
def keep_messages(session: StationSession, items: Sequence[Mapping[str, Any]]) -> int:
    """Keep HQ's messages (the network pull and an acknowledgment file both come here),
    moving the messages point past each; how many were new."""
    now = format_utc(session.clock.now())
    kept = 0
    for item in items:
        serial = int(item["serial"])
        if serial <= sync_repo.acked(session.database.conn, "messages"):
            continue
        _keep_message(session, sync_repo.SyncMessage(
            serial, str(item["kind"]), str(item.get("entity") or ""),
            str(item.get("entity_id") or ""), str(item["text"]), str(item["created_at"]),
            now), point=serial)
        kept += 1
    return kept


def _keep_message(session: StationSession, message: sync_repo.SyncMessage, *,
                  point: int | None = None) -> None:
    """Keep a message and, for one of HQ's, move the messages point past it at once."""
    with session.database.transaction() as conn:
        sync_repo.add_message(conn, message)
        if point is not None:
            sync_repo.set_acked(conn, "messages", point, message.received_at)
