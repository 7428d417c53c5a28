"""The command line: ``borderdesk [COMMAND]``.

Without a command it opens the window. Commands call services, print results
to standard output and problems to standard error. Exit codes: 0 success,
1 a check that found a problem, 2 bad input or usage, 70 a bug (logged).
See docs/cli.md.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from borderdesk.cli_accounts import add_account_commands
from borderdesk.cli_audit import add_commands as add_audit_commands
from borderdesk.cli_backup import add_commands as add_backup_commands
from borderdesk.cli_common import (
    EXIT_BUG,
    EXIT_OK,
    EXIT_USAGE,
    add_user_option,
    open_session,
    parse_day,
    station_db,
)
from borderdesk.cli_evidence import add_commands as add_evidence_commands
from borderdesk.cli_exercise import add_commands as add_exercise_commands
from borderdesk.cli_guide import add_commands as add_guide_commands
from borderdesk.cli_hq import add_commands as add_hq_commands
from borderdesk.cli_identify import add_commands as add_identify_commands
from borderdesk.cli_inbox import add_commands as add_inbox_commands
from borderdesk.cli_inspections import add_commands as add_inspection_commands
from borderdesk.cli_photo import add_commands as add_photo_commands
from borderdesk.cli_refpack import add_commands as add_refpack_commands
from borderdesk.cli_report import add_commands as add_report_commands
from borderdesk.cli_screen import add_commands as add_screening_commands
from borderdesk.cli_seizure import add_commands as add_seizure_commands
from borderdesk.cli_statistics import add_commands as add_statistics_commands
from borderdesk.cli_sync import add_commands as add_sync_commands
from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.logs import configure_logging
from borderdesk.core.paths import default_db_path
from borderdesk.rules.problems import ProfileError

log = logging.getLogger("borderdesk.cli")


class _Parser(argparse.ArgumentParser):
    """argparse with our exit code for usage errors (2) and a translated prefix."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, tr("{prog}: error: {message}\n", prog=self.prog, message=message))


class _ScreenshotAction(argparse.Action):
    """``--screenshot [VIEW] FILE.png``: stores ``(view, path)``; the view defaults to the queue.

    The view's name is checked by the window (``borderdesk.ui.app``), which knows its views.
    """

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        given = [str(value) for value in values or ()] if not isinstance(values, str) \
            else [values]
        if not 1 <= len(given) <= 2:
            parser.error(tr("{option} takes a VIEW and a FILE.png, or only a FILE.png",
                            option=option_string or "--screenshot"))
        view = given[0] if len(given) == 2 else "queue"
        setattr(namespace, self.dest, (view, Path(given[-1])))


class _VersionAction(argparse.Action):
    """``--version``: the program's, Qt's and the databases' versions and the data files in
    use (:mod:`borderdesk.services.versions`), then exit."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help=tr(
            "show the versions of borderdesk, its libraries and its data files, and exit"))

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        from borderdesk.services.versions import shipped_versions

        try:  # Qt's versions come from the window's package; a machine without Qt's
            # system libraries still answers --version (support asks for it first).
            from borderdesk.ui.about import qt_versions

            qt = qt_versions()
        except ImportError as exc:
            qt = (tr("Qt: not available ({error})", error=exc),)
        print("\n".join(shipped_versions().lines(qt)))
        parser.exit(EXIT_OK)


def _add_db_only(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="PATH", help=tr(
        "the station database (default: station.db in the data folder, or "
        "$BORDERDESK_DATA_DIR)"))


def _add_db(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` and ``--user NAME``: which station, and who acts on it."""
    _add_db_only(parser)
    add_user_option(parser)


def build_parser() -> argparse.ArgumentParser:
    """The whole command-line grammar."""
    parser = _Parser(prog="borderdesk", description=tr(
        "Find firearms in cargo, record seizures as evidence, and report them. "
        "Without a command, the window opens."))
    parser.add_argument("--version", action=_VersionAction)
    _add_db(parser)
    parser.add_argument("--smoke-test", action="store_true", help=tr(
        "build the main window on the database, render it once and exit"))
    parser.add_argument("--screenshot", nargs="+", action=_ScreenshotAction,
                        metavar=("VIEW", "FILE.png"), help=tr(
        "render a view (queue, declaration) at 1366x768 into a PNG file and exit; "
        "with only FILE.png, the queue"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    imp = commands.add_parser("import", help=tr("import declaration files"), description=tr(
        "Import declarations from JSON, JSON Lines, CSV or XLSX files. Each file is accepted "
        "or rejected whole."))
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _add_db(imp)
    imp.add_argument("--encoding", metavar="ENC", help=tr(
        "the text encoding of CSV and JSON files (default utf-8; e.g. cp1250, cp1251)"))
    imp.add_argument("--no-screen", action="store_true", help=tr(
        "do not screen the imported declarations with the station's active profile"))
    imp.set_defaults(handler=_cmd_import)

    demo = commands.add_parser("demo", help=tr("create a demo station database"),
                               description=tr("Create a station database filled with realistic "
                                              "generated declarations."))
    _add_db(demo)
    demo.add_argument("--seed", type=int, default=1, metavar="N",
                      help=tr("the random seed (default 1)"))
    demo.add_argument("--today", type=parse_day, metavar="DATE",
                      help=tr("the last day of the demo data (default: today)"))
    demo.add_argument("--replace", action="store_true",
                      help=tr("overwrite the database if it exists"))
    demo.add_argument("--protect", action="store_true", help=tr(
        "protect it as the first start does: encrypted, with one demo account per role "
        "(password in the README)"))
    demo.set_defaults(handler=_cmd_demo)

    decl = commands.add_parser("declarations", help=tr("work with declarations"))
    decl_commands = decl.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                        parser_class=_Parser, required=True)
    lst = decl_commands.add_parser("list", help=tr("list the latest version of each declaration"))
    _add_db(lst)
    lst.add_argument("--format", choices=("table", "jsonl"), default="table")
    lst.add_argument("--search", metavar="TEXT", help=tr(
        "only declarations matching TEXT (ids, parties, plates, goods)"))
    lst.set_defaults(handler=_cmd_declarations_list)
    rescreen = decl_commands.add_parser("screen", help=tr(
        "screen all stored declarations again (with the active profile, or --profile)"))
    _add_db(rescreen)
    rescreen.add_argument("--profile", metavar="PATH_OR_ID")
    rescreen.set_defaults(handler=_cmd_declarations_screen)

    station = commands.add_parser("station", help=tr("show or change the station's details"))
    station_commands = station.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                              parser_class=_Parser, required=True)
    show = station_commands.add_parser("show", help=tr("show the station's details"))
    _add_db(show)
    show.set_defaults(handler=_cmd_station_show)
    setp = station_commands.add_parser("set", help=tr("change the station's details"))
    _add_db(setp)
    setp.add_argument("--name")
    setp.add_argument("--crossing", metavar="CODE")
    setp.add_argument("--country", metavar="ISO2")
    setp.add_argument("--time-zone", metavar="ZONE", help=tr("an IANA name like Europe/Belgrade"))
    setp.set_defaults(handler=_cmd_station_set)
    add_screening_commands(commands, _Parser, _add_db)
    add_inspection_commands(commands, _Parser, _add_db)
    add_inbox_commands(commands, _Parser, _add_db)
    add_refpack_commands(commands, _Parser, _add_db)
    add_identify_commands(commands, _Parser, _add_db)
    add_audit_commands(commands, _Parser, _add_db)
    add_seizure_commands(commands, _Parser, _add_db)
    add_photo_commands(commands, _Parser, _add_db)
    add_evidence_commands(commands, _Parser, _add_db)
    add_report_commands(commands, _Parser, _add_db)
    add_statistics_commands(commands, _Parser, _add_db)
    add_backup_commands(commands, _Parser, _add_db)
    add_account_commands(commands, _Parser, _add_db, _add_db_only)
    add_exercise_commands(commands, _Parser, _add_db)
    add_sync_commands(commands, _Parser, _add_db)
    add_guide_commands(commands, _Parser, _add_db)
    add_hq_commands(commands, _Parser)
    return parser


_db = station_db


def _cmd_import(args: argparse.Namespace) -> int:
    from borderdesk.services.assessments import describe, screen_imported
    from borderdesk.services.intake import import_files

    path = _db(args)
    existed = path.exists()
    with open_session(args, create=True) as session:
        report = import_files(session, args.files, encoding=args.encoding)
        screening = None if args.no_screen else screen_imported(session, report)
    if not existed and not any(result.accepted for result in report.files):
        # Nothing was imported: leave no new, empty database behind either.
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    for result in report.files:
        for warning in result.warnings:
            print(tr("warning: {text}", text=warning), file=sys.stderr)
        if result.more_warnings:
            print(tr("warning: {path}: {count} more warnings", path=result.path,
                     count=result.more_warnings), file=sys.stderr)
        if result.accepted:
            print(tr("{path}: imported: {new} new, {unchanged} unchanged, {amended} amended, "
                     "{lines} goods lines", path=result.path, new=result.new,
                     unchanged=result.unchanged, amended=result.amended,
                     lines=result.goods_lines))
        else:
            for error in result.errors:
                print(error, file=sys.stderr)
            if result.more_errors:
                print(tr("{path}: ... and {count} more errors", path=result.path,
                         count=result.more_errors), file=sys.stderr)
            print(tr("{path}: rejected, errors: {count}; nothing from this file was stored",
                     path=result.path, count=len(result.errors) + result.more_errors),
                  file=sys.stderr)
    if len(report.files) > 1:
        print(tr("total: {new} new, {unchanged} unchanged, {amended} amended, "
                 "{lines} goods lines", new=report.new, unchanged=report.unchanged,
                 amended=report.amended, lines=report.goods_lines))
    if screening is not None:
        print(describe(screening))
    return EXIT_OK if report.ok else EXIT_USAGE


def _cmd_demo(args: argparse.Namespace) -> int:
    from borderdesk.services.demo import create_demo_station

    path = _db(args)
    report = create_demo_station(path, seed=args.seed, today=args.today, replace=args.replace)
    print(tr("{path}: demo station created: {new} declarations, {amended} amended, "
             "{lines} goods lines", path=path, new=report.new, amended=report.amended,
             lines=report.goods_lines))
    if args.protect:
        from borderdesk.services.demo_accounts import DEMO_PASSWORD, protect_demo_station

        protect_demo_station(path)
        print(tr("{path}: protected; demo accounts officer, supervisor, analyst, trainer and "
                 "admin, password: {password}", path=path, password=DEMO_PASSWORD))
    return EXIT_OK


def _cmd_declarations_list(args: argparse.Namespace) -> int:
    from borderdesk.services.declarations import list_declarations

    with open_session(args) as session:
        rows = list_declarations(session, query=args.search)
    out = sys.stdout
    if args.format == "jsonl":
        for row in rows:
            out.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    headers = (tr("Declaration"), tr("Lodged"), tr("Ver."), tr("Lane"), tr("Consignor"),
               tr("Consignee"), tr("Route"))
    table = [(r.declaration_id, r.lodged_at.strftime("%Y-%m-%d %H:%M %z"), str(r.version),
              _lane_text(r.lane, r.random), r.consignor, r.consignee, r.route) for r in rows]
    _print_table(headers, table)
    return EXIT_OK


def _cmd_declarations_screen(args: argparse.Namespace) -> int:
    from borderdesk.services.assessments import describe, screen_stored
    from borderdesk.services.screening import open_profile

    with open_session(args) as session:
        profile = open_profile(args.profile) if args.profile else None
        report = screen_stored(session, profile=profile)
    print(describe(report))
    return EXIT_OK


def _lane_text(lane: str | None, random: bool) -> str:
    if lane is None:
        return "-"
    return lane.upper() + ("*" if random else "")


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    limits = (24, 22, 4, 7, 32, 32, 30)
    widths = [min(limit, max([len(h)] + [len(r[i]) for r in rows]))
              for i, (h, limit) in enumerate(zip(headers, limits, strict=True))]

    def cut(text: str, width: int) -> str:
        return text if len(text) <= width else text[:width - 1] + "…"

    for row in (headers, *rows):
        print("  ".join(cut(v, w).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _cmd_station_show(args: argparse.Namespace) -> int:

    with open_session(args) as session:
        station = session.station
    for label, value in ((tr("id"), station.id), (tr("name"), station.name),
                         (tr("crossing"), station.crossing_code),
                         (tr("country"), station.country or ""),
                         (tr("time zone"), station.time_zone)):
        print(f"{label}: {value}")
    return EXIT_OK


def _cmd_station_set(args: argparse.Namespace) -> int:
    from borderdesk.services.station import configure_station

    with open_session(args, create=True) as session:
        configure_station(session, name=args.name, crossing_code=args.crossing,
                          country=args.country, time_zone=args.time_zone)
    return _cmd_station_show(args)


def _cmd_gui(args: argparse.Namespace) -> int:
    user = args.user
    if args.db is None and not args.smoke_test and not default_db_path().exists():
        if args.screenshot is not None:
            # Unattended (scripts, tests): the demo station as the one-click choice makes
            # it, without a question. (Imported only then: the generator takes 300 ms.)
            from borderdesk.services.demo import ensure_default_station

            ensure_default_station(default_db_path())
        else:
            # First start: the set-up (language, then the demo in one click or a real
            # station). Cancelled, nothing was written and the program ends.
            from borderdesk.ui.first_run import first_start

            built = first_start(default_db_path())
            if built is None:
                return EXIT_OK
            user = user or built.user
    from borderdesk.ui.app import run_gui

    view, shot = args.screenshot if args.screenshot is not None else ("queue", None)
    return run_gui(args.db, smoke_test=args.smoke_test, screenshot=shot, view=view,
                   user=user)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = getattr(args, "handler", _cmd_gui)
    log_file = configure_logging()
    try:
        return handler(args)
    except ProfileError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(tr("borderdesk: error: the profile has {count} problems; it was not used",
                 count=len(exc.problems)), file=sys.stderr)
        return exc.exit_code
    except BorderdeskError as exc:
        print(tr("borderdesk: error: {message}", message=str(exc)), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(tr("borderdesk: interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `borderdesk declarations list | head`: the reader left; not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except Exception:
        log.exception("unexpected error in %s", getattr(args, "command", None) or "window")
        where = str(log_file) if log_file else tr("the log")
        print(tr("borderdesk: sorry, something went wrong inside borderdesk (a bug). "
                 "The details are in {path}.", path=where), file=sys.stderr)
        return EXIT_BUG


__all__ = ["UserInputError", "build_parser", "main"]
