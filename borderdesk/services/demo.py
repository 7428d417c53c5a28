"""The demo station: a database filled with realistic generated declarations.

Used by ``borderdesk demo`` and on the first start of the window, so that a new
user sees a working screen at once. The same seed and day give the same data.
Besides the declarations the demo holds what a station that has been working
would: the watch list the scenarios assume, every declaration screened, and a
few finished inspections of the red lane (one of them a seizure), so that the
Inspections and Seizures pages and the back-test figures are not empty, and the
sample reference pack made of the project's drawings.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.demo.generator import generate_demo
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.services.assessments import screen_stored
from borderdesk.services.declarations import list_declarations
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import FileImportResult, ImportReport, import_records
from borderdesk.services.refpacks import install_sample_pack
from borderdesk.services.station import StationSession, configure_station, open_station
from borderdesk.services.watchlists import add_watchlist_entry


def create_demo_station(path: Path, *, seed: int = 1, today: date | None = None,
                        replace: bool = False, actor: str | None = None) -> ImportReport:
    """Create a demo station database at ``path`` (refused if it exists, unless ``replace``)."""
    if path.exists():
        if not replace:
            raise UserInputError(tr(
                "{path}: already exists; the demo is only written to a new database "
                "(choose another path, or pass --replace to overwrite it)", path=path))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    data = generate_demo(seed, today or date.today())
    results: list[FileImportResult] = []
    with open_station(path, actor=actor) as session:
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
        _inspect_some(session, data.scenario_hits)
        # The identification wizard and `refpack search` have pictures to show.
        install_sample_pack(session)
    return ImportReport(tuple(results))


#: How many of the red lane's scenario declarations the demo inspects, and which of
#: them (by position, highest score first) found firearms.
DEMO_INSPECTIONS = 4
DEMO_SEIZURES = (0,)


def _inspect_some(session: StationSession, scenario_hits: dict[str, tuple[int, ...]]) -> None:
    """Finish a few inspections of red scenario declarations (the first one a seizure)."""
    red = [row for row in list_declarations(session)
           if row.lane == "red" and row.declaration_id in scenario_hits]
    red.sort(key=lambda row: (-(row.score or 0.0), row.declaration_id))
    for position, row in enumerate(red[:DEMO_INSPECTIONS]):
        record = start_inspection(session, row.declaration_id, "physical")
        if position in DEMO_SEIZURES:
            record_outcome(session, record.id, "seizure",
                           tr("demo: pistols hidden behind the declared goods"))
        else:
            record_outcome(session, record.id, "nothing_found",
                           tr("demo: the goods were as declared"))


def ensure_default_station(path: Path) -> bool:
    """Create the demo station at ``path`` on first start; True if it was created."""
    if path.exists():
        return False
    create_demo_station(path)
    return True
