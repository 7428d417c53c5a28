"""The station's synchronisation commands: ``borderdesk sync enroll|now|status|messages``
and the offline bundles ``sync export-bundle FILE`` and ``sync import-ack FILE``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_PROBLEM, open_session
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``sync`` and its subcommands to the command line."""
    sync = commands.add_parser("sync", help=tr("synchronise with headquarters"),
                               description=tr(
        "Send the station's records to headquarters and receive profiles, watch lists, "
        "reference packs and code lists. See docs/sync.md."))
    sub = sync.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                              parser_class=parser_class, required=True)
    enroll = sub.add_parser("enroll", help=tr("enrol the station with headquarters"),
                            description=tr(
        "Link this station to headquarters at URL with the one-time CODE that "
        "'borderdesk hq station add' printed there."))
    enroll.add_argument("url", metavar="URL")
    enroll.add_argument("code", metavar="CODE")
    _add_tls(enroll)
    add_db(enroll)
    enroll.set_defaults(handler=_cmd_enroll)
    now = sub.add_parser("now", help=tr("synchronise now"), description=tr(
        "Send what waits, then receive what headquarters published and its messages."))
    _add_tls(now)
    add_db(now)
    now.set_defaults(handler=_cmd_now)
    status = sub.add_parser("status", help=tr("show enrolment, items waiting, last sync"))
    add_db(status)
    status.set_defaults(handler=_cmd_status)
    messages = sub.add_parser("messages", help=tr(
        "show headquarters' remarks and refusals, and conflicts met"))
    add_db(messages)
    messages.set_defaults(handler=_cmd_messages)
    export = sub.add_parser("export-bundle", help=tr(
        "write everything not yet acknowledged into one signed, encrypted file"),
        description=tr("For a crossing without a network: carry FILE to headquarters, "
                       "which answers with an acknowledgment file (sync import-ack)."))
    export.add_argument("file", type=Path, metavar="FILE")
    add_db(export)
    export.set_defaults(handler=_cmd_export_bundle)
    ack = sub.add_parser("import-ack", help=tr(
        "apply headquarters' acknowledgment file (and what it brings)"))
    ack.add_argument("file", type=Path, metavar="FILE")
    add_db(ack)
    ack.set_defaults(handler=_cmd_import_ack)


def _add_tls(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ca-file", type=Path, metavar="FILE", help=tr(
        "trust headquarters' certificate through this CA file (a private CA)"))


def _verify(args: argparse.Namespace) -> bool | str:
    return str(args.ca_file) if getattr(args, "ca_file", None) else True


def _cmd_enroll(args: argparse.Namespace) -> int:
    from borderdesk.services.sync import enrol

    with open_session(args) as session:
        link = enrol(session, args.url, args.code, verify=_verify(args))
    print(tr("enrolled with headquarters {hq} at {url} as station '{name}'",
             hq=link.hq_id, url=link.hq_url, name=link.station_name))
    return EXIT_OK


def _cmd_now(args: argparse.Namespace) -> int:
    from borderdesk.services.sync_run import SyncOptions, sync_now

    def progress(phase: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{phase}: {done}/{total}", end="", file=sys.stderr, flush=True)

    with open_session(args) as session:
        report = sync_now(session, options=SyncOptions(verify=_verify(args)),
                          on_progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(tr("sent {sent} items and {blobs} photos; received {received}",
             sent=report.sent, blobs=report.blobs_sent, received=report.received))
    for name in report.installed:
        print(tr("installed: {what}", what=name))
    if report.verdict:
        print(tr("headquarters checked the audit chain: {verdict}", verdict=report.verdict))
    for problem in report.problems:
        print(tr("problem: {problem}", problem=problem), file=sys.stderr)
    return EXIT_PROBLEM if report.problems else EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    from borderdesk.services.sync import sync_status

    with open_session(args) as session:
        status = sync_status(session)
    if status.exercise:
        print(tr("an exercise station: it never synchronises"))
        return EXIT_OK
    if not status.enrolled:
        print(tr("not enrolled with headquarters (borderdesk sync enroll URL CODE)"))
    else:
        print(tr("enrolled as '{name}' with {url}", name=status.station_name,
                 url=status.hq_url))
    print(tr("waiting to be sent: {count}", count=status.waiting))
    print(tr("last success: {when}", when=status.last_success or tr("never")))
    if status.last_attempt is not None:
        run = status.last_attempt
        print(tr("last attempt: {when} ({outcome}) {detail}", when=run.finished_at,
                 outcome=run.outcome, detail=run.detail).rstrip())
    print(tr("messages from headquarters: {count}", count=status.messages))
    return EXIT_OK


def _cmd_messages(args: argparse.Namespace) -> int:
    from borderdesk.services.sync import sync_messages

    with open_session(args) as session:
        messages = sync_messages(session)
    for message in messages:
        about = f" [{message.entity} {message.entity_id}]".rstrip(" []") if message.entity \
            else ""
        print(f"{message.created_at}  {message.kind}{about}: {message.text}")
    if not messages:
        print(tr("no messages"))
    return EXIT_OK


def _cmd_export_bundle(args: argparse.Namespace) -> int:
    from borderdesk.services.sync_bundle import export_bundle

    with open_session(args) as session:
        report = export_bundle(session, args.file)
    print(tr("{file}: {items} items and {photos} photos for headquarters, signed and "
             "encrypted", file=args.file, items=report.items, photos=report.photos))
    return EXIT_OK


def _cmd_import_ack(args: argparse.Namespace) -> int:
    from borderdesk.services.sync_bundle import import_ack

    with open_session(args) as session:
        report = import_ack(session, args.file)
    if report.already_applied:
        print(tr("{file}: applied before; nothing changed", file=args.file))
        return EXIT_OK
    print(tr("{file}: headquarters acknowledged {acked}; installed {installed}; "
             "{messages} messages", file=args.file, acked=report.acked_text,
             installed=", ".join(report.installed) or tr("nothing"),
             messages=report.messages))
    if report.verdict:
        print(tr("headquarters checked the audit chain: {verdict}", verdict=report.verdict))
    for problem in report.problems:
        print(tr("problem: {problem}", problem=problem), file=sys.stderr)
    return EXIT_PROBLEM if report.problems else EXIT_OK
