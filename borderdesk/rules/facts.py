"""The plain facts the risk engine reads: a declaration as values, nothing else.

The engine imports no other borderdesk package, so the services turn stored or
read declarations into these values. Texts that keyword rules read are
normalised once here (``core.text.normalise``), not at every rule.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from borderdesk.core.text import normalise


@dataclass(frozen=True, slots=True)
class LineFacts:
    """One goods line."""

    number: int
    hs_code: str
    description: str
    gross_kg: float
    quantity: float | None = None
    unit: str | None = None
    packages: float | None = None
    net_kg: float | None = None
    value: float | None = None
    currency: str | None = None
    #: The description normalised, padded with one space each side (for whole-word search).
    padded: str = ""
    #: The words of the normalised description.
    words: frozenset[str] = frozenset()
    #: Keyword lists already matched against this line (several rules share a list, and
    #: history rules look at the same other declarations again and again). Made on first
    #: use: most lines of a large batch never need one.
    matched: dict[object, bool] | None = field(default=None, compare=False, repr=False)

    def matches(self) -> dict[object, bool]:
        """This line's cache of keyword-list results."""
        cache = self.matched
        if cache is None:
            cache = {}
            object.__setattr__(self, "matched", cache)
        return cache

    @staticmethod
    def make(number: int, hs_code: str, description: str, gross_kg: float,
             **optional: object) -> LineFacts:
        """A line with its normalised description filled in."""
        norm = normalise(description)
        for key in ("unit", "currency"):
            value = optional.get(key)
            if isinstance(value, str):
                optional[key] = sys.intern(value)  # a few values, repeated on every line
        return LineFacts(number, sys.intern(hs_code), description, gross_kg,
                         padded=f" {norm} ", words=frozenset(norm.split()),
                         **optional)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """A document presented with the declaration."""

    type: str
    reference: str
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class AmendmentFacts:
    """One field changed by a later version."""

    version: int
    field: str
    old: str | None
    new: str | None
    #: Hours from the first version's lodging to the version that made the change.
    hours_after_first: float | None = None


@dataclass(frozen=True, slots=True)
class DeclarationFacts:
    """One declaration version as the engine sees it."""

    declaration_id: str
    lodged_at: datetime  # aware
    procedure: str
    transport_mode: str
    consignor_name: str
    consignee_name: str
    origin_country: str
    destination_country: str
    lines: tuple[LineFacts, ...]
    consignor_country: str | None = None
    consignee_country: str | None = None
    consignee_kind: str | None = None
    declarant_name: str | None = None
    driver_name: str | None = None
    driver_nationality: str | None = None
    vehicle_registration: str | None = None
    vehicle_country: str | None = None
    trailer_registration: str | None = None
    dispatch_country: str | None = None
    itinerary: tuple[str, ...] = ()
    documents: tuple[DocumentFacts, ...] = ()
    seals: tuple[str, ...] = ()
    version: int = 1
    amendments: tuple[AmendmentFacts, ...] = ()
    #: Values derived once and kept: normalised party names, the words of all goods
    #: lines, and results of conditions about this declaration alone (kept when it is
    #: looked at as another declaration's history, again and again). Made on first use.
    cache: dict[object, Any] | None = field(default=None, compare=False, repr=False)

    def memo(self) -> dict[object, Any]:
        """This declaration's cache of derived values."""
        cache = self.cache
        if cache is None:
            cache = {}
            object.__setattr__(self, "cache", cache)
        return cache

    def line_words(self) -> frozenset[str]:
        """Every word of every goods line's normalised description."""
        cache = self.memo()
        words: frozenset[str] | None = cache.get("line_words")
        if words is None:
            words = cache["line_words"] = frozenset().union(*(line.words for line in self.lines))
        return words

    @property
    def lodged_date(self) -> date:
        """The calendar date of lodging in the offset it was written with."""
        return self.lodged_at.date()

    def party_key(self, role: str) -> str:
        """The normalised name of the party in ``role`` ('' when absent)."""
        cache = self.memo()
        key: str | None = cache.get(role)
        if key is None:
            key = cache[role] = _party_key(getattr(self, f"{role}_name") or "")
        return key


@lru_cache(maxsize=65_536)
def _party_key(name: str) -> str:
    # The same parties come back day after day: normalise each name once.
    return normalise(name)
