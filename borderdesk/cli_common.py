"""What every part of the command line shares: exit codes, the database option, dates."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from borderdesk.core.i18n import tr
from borderdesk.core.paths import default_db_path

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
