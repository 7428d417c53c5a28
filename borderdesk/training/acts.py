"""What a trainee did during an exercise, as plain values for the scoring.

:mod:`borderdesk.services.training_score` reads them from the exercise database (the
inspections, identifications, seizure cases and evidence steps the live services
recorded); the scoring (:mod:`borderdesk.training.scoring`) never sees the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from borderdesk.identify.item import ItemRecord


@dataclass(frozen=True, slots=True)
class Inspected:
    """An inspection started on a declaration."""

    declaration_id: str
    kind: str
    started_at: datetime


@dataclass(frozen=True, slots=True)
class Identified:
    """A completed identification made during an inspection of a declaration."""

    declaration_id: str
    identification_id: str
    label: str
    record: ItemRecord


@dataclass(frozen=True, slots=True)
class StepDone:
    """A current evidence step record of a case (corrections applied, withdrawals left out)."""

    step: str
    #: The case item's number, for a step per item.
    item: str | None
    done_at: datetime
    package: str | None = None
    #: The kind of that item (firearm, parts, ammunition), for a step per item.
    kind: str | None = None
    not_applicable: str | None = None
    deviation_reason: str | None = None
    deviations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseItemActs:
    """An item of a seizure case: its number, kind and the identification it came from."""

    number: str
    kind: str
    identification_id: str | None = None


@dataclass(frozen=True, slots=True)
class CaseActs:
    """A seizure case opened on a declaration and what was recorded in it."""

    declaration_id: str
    case_number: str
    found_at: datetime
    items: tuple[CaseItemActs, ...] = ()
    steps: tuple[StepDone, ...] = ()


@dataclass(frozen=True, slots=True)
class TraineeActs:
    """Everything the scoring reads of one trainee's session."""

    trainee: str
    #: When each declaration reached the queue (None: its inject was never released).
    available: Mapping[str, datetime | None]
    inspections: tuple[Inspected, ...] = ()
    identified: tuple[Identified, ...] = ()
    cases: tuple[CaseActs, ...] = ()
    #: The scenario time the score was taken at.
    scored_at: datetime | None = None
