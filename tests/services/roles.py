"""Acting as a user with a role: the one place the tests sign in.

The permission checks read only ``session.user``, so these tests set it directly on a
plain station: 75 real sign-ins to encrypted copies would cost minutes and test the
sign-in, not the matrix. The sign-in itself, and one allowed and one refused call per
role made by really signed-in users, are tested in ``tests/accounts``.
"""

from __future__ import annotations

from borderdesk.security.principal import SignedIn
from borderdesk.services.station import StationSession


def sign_in_as(session: StationSession, *roles: str, name: str | None = None) -> StationSession:
    """``session`` acting as a user holding ``roles`` (named after the first role unless
    ``name`` is given); the same session, for chaining."""
    who = name or f"{roles[0].replace('_', '-')}-1"
    session.user = SignedIn(who, frozenset(roles), who.title())
    session.actor = who
    return session


def sign_out(session: StationSession) -> StationSession:
    """``session`` unprotected again (no user: everything allowed), as set-up code needs."""
    session.user = None
    return session
