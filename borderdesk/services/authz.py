"""Permissions enforced in the core: every service call checks the permission matrix.

Each public service function that takes a :class:`StationSession` declares what it
needs with :func:`requires` (reads need ``view``), or says with :func:`exempt` why it
needs nothing of its own (a helper whose callers check); a test finds any function
that does neither. The window asks :func:`permitted` to hide what a role cannot do,
but never relies on it: the service refuses anyway.

A session without a signed-in user (``session.user is None``: a station without
accounts, made by the command line or a test) is unprotected: everything is allowed.
Once a user is signed in, the matrix (:mod:`borderdesk.security.permissions`)
decides: a refusal is a :class:`PermissionDenied` that says who, what and which
roles may, and it is recorded in the security event log. A refusal raised inside a
write (the amendment check sees the case's status only there) is recorded by the
outermost guarded call, after that write was rolled back.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.evidence.signoff import SIGNED_OFF
from borderdesk.security.permissions import Permission, default_matrix
from borderdesk.security.principal import SignedIn

if TYPE_CHECKING:  # services.station declares its own permissions with this module
    from borderdesk.services.station import StationSession

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

#: The attribute a declaration leaves on a service function: its :class:`Permission`,
#: or the reason (text) it needs none of its own.
DECLARATION = "__borderdesk_permission__"


class PermissionDenied(BorderdeskError):
    """A signed-in user tried something the permission matrix does not allow them."""

    def __init__(self, user: SignedIn, permission: Permission, action: str = "") -> None:
        self.user = user
        self.permission = permission
        #: The service function refused (``seizures.sign_off``), for the event log.
        self.action = action
        #: Whether the refusal is in the security event log already.
        self.logged = False
        super().__init__(_message(user, permission))


def _message(user: SignedIn, permission: Permission) -> str:
    matrix = default_matrix()
    held = [tr(role.title) for role in matrix.roles if role.id in user.roles]
    held += sorted(role for role in user.roles if matrix.role(role) is None)
    who = (tr("{roles} '{name}'", roles=", ".join(held), name=user.name) if held
           else tr("'{name}', who holds no role,", name=user.name))
    action = tr(matrix.info(permission).action)
    able = [tr(role.title) for role in matrix.roles_with(permission)]
    if not able:
        return tr("{who} may not {action}: no role at this station may", who=who,
                  action=action)
    if len(able) == 1:
        return tr("{who} may not {action}: this needs the {role} role", who=who,
                  action=action, role=able[0])
    return tr("{who} may not {action}: this needs one of the roles {roles}", who=who,
              action=action, roles=", ".join(able))


def permitted(session: StationSession, permission: Permission) -> bool:
    """Whether the session's user may do what ``permission`` covers (always, on an
    unprotected station). Asking records nothing: the window uses it to hide actions."""
    user = session.user
    return user is None or default_matrix().allows(user.roles, permission)


def require(session: StationSession, permission: Permission, *, action: str = "") -> None:
    """Refuse with :class:`PermissionDenied` (recorded) unless the user may."""
    if permitted(session, permission):
        return
    assert session.user is not None  # permitted() allows everything without a user
    denied = PermissionDenied(session.user, permission, action)
    _record_denial(session, denied)
    raise denied


def require_case_change(session: StationSession, status: str, *, action: str = "") -> None:
    """A change to what a seizure case in ``status`` records: once the case is signed
    off the change is an amendment, which needs ``amend`` besides the caller's own
    permission."""
    if status == SIGNED_OFF:
        require(session, Permission.AMEND, action=action)


def requires(permission: Permission) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare and check the permission a service function needs. The function takes
    the session first (after ``self`` for a method)."""
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        action = f"{function.__module__.rsplit('.', 1)[-1]}.{function.__qualname__}"

        @functools.wraps(function)
        def guarded(*args: P.args, **kwargs: P.kwargs) -> R:
            session = _session_in(args, kwargs, action)
            if session.user is not None:
                require(session, permission, action=action)
            try:
                return function(*args, **kwargs)
            except PermissionDenied as denied:
                # Refused deeper down, maybe inside a write now rolled back: record it.
                _record_denial(session, denied)
                raise

        setattr(guarded, DECLARATION, permission)
        return guarded
    return decorate


def exempt(reason: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare that a function taking the session checks nothing itself, and why (a
    helper inside checked calls, the event log). Kept short by the declaration test."""
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        setattr(function, DECLARATION, reason)
        return function
    return decorate


def declaration_of(function: object) -> Permission | str | None:
    """What a service function declared: its permission, the reason it is exempt, or
    None when it declared nothing."""
    value = getattr(function, DECLARATION, None)
    return value if isinstance(value, Permission | str) else None


def _session_in(args: tuple[object, ...], kwargs: dict[str, object],
                action: str) -> StationSession:
    from borderdesk.services.station import StationSession  # loaded by then: a look-up

    for value in (*args[:2], kwargs.get("session")):
        if isinstance(value, StationSession):
            return value
    raise TypeError(f"{action} is guarded by a permission but was not given a session")


def _record_denial(session: StationSession, denied: PermissionDenied) -> None:
    """Log the refusal once, outside any write (which would roll the event back too)."""
    if denied.logged or session.database.conn.in_transaction:
        return
    denied.logged = True
    from borderdesk.services.security_log import record_event  # it imports this module

    try:
        record_event(session, "permission_denied", subject=denied.user.name, details={
            "permission": denied.permission.value, "action": denied.action,
            "roles": sorted(denied.user.roles)})
    except (BorderdeskError, sqlite3.Error):
        # The refusal stands even when it cannot be written (a locked or read-only file).
        log.warning("a refused action could not be written to the security log",
                    exc_info=True)
