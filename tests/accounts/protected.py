"""A protected station: set up with an administrator, signed in with cheap argon2 costs
(the ``station`` fixture, used by tests/accounts and the window's sign-in tests)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from borderdesk.security.policy import SecurityPolicy
from borderdesk.services.accounts import add_user, change_own_password
from borderdesk.services.protection import Protected, protect_station
from borderdesk.services.sign_in import sign_in
from borderdesk.services.station import StationSession
from tests.security.cheap import cheap_policy

__all__ = ["ADMIN_PASSWORD", "FIRST_PASSWORD", "ProtectedStation", "cheap_policy",
           "make_protected_station", "station"]

ADMIN_PASSWORD = "the admin's own long passphrase"
FIRST_PASSWORD = "a first password set by admin"


class MovableClock:
    """A clock the test moves forward (lockouts end with time)."""

    def __init__(self) -> None:
        self.moment = datetime(2026, 11, 29, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, minutes: float) -> None:
        self.moment += timedelta(minutes=minutes)


@dataclass
class ProtectedStation:
    """A protected station on disk and how to sign in to it."""

    path: Path
    protected: Protected
    policy: SecurityPolicy
    clock: MovableClock

    def sign_in(self, name: str, password: str) -> StationSession:
        return sign_in(self.path, name, password, policy=self.policy, clock=self.clock)

    def admin(self) -> StationSession:
        return self.sign_in("admin", ADMIN_PASSWORD)

    def add(self, name: str, *roles: str, password: str = "own password of the user") -> None:
        """Add ``name`` with ``roles`` and let them choose ``password`` at first sign-in."""
        with self.admin() as admin:
            add_user(admin, name, FIRST_PASSWORD, roles, policy=self.policy)
        with self.sign_in(name, FIRST_PASSWORD) as first:
            change_own_password(first, FIRST_PASSWORD, password, policy=self.policy)


def make_protected_station(folder: Path, policy: SecurityPolicy) -> ProtectedStation:
    """A new protected station in ``folder`` with the administrator ``admin``."""
    path = folder / "station.db"
    clock = MovableClock()
    protected = protect_station(path, "admin", ADMIN_PASSWORD, policy=policy, clock=clock)
    return ProtectedStation(path, protected, policy, clock)


@pytest.fixture
def station(tmp_path: Path, cheap_policy: SecurityPolicy) -> ProtectedStation:
    """A new protected station with the administrator ``admin``."""
    return make_protected_station(tmp_path, cheap_policy)
