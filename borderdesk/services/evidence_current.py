"""Packages, seals and custody events as they stand now: each stored entry with its
corrections (:mod:`borderdesk.store.correction_repo`) applied in the order recorded.

The stored entry is never changed; its current values are the original's with each
correction's values laid over them, and a withdrawal takes it out of what counts (the
chain of custody, the seals on a package, the packages of a case) while the history
keeps it. :mod:`services.custody` and :mod:`services.evidence_corrections` both read
through here, so the chain check and the refusal rules judge the current entries.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from borderdesk.core.clock import parse_utc
from borderdesk.store import correction_repo, custody_repo, evidence_repo
from borderdesk.store.correction_repo import CorrectionRow
from borderdesk.store.custody_repo import CustodyRow
from borderdesk.store.evidence_repo import PackageRow, SealRow

Row = TypeVar("Row", PackageRow, SealRow, CustodyRow)


@dataclass(frozen=True)
class Correction:
    """One correction as the window and the command line show it: what it changed (the
    values before and after), or that it withdrew the entry; why, who and when."""

    id: str
    action: str  # correct | withdraw
    changes: dict[str, Any]
    previous: dict[str, Any]
    reason: str
    recorded_at: str
    recorded_by: str

    def to_json(self) -> dict[str, object]:
        """The correction as a JSON object."""
        return {"id": self.id, "action": self.action, "changes": self.changes,
                "previous": self.previous, "reason": self.reason,
                "recorded_at": parse_utc(self.recorded_at).isoformat(),
                "recorded_by": self.recorded_by}


@dataclass(frozen=True)
class Corrected(Generic[Row]):
    """A stored entry, its current form and its corrections."""

    original: Row
    current: Row
    withdrawn: bool
    corrections: tuple[Correction, ...]


def apply_corrections(row: Row, corrections: Sequence[CorrectionRow]) -> Corrected[Row]:
    """``row`` with ``corrections`` laid over it in order."""
    current, withdrawn, seen = row, False, []
    for fix in corrections:
        if fix.action == "withdraw":
            withdrawn = True
            seen.append(Correction(fix.id, fix.action, {}, {}, fix.reason, fix.created_at,
                                   fix.created_by))
            continue
        previous = {key: getattr(current, key) for key in fix.changes}
        current = replace(current, **fix.changes)
        seen.append(Correction(fix.id, fix.action, dict(fix.changes), previous, fix.reason,
                               fix.created_at, fix.created_by))
    return Corrected(row, current, withdrawn, tuple(seen))


def _all(conn: sqlite3.Connection, rows: Sequence[Row]) -> list[Corrected[Row]]:
    fixes = correction_repo.corrections_of(conn, [r.id for r in rows])
    return [apply_corrections(r, fixes.get(r.id, [])) for r in rows]


def package(conn: sqlite3.Connection, row: PackageRow) -> Corrected[PackageRow]:
    """A package as it stands."""
    return _all(conn, [row])[0]


def packages(conn: sqlite3.Connection, case_id: str | None) -> list[Corrected[PackageRow]]:
    """The packages of a case (or the station), withdrawn ones included."""
    return _all(conn, evidence_repo.list_packages(conn, case_id))


def seals(conn: sqlite3.Connection, package_id: str) -> list[Corrected[SealRow]]:
    """The seals of a package, withdrawn ones included."""
    return _all(conn, evidence_repo.seals_of(conn, package_id))


def events(conn: sqlite3.Connection, package_id: str) -> list[Corrected[CustodyRow]]:
    """The custody events of a package in their order, withdrawn ones included."""
    return _all(conn, custody_repo.events_of(conn, package_id))


def seal_holder(conn: sqlite3.Connection, seal_key: str,
                leaving_out: str | None = None) -> str | None:
    """The label of the package whose current seals include this number (compared form),
    if any; ``leaving_out``: a seal not to count (the one being corrected)."""
    candidates = {s.id: s for s in evidence_repo.seals_with_key(conn, seal_key)}
    for ident in correction_repo.seals_renumbered_to(conn, seal_key):
        found = evidence_repo.seal_by_id(conn, ident)
        if found is not None:
            candidates[found.id] = found
    for seal in _all(conn, list(candidates.values())):
        if seal.withdrawn or seal.original.id == leaving_out:
            continue
        if seal.current.seal_key == seal_key:
            owner = evidence_repo.find_packages(conn, seal.current.package_id)
            return owner[0].label if owner else seal.current.package_id
    return None
