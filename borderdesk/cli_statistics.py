"""Statistics on the command line: ``export iafq`` and ``report summary``.

``borderdesk export iafq --year YYYY -o DIR`` writes the IAFQ yearly tables as
``DIR/iafq-YYYY.xlsx`` and one ``DIR/iafq-YYYY-TABLE.csv`` per table (docs/statistics.md).
``borderdesk report summary --from DATE --to DATE -o FILE.pdf`` prints the supervisor
summary of a period; it is added to ``borderdesk report`` through
:data:`borderdesk.cli_report.REPORT_COMMANDS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, parse_day
from borderdesk.cli_report import REPORT_COMMANDS
from borderdesk.core.i18n import tr


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``export`` (with ``iafq``) to the command line."""
    export = commands.add_parser("export", help=tr("export statistics (the IAFQ tables)"))
    sub = export.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                parser_class=parser_class, required=True)
    iafq = sub.add_parser("iafq", help=tr("the yearly tables of UNODC's Illicit Arms Flows "
                                          "Questionnaire and SDG 16.4.2"), description=tr(
        "Write the year's IAFQ tables (DOMAIN.md 5a) from the signed-off seizure cases: "
        "DIR/iafq-YYYY.xlsx (a sheet per table and a notes sheet) and one "
        "DIR/iafq-YYYY-TABLE.csv per table. Events are counted by their seizure date."))
    iafq.add_argument("--year", type=int, required=True, metavar="YYYY")
    iafq.add_argument("-o", "--output", type=Path, required=True, metavar="DIR",
                      help=tr("the folder to write into (made when missing)"))
    add_db(iafq)
    iafq.set_defaults(handler=_cmd_export_iafq)


def add_summary(subcommands: Any, parser_class: type[argparse.ArgumentParser],
                add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``report summary``."""
    summary = subcommands.add_parser(
        "summary", help=tr("the supervisor summary of a period (PDF with charts)"),
        description=tr(
            "Seizures and arms by type, detection method, route and crossing; the rules "
            "that hit and what inspections found; lane selections against inspection "
            "capacity. Days are the station's days, both ends included."))
    summary.add_argument("--from", dest="start", type=parse_day, required=True,
                         metavar="DATE")
    summary.add_argument("--to", dest="end", type=parse_day, required=True, metavar="DATE")
    summary.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    summary.add_argument("--red-capacity", type=int, metavar="N", help=tr(
        "physical inspections the crossing can do per day"))
    summary.add_argument("--yellow-capacity", type=int, metavar="N", help=tr(
        "document checks the crossing can do per day"))
    add_db(summary)
    summary.set_defaults(handler=_cmd_summary)


REPORT_COMMANDS.append(("summary", add_summary))


def _cmd_export_iafq(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.statistics import export_iafq

    with open_session(args) as session:
        result = export_iafq(session, args.year, args.output)
    for path in result.paths:
        print(path)
    sdg = result.tables["sdg-16-4-2"]
    print(tr("{year}: events counted {counted}, left out {left}; SDG 16.4.2: {num} of {den} "
             "arms with an established illicit origin", year=args.year,
             counted=len(result.tables.counted), left=len(sdg.left_out),
             num=sdg.value("numerator", "value"), den=sdg.value("denominator", "value")))
    return EXIT_OK


def _cmd_summary(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.reports.summary import Capacity
    from borderdesk.services.statistics import write_summary

    with open_session(args) as session:
        summary = write_summary(session, args.start, args.end, args.output,
                                Capacity(args.red_capacity, args.yellow_capacity))
    print(tr("{path}: {events} seizure events, {arms} arms, {declarations} declarations, "
             "{start} to {end}", path=args.output, events=summary.events, arms=summary.arms,
             declarations=summary.declarations, start=args.start, end=args.end))
    return EXIT_OK
