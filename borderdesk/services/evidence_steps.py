"""Evidence steps of a seizure case: record, correct, the timeline, the checklist state
and what still blocks sign-off.

Each record says who did the act and when (the real time, which may be earlier than
when it is typed in, never later than now), with the step's fields checked against the
steps file (:mod:`borderdesk.evidence.steps`). The order rules are checked against the
case's current records: breaking one is refused unless a deviation reason is given,
which is stored with the rules broken in words. Nothing is overwritten: a correction is
a new record that refers to the one it corrects (or withdraws it). After the case is
signed off every record needs a reason, kept as an amendment. Steps recorded with a
package, a seal or a first custody transfer are written by :mod:`services.custody`
through :func:`store_step`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import mark, tr
from borderdesk.evidence.steps import EvidenceSteps, StepSpec, default_steps, step_text
from borderdesk.evidence.steps_fields import RawValue, check_fields, parse_time
from borderdesk.evidence.steps_order import StepFact, order_breaks
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import exempt, require_case_change, requires
from borderdesk.services.station import StationSession
from borderdesk.store import evidence_repo as repo
from borderdesk.store import seizure_repo
from borderdesk.store.evidence_repo import CaseRef, NewStep, StepRow


class OrderRuleError(UserInputError):
    """A step would break order rules and no deviation reason was given."""

    def __init__(self, messages: list[str]) -> None:
        self.messages = messages
        super().__init__(tr(
            "this breaks the order of the evidence steps: {rules}. If it really happened "
            "this way, record it with the reason for the deviation", rules="; ".join(messages)))


@dataclass(frozen=True)
class StepRecord:
    """A step record as the window and the command line see it."""

    id: str
    case_id: str
    step: str
    number: int
    title: str
    item: str | None
    done_at: datetime
    done_by: str
    recorded_at: datetime
    recorded_by: str
    fields: dict[str, Any]
    not_applicable: str | None
    package_id: str | None
    corrects: str | None
    corrected_by: str | None
    withdrawn: bool
    #: The order rules this record broke, in words, and the reason given.
    deviations: tuple[str, ...]
    deviation_reason: str | None
    amendment_reason: str | None

    @property
    def current(self) -> bool:
        """Whether the record counts (not corrected, not a withdrawal)."""
        return self.corrected_by is None and not self.withdrawn

    def to_json(self) -> dict[str, object]:
        """The record as a JSON object."""
        return {
            "id": self.id, "case_id": self.case_id, "step": self.step, "number": self.number,
            "title": self.title, "item": self.item, "done_at": self.done_at.isoformat(),
            "done_by": self.done_by, "recorded_at": self.recorded_at.isoformat(),
            "recorded_by": self.recorded_by, "fields": self.fields,
            "not_applicable": self.not_applicable, "package_id": self.package_id,
            "corrects": self.corrects, "corrected_by": self.corrected_by,
            "withdrawn": self.withdrawn, "current": self.current,
            "deviations": list(self.deviations), "deviation_reason": self.deviation_reason,
            "amendment_reason": self.amendment_reason}


@dataclass(frozen=True)
class StepState:
    """One line of the checklist: a step (for an item, when per item) and whether done."""

    step: str
    number: int
    title: str
    item: str | None
    minimum: bool
    done: bool
    records: int
    last_done_at: datetime | None

    def to_json(self) -> dict[str, object]:
        """The line as a JSON object."""
        return {"step": self.step, "number": self.number, "title": self.title,
                "item": self.item, "minimum": self.minimum, "done": self.done,
                "records": self.records,
                "last_done_at": self.last_done_at.isoformat() if self.last_done_at else None}


def steps_definition() -> EvidenceSteps:
    """The evidence steps in force (the shipped, versioned file)."""
    return default_steps()


def resolve_case(conn: sqlite3.Connection, text: str) -> CaseRef:
    """A case by id, case number or an unambiguous beginning of its id."""
    wanted = text.strip()
    found = repo.find_cases(conn, wanted) if wanted else []
    if len(found) > 1:
        raise UserInputError(tr("'{id}' is the beginning of {count} seizure cases: give more "
                                "of it", id=wanted, count=len(found)))
    if not found:
        raise UserInputError(tr("there is no seizure case '{id}' at this station", id=text))
    return found[0]


@exempt("reads only the station's time zone, to write times in messages")
def when_text(session: StationSession) -> Callable[[str], str]:
    """Writes stored UTC text as station time for messages."""
    zone = session.time_zone()
    return lambda stamp: parse_utc(stamp).astimezone(zone).strftime("%Y-%m-%d %H:%M")


@exempt("reads only the station's clock and time zone, to read the time of an act")
def act_time(session: StationSession, at: str | None, what: str) -> str:
    """The time of an act as stored text: ``at`` (station time unless it says otherwise)
    or now."""
    now = session.clock.now()
    if at is None or not at.strip():
        return session.write_context().now()
    return parse_time(at, session.time_zone(), now, what)


def amendment(case: CaseRef, reason: str | None) -> str | None:
    """The reason to keep with a change; required once the case is signed off."""
    text = " ".join((reason or "").split()) or None
    if case.status == "signed_off" and text is None:
        raise UserInputError(tr(
            "case {case} is signed off: a change needs a reason, kept as an amendment",
            case=case.case_number))
    return text


@requires(Permission.VIEW)
def check_item(session: StationSession, case: CaseRef, spec: StepSpec,
               item: str | None, *, done: bool = True) -> str | None:
    """The item reference for a step (None for a step per case), checked: the case has
    the item and, for a record saying the step was ``done``, the step is asked for the
    item's kind. A not-applicable record or a withdrawal is allowed for any item (it
    claims nothing was done; a withdrawal takes back a record made before the item's kind
    was corrected)."""
    text = " ".join((item or "").split()) or None
    if spec.scope == "case":
        if text is not None:
            raise UserInputError(tr("'{step}' is recorded for the case as a whole, not per "
                                    "item", step=spec.title))
        return None
    if text is None:
        raise UserInputError(tr("'{step}' is recorded per item: say which item",
                                step=spec.title))
    numbers = seizure_repo.current_item_numbers(session.database.conn, case.id)
    if text not in {str(number) for number in numbers}:
        listed = ", ".join(map(str, numbers)) or tr("none yet")
        raise UserInputError(tr(
            "the case has no item {item} (its items: {items}); add the item to the case"
            " first", item=text, items=listed))
    kind = repo.current_item_kinds(session.database.conn, case.id).get(text)
    if done and not spec.applies(kind):
        raise UserInputError(tr(
            "'{step}' is not asked for item {item} ({kind}): it applies to {kinds} only. "
            "Record it as not applicable if it must appear", step=spec.title, item=text,
            kind=tr(_KIND_NAMES[kind]) if kind in _KIND_NAMES else kind or "",
            kinds=", ".join(tr(_KIND_PLURALS[k]) for k in spec.applies_to)))
    return text


# What the item kinds of the seizure record (``case_items.ITEM_KINDS``) are called in
# messages; translated where used.
_KIND_NAMES = {"firearm": mark("a firearm"), "parts": mark("a group of parts"),
               "ammunition": mark("a group of rounds")}
_KIND_PLURALS = {"firearm": mark("firearms"), "parts": mark("groups of parts"),
                 "ammunition": mark("groups of rounds")}


def _facts(rows: list[StepRow], leaving_out: str | None = None) -> list[StepFact]:
    """The current records as the order rules see them (without ``leaving_out``)."""
    corrected = {r.corrects_id for r in rows if r.corrects_id}
    return [StepFact(r.step, r.item, r.done_at, r.package_id) for r in rows
            if r.id not in corrected and not r.withdrawn and r.id != leaving_out]


@requires(Permission.RECORD_SEIZURE)
def store_step(session: StationSession, conn: sqlite3.Connection, case: CaseRef,
               spec: StepSpec, new: NewStep, deviation_reason: str | None) -> str:
    """Check the order rules for ``new`` and store it (inside the caller's transaction)."""
    rows = repo.list_steps(conn, case.id)
    if not spec.repeatable and not new.corrects_id and not new.withdrawn:
        for fact in _facts(rows):
            if fact.step == spec.id and fact.item == new.item:
                done = next(r for r in reversed(rows) if r.step == spec.id and r.item == new.item)
                raise UserInputError(tr(
                    "'{step}' is already recorded{whose} (record {id}); correct that record "
                    "instead", step=step_text(spec.title),
                    whose=tr(" for item {item}", item=new.item) if new.item else "", id=done.id))
    kind = repo.current_item_kinds(conn, case.id).get(new.item or "")
    breaks = [] if new.withdrawn else order_breaks(
        steps_definition(), _facts(rows, new.corrects_id),
        StepFact(new.step, new.item, new.done_at, new.package_id, kind), when_text(session))
    reason = " ".join((deviation_reason or "").split()) or None
    if breaks and reason is None:
        raise OrderRuleError([b.message for b in breaks])
    deviations = [{"rule": b.rule.id, "message": b.message} for b in breaks]
    return repo.insert_step(conn, session.write_context(), replace(
        new, deviations=deviations, deviation_reason=reason if deviations else None))


@requires(Permission.RECORD_SEIZURE)
def record_step(session: StationSession, case_id: str, step_id: str,
                fields: Mapping[str, RawValue], *, item: str | None = None,
                at: str | None = None, by: str | None = None,
                deviation_reason: str | None = None, reason: str | None = None,
                not_applicable: str | None = None) -> StepRecord:
    """Record that a step was done (``by``: who did it, default the acting user; ``at``:
    when, default now). ``not_applicable``: why the step does not apply (its required
    fields may then be left out)."""
    steps = steps_definition()
    spec = _spec(steps, step_id)
    if spec.recorded_with is not None:
        raise UserInputError(tr(
            "'{step}' is recorded with the {what} (evidence package, evidence seal or "
            "custody transfer), not on its own", step=spec.title,
            what=tr({"package": "package", "seal": "seal"}.get(
                spec.recorded_with, "first custody transfer"))))
    with session.database.transaction() as conn:
        case = resolve_case(conn, case_id)
        require_case_change(session, case.status, action="evidence_steps.record_step")
        note = amendment(case, reason)
        ident = _store(session, conn, case, spec, fields, item, at, by, deviation_reason,
                       note, not_applicable, None)
    return get_step(session, ident)


@requires(Permission.RECORD_SEIZURE)
def correct_step(session: StationSession, record_id: str, fields: Mapping[str, RawValue],
                 *, reason: str, item: str | None = None, at: str | None = None,
                 by: str | None = None, deviation_reason: str | None = None,
                 not_applicable: str | None = None, withdraw: bool = False) -> StepRecord:
    """Correct a record with a new one that refers to it: the given fields replace the
    old ones, the rest is kept. ``withdraw``: the record should not have been made at all.
    The reason (what was wrong) is required."""
    why = " ".join(reason.split())
    if not why:
        raise UserInputError(tr("say what was wrong: a correction needs a reason"))
    steps = steps_definition()
    with session.database.transaction() as conn:
        old = _step_row(conn, record_id)
        later = repo.correction_of(conn, old.id)
        if later is not None:
            raise UserInputError(tr("record {id} was already corrected by {later}; correct "
                                    "that one instead", id=old.id, later=later))
        if old.withdrawn:
            raise UserInputError(tr("record {id} is a withdrawal; it cannot be corrected",
                                    id=old.id))
        spec = _spec(steps, old.step)
        if spec.recorded_with is not None:
            raise UserInputError(tr(
                "'{step}' was recorded with package {package}; it follows that package and "
                "cannot be corrected on its own", step=spec.title, package=old.fields.get(
                    "package", "")))
        case = repo.get_case(conn, old.case_id)
        assert case is not None  # foreign key
        require_case_change(session, case.status, action="evidence_steps.correct_step")
        merged: dict[str, RawValue] = {**old.fields, **fields}
        ident = _store(session, conn, case, spec, merged, item if item is not None else old.item,
                       at if at is not None else _as_given(old.done_at),
                       by if by is not None else old.done_by, deviation_reason, why,
                       not_applicable if not_applicable is not None else old.not_applicable,
                       old.id, withdraw=withdraw)
    return get_step(session, ident)


def _as_given(stamp: str) -> str:
    return stamp.replace("Z", "+00:00")


def _store(session: StationSession, conn: sqlite3.Connection, case: CaseRef, spec: StepSpec,
           fields: Mapping[str, RawValue], item: str | None, at: str | None, by: str | None,
           deviation_reason: str | None, note: str | None, not_applicable: str | None,
           corrects: str | None, *, withdraw: bool = False) -> str:
    steps = steps_definition()
    na = " ".join((not_applicable or "").split()) or None
    # The item first: a step not asked for the item's kind is refused before its fields.
    checked_item = check_item(session, case, spec, item, done=not withdraw and na is None)
    values = check_fields(spec, fields, session.time_zone(), session.clock.now(),
                          not_applicable=na is not None or withdraw)
    who = " ".join((by or session.actor).split())
    if not who:
        raise UserInputError(tr("say who did it"))
    done_at = act_time(session, at, "at")
    new = NewStep(case.id, steps.id, steps.version, spec.id,
                  checked_item, done_at, who, values, na, None, corrects, withdraw,
                  amendment_reason=note)
    return store_step(session, conn, case, spec, new, deviation_reason)


def _spec(steps: EvidenceSteps, step_id: str) -> StepSpec:
    wanted = step_id.strip()
    spec = steps.step(wanted) or next((s for s in steps.steps if str(s.number) == wanted), None)
    if spec is None:
        raise UserInputError(tr("there is no evidence step '{step}' (steps: {known})",
                                step=step_id, known=", ".join(s.id for s in steps.steps)))
    return spec


def _step_row(conn: sqlite3.Connection, record_id: str) -> StepRow:
    found = repo.find_steps(conn, record_id.strip()) if record_id.strip() else []
    if len(found) > 1:
        raise UserInputError(tr("'{id}' is the beginning of {count} step records: give more "
                                "of it", id=record_id, count=len(found)))
    if not found:
        raise UserInputError(tr("there is no evidence step record '{id}'", id=record_id))
    return found[0]


def _view(row: StepRow, corrected_by: str | None) -> StepRecord:
    spec = steps_definition().step(row.step)
    return StepRecord(
        row.id, row.case_id, row.step, spec.number if spec else 0,
        spec.title if spec else row.step, row.item, parse_utc(row.done_at), row.done_by,
        parse_utc(row.created_at), row.created_by, row.fields, row.not_applicable,
        row.package_id, row.corrects_id, corrected_by, row.withdrawn,
        tuple(d.get("message", d.get("rule", "")) for d in row.deviations),
        row.deviation_reason, row.amendment_reason)


@requires(Permission.VIEW)
def get_step(session: StationSession, record_id: str) -> StepRecord:
    """One step record (by id or an unambiguous beginning of it)."""
    row = _step_row(session.database.conn, record_id)
    return _view(row, repo.correction_of(session.database.conn, row.id))


@requires(Permission.VIEW)
def timeline(session: StationSession, case_id: str) -> list[StepRecord]:
    """Every step record of a case in the order the acts happened, corrections and
    withdrawals included (``current`` says which count)."""
    conn = session.database.conn
    rows = repo.list_steps(conn, resolve_case(conn, case_id).id)
    corrected_by = {r.corrects_id: r.id for r in rows if r.corrects_id}
    views = [_view(r, corrected_by.get(r.id)) for r in rows]
    return sorted(views, key=lambda v: (v.done_at, v.recorded_at))


@requires(Permission.VIEW)
def case_items(session: StationSession, case_id: str) -> list[str]:
    """The case's current items (their label numbers, as the evidence names them)."""
    return [str(n) for n in seizure_repo.current_item_numbers(session.database.conn, case_id)]


@requires(Permission.VIEW)
def checklist_state(session: StationSession, case_id: str) -> list[StepState]:
    """The checklist: each step (per item for steps per item, for the items whose kind the
    step is asked for) and whether it is done."""
    conn = session.database.conn
    case = resolve_case(conn, case_id)
    records = [r for r in timeline(session, case.id) if r.current]
    kinds = repo.current_item_kinds(conn, case.id)
    items: list[str | None] = list(case_items(session, case.id)) or [None]
    lines: list[StepState] = []
    for spec in steps_definition().steps:
        for item in items if spec.scope == "item" else [None]:
            if item is not None and not spec.applies(kinds.get(item)):
                continue
            done = [r for r in records if r.step == spec.id and r.item == item]
            lines.append(StepState(spec.id, spec.number, spec.title, item, spec.minimum,
                                   bool(done), len(done), done[-1].done_at if done else None))
    return lines


@requires(Permission.VIEW)
def sign_off_blockers(session: StationSession, case_id: str) -> list[str]:
    """The minimum steps not done yet, in words (empty: the steps allow sign-off)."""
    blockers: list[str] = []
    for line in checklist_state(session, case_id):
        if line.minimum and not line.done:
            if line.item is not None:
                blockers.append(tr("evidence step {number} '{title}' is not recorded for "
                                   "item {item}", number=line.number, title=line.title,
                                   item=line.item))
            else:
                blockers.append(tr("evidence step {number} '{title}' is not recorded",
                                   number=line.number, title=line.title))
    return blockers
