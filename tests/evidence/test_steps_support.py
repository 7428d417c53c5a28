"""What the evidence-step and custody tests share (no tests here): a station with a
seizure case opened the way officers open one, from an inspection, and a clock that
can be moved on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from borderdesk.identify.engine import walk_answers
from borderdesk.services.custody import Package, create_package, seal_package
from borderdesk.services.evidence_steps import record_step
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.seizures import add_identified_item
from borderdesk.services.station import StationSession, open_station
from tests.conftest import declaration
from tests.identify.conftest import load_case

#: The tests' "now": the seizure happens on this morning (station time zone UTC).
START = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)


class MovingClock:
    """A clock the test moves on by hand (steps are recorded as time passes)."""

    def __init__(self, moment: datetime = START) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, minutes: int) -> None:
        self.moment += timedelta(minutes=minutes)


def open_case_station(path: Path, clock: MovingClock, declaration_id: str = "RED-1",
                      actor: str = "Ana Petrović") -> tuple[StationSession, str]:
    """A station at ``path`` with one seizure case; the session and the case number."""
    session = open_station(path, actor=actor, clock=clock)
    source = path.parent / f"{declaration_id}.json"
    import json
    source.write_text(json.dumps([declaration(declaration_id)]), encoding="utf-8")
    import_files(session, [source])
    inspection = start_inspection(session, declaration_id, "physical")
    # Two firearms identified during the inspection become items 1 and 2 of the case:
    # the steps, packages and labels name them (firearms: every step is asked of them).
    idents = [record_walk(session, inspection.id, label, walk_answers(
        checklist_for(), load_case(name)["answers"]).walk).id
        for name, label in (("pistol-obliterated-serial", "pistol"), ("revolver", "revolver"))]
    record_outcome(session, inspection.id, "seizure", "pistol under the driver's seat")
    case_id, number = session.database.conn.execute(
        "SELECT id, case_number FROM seizure_cases WHERE inspection_ref = ?",
        (inspection.id,)).fetchone()
    for ident in idents:
        add_identified_item(session, case_id, ident)
    return session, str(number)


def at(minutes: int) -> str:
    """A time ``minutes`` after START, as an officer types it (station time)."""
    return (START + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M")


def packing_case_station(path: Path) -> tuple[StationSession, str]:
    """A case ready to pack: the scene secured and photographed, items 1 and 2 identified
    and their forensic requests made (three hours ago, on a moving clock)."""
    clock = MovingClock()
    clock.advance(180)
    session, number = open_case_station(path, clock)
    record_step(session, number, "secure_scene", {
        "discovered_at": at(1), "place": "lane 1", "officers_present": "Ana Petrović"},
        at=at(1))
    record_step(session, number, "photograph_in_place", {"views": "wide"}, at=at(2))
    for item in ("1", "2"):
        record_step(session, number, "identification", {"identification": f"i{item}"},
                    item=item, at=at(3))
        record_step(session, number, "forensic_requests", {"requests": "dna"}, item=item,
                    at=at(4))
    return session, number


def sealed(session: StationSession, number: str, seal: str = "RS 0001",
           item: str = "1") -> Package:
    """A package made for ``item`` and sealed with ``seal``."""
    package = create_package(session, number, [item], "firearm", "pistol", at=at(10))
    return seal_package(session, package.label, [seal], at=at(12))
