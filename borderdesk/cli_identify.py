"""``borderdesk identify``: check a checklist file, walk one from a file of answers, list
or show the identifications stored at the station, write an expert-referral packet."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from borderdesk.cli_common import EXIT_OK
from borderdesk.core.datafiles import YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.identify.checklist_load import load_checklist
from borderdesk.identify.checklist_result import record_lines
from borderdesk.identify.engine import PathLine, walk_answers
from borderdesk.identify.item import ItemRecord
from borderdesk.identify.trace import STATES, TraceReadiness, trace_readiness


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``identify checklist check``, ``identify walk``, ``list`` and ``show``."""
    identify = commands.add_parser(
        "identify", help=tr("identify firearms, parts and ammunition with the checklist"))
    sub = identify.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                  parser_class=parser_class, required=True)
    checklist = sub.add_parser("checklist", help=tr("work with checklist files"))
    checklist_sub = checklist.add_subparsers(dest="action", metavar="ACTION",
                                             parser_class=parser_class, required=True)
    check = checklist_sub.add_parser("check", help=tr(
        "check a checklist file and report its first problem by line"))
    check.add_argument("file", type=Path, metavar="FILE")
    check.set_defaults(handler=_cmd_check)

    walk = sub.add_parser("walk", help=tr(
        "walk the checklist with the answers in a file; with --inspection, store it"))
    walk.add_argument("--answers", type=Path, required=True, metavar="FILE.yaml",
                      help=tr("a YAML file: 'answers:' question id -> answer"))
    walk.add_argument("--inspection", metavar="ID", help=tr(
        "store the completed identification for this inspection"))
    walk.add_argument("--label", metavar="TEXT",
                      help=tr("the item's label (default: the file name)"))
    walk.add_argument("--format", choices=("text", "json"), default="text")
    add_db(walk)
    walk.set_defaults(handler=_cmd_walk)

    listing = sub.add_parser("list", help=tr("list identifications"))
    listing.add_argument("--inspection", metavar="ID")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    add_db(listing)
    listing.set_defaults(handler=_cmd_list)

    show = sub.add_parser("show", help=tr("show one identification, its result and trace gaps"))
    show.add_argument("identification_id", metavar="ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    add_db(show)
    show.set_defaults(handler=_cmd_show)

    refer = sub.add_parser("refer", help=tr(
        "write an expert-referral packet (zip: record, answers, photos, one-page PDF)"))
    refer.add_argument("identification_id", metavar="ID")
    refer.add_argument("--out", type=Path, required=True, metavar="FILE.zip")
    refer.add_argument("--question", required=True, metavar="TEXT",
                       help=tr("what the expert should answer"))
    add_db(refer)
    refer.set_defaults(handler=_cmd_refer)


def _cmd_check(args: argparse.Namespace) -> int:
    checklist = load_checklist(args.file)
    questions = sum(len(s.questions) for s in checklist.steps)
    print(tr("{file}: checklist '{name}' version {version}, {steps} steps, {questions}"
             " questions: valid", file=args.file, name=checklist.id, version=checklist.version,
             steps=len(checklist.steps), questions=questions))
    return EXIT_OK


def _read_answers(path: Path) -> tuple[str, dict[str, Any]]:
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("an answers file must be a mapping"))
    for key in data:
        if key not in ("checklist", "answers", "expect"):
            raise data.fail(key, tr("unknown field (known: answers, checklist, expect)"))
    from borderdesk.identify.checklist import DEFAULT_CHECKLIST

    return data.optional("checklist", str, DEFAULT_CHECKLIST), dict(data.require("answers", dict))


def _cmd_walk(args: argparse.Namespace) -> int:
    from borderdesk.services.identification import checklist_for

    name, answers = _read_answers(args.answers)
    done = walk_answers(checklist_for(name), answers)
    record = done.walk.result()
    warnings = [w.message for w in done.walk.warnings()]
    stored: str | None = None
    if args.inspection:
        from borderdesk.cli_common import open_session
        from borderdesk.services.identification import record_walk

        with open_session(args) as session:
            stored = record_walk(session, args.inspection, args.label or args.answers.stem,
                                 done.walk).id
    readiness = trace_readiness(record)
    if args.format == "json":
        print(json.dumps({
            "path": [{"step": p.step, "question": p.question, "answer": p.answer}
                     for p in done.walk.path()],
            "result": record.to_dict(), "warnings": warnings, "unused": list(done.unused),
            "trace": _trace_json(readiness), "identification": stored,
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    out = sys.stdout
    _print_path(done.walk.path(), out)
    _print_result(record, readiness, warnings, out)
    if done.unused:
        print(tr("Not asked (their steps did not apply): {names}",
                 names=", ".join(done.unused)), file=out)
    if stored:
        print(tr("Stored as identification {id} of inspection {inspection}.", id=stored,
                 inspection=args.inspection), file=out)
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.identification import list_identifications

    with open_session(args) as session:
        found = list_identifications(session, args.inspection)
    if args.format == "json":
        print(json.dumps([i.to_json() for i in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print(tr("No identifications."))
    for item in found:
        state = tr("completed: {category}, legal {legal}", category=item.category,
                   legal=item.legal_category or "-") if item.completed \
            else tr("in progress at '{step}'", step=item.current_step or "-")
        print(f"{item.id}  {item.inspection_id[:13]}  {item.item_label}  {state}")
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.identification import get_identification, result_of, resume

    with open_session(args) as session:
        found = get_identification(session, args.identification_id)
        record = result_of(session, found.id) if found.completed else None
        path = resume(session, found.id).path()
    readiness = trace_readiness(record) if record is not None else None
    if args.format == "json":
        print(json.dumps({**found.to_json(),
                          "result": record.to_dict() if record else None,
                          "trace": _trace_json(readiness) if readiness else None},
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    out = sys.stdout
    print(tr("Identification {id}: {label} (inspection {inspection})", id=found.id,
             label=found.item_label, inspection=found.inspection_id), file=out)
    print(tr("Started {when} by {who}; saved {saves} times, last by {last}.",
             when=found.started_at.isoformat(), who=found.started_by, saves=found.saves,
             last=found.saved_by), file=out)
    _print_path(path, out)
    if record is not None and readiness is not None:
        _print_result(record, readiness, [], out)
    else:
        print(tr("In progress: next step '{step}'.", step=found.current_step), file=out)
    return EXIT_OK


def _cmd_refer(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.identification import write_referral_packet

    with open_session(args) as session:
        missing = write_referral_packet(session, args.identification_id, args.out,
                                        args.question)
    print(tr("Referral packet written to {path}.", path=args.out))
    if missing:
        print(tr("{count} photo references could not be attached: {refs}", count=len(missing),
                 refs=", ".join(missing)))
    return EXIT_OK


def _print_path(path: tuple[PathLine, ...], out: TextIO) -> None:
    print(tr("Answers:"), file=out)
    title = None
    for line in path:
        if line.step_title != title:
            title = line.step_title
            print(f"  {title}", file=out)
        print(f"    {line.question_label}: {line.answer}", file=out)


def _print_result(record: ItemRecord, readiness: TraceReadiness, warnings: list[str],
                  out: TextIO) -> None:
    print(tr("Result:"), file=out)
    for label, value in record_lines(record):
        print(f"  {label}: {value}", file=out)
    for warning in warnings:
        print(tr("Warning: {message}", message=warning), file=out)
    if not readiness.applicable:
        print(tr("Trace request: not applicable to this item."), file=out)
        return
    print(tr("Trace request: ready.") if readiness.ready
          else tr("Trace request: not ready; it lacks:"), file=out)
    for check in readiness.checks:
        if not check.satisfied:
            print(f"  ! {check.label}: {check.detail}", file=out)
        elif check.state == "present":
            print(f"    {check.label}: {tr(STATES[check.state])} ({check.detail})", file=out)
        else:
            print(f"    {check.label}: {tr(STATES[check.state])}", file=out)


def _trace_json(readiness: TraceReadiness) -> dict[str, Any]:
    return {"applicable": readiness.applicable, "ready": readiness.ready,
            "checks": [{"requirement": c.requirement, "state": c.state, "detail": c.detail}
                       for c in readiness.checks],
            "gaps": list(readiness.gaps())}
