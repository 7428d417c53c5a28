"""A cargo declaration as borderdesk reads it (see docs/formats.md).

Values are frozen dataclasses made by the intake readers after validation. The
canonical form (:func:`to_canonical`) is the JSON shape of the file format with
every optional part spelled out; two declarations are the same when their
canonical forms are equal, whatever file format they came from.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Procedure(StrEnum):
    """The customs procedure declared."""

    IMPORT = "import"
    EXPORT = "export"
    TRANSIT = "transit"


class TransportMode(StrEnum):
    """How the goods cross the border."""

    TRUCK = "truck"
    VAN = "van"
    CAR = "car"
    BUS = "bus"
    RAIL = "rail"
    POSTAL = "postal"


class PartyKind(StrEnum):
    """Whether a consignee is a company or a private person."""

    COMPANY = "company"
    PRIVATE = "private"


class DocumentType(StrEnum):
    """The documents a declaration may carry."""

    INVOICE = "invoice"
    CMR = "cmr"
    ARMS_LICENCE = "arms_licence"
    END_USER_CERTIFICATE = "end_user_certificate"
    DEACTIVATION_CERTIFICATE = "deactivation_certificate"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Party:
    """A consignor, consignee or declarant."""

    name: str
    country: str | None = None
    address: str | None = None
    kind: PartyKind | None = None


@dataclass(frozen=True, slots=True)
class Vehicle:
    """The vehicle (and trailer) that carries the goods."""

    registration: str | None = None
    country: str | None = None
    trailer: str | None = None


@dataclass(frozen=True, slots=True)
class Driver:
    """The driver of the vehicle."""

    name: str
    nationality: str | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A document presented with the declaration (invoice, licence, ...)."""

    type: DocumentType
    reference: str
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class GoodsLine:
    """One goods line of a declaration."""

    line: int
    hs_code: str
    description: str
    gross_kg: float
    quantity: float | None = None
    unit: str | None = None
    packages: int | None = None
    net_kg: float | None = None
    value: float | None = None
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class Declaration:
    """One version of a cargo declaration, validated."""

    declaration_id: str
    lodged_at: datetime  # aware, with the offset it was written with
    crossing: str
    procedure: Procedure
    transport_mode: TransportMode
    consignor: Party
    consignee: Party
    origin_country: str
    destination_country: str
    items: tuple[GoodsLine, ...]
    declarant: Party | None = None
    vehicle: Vehicle | None = None
    driver: Driver | None = None
    dispatch_country: str | None = None
    itinerary: tuple[str, ...] = ()
    documents: tuple[Document, ...] = ()
    seals: tuple[str, ...] = ()
    #: Unknown fields or columns, kept aside as they were read (not part of the content).
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)


def _number(value: float | None) -> float | int | None:
    # 12.0 and 12 are the same quantity; write whole numbers as integers so that
    # JSON (12) and CSV ("12.0") give the same canonical form.
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _party(party: Party | None) -> dict[str, Any] | None:
    if party is None:
        return None
    return {
        "name": party.name,
        "country": party.country,
        "address": party.address,
        "kind": party.kind.value if party.kind else None,
    }


def to_canonical(declaration: Declaration) -> dict[str, Any]:
    """The declaration as a JSON-ready dict in the file format's shape."""
    d = declaration
    return {
        "declaration_id": d.declaration_id,
        "lodged_at": d.lodged_at.isoformat(),
        "crossing": d.crossing,
        "procedure": d.procedure.value,
        "transport_mode": d.transport_mode.value,
        "vehicle": None if d.vehicle is None else {
            "registration": d.vehicle.registration,
            "country": d.vehicle.country,
            "trailer": d.vehicle.trailer,
        },
        "driver": None if d.driver is None else {
            "name": d.driver.name,
            "nationality": d.driver.nationality,
        },
        "consignor": _party(d.consignor),
        "consignee": _party(d.consignee),
        "declarant": _party(d.declarant),
        "origin_country": d.origin_country,
        "dispatch_country": d.dispatch_country,
        "destination_country": d.destination_country,
        "itinerary": list(d.itinerary),
        "documents": [
            {
                "type": doc.type.value,
                "reference": doc.reference,
                "valid_until": doc.valid_until.isoformat() if doc.valid_until else None,
            }
            for doc in d.documents
        ],
        "seals": list(d.seals),
        "items": [
            {
                "line": item.line,
                "hs_code": item.hs_code,
                "description": item.description,
                "quantity": _number(item.quantity),
                "unit": item.unit,
                "packages": item.packages,
                "gross_kg": _number(item.gross_kg),
                "net_kg": _number(item.net_kg),
                "value": _number(item.value),
                "currency": item.currency,
            }
            for item in d.items
        ],
    }


def canonical_json(canonical: dict[str, Any]) -> str:
    """The canonical form as compact JSON text (keys sorted, UTF-8 kept)."""
    return json.dumps(canonical, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(canonical_text: str) -> str:
    """The SHA-256 of a canonical JSON text: equal content, equal hash."""
    return hashlib.sha256(canonical_text.encode("utf-8")).hexdigest()
