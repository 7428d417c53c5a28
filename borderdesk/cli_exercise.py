"""Exercise mode on the command line: ``borderdesk exercise ...`` (docs/training.md).

The trainer lists and checks scenario packs, starts a session for a trainee (a new
exercise database, by default in the data folder's ``exercises/``), moves its clock,
releases injects, and scores it (``-o`` writes the debrief PDF) or a whole cohort. The
trainee plays with the ordinary commands given the session's database
(``borderdesk inspection start ID --kind physical --db SESSION.db``) and sees what an
inspection found with ``exercise findings``. SESSION is the database's path, the
beginning of its exercise id, or the trainee's name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from borderdesk.cli_common import EXIT_OK
from borderdesk.core.i18n import tr

if TYPE_CHECKING:  # the services load when a command runs (a fast --help)
    from borderdesk.services.training import ExerciseInfo


def add_commands(commands: Any, parser_class: type[argparse.ArgumentParser],
                 add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    """Add ``exercise`` to the command line."""
    exercise = commands.add_parser("exercise", help=tr(
        "exercises: scenario packs, trainee sessions, scoring and debriefs"))
    sub = exercise.add_subparsers(dest="subcommand", metavar="SUBCOMMAND",
                                  parser_class=parser_class, required=True)
    lst = sub.add_parser("list", help=tr("list the scenarios (shipped, or the packs given)"))
    lst.add_argument("--pack", action="append", default=[], metavar="PACK", help=tr(
        "also list this pack (a folder or zip; repeatable)"))
    lst.add_argument("--format", choices=("table", "jsonl"), default="table")
    lst.set_defaults(handler=_cmd_list)

    check = sub.add_parser("check", help=tr("check a scenario pack"), description=tr(
        "Check a scenario pack (a folder or zip): its manifest, declaration files, "
        "pictures, model identifications and expected actions. Exit 0, or 2 with the "
        "problem as FILE:LINE: field: problem."))
    check.add_argument("pack", metavar="PACK")
    check.set_defaults(handler=_cmd_check)

    start = sub.add_parser("start", help=tr("start a trainee's session on a scenario"),
                           description=tr(
        "Make a new exercise database from a scenario pack for one trainee: the station "
        "the scenario describes, its profile and watch list, the declarations of the "
        "start, screened, and the clock at the scenario's start. The live station "
        "database is never touched."))
    start.add_argument("pack", metavar="PACK", help=tr("a shipped scenario's id, or a pack "
                                                       "(folder or zip)"))
    start.add_argument("--trainee", required=True, metavar="NAME")
    start.add_argument("--cohort", default="", metavar="NAME")
    start.add_argument("--clock", choices=("stepped", "real"), default="stepped", help=tr(
        "stepped: the scenario's time moves only when the trainer steps it (default); "
        "real: it runs in real time"))
    where = start.add_mutually_exclusive_group()
    where.add_argument("--db", type=Path, metavar="PATH", help=tr(
        "the new exercise database (default: a new file in the exercises folder)"))
    where.add_argument("--dir", type=Path, metavar="DIR", help=tr(
        "make it in DIR instead of the data folder's exercises folder"))
    start.set_defaults(handler=_cmd_start)

    sessions = sub.add_parser("sessions", help=tr("list the trainee sessions"))
    _add_dir(sessions)
    sessions.add_argument("--cohort", metavar="NAME")
    sessions.add_argument("--format", choices=("table", "jsonl"), default="table")
    sessions.set_defaults(handler=_cmd_sessions)

    status = sub.add_parser("status", help=tr(
        "a session's clock, briefing and injects (releases those that are due)"))
    _add_session(status)
    status.add_argument("--all", action="store_true", help=tr(
        "also the injects still to come (the trainer's view)"))
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.set_defaults(handler=_cmd_status)

    clock = sub.add_parser("clock", help=tr("step a session's scenario clock, or let it run"))
    _add_session(clock)
    move = clock.add_mutually_exclusive_group(required=True)
    move.add_argument("--step", type=float, metavar="MINUTES",
                      help=tr("move the scenario's time forward"))
    move.add_argument("--mode", choices=("stepped", "real"))
    clock.set_defaults(handler=_cmd_clock)

    release = sub.add_parser("release", help=tr("release an inject now, by hand"))
    _add_session(release)
    release.add_argument("inject", metavar="INJECT")
    release.set_defaults(handler=_cmd_release)

    findings = sub.add_parser("findings", help=tr(
        "what the inspections of a declaration found (the trainee's view)"))
    _add_session(findings)
    findings.add_argument("declaration", metavar="DECLARATION")
    findings.add_argument("--pictures", type=Path, metavar="DIR", help=tr(
        "write the pictures of what was found into DIR"))
    findings.add_argument("--format", choices=("text", "json"), default="text")
    findings.set_defaults(handler=_cmd_findings)

    score = sub.add_parser("score", help=tr("score a session; -o writes its debrief PDF"))
    _add_session(score)
    score.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    score.add_argument("--format", choices=("text", "json"), default="text")
    score.set_defaults(handler=_cmd_score)

    from_case = sub.add_parser("from-case", help=tr(
        "make a scenario pack from a closed, signed live case, every name invented"),
        description=tr(
        "Make a scenario pack from a signed seizure case of the live station: its "
        "declaration, goods, route and hidden items, with every name, plate, address and "
        "number invented and the dates moved. The pack is checked for every nominal value "
        "of the case and is written only if none is left."))
    from_case.add_argument("case", metavar="CASE_ID", help=tr(
        "the case number, its id or the beginning of it"))
    from_case.add_argument("-o", "--output", type=Path, required=True,
                           metavar="PACK_DIR_OR_ZIP", help=tr(
        "the new pack: a folder, or a zip when the name ends in .zip"))
    from_case.add_argument("--seed", type=int, default=1, metavar="N", help=tr(
        "the seed of the invented values (the same seed gives the same pack; default 1)"))
    add_db(from_case)
    from_case.set_defaults(handler=_cmd_from_case)

    cohort = sub.add_parser("cohort", help=tr("the summary PDF of several sessions"))
    cohort.add_argument("sessions", nargs="*", metavar="SESSION")
    cohort.add_argument("--cohort", metavar="NAME", help=tr(
        "every session of this cohort (in the exercises folder, or --dir)"))
    _add_dir(cohort)
    cohort.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    cohort.set_defaults(handler=_cmd_cohort)


def _add_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dir", type=Path, metavar="DIR", help=tr(
        "where the sessions are (default: the data folder's exercises folder)"))


def _add_session(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("session", metavar="SESSION", help=tr(
        "the session's database, the beginning of its exercise id, or the trainee's name"))
    _add_dir(parser)


def _session_path(args: argparse.Namespace) -> Path:
    from borderdesk.services.training_sessions import resolve_session

    return resolve_session(args.session, args.dir)


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers) - 1)]
    for row in (headers, *rows):
        cells = [value.ljust(width) for value, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]).rstrip())


def _time(info: ExerciseInfo, moment: datetime) -> str:
    """A scenario time as the station reads it."""
    return info.local(moment).strftime("%Y-%m-%d %H:%M")


def _jsonl(objects: Sequence[dict[str, object]]) -> None:
    for item in objects:
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- packs
def _pack_json(path: Path) -> dict[str, object]:
    from borderdesk.training.pack_load import load_pack

    pack = load_pack(path)
    return {"id": pack.id, "title": pack.title, "version": pack.version, "path": str(path),
            "crossing": pack.station.crossing, "starts_at": pack.starts_at.isoformat(),
            "declarations": len(pack.all_declaration_ids()),
            "hidden_items": sum(len(t.items) for t in pack.truth),
            "injects": len(pack.injects), "learning_goals": list(pack.learning_goals)}


def _cmd_list(args: argparse.Namespace) -> int:
    from borderdesk.training.builtin import builtin_packs

    packs = [_pack_json(p) for p in [*builtin_packs(), *(Path(p) for p in args.pack)]]
    if args.format == "jsonl":
        _jsonl(packs)
        return EXIT_OK
    _table([tr("Scenario"), tr("Version"), tr("Declarations"), tr("Injects"), tr("Title")],
           [(str(p["id"]), str(p["version"]), str(p["declarations"]), str(p["injects"]),
             str(p["title"])) for p in packs])
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from borderdesk.training.builtin import find_pack

    found = _pack_json(find_pack(args.pack))
    print(tr("{path}: scenario {id} version {version} is valid: {declarations} declarations, "
             "{items} hidden items, {injects} injects", path=found["path"], id=found["id"],
             version=found["version"], declarations=found["declarations"],
             items=found["hidden_items"], injects=found["injects"]))
    return EXIT_OK


def _cmd_from_case(args: argparse.Namespace) -> int:
    from borderdesk.cli_common import open_session
    from borderdesk.services.training_anonymise import scenario_from_case

    with open_session(args) as session:
        pack = scenario_from_case(session, args.case, args.output, seed=args.seed)
    print(tr("{path}: scenario {id} written from case {case}: {title}; check it before "
             "use with: borderdesk exercise check {path}", path=args.output, id=pack.id,
             case=args.case, title=pack.title))
    return EXIT_OK


# ---------------------------------------------------------------- sessions
def _cmd_start(args: argparse.Namespace) -> int:
    from borderdesk.core.clock import SystemClock
    from borderdesk.services.training import create_exercise
    from borderdesk.services.training_sessions import exercises_folder, new_session_path
    from borderdesk.training.builtin import find_pack
    from borderdesk.training.pack_load import load_pack

    pack_path = find_pack(args.pack)
    destination = args.db
    if destination is None:
        pack_id = load_pack(pack_path).id
        stamp = SystemClock().now().strftime("%Y%m%d-%H%M")
        destination = new_session_path(args.dir or exercises_folder(), pack_id, args.trainee,
                                       stamp)
    info = create_exercise(pack_path, destination, trainee=args.trainee, cohort=args.cohort,
                           clock_mode=args.clock)
    print(tr("{path}: exercise {id} started for {trainee}: {title} (version {version}), "
             "scenario time {time}, clock {mode}", path=info.path, id=info.id,
             trainee=info.trainee, title=info.pack_title, version=info.pack_version,
             time=_time(info, info.starts_at), mode=info.clock_mode))
    print(tr("The trainee works on it with --db {path}", path=info.path))
    return EXIT_OK


def _cmd_sessions(args: argparse.Namespace) -> int:
    from borderdesk.services.training_sessions import list_sessions

    found = list_sessions(args.dir, cohort=args.cohort)
    if args.format == "jsonl":
        _jsonl([s.to_json() for s in found])
        return EXIT_OK
    _table([tr("Exercise"), tr("Trainee"), tr("Cohort"), tr("Scenario"), tr("Minutes"),
            tr("Database")],
           [(s.id[-12:], s.trainee, s.cohort or "-", s.pack_id, f"{s.minutes:.0f}",
             str(s.path)) for s in found])
    return EXIT_OK


def _cmd_status(args: argparse.Namespace) -> int:
    from borderdesk.services.station import open_station
    from borderdesk.services.training import exercise_info, exercise_pack, injects, release_due

    with open_station(_session_path(args), create=False) as session:
        released = release_due(session)
        info, states = exercise_info(session), injects(session)
        briefing = exercise_pack(session).briefing
    states = [state for state in states if args.all or state.released_at is not None]
    if args.format == "json":
        print(json.dumps({**info.to_json(), "briefing": briefing, "released_now": released,
                          "injects": [i.to_json() for i in states]}, ensure_ascii=False))
        return EXIT_OK
    print(tr("{trainee}: {title}; scenario time {time} ({minutes:.0f} minutes in), clock "
             "{mode}", trainee=info.trainee, title=info.pack_title,
             time=_time(info, info.now), minutes=info.minutes, mode=info.clock_mode))
    if briefing:
        print(tr("Briefing: {text}", text=briefing))
    for state in states:
        when = tr("released {time} ({how})", time=_time(info, state.released_at),
                  how=tr("by hand") if state.how == "by_hand" else tr("on time")) \
            if state.released_at else tr("due at minute {at}", at=state.at_minutes)
        print(f"  {state.id}  [{state.kind}]  {when}: {state.title}")
        if state.released_at and state.text:
            print(f"      {state.sender + ': ' if state.sender else ''}{state.text}")
    return EXIT_OK


def _cmd_clock(args: argparse.Namespace) -> int:
    from borderdesk.services.station import open_station
    from borderdesk.services.training import exercise_info, set_clock_mode, step_clock

    with open_station(_session_path(args), create=False) as session:
        released = step_clock(session, args.step) if args.step is not None else []
        if args.mode is not None:
            set_clock_mode(session, args.mode)
        info = exercise_info(session)
    print(tr("scenario time {time} ({minutes:.0f} minutes in), clock {mode}",
             time=_time(info, info.now), minutes=info.minutes, mode=info.clock_mode))
    for ident in released:
        print(tr("released: {id}", id=ident))
    return EXIT_OK


def _cmd_release(args: argparse.Namespace) -> int:
    from borderdesk.services.station import open_station
    from borderdesk.services.training import release_inject

    with open_station(_session_path(args), create=False) as session:
        state = release_inject(session, args.inject)
    print(tr("released {id}: {title}", id=state.id, title=state.title))
    if state.text:
        print(f"  {state.sender + ': ' if state.sender else ''}{state.text}")
    return EXIT_OK


def _cmd_findings(args: argparse.Namespace) -> int:
    from borderdesk.services.station import open_station
    from borderdesk.services.training_play import findings, write_pictures

    with open_station(_session_path(args), create=False) as session:
        found = findings(session, args.declaration)
        written = write_pictures(session, args.declaration, args.pictures) \
            if args.pictures is not None and found.items else []
    if args.format == "json":
        print(json.dumps(found.to_json(), ensure_ascii=False))
        return EXIT_OK
    print(found.message)
    if found.where:
        print(tr("Where: {where}", where=found.where))
    for item in found.items:
        print(tr("Item {number}: {description}", number=item.number,
                 description=item.description))
        print("  " + tr("found: {text}", text=item.found))
        print("  " + tr("condition as found: {text}", text=item.condition))
        for picture in item.pictures:
            print(f"  - {picture.name}: {picture.caption}")
    for path in written:
        print(path)
    return EXIT_OK


# ---------------------------------------------------------------- scores
def _cmd_score(args: argparse.Namespace) -> int:
    from borderdesk.services.station import open_station
    from borderdesk.services.training_score import score_session, write_debrief

    with open_station(_session_path(args), create=False) as session:
        result = write_debrief(session, args.output) if args.output else score_session(session)
    if args.format == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False))
        return EXIT_OK
    print(tr("{trainee}: {total:.1f} of 100", trainee=result.trainee, total=result.total))
    for part, value in result.parts.items():
        print(f"  {part}: " + ("-" if value is None else f"{100 * value:.0f} %"))
    detection = result.detection
    if detection.missed:
        print(tr("  missed: {ids}", ids=", ".join(detection.missed)))
    if detection.false_alarms:
        print(tr("  selected, hiding nothing: {ids}", ids=", ".join(detection.false_alarms)))
    if args.output:
        print(args.output)
    return EXIT_OK


def _cmd_cohort(args: argparse.Namespace) -> int:
    from borderdesk.core.errors import UserInputError
    from borderdesk.services.training_score import write_cohort_summary
    from borderdesk.services.training_sessions import list_sessions, resolve_session

    paths = [resolve_session(text, args.dir) for text in args.sessions]
    if args.cohort:
        paths += [s.path for s in list_sessions(args.dir, cohort=args.cohort)
                  if s.path is not None and s.path not in paths]
    if not paths:
        raise UserInputError(tr("name the sessions, or a cohort with --cohort"))
    scores = write_cohort_summary(paths, args.output)
    for result in sorted(scores, key=lambda s: -s.total):
        print(f"{result.total:5.1f}  {result.trainee}")
    print(args.output)
    return EXIT_OK
