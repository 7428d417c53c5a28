"""What a synchronisation brings back: published artefacts and HQ's messages.

An artefact is installed only when HQ's signature over its kind, name, version and
SHA-256 verifies against the key pinned at enrolment and the file has that SHA-256; a
failed check installs nothing and stops the pull there (the next run tries again), so
the station keeps what it had. An artefact that verifies but does not install (a file
this version cannot read) becomes a message, and the pull goes on past it.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

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
    from borderdesk.services.sync_install import install_artefact

    link = sync_repo.get_link(session.database.conn)
    assert link is not None
    hq_key = public_sign_key(link.hq_sign_key)
    after = sync_repo.acked(session.database.conn, "published")
    for item in client.get("/v1/published", after=after).json().get("items", []):
        if cancel is not None:
            cancel.raise_if_cancelled()
        serial = int(item["serial"])
        content = client.get(f"/v1/published/{serial}").content
        problem = _check(item, content, hq_key)
        if problem:
            report.problems.append(problem)
            return
        try:
            install_artefact(session, kind=str(item["kind"]), name=str(item["name"]),
                             version=str(item["version"]), sha256=str(item["sha256"]),
                             content=content, serial=serial)
            report.installed.append(f"{item['kind']} {item['name']} {item['version']}")
        except UserInputError as exc:
            _keep_message(session, 0, "refusal", str(item["kind"]), str(item["name"]), tr(
                "{kind} {name} version {version} from headquarters was not installed: "
                "{reason}", kind=item["kind"], name=item["name"], version=item["version"],
                reason=str(exc)), format_utc(session.clock.now()),
                format_utc(session.clock.now()))
            report.problems.append(str(exc))
        report.received += 1
        with session.database.transaction() as conn:
            sync_repo.set_acked(conn, "published", serial, format_utc(session.clock.now()))


def _check(item: dict[str, Any], content: bytes, hq_key: Any) -> str | None:
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
    now = format_utc(session.clock.now())
    for item in items:
        serial = int(item["serial"])
        _keep_message(session, serial, str(item["kind"]), str(item.get("entity", "")),
                      str(item.get("entity_id", "")), str(item["text"]),
                      str(item["created_at"]), now)
        report.received += 1
        with session.database.transaction() as conn:
            sync_repo.set_acked(conn, "messages", serial, now)


def _keep_message(session: StationSession, serial: int, kind: str, entity: str,
                  entity_id: str, text: str, created_at: str, now: str) -> None:
    with session.database.transaction() as conn:
        sync_repo.add_message(conn, sync_repo.SyncMessage(
            serial, kind, entity, entity_id, text, created_at, now))
