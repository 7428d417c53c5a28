"""The evidence commands: ``evidence steps|timeline|record|correct|package|seal|packages|
package-correct|package-withdraw`` and ``custody transfer|list|correct|withdraw|check``.
See docs/evidence.md."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from borderdesk.cli_common import EXIT_OK, EXIT_PROBLEM
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

AddDb = Callable[[argparse.ArgumentParser], None]


def _when(parser: argparse.ArgumentParser, deviation: bool = True) -> None:
    parser.add_argument("--at", metavar="TIME", help=tr(
        "when it was done, e.g. 2026-11-28T14:05 (station time) or with an offset; default "
        "now; never in the future"))
    parser.add_argument("--by", metavar="NAME", help=tr("who did it (default: you)"))
    if deviation:
        parser.add_argument("--deviation-reason", metavar="TEXT", help=tr(
            "why the order rules were not followed (needed when a rule is broken)"))


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: AddDb) -> None:
    """Add ``evidence`` and ``custody`` to the command line."""
    evidence = commands.add_parser("evidence", help=tr(
        "record the evidence steps of a seizure case, its packages and seals"))
    sub = evidence.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                  parser_class=parser_class, required=True)
    steps = sub.add_parser("steps", help=tr("the checklist of a case: which steps are done"))
    steps.add_argument("case", metavar="CASE")
    steps.add_argument("--format", choices=("table", "jsonl"), default="table")
    add_db(steps)
    steps.set_defaults(handler=_cmd_steps)

    line = sub.add_parser("timeline", help=tr(
        "every step record of a case in time order, with deviations and corrections"))
    line.add_argument("case", metavar="CASE")
    line.add_argument("--format", choices=("table", "jsonl"), default="table")
    add_db(line)
    line.set_defaults(handler=_cmd_timeline)

    record = sub.add_parser("record", help=tr("record that an evidence step was done"))
    record.add_argument("case", metavar="CASE")
    record.add_argument("step", metavar="STEP", help=tr("the step's id or number"))
    record.add_argument("--item", metavar="N", help=tr("the item (for steps per item)"))
    record.add_argument("--field", action="append", default=[], metavar="KEY=VALUE",
                        help=tr("a field of the step; repeat a key for a list"))
    _when(record)
    record.add_argument("--reason", metavar="TEXT", help=tr(
        "why a signed-off case is changed (kept as an amendment)"))
    record.add_argument("--not-applicable", metavar="REASON", help=tr(
        "the step does not apply (say why); its required fields may be left out"))
    add_db(record)
    record.set_defaults(handler=_cmd_record)

    correct = sub.add_parser("correct", help=tr(
        "correct a step record with a new one that refers to it (the old one stays)"))
    correct.add_argument("record", metavar="RECORD_ID")
    correct.add_argument("--reason", required=True, metavar="TEXT",
                         help=tr("what was wrong"))
    correct.add_argument("--field", action="append", default=[], metavar="KEY=VALUE")
    correct.add_argument("--item", metavar="N")
    correct.add_argument("--not-applicable", metavar="REASON")
    correct.add_argument("--withdraw", action="store_true", help=tr(
        "the record should not have been made: it no longer counts"))
    _when(correct)
    add_db(correct)
    correct.set_defaults(handler=_cmd_correct)

    package = sub.add_parser("package", help=tr(
        "make a package for an item (or its rounds or parts); records the packaging step"))
    package.add_argument("case", metavar="CASE")
    package.add_argument("--item", action="append", required=True, metavar="N")
    package.add_argument("--kind", required=True, metavar="KIND", help=tr(
        "firearm, ammunition, magazine, parts, original_wrapping, digital, other"))
    package.add_argument("--contents", default="", metavar="TEXT")
    _when(package)
    package.add_argument("--reason", metavar="TEXT")
    add_db(package)
    package.set_defaults(handler=_cmd_package)

    seal = sub.add_parser("seal", help=tr(
        "seal a package (records the seal step), or correct or withdraw one of its seals"))
    seal.add_argument("package", metavar="PACKAGE")
    seal.add_argument("seals", nargs="+", metavar="SEAL_NUMBER")
    _when(seal)
    seal.add_argument("--reason", metavar="TEXT")
    fix = seal.add_mutually_exclusive_group()
    fix.add_argument("--correct", action="store_true", help=tr(
        "correct the seal SEAL_NUMBER (--number, --at, --by: the right values)"))
    fix.add_argument("--withdraw", action="store_true", help=tr(
        "the seal SEAL_NUMBER was recorded by mistake"))
    seal.add_argument("--number", metavar="SEAL_NUMBER", help=tr("the right seal number"))
    add_db(seal)
    seal.set_defaults(handler=_cmd_seal)

    fix_package = sub.add_parser("package-correct", help=tr(
        "correct a package's kind, items or contents (the original is kept)"))
    fix_package.add_argument("package", metavar="PACKAGE")
    fix_package.add_argument("--reason", required=True, metavar="TEXT",
                             help=tr("what was wrong"))
    fix_package.add_argument("--kind", metavar="KIND")
    fix_package.add_argument("--item", action="append", metavar="N", help=tr(
        "the items it really holds (repeat; replaces the list)"))
    fix_package.add_argument("--contents", metavar="TEXT")
    add_db(fix_package)
    fix_package.set_defaults(handler=_cmd_package_correct)
    drop_package = sub.add_parser("package-withdraw", help=tr(
        "withdraw a package that should not have been made (it is kept as history)"))
    drop_package.add_argument("package", metavar="PACKAGE")
    drop_package.add_argument("--reason", required=True, metavar="TEXT")
    add_db(drop_package)
    drop_package.set_defaults(handler=_cmd_package_correct, withdraw=True)

    packages = sub.add_parser("packages", help=tr("a case's packages, seals and holders"))
    packages.add_argument("case", metavar="CASE")
    packages.add_argument("--format", choices=("table", "jsonl"), default="table")
    packages.add_argument("--all", action="store_true", help=tr("withdrawn packages too"))
    add_db(packages)
    packages.set_defaults(handler=_cmd_packages)

    custody = commands.add_parser("custody", help=tr("the chain of custody of packages"))
    csub = custody.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                  parser_class=parser_class, required=True)
    move = csub.add_parser("transfer", help=tr("record that a package changed hands"))
    move.add_argument("package", metavar="PACKAGE")
    move.add_argument("--from", dest="released_by", required=True, metavar="NAME")
    move.add_argument("--to", dest="received_by", required=True, metavar="NAME")
    move.add_argument("--purpose", required=True, metavar="PURPOSE", help=tr(
        "transport, laboratory, storage, court, return, disposal"))
    move.add_argument("--place", required=True, metavar="TEXT")
    move.add_argument("--at", metavar="TIME")
    move.add_argument("--note", default="", metavar="TEXT")
    move.add_argument("--reason", metavar="TEXT")
    add_db(move)
    move.set_defaults(handler=_cmd_transfer)
    listing = csub.add_parser("list", help=tr("the custody events of a case or a package"))
    listing.add_argument("target", metavar="CASE_OR_PACKAGE")
    listing.add_argument("--format", choices=("table", "jsonl"), default="table")
    listing.add_argument("--all", action="store_true", help=tr("withdrawn events too"))
    add_db(listing)
    listing.set_defaults(handler=_cmd_custody_list)
    for name, text in (("correct", tr("correct a custody event (the original is kept)")),
                       ("withdraw", tr("withdraw a custody event recorded by mistake (on "
                                       "the wrong package: record it again on the right one)"))):
        fix_event = csub.add_parser(name, help=text)
        fix_event.add_argument("package", metavar="PACKAGE")
        fix_event.add_argument("seq", type=int, metavar="EVENT_NUMBER")
        fix_event.add_argument("--reason", required=True, metavar="TEXT",
                               help=tr("what was wrong"))
        if name == "correct":
            fix_event.add_argument("--from", dest="released_by", metavar="NAME")
            fix_event.add_argument("--to", dest="received_by", metavar="NAME")
            for option in ("--purpose", "--place", "--at", "--note"):
                fix_event.add_argument(option, metavar="TEXT")
        add_db(fix_event)
        fix_event.set_defaults(handler=_cmd_custody_correct, withdraw=name == "withdraw")
    check = csub.add_parser("check", help=tr(
        "check the stored chains for gaps (exit 1 naming each one)"))
    check.add_argument("case", nargs="?", metavar="CASE")
    add_db(check)
    check.set_defaults(handler=_cmd_custody_check)


def parse_fields(pairs: Sequence[str]) -> dict[str, str | list[str]]:
    """``KEY=VALUE`` options as fields; a key given twice becomes a list."""
    fields: dict[str, str | list[str]] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise UserInputError(tr("'{text}' is not KEY=VALUE", text=pair))
        key = key.strip()
        if key in fields:
            earlier = fields[key]
            fields[key] = [*earlier, value] if isinstance(earlier, list) else [earlier, value]
        else:
            fields[key] = value
    return fields


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    for row in (headers, *rows):
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _jsonl(objects: Sequence[Any]) -> None:
    for obj in objects:
        sys.stdout.write(json.dumps(obj.to_json(), ensure_ascii=False) + "\n")


def _time(moment: Any, zone: Any) -> str:
    return str(moment.astimezone(zone).strftime("%Y-%m-%d %H:%M"))


def _cmd_steps(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.evidence_steps import checklist_state, sign_off_blockers

    with open_session(args) as session:
        lines = checklist_state(session, args.case)
        blockers = sign_off_blockers(session, args.case)
        zone = session.time_zone()
    if args.format == "jsonl":
        _jsonl(lines)
        return EXIT_OK
    _table((tr("#"), tr("step"), tr("item"), tr("done"), tr("last"), tr("minimum")),
           [(str(s.number), s.title, s.item or "", tr("yes") if s.done else tr("no"),
             _time(s.last_done_at, zone) if s.last_done_at else "",
             tr("yes") if s.minimum else "") for s in lines])
    for blocker in blockers:
        print(tr("before sign-off: {text}", text=blocker))
    return EXIT_OK


def _cmd_timeline(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.evidence_steps import timeline

    with open_session(args) as session:
        records = timeline(session, args.case)
        zone = session.time_zone()
    if args.format == "jsonl":
        _jsonl(records)
        return EXIT_OK
    for r in records:
        state = ("" if r.current else tr(" [withdrawn]") if r.withdrawn
                 else tr(" [corrected by {id}]", id=r.corrected_by))
        item = tr(" item {item}", item=r.item) if r.item else ""
        print(f"{_time(r.done_at, zone)}  {r.number:>2} {r.title}{item}  {r.done_by}  "
              f"{r.id}{state}")
        values = ", ".join(f"{k}={v}" for k, v in r.fields.items())
        if values:
            print(f"      {values}")
        if r.not_applicable:
            print("      " + tr("not applicable: {reason}", reason=r.not_applicable))
        if r.corrects:
            print("      " + tr("corrects {id}", id=r.corrects))
        for text in r.deviations:
            print("      " + tr("deviation: {text}", text=text))
        if r.deviation_reason:
            print("      " + tr("reason for the deviation: {reason}", reason=r.deviation_reason))
        if r.amendment_reason:
            print("      " + tr("reason: {reason}", reason=r.amendment_reason))
    return EXIT_OK


def _cmd_record(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.evidence_steps import record_step

    with open_session(args) as session:
        record = record_step(session, args.case, args.step, parse_fields(args.field),
                             item=args.item, at=args.at, by=args.by,
                             deviation_reason=args.deviation_reason, reason=args.reason,
                             not_applicable=args.not_applicable)
    print(tr("recorded {id}: {title}", id=record.id, title=record.title))
    for text in record.deviations:
        print(tr("deviation: {text}", text=text))
    return EXIT_OK


def _cmd_correct(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.evidence_steps import correct_step

    with open_session(args) as session:
        record = correct_step(session, args.record, parse_fields(args.field),
                              reason=args.reason, item=args.item, at=args.at, by=args.by,
                              deviation_reason=args.deviation_reason,
                              not_applicable=args.not_applicable, withdraw=args.withdraw)
    print(tr("{id} corrects {old}: {title}", id=record.id, old=record.corrects,
             title=record.title))
    return EXIT_OK


def _print_package(package: Any) -> None:
    seals = ", ".join(s.number for s in package.seals) or tr("not sealed")
    print(tr("{label}: {kind}, items {items}; seals: {seals}; held by {holder}",
             label=package.label, kind=package.kind, items=", ".join(package.items),
             seals=seals, holder=package.holder or "-")
          + (tr(" [withdrawn]") if package.withdrawn else "")
          + (tr(" [corrected]") if package.corrections or package.withdrawn_seals
             or any(s.corrections for s in package.seals) else ""))


def _cmd_package(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.custody import create_package

    with open_session(args) as session:
        package = create_package(session, args.case, args.item, args.kind, args.contents,
                                 at=args.at, by=args.by,
                                 deviation_reason=args.deviation_reason, reason=args.reason)
    _print_package(package)
    return EXIT_OK


def _cmd_seal(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.custody import seal_package
    from borderdesk.services.evidence_corrections import correct_seal, withdraw_seal

    if args.correct or args.withdraw:
        if len(args.seals) != 1 or not args.reason:
            raise UserInputError(tr("give the one seal number to correct or withdraw, and "
                                    "--reason"))
        with open_session(args) as session:
            package = (withdraw_seal(session, args.package, args.seals[0], reason=args.reason)
                       if args.withdraw else correct_seal(
                           session, args.package, args.seals[0], reason=args.reason,
                           number=args.number, at=args.at, by=args.by))
        _print_package(package)
        return EXIT_OK
    with open_session(args) as session:
        package = seal_package(session, args.package, args.seals, at=args.at, by=args.by,
                               deviation_reason=args.deviation_reason, reason=args.reason)
    _print_package(package)
    return EXIT_OK


def _cmd_package_correct(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.evidence_corrections import correct_package, withdraw_package

    with open_session(args) as session:
        package = (withdraw_package(session, args.package, reason=args.reason)
                   if getattr(args, "withdraw", False) else correct_package(
                       session, args.package, reason=args.reason, kind=args.kind,
                       items=args.item, contents=args.contents))
    _print_package(package)
    return EXIT_OK


def _cmd_custody_correct(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.evidence_corrections import correct_transfer, withdraw_transfer

    with open_session(args) as session:
        done = (withdraw_transfer(session, args.package, args.seq, reason=args.reason)
                if args.withdraw else correct_transfer(
                    session, args.package, args.seq, reason=args.reason,
                    released_by=args.released_by, received_by=args.received_by,
                    purpose=args.purpose, place=args.place, at=args.at, note=args.note))
    event = done.event
    print(tr("{label} event {seq} withdrawn", label=event.package_label, seq=event.seq)
          if event.withdrawn else tr(
              "{label} event {seq} now: {released} -> {received} ({purpose}, {place})",
              label=event.package_label, seq=event.seq, released=event.released_by,
              received=event.received_by, purpose=event.purpose, place=event.place))
    for problem in done.later_problems:
        print(tr("now out of line, correct it too: {problem}", problem=problem))
    return EXIT_OK


def _cmd_packages(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.custody import list_packages

    with open_session(args) as session:
        packages = list_packages(session, args.case, include_withdrawn=args.all)
    if args.format == "jsonl":
        _jsonl(packages)
    else:
        for package in packages:
            _print_package(package)
    return EXIT_OK


def _cmd_transfer(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.custody import transfer

    with open_session(args) as session:
        event = transfer(session, args.package, args.released_by, args.received_by,
                         args.purpose, args.place, at=args.at, note=args.note,
                         reason=args.reason)
    print(tr("{label} event {seq}: {released} -> {received} ({purpose}, {place})",
             label=event.package_label, seq=event.seq, released=event.released_by,
             received=event.received_by, purpose=event.purpose, place=event.place))
    return EXIT_OK


def _cmd_custody_list(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.custody import custody_events

    with open_session(args) as session:
        events = custody_events(session, args.target, include_withdrawn=args.all)
        zone = session.time_zone()
    if args.format == "jsonl":
        _jsonl(events)
        return EXIT_OK
    _table((tr("package"), tr("#"), tr("time"), tr("released by"), tr("received by"),
            tr("purpose"), tr("place")),
           [(e.package_label, str(e.seq), _time(e.at, zone), e.released_by, e.received_by,
             e.purpose, e.place + (tr(" [withdrawn]") if e.withdrawn else tr(" [corrected]")
                                   if e.corrections else "")) for e in events])
    return EXIT_OK


def _cmd_custody_check(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.custody import check_custody

    with open_session(args) as session:
        gaps = check_custody(session, args.case)
    if gaps:
        for gap in gaps:
            print(gap)
        print(tr("{count} gaps in the chain of custody.", count=len(gaps)))
        return EXIT_PROBLEM
    print(tr("The chain of custody has no gaps."))
    return EXIT_OK


__all__ = ["add_commands", "parse_fields"]
