"""The plain facts of a seizure case that the yearly tables and the summary count.

:mod:`borderdesk.services.statistics` reads them from the station database; tests and
benchmarks can make them by hand. Codes are the case record's own (seizure.yaml,
the item categories); the tables map them onto their rows (iafq.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class ItemFacts:
    """A current item of a case: one arm, or a group of parts or rounds."""

    kind: str  # firearm | parts | ammunition
    quantity: int = 1
    #: The identification's category (firearms) or "part"/"ammunition".
    category: str = "unknown"
    #: The identification's item class (firearm, light_weapon, accessory...), when known.
    item_class: str | None = None
    component: str | None = None
    calibre: str | None = None
    #: ISO 3166 code of the country of manufacture, when it was read.
    country: str | None = None
    registry_checks: int = 0
    iarms_queries: int = 0
    #: The current status of each trace request about the item.
    trace_statuses: tuple[str, ...] = ()
    #: How its illicit origin was established by the latest word on it (None: not).
    origin_how: str | None = None
    #: The identification's flags (converted, reactivated, deactivated...).
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PersonFacts:
    """A person involved, as far as the persons table needs (no name)."""

    sex: str | None = None
    nationality: str | None = None
    #: The follow-up stages the person reached (arrested, prosecuted...).
    stages: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """A seizure case: its status, its date, its event fields and current items."""

    case_number: str
    status: str
    #: The seizure's local date; the day the case was opened when none was recorded.
    day: date
    #: Whether ``day`` is the seizure's date (False: the day the case was opened).
    dated_by_seizure: bool = True
    crossing: str = ""
    #: Event fields as they stand (``event_type``, ``legal_justification``, ``route_*``...).
    fields: dict[str, object] = field(default_factory=dict)
    items: tuple[ItemFacts, ...] = ()
    persons: tuple[PersonFacts, ...] = ()

    def text(self, name: str) -> str | None:
        """A field's value as text (None when absent)."""
        value = self.fields.get(name)
        return None if value is None else str(value)

    def countries(self, name: str) -> tuple[str, ...]:
        """A route field as a tuple of country codes (transit is a list)."""
        value = self.fields.get(name)
        if value is None:
            return ()
        if isinstance(value, list | tuple):
            return tuple(str(v) for v in value)
        return (str(value),)
