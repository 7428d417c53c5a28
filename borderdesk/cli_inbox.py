"""The inbox command of the command line: ``inbox process FOLDER``.

``borderdesk inbox process FOLDER`` scans the folder once, waits ``--wait``
seconds (default 2) and scans again; the files unchanged between the two scans
are imported, screened and moved to ``done/`` or ``rejected/`` exactly as the
window's inbox does (:mod:`borderdesk.services.inbox`). With ``--wait 0`` the two
scans follow each other at once, so every file not being written at that very
moment is taken: fine for files the sender renames into place when complete
(``*.part`` → final name), and what the tests use.

It prints one line per file; problems (a file that vanished or could not be
moved) go to standard error. Exit codes: 0 every processed file was accepted
and moved (or there was none), 2 a file was rejected, 1 a file could not be
handled (vanished, not movable) but none was rejected.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_PROBLEM, EXIT_USAGE
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

DEFAULT_WAIT = 2.0


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(tr("'{value}' is not a number of seconds (0 or more)",
                                            value=text))
    return value


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``inbox`` to the command line."""
    inbox = commands.add_parser("inbox", help=tr("process an inbox folder of declaration files"))
    inbox_commands = inbox.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                          parser_class=parser_class, required=True)
    process = inbox_commands.add_parser(
        "process", help=tr("import, screen and file away the complete files of an inbox folder"),
        description=tr(
            "Scan FOLDER, wait, scan again, and import the files that did not change in "
            "between (one transaction each), screen what they added, and move each to "
            "done/ or, with its error report NAME.errors.txt, to rejected/. Files named "
            "*.part or *.tmp or starting with a dot are left alone."))
    process.add_argument("folder", type=Path, metavar="FOLDER")
    add_db(process)
    process.add_argument("--no-screen", action="store_true", help=tr(
        "do not screen the imported declarations with the station's active profile"))
    process.add_argument("--wait", type=_seconds, default=DEFAULT_WAIT, metavar="SECONDS",
                         help=tr("seconds between the two scans (default 2); a file that "
                                 "changes in between is left for later"))
    process.set_defaults(handler=_cmd_inbox_process)


def _cmd_inbox_process(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.inbox import InboxWatcher

    folder: Path = args.folder
    if not folder.is_dir():
        raise UserInputError(tr("{path}: no such folder", path=folder))
    watcher = InboxWatcher(folder)
    watcher.ready_files()  # the first sighting: nothing is ready yet
    if args.wait:
        time.sleep(args.wait)
    with open_session(args, create=True) as session:
        outcomes = watcher.process(session, screen=not args.no_screen)
    code = EXIT_OK
    for outcome in outcomes:
        if outcome.problem is not None:
            print(outcome.problem, file=sys.stderr)
            if outcome.accepted:
                print(tr("{name}: imported ({new} new, {amended} amended), left in the inbox",
                         name=outcome.name, new=outcome.new, amended=outcome.amended))
            rejected = not outcome.accepted and outcome.path.exists()
            code = max(code, EXIT_USAGE if rejected else EXIT_PROBLEM)
        elif outcome.accepted:
            print(tr("{name}: done ({new} new, {amended} amended)", name=outcome.name,
                     new=outcome.new, amended=outcome.amended))
        else:
            report = outcome.report
            where = f"{report.parent.name}/{report.name}" if report is not None else ""
            print(tr("{name}: rejected, see {report}", name=outcome.name, report=where))
            code = EXIT_USAGE
    if not outcomes:
        print(tr("{path}: no complete files to process", path=folder), file=sys.stderr)
    return code


__all__ = ["add_commands"]
