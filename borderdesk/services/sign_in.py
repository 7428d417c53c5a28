"""Signing in to a protected station, the lockout, and checking a password again.

A protected station has a key file beside its encrypted database. Signing in
opens the user's key pair with their password (argon2id), takes the data key from
it, opens the database, and then checks the account itself: not disabled or
removed, and the password hash (argon2id, costs recorded in the hash) matches.
Hashes and wraps made under older costs are redone while the password is at hand.

Failed attempts are counted per user in the key file, since a failed sign-in has
no database to write to; after ``lockout_after_failures`` in a row the account is
locked for ``lockout_minutes``. The events wait, sealed, in the key file and go to
the audit log at the next successful sign-in.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from borderdesk.core.clock import Clock, SystemClock, format_utc, parse_utc
from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.security.envelope import WrapFailed
from borderdesk.security.keyfile import KeyFile, key_file_path
from borderdesk.security.passwords import hash_password, verify_password
from borderdesk.security.policy import SecurityPolicy, station_policy
from borderdesk.security.principal import SignedIn
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.authz import exempt
from borderdesk.services.protection_resume import finish_encryption, needs_finishing
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store import accounts_repo
from borderdesk.store.cipher import which_key
from borderdesk.store.database import open_database


class SignInRefused(BorderdeskError):
    """A sign-in that did not succeed: wrong name or password, locked, or disabled."""


class AccountLocked(SignInRefused):
    """Too many failed sign-ins in a row: the account waits until ``until``."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


def is_protected(path: Path) -> bool:
    """Whether the station at ``path`` has accounts and encryption (a key file)."""
    return key_file_path(path).exists()


def _locked_until(entry: dict[str, object] | None) -> datetime | None:
    if entry is None or not entry.get("locked_until"):
        return None
    return parse_utc(str(entry["locked_until"]))


def _locked_message(until: datetime) -> str:
    return tr("this account is locked after too many failed sign-ins until {time} UTC; an "
              "administrator or supervisor can unlock it sooner",
              time=until.strftime("%Y-%m-%d %H:%M"))


def check_not_locked(key_file: KeyFile, name: str, now: datetime) -> None:
    """Refuse at once when ``name`` is locked (no password is tried, so none is counted)."""
    until = _locked_until(key_file.user_state(name))
    if until is not None and until > now:
        raise AccountLocked(_locked_message(until), until)


def count_failure(key_file: KeyFile, name: str, now: datetime,
                  policy: SecurityPolicy) -> SignInRefused:
    """Count a failed attempt for ``name`` (locking at the limit), keep the events, save.

    Returns the error to raise. An unknown user name is not counted against anyone
    and is logged without the text typed (people type passwords into that box).
    """
    entry = key_file.user_state(name)
    stamp = format_utc(now)
    if entry is None:
        key_file.add_event({"kind": "sign_in_failed", "subject": "", "at": stamp,
                            "details": {"reason": "unknown user"}})
        key_file.save()
        return SignInRefused(tr("wrong user name or password (or the account is disabled)"))
    failures = int(str(entry.get("failures") or 0)) + 1
    entry["failures"] = failures
    key_file.add_event({"kind": "sign_in_failed", "subject": name, "at": stamp,
                        "details": {"failures": failures}})
    if failures >= policy.lockout_after_failures:
        until = now + timedelta(minutes=policy.lockout_minutes)
        entry["locked_until"] = format_utc(until)
        entry["failures"] = 0
        key_file.add_event({"kind": "locked_out", "subject": name, "at": stamp,
                            "details": {"minutes": policy.lockout_minutes}})
        key_file.save()
        return AccountLocked(_locked_message(until), until)
    key_file.save()
    left = policy.lockout_after_failures - failures
    return SignInRefused(tr(
        "wrong user name or password; {left} more failed attempts lock the account for "
        "{minutes} minutes", left=left, minutes=policy.lockout_minutes))


def clear_failures(key_file: KeyFile, name: str) -> None:
    """Forget ``name``'s failed attempts and lock (after a good sign-in or an unlock)."""
    entry = key_file.user_state(name)
    if entry is not None:
        entry["failures"], entry["locked_until"] = 0, None


def sign_in(path: Path, name: str, password: str, *, policy: SecurityPolicy | None = None,
            clock: Clock | None = None) -> StationSession:
    """Open the protected station at ``path`` as ``name``; :class:`SignInRefused` if not."""
    policy = policy or station_policy()
    clock = clock or SystemClock()
    key_file = KeyFile.load(key_file_path(path))
    now = clock.now()
    check_not_locked(key_file, name, now)
    try:
        unlocked = key_file.unlock(name, password)
        ring = key_file.data_keys(unlocked)
    except WrapFailed:
        raise count_failure(key_file, name, now, policy) from None
    if needs_finishing(path, key_file):
        # A set-up stopped after writing the key file: its administrator finishes it.
        finish_encryption(path, name.strip().lower(), password, ring[key_file.current_key_id],
                          policy, clock, key_file)
    database_keys = _opening_keys(path, ring, key_file)
    database = open_database(path, create=False, key=database_keys.database_key)
    try:
        account = accounts_repo.find_account(database.conn, name)
        usable = account is not None and not account.disabled and not account.removed
        hash_ok, rehash = (False, False)
        if usable and account is not None and account.password_hash is not None:
            hash_ok, rehash = verify_password(account.password_hash, password,
                                              policy.password_hash_cost)
        if account is None or not usable or not hash_ok:
            raise count_failure(key_file, name, now, policy)
        session = StationSession(path, account.name, database, clock,
                                 user=SignedIn(account.name, frozenset(account.roles),
                                               account.display_name,
                                               account.must_change_password),
                                 keys=database_keys, key_ring=ring)
        with database.transaction() as conn:
            if rehash:
                accounts_repo.set_password_hash(conn, session.write_context(), account,
                                                hash_password(password, policy.password_hash_cost))
            _record_waiting_events(session, *key_file.take_events(ring))
            record_event(session, "sign_in", subject=account.name)
        if unlocked.cost != policy.key_wrap_cost:
            key_file.rewrap_password(unlocked, password, policy.key_wrap_cost)
        clear_failures(key_file, name)
        key_file.save()
    except BaseException:
        database.close()
        raise
    return session


def _record_waiting_events(session: StationSession, events: list[dict[str, object]],
                          lost: int) -> None:
    """Move the events that waited in the key file into the security event log."""
    for event in events:
        details = dict(event.get("details") or {})  # type: ignore[call-overload]
        details["occurred_at"] = str(event.get("at", ""))
        record_event(session, str(event.get("kind")), subject=str(event.get("subject", "")),
                     details=details)
    if lost:
        record_event(session, "events_lost", details={"count": lost})


def _opening_keys(path: Path, ring: dict[str, StationKeys], key_file: KeyFile) -> StationKeys:
    """The live data key that opens the database (a rotation may have stopped half-way)."""
    candidates = [ring[key_id] for key_id in reversed(key_file.live_key_ids()) if key_id in ring]
    if not candidates:
        raise SignInRefused(tr("this account holds no key of the station; ask the "
                               "administrator to reset its password"))
    chosen = which_key(path, [keys.database_key for keys in candidates])
    return next(keys for keys in candidates if keys.database_key == chosen)


@exempt("checks a password; the idle lock asks it of whoever is at the screen")
def confirm_password(session: StationSession, name: str, password: str, *,
                     policy: SecurityPolicy | None = None) -> SignedIn:
    """Check ``name``'s password on an open station (the idle lock's sign-in again).

    Counts failures and locks like a sign-in. Returns who signed in again; the
    caller decides whether that user may take the screen (the same user, or a
    supervisor).
    """
    policy = policy or station_policy()
    if session.path is None:
        raise SignInRefused(tr("this station has no key file"))
    key_file = KeyFile.load(key_file_path(session.path))
    now = session.clock.now()
    check_not_locked(key_file, name, now)
    account = accounts_repo.find_account(session.database.conn, name)
    ok = False
    if account is not None and not account.disabled and not account.removed \
            and account.password_hash is not None:
        ok, _ = verify_password(account.password_hash, password, policy.password_hash_cost)
    if account is None or not ok:
        error = count_failure(key_file, name, now, policy)
        with session.database.transaction():
            _record_waiting_events(session, *key_file.take_events(session.key_ring))
        key_file.save()
        raise error
    clear_failures(key_file, name)
    key_file.save()
    return SignedIn(account.name, frozenset(account.roles), account.display_name)


@exempt("writes the record of a lock or unlock of the window, for whoever acts")
def record_lock_event(session: StationSession, kind: str, *, by: str | None = None) -> None:
    """Put a lock, unlock or sign-out of the window into the audit log."""
    if session.user is None:
        return
    record_event(session, kind, subject=session.user.name, details={"by": by} if by else None)
