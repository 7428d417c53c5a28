"""The demo station: a database filled with realistic generated declarations.

Used by ``borderdesk demo`` and on the first start of the window, so that a new
user sees a working screen at once. The same seed and day give the same data.
Besides the declarations the demo holds what a station that has been working
would: the watch list the scenarios assume, every declaration screened, a few
finished inspections of the red lane, three of them seizures whose cases are
recorded through the same services an officer uses (``resources/demo/seizures.yaml``:
identified items, event fields, persons, evidence steps, photos, packages, seals,
custody, tracing, one case signed off), and the sample reference pack made of the
project's drawings.

Every act of the demo happens at its own time (the inspection some minutes after the
declaration was lodged, each evidence step when the file says), recorded through a
session whose clock says that time, so that a case's record reads as it would at a
real station; nothing lies after the demo's last moment (the end of its day, or now).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from borderdesk.core.clock import Clock, FixedClock
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.demo.generator import DemoData, generate_demo
from borderdesk.demo.seizures import load_demo_seizures
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.services.assessments import screen_stored
from borderdesk.services.declarations import DeclarationSummary, list_declarations
from borderdesk.services.demo_cases import CaseRecorder
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import FileImportResult, ImportReport, import_records
from borderdesk.services.refpacks import install_sample_pack
from borderdesk.services.station import StationSession, configure_station, open_station
from borderdesk.services.watchlists import add_watchlist_entry

#: How many red-lane scenario declarations besides the seizures the demo inspects and
#: finds as declared.
DEMO_CLEAR_INSPECTIONS = 2
#: Minutes from lodging to the start of a clear inspection, and to its outcome.
_CLEAR_AFTER, _CLEAR_TAKES = 40, 20


def create_demo_station(path: Path, *, seed: int = 1, today: date | None = None,
                        replace: bool = False, actor: str | None = None,
                        clock: Clock | None = None) -> ImportReport:
    """Create a demo station database at ``path`` (refused if it exists, unless ``replace``).

    ``clock`` (the machine's by default) says what "now" is: nothing of the demo is
    recorded after it.
    """
    if path.exists():
        if not replace:
            raise UserInputError(tr(
                "{path}: already exists; the demo is only written to a new database "
                "(choose another path, or pass --replace to overwrite it)", path=path))
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    day = today or date.today()
    data = generate_demo(seed, day)
    results: list[FileImportResult] = []
    with open_station(path, actor=actor, clock=clock) as session:
        configure_station(session, name=data.station.name,
                          crossing_code=data.station.crossing_code,
                          country=data.station.country, time_zone=data.station.time_zone)
        for source, objects in (("demo-declarations", data.first_versions),
                                ("demo-amendments", data.amendments)):
            errors, warnings = ProblemList(), ProblemList()
            declarations = list(read_objects(objects, tz=session.time_zone(), errors=errors,
                                             warnings=warnings))
            if errors:
                # The generator and its data files are ours: a failure here is a bug.
                listed = "; ".join(p.format(source) for p in errors.listed[:5])
                raise RuntimeError(tr("the demo data does not validate: {problems}",
                                         problems=listed))
            results.append(import_records(session, source, declarations))
        for entry in dict.fromkeys((e.kind, e.listed_as) for e in data.watch_list):
            add_watchlist_entry(session, entry[0], entry[1],
                                tr("demo: a name the scenarios use"))
        # The demo shows screened declarations, as a working station would.
        screen_stored(session)
        # One transaction (the services' own become savepoints): one commit to wait for
        # instead of a hundred, and no half-recorded case if one act were refused.
        with session.database.transaction():
            _inspect_and_seize(session, data, _last_moment(session, day))
        # The identification wizard and `refpack search` have pictures to show.
        install_sample_pack(session)
    return ImportReport(tuple(results))


def _last_moment(session: StationSession, day: date) -> datetime:
    """The demo's last moment: the last minute of its day, or now when that is earlier."""
    end = datetime.combine(day + timedelta(days=1), time(0), session.time_zone())
    return min(end - timedelta(minutes=1), session.clock.now()).astimezone(UTC)


#: One timed act: when it is recorded, its order among equals, and the act itself.
_Timed = tuple[datetime, int, Callable[[], Any]]


def _inspect_and_seize(session: StationSession, data: DemoData, last: datetime) -> None:
    """Finish inspections of red scenario declarations: the seizures of ``seizures.yaml``
    (the red declaration of each case's scenario with the highest score) and a few found
    as declared; everything in the order it happened."""
    red = [row for row in list_declarations(session)
           if row.lane == "red" and row.declaration_id in data.scenario_of]
    red.sort(key=lambda row: (-(row.score or 0.0), row.declaration_id))
    plan = load_demo_seizures()
    by_id = {d["declaration_id"]: d for d in data.first_versions}
    recorders: list[CaseRecorder] = []
    taken: set[str] = set()
    # Photos are drawn on a worker thread while the main one records (Pillow lets go of
    # the interpreter while it draws and encodes).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-photos") as painter:
        for case in plan.cases:
            # A profile that does not send the scenario to the red lane leaves it out.
            row = next((r for r in red if data.scenario_of[r.declaration_id] == case.scenario
                        and r.declaration_id not in taken), None)
            if row is not None:
                taken.add(row.declaration_id)
                recorders.append(CaseRecorder(session, plan, case, by_id[row.declaration_id],
                                              row.lodged_at, last, painter))
        clear = [r for r in red if r.declaration_id not in taken][:DEMO_CLEAR_INSPECTIONS]
        order = itertools.count()
        timelines: list[list[_Timed]] = [
            [(moment, next(order), act) for moment, act in recorder.timeline()]
            for recorder in sorted(recorders, key=lambda r: r.start)]
        timelines.extend([[(moment, next(order), act)
                           for moment, act in _clear(session, row, last)] for row in clear])
        # Each timeline is in its own order; merged, the station's record is in time order.
        for _moment, _order, act in heapq.merge(*timelines, key=lambda t: (t[0], t[1])):
            act()


def _clear(session: StationSession, row: DeclarationSummary,
           last: datetime) -> Iterator[tuple[datetime, Callable[[], Any]]]:
    """An inspection that found the goods as declared: its start and its outcome."""
    start = min(row.lodged_at + timedelta(minutes=_CLEAR_AFTER), last)
    done = min(start + timedelta(minutes=_CLEAR_TAKES), last)
    found: list[str] = []

    def begin() -> None:
        at = replace(session, clock=FixedClock(start))
        found.append(start_inspection(at, row.declaration_id, "physical").id)

    def finish() -> None:
        at = replace(session, clock=FixedClock(done))
        record_outcome(at, found[0], "nothing_found", tr("demo: the goods were as declared"))

    yield start, begin
    yield done, finish


def ensure_default_station(path: Path) -> bool:
    """Create the demo station at ``path`` on first start; True if it was created."""
    if path.exists():
        return False
    from borderdesk.services.demo_accounts import protect_demo_station

    create_demo_station(path)
    # The first start shows the real thing: accounts, encryption and a sign-in.
    protect_demo_station(path)
    return True
