"""Who is acting: a signed-in account and its roles.

A :class:`StationSession` carries a :class:`SignedIn` once the station has
accounts. A station without accounts (created by the command line or a test
before set-up) has none: it is *unprotected*, every action is allowed and
written under the operating-system user's name, and the window says so.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The roles a user may hold (a user may hold several).
ROLES = ("officer", "supervisor", "risk_analyst", "trainer", "administrator")


@dataclass(frozen=True)
class SignedIn:
    """A user who proved who they are in this session."""

    name: str
    roles: frozenset[str]
    display_name: str = ""
    #: A password set by an administrator: nothing but a password change is allowed.
    must_change_password: bool = False

    def holds(self, role: str) -> bool:
        """Whether the user holds ``role``."""
        return role in self.roles
