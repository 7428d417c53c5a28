"""The demo station: a database filled with realistic generated declarations.

Used by ``borderdesk demo`` and on the first start of the window, so that a new
user sees a working screen at once. The same seed and day give the same data.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.demo.generator import generate_demo
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.services.intake import FileImportResult, ImportReport, import_records
from borderdesk.services.station import configure_station, open_station


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
        # The demo shows screened declarations, as a working station would.
        from borderdesk.services.assessments import screen_stored

        screen_stored(session)
    return ImportReport(tuple(results))


def ensure_default_station(path: Path) -> bool:
    """Create the demo station at ``path`` on first start; True if it was created."""
    if path.exists():
        return False
    create_demo_station(path)
    return True
