"""Opening a station: the database, the station record and who is acting.

A station is *unprotected* until its administrator is set up (``borderdesk
setup`` or the first run): the acting user is then the operating-system user name
and every action is allowed. A *protected* station has accounts, an encrypted
database and a key file beside it, and opens only through a sign-in
(:mod:`borderdesk.services.sign_in`), which gives the session its user and keys.
The session passes the acting user to every write so that each row and change-log
entry says who.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from borderdesk.core.clock import Clock, SystemClock, parse_utc
from borderdesk.core.codelists import INSTALLED_CODELISTS, countries, use_installed_codelists
from borderdesk.core.errors import StoreError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import default_db_path
from borderdesk.domain.station import Station
from borderdesk.security.keyfile import key_file_path
from borderdesk.security.permissions import Permission
from borderdesk.security.principal import SignedIn
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.authz import requires
from borderdesk.store import exercise_repo
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase, is_encrypted_file, open_database
from borderdesk.store.errors import EncryptedDatabaseError
from borderdesk.store.station_repo import ensure_station, get_station, update_station
from borderdesk.training.clock import ClockState, ScenarioClock

#: The station's details as the window and the command line see them.
StationInfo = Station


def current_os_user() -> str:
    """The operating-system user name (the acting user on an unprotected station)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"


@dataclass
class StationSession:
    """An open station database and the user acting on it. Close it when done."""

    path: Path | None
    actor: str
    database: StationDatabase
    clock: Clock
    #: The signed-in account; ``None`` on an unprotected station (no accounts yet).
    user: SignedIn | None = None
    #: The station's keys when it is encrypted; ``None`` for a plain database.
    keys: StationKeys | None = None
    #: Every live data key by key id (two while a key rotation is under way).
    key_ring: dict[str, StationKeys] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Code lists installed from headquarters (services/sync_install.py) live beside
        # the database; lookups anywhere in the process use them from now on.
        if self.path is not None:
            use_installed_codelists(self.path.parent / INSTALLED_CODELISTS)

    @property
    def station(self) -> StationInfo:
        """The station record (read fresh: it may have been changed)."""
        station = get_station(self.database)
        assert station is not None, "open_station creates the station record"
        return station

    def write_context(self) -> WriteContext:
        """The stamp for writes made in this session."""
        return WriteContext(self.station.id, self.actor, self.clock)

    def time_zone(self) -> ZoneInfo:
        """The station's time zone, used to read times written without an offset."""
        return ZoneInfo(self.station.time_zone)

    def close(self) -> None:
        """Close the database."""
        self.database.close()

    def ticket(self) -> SessionTicket:
        """What a worker thread needs to open its own connection as the same user."""
        return SessionTicket(self.path, self.actor, self.clock, self.user, self.keys,
                             dict(self.key_ring))

    def __enter__(self) -> StationSession:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


@dataclass(frozen=True)
class SessionTicket:
    """A signed-in session, to be opened again on another thread (its own connection).

    It carries the keys in memory, never to disk; a worker opens it, works and
    closes it. Opening needs no password: the user proved who they are already.
    """

    path: Path | None
    actor: str
    clock: Clock
    user: SignedIn | None
    keys: StationKeys | None = field(repr=False)
    key_ring: dict[str, StationKeys] = field(repr=False)

    def open(self) -> StationSession:
        """A new session on its own connection (close it when done)."""
        if self.path is None:
            raise StoreError(tr("an in-memory station cannot be opened twice"))
        key = None if self.keys is None else self.keys.database_key
        database = open_database(self.path, create=False, key=key)
        clock = self.clock
        if isinstance(clock, ScenarioClock):
            # An exercise's clock reads its state through this thread's own connection.
            clock = ScenarioClock(lambda: _clock_state(database), clock.real)
        return StationSession(self.path, self.actor, database, clock, user=self.user,
                              keys=self.keys, key_ring=dict(self.key_ring))


class SignInRequired(StoreError):
    """The station is protected: it opens only through a sign-in."""


def open_station(path: Path | None = None, *, actor: str | None = None, create: bool = True,
                 clock: Clock | None = None, keys: StationKeys | None = None,
                 user: SignedIn | None = None) -> StationSession:
    """Open the unprotected station database at ``path`` (default: the data folder's
    ``station.db``). A protected station (with accounts and a key file) is refused with
    :class:`SignInRequired`: it opens through ``services.sign_in.sign_in``.

    With ``keys`` (tools and tests that hold the key already) the database is opened,
    or created, encrypted with their database key. ``user``: who signed in, when this
    opens a second connection for them. An exercise's database lives in its scenario's
    time: its session's clock is the scenario clock, running from ``clock`` (the real
    one by default).
    """
    target = path if path is not None else default_db_path()
    if keys is None and key_file_path(target).exists():
        raise SignInRequired(tr(
            "{path}: this station is protected: sign in (on the command line: --user NAME, "
            "with the password in BORDERDESK_PASSWORD or typed when asked)", path=target))
    if keys is None and is_encrypted_file(target):
        raise EncryptedDatabaseError(tr(
            "{path}: is encrypted, but its key file {keys} is missing: restore the key file "
            "from a backup", path=target, keys=key_file_path(target).name))
    database = open_database(target, create=create,
                             key=keys.database_key if keys is not None else None)
    try:
        who = actor or current_os_user()
        chosen: Clock = clock or SystemClock()
        if exercise_repo.is_exercise(database.conn):
            chosen = ScenarioClock(lambda: _clock_state(database), chosen)
        ensure_station(database, who, chosen)
    except BaseException:
        database.close()
        raise
    ring = {keys.key_id: keys} if keys is not None else {}
    return StationSession(target, who, database, chosen, keys=keys, user=user, key_ring=ring)


def _clock_state(database: StationDatabase) -> ClockState | None:
    anchor = exercise_repo.latest_clock(database)
    if anchor is None or anchor.clock_mode is None:
        return None
    return ClockState(anchor.clock_mode, parse_utc(anchor.real_at),
                      parse_utc(anchor.scenario_at))


@requires(Permission.ADMINISTER)
def configure_station(session: StationSession, *, name: str | None = None,
                      crossing_code: str | None = None, country: str | None = None,
                      time_zone: str | None = None) -> StationInfo:
    """Change the station's name, crossing code, country or time zone."""
    if time_zone is not None:
        try:
            ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise UserInputError(tr("'{zone}' is not a time zone name (like Europe/Belgrade)",
                                    zone=time_zone)) from None
    if country is not None and country.upper() not in countries():
        raise UserInputError(tr("'{code}' is not an ISO 3166 country code", code=country))
    if name is not None and not name.strip():
        raise UserInputError(tr("the station's name must not be empty"))
    return update_station(session.database, session.write_context(), name=name,
                          crossing_code=crossing_code,
                          country=country.upper() if country else None, time_zone=time_zone)
