"""Corrections of packages, seals and custody events: nothing recorded is deleted; a
mistaken entry is corrected, or withdrawn, by a new entry that refers to it with the
reason, who and when (:mod:`borderdesk.store.correction_repo`), and the original is kept
and shown as corrected.

What may change: a package's kind, items and contents; a seal's number, time and
officer; a custody event's time, parties, purpose, place and note. A transfer recorded
on the wrong package is withdrawn there and recorded on the right one. A corrected
custody event is checked against the chain before it, as a new transfer would be; when
it leaves a later event out of line (the holder changed), the correction is stored and
the later problems are returned, and :func:`services.custody.check_custody` names them
until those events are corrected too. The step records made with a package, its seals
and its first transfer follow: items taken out of a package, a withdrawn package, its
last seal or last transfer withdrawn, withdraw them; items put in get them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.evidence.custody import walk_chain
from borderdesk.evidence.packages import check_seal_numbers, seal_key
from borderdesk.security.permissions import Permission
from borderdesk.services import evidence_current as current
from borderdesk.services.authz import require_case_change, requires
from borderdesk.services.custody import (
    CustodyEvent,
    Package,
    custody_facts,
    event_view,
    package_row,
    package_view,
    seal_facts,
)
from borderdesk.services.evidence_steps import (
    act_time,
    check_item,
    steps_definition,
    store_step,
    when_text,
)
from borderdesk.services.station import StationSession
from borderdesk.store import correction_repo, evidence_repo
from borderdesk.store.evidence_repo import CaseRef, NewStep, PackageRow, StepRow


@dataclass(frozen=True)
class TransferCorrection:
    """A corrected (or withdrawn) custody event, and the later events it leaves out of
    line, in words (correct those too; the chain check names them until then)."""

    event: CustodyEvent
    later_problems: tuple[str, ...]


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise UserInputError(tr("say what was wrong: a correction needs a reason"))
    return text


def _case(conn: sqlite3.Connection, row: PackageRow) -> CaseRef:
    case = evidence_repo.get_case(conn, row.case_id)
    assert case is not None  # foreign key
    return case


def _open_package(session: StationSession, conn: sqlite3.Connection, text: str,
                  action: str) -> PackageRow:
    row = package_row(conn, text)
    # A correction changes what the case records: an amendment once it is signed off.
    require_case_change(session, _case(conn, row).status, action=action)
    fixed = current.package(conn, row)
    if fixed.withdrawn:
        raise UserInputError(tr("package {label} was withdrawn; it is not corrected again",
                                label=row.label))
    return fixed.current


def _text(value: str, what: str) -> str:
    text = " ".join(value.split())
    if not text:
        raise UserInputError(tr("{what} must not be empty", what=what))
    return text


@requires(Permission.RECORD_SEIZURE)
def correct_package(session: StationSession, package: str, *, reason: str,
                    kind: str | None = None, items: Sequence[str] | None = None,
                    contents: str | None = None) -> Package:
    """Correct a package's kind, items or contents (what is not given is kept)."""
    why = _reason(reason)
    steps = steps_definition()
    with session.database.transaction() as conn:
        row = _open_package(session, conn, package, "evidence_corrections.correct_package")
        case = _case(conn, row)
        changes: dict[str, Any] = {}
        if kind is not None and kind != row.kind:
            if kind not in {k.id for k in steps.package_kinds}:
                raise UserInputError(tr("'{kind}' is not a kind of package (known: {known})",
                                        kind=kind, known=", ".join(
                                            k.id for k in steps.package_kinds)))
            changes["kind"] = kind
        if items is not None:
            spec = next(s for s in steps.steps if s.recorded_with == "package")
            wanted = list(dict.fromkeys(i for i in (check_item(session, case, spec, item)
                                                    for item in items) if i))
            if not wanted:
                raise UserInputError(tr("say which item the package holds"))
            if wanted != row.items:
                changes["items"] = wanted
        if contents is not None and " ".join(contents.split()) != row.contents:
            changes["contents"] = " ".join(contents.split())
        if not changes:
            raise UserInputError(tr("nothing to correct: give the values that were wrong"))
        correction_repo.insert_correction(conn, session.write_context(), case.id,
                                          "evidence_packages", row.id, "correct", changes, why)
        _follow_steps(session, conn, case, row.id, why)
        return package_view(conn, row)


@requires(Permission.RECORD_SEIZURE)
def withdraw_package(session: StationSession, package: str, *, reason: str) -> Package:
    """Withdraw a package that should not have been made (its step records follow). A
    package that changed hands is refused: withdraw its transfers first."""
    why = _reason(reason)
    with session.database.transaction() as conn:
        row = _open_package(session, conn, package, "evidence_corrections.withdraw_package")
        if any(not e.withdrawn for e in current.events(conn, row.id)):
            raise UserInputError(tr("package {label} has custody transfers: withdraw them "
                                    "first (custody withdraw)", label=row.label))
        case = _case(conn, row)
        correction_repo.insert_correction(conn, session.write_context(), case.id,
                                          "evidence_packages", row.id, "withdraw", {}, why)
        _follow_steps(session, conn, case, row.id, why)
        return package_view(conn, row)


def _seal(conn: sqlite3.Connection, row: PackageRow, number: str) -> current.Corrected[Any]:
    key = seal_key(number)
    for seal in current.seals(conn, row.id):
        if not seal.withdrawn and seal.current.seal_key == key:
            return seal
    raise UserInputError(tr("package {label} has no seal {seal}", label=row.label,
                            seal=number))


@requires(Permission.RECORD_SEIZURE)
def correct_seal(session: StationSession, package: str, seal_number: str, *, reason: str,
                 number: str | None = None, at: str | None = None,
                 by: str | None = None) -> Package:
    """Correct a seal's number (typed wrongly), time or officer."""
    why = _reason(reason)
    with session.database.transaction() as conn:
        row = _open_package(session, conn, package, "evidence_corrections.correct_seal")
        seal = _seal(conn, row, seal_number)
        changes: dict[str, Any] = {}
        if number is not None:
            [new] = check_seal_numbers([number])
            if seal_key(new) != seal.current.seal_key or new != seal.current.seal_number:
                holder = current.seal_holder(conn, seal_key(new), leaving_out=seal.original.id)
                if holder is not None:
                    raise UserInputError(tr("seal number {seal} is already on package {label}; "
                                            "a seal number is used once", seal=new,
                                            label=holder))
                changes.update(seal_number=new, seal_key=seal_key(new))
        if at is not None:
            sealed_at = act_time(session, at, "at")
            if sealed_at < row.packed_at:
                when = when_text(session)
                raise UserInputError(tr("sealed at {at}, before package {label} was made "
                                        "({packed})", at=when(sealed_at), label=row.label,
                                        packed=when(row.packed_at)))
            changes["sealed_at"] = sealed_at
        if by is not None:
            changes["sealed_by"] = _text(by, tr("who sealed it"))
        if not changes:
            raise UserInputError(tr("nothing to correct: give the values that were wrong"))
        case = _case(conn, row)
        correction_repo.insert_correction(conn, session.write_context(), case.id,
                                          "evidence_seals", seal.original.id, "correct",
                                          changes, why)
        return package_view(conn, row)


@requires(Permission.RECORD_SEIZURE)
def withdraw_seal(session: StationSession, package: str, seal_number: str, *,
                  reason: str) -> Package:
    """Withdraw a seal recorded by mistake (its number is free again). The last seal of a
    package that changed hands is refused: the chain starts with the sealing officer."""
    why = _reason(reason)
    with session.database.transaction() as conn:
        row = _open_package(session, conn, package, "evidence_corrections.withdraw_seal")
        seal = _seal(conn, row, seal_number)
        left = [s for s in current.seals(conn, row.id)
                if not s.withdrawn and s.original.id != seal.original.id]
        if not left and any(not e.withdrawn for e in current.events(conn, row.id)):
            raise UserInputError(tr("seal {seal} is the last on package {label}, which "
                                    "changed hands: put the right seal on it first",
                                    seal=seal.current.seal_number, label=row.label))
        case = _case(conn, row)
        correction_repo.insert_correction(conn, session.write_context(), case.id,
                                          "evidence_seals", seal.original.id, "withdraw", {},
                                          why)
        _follow_steps(session, conn, case, row.id, why)
        return package_view(conn, row)


@requires(Permission.RECORD_SEIZURE)
def correct_transfer(session: StationSession, package: str, seq: int, *, reason: str,
                     released_by: str | None = None, received_by: str | None = None,
                     purpose: str | None = None, place: str | None = None,
                     at: str | None = None, note: str | None = None) -> TransferCorrection:
    """Correct a custody event (what is not given is kept), checked against the chain
    before it with the rules of a new transfer."""
    why = _reason(reason)
    changes: dict[str, Any] = {}
    for key, value, what in (("released_by", released_by, tr("who released it")),
                             ("received_by", received_by, tr("who received it")),
                             ("purpose", purpose, tr("the purpose")),
                             ("place", place, tr("the place"))):
        if value is not None:
            changes[key] = _text(value, what)
    if note is not None:
        changes["note"] = " ".join(note.split())
    with session.database.transaction() as conn:
        row = _open_package(session, conn, package, "evidence_corrections.correct_transfer")
        if at is not None:
            changes["occurred_at"] = act_time(session, at, "at")
        return _change_event(session, conn, row, seq, "correct", changes, why)


@requires(Permission.RECORD_SEIZURE)
def withdraw_transfer(session: StationSession, package: str, seq: int, *,
                      reason: str) -> TransferCorrection:
    """Withdraw a custody event that should not have been recorded (on the wrong package:
    record it again on the right one)."""
    why = _reason(reason)
    with session.database.transaction() as conn:
        row = _open_package(session, conn, package, "evidence_corrections.withdraw_transfer")
        return _change_event(session, conn, row, seq, "withdraw", {}, why)


def _change_event(session: StationSession, conn: sqlite3.Connection, row: PackageRow,
                  seq: int, action: str, changes: dict[str, Any],
                  why: str) -> TransferCorrection:
    events = current.events(conn, row.id)
    target = next((e for e in events if e.current.seq == seq and not e.withdrawn), None)
    if target is None:
        raise UserInputError(tr("package {label} has no custody event {seq}", label=row.label,
                                seq=seq))
    changes = {k: v for k, v in changes.items() if getattr(target.current, k) != v}
    if action == "correct" and not changes:
        raise UserInputError(tr("nothing to correct: give the values that were wrong"))
    steps, when = steps_definition(), when_text(session)
    seals = seal_facts(current.seals(conn, row.id))
    _, before = walk_chain(seals, custody_facts(events), steps.custody_purposes, when)
    facts = custody_facts(events)
    index = next(i for i, e in enumerate(events) if e is target)
    fixed = facts[index]
    facts[index] = (fixed.__class__(fixed.seq, fixed.occurred_at, fixed.released_by,
                                    fixed.received_by, fixed.purpose, True)
                    if action == "withdraw" else fixed.__class__(
                        fixed.seq, changes.get("occurred_at", fixed.occurred_at),
                        changes.get("released_by", fixed.released_by),
                        changes.get("received_by", fixed.received_by),
                        changes.get("purpose", fixed.purpose)))
    _, after = walk_chain(seals, facts, steps.custody_purposes, when)
    own = [p for s, p in after if s == seq]
    if own:
        raise UserInputError(tr("correction of event {seq} of package {label} refused: "
                                "{problems}", seq=seq, label=row.label,
                                problems="; ".join(own)))
    case = _case(conn, row)
    correction_repo.insert_correction(conn, session.write_context(), case.id,
                                      "custody_events", target.original.id, action, changes,
                                      why)
    _follow_steps(session, conn, case, row.id, why)
    later = tuple(tr("event {seq}: {problem}", seq=s, problem=p) for s, p in after
                  if (s, p) not in before and s != seq)
    changed = next(e for e in current.events(conn, row.id)
                   if e.original.id == target.original.id)
    return TransferCorrection(event_view(changed, row.label), later)


def _follow_steps(session: StationSession, conn: sqlite3.Connection, case: CaseRef,
                  package_id: str, why: str) -> None:
    """Keep the step records made with a package in line with it as it now stands:
    withdraw those of items taken out (all of them for a withdrawn package, the seal
    records once no seal is left, the custody records once no transfer is left) and give
    items put in the records the package's other items have."""
    fixed = current.package(conn, evidence_repo.find_packages(conn, package_id)[0])
    sealed = any(not s.withdrawn for s in current.seals(conn, package_id))
    moved = any(not e.withdrawn for e in current.events(conn, package_id))
    wanted_steps = {s.id for s in steps_definition().steps
                    if (s.recorded_with == "package"
                        or (s.recorded_with == "seal" and sealed)
                        or (s.recorded_with == "custody" and moved))}
    items = set() if fixed.withdrawn else set(fixed.current.items)
    rows = evidence_repo.list_steps(conn, case.id)
    replaced = {r.corrects_id for r in rows if r.corrects_id}
    live = [r for r in rows if r.package_id == package_id and r.id not in replaced
            and not r.withdrawn]
    for record in live:
        if record.item not in items or record.step not in wanted_steps:
            _store_like(session, conn, case, record, record.item, why, withdraw=True)
    have = {(r.step, r.item) for r in live if r.item in items}
    for record in [r for r in live if r.step in wanted_steps]:
        # Each step's record for another item is the pattern for an item put in.
        for item in sorted(items - {i for s, i in have if s == record.step}):
            _store_like(session, conn, case, record, item, why, withdraw=False)
            have.add((record.step, item))


def _store_like(session: StationSession, conn: sqlite3.Connection, case: CaseRef,
                record: StepRow, item: str | None, why: str, *, withdraw: bool) -> None:
    steps = steps_definition()
    spec = steps.step(record.step)
    assert spec is not None  # recorded against this file
    store_step(session, conn, case, spec, NewStep(
        case.id, steps.id, steps.version, record.step, item, record.done_at, record.done_by,
        record.fields, package_id=record.package_id,
        corrects_id=record.id if withdraw else None, withdrawn=withdraw,
        amendment_reason=why), tr("kept in line with the corrected package: {reason}",
                                  reason=why))
