"""The chain of custody of one package, checked for gaps (pure: no database).

The first holder is the officer who sealed the package; each transfer is released by
whoever holds it then and received by someone else; times never go backwards; nothing
follows a final purpose (return to the owner, disposal). The same walk refuses a new
transfer and reports the gaps of a stored chain (e.g. after an edit with plain sqlite3).
It is given the current entries (corrections applied); a withdrawn event keeps its
number and is passed over.
Names are compared folded (case, accents, Cyrillic/Latin), as officers type them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from borderdesk.core.i18n import tr
from borderdesk.core.text import normalise
from borderdesk.evidence.steps import Option


@dataclass(frozen=True, slots=True)
class SealFact:
    """A seal put on the package."""

    seal_number: str
    sealed_at: str  # stored UTC text
    sealed_by: str


@dataclass(frozen=True, slots=True)
class CustodyFact:
    """A custody event as the check needs it."""

    seq: int
    occurred_at: str  # stored UTC text
    released_by: str
    received_by: str
    purpose: str
    #: Withdrawn by a correction: it keeps its number (so a missing number is still a
    #: gap) but takes no part in the chain.
    withdrawn: bool = False


@dataclass(frozen=True, slots=True)
class Holding:
    """Where the chain stands after its events: who holds the package, since when,
    and whether a final purpose closed it."""

    holder: str
    since: str
    closed_by: str | None  # the final purpose's label, once one was recorded


def same_person(a: str, b: str) -> bool:
    """Whether two typed names are the same person's (case, accents, scripts folded)."""
    return normalise(a) == normalise(b) and bool(normalise(a))


def walk_chain(seals: Sequence[SealFact], events: Sequence[CustodyFact],
               purposes: Sequence[Option], when: Callable[[str], str] = str
               ) -> tuple[Holding | None, list[tuple[int | None, str]]]:
    """Walk a package's chain in sequence order; where it stands at the end (None: never
    sealed) and every gap found, as (event number or None, problem in words)."""
    problems: list[tuple[int | None, str]] = []
    by_id = {p.id: p for p in purposes}
    if not seals:
        if events:
            problems.append((None, tr("custody events recorded but the package was never "
                                      "sealed")))
        return None, problems
    first = min(seals, key=lambda s: s.sealed_at)
    state = Holding(first.sealed_by, first.sealed_at, None)
    expected = 1
    for event in sorted(events, key=lambda e: e.seq):
        if event.seq != expected:
            missing = (str(expected) if event.seq == expected + 1
                       else f"{expected}-{event.seq - 1}")
            problems.append((event.seq, tr("events {numbers} are missing before this one",
                                           numbers=missing)))
        expected = event.seq + 1
        if event.withdrawn:
            continue
        problems.extend((event.seq, p) for p in event_problems(state, event, by_id, when))
        purpose = by_id.get(event.purpose)
        closed = state.closed_by or (purpose.label if purpose and purpose.final else None)
        state = Holding(event.received_by, max(state.since, event.occurred_at), closed)
    return state, problems


def event_problems(state: Holding, event: CustodyFact, purposes: dict[str, Option],
                   when: Callable[[str], str] = str) -> list[str]:
    """What is wrong with ``event`` following a chain that stands at ``state``."""
    problems: list[str] = []
    if state.closed_by is not None:
        problems.append(tr("the chain was closed by '{purpose}'; nothing may follow it",
                           purpose=state.closed_by))
    if not event.released_by.strip() or not event.received_by.strip():
        problems.append(tr("both parties must be named: who released it and who received it"))
    elif not same_person(event.released_by, state.holder):
        problems.append(tr("released by {released}, but {holder} holds the package (since "
                           "{since}); each transfer starts with whoever holds it",
                           released=event.released_by, holder=state.holder,
                           since=when(state.since)))
    if event.released_by.strip() and same_person(event.released_by, event.received_by):
        problems.append(tr("released and received by the same person ({name})",
                           name=event.received_by))
    if event.occurred_at < state.since:
        problems.append(tr("at {at}, before the previous entry of the chain ({since}); "
                           "times never go backwards", at=when(event.occurred_at),
                           since=when(state.since)))
    if event.purpose not in purposes:
        problems.append(tr("'{purpose}' is not a custody purpose (known: {known})",
                           purpose=event.purpose, known=", ".join(purposes)))
    return problems
