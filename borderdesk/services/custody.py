"""Packages, seals and the chain of custody of a seizure case.

Making a package records the packaging step for each of its items, sealing it records
the seal step, and its first custody transfer the custody step, in the same transaction
(so the steps' timeline and order rules see them). A seal number belongs to one package
at the station. Custody events are append-only; a transfer that would leave a gap (not
released by whoever holds the package, going back in time, after a return or disposal)
is refused in words, and :func:`check_custody` finds the gaps of stored chains. Transfers
go on after sign-off without a reason: the chain continues for as long as the evidence
exists; packages and seals of a signed-off case need one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.evidence.custody import CustodyFact, SealFact, event_problems, walk_chain
from borderdesk.evidence.packages import check_seal_numbers, label_number, package_label, seal_key
from borderdesk.security.permissions import Permission
from borderdesk.services import evidence_current as current
from borderdesk.services.authz import require_case_change, requires
from borderdesk.services.evidence_current import Corrected, Correction
from borderdesk.services.evidence_steps import (
    act_time,
    amendment,
    check_item,
    resolve_case,
    steps_definition,
    store_step,
    when_text,
)
from borderdesk.services.station import StationSession
from borderdesk.store import custody_repo, evidence_repo
from borderdesk.store.custody_repo import CustodyRow, NewTransfer
from borderdesk.store.evidence_repo import CaseRef, NewStep, PackageRow, SealRow


@dataclass(frozen=True)
class Seal:
    """A seal on a package."""

    number: str
    sealed_at: datetime
    sealed_by: str
    id: str = ""
    #: How it was corrected (the number, time or officer before), or withdrawn.
    corrections: tuple[Correction, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The seal as a JSON object (corrections only when there are some)."""
        data: dict[str, object] = {"number": self.number,
                                   "sealed_at": self.sealed_at.isoformat(),
                                   "sealed_by": self.sealed_by}
        if self.corrections:
            data["corrections"] = [c.to_json() for c in self.corrections]
        return data


@dataclass(frozen=True)
class Package:
    """A package as the window and the command line see it."""

    id: str
    label: str
    case_id: str
    kind: str
    items: tuple[str, ...]
    contents: str
    packed_at: datetime
    packed_by: str
    seals: tuple[Seal, ...]
    #: Who holds it now (None until sealed) and whether a final purpose closed the chain.
    holder: str | None
    closed: bool
    transfers: int
    #: Withdrawn by a correction: kept and shown, but no longer counts.
    withdrawn: bool = False
    corrections: tuple[Correction, ...] = ()
    #: Seals withdrawn (numbers typed by mistake), kept for the history.
    withdrawn_seals: tuple[Seal, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The package as a JSON object (corrections only when there are some, so the
        snapshot of an uncorrected package is as it always was)."""
        data: dict[str, object] = {
            "id": self.id, "label": self.label, "case_id": self.case_id, "kind": self.kind,
            "items": list(self.items), "contents": self.contents,
            "packed_at": self.packed_at.isoformat(), "packed_by": self.packed_by,
            "seals": [s.to_json() for s in self.seals],
            "holder": self.holder, "closed": self.closed, "transfers": self.transfers}
        if self.withdrawn:
            data["withdrawn"] = True
        if self.corrections:
            data["corrections"] = [c.to_json() for c in self.corrections]
        if self.withdrawn_seals:
            data["withdrawn_seals"] = [s.to_json() for s in self.withdrawn_seals]
        return data


@dataclass(frozen=True)
class CustodyEvent:
    """One transfer of a package."""

    id: str
    package_id: str
    package_label: str
    seq: int
    at: datetime
    released_by: str
    received_by: str
    purpose: str
    place: str
    note: str
    recorded_at: datetime
    recorded_by: str
    amendment_reason: str | None
    withdrawn: bool = False
    corrections: tuple[Correction, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The event as a JSON object (corrections only when there are some)."""
        data: dict[str, object] = {
            "id": self.id, "package_id": self.package_id, "package": self.package_label,
            "seq": self.seq, "at": self.at.isoformat(), "released_by": self.released_by,
            "received_by": self.received_by, "purpose": self.purpose, "place": self.place,
            "note": self.note, "recorded_at": self.recorded_at.isoformat(),
            "recorded_by": self.recorded_by, "amendment_reason": self.amendment_reason}
        if self.withdrawn:
            data["withdrawn"] = True
        if self.corrections:
            data["corrections"] = [c.to_json() for c in self.corrections]
        return data


@dataclass(frozen=True)
class CustodyGap:
    """A gap in a stored chain: which package, which event (None: the package), what."""

    package_label: str
    seq: int | None
    problem: str

    def __str__(self) -> str:
        where = (tr("package {label}, event {seq}", label=self.package_label, seq=self.seq)
                 if self.seq is not None else tr("package {label}", label=self.package_label))
        return f"{where}: {self.problem}"


def seal_facts(seals: Sequence[Corrected[SealRow]]) -> list[SealFact]:
    """The current seals as the chain check needs them."""
    return [SealFact(s.current.seal_number, s.current.sealed_at, s.current.sealed_by)
            for s in seals if not s.withdrawn]


def custody_facts(events: Sequence[Corrected[CustodyRow]]) -> list[CustodyFact]:
    """The events with corrections applied, as the chain check needs them."""
    return [CustodyFact(e.current.seq, e.current.occurred_at, e.current.released_by,
                        e.current.received_by, e.current.purpose, e.withdrawn)
            for e in events]


def _seal_view(seal: Corrected[SealRow]) -> Seal:
    row = seal.current
    return Seal(row.seal_number, parse_utc(row.sealed_at), row.sealed_by, row.id,
                seal.corrections)


def package_view(conn: sqlite3.Connection, stored: PackageRow) -> Package:
    """A package as it stands (corrections applied), with its seals and holder."""
    fixed = current.package(conn, stored)
    row = fixed.current
    seals = current.seals(conn, row.id)
    events = current.events(conn, row.id)
    state, _ = walk_chain(seal_facts(seals), custody_facts(events),
                          steps_definition().custody_purposes)
    return Package(row.id, row.label, row.case_id, row.kind, tuple(row.items), row.contents,
                   parse_utc(row.packed_at), row.packed_by,
                   tuple(_seal_view(s) for s in seals if not s.withdrawn),
                   state.holder if state else None,
                   bool(state and state.closed_by),
                   sum(1 for e in events if not e.withdrawn), fixed.withdrawn,
                   fixed.corrections, tuple(_seal_view(s) for s in seals if s.withdrawn))


def package_row(conn: sqlite3.Connection, text: str) -> PackageRow:
    found = evidence_repo.find_packages(conn, text.strip())
    if not found:
        raise UserInputError(tr("there is no package '{id}' at this station", id=text))
    return found[0]


def _who(session: StationSession, by: str | None) -> str:
    who = " ".join((by or session.actor).split())
    if not who:
        raise UserInputError(tr("say who did it"))
    return who


@requires(Permission.RECORD_SEIZURE)
def create_package(session: StationSession, case_id: str, items: Sequence[str], kind: str,
                   contents: str = "", *, at: str | None = None, by: str | None = None,
                   deviation_reason: str | None = None,
                   reason: str | None = None) -> Package:
    """Make a package for one item or a group (rounds or parts, tied to their item) and
    record the packaging step for each item; its id is printed on the label."""
    steps = steps_definition()
    spec = next(s for s in steps.steps if s.recorded_with == "package")
    if kind not in {k.id for k in steps.package_kinds}:
        raise UserInputError(tr("'{kind}' is not a kind of package (known: {known})",
                                kind=kind, known=", ".join(k.id for k in steps.package_kinds)))
    with session.database.transaction() as conn:
        case = resolve_case(conn, case_id)
        require_case_change(session, case.status, action="custody.create_package")
        note = amendment(case, reason)
        checked = [check_item(session, case, spec, item) for item in items]
        unique = list(dict.fromkeys(i for i in checked if i))
        if not unique:
            raise UserInputError(tr("say which item the package holds (or whose rounds or "
                                    "parts)"))
        numbers = [label_number(p.label) or 0 for p in evidence_repo.list_packages(conn, case.id)]
        label = package_label(case.case_number, max(numbers, default=0) + 1)
        packed_at, who = act_time(session, at, "at"), _who(session, by)
        text = " ".join(contents.split())
        ident = evidence_repo.insert_package(conn, session.write_context(), case.id, label,
                                             kind, unique, text, packed_at, who, note)
        for item in unique:
            fields = {"package": label, "kind": kind, **({"contents": text} if text else {})}
            store_step(session, conn, case, spec, NewStep(
                case.id, steps.id, steps.version, spec.id, item, packed_at, who, fields,
                package_id=ident, amendment_reason=note), deviation_reason)
        return package_view(conn, evidence_repo.find_packages(conn, ident)[0])


@requires(Permission.RECORD_SEIZURE)
def seal_package(session: StationSession, package: str, seal_numbers: Sequence[str], *,
                 at: str | None = None, by: str | None = None,
                 deviation_reason: str | None = None, reason: str | None = None) -> Package:
    """Put seal(s) on a package and record the seal step for its items. A seal number
    already on another package at the station is refused."""
    steps = steps_definition()
    spec = next(s for s in steps.steps if s.recorded_with == "seal")
    numbers = check_seal_numbers(list(seal_numbers))
    with session.database.transaction() as conn:
        row = package_row(conn, package)
        case = evidence_repo.get_case(conn, row.case_id)
        assert case is not None  # foreign key
        require_case_change(session, case.status, action="custody.seal_package")
        note = amendment(case, reason)
        sealed_at, who = act_time(session, at, "at"), _who(session, by)
        if sealed_at < row.packed_at:
            when = when_text(session)
            raise UserInputError(tr("sealed at {at}, before package {label} was made ({packed})",
                                    at=when(sealed_at), label=row.label,
                                    packed=when(row.packed_at)))
        for number in numbers:
            holder = current.seal_holder(conn, seal_key(number))
            if holder is not None and holder != row.label:
                raise UserInputError(tr("seal number {seal} is already on package {label}; a "
                                        "seal number is used once", seal=number, label=holder))
        context = session.write_context()
        for number in numbers:
            evidence_repo.insert_seal(conn, context, row.id, number, seal_key(number),
                                      sealed_at, who, note)
        for item in row.items:
            store_step(session, conn, case, spec, NewStep(
                case.id, steps.id, steps.version, spec.id, item, sealed_at, who,
                {"package": row.label, "seal_numbers": numbers}, package_id=row.id,
                amendment_reason=note), deviation_reason)
        return package_view(conn, row)


@requires(Permission.RECORD_SEIZURE)
def transfer(session: StationSession, package: str, released_by: str, received_by: str,
             purpose: str, place: str, *, at: str | None = None, note: str = "",
             reason: str | None = None) -> CustodyEvent:
    """Record a custody transfer; refused in words when it would leave a gap. The first
    transfer of a package also records the custody step for its items."""
    steps = steps_definition()
    released, received = " ".join(released_by.split()), " ".join(received_by.split())
    where = " ".join(place.split())
    if not where:
        raise UserInputError(tr("say where the package was handed over"))
    with session.database.transaction() as conn:
        row = package_row(conn, package)
        case = evidence_repo.get_case(conn, row.case_id)
        assert case is not None  # foreign key
        occurred_at = act_time(session, at, "at")
        if current.package(conn, row).withdrawn:
            raise UserInputError(tr("package {label} was withdrawn: it cannot change hands",
                                    label=row.label))
        seals = current.seals(conn, row.id)
        events = current.events(conn, row.id)
        when = when_text(session)
        state, _ = walk_chain(seal_facts(seals), custody_facts(events),
                              steps.custody_purposes, when)
        if state is None:
            raise UserInputError(tr("package {label} is not sealed yet: seal it first (the "
                                    "sealing officer is its first holder)", label=row.label))
        problems = event_problems(state, CustodyFact(len(events) + 1, occurred_at, released,
                                                     received, purpose),
                                  {p.id: p for p in steps.custody_purposes}, when)
        if problems:
            raise UserInputError(tr("transfer of package {label} refused: {problems}",
                                    label=row.label, problems="; ".join(problems)))
        text = " ".join((reason or "").split()) or None
        ident = custody_repo.insert_event(conn, session.write_context(), NewTransfer(
            row.id, occurred_at, released, received, purpose, where, " ".join(note.split()),
            text))
        if all(e.withdrawn for e in events):
            _record_custody_step(session, conn, case, row, occurred_at, released, received,
                                 text)
        event = custody_repo.get_event(conn, ident)
    assert event is not None
    return event_view(event, row.label)


def _record_custody_step(session: StationSession, conn: sqlite3.Connection, case: CaseRef,
                         row: PackageRow, occurred_at: str, released: str, received: str,
                         note: str | None) -> None:
    steps = steps_definition()
    spec = next(s for s in steps.steps if s.recorded_with == "custody")
    for item in row.items:
        # The chain was checked above; a step's order rules may still ask a reason, which a
        # transfer cannot give, so a broken rule is recorded as a deviation of the chain.
        store_step(session, conn, case, spec, NewStep(
            case.id, steps.id, steps.version, spec.id, item, occurred_at, released,
            {"package": row.label, "received_by": received}, package_id=row.id,
            amendment_reason=note), tr("recorded with the first custody transfer"))


def event_view(event: Corrected[CustodyRow] | CustodyRow, label: str) -> CustodyEvent:
    """A custody event as it stands (corrections applied)."""
    fixed = event if isinstance(event, Corrected) else Corrected(event, event, False, ())
    row = fixed.current
    return CustodyEvent(row.id, row.package_id, label, row.seq, parse_utc(row.occurred_at),
                        row.released_by, row.received_by, row.purpose, row.place, row.note,
                        parse_utc(row.created_at), row.created_by, row.amendment_reason,
                        fixed.withdrawn, fixed.corrections)


@requires(Permission.VIEW)
def list_packages(session: StationSession, case_id: str, *,
                  include_withdrawn: bool = False) -> list[Package]:
    """The packages of a case, in the order they were made (withdrawn ones only when
    asked: they are history, not evidence)."""
    conn = session.database.conn
    case = resolve_case(conn, case_id)
    views = [package_view(conn, p) for p in evidence_repo.list_packages(conn, case.id)]
    return [v for v in views if include_withdrawn or not v.withdrawn]


@requires(Permission.VIEW)
def get_package(session: StationSession, package: str) -> Package:
    """One package by id or label."""
    conn = session.database.conn
    return package_view(conn, package_row(conn, package))


@requires(Permission.VIEW)
def custody_events(session: StationSession, case_or_package: str, *,
                   include_withdrawn: bool = False) -> list[CustodyEvent]:
    """The custody events of a package, or of every package of a case, as they stand
    (corrections applied; withdrawn events only when asked)."""
    conn = session.database.conn
    found = evidence_repo.find_packages(conn, case_or_package.strip())
    packages = found or evidence_repo.list_packages(conn, resolve_case(conn, case_or_package).id)
    return [event_view(e, p.label) for p in packages for e in current.events(conn, p.id)
            if include_withdrawn or not e.withdrawn]


@requires(Permission.VIEW)
def check_custody(session: StationSession, case_id: str | None = None) -> list[CustodyGap]:
    """Every gap in the stored chains of a case's packages (or the station's)."""
    conn = session.database.conn
    case = resolve_case(conn, case_id).id if case_id else None
    purposes = steps_definition().custody_purposes
    when = when_text(session)
    gaps: list[CustodyGap] = []
    for row in evidence_repo.list_packages(conn, case):
        _, problems = walk_chain(seal_facts(current.seals(conn, row.id)),
                                 custody_facts(current.events(conn, row.id)),
                                 purposes, when)
        gaps.extend(CustodyGap(row.label, seq, problem) for seq, problem in problems)
    return gaps
