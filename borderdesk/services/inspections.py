"""Inspections: starting one from a declaration, recording its outcome, changing lanes.

An inspection's outcome is recorded once. "seizure" (firearms, parts or
ammunition found) opens a seizure case linked to the declaration and the
inspection, numbered ``{crossing}-{year}-{seq:05d}``. An officer may change a
declaration's lane with a reason; the assessment stays as it was and the change
is kept beside it. Recorded outcomes feed the back-testing figures.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.station import StationSession
from borderdesk.store import inspections_repo as repo

KINDS = ("documents", "physical", "xray", "dog")
OUTCOMES = ("nothing_found", "irregularity", "seizure")
LANES = ("red", "yellow", "green")


@dataclass(frozen=True)
class InspectionRecord:
    """An inspection: who started it and when, and once finished, its outcome."""

    id: str
    declaration_id: str
    declaration_version: int
    kind: str
    started_at: datetime  # aware, UTC
    started_by: str
    finished_at: datetime | None = None
    finished_by: str | None = None
    outcome: str | None = None
    findings: str | None = None
    #: The seizure case this inspection opened (outcome "seizure" only).
    case_number: str | None = None
    assessment_ref: str | None = None

    @property
    def finished(self) -> bool:
        """Whether the outcome was recorded."""
        return self.outcome is not None

    def to_json(self) -> dict[str, object]:
        """The inspection as a JSON object."""
        return {
            "id": self.id, "declaration_id": self.declaration_id,
            "declaration_version": self.declaration_version, "kind": self.kind,
            "started_at": self.started_at.isoformat(), "started_by": self.started_by,
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "finished_by": self.finished_by, "outcome": self.outcome,
            "findings": self.findings, "case_number": self.case_number,
        }


@dataclass(frozen=True)
class LaneChange:
    """An officer's change of a declaration's lane, kept beside the assessment."""

    id: str
    declaration_id: str
    from_lane: str | None
    to_lane: str
    reason: str
    changed_by: str
    changed_at: datetime  # aware, UTC
    assessment_ref: str | None = None

    def to_json(self) -> dict[str, object]:
        """The change as a JSON object."""
        return {"declaration_id": self.declaration_id, "from_lane": self.from_lane,
                "to_lane": self.to_lane, "reason": self.reason,
                "changed_by": self.changed_by, "changed_at": self.changed_at.isoformat()}


def record_of(row: repo.InspectionRow) -> InspectionRecord:
    """The service's view of a stored inspection."""
    return InspectionRecord(
        id=row.id, declaration_id=row.declaration_id, declaration_version=row.version,
        kind=row.kind, started_at=parse_utc(row.started_at), started_by=row.started_by,
        finished_at=parse_utc(row.finished_at) if row.finished_at else None,
        finished_by=row.finished_by, outcome=row.outcome, findings=row.findings,
        case_number=row.case_number, assessment_ref=row.assessment_ref)


def lane_change_of(row: repo.LaneChangeRow) -> LaneChange:
    """The service's view of a stored lane change."""
    return LaneChange(row.id, row.declaration_id, row.from_lane, row.to_lane, row.reason,
                      row.changed_by, parse_utc(row.changed_at), row.assessment_ref)


def _declaration(conn: sqlite3.Connection, declaration_id: str) -> repo.DeclarationRefs:
    found = repo.find_declaration(conn, declaration_id.strip())
    if found is None:
        raise UserInputError(tr("there is no declaration '{id}' at this station",
                                id=declaration_id))
    return found


@requires(Permission.INSPECT)
def start_inspection(session: StationSession, declaration_id: str,
                     kind: str) -> InspectionRecord:
    """Start an inspection (documents, physical, xray or dog) of a declaration."""
    if kind not in KINDS:
        raise UserInputError(tr("'{kind}' is not a kind of inspection (known: {known})",
                                kind=kind, known=", ".join(KINDS)))
    with session.database.transaction() as conn:
        declaration = _declaration(conn, declaration_id)
        ref = repo.insert_inspection(conn, session.write_context(), declaration, kind)
        row = repo.get_inspection(conn, ref)
    assert row is not None
    return record_of(row)


@requires(Permission.INSPECT)
def record_outcome(session: StationSession, inspection_id: str, outcome: str,
                   findings: str | None = None) -> InspectionRecord:
    """Record an inspection's outcome, once; "seizure" also opens a seizure case."""
    if outcome not in OUTCOMES:
        raise UserInputError(tr("'{outcome}' is not an inspection outcome (known: {known})",
                                outcome=outcome, known=", ".join(OUTCOMES)))
    text = findings.strip() if findings else None
    context = session.write_context()
    station = session.station
    with session.database.transaction() as conn:
        row = repo.get_inspection(conn, inspection_id.strip())
        if row is None:
            raise UserInputError(tr("there is no inspection '{id}' at this station",
                                    id=inspection_id))
        if row.outcome is not None:
            raise UserInputError(tr(
                "inspection {id} was already finished ({outcome}); its outcome is recorded "
                "once", id=row.id, outcome=row.outcome))
        repo.finish_inspection(conn, context, row.id, outcome, text or None)
        if outcome == "seizure":
            declaration = _declaration(conn, row.declaration_id)
            opened = parse_utc(context.now()).astimezone(session.time_zone())
            crossing = station.crossing_code or declaration.crossing
            repo.open_seizure_case(conn, context, declaration.ref, row.id,
                                   f"{crossing}-{opened.year}")
        finished = repo.get_inspection(conn, row.id)
    assert finished is not None
    return record_of(finished)


@requires(Permission.CHANGE_LANE)
def change_lane(session: StationSession, declaration_id: str, to_lane: str,
                reason: str) -> LaneChange:
    """Change a declaration's lane with a reason; the assessment stays as it was."""
    if to_lane not in LANES:
        raise UserInputError(tr("'{lane}' is not a lane (red, yellow or green)", lane=to_lane))
    if not reason or not reason.strip():
        raise UserInputError(tr("a lane change needs a reason"))
    with session.database.transaction() as conn:
        declaration = _declaration(conn, declaration_id)
        assessment_ref, from_lane = repo.current_lane(conn, declaration.ref)
        if from_lane == to_lane:
            raise UserInputError(tr("declaration {id} is already in the {lane} lane",
                                    id=declaration.declaration_id, lane=to_lane))
        ref = repo.insert_lane_change(conn, session.write_context(), declaration.ref,
                                      assessment_ref, from_lane, to_lane, reason.strip())
        changes = repo.list_lane_changes(conn, declaration.ref)
    return lane_change_of(next(c for c in changes if c.id == ref))


@requires(Permission.VIEW)
def list_inspections(session: StationSession,
                     declaration_id: str | None = None) -> list[InspectionRecord]:
    """Inspections of one declaration, or all of the station's, oldest first."""
    conn = session.database.conn
    ref = None if declaration_id is None else _declaration(conn, declaration_id).ref
    return [record_of(row) for row in repo.list_inspections(conn, ref)]


@requires(Permission.VIEW)
def list_lane_changes(session: StationSession, declaration_id: str) -> list[LaneChange]:
    """A declaration's lane changes, oldest first."""
    conn = session.database.conn
    return [lane_change_of(row)
            for row in repo.list_lane_changes(conn, _declaration(conn, declaration_id).ref)]


@dataclass(frozen=True)
class SeizureCaseSummary:
    """A seizure case opened by an inspection (its full record comes with the seizure issue)."""

    id: str
    case_number: str
    declaration_id: str
    inspection_id: str
    opened_by: str
    opened_at: datetime  # aware, UTC
    status: str

    def to_json(self) -> dict[str, object]:
        """The case as a JSON object."""
        return {"id": self.id, "case_number": self.case_number,
                "declaration_id": self.declaration_id, "inspection_id": self.inspection_id,
                "opened_by": self.opened_by, "opened_at": self.opened_at.isoformat(),
                "status": self.status}


@requires(Permission.VIEW)
def list_seizure_cases(session: StationSession) -> list[SeizureCaseSummary]:
    """The station's seizure cases, newest first."""
    return [SeizureCaseSummary(row.id, row.case_number, row.declaration_id, row.inspection_id,
                               row.opened_by, parse_utc(row.opened_at), row.status)
            for row in repo.list_seizure_cases(session.database.conn)]
