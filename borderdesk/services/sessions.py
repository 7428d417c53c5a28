"""Opening a station for whoever asks: a sign-in when it is protected, plain otherwise.

The command line and the window call :func:`open_for` with what the user gave
(a user name, and a way to get the password only if one is needed), so neither
has to know whether the station has accounts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.services.sign_in import is_protected, sign_in
from borderdesk.services.station import StationSession, open_station


def open_for(path: Path, *, user: str | None, password: Callable[[], str],
             create: bool = False, changing_password: bool = False) -> StationSession:
    """Open the station at ``path`` as ``user``.

    A protected station needs ``user``; ``password`` is called only then. On an
    unprotected station ``user`` (if given) is only the name written on each record.
    A user whose password was set by an administrator may only change it
    (``changing_password``) until they have.
    """
    if is_protected(path):
        if not user:
            raise UserInputError(tr(
                "{path}: this station is protected: give --user NAME (the password comes "
                "from BORDERDESK_PASSWORD, or is asked for)", path=path))
        session = sign_in(path, user, password())
        if session.user is not None and session.user.must_change_password \
                and not changing_password:
            session.close()
            raise UserInputError(tr(
                "{user}: your password was set by an administrator; choose your own first: "
                "borderdesk user passwd {user} --user {user}", user=session.user.name))
        return session
    return open_station(path, actor=user or None, create=create)
