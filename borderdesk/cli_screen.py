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

from borderdesk.cli_common import EXIT_OK, EXIT_USAGE, parse_day, station_db
from borderdesk.cli_watchlist import add_entry_commands
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr


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

    back = commands.add_parser(
        "backtest", help=tr("what a profile would have done to stored declarations"),
        description=tr("Screen the stored declarations of a period with a profile (and "
                       "another side by side) and show, per rule, hits and share and, where "
                       "inspections were recorded, finds; per lane, declarations a day "
                       "against the expected capacity. Stores nothing."))
    back.add_argument("--profile", required=True, metavar="PATH_OR_ID", help=tr(
        "a profile file, a shipped profile id, or headquarters:NAME for a profile "
        "installed from headquarters"))
    back.add_argument("--compare", metavar="PATH_OR_ID", help=tr("a second profile"))
    back.add_argument("--from", dest="date_from", required=True, type=parse_day, metavar="DATE")
    back.add_argument("--to", dest="date_to", required=True, type=parse_day, metavar="DATE")
    back.add_argument("--format", choices=("table", "json"), default="table")
    add_db(back)
    back.set_defaults(handler=_cmd_backtest)

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
    add_entry_commands(watch_commands, add_db)


def _cmd_screen(args: argparse.Namespace) -> int:
    from borderdesk.services.screening import open_profile, screen_files

    replacements = dict(args.set_list)
    profile = open_profile(args.profile, replacements)
    result = screen_files(args.files, profile=profile, db_path=args.db,
                          watchlist=args.watchlist, encoding=args.encoding,
                          on_progress=_terminal_progress())
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


def _cmd_backtest(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.backtest import backtest_profiles, open_choice

    with open_session(args) as session:
        profiles = [open_choice(session, ref) for ref in (args.profile, args.compare) if ref]
        results = backtest_profiles(session, profiles, date_from=args.date_from,
                                    date_to=args.date_to)
    if args.format == "json":
        print(json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2))
        return EXIT_OK
    _print_backtest(results)
    return EXIT_OK


def _print_backtest(results: list[Any]) -> None:
    first = results[0]
    names = [f"{r.profile_id} v{r.profile_version}" for r in results]
    print(tr("{count} declarations lodged {start} to {end} ({days} days); inspection outcomes "
             "known for {known}", count=first.declarations, start=first.date_from,
             end=first.date_to, days=first.days, known=first.outcomes_known))
    print()
    print(tr("Rule hits (share; finds/inspected)") + "".join(f" | {n}" for n in names))
    rule_ids = list(dict.fromkeys(r.rule for result in results for r in result.rules))
    for rule_id in rule_ids:
        cells = []
        for result in results:
            figures = next((r for r in result.rules if r.rule == rule_id), None)
            if figures is None:
                cells.append("-")
            else:
                off = "" if figures.enabled else tr(" (off)")
                cells.append(f"{figures.hits} ({figures.share:.1%}; "
                             f"{figures.finds}/{figures.inspected}){off}")
        print(f"{rule_id:<10}" + "".join(f" | {cell}" for cell in cells))
    print()
    print(tr("Lane: a day on average, busiest day, capacity, days over capacity"))
    for index, lane in enumerate(first.lanes):
        cells = []
        for result in results:
            f = result.lanes[index]
            capacity = "-" if f.capacity is None else str(f.capacity)
            cells.append(f"{f.per_day:.1f}, {f.busiest_day}, {capacity}, "
                         f"{f.days_over_capacity}")
        print(f"{lane.lane.value:<10}" + "".join(f" | {cell}" for cell in cells))
    print(tr("random selections: {counts}", counts=", ".join(
        str(r.random_selected) for r in results)))


_db = station_db


def _cmd_profile_activate(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.assessments import activate_profile

    with open_session(args, create=True) as session:
        profile = activate_profile(session, args.profile)
    print(tr("active profile: {id} version {version} ({path})", id=profile.id,
             version=profile.version, path=profile.path))
    return EXIT_OK


def _cmd_profile_show(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.assessments import active_profile

    with open_session(args) as session:
        profile = active_profile(session)
    print(tr("active profile: {id} version {version} ({path}), effective {effective}, "
             "{rules} rules", id=profile.id, version=profile.version, path=profile.path,
             effective=profile.effective.isoformat(), rules=len(profile.rules)))
    return EXIT_OK


def _cmd_watchlist_import(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.watchlists import import_watchlist

    with open_session(args, create=True) as session:
        count = import_watchlist(session, args.file, threshold=args.threshold)
    print(tr("{path}: watch list replaced: {count} entries, threshold {threshold:g}",
             path=args.file, count=count, threshold=args.threshold))
    return EXIT_OK


def _terminal_progress() -> Callable[[str, int, int], None]:
    """Progress on standard error when a person watches it (a terminal), else nothing."""
    if not sys.stderr.isatty():
        return lambda _phase, _done, _total: None
    names = {"reading": tr("reading"), "screening": tr("screening")}
    last: list[tuple[str, int]] = [("", -1)]

    def show(phase: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 0
        if (phase, percent) != last[0]:
            last[0] = (phase, percent)
            end = "\n" if phase == "screening" and done >= total else ""
            print(f"\r{names.get(phase, phase)}: {percent}%", end=end, file=sys.stderr,
                  flush=True)

    return show


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
