"""The headquarters commands: ``borderdesk hq init|serve|station|publish|conflicts|remark|
import-bundle|export``. Every one names its database with ``--hq-db URL``
(``sqlite:///PATH`` or ``postgresql://USER@HOST:PORT/DB``; default ``$BORDERDESK_HQ_DB``)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import time
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_PROBLEM
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

HQ_DB_ENV = "BORDERDESK_HQ_DB"


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """Add ``hq`` and its subcommands to the command line."""
    hq = commands.add_parser("hq", help=tr("run and manage the headquarters server"),
                             description=tr("The headquarters side of synchronisation "
                                            "(docs/sync.md)."))
    sub = hq.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                            parser_class=parser_class, required=True)
    init = sub.add_parser("init", help=tr("create the HQ database and HQ's signing key"))
    init.add_argument("--name", default="headquarters", help=tr("HQ's name"))
    _add_hq_db(init)
    init.set_defaults(handler=_cmd_init)

    serve = sub.add_parser("serve", help=tr("run the HQ server"), description=tr(
        "Serve stations over HTTPS (with --cert and --key) or HTTP behind a reverse proxy "
        "that terminates TLS. The API is described at /docs."))
    _add_hq_db(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--cert", type=Path, metavar="FILE", help=tr("TLS certificate (PEM)"))
    serve.add_argument("--key", type=Path, metavar="FILE", help=tr("TLS private key (PEM)"))
    serve.set_defaults(handler=_cmd_serve)

    station = sub.add_parser("station", help=tr("register, list and revoke stations"))
    station_sub = station.add_subparsers(dest="action", metavar="ACTION",
                                         parser_class=parser_class, required=True)
    add = station_sub.add_parser("add", help=tr("register a station; prints its enrolment code"))
    add.add_argument("name", metavar="NAME")
    _add_hq_db(add)
    add.set_defaults(handler=_cmd_station_add)
    listing = station_sub.add_parser("list", help=tr("list the stations"))
    _add_hq_db(listing)
    listing.set_defaults(handler=_cmd_station_list)
    revoke = station_sub.add_parser("revoke", help=tr("refuse a station from its next request"))
    revoke.add_argument("name", metavar="NAME")
    _add_hq_db(revoke)
    revoke.set_defaults(handler=_cmd_station_revoke)

    conflicts = sub.add_parser("conflicts", help=tr("list changes refused as conflicts"))
    _add_hq_db(conflicts)
    conflicts.set_defaults(handler=_cmd_conflicts)

    publish = sub.add_parser("publish", help=tr("publish a file to every station"))
    publish.add_argument("kind", choices=("profile", "watchlist", "refpack", "codelist"))
    publish.add_argument("file", type=Path, metavar="FILE")
    _add_hq_db(publish)
    publish.set_defaults(handler=_cmd_publish)

    remark = sub.add_parser("remark", help=tr("send a station a remark on one of its records"))
    remark.add_argument("station", metavar="STATION")
    remark.add_argument("entity", metavar="TABLE")
    remark.add_argument("record", metavar="RECORD_ID")
    remark.add_argument("text", metavar="TEXT")
    _add_hq_db(remark)
    remark.set_defaults(handler=_cmd_remark)

    bundle = sub.add_parser("import-bundle", help=tr(
        "apply a station's offline bundle and write its acknowledgment file"))
    bundle.add_argument("file", type=Path, metavar="FILE")
    bundle.add_argument("-o", "--output", type=Path, required=True, metavar="ACK_FILE")
    _add_hq_db(bundle)
    bundle.set_defaults(handler=_cmd_import_bundle)

    export = sub.add_parser("export", help=tr("national figures"))
    export_sub = export.add_subparsers(dest="what", metavar="WHAT",
                                       parser_class=parser_class, required=True)
    iafq = export_sub.add_parser("iafq", help=tr(
        "the IAFQ tables of a year for all stations together"))
    iafq.add_argument("--year", type=int, required=True)
    iafq.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    iafq.add_argument("--country", required=True, metavar="CODE",
                      help=tr("the reporting country (ISO code, e.g. RS)"))
    _add_hq_db(iafq)
    iafq.set_defaults(handler=_cmd_export_iafq)
    if importlib.util.find_spec("borderdesk.hq") is None:
        _refuse_everywhere(hq)


def _refuse_everywhere(parser: argparse.ArgumentParser) -> None:
    """Make every ``hq`` command say that this build has no HQ server (build.spec leaves
    it out of the station's frozen application)."""
    if parser.get_default("handler") is not None:
        parser.set_defaults(handler=_not_in_this_build)
    for action in parser._actions:  # argparse keeps its subcommands only there
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _refuse_everywhere(child)


def _not_in_this_build(_args: argparse.Namespace) -> int:
    raise UserInputError(tr(
        "this is the station application: the headquarters server is not part of it. "
        "Install borderdesk with pip on the headquarters server (docs/sync.md)"))


def _add_hq_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hq-db", metavar="URL", default=os.environ.get(HQ_DB_ENV),
                        help=tr("the HQ database: sqlite:///PATH or postgresql://... "
                                "(default ${env})", env=HQ_DB_ENV))


def _url(args: argparse.Namespace) -> str:
    if not args.hq_db:
        raise UserInputError(tr("name the HQ database with --hq-db URL "
                                "(sqlite:///PATH or postgresql://USER@HOST/DB)"))
    return str(args.hq_db)


def _now() -> int:
    """HQ's clock: Unix seconds, as the HQ store keeps times."""
    return int(time.time())


def _open(args: argparse.Namespace) -> Any:
    from borderdesk.hq.database import HqDatabase

    return HqDatabase.open(_url(args))


def _cmd_init(args: argparse.Namespace) -> int:
    from borderdesk.hq.identity import init_hq

    identity = init_hq(_url(args), name=args.name, now=_now())
    print(tr("HQ database ready; HQ '{name}' ({id}), signing key {key}", name=identity.name,
             id=identity.hq_id, key=identity.keys.sign_public()))
    return EXIT_OK


def _cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from borderdesk.hq.app import create_app

    if (args.cert is None) != (args.key is None):
        raise UserInputError(tr("give both --cert and --key, or neither (behind a proxy)"))
    app = create_app(_open(args))
    uvicorn.run(app, host=args.host, port=args.port, log_level="info",
                ssl_certfile=str(args.cert) if args.cert else None,
                ssl_keyfile=str(args.key) if args.key else None)
    return EXIT_OK


def _cmd_station_add(args: argparse.Namespace) -> int:
    from borderdesk.hq.stations import add_station

    code = add_station(_open(args), args.name, now=_now())
    print(tr("station '{name}' registered; its one-time enrolment code (valid 7 days):",
             name=args.name))
    print(code)
    return EXIT_OK


def _cmd_station_list(args: argparse.Namespace) -> int:
    from borderdesk.hq.stations import list_stations

    for info in list_stations(_open(args)):
        print("\t".join(str(part) for part in (
            info.name, info.status, info.station_id or "-", info.last_seen_at or "-",
            _acked_text(info), info.chain_verdict or "-")))
    return EXIT_OK


def _acked_text(info: Any) -> str:
    acked = getattr(info, "acked", {}) or {}
    missing = getattr(info, "missing", {}) or {}
    parts = [f"{stream}={acked.get(stream, 0)}" for stream in ("changes", "audit")]
    gaps = [f"{stream} missing {a}-{b}" for stream, ranges in missing.items()
            for a, b in ranges]
    return " ".join(parts + gaps)


def _cmd_station_revoke(args: argparse.Namespace) -> int:
    from borderdesk.hq.stations import revoke_station

    revoke_station(_open(args), args.name, now=_now())
    print(tr("station '{name}' revoked: refused from its next request", name=args.name))
    return EXIT_OK


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from borderdesk.hq.status import conflicts

    found = conflicts(_open(args))
    for conflict in found:
        print("\t".join(str(part) for part in (
            conflict.received_at, conflict.station_name, conflict.stream, conflict.seq,
            conflict.stored_sha256[:12], conflict.received_sha256[:12])))
    if not found:
        print(tr("no conflicts"))
    return EXIT_OK


def _cmd_publish(args: argparse.Namespace) -> int:
    from borderdesk.hq.identity import load_identity
    from borderdesk.hq.publish import publish

    db = _open(args)
    item = publish(db, load_identity(db), args.kind, args.file, now=_now())
    print(tr("published {kind} {name} version {version} (serial {serial})", kind=item.kind,
             name=item.name, version=item.version, serial=item.serial))
    return EXIT_OK


def _cmd_remark(args: argparse.Namespace) -> int:
    from borderdesk.hq.messages import add_remark

    serial = add_remark(_open(args), station_name=args.station, entity=args.entity,
                        entity_id=args.record, text=args.text, now=_now())
    print(tr("remark {serial} waits for the station's next sync", serial=serial))
    return EXIT_OK


def _cmd_import_bundle(args: argparse.Namespace) -> int:
    from borderdesk.hq.bundles import import_bundle

    report = import_bundle(_open(args), args.file, args.output, now=_now())
    print(tr("{file}: station '{station}': {applied} items applied, {photos} photos; "
             "acknowledgment written to {ack}", file=args.file, station=report.station_name,
             applied=report.applied, photos=report.photos, ack=args.output))
    if report.verdict:
        print(tr("audit chain checkpoint: {verdict}", verdict=report.verdict))
    for problem in report.problems:
        print(tr("problem: {problem}", problem=problem))
    return EXIT_PROBLEM if report.problems else EXIT_OK


def _cmd_export_iafq(args: argparse.Namespace) -> int:
    from borderdesk.hq.national import export_iafq

    paths = export_iafq(_open(args), args.year, args.output, country=args.country.upper())
    for path in paths:
        print(path)
    return EXIT_OK
