"""The security event log: who signed in, failed, was locked out, exported or printed
what, and which actions were refused.

:func:`record_event` is called by the services that export and print (in the same
transaction as what they record, so an export that fails leaves no event), by
:mod:`borderdesk.services.authz` for every refused action, and by the sign-in and
account code for the account events. It takes an open session, or only the database
when nobody is signed in yet (a failed sign-in). Details are ids, counts and file
names: a detail named like a secret (password, key, token...) or holding anything but
plain values is a bug and refused, and no names of persons go in.
``borderdesk audit events`` lists the log (:func:`list_events`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from borderdesk.core.clock import Clock, SystemClock
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import exempt, requires
from borderdesk.services.station import StationSession, current_os_user
from borderdesk.store import security_repo
from borderdesk.store.context import WriteContext
from borderdesk.store.database import StationDatabase
from borderdesk.store.security_repo import EVENT_KINDS, SecurityEvent
from borderdesk.store.station_repo import get_station

__all__ = ["EVENT_KINDS", "SecurityEvent", "list_events", "record_event"]

#: Words that name a secret: a detail called so is refused.
_SECRET_WORDS = ("password", "passphrase", "secret", "token", "private")
#: The longest text a detail may hold (a file name, an id, not a document).
_MAX_TEXT = 300


@exempt("writes the record of what happened, for whoever acts (a refused action too)")
def record_event(target: StationSession | StationDatabase, kind: str, *, subject: str = "",
                 details: Mapping[str, Any] | None = None, actor: str | None = None,
                 clock: Clock | None = None) -> str:
    """Record a security event; its id. ``target`` is the session acting, or the
    database when nobody is signed in (``actor`` then says who typed, default the
    operating-system user)."""
    checked = _checked(details or {})
    if isinstance(target, StationSession):
        database, context = target.database, target.write_context()
    else:
        station = get_station(target)
        if station is None:  # pragma: no cover - open_station creates it
            raise UserInputError(tr("the station record is missing"))
        database = target
        context = WriteContext(station.id, actor or current_os_user(), clock or SystemClock())
    with database.transaction() as conn:
        return security_repo.insert_event(conn, context, kind, " ".join(subject.split()),
                                          checked)


@requires(Permission.ADMINISTER)
def list_events(session: StationSession, *, kind: str | None = None) -> list[SecurityEvent]:
    """The station's security events, oldest first (all, or those of one kind)."""
    if kind is not None and kind not in EVENT_KINDS:
        raise UserInputError(tr("'{kind}' is not a kind of security event (known: {known})",
                                kind=kind, known=", ".join(EVENT_KINDS)))
    return security_repo.list_events(session.database.conn, kind=kind)


def _checked(details: Mapping[str, Any]) -> dict[str, Any]:
    """The details, refused (a bug of the caller) when one may carry a secret."""
    result: dict[str, Any] = {}
    for key, value in details.items():
        name = str(key).lower()
        if any(word in name for word in _SECRET_WORDS) or name == "key" or \
                name.endswith("_key"):
            raise ValueError(f"security event detail {key!r} may carry a secret")
        values: Sequence[Any] = value if isinstance(value, list | tuple) else [value]
        for item in values:
            if item is not None and not isinstance(item, str | int | float | bool):
                raise ValueError(f"security event detail {key!r} must hold plain values")
            if isinstance(item, str) and len(item) > _MAX_TEXT:
                raise ValueError(f"security event detail {key!r} is too long for an id")
        result[str(key)] = list(value) if isinstance(value, list | tuple) else value
    return result
