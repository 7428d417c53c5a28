"""``borderdesk report``: printed documents of a seizure case, and checking a printed report.

``report seizure|labels|trace|verify`` are made here. Other modules add their own
report subcommands by appending ``(name, adder)`` to :data:`REPORT_COMMANDS` when
they are imported (``cli_statistics`` adds ``report summary``); :func:`add_commands`
calls every adder when the parser is built, so the order of imports does not matter
as long as ``borderdesk.cli`` imports the module.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from borderdesk.core.i18n import tr

#: Adds one ``report`` subcommand: ``adder(subcommands, parser_class, add_db)``, where
#: ``subcommands`` is the ``report`` subparsers object (call ``add_parser`` on it).
ReportAdder = Callable[[Any, type[argparse.ArgumentParser],
                        Callable[[argparse.ArgumentParser], None]], None]

#: Extra ``report`` subcommands registered by other command-line modules.
REPORT_COMMANDS: list[tuple[str, ReportAdder]] = []


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``report`` with its own subcommands and those in :data:`REPORT_COMMANDS`."""
    report = commands.add_parser("report", help=tr(
        "print a case's seizure report, evidence labels or trace request; check a report"))
    sub = report.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                parser_class=parser_class, required=True)
    for _name, adder in sorted(REPORT_COMMANDS, key=lambda entry: entry[0]):
        adder(sub, parser_class, add_db)
