"""The audit commands: ``audit verify``, ``audit checkpoint`` and ``audit events``.

``borderdesk audit verify [--checkpoint LENGTH:HASH]`` recomputes the evidence's
audit chain, the audited records and the stored files' hashes: exit 0 when all
match, 1 naming every record, entry or file that does not. ``audit checkpoint``
prints the chain's ``LENGTH:HASH`` now (``--keep`` also keeps it in the database).
``audit events [--kind KIND] [--format table|jsonl]`` lists the security event log
(sign-ins, exports, prints, refused actions...), oldest first.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_PROBLEM
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``audit`` to the command line."""
    audit = commands.add_parser("audit", help=tr("verify the evidence's audit chain"))
    audit_commands = audit.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                          parser_class=parser_class, required=True)
    verify = audit_commands.add_parser(
        "verify", help=tr("check that no evidence record, audit entry or photo was changed"),
        description=tr(
            "Recompute the audit chain (every entry's hash and order), compare every "
            "evidence record with its latest entry and every stored file with its hash, "
            "and check the chain against the checkpoints kept in the database and the one "
            "given. Exit 0 when everything matches, 1 naming everything that does not."))
    verify.add_argument("--checkpoint", action="append", default=[], metavar="LENGTH:HASH",
                        help=tr("a checkpoint printed earlier (on a seizure report); may be "
                                "given more than once"))
    add_db(verify)
    verify.set_defaults(handler=_cmd_verify)
    checkpoint = audit_commands.add_parser(
        "checkpoint", help=tr("print the chain's checkpoint LENGTH:HASH now"))
    checkpoint.add_argument("--keep", action="store_true",
                            help=tr("also keep it in the database's history"))
    add_db(checkpoint)
    checkpoint.set_defaults(handler=_cmd_checkpoint)
    events = audit_commands.add_parser(
        "events", help=tr("list the security events: sign-ins, exports, prints, refusals"),
        description=tr(
            "List the station's security events, oldest first: sign-ins and failures, "
            "locks, exports, prints, refused actions, changes to accounts and keys, "
            "backups. They are part of the audit chain, so a removed or changed event is "
            "named by 'audit verify'."))
    events.add_argument("--kind", metavar="KIND", help=tr(
        "only events of this kind (sign_in, export, print, permission_denied...)"))
    events.add_argument("--format", choices=("table", "jsonl"), default="table")
    add_db(events)
    events.set_defaults(handler=_cmd_events)


def _cmd_verify(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.audit import (
        current_checkpoint,
        parse_checkpoint,
        verify_station,
    )

    given = tuple(parse_checkpoint(text) for text in args.checkpoint)
    with open_session(args) as session:
        problems = verify_station(session, given)
        point = current_checkpoint(session)
    if problems:
        for problem in problems:
            print(problem)
        print(tr("{count} problems: the evidence record does not match its audit chain.",
                 count=len(problems)))
        return EXIT_PROBLEM
    print(tr("The audit chain is intact: {length} entries, head {hash}.",
             length=point.length, hash=point.head_hash))
    return EXIT_OK


def _cmd_checkpoint(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.audit import current_checkpoint, keep_checkpoint

    with open_session(args) as session:
        point = keep_checkpoint(session, "manual") if args.keep else current_checkpoint(session)
    print(point)
    return EXIT_OK


def _cmd_events(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.security_log import list_events

    with open_session(args) as session:
        events = list_events(session, kind=args.kind)
    out = sys.stdout
    if args.format == "jsonl":
        for event in events:
            out.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    if not events:
        print(tr("No security events recorded."))
        return EXIT_OK
    headers = (tr("Time (UTC)"), tr("Event"), tr("By"), tr("Subject"), tr("Details"))
    rows = [(e.at[:19].replace("T", " "), e.kind, e.actor, e.subject,
             ", ".join(f"{k}={_detail(v)}" for k, v in sorted(e.details.items())))
            for e in events]
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(4)]
    for row in (headers, *rows):
        print("  ".join([*(v.ljust(w) for v, w in zip(row[:4], widths, strict=True)),
                         row[4]]).rstrip())
    return EXIT_OK


def _detail(value: object) -> str:
    if isinstance(value, list):
        return "[" + " ".join(map(str, value)) + "]"
    return str(value)


__all__ = ["add_commands"]
