"""Finishing the encryption of a plain station that was interrupted.

``protect_station`` writes the key file before it touches the database, so a crash
can leave a key file beside a database that is still plain (with or without its
administrator's account yet). Whoever holds a wrap in that key file is the
administrator who started it; when they sign in with their password (or run the
set-up again), this module adds the account if it is missing and finishes the
encryption, so the station opens with the right password whatever moment the
crash fell on.
"""

from __future__ import annotations

from pathlib import Path

from borderdesk.core.clock import Clock
from borderdesk.security.keyfile import KeyFile
from borderdesk.security.passwords import hash_password
from borderdesk.security.policy import SecurityPolicy
from borderdesk.security.principal import SignedIn
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.authz import exempt
from borderdesk.services.photo_files import reseal_attachments
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store import accounts_repo
from borderdesk.store.cipher import encrypt_in_place
from borderdesk.store.database import is_encrypted_file, open_database
from borderdesk.store.station_repo import ensure_station

ADMIN_ROLES = ("administrator",)
#: Set in the key file from its first writing until the photos are sealed too.
UNFINISHED = "unfinished"


@exempt("makes the first administrator of a station being protected: nobody can be "
        "signed in yet")
def add_first_admin(session: StationSession, admin: str, password: str, display_name: str,
                    policy: SecurityPolicy) -> None:
    """The station's first administrator account, with the events saying so."""
    with session.database.transaction() as conn:
        accounts_repo.insert_account(conn, session.write_context(), admin, display_name,
                                     ADMIN_ROLES,
                                     hash_password(password, policy.password_hash_cost),
                                     must_change_password=False)
        record_event(session, "user_added", subject=admin,
                     details={"roles": list(ADMIN_ROLES)})
        record_event(session, "protected", subject=admin)


def needs_finishing(path: Path, key_file: KeyFile) -> bool:
    """Whether an encryption started at ``path`` has not ended (database or photos)."""
    return not is_encrypted_file(path) or key_file.data.get(UNFINISHED) is not None


def finish_encryption(path: Path, admin: str, password: str, keys: StationKeys,
                      policy: SecurityPolicy, clock: Clock, key_file: KeyFile,
                      display_name: str = "") -> None:
    """Add ``admin``'s account if the crash came before it, encrypt the plain database at
    ``path`` under ``keys`` (if it is not yet) and seal its photos; then mark the key file
    finished."""
    if not is_encrypted_file(path):
        database = open_database(path, create=False)
        try:
            ensure_station(database, admin, clock)
            if accounts_repo.find_account(database.conn, admin) is None:
                session = StationSession(path, admin, database, clock,
                                         user=SignedIn(admin, frozenset(ADMIN_ROLES)))
                add_first_admin(session, admin, password, display_name, policy)
        finally:
            database.close()
        encrypt_in_place(path, keys.database_key)
    report = reseal_attachments(path.resolve().parent, keys)
    if not report.problems:
        key_file.data[UNFINISHED] = None
        key_file.save()
