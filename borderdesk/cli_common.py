"""What every part of the command line shares: exit codes, the database and user
options, passwords, dates."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import default_db_path

if TYPE_CHECKING:
    from borderdesk.services.station import StationSession

EXIT_OK = 0
#: A check that found a problem (verify commands).
EXIT_PROBLEM = 1
#: Bad input or usage.
EXIT_USAGE = 2
#: A bug inside borderdesk (logged with its traceback).
EXIT_BUG = 70


def station_db(args: argparse.Namespace) -> Path:
    """The station database a command works on: ``--db``, or the default one."""
    path: Path = args.db if args.db is not None else default_db_path()
    return path


def parse_day(text: str) -> date:
    """An ISO date option (``2026-11-28``), or argparse's usage error."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("'{value}' is not a date like 2026-11-28", value=text)) from None


#: Where a script gives the acting user's password (the alternative is a prompt).
PASSWORD_VARIABLE = "BORDERDESK_PASSWORD"
#: Where a script gives a new password (user add, passwd, setup); else asked twice.
NEW_PASSWORD_VARIABLE = "BORDERDESK_NEW_PASSWORD"


def add_user_option(parser: argparse.ArgumentParser) -> None:
    """``--user NAME``: who acts, on a protected station (the password is asked for)."""
    parser.add_argument("--user", metavar="NAME", help=tr(
        "sign in as NAME (needed on a protected station; the password comes from "
        "$BORDERDESK_PASSWORD or is asked for)"))


def read_password(prompt: str) -> str:
    """The acting user's password: ``$BORDERDESK_PASSWORD``, or typed at a terminal."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserInputError(tr(
            "a password is needed: set {variable} or run the command at a terminal",
            variable=PASSWORD_VARIABLE))
    return getpass.getpass(prompt)


def read_new_password(prompt: str) -> str:
    """A new password: ``$BORDERDESK_NEW_PASSWORD``, or typed twice at a terminal."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise UserInputError(tr(
            "a new password is needed: set {variable} or run the command at a terminal",
            variable=NEW_PASSWORD_VARIABLE))
    first = getpass.getpass(prompt)
    if getpass.getpass(tr("The same password again: ")) != first:
        raise UserInputError(tr("the two passwords differ; nothing was changed"))
    return first


def open_session(args: argparse.Namespace, *, create: bool = False,
                 changing_password: bool = False) -> StationSession:
    """The station of ``--db`` opened for ``--user`` (signed in when it is protected)."""
    from borderdesk.services.sessions import open_for

    user = getattr(args, "user", None)
    return open_for(station_db(args), user=user, create=create,
                    changing_password=changing_password,
                    password=lambda: read_password(tr("Password for {user}: ", user=user)))
