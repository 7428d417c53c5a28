"""What a condition can name: the fields of a declaration, a goods line, a document ...

Each kind of thing the language knows has a table of fields, each with a
getter and a value type. The compiler checks names and types against these
tables before anything runs, so a misspelt field is an error at load time.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from operator import attrgetter
from typing import Any


class Type(StrEnum):
    """The value types of the condition language."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    TIME = "time"
    BOOL = "true/false"
    TEXTS = "list of texts"
    LINES = "goods lines"
    DOCUMENTS = "documents"
    AMENDMENTS = "amendments"
    DECLARATIONS = "declarations"
    HITS = "watch-list hits"
    LINE = "goods line"
    DOCUMENT = "document"
    AMENDMENT = "amendment"
    DECLARATION = "declaration"
    HIT = "watch-list hit"


#: What a collection holds when a quantifier goes through it.
ELEMENT_OF: dict[Type, Type] = {
    Type.LINES: Type.LINE,
    Type.DOCUMENTS: Type.DOCUMENT,
    Type.AMENDMENTS: Type.AMENDMENT,
    Type.DECLARATIONS: Type.DECLARATION,
    Type.HITS: Type.HIT,
    Type.TEXTS: Type.TEXT,
}

#: The collection a quantifier variable goes through when the condition does not say.
DEFAULT_COLLECTION: dict[str, str] = {
    "line": "lines",
    "document": "documents",
    "country": "itinerary",
    "amendment": "amendments",
    "hit": "watchlist",
    "seal": "seals",
}

Getter = Callable[[Any], Any]


def _field(attribute: str, kind: Type) -> tuple[Getter, Type]:
    return attrgetter(attribute), kind


DECLARATION_FIELDS: dict[str, tuple[Getter, Type]] = {
    "declaration_id": _field("declaration_id", Type.TEXT),
    "procedure": _field("procedure", Type.TEXT),
    "transport_mode": _field("transport_mode", Type.TEXT),
    "lodged_at": _field("lodged_at", Type.TIME),
    "lodged_date": _field("lodged_date", Type.DATE),
    "version": _field("version", Type.NUMBER),
    "consignor.name": _field("consignor_name", Type.TEXT),
    "consignor.country": _field("consignor_country", Type.TEXT),
    "consignee.name": _field("consignee_name", Type.TEXT),
    "consignee.country": _field("consignee_country", Type.TEXT),
    "consignee.kind": _field("consignee_kind", Type.TEXT),
    "declarant.name": _field("declarant_name", Type.TEXT),
    "driver.name": _field("driver_name", Type.TEXT),
    "driver.nationality": _field("driver_nationality", Type.TEXT),
    "vehicle.registration": _field("vehicle_registration", Type.TEXT),
    "vehicle.country": _field("vehicle_country", Type.TEXT),
    "vehicle.trailer": _field("trailer_registration", Type.TEXT),
    "origin_country": _field("origin_country", Type.TEXT),
    "dispatch_country": _field("dispatch_country", Type.TEXT),
    "destination_country": _field("destination_country", Type.TEXT),
    "itinerary": _field("itinerary", Type.TEXTS),
    "seals": _field("seals", Type.TEXTS),
    "lines": _field("lines", Type.LINES),
    "documents": _field("documents", Type.DOCUMENTS),
    "amendments": _field("amendments", Type.AMENDMENTS),
}

FIELDS: dict[Type, dict[str, tuple[Getter, Type]]] = {
    Type.DECLARATION: DECLARATION_FIELDS,
    Type.LINE: {
        "number": _field("number", Type.NUMBER),
        "hs_code": _field("hs_code", Type.TEXT),
        "description": _field("description", Type.TEXT),
        "gross_kg": _field("gross_kg", Type.NUMBER),
        "net_kg": _field("net_kg", Type.NUMBER),
        "quantity": _field("quantity", Type.NUMBER),
        "unit": _field("unit", Type.TEXT),
        "packages": _field("packages", Type.NUMBER),
        "value": _field("value", Type.NUMBER),
        "currency": _field("currency", Type.TEXT),
    },
    Type.DOCUMENT: {
        "type": _field("type", Type.TEXT),
        "reference": _field("reference", Type.TEXT),
        "valid_until": _field("valid_until", Type.DATE),
    },
    Type.AMENDMENT: {
        "version": _field("version", Type.NUMBER),
        "field": _field("field", Type.TEXT),
        "old": _field("old", Type.TEXT),
        "new": _field("new", Type.TEXT),
        "hours_after_first": _field("hours_after_first", Type.NUMBER),
    },
    Type.HIT: {
        "field": _field("field", Type.TEXT),
        "value": _field("value", Type.TEXT),
        "score": _field("score", Type.NUMBER),
        "kind": _field("entry.kind", Type.TEXT),
        "entry": _field("entry.name", Type.TEXT),
        "note": _field("entry.note", Type.TEXT),
    },
}

#: Party roles that ``history(ROLE, ...)`` accepts.
PARTY_ROLES = ("consignor", "consignee", "declarant", "driver")
