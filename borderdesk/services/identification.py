"""Identifications: start one for an item an inspection found, save, resume, complete.

The walk itself is ``identify.engine.Walk`` (no database); this service stores it.
Each save adds the walk's whole state as a new row and completing adds the item
record, so nothing recorded is overwritten. Trace-readiness is worked out from the
latest completed result.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.identify.checklist import DEFAULT_CHECKLIST, Checklist, named_checklist
from borderdesk.identify.engine import Walk
from borderdesk.identify.item import ItemRecord
from borderdesk.identify.trace import TraceReadiness, trace_readiness
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.exercise_guard import is_exercise
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store import identification_repo as repo


@dataclass(frozen=True)
class Identification:
    """An identification as the window and the command line see it."""

    id: str
    inspection_id: str
    item_label: str
    checklist: str
    checklist_version: int
    started_at: datetime
    started_by: str
    saves: int
    saved_at: datetime
    saved_by: str
    #: The step to answer next (None once every step is answered).
    current_step: str | None
    completed_at: datetime | None
    category: str | None
    legal_category: str | None

    @property
    def completed(self) -> bool:
        """Whether a result was recorded."""
        return self.completed_at is not None

    def to_json(self) -> dict[str, object]:
        """The identification as a JSON object."""
        return {
            "id": self.id, "inspection_id": self.inspection_id, "item": self.item_label,
            "checklist": self.checklist, "checklist_version": self.checklist_version,
            "started_at": self.started_at.isoformat(), "started_by": self.started_by,
            "saves": self.saves, "saved_at": self.saved_at.isoformat(),
            "saved_by": self.saved_by, "current_step": self.current_step,
            "completed_at": self.completed_at.isoformat() if self.completed_at else None,
            "category": self.category, "legal_category": self.legal_category,
        }


def checklist_for(name: str = DEFAULT_CHECKLIST) -> Checklist:
    """A shipped checklist by id, or a plain-words error."""
    try:
        return named_checklist(name)
    except KeyError:
        raise UserInputError(tr("there is no checklist '{name}'", name=name)) from None


@requires(Permission.IDENTIFY)
def start_identification(session: StationSession, inspection_id: str, item_label: str,
                         checklist: Checklist | None = None) -> tuple[Identification, Walk]:
    """Start identifying an item found by an inspection; the stored record and its walk."""
    label = item_label.strip()
    if not label:
        raise UserInputError(tr("give the item a label (e.g. 'item 1', 'pistol in the cab')"))
    checklist = checklist or checklist_for()
    walk = Walk.start(checklist)
    with session.database.transaction() as conn:
        if not repo.inspection_exists(conn, inspection_id.strip()):
            raise UserInputError(tr("there is no inspection '{id}' at this station",
                                    id=inspection_id))
        ident = repo.insert_identification(
            conn, session.write_context(), inspection_id.strip(), label, checklist.id,
            checklist.version, walk.to_dict(), walk.state.current)
    return get_identification(session, ident), walk


@requires(Permission.IDENTIFY)
def save_walk(session: StationSession, identification_id: str, walk: Walk) -> Identification:
    """Save the walk as it is now (a new save; earlier ones stay)."""
    with session.database.transaction() as conn:
        row = _row(conn, identification_id)
        _same_checklist(row, walk)
        repo.insert_save(conn, session.write_context(), row.id, walk.to_dict(),
                         walk.state.current)
    return get_identification(session, row.id)


@requires(Permission.VIEW)
def resume(session: StationSession, identification_id: str) -> Walk:
    """The walk as last saved, on the checklist it was started with."""
    row = _row(session.database.conn, identification_id)
    return Walk.from_dict(checklist_for(row.checklist), row.state)


@requires(Permission.IDENTIFY)
def complete(session: StationSession, identification_id: str, walk: Walk) -> ItemRecord:
    """Record the finished walk and its item record (in one transaction)."""
    if not walk.finished:
        shown = walk.current
        raise UserInputError(tr("the identification is not complete: '{step}' is still to"
                                " answer", step=shown.step.title if shown else ""))
    record = walk.result()
    with session.database.transaction() as conn:
        row = _row(conn, identification_id)
        _same_checklist(row, walk)
        context = session.write_context()
        save = repo.insert_save(conn, context, row.id, walk.to_dict(), None)
        repo.insert_result(conn, context, row.id, save, record.to_dict())
    return record


@requires(Permission.IDENTIFY)
def record_walk(session: StationSession, inspection_id: str, item_label: str,
                walk: Walk) -> Identification:
    """Store a walk finished elsewhere (e.g. from an answers file) as a completed
    identification of the inspection: all of it in one transaction, or nothing."""
    if not walk.finished:
        complete(session, "", walk)  # raises the plain-words "not complete" error
    with session.database.transaction():
        started, _ = start_identification(session, inspection_id, item_label, walk.checklist)
        complete(session, started.id, walk)
    return get_identification(session, started.id)


@requires(Permission.VIEW)
def get_identification(session: StationSession, identification_id: str) -> Identification:
    """One identification by id (or an unambiguous beginning of it)."""
    return _view(_row(session.database.conn, identification_id))


@requires(Permission.VIEW)
def list_identifications(session: StationSession,
                         inspection_id: str | None = None) -> list[Identification]:
    """The identifications of one inspection, or all of them, oldest first."""
    rows = repo.list_identifications(session.database.conn,
                                     inspection_id.strip() if inspection_id else None)
    return [_view(r) for r in rows]


@requires(Permission.VIEW)
def result_of(session: StationSession, identification_id: str) -> ItemRecord:
    """The item record of a completed identification."""
    row = _row(session.database.conn, identification_id)
    if row.result is None:
        raise UserInputError(tr("identification {id} is not completed yet", id=row.id))
    return ItemRecord.from_dict(row.result)


@requires(Permission.VIEW)
def trace_readiness_of(session: StationSession, identification_id: str) -> TraceReadiness:
    """What a trace request for the completed identification still lacks."""
    return trace_readiness(result_of(session, identification_id))


@requires(Permission.EXPORT)
def write_referral_packet(session: StationSession, identification_id: str,
                          destination: Path, question: str) -> list[str]:
    """Write the expert-referral packet of a completed identification to ``destination``;
    the photo references that could not be attached (no photo store yet: all of them)."""
    from borderdesk.identify.referral import Referral, write_referral

    if not question.strip():
        raise UserInputError(tr("say what the expert should answer"))
    found = get_identification(session, identification_id)
    record = result_of(session, found.id)
    walk = resume(session, found.id)
    station = session.station
    referral = Referral(found.item_label, session.actor,
                        session.write_context().now(), question.strip(),
                        f"{station.name} {station.crossing_code}".strip(),
                        tr("EXERCISE - NOT EVIDENCE") if is_exercise(session) else "")
    with session.database.transaction():
        record_event(session, "export", subject=found.id, details={
            "document": "referral_packet", "identification": found.id,
            "inspection": found.inspection_id, "file": destination.name})
        # In the transaction: a packet that cannot be written records nothing.
        return write_referral(destination, referral, record, walk.path(), walk.warnings())


def _row(conn: sqlite3.Connection, identification_id: str) -> repo.IdentificationRow:
    wanted = identification_id.strip()
    matches = repo.find_by_prefix(conn, wanted) if wanted else []
    if len(matches) > 1 and wanted not in matches:
        raise UserInputError(tr("'{id}' is the beginning of {count} identifications: give"
                                " more of it", id=wanted, count=len(matches)))
    found = repo.get_identification(conn, wanted if wanted in matches else
                                    (matches[0] if matches else wanted))
    if found is None:
        raise UserInputError(tr("there is no identification '{id}' at this station",
                                id=identification_id))
    return found


def _same_checklist(row: repo.IdentificationRow, walk: Walk) -> None:
    if (walk.checklist.id, walk.checklist.version) != (row.checklist, row.checklist_version):
        raise UserInputError(tr(
            "identification {id} was started with checklist '{name}' version {version}; this"
            " walk uses version {other}", id=row.id, name=row.checklist,
            version=row.checklist_version, other=walk.checklist.version))


def _view(row: repo.IdentificationRow) -> Identification:
    return Identification(
        id=row.id, inspection_id=row.inspection_id, item_label=row.item_label,
        checklist=row.checklist, checklist_version=row.checklist_version,
        started_at=parse_utc(row.created_at), started_by=row.created_by, saves=row.saves,
        saved_at=parse_utc(row.saved_at), saved_by=row.saved_by,
        current_step=row.current_step,
        completed_at=parse_utc(row.completed_at) if row.completed_at else None,
        category=row.category, legal_category=row.legal_category)
