"""The screening commands of the command line: ``screen`` and ``profile check``.

``screen`` is the one station command that reads no station database unless
``--db`` is given: it screens declarations from files and stores nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

EXIT_OK = 0
EXIT_USAGE = 2


def _set_list(text: str) -> tuple[str, tuple[str, ...]]:
    name, sep, values = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(tr("'{value}' is not NAME=V1,V2", value=text))
    return name.strip(), tuple(v.strip() for v in values.split(",") if v.strip())


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``screen`` and ``profile`` to the command line."""
    screen = commands.add_parser(
        "screen", help=tr("screen declaration files with a risk profile (stores nothing)"),
        description=tr("Screen declarations from files and print each one's score, lane and "
                       "reasons. Reads no station database unless --db is given; then that "
                       "database's declarations count as history."))
    screen.add_argument("files", nargs="+", type=Path, metavar="FILE")
    screen.add_argument("--db", type=Path, metavar="PATH",
                        help=tr("also read this station database's declarations as history"))
    screen.add_argument("--profile", metavar="PATH_OR_ID",
                        help=tr("a profile file or a shipped profile id (default "
                                "firearms-default)"))
    screen.add_argument("--watchlist", type=Path, metavar="CSV",
                        help=tr("a watch list (kind,name_or_plate,note)"))
    screen.add_argument("--set-list", type=_set_list, action="append", default=[],
                        metavar="NAME=V1,V2", help=tr("replace a named list of the profile"))
    screen.add_argument("--format", choices=("table", "jsonl"), default="table")
    screen.add_argument("--encoding", metavar="ENC", help=tr("the text encoding of the files"))
    screen.set_defaults(handler=_cmd_screen)

    profile = commands.add_parser("profile", help=tr("check risk profiles"))
    profile_commands = profile.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                              parser_class=parser_class, required=True)
    check = profile_commands.add_parser("check", help=tr("check a profile file"))
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=_cmd_profile_check)
    activate = profile_commands.add_parser(
        "activate", help=tr("make a profile the station's active profile"))
    activate.add_argument("profile", metavar="PATH_OR_ID")
    add_db(activate)
    activate.set_defaults(handler=_cmd_profile_activate)
    show = profile_commands.add_parser("show", help=tr("show the station's active profile"))
    add_db(show)
    show.set_defaults(handler=_cmd_profile_show)

    watch = commands.add_parser("watchlist", help=tr("the station's watch list"))
    watch_commands = watch.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                          parser_class=parser_class, required=True)
    imp = watch_commands.add_parser("import", help=tr(
        "replace the station's watch list with a CSV file (kind,name_or_plate,note)"))
    imp.add_argument("file", type=Path, metavar="CSV")
    imp.add_argument("--threshold", type=float, default=90.0, metavar="N", help=tr(
        "the least name-similarity score (0-100) that counts as a hit (default 90)"))
    add_db(imp)
    imp.set_defaults(handler=_cmd_watchlist_import)


def _cmd_screen(args: argparse.Namespace) -> int:
    from borderdesk.services.screening import open_profile, screen_files

    replacements = dict(args.set_list)
    profile = open_profile(args.profile, replacements)
    result = screen_files(args.files, profile=profile, db_path=args.db,
                          watchlist=args.watchlist, encoding=args.encoding)
    if result.rejected:
        for bad in result.rejected:
            for error in bad.errors:
                print(error, file=sys.stderr)
            if bad.more_errors:
                print(tr("{path}: ... and {count} more errors", path=bad.path,
                         count=bad.more_errors), file=sys.stderr)
            print(tr("{path}: rejected; nothing was screened", path=bad.path), file=sys.stderr)
        return EXIT_USAGE
    out = sys.stdout
    if args.format == "jsonl":
        for assessment in result.assessments:
            out.write(json.dumps(assessment.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    for assessment in result.assessments:
        flag = tr(" (random)") if assessment.random else ""
        out.write(f"{assessment.declaration_id}  {assessment.lane.value.upper()}{flag}  "
                  f"{assessment.score:g}\n")
        for hit in assessment.hits:
            out.write(f"    {hit.rule} {hit.title} (+{hit.weight:g}): {hit.explanation}\n")
    return EXIT_OK


def _db(args: argparse.Namespace) -> Path:
    from borderdesk.core.paths import default_db_path

    path: Path = args.db if args.db is not None else default_db_path()
    return path


def _cmd_profile_activate(args: argparse.Namespace) -> int:
    from borderdesk.services.assessments import activate_profile
    from borderdesk.services.station import open_station

    with open_station(_db(args)) as session:
        profile = activate_profile(session, args.profile)
    print(tr("active profile: {id} version {version} ({path})", id=profile.id,
             version=profile.version, path=profile.path))
    return EXIT_OK


def _cmd_profile_show(args: argparse.Namespace) -> int:
    from borderdesk.services.assessments import active_profile
    from borderdesk.services.station import open_station

    with open_station(_db(args), create=False) as session:
        profile = active_profile(session)
    print(tr("active profile: {id} version {version} ({path}), effective {effective}, "
             "{rules} rules", id=profile.id, version=profile.version, path=profile.path,
             effective=profile.effective.isoformat(), rules=len(profile.rules)))
    return EXIT_OK


def _cmd_watchlist_import(args: argparse.Namespace) -> int:
    from borderdesk.services.station import open_station
    from borderdesk.services.watchlists import import_watchlist

    with open_station(_db(args)) as session:
        count = import_watchlist(session, args.file, threshold=args.threshold)
    print(tr("{path}: watch list replaced: {count} entries, threshold {threshold:g}",
             path=args.file, count=count, threshold=args.threshold))
    return EXIT_OK


def _cmd_profile_check(args: argparse.Namespace) -> int:
    from borderdesk.services.screening import find_profile, open_profile

    path = find_profile(args.file)
    profile = open_profile(str(path))
    enabled = sum(1 for rule in profile.rules if rule.enabled)
    print(tr("{path}: profile {id} version {version}: {rules} rules ({enabled} enabled), "
             "{lists} lists: no problems", path=path, id=profile.id, version=profile.version,
             rules=len(profile.rules), enabled=enabled, lists=len(profile.lists)))
    return EXIT_OK


__all__ = ["UserInputError", "add_commands"]
