"""Acting as a user with a role: the one place the tests sign in.

Until accounts exist this sets the session's user directly; when sign-in lands, only
:func:`sign_in_as` changes (to a real sign-in of a test account holding the role).
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
