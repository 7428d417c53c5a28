"""Protecting a station: set-up with the first administrator, encryption of a plain
database, the recovery key, and rotation of the data key.

Each operation is ordered so that stopping at any moment (a crash, a pulled
plug) leaves a station that opens:

- **Set-up of a new station** builds the encrypted database under a temporary
  name, writes the key file, then renames the database into place. A key file
  without its database is what an interrupted set-up leaves; set-up starts over.
- **Encrypting a plain database** writes the key file first (the data key wrapped
  for the administrator and the recovery key), adds the administrator's account,
  then has the store copy the database into an encrypted file, verify it and swap
  it in. Until the swap the plain file still opens; after it the key file opens
  the encrypted one; run again, it finishes what was started.
- **Rotation** wraps the new key for every holder as *pending* first, re-encrypts
  the database (a verified copy and a swap) and the attachments (file by file),
  and only then makes the new key current. Until then both keys are live, so
  every file opens under one of them, and running it again carries on.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.clock import Clock, SystemClock
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.envelope import KeyPair, WrapFailed, recovery_pair, recovery_text
from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.security.passwords import check_new_password, hash_password
from borderdesk.security.permissions import Permission
from borderdesk.security.policy import SecurityPolicy, station_policy
from borderdesk.security.principal import SignedIn
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.accounts import check_name
from borderdesk.services.authz import requires
from borderdesk.services.photo_files import reseal_attachments
from borderdesk.services.protection_resume import (
    ADMIN_ROLES,
    UNFINISHED,
    add_first_admin,
    finish_encryption,
    needs_finishing,
)
from borderdesk.services.security_log import record_event
from borderdesk.services.sign_in import SignInRefused, clear_failures, sign_in
from borderdesk.services.station import StationSession
from borderdesk.store import accounts_repo
from borderdesk.store.cipher import reencrypt_in_place, which_key
from borderdesk.store.context import WriteContext
from borderdesk.store.database import is_encrypted_file, open_database
from borderdesk.store.station_repo import ensure_station


@dataclass(frozen=True)
class Protected:
    """The result of protecting a station: the recovery key, shown once, never stored."""

    recovery_key: str
    administrator: str


def _setup_path(path: Path) -> Path:
    return Path(str(path) + ".setup")


def protect_station(path: Path, admin: str, password: str, *, display_name: str = "",
                    policy: SecurityPolicy | None = None,
                    clock: Clock | None = None, recovery: KeyPair | None = None) -> Protected:
    """Create the administrator, the keys and the recovery key, and encrypt the station.

    ``path`` may not exist yet (a new, empty station) or be a plain station
    database (which is encrypted in place). A station that is already protected is
    refused; an interrupted run is finished. ``recovery``: a recovery key made (and
    shown) before, as the first-run set-up does; a new one otherwise.
    """
    policy = policy or station_policy()
    clock = clock or SystemClock()
    admin = check_name(admin)
    keys_path = key_file_path(path)
    if keys_path.exists() and not path.exists():
        keys_path.unlink()  # an interrupted set-up of a new station: start over
    if keys_path.exists():
        if not needs_finishing(path, KeyFile.load(keys_path)):
            raise UserInputError(tr("{path}: this station is protected already", path=path))
        return _finish_encryption(path, admin, password, policy, clock)
    check_new_password(password, policy, context=[admin, display_name, "borderdesk"])
    keys, recovery = StationKeys.generate(), recovery or KeyPair.generate()
    if path.exists():
        _encrypt_plain(path, admin, password, display_name, keys, recovery, policy, clock)
    else:
        _create_encrypted(path, admin, password, display_name, keys, recovery, policy, clock)
    return Protected(recovery_text(recovery), admin)


def _create_encrypted(path: Path, admin: str, password: str, display_name: str,
                      keys: StationKeys, recovery: KeyPair, policy: SecurityPolicy,
                      clock: Clock) -> None:
    building = _setup_path(path)
    for leftover in (building, Path(str(building) + "-wal"), Path(str(building) + "-shm")):
        leftover.unlink(missing_ok=True)
    database = open_database(building, create=True, key=keys.database_key)
    try:
        station = ensure_station(database, admin, clock)
        session = StationSession(building, admin, database, clock,
                                 user=SignedIn(admin, frozenset(ADMIN_ROLES)), keys=keys,
                                 key_ring={keys.key_id: keys})
        add_first_admin(session, admin, password, display_name, policy)
        database.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    key_file = KeyFile.create(station.id, keys, recovery)
    key_file.add_user(admin, password, policy.key_wrap_cost, {keys.key_id: keys})
    key_file.save(key_file_path(path))
    building.replace(path)
    for leftover in (Path(str(building) + "-wal"), Path(str(building) + "-shm")):
        leftover.unlink(missing_ok=True)


def _encrypt_plain(path: Path, admin: str, password: str, display_name: str,
                   keys: StationKeys, recovery: KeyPair, policy: SecurityPolicy,
                   clock: Clock) -> None:
    if is_encrypted_file(path):
        raise UserInputError(tr(
            "{path}: this database is encrypted but its key file is missing; restore the key "
            "file from a backup", path=path))
    database = open_database(path, create=False)
    try:
        station = ensure_station(database, admin, clock)
        if accounts_repo.count_accounts(database.conn):
            raise UserInputError(tr("{path}: this station has accounts already", path=path))
    finally:
        database.close()
    # The key file first: from here on, whatever stops the work, the administrator's
    # password opens the station (a sign-in finishes what was left).
    key_file = KeyFile.create(station.id, keys, recovery)
    key_file.add_user(admin, password, policy.key_wrap_cost, {keys.key_id: keys})
    key_file.data[UNFINISHED] = "encrypt"
    key_file.save(key_file_path(path))
    finish_encryption(path, admin, password, keys, policy, clock, key_file, display_name)


def _finish_encryption(path: Path, admin: str, password: str, policy: SecurityPolicy,
                       clock: Clock) -> Protected:
    """Carry on an encryption that stopped after the key file was written."""
    key_file = KeyFile.load(key_file_path(path))
    try:
        unlocked = key_file.unlock(admin, password)
        keys = key_file.data_keys(unlocked)[key_file.current_key_id]
    except (WrapFailed, KeyError):
        raise UserInputError(tr(
            "{path}: an encryption was started here by another administrator or with another "
            "password; give the same name and password to finish it", path=path)) from None
    finish_encryption(path, admin, password, keys, policy, clock, key_file)
    # The recovery key was shown when the run started; it cannot be shown again.
    return Protected("", admin)


def recover_access(path: Path, recovery: str, admin: str, new_password: str, *,
                   policy: SecurityPolicy | None = None,
                   clock: Clock | None = None) -> StationSession:
    """Open the station with the recovery key and give administrator ``admin`` a new
    password (every other account is untouched); returns ``admin``'s session."""
    policy = policy or station_policy()
    clock = clock or SystemClock()
    key_file = KeyFile.load(key_file_path(path))
    try:
        ring = key_file.recovery_keys(recovery_pair(recovery))
    except WrapFailed:
        raise UserInputError(tr(
            "this is not the recovery key of this station (it may have been replaced)")) from None
    candidates = [ring[key_id] for key_id in reversed(key_file.live_key_ids())]
    chosen = which_key(path, [keys.database_key for keys in candidates])
    keys = next(keys for keys in candidates if keys.database_key == chosen)
    database = open_database(path, create=False, key=keys.database_key)
    with contextlib.closing(database):
        row = accounts_repo.find_account(database.conn, admin)
        if row is None or row.removed or "administrator" not in row.roles:
            raise UserInputError(tr("'{name}' is not an administrator of this station",
                                    name=admin))
        check_new_password(new_password, policy, context=[admin, row.display_name])
        station = ensure_station(database, admin, clock)
        context = WriteContext(station.id, admin, clock)
        before = key_file.copy()
        with database.transaction() as conn:
            key_file.remove_user(row.name)
            key_file.add_user(row.name, new_password, policy.key_wrap_cost, ring)
            clear_failures(key_file, row.name)
            accounts_repo.set_password_hash(conn, context, row, hash_password(
                new_password, policy.password_hash_cost))
            accounts_repo.update_account(conn, context, row, "recovered", disabled=False,
                                         must_change_password=False)
            record_event(database, "recovered", subject=row.name, actor=admin, clock=clock)
            try:
                key_file.save()
            except BaseException:
                before.save()
                raise
    return sign_in(path, admin, new_password, policy=policy, clock=clock)


@requires(Permission.ADMINISTER)
def renew_recovery_key(session: StationSession) -> str:
    """Replace the recovery key (the old sheet stops working); returns the new text."""
    key_file = _protected_key_file(session)
    recovery = KeyPair.generate()
    key_file.set_recovery(recovery, session.key_ring)
    with session.database.transaction():
        record_event(session, "recovery_key_renewed", subject=session.actor)
        key_file.save()
    return recovery_text(recovery)


def _protected_key_file(session: StationSession) -> KeyFile:
    if session.path is None or not key_file_path(session.path).exists() or not session.key_ring:
        raise UserInputError(tr("this station is not protected: nothing to rotate or renew"))
    return KeyFile.load(key_file_path(session.path))


@requires(Permission.ADMINISTER)
def rotate_data_key(session: StationSession) -> str:
    """Re-encrypt the station under a new data key; returns the new key id.

    The session's database is reopened under the new key; if the re-encryption fails,
    under the key that still opens it, so the session can go on either way.
    """
    assert session.path is not None
    key_file = _protected_key_file(session)
    pending = key_file.pending_key_id
    if pending is not None and pending in session.key_ring:
        new = session.key_ring[pending]
    else:
        new = StationKeys.generate()
        key_file.begin_rotation(new)
        key_file.save()
    ring = {**session.key_ring, new.key_id: new}
    old = session.key_ring[key_file.current_key_id]
    session.database.close()
    try:
        if which_key(session.path, [new.database_key, old.database_key]) == old.database_key:
            reencrypt_in_place(session.path, old.database_key, new.database_key)
    except BaseException:
        # A copy that did not verify leaves the database as it was: the session goes on.
        session.database = open_database(session.path, create=False, key=which_key(
            session.path, [new.database_key, old.database_key]))
        raise
    session.database = open_database(session.path, create=False, key=new.database_key)
    session.keys, session.key_ring = new, ring
    report = reseal_attachments(session.path.resolve().parent, new, [old])
    if report.problems:
        # The old key stays live until every file is under the new one.
        raise UserInputError(tr(
            "the database is under the new key, but {count} photo files could not be "
            "re-encrypted ({first}); both keys stay until 'borderdesk db rotate-key' is run "
            "again and succeeds", count=len(report.problems), first=report.problems[0]))
    key_file.finish_rotation()
    key_file.save()
    session.key_ring = {new.key_id: new}
    record_event(session, "key_rotated", subject=session.actor,
                 details={"key_id": new.key_id, "previous_key_id": old.key_id})
    return new.key_id


__all__ = ["Protected", "SignInRefused", "protect_station", "recover_access",
           "renew_recovery_key", "rotate_data_key"]
