"""Seizure cases: the event record, items, persons, sign-off and amendments, and ``show``.

An inspection finished with outcome "seizure" opens a case; this service fills its
record. Nothing recorded is overwritten: each value, item or person is a new row
(the latest current, the earlier ones kept as history), and once a supervisor has
signed the case off every change needs a reason and is stored as an amendment.
Every write is one transaction with its change-log rows and audit-chain entries.

Extension points for the other parts of the evidence work:

- :data:`SIGN_OFF_CHECKS`: functions ``(session, case_id) -> [what is missing]`` run
  by :func:`sign_off` beside the case record's own minimum;
- :data:`SHOW_SECTIONS`: ``(name, function(session, case_id) -> JSON value)`` pairs,
  in order, that make the whole case of :func:`case_document` (``seizure show``).

Tracing and criminal-justice follow-up live in :mod:`borderdesk.services.seizure_tracing`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from borderdesk.core.canonical import canonical_json
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.evidence.case_fields import FIELDS, FieldError, check_notes, check_value
from borderdesk.evidence.case_items import (
    ItemDraft,
    ammunition_group,
    check_description,
    check_quantity,
    item_from_record,
    part_group,
)
from borderdesk.evidence.signoff import SIGNED_OFF, amendment_reason, missing_for_sign_off
from borderdesk.identify.item import ItemRecord
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import exempt, require_case_change, requires
from borderdesk.services.custody import custody_events, list_packages
from borderdesk.services.evidence_steps import sign_off_blockers, timeline
from borderdesk.services.photos import list_photos
from borderdesk.services.station import StationSession
from borderdesk.store import seizure_repo as repo
from borderdesk.store.context import WriteContext

#: Further sign-off checks, ``(session, case_id) -> [what is missing, in words]``.
SIGN_OFF_CHECKS: list[Callable[[StationSession, str], list[str]]] = [sign_off_blockers]


class SignOffRefused(UserInputError):
    """A sign-off refused; ``missing`` lists what the case still lacks."""

    def __init__(self, case_number: str, missing: list[str]) -> None:
        self.missing = missing
        super().__init__(tr("case {number} cannot be signed off yet:\n{missing}",
                            number=case_number,
                            missing="\n".join(f"  - {m}" for m in missing)))


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: str
    case_number: str
    status: str
    opened_at: str
    opened_by: str
    crossing: str
    declaration_id: str
    event_type: str | None
    item_count: int

    def to_json(self) -> dict[str, object]:
        """The summary as a JSON object (``seizure list --format jsonl``)."""
        return {"id": self.id, "case_number": self.case_number, "status": self.status,
                "opened_at": self.opened_at, "opened_by": self.opened_by,
                "crossing": self.crossing, "declaration_id": self.declaration_id,
                "event_type": self.event_type, "item_count": self.item_count}


@dataclass(frozen=True)
class CaseItem:
    """A current item of a case: ``id`` is its stable id, ``number`` its label."""

    id: str
    number: int
    kind: str
    category: str
    quantity: int
    description: str
    component: str | None
    calibre: str | None
    identification_id: str | None
    record: ItemRecord | None
    recorded_at: str
    recorded_by: str
    amendment: bool
    reason: str | None

    def to_json(self) -> dict[str, object]:
        """The item as a JSON object, with its markings when identified."""
        return {"id": self.id, "number": self.number, "kind": self.kind,
                "category": self.category, "quantity": self.quantity,
                "description": self.description, "component": self.component,
                "calibre": self.calibre, "identification_id": self.identification_id,
                "markings": [m.to_dict() for m in self.record.markings] if self.record else [],
                "record": self.record.to_dict() if self.record else None,
                "recorded_at": self.recorded_at, "recorded_by": self.recorded_by,
                "amendment": self.amendment, "reason": self.reason}


@dataclass(frozen=True)
class FieldEntry:
    """One value given to a field: who, when, and for an amendment, why."""

    id: str
    field: str
    value: Any
    recorded_at: str
    recorded_by: str
    amendment: bool
    reason: str | None
    replaces: str | None

    def to_json(self) -> dict[str, object]:
        """The entry as a JSON object."""
        return {"id": self.id, "field": self.field, "value": self.value,
                "recorded_at": self.recorded_at, "recorded_by": self.recorded_by,
                "amendment": self.amendment, "reason": self.reason,
                "replaces": self.replaces}


@dataclass(frozen=True)
class SeizureCase:
    """A case with its event fields as they stand and its current items."""

    summary: CaseSummary
    inspection_id: str
    fields: Mapping[str, Any]
    rules_hit: tuple[str, ...]
    items: tuple[CaseItem, ...]
    signed_off_at: str | None
    signed_off_by: str | None

    @property
    def signed_off(self) -> bool:
        """Whether a supervisor signed the case off (it is then locked)."""
        return self.summary.status == SIGNED_OFF


@exempt("opens the write transaction of a case: its callers check their permission")
@contextmanager
def case_transaction(session: StationSession, case_id: str
                     ) -> Iterator[tuple[sqlite3.Connection, WriteContext, repo.CaseRow]]:
    """One write transaction on a case: the connection, the write stamp and the case
    (found by id, beginning of id or number)."""
    with session.database.transaction() as conn:
        yield conn, session.write_context(), find_case(conn, case_id)


def find_case(conn: sqlite3.Connection, case_id: str) -> repo.CaseRow:
    """A case by id, unambiguous beginning of its id, or case number."""
    wanted = case_id.strip()
    found = repo.find_cases(conn, wanted) if wanted else []
    if len(found) > 1:
        raise UserInputError(tr("'{id}' is the beginning of {count} cases: give more of it",
                                id=wanted, count=len(found)))
    row = repo.get_case(conn, found[0]) if found else None
    if row is None:
        raise UserInputError(tr("there is no seizure case '{id}' at this station", id=case_id))
    return row


@requires(Permission.VIEW)
def list_cases(session: StationSession) -> list[CaseSummary]:
    """The station's cases, newest first."""
    conn = session.database.conn
    cases = repo.list_cases(conn)
    fields = repo.current_fields(conn)
    counts = repo.item_counts(conn)
    return [_summary(row, fields.get(row.id, {}), counts.get(row.id, 0)) for row in cases]


@requires(Permission.VIEW)
def get_case(session: StationSession, case_id: str) -> SeizureCase:
    """One case as it stands."""
    conn = session.database.conn
    row = find_case(conn, case_id)
    fields = repo.current_fields(conn, [row.id]).get(row.id, {})
    items = tuple(_item(r) for r in repo.rows(conn, "seizure_items", row.id, current=True))
    signoffs = repo.rows(conn, "seizure_signoffs", row.id)
    first = signoffs[0] if signoffs else None
    return SeizureCase(_summary(row, fields, len(items)), row.inspection_id, fields,
                       tuple(repo.rules_hit(conn, row.assessment_ref)), items,
                       first["created_at"] if first else None,
                       first["created_by"] if first else None)


@requires(Permission.RECORD_SEIZURE)
def set_fields(session: StationSession, case_id: str, values: Mapping[str, Any],
               reason: str | None = None) -> SeizureCase:
    """Give event fields new values (None or empty clears one); unchanged values are
    not written again. After sign-off a reason is needed and each is an amendment."""
    if not values:
        raise UserInputError(tr("say which fields to set"))
    zone, now = session.time_zone(), session.clock.now()
    checked = {field: check_value(field, raw, zone=zone, now=now)
               for field, raw in values.items()}
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizures.set_fields")
        current = repo.current_fields(conn, [case.id]).get(case.id, {})
        changed = {f: v for f, v in checked.items() if current.get(f) != v}
        if not changed:
            return get_case(session, case.id)
        merged = {**current, **changed}
        check_notes(merged)
        if merged.get("detection_method") == "risk_rules" and not repo.rules_hit(
                conn, case.assessment_ref):
            raise FieldError("detection_method", tr(
                "no risk rule hit in the screening this inspection followed; choose the "
                "method that found it"))
        why = amendment_reason(case.status, reason, tr("changing {fields}",
                                                       fields=", ".join(changed)))
        latest = repo.latest_entry_ids(conn, case.id)
        stamp = context.now()
        for field, value in changed.items():
            repo.insert_row(conn, context, "seizure_case_entries", {
                "case_ref": case.id, "field": field,
                "value": None if value is None else canonical_json(value),
                "replaces_ref": latest.get(field), "amendment": int(case.status == SIGNED_OFF),
                "reason": why}, "amend" if case.status == SIGNED_OFF else "set",
                now=stamp, reason=why)
    return get_case(session, case.id)


@requires(Permission.VIEW)
def field_history(session: StationSession, case_id: str,
                  field: str | None = None) -> list[FieldEntry]:
    """Every value given to the case's fields (or one field), oldest first."""
    conn = session.database.conn
    case = find_case(conn, case_id)
    return [FieldEntry(r["id"], r["field"], r["value"], r["created_at"], r["created_by"],
                       bool(r["amendment"]), r["reason"], r["replaces_ref"])
            for r in repo.rows(conn, "seizure_case_entries", case.id)
            if field is None or r["field"] == field]


@requires(Permission.RECORD_SEIZURE)
def add_identified_item(session: StationSession, case_id: str, identification_id: str,
                        reason: str | None = None) -> CaseItem:
    """Add the item a completed identification of the case's inspection describes."""
    from borderdesk.services.identification import get_identification, result_of

    found = get_identification(session, identification_id)
    record = result_of(session, found.id)
    with case_transaction(session, case_id) as (conn, _context, case):
        if repo.identification_inspection(conn, found.id) != case.inspection_id:
            raise UserInputError(tr(
                "identification {id} belongs to another inspection than case {number}'s",
                id=found.id, number=case.case_number))
        taken = repo.identification_in_use(conn, found.id)
        if taken is not None:
            raise UserInputError(tr("identification {id} is already item {number}",
                                    id=found.id, number=taken))
    return _add_item(session, case_id, item_from_record(record, found.id), reason)


@requires(Permission.RECORD_SEIZURE)
def add_part_group(session: StationSession, case_id: str, part_type: str, quantity: Any,
                   description: str = "", calibre: str | None = None,
                   reason: str | None = None) -> CaseItem:
    """Add a counted group of parts (barrels, slides, magazines...)."""
    return _add_item(session, case_id, part_group(part_type, quantity, description, calibre),
                     reason)


@requires(Permission.RECORD_SEIZURE)
def add_ammunition_group(session: StationSession, case_id: str, calibre: str, quantity: Any,
                         description: str = "", reason: str | None = None) -> CaseItem:
    """Add a counted group of rounds of one calibre."""
    return _add_item(session, case_id, ammunition_group(calibre, quantity, description),
                     reason)


@requires(Permission.RECORD_SEIZURE)
def correct_item(session: StationSession, case_id: str, number: int, reason: str | None, *,
                 quantity: Any = None, description: str | None = None) -> CaseItem:
    """Correct a counted group's quantity or an item's description: a new row replaces the
    old one, which stays as history."""
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizures.correct_item")
        old = _current_item(conn, case, number)
        if quantity is not None and old["kind"] == "firearm":
            raise FieldError("quantity", tr("a firearm is one item; add another item instead"))
        new_quantity = old["quantity"] if quantity is None else check_quantity(quantity)
        new_description = (old["description"] if description is None
                           else check_description(description))
        if (new_quantity, new_description) == (old["quantity"], old["description"]):
            raise UserInputError(tr("item {n} already reads so: nothing to correct", n=number))
        why = amendment_reason(case.status, reason, tr("correcting item {n}", n=number))
        row = {k: old[k] for k in ("case_ref", "item_ref", "number", "kind",
                                   "identification_ref", "category", "component", "calibre",
                                   "record")}
        row.update(quantity=new_quantity, description=new_description,
                   replaces_ref=old["id"], amendment=int(case.status == SIGNED_OFF),
                   reason=why)
        repo.insert_row(conn, context, "seizure_items", row, "correct", reason=why)
    return _find_item(session, case_id, number)


@requires(Permission.RECORD_SEIZURE)
def withdraw_item(session: StationSession, case_id: str, number: int, reason: str) -> None:
    """Withdraw an item recorded by mistake (always with a reason); it stays as history
    and its number is not given again."""
    if not (reason or "").strip():
        raise UserInputError(tr("withdrawing an item needs a reason"))
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizures.withdraw_item")
        old = _current_item(conn, case, number)
        row = {k: old[k] for k in ("case_ref", "item_ref", "number", "kind",
                                   "identification_ref", "category", "component", "calibre",
                                   "quantity", "description", "record")}
        row.update(replaces_ref=old["id"], withdrawn=1, amendment=int(case.status == SIGNED_OFF),
                   reason=reason.strip())
        repo.insert_row(conn, context, "seizure_items", row, "withdraw", reason=reason.strip())


@requires(Permission.VIEW)
def item_history(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    """Every row ever written for the case's items (firsts, corrections, withdrawals)."""
    conn = session.database.conn
    case = find_case(conn, case_id)
    return [{"id": r["id"], "item_id": r["item_ref"], "number": r["number"],
             "kind": r["kind"], "quantity": r["quantity"], "description": r["description"],
             "withdrawn": bool(r["withdrawn"]), "amendment": bool(r["amendment"]),
             "reason": r["reason"], "replaces": r["replaces_ref"],
             "recorded_at": r["created_at"], "recorded_by": r["created_by"]}
            for r in repo.rows(conn, "seizure_items", case.id)]


@requires(Permission.VIEW)
def sign_off_problems(session: StationSession, case_id: str) -> list[str]:
    """What the case still lacks for a sign-off (empty: it can be signed off)."""
    case = get_case(session, case_id)
    missing = missing_for_sign_off(case.fields, len(case.items))
    for check in SIGN_OFF_CHECKS:
        missing.extend(check(session, case.summary.id))
    return missing


@requires(Permission.SIGN_OFF)
def sign_off(session: StationSession, case_id: str, note: str = "") -> SeizureCase:
    """A supervisor signs the case off, which locks it; refused with what is missing."""
    case = get_case(session, case_id)
    if case.signed_off:
        raise UserInputError(tr("case {number} was already signed off by {who} on {when}",
                                number=case.summary.case_number, who=case.signed_off_by,
                                when=case.signed_off_at))
    with case_transaction(session, case.summary.id) as (conn, context, row):
        # Checked inside the write: nothing can change between the check and the lock.
        missing = sign_off_problems(session, row.id)
        if missing:
            raise SignOffRefused(case.summary.case_number, missing)
        repo.insert_row(conn, context, "seizure_signoffs",
                        {"case_ref": row.id, "note": note.strip()}, "sign_off")
        repo.set_status(conn, context, row.id, SIGNED_OFF, "sign_off")
    return get_case(session, case.summary.id)


@exempt("reads only the station's clock and time zone")
def today(session: StationSession) -> date:
    """The station's date now (dates of tracing and follow-up may not lie after it)."""
    return session.clock.now().astimezone(session.time_zone()).date()


def _add_item(session: StationSession, case_id: str, draft: ItemDraft,
              reason: str | None) -> CaseItem:
    with case_transaction(session, case_id) as (conn, context, case):
        require_case_change(session, case.status, action="seizures.add_item")
        number = repo.next_item_number(conn, case.id)
        why = amendment_reason(case.status, reason, tr("adding an item"))
        item_id = new_id()
        repo.insert_row(conn, context, "seizure_items", {
            "id": item_id, "case_ref": case.id, "item_ref": item_id, "number": number,
            "kind": draft.kind, "identification_ref": draft.identification_ref,
            "category": draft.category, "component": draft.component,
            "calibre": draft.calibre, "quantity": draft.quantity,
            "description": draft.description, "record": draft.record,
            "amendment": int(case.status == SIGNED_OFF), "reason": why}, "add", reason=why)
    return _find_item(session, case_id, number)


def _current_item(conn: sqlite3.Connection, case: repo.CaseRow, number: int) -> dict[str, Any]:
    for row in repo.rows(conn, "seizure_items", case.id, current=True):
        if row["number"] == number:
            return row
    raise UserInputError(tr("case {case} has no item {number}", case=case.case_number,
                            number=number))


def _find_item(session: StationSession, case_id: str, number: int) -> CaseItem:
    return next(i for i in get_case(session, case_id).items if i.number == number)


def _item(row: Mapping[str, Any]) -> CaseItem:
    record = ItemRecord.from_dict(row["record"]) if row.get("record") else None
    return CaseItem(row["item_ref"], row["number"], row["kind"], row["category"],
                    row["quantity"], row["description"], row["component"], row["calibre"],
                    row["identification_ref"], record, row["created_at"], row["created_by"],
                    bool(row["amendment"]), row["reason"])


def _summary(row: repo.CaseRow, fields: Mapping[str, Any], items: int) -> CaseSummary:
    return CaseSummary(row.id, row.case_number, row.status, row.opened_at, row.opened_by,
                       str(fields.get("crossing") or row.declaration_crossing),
                       row.declaration_id, fields.get("event_type"), items)


def _case_section(session: StationSession, case_id: str) -> dict[str, Any]:
    case = get_case(session, case_id)
    return {**case.summary.to_json(), "inspection_id": case.inspection_id,
            "rules_hit": list(case.rules_hit), "signed_off_at": case.signed_off_at,
            "signed_off_by": case.signed_off_by, "code_lists_version": seizure_codes().version,
            "fields": {f: case.fields[f] for f in FIELDS if f in case.fields}}


def _items_section(session: StationSession, case_id: str) -> list[dict[str, object]]:
    return [item.to_json() for item in get_case(session, case_id).items]


def _steps_section(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    return [record.to_json() for record in timeline(session, case_id)]


def _packages_section(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    return [package.to_json() for package in list_packages(session, case_id)]


def _custody_section(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    return [event.to_json() for package in list_packages(session, case_id)
            for event in custody_events(session, package.id)]


def _photos_section(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    return [photo.to_json() for photo in list_photos(session, case_id)]


def _history_section(session: StationSession, case_id: str) -> dict[str, object]:
    return {"fields": [e.to_json() for e in field_history(session, case_id)],
            "items": item_history(session, case_id)}


def _persons_section(session: StationSession, case_id: str) -> list[dict[str, object]]:
    from borderdesk.services.seizure_tracing import list_persons

    return [person.to_json() for person in list_persons(session, case_id)]


def _tracing_section(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    from borderdesk.services.seizure_tracing import tracing_by_item

    return tracing_by_item(session, case_id)


def _follow_up_section(session: StationSession, case_id: str) -> list[dict[str, Any]]:
    from borderdesk.services.seizure_tracing import follow_up_entries

    return follow_up_entries(session, case_id)


#: The parts of ``seizure show``, in order; other parts of the evidence work append theirs
#: (steps, photos, custody) where they belong.
SHOW_SECTIONS: list[tuple[str, Callable[[StationSession, str], Any]]] = [
    ("case", _case_section), ("items", _items_section), ("persons", _persons_section),
    ("tracing", _tracing_section), ("follow_up", _follow_up_section),
    ("steps", _steps_section), ("packages", _packages_section),
    ("custody", _custody_section), ("photos", _photos_section),
    ("history", _history_section),
]


@requires(Permission.VIEW)
def case_document(session: StationSession, case_id: str) -> dict[str, Any]:
    """The whole case as JSON: one key per section of :data:`SHOW_SECTIONS`."""
    case_ref = find_case(session.database.conn, case_id).id
    return {name: provide(session, case_ref) for name, provide in SHOW_SECTIONS}
