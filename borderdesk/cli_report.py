"""``borderdesk report``: printed documents of a seizure case, and checking a printed report.

``report seizure|labels|trace|verify`` are made here. Other modules add their own
report subcommands by appending ``(name, adder)`` to :data:`REPORT_COMMANDS` when
they are imported (``cli_statistics`` adds ``report summary``); :func:`add_commands`
calls every adder when the parser is built, so the order of imports does not matter
as long as ``borderdesk.cli`` imports the module.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_PROBLEM
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
    seizure = sub.add_parser("seizure", help=tr("print a case's seizure report (PDF)"),
                             description=tr(
        "Print the seizure report of a case for the prosecutor: the case, items and "
        "markings, evidence steps, packages, seals, custody chain, photos, tracing, "
        "signatures and a custody form per package, with a QR code of the case's snapshot "
        "hash and the audit checkpoint. The print is recorded; 'report verify' checks it."))
    seizure.add_argument("case", metavar="CASE_ID", help=tr("the case number (or id)"))
    seizure.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    seizure.add_argument("--lang", default="en", metavar="CODE", help=tr(
        "the report's language: en (default) or sr-Latn"))
    seizure.add_argument("--exercise", action="store_true", help=tr(
        "mark every page 'EXERCISE - NOT EVIDENCE' (training)"))
    add_db(seizure)
    seizure.set_defaults(handler=_cmd_seizure)

    verify = sub.add_parser("verify", help=tr(
        "check whether a case has changed since its report was printed"), description=tr(
        "Read the case and snapshot hash from a printed seizure report and compare them with "
        "the case as it stands. Exit 0: unchanged; 1: changed (what changed is listed); "
        "2: not a borderdesk report."))
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    add_db(verify)
    verify.set_defaults(handler=_cmd_verify)

    labels = sub.add_parser("labels", help=tr("print the evidence labels of a case's packages"),
                            description=tr(
        "Print one label per package (case, item, package id, seal numbers, description, "
        "time, collector, QR code) on an A4 label sheet."))
    labels.add_argument("case", metavar="CASE_ID", help=tr("the case number (or id)"))
    labels.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    labels.add_argument("--sheet", default="2x7", metavar="LAYOUT", help=tr(
        "the label sheet (resources/reports/documents.yaml: 2x7, 3x8)"))
    labels.add_argument("--lang", default="en", metavar="CODE")
    labels.add_argument("--exercise", action="store_true")
    add_db(labels)
    labels.set_defaults(handler=_cmd_labels)

    trace = sub.add_parser("trace", help=tr("write the trace request packet of a firearm"),
                           description=tr(
        "Write trace-CASE-ITEM.pdf and .json into DIR: what an INTERPOL iARMS query or a "
        "bilateral trace request needs. When the trace-readiness check does not pass, the "
        "packet is marked not ready, lists the gaps and the command exits 1."))
    trace.add_argument("item", metavar="ITEM_ID", help=tr("the seized item's id (or its "
                                                          "beginning)"))
    trace.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    trace.add_argument("--lang", default="en", metavar="CODE")
    trace.add_argument("--exercise", action="store_true")
    add_db(trace)
    trace.set_defaults(handler=_cmd_trace)

    for _name, adder in sorted(REPORT_COMMANDS, key=lambda entry: entry[0]):
        adder(sub, parser_class, add_db)


def _cmd_seizure(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.reports import print_seizure_report

    with open_session(args) as session:
        printed = print_seizure_report(session, args.case, args.output, language=args.lang,
                                       exercise=args.exercise)
    if printed.language_note:
        print(printed.language_note, file=sys.stderr)
    print(tr("Seizure report of case {number} written to {path} ({language})",
             number=printed.case_number, path=printed.path, language=printed.language))
    print(tr("Case snapshot SHA-256: {digest}", digest=printed.snapshot_sha256))
    print(tr("PDF file SHA-256:      {digest}", digest=printed.pdf_sha256))
    print(tr("Audit checkpoint:      {length}:{head}", length=printed.checkpoint.length,
             head=printed.checkpoint.head_hash))
    return EXIT_OK


def _cmd_verify(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.reports import verify_report

    with open_session(args) as session:
        found = verify_report(session, args.file)
    if found.printed_at:
        print(tr("Seizure report of case {number}, printed {when} by {who}.",
                 number=found.case_number, when=found.printed_at, who=found.printed_by))
    else:
        print(tr("Seizure report of case {number} (its print is not recorded in this "
                 "database).", number=found.case_number))
    if found.same_file is False:
        print(tr("Note: this file is not byte for byte the PDF that was printed (it may have "
                 "been re-saved); its case mark was read."))
    if found.unchanged:
        print(tr("Unchanged: the case reads as it did when the report was printed "
                 "(snapshot {digest}).", digest=found.snapshot_sha256))
        return EXIT_OK
    print(tr("CHANGED since the report was printed (snapshot then {then}, now {now}):",
             then=found.snapshot_sha256, now=found.current_sha256))
    for change in found.changes:
        print(f"  - {change}")
    return EXIT_PROBLEM


def _cmd_labels(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.reports import print_labels

    with open_session(args) as session:
        count = print_labels(session, args.case, args.output, sheet=args.sheet,
                             language=args.lang, exercise=args.exercise)
    print(tr("{count} labels written to {path}", count=count, path=args.output))
    return EXIT_OK


def _cmd_trace(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.reports import write_trace_packet

    with open_session(args) as session:
        packet = write_trace_packet(session, args.item, args.output, language=args.lang,
                                    exercise=args.exercise)
    print(tr("Trace request written to {pdf} and {json}", pdf=packet.pdf, json=packet.json))
    if packet.ready:
        print(tr("Ready to send: every trace requirement is recorded."))
        return EXIT_OK
    print(tr("NOT READY: record these first:"))
    for gap in packet.gaps:
        print(f"  - {gap}")
    return EXIT_PROBLEM
