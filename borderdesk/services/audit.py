"""Use cases of the audit chain: verify the station's evidence, read and keep checkpoints.

:func:`verify_station` is what ``borderdesk audit verify`` runs: the chain and the
audited records (:mod:`borderdesk.store.audit_verify`), then the evidence kept in
files (every photo original authenticated, when sealed, and against its recorded
SHA-256).
"""

from __future__ import annotations

import re

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.photo_files import verify_photo_files
from borderdesk.services.station import StationSession
from borderdesk.store import audit_repo
from borderdesk.store.audit_repo import Checkpoint
from borderdesk.store.audit_verify import AuditProblem, verify_chain

_CHECKPOINT = re.compile(r"^\s*(\d+):([0-9a-fA-F]{64})\s*$")


def parse_checkpoint(text: str) -> Checkpoint:
    """A checkpoint as printed on a report, ``LENGTH:HASH``."""
    match = _CHECKPOINT.match(text)
    if match is None:
        raise UserInputError(tr(
            "'{text}' is not a checkpoint: it is written LENGTH:HASH, the number of entries,"
            " a colon and 64 hexadecimal digits, as printed on a seizure report", text=text))
    return Checkpoint(int(match.group(1)), match.group(2).lower())


@requires(Permission.VIEW)
def verify_station(session: StationSession,
                   checkpoints: tuple[Checkpoint, ...] = ()) -> list[AuditProblem]:
    """Every record, entry, checkpoint or file that no longer matches (empty: intact)."""
    problems = verify_chain(session.database.conn, checkpoints)
    problems.extend(verify_photo_files(session))
    return problems


@requires(Permission.VIEW)
def current_checkpoint(session: StationSession) -> Checkpoint:
    """The chain's length and head hash now."""
    return audit_repo.head(session.database.conn)


@requires(Permission.VIEW)
def keep_checkpoint(session: StationSession, purpose: str) -> Checkpoint:
    """Take a checkpoint now and keep it in the database's history."""
    with session.database.transaction() as conn:
        return audit_repo.save_checkpoint(conn, session.write_context(), purpose)
