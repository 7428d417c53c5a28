"""The command line for accounts and protection: ``setup``, ``user ...``, ``db ...``, ``recover``.

Passwords are never options (they would stay in the shell's history and the
process list): the acting user's comes from ``$BORDERDESK_PASSWORD`` or a prompt,
a new one from ``$BORDERDESK_NEW_PASSWORD`` or a prompt asked twice, and a
recovery key from ``$BORDERDESK_RECOVERY_KEY`` or a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from borderdesk.cli_common import (
    EXIT_OK,
    open_session,
    read_new_password,
    station_db,
)
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.principal import ROLES

RECOVERY_VARIABLE = "BORDERDESK_RECOVERY_KEY"

AddDb = Callable[[argparse.ArgumentParser], None]


def add_account_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                         add_db: AddDb, add_db_only: AddDb) -> None:
    """Register ``setup``, ``recover``, ``user`` and ``db``. ``add_db`` adds ``--db`` and
    ``--user`` (commands an administrator runs signed in); ``add_db_only`` adds ``--db``
    (commands that make the administrator, or stand in for one with the recovery key)."""
    setup = commands.add_parser("setup", help=tr(
        "protect a station: create its administrator, encrypt it, show the recovery key"),
        description=tr("Create the station's first administrator and its keys, encrypt the "
                       "database (a new one, or the plain one at --db) and show the recovery "
                       "key once."))
    add_db_only(setup)
    setup.add_argument("--admin", required=True, metavar="NAME")
    setup.add_argument("--display-name", default="", metavar="TEXT")
    setup.set_defaults(handler=_cmd_setup)

    recover = commands.add_parser("recover", help=tr(
        "give an administrator a new password with the station's recovery key"))
    add_db_only(recover)
    recover.add_argument("--admin", required=True, metavar="NAME")
    recover.set_defaults(handler=_cmd_recover)

    user = commands.add_parser("user", help=tr("manage user accounts"))
    user_commands = user.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                        parser_class=parser_class, required=True)

    def sub(name: str, text: str, handler: Callable[[argparse.Namespace], int],
            *, target: bool = True) -> argparse.ArgumentParser:
        command: argparse.ArgumentParser = user_commands.add_parser(name, help=text)
        if target:
            command.add_argument("name", metavar="NAME")
        add_db(command)
        command.set_defaults(handler=handler)
        return command

    add = sub("add", tr("add a user (the password is asked for, or $BORDERDESK_NEW_PASSWORD)"),
              _cmd_user_add)
    add.add_argument("--role", action="append", required=True, choices=ROLES, dest="roles")
    add.add_argument("--display-name", default="", metavar="TEXT")
    lst = sub("list", tr("list the users"), _cmd_user_list, target=False)
    lst.add_argument("--format", choices=("table", "jsonl"), default="table")
    sub("disable", tr("stop a user signing in (the account and its records stay)"),
        _cmd_user_disable)
    sub("remove", tr("remove a user (the records they wrote keep their name)"),
        _cmd_user_remove)
    sub("passwd", tr("change your own password, or (administrator) set another user's"),
        _cmd_user_passwd)
    roles = sub("roles", tr("set a user's roles"), _cmd_user_roles)
    roles.add_argument("--role", action="append", required=True, choices=ROLES, dest="roles")
    sub("unlock", tr("lift a lockout after failed sign-ins"), _cmd_user_unlock)

    db = commands.add_parser("db", help=tr("the station database's protection"))
    db_commands = db.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                    parser_class=parser_class, required=True)
    encrypt = db_commands.add_parser("encrypt", help=tr(
        "encrypt a plain station database in place, creating its administrator"))
    add_db_only(encrypt)
    encrypt.add_argument("--admin", required=True, metavar="NAME")
    encrypt.add_argument("--display-name", default="", metavar="TEXT")
    encrypt.set_defaults(handler=_cmd_db_encrypt)
    rotate = db_commands.add_parser("rotate-key", help=tr(
        "re-encrypt the station under a new data key"))
    add_db(rotate)
    rotate.set_defaults(handler=_cmd_db_rotate)
    renew = db_commands.add_parser("recovery-key", help=tr(
        "replace the recovery key (the old sheet stops working)"))
    add_db(renew)
    renew.set_defaults(handler=_cmd_db_recovery_key)


def _print_recovery_key(text: str) -> None:
    print(tr("RECOVERY KEY (shown only now: write it down or print it, and keep it locked "
             "away from this laptop):"))
    print()
    print("    " + text)
    print()
    print(tr("With it an administrator can get back in when every password is lost "
             "('borderdesk recover')."))


def _protect(args: argparse.Namespace, *, must_exist: bool) -> int:
    from borderdesk.services.protection import protect_station

    path = station_db(args)
    if must_exist and not path.exists():
        raise UserInputError(tr("{path}: no such station database", path=path))
    password = read_new_password(tr("Password for the administrator {name}: ",
                                    name=args.admin))
    result = protect_station(path, args.admin, password, display_name=args.display_name)
    print(tr("{path}: protected; administrator: {name}", path=path, name=result.administrator))
    if result.recovery_key:
        _print_recovery_key(result.recovery_key)
    else:
        print(tr("The encryption started earlier was finished; its recovery key was shown "
                 "then. If it was lost, make a new one: 'borderdesk db recovery-key'."))
    return EXIT_OK


def _cmd_setup(args: argparse.Namespace) -> int:
    return _protect(args, must_exist=False)


def _cmd_db_encrypt(args: argparse.Namespace) -> int:
    return _protect(args, must_exist=True)


def _cmd_recover(args: argparse.Namespace) -> int:
    from borderdesk.services.protection import recover_access

    recovery = os.environ.get(RECOVERY_VARIABLE)
    if recovery is None:
        if not sys.stdin.isatty():
            raise UserInputError(tr("the recovery key is needed: set {variable} or run the "
                                    "command at a terminal", variable=RECOVERY_VARIABLE))
        recovery = getpass.getpass(tr("Recovery key: "))
    password = read_new_password(tr("New password for {name}: ", name=args.admin))
    with recover_access(station_db(args), recovery, args.admin, password):
        pass
    print(tr("{name} can sign in with the new password", name=args.admin))
    return EXIT_OK


def _cmd_user_add(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import add_user

    with open_session(args) as session:
        password = read_new_password(tr("Password for {name}: ", name=args.name))
        account = add_user(session, args.name, password, args.roles,
                           display_name=args.display_name)
    print(tr("added {name} ({roles}); they choose their own password at first sign-in",
             name=account.name, roles=", ".join(account.roles)))
    return EXIT_OK


def _cmd_user_list(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import list_users

    with open_session(args) as session:
        accounts = list_users(session)
    if args.format == "jsonl":
        for account in accounts:
            print(json.dumps({"name": account.name, "display_name": account.display_name,
                              "roles": list(account.roles), "disabled": account.disabled,
                              "must_change_password": account.must_change_password,
                              "created_at": account.created_at,
                              "created_by": account.created_by}, ensure_ascii=False))
        return EXIT_OK
    for account in accounts:
        state = tr("disabled") if account.disabled else tr("active")
        print(f"{account.name:<20} {','.join(account.roles):<40} {state}")
    return EXIT_OK


def _cmd_user_disable(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import disable_user

    with open_session(args) as session:
        account = disable_user(session, args.name)
    print(tr("{name} is disabled", name=account.name))
    return EXIT_OK


def _cmd_user_remove(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import remove_user

    with open_session(args) as session:
        account = remove_user(session, args.name)
    print(tr("{name} is removed", name=account.name))
    return EXIT_OK


def _cmd_user_passwd(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import change_own_password, reset_password

    with open_session(args, changing_password=True) as session:
        own = session.user is not None and session.user.name == args.name.strip().lower()
        new = read_new_password(tr("New password for {name}: ", name=args.name))
        if session.user is not None and session.user.must_change_password and not own:
            raise UserInputError(tr("change your own password first"))
        if own:
            current = os.environ.get("BORDERDESK_PASSWORD") or getpass.getpass(
                tr("Current password: "))
            change_own_password(session, current, new)
            print(tr("your password is changed"))
        else:
            reset_password(session, args.name, new)
            print(tr("{name} has a new password, to change at their next sign-in",
                     name=args.name))
    return EXIT_OK


def _cmd_user_roles(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import set_roles

    with open_session(args) as session:
        account = set_roles(session, args.name, args.roles)
    print(tr("{name}: {roles}", name=account.name, roles=", ".join(account.roles)))
    return EXIT_OK


def _cmd_user_unlock(args: argparse.Namespace) -> int:
    from borderdesk.services.accounts import unlock_user

    with open_session(args) as session:
        unlock_user(session, args.name)
    print(tr("{name} may sign in again", name=args.name))
    return EXIT_OK


def _cmd_db_rotate(args: argparse.Namespace) -> int:
    from borderdesk.services.protection import rotate_data_key

    with open_session(args) as session:
        key_id = rotate_data_key(session)
    print(tr("the station is encrypted under a new data key ({key_id})", key_id=key_id))
    return EXIT_OK


def _cmd_db_recovery_key(args: argparse.Namespace) -> int:
    from borderdesk.services.protection import renew_recovery_key

    with open_session(args) as session:
        text = renew_recovery_key(session)
    _print_recovery_key(text)
    return EXIT_OK
