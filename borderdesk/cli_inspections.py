"""The declaration view and inspection commands: ``show``, ``inspection`` and ``lane``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, TextIO

from borderdesk.cli_common import EXIT_OK, station_db
from borderdesk.core.i18n import tr
from borderdesk.services.inspections import KINDS, LANES, OUTCOMES


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``show``, ``inspection`` and ``lane`` to the command line."""
    show = commands.add_parser(
        "show", help=tr("show one declaration: parties, goods, history, risk and inspections"))
    show.add_argument("declaration_id", metavar="ID")
    show.add_argument("--analyst", action="store_true",
                      help=tr("also show each rule's rationale (for risk analysts)"))
    show.add_argument("--format", choices=("text", "json"), default="text")
    add_db(show)
    show.set_defaults(handler=_cmd_show)

    inspection = commands.add_parser("inspection", help=tr("start and finish inspections"))
    inspection_commands = inspection.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                                    parser_class=parser_class, required=True)
    start = inspection_commands.add_parser(
        "start", help=tr("start an inspection of a declaration"))
    start.add_argument("declaration_id", metavar="ID")
    start.add_argument("--kind", required=True, choices=KINDS)
    add_db(start)
    start.set_defaults(handler=_cmd_inspection_start)
    finish = inspection_commands.add_parser(
        "finish", help=tr("record an inspection's outcome (once)"))
    finish.add_argument("inspection_id", metavar="INSPECTION_ID")
    finish.add_argument("--outcome", required=True, choices=OUTCOMES)
    finish.add_argument("--findings", metavar="TEXT", help=tr("what was found, in words"))
    add_db(finish)
    finish.set_defaults(handler=_cmd_inspection_finish)
    listing = inspection_commands.add_parser("list", help=tr("list inspections"))
    listing.add_argument("declaration_id", nargs="?", metavar="ID")
    add_db(listing)
    listing.set_defaults(handler=_cmd_inspection_list)

    lane = commands.add_parser("lane", help=tr("change a declaration's lane"))
    lane_commands = lane.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                        parser_class=parser_class, required=True)
    lane_set = lane_commands.add_parser(
        "set", help=tr("change a declaration's lane, with a reason (the assessment stays)"))
    lane_set.add_argument("declaration_id", metavar="ID")
    lane_set.add_argument("--lane", required=True, choices=LANES)
    lane_set.add_argument("--reason", required=True, metavar="TEXT")
    add_db(lane_set)
    lane_set.set_defaults(handler=_cmd_lane_set)


_db = station_db


def _cmd_show(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.declaration_detail import get_declaration

    with open_session(args) as session:
        detail = get_declaration(session, args.declaration_id, analyst=args.analyst)
    if args.format == "json":
        print(json.dumps(detail.to_json(), ensure_ascii=False, indent=2))
    else:
        print_detail(detail, sys.stdout)
    return EXIT_OK


def print_detail(detail: Any, out: TextIO) -> None:
    """The declaration view as plain text."""
    from borderdesk.services.amendment_text import field_words, value_words
    from borderdesk.services.declaration_detail import match_words

    d = detail
    out.write(f"{d.declaration_id}  v{d.version}  {d.lodged_at.isoformat()}  {d.crossing}  "
              f"{d.procedure}  {d.transport_mode}\n")
    out.write(tr("route: {route}", route=" › ".join(f"{name} ({code})"
                                                     for code, name in d.route)) + "\n")
    for party in d.parties:
        country = f" ({party.country_name})" if party.country_name else ""
        out.write(f"{party.role}: {party.name}{country}\n")
    if d.vehicle is not None:
        trailer = tr(", trailer {plate}", plate=d.vehicle.trailer) if d.vehicle.trailer else ""
        out.write(tr("vehicle: {plate} ({country}){trailer}", plate=d.vehicle.registration or "-",
                     country=d.vehicle.country or "-", trailer=trailer) + "\n")
    if d.seals:
        out.write(tr("seals: {seals}", seals=", ".join(d.seals)) + "\n")
    out.write(tr("Documents") + "\n")
    for doc in d.documents:
        until = doc.valid_until.isoformat() if doc.valid_until else "-"
        out.write(f"    {doc.type} {doc.reference} {until} ({tr(doc.validity)})\n")
    out.write(tr("Goods") + "\n")
    for line in d.goods:
        out.write(f"    {line.line}. {line.hs_code} {line.description}: "
                  f"{line.quantity if line.quantity is not None else '-'} {line.unit or ''}, "
                  f"{line.gross_kg:g} kg, {line.value if line.value is not None else '-'} "
                  f"{line.currency or ''}\n")
    if d.amendments:
        out.write(tr("Amendments") + "\n")
        lodged = {v.version: v.lodged_at for v in d.versions}
        previous = None
        for change in d.amendments:
            if change.to_version != previous:
                previous = change.to_version
                moment = lodged.get(change.to_version)
                out.write("    " + tr("version {old} → {new}, lodged {when}",
                                      old=change.from_version, new=change.to_version,
                                      when=moment.isoformat() if moment else change.amended_at)
                          + "\n")
            out.write(f"        {field_words(change.field)}: "
                      f"{value_words(change.field, change.old_value)} → "
                      f"{value_words(change.field, change.new_value)}\n")
    a = d.assessment
    if a is None:
        out.write(tr("not screened") + "\n")
    else:
        flag = tr(" (random)") if a.random else ""
        out.write(tr("Risk: {lane}{flag}, score {score:g}, profile {profile} v{version}",
                     lane=a.lane.upper(), flag=flag, score=a.score, profile=a.profile_id,
                     version=a.profile_version) + "\n")
        for hit in a.hits:
            out.write(f"    {hit.rule} {hit.title} (+{hit.weight:g}): {hit.explanation}\n")
            if hit.instruction:
                out.write("        " + tr("instruction: {text}", text=hit.instruction) + "\n")
            if hit.rationale:
                out.write("        " + tr("rationale: {text}", text=hit.rationale) + "\n")
        if d.watch_matches:
            out.write(tr("Watch-list matches") + "\n")
        for match in d.watch_matches:
            note = tr(": {note}", note=match.entry_note) if match.entry_note else ""
            out.write(f"    {match.role} '{match.name}': {match_words(match)}{note}\n")
    for change in d.lane_changes:
        out.write(tr("lane changed {from_lane} → {to_lane} by {who} at {when}: {reason}",
                     from_lane=change.from_lane or "-", to_lane=change.to_lane,
                     who=change.changed_by, when=change.changed_at.isoformat(),
                     reason=change.reason) + "\n")
    for inspection in d.inspections:
        _print_inspection(inspection, out)


def _print_inspection(record: Any, out: TextIO) -> None:
    state = record.outcome or tr("in progress")
    case = tr(", seizure case {number}", number=record.case_number) \
        if record.case_number else ""
    out.write(tr("inspection {id} ({kind}) of {declaration} started by {who} at {when}: "
                 "{state}{case}", id=record.id, kind=record.kind,
                 declaration=record.declaration_id, who=record.started_by,
                 when=record.started_at.isoformat(), state=state, case=case) + "\n")


def _cmd_inspection_start(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.inspections import start_inspection

    with open_session(args) as session:
        record = start_inspection(session, args.declaration_id, args.kind)
    print(tr("inspection {id} started ({kind}) of {declaration}", id=record.id,
             kind=record.kind, declaration=record.declaration_id))
    return EXIT_OK


def _cmd_inspection_finish(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.inspections import record_outcome

    with open_session(args) as session:
        record = record_outcome(session, args.inspection_id, args.outcome, args.findings)
    print(tr("inspection {id} finished: {outcome}", id=record.id, outcome=record.outcome))
    if record.case_number:
        print(tr("seizure case {number} opened", number=record.case_number))
    return EXIT_OK


def _cmd_inspection_list(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.inspections import list_inspections

    with open_session(args) as session:
        records = list_inspections(session, args.declaration_id)
    for record in records:
        _print_inspection(record, sys.stdout)
    return EXIT_OK


def _cmd_lane_set(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.inspections import change_lane

    with open_session(args) as session:
        change = change_lane(session, args.declaration_id, args.lane, args.reason)
    print(tr("{declaration}: lane changed {from_lane} → {to_lane}",
             declaration=change.declaration_id, from_lane=change.from_lane or "-",
             to_lane=change.to_lane))
    return EXIT_OK
