"""A seizure case's persons, tracing and criminal-justice follow-up.

Persons are nominal data (they stay at the station). Tracing is recorded per item
as events (registry check, iARMS query, trace requests and their later statuses,
the illicit origin); follow-up per person (arrested, prosecuted, convicted...).
Tracing and follow-up arrive long after a case is signed off, so adding them needs
no reason; correcting what was recorded does (a mistaken entry is withdrawn by a
new entry that refers to it, with its reason). Every write is audited.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.evidence import tracing as rules
from borderdesk.evidence.case_persons import check_person
from borderdesk.evidence.signoff import SIGNED_OFF, amendment_reason
from borderdesk.evidence.tracing import TraceEvent
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import require_case_change, requires
from borderdesk.services.seizures import case_transaction, find_case, today
from borderdesk.services.station import StationSession
from borderdesk.store import seizure_repo as repo


@dataclass(frozen=True)
class Person:
    """A person involved in a case, as the record stands (``id`` is stable)."""

    id: str
    role: str
    name: str
    nationality: str | None
    sex: str | None
    birth_date: str | None
    document: str
    note: str
    role_note: str
    recorded_at: str
    recorded_by: str

    def to_json(self) -> dict[str, object]:
        """The person as a JSON object, marked as nominal data."""
        return {"id": self.id, "nominal": True, "role": self.role, "role_note": self.role_note,
                "name": self.name, "nationality": self.nationality, "sex": self.sex,
                "birth_date": self.birth_date, "document": self.document, "note": self.note,
                "recorded_at": self.recorded_at, "recorded_by": self.recorded_by}


@requires(Permission.RECORD_SEIZURE)
def add_person(session: StationSession, case_id: str, role: str, name: str,
               reason: str | None = None, **details: Any) -> Person:
    """Record a person involved (``details``: nationality, sex, birth_date, document,
    note, role_note). After sign-off this is an amendment and needs a reason."""
    values = check_person({"role": role, "name": name, **details}, today=today(session))
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizure_tracing.add_person")
        why = amendment_reason(case.status, reason, tr("adding a person"))
        person = new_id()
        repo.insert_row(conn, context, "seizure_persons", {
            "id": person, "case_ref": case.id, "person_ref": person, **values,
            "amendment": int(case.status == SIGNED_OFF), "reason": why}, "add", reason=why)
    return _person(session, case_id, person)


@requires(Permission.RECORD_SEIZURE)
def correct_person(session: StationSession, case_id: str, person_id: str,
                   reason: str | None = None, **changes: Any) -> Person:
    """Correct a person's details: a new row replaces the old one, which stays."""
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizure_tracing.correct_person")
        old = _current(conn, "seizure_persons", case, "person_ref", person_id)
        merged = {k: old[k] for k in ("role", "role_note", "name", "birth_date", "sex",
                                      "nationality", "document", "note")}
        values = check_person({**merged, **changes}, today=today(session))
        if values == merged:
            raise UserInputError(tr("nothing to correct: the person's details already read so"))
        why = amendment_reason(case.status, reason, tr("correcting a person"))
        repo.insert_row(conn, context, "seizure_persons", {
            "case_ref": case.id, "person_ref": old["person_ref"], **values,
            "replaces_ref": old["id"], "amendment": int(case.status == SIGNED_OFF),
            "reason": why}, "correct", reason=why)
    return _person(session, case_id, old["person_ref"])


@requires(Permission.VIEW)
def list_persons(session: StationSession, case_id: str) -> list[Person]:
    """The persons involved, as their records stand, in the order recorded."""
    conn = session.database.conn
    case = find_case(conn, case_id)
    return [Person(r["person_ref"], r["role"], r["name"], r["nationality"], r["sex"],
                   r["birth_date"], r["document"], r["note"], r["role_note"],
                   r["created_at"], r["created_by"])
            for r in repo.rows(conn, "seizure_persons", case.id, current=True)]


@requires(Permission.RECORD_SEIZURE)
def record_registry_check(session: StationSession, case_id: str, item: int, result: str,
                          on: Any, reference: str = "", note: str = "") -> TraceEvent:
    """The national registry check of an item and its result."""
    data = rules.registry_check(result, on, reference, note, today=today(session))
    return _record(session, case_id, "registry_check", data, item=item)


@requires(Permission.RECORD_SEIZURE)
def record_iarms_query(session: StationSession, case_id: str, item: int, result: str,
                       on: Any, reference: str = "", note: str = "") -> TraceEvent:
    """An INTERPOL iARMS query about an item and its result."""
    data = rules.iarms_query(result, on, reference, note, today=today(session))
    return _record(session, case_id, "iarms_query", data, item=item)


@requires(Permission.RECORD_SEIZURE)
def record_trace_request(session: StationSession, case_id: str, item: int, country: str,
                         channel: str, on: Any, reference: str = "", status: str = "sent",
                         note: str = "") -> TraceEvent:
    """A trace request about an item, sent to ``country`` through ``channel``."""
    data = rules.trace_request(country, channel, on, reference, status, note,
                               today=today(session))
    return _record(session, case_id, "trace_request", data, item=item)


@requires(Permission.RECORD_SEIZURE)
def record_trace_status(session: StationSession, case_id: str, request_id: str, status: str,
                        on: Any, note: str = "") -> TraceEvent:
    """A trace request's new status (the latest is current)."""
    data = rules.trace_status(status, on, note, today=today(session))
    return _record(session, case_id, "trace_status", data, request=request_id)


@requires(Permission.RECORD_SEIZURE)
def record_origin(session: StationSession, case_id: str, item: int, established: bool,
                  how: str | None = None, note: str = "") -> TraceEvent:
    """Whether an item's illicit origin was established, and how."""
    return _record(session, case_id, "origin", rules.origin(established, how, note), item=item)


@requires(Permission.RECORD_SEIZURE)
def record_follow_up(session: StationSession, case_id: str, person_id: str, stage: str,
                     on: Any, offences: Sequence[str] = (), note: str = "") -> dict[str, Any]:
    """What became of a person: arrested, prosecuted, convicted..., with the offences."""
    data = rules.follow_up(stage, on, offences, note, today=today(session))
    with case_transaction(session, case_id) as (conn, context, case):
        person = _current(conn, "seizure_persons", case, "person_ref", person_id)
        entry = repo.insert_row(conn, context, "seizure_followup", {
            "case_ref": case.id, "person_ref": person["person_ref"], "stage": data["stage"],
            "occurred_on": data["date"], "offences": data["offences"], "note": data["note"]},
            "record")
    return next(e for e in follow_up_entries(session, case_id) if e["id"] == entry)


@requires(Permission.RECORD_SEIZURE)
def withdraw_entry(session: StationSession, case_id: str, entry_id: str, reason: str) -> None:
    """Withdraw a mistaken tracing or follow-up entry, or a person recorded by mistake:
    a new entry refers to it with the reason; the mistaken one stays as history."""
    if not (reason or "").strip():
        raise UserInputError(tr("withdrawing an entry needs a reason"))
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizure_tracing.withdraw_entry")
        for table, key in (("seizure_tracing", "id"), ("seizure_followup", "id"),
                           ("seizure_persons", "person_ref")):
            old = next((r for r in repo.rows(conn, table, case.id, current=True)
                        if r[key] == entry_id.strip()), None)
            if old is not None:
                break
        else:
            raise UserInputError(tr("case {case} has no current entry '{id}'",
                                    case=case.case_number, id=entry_id))
        copy = {k: v for k, v in old.items() if k not in (
            "id", "station_id", "created_at", "updated_at", "created_by", "replaces_ref",
            "withdrawn", "amendment", "reason")}
        repo.insert_row(conn, context, table, {
            **copy, "replaces_ref": old["id"], "withdrawn": 1,
            "amendment": int(case.status == SIGNED_OFF), "reason": reason.strip()},
            "withdraw", reason=reason.strip())


@requires(Permission.VIEW)
def tracing_events(session: StationSession, case_id: str) -> list[TraceEvent]:
    """The case's current tracing events, in the order recorded."""
    conn = session.database.conn
    case = find_case(conn, case_id)
    return [TraceEvent(r["id"], r["kind"], r["item_ref"], r["request_ref"], r["data"],
                       r["created_at"], r["created_by"])
            for r in repo.rows(conn, "seizure_tracing", case.id, current=True)]


@requires(Permission.VIEW)
def tracing_by_item(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    """Per item: its registry checks, iARMS queries, trace requests (with the status now)
    and the latest word on its illicit origin."""
    from borderdesk.services.seizures import get_case

    events = tracing_events(session, case_id)
    result = []
    for item in get_case(session, case_id).items:
        mine = [e for e in events if e.item_ref == item.id]
        requests = [{"id": e.id, **e.data, "status": rules.current_status(e.id, events),
                     "answered": rules.is_answered(rules.current_status(e.id, events)),
                     "recorded_at": e.recorded_at, "recorded_by": e.recorded_by}
                    for e in mine if e.kind == "trace_request"]
        origins = [e.data for e in mine if e.kind == "origin"]
        result.append({
            "item": item.number, "item_id": item.id,
            "registry_checks": [{"id": e.id, **e.data} for e in mine
                                if e.kind == "registry_check"],
            "iarms_queries": [{"id": e.id, **e.data} for e in mine if e.kind == "iarms_query"],
            "trace_requests": requests, "origin": origins[-1] if origins else None})
    return result


@requires(Permission.VIEW)
def follow_up_entries(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    """The case's current follow-up entries, in the order recorded."""
    conn = session.database.conn
    case = find_case(conn, case_id)
    return [{"id": r["id"], "person_id": r["person_ref"], "stage": r["stage"],
             "date": r["occurred_on"], "offences": r["offences"], "note": r["note"],
             "recorded_at": r["created_at"], "recorded_by": r["created_by"]}
            for r in repo.rows(conn, "seizure_followup", case.id, current=True)]


def _record(session: StationSession, case_id: str, kind: str, data: dict[str, Any], *,
            item: int | None = None, request: str | None = None) -> TraceEvent:
    with case_transaction(session, case_id) as (conn, context, case):
        item_ref = None
        if item is not None:
            found = [r for r in repo.rows(conn, "seizure_items", case.id, current=True)
                     if r["number"] == item]
            if not found:
                raise UserInputError(tr("case {case} has no item {number}",
                                        case=case.case_number, number=item))
            item_ref = found[0]["item_ref"]
        if request is not None:
            asked = _current(conn, "seizure_tracing", case, "id", request)
            if asked["kind"] != "trace_request":
                raise UserInputError(tr("entry {id} is not a trace request", id=request))
            item_ref = asked["item_ref"]
        entry = repo.insert_row(conn, context, "seizure_tracing", {
            "case_ref": case.id, "item_ref": item_ref, "kind": kind, "request_ref": request,
            "data": data}, "record")
    return next(e for e in tracing_events(session, case_id) if e.id == entry)


def _current(conn: sqlite3.Connection, table: str, case: repo.CaseRow, key: str,
             wanted: str) -> dict[str, Any]:
    for row in repo.rows(conn, table, case.id, current=True):
        if row[key] == wanted.strip():
            return row
    raise UserInputError(tr("case {case} has no current entry '{id}'", case=case.case_number,
                            id=wanted))


def _person(session: StationSession, case_id: str, person_id: str) -> Person:
    return next(p for p in list_persons(session, case_id) if p.id == person_id)
