"""The seizure case commands: ``borderdesk seizure list|show|set|history|item|person|trace|
follow-up|withdraw|sign-off|codes``.

Every change a window makes to a case can be made here too. After sign-off, changes
take ``--reason`` and are stored as amendments beside the original.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from borderdesk.cli_common import EXIT_OK
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr

_TRACE_KINDS = ("registry", "iarms", "request", "status", "origin")


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``seizure`` to the command line."""
    seizure = commands.add_parser("seizure", help=tr("work with seizure cases"))
    sub = seizure.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                 parser_class=parser_class, required=True)

    def command(name: str, help_text: str, handler: Callable[[argparse.Namespace], int],
                *, case: bool = True, reason: bool = False) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text,
                                                         description=help_text)
        if case:
            parser.add_argument("case", metavar="CASE",
                                help=tr("the case number, id, or a unique start of the id"))
        if reason:
            parser.add_argument("--reason", metavar="TEXT", help=tr(
                "why: needed once the case is signed off (the change is an amendment)"))
        add_db(parser)
        parser.set_defaults(handler=handler)
        return parser

    lst = command("list", tr("list the station's seizure cases"), _cmd_list, case=False)
    lst.add_argument("--format", choices=("table", "jsonl"), default="table")
    show = command("show", tr("show a whole case: event fields, items with their markings, "
                              "persons, tracing, follow-up and history"), _cmd_show)
    show.add_argument("--format", choices=("text", "json"), default="text")
    setp = command("set", tr("set event fields: FIELD=VALUE ... (an empty VALUE clears one; "
                             "see 'seizure codes fields')"), _cmd_set, reason=True)
    setp.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    history = command("history", tr("every value given to the case's fields, with who, "
                                    "when and why"), _cmd_history)
    history.add_argument("--field", metavar="FIELD")
    item = command("item", tr("add an item: --identification ID, or a counted group with "
                              "--parts TYPE or --ammunition CALIBRE and --quantity N"),
                   _cmd_item, reason=True)
    source = item.add_mutually_exclusive_group(required=True)
    source.add_argument("--identification", metavar="ID")
    source.add_argument("--parts", metavar="TYPE")
    source.add_argument("--ammunition", metavar="CALIBRE")
    item.add_argument("--quantity", metavar="N")
    item.add_argument("--description", default="", metavar="TEXT")
    correct = command("correct-item", tr("correct a counted group's quantity or an item's "
                                         "description (the old row stays)"),
                      _cmd_correct_item, reason=True)
    correct.add_argument("number", type=int, metavar="NUMBER")
    correct.add_argument("--quantity", metavar="N")
    correct.add_argument("--description", metavar="TEXT")
    withdraw = command("withdraw-item", tr("withdraw an item recorded by mistake (it stays "
                                           "as history)"), _cmd_withdraw_item)
    withdraw.add_argument("number", type=int, metavar="NUMBER")
    withdraw.add_argument("--reason", required=True, metavar="TEXT")
    person = command("person", tr("record a person involved (nominal data: stays at the "
                                  "station)"), _cmd_person, reason=True)
    person.add_argument("role", metavar="ROLE")
    person.add_argument("name", metavar="NAME")
    for option in ("nationality", "sex", "birth-date", "document", "note", "role-note"):
        person.add_argument(f"--{option}", metavar="VALUE")
    trace = command("trace", tr(
        "record tracing: 'registry', 'iarms', 'request', 'status' or 'origin'"), _cmd_trace)
    trace.add_argument("kind", choices=_TRACE_KINDS, metavar="KIND",
                       help=", ".join(_TRACE_KINDS))
    trace.add_argument("--item", type=int, metavar="NUMBER")
    trace.add_argument("--request", metavar="ID", help=tr("the trace request (for status)"))
    trace.add_argument("--result", metavar="CODE")
    trace.add_argument("--date", metavar="DATE")
    trace.add_argument("--country", metavar="ISO2")
    trace.add_argument("--channel", metavar="CODE")
    trace.add_argument("--status", metavar="CODE")
    trace.add_argument("--reference", default="", metavar="TEXT")
    trace.add_argument("--established", choices=("yes", "no"))
    trace.add_argument("--how", metavar="CODE")
    trace.add_argument("--note", default="", metavar="TEXT")
    follow = command("follow-up", tr("record what became of a person: arrested, prosecuted, "
                                     "convicted..."), _cmd_follow_up)
    follow.add_argument("person", metavar="PERSON_ID")
    follow.add_argument("stage", metavar="STAGE")
    follow.add_argument("--date", required=True, metavar="DATE")
    follow.add_argument("--offence", action="append", default=[], metavar="CODE")
    follow.add_argument("--note", default="", metavar="TEXT")
    entry = command("withdraw", tr("withdraw a mistaken tracing or follow-up entry, or a "
                                   "person (a new entry refers to it)"), _cmd_withdraw)
    entry.add_argument("entry", metavar="ENTRY_ID")
    entry.add_argument("--reason", required=True, metavar="TEXT")
    sign = command("sign-off", tr("sign the case off as supervisor, which locks it"),
                   _cmd_sign_off)
    sign.add_argument("--note", default="", metavar="TEXT")
    codes = command("codes", tr("list the case fields or a code list's codes"), _cmd_codes,
                    case=False)
    codes.add_argument("list", nargs="?", metavar="LIST", help=tr("'fields' or a list name"))


def _session(args: argparse.Namespace) -> Any:
    from borderdesk.cli_common import open_session

    return open_session(args)


def _cmd_list(args: argparse.Namespace) -> int:
    from borderdesk.services.seizures import list_cases

    with _session(args) as session:
        cases = list_cases(session)
    if args.format == "jsonl":
        for case in cases:
            sys.stdout.write(json.dumps(case.to_json(), ensure_ascii=False) + "\n")
        return EXIT_OK
    if not cases:
        print(tr("no seizure cases at this station"))
        return EXIT_OK
    rows: list[tuple[str, ...]] = [
        (c.case_number, c.opened_at[:16].replace("T", " "), c.crossing, c.status,
         c.event_type or "", str(c.item_count), c.declaration_id) for c in cases]
    _table((tr("case"), tr("opened (UTC)"), tr("crossing"), tr("status"), tr("type"),
            tr("items"), tr("declaration")), rows)
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from borderdesk.services.seizures import case_document

    with _session(args) as session:
        document = case_document(session, args.case)
    if args.format == "json":
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
        return EXIT_OK
    from borderdesk.evidence.case_fields import display, label_of

    case = document["case"]
    print(tr("Seizure case {number} ({status}), declaration {declaration}, crossing "
             "{crossing}", number=case["case_number"], status=case["status"],
             declaration=case["declaration_id"], crossing=case["crossing"]))
    print(tr("  opened {when} by {who}", when=case["opened_at"], who=case["opened_by"]))
    if case["signed_off_at"]:
        print(tr("  signed off {when} by {who}", when=case["signed_off_at"],
                 who=case["signed_off_by"]))
    if case["rules_hit"]:
        print(tr("  rules that hit: {rules}", rules=", ".join(case["rules_hit"])))
    for field, value in case["fields"].items():
        print(f"  {label_of(field)}: {display(field, value)}")
    for name, part in document.items():
        if name in ("case", "history"):
            continue
        print(f"\n{name}:")
        for line in _lines(part):
            print(f"  {line}")
    return EXIT_OK


def _cmd_set(args: argparse.Namespace) -> int:
    from borderdesk.services.seizures import set_fields

    values: dict[str, Any] = {}
    for text in args.assignments:
        field, sep, value = text.partition("=")
        if not sep or not field.strip():
            raise UserInputError(tr("'{text}' is not FIELD=VALUE", text=text))
        values[field.strip()] = value
    with _session(args) as session:
        case = set_fields(session, args.case, values, args.reason)
    print(tr("case {number}: {count} fields as given", number=case.summary.case_number,
             count=len(values)))
    return EXIT_OK


def _cmd_history(args: argparse.Namespace) -> int:
    from borderdesk.evidence.case_fields import display
    from borderdesk.services.seizures import field_history

    with _session(args) as session:
        entries = field_history(session, args.case, args.field)
    for e in entries:
        why = tr(" (amendment: {reason})", reason=e.reason) if e.amendment else ""
        print(f"{e.recorded_at}  {e.recorded_by}  {e.field} = {display(e.field, e.value)}{why}")
    return EXIT_OK


def _cmd_item(args: argparse.Namespace) -> int:
    from borderdesk.services import seizures

    with _session(args) as session:
        if args.identification:
            added = seizures.add_identified_item(session, args.case, args.identification,
                                                 args.reason)
        elif args.parts:
            added = seizures.add_part_group(session, args.case, args.parts,
                                            _needed(args.quantity), args.description,
                                            reason=args.reason)
        else:
            added = seizures.add_ammunition_group(session, args.case, args.ammunition,
                                                  _needed(args.quantity), args.description,
                                                  args.reason)
    print(tr("item {number} ({kind}, {quantity}): {description}", number=added.number,
             kind=added.kind, quantity=added.quantity, description=added.description))
    return EXIT_OK


def _cmd_correct_item(args: argparse.Namespace) -> int:
    from borderdesk.services.seizures import correct_item

    with _session(args) as session:
        item = correct_item(session, args.case, args.number, args.reason,
                            quantity=args.quantity, description=args.description)
    print(tr("item {number} now: {quantity}, {description}", number=item.number,
             quantity=item.quantity, description=item.description))
    return EXIT_OK


def _cmd_withdraw_item(args: argparse.Namespace) -> int:
    from borderdesk.services.seizures import withdraw_item

    with _session(args) as session:
        withdraw_item(session, args.case, args.number, args.reason)
    print(tr("item {number} withdrawn", number=args.number))
    return EXIT_OK


def _cmd_person(args: argparse.Namespace) -> int:
    from borderdesk.services.seizure_tracing import add_person

    details = {key: getattr(args, key) for key in ("nationality", "sex", "birth_date",
                                                   "document", "note", "role_note")
               if getattr(args, key) is not None}
    with _session(args) as session:
        person = add_person(session, args.case, args.role, args.name, args.reason, **details)
    print(tr("person {id}: {role} {name}", id=person.id, role=person.role, name=person.name))
    return EXIT_OK


def _cmd_trace(args: argparse.Namespace) -> int:
    from borderdesk.services import seizure_tracing as tracing

    with _session(args) as session:
        if args.kind == "status":
            event = tracing.record_trace_status(session, args.case, _needed(args.request),
                                                _needed(args.status), _needed(args.date),
                                                args.note)
        elif args.kind == "origin":
            event = tracing.record_origin(session, args.case, _needed(args.item),
                                          _needed(args.established) == "yes", args.how,
                                          args.note)
        elif args.kind == "request":
            event = tracing.record_trace_request(
                session, args.case, _needed(args.item), _needed(args.country),
                _needed(args.channel), _needed(args.date), args.reference,
                args.status or "sent", args.note)
        else:
            record = (tracing.record_registry_check if args.kind == "registry"
                      else tracing.record_iarms_query)
            event = record(session, args.case, _needed(args.item), _needed(args.result),
                           _needed(args.date), args.reference, args.note)
    print(tr("recorded {kind} {id}", kind=event.kind, id=event.id))
    return EXIT_OK


def _cmd_follow_up(args: argparse.Namespace) -> int:
    from borderdesk.services.seizure_tracing import record_follow_up

    with _session(args) as session:
        entry = record_follow_up(session, args.case, args.person, args.stage, args.date,
                                 args.offence, args.note)
    print(tr("recorded {stage} {id}", stage=entry["stage"], id=entry["id"]))
    return EXIT_OK


def _cmd_withdraw(args: argparse.Namespace) -> int:
    from borderdesk.services.seizure_tracing import withdraw_entry

    with _session(args) as session:
        withdraw_entry(session, args.case, args.entry, args.reason)
    print(tr("{id} withdrawn", id=args.entry))
    return EXIT_OK


def _cmd_sign_off(args: argparse.Namespace) -> int:
    from borderdesk.services.seizures import sign_off

    with _session(args) as session:
        case = sign_off(session, args.case, args.note)
    print(tr("case {number} signed off by {who}", number=case.summary.case_number,
             who=case.signed_off_by))
    return EXIT_OK


def _cmd_codes(args: argparse.Namespace) -> int:
    from borderdesk.evidence.case_codes import seizure_codes
    from borderdesk.evidence.case_fields import FIELDS

    codes = seizure_codes()
    if args.list in (None, "fields"):
        for field, spec in FIELDS.items():
            print(f"{field:26} {tr(spec.label)}" + (f"  [{spec.codes}]" if spec.codes else ""))
        if args.list is None:
            print(tr("lists: {names}", names=", ".join(codes.lists)))
        return EXIT_OK
    if args.list not in codes.lists:
        raise UserInputError(tr("there is no code list '{name}' (known: {known})",
                                name=args.list, known=", ".join(codes.lists)))
    for entry in codes[args.list].entries:
        print(f"{entry.code:24} {tr(entry.name)}")
    return EXIT_OK


def _needed(value: Any) -> Any:
    if value is None or value == "":
        raise UserInputError(tr("an option this command needs is missing (see --help)"))
    return value


def _lines(part: Any) -> list[str]:
    """A section of the case in lines: each record as its fields, ``key: value``."""
    if isinstance(part, list):
        return [_line(p) for p in part] or [tr("(none)")]
    if isinstance(part, dict):
        return [f"{k}: {_line(v)}" for k, v in part.items()]
    return [str(part)]


def _line(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}={_line(v)}" for k, v in value.items()
                         if v not in (None, "", [], {}) and k != "record")
    if isinstance(value, list):
        return "[" + "; ".join(_line(v) for v in value) + "]"
    return str(value)


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    for line in (headers, *rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
              .rstrip())


__all__ = ["add_commands"]
