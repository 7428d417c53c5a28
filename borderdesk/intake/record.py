"""The raw record a reader hands to validation: one declaration, not yet checked.

Readers turn each declaration of a file into the JSON shape of the format
(nested ``vehicle``, ``consignor``, ``items``...). Values are as read: typed for
JSON, text for CSV, text or cell values for XLSX.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: JSON paths of the declaration fields, mapped to their CSV/XLSX column.
COLUMN_OF_PATH: dict[str, str] = {
    "vehicle.registration": "vehicle_registration",
    "vehicle.country": "vehicle_country",
    "vehicle.trailer": "trailer_registration",
    "driver.name": "driver_name",
    "driver.nationality": "driver_nationality",
    "consignor.name": "consignor_name",
    "consignor.country": "consignor_country",
    "consignor.address": "consignor_address",
    "consignee.name": "consignee_name",
    "consignee.country": "consignee_country",
    "consignee.kind": "consignee_kind",
    "declarant.name": "declarant_name",
}

DECLARATION_COLUMNS: tuple[str, ...] = (
    "declaration_id", "lodged_at", "crossing", "procedure", "transport_mode",
    "vehicle_registration", "vehicle_country", "trailer_registration", "driver_name",
    "driver_nationality", "consignor_name", "consignor_country", "consignor_address",
    "consignee_name", "consignee_country", "consignee_kind", "declarant_name",
    "origin_country", "dispatch_country", "destination_country", "itinerary", "documents",
    "seals",
)
ITEM_COLUMNS: tuple[str, ...] = (
    "line", "hs_code", "description", "quantity", "unit", "packages", "gross_kg", "net_kg",
    "value", "currency",
)
ALL_COLUMNS: tuple[str, ...] = DECLARATION_COLUMNS + ITEM_COLUMNS
REQUIRED_COLUMNS: tuple[str, ...] = (
    "declaration_id", "lodged_at", "crossing", "procedure", "transport_mode",
    "consignor_name", "consignee_name", "origin_country", "destination_country",
    "hs_code", "description", "gross_kg",
)


@dataclass(slots=True)
class RawRecord:
    """One declaration as read from a file, before validation."""

    line: int
    data: dict[str, Any]
    #: For tabular files: the physical line (or row) of each goods line.
    item_lines: list[int] | None = None
    #: Whether problems name CSV/XLSX columns (True) or JSON paths (False).
    tabular: bool = False
    #: Whether numbers written with a decimal comma are accepted (CSV with ``;``, XLSX text).
    decimal_comma: bool = False
    #: Unknown fields or columns, kept aside (name, value as text).
    extra: list[tuple[str, str]] = field(default_factory=list)

    def field_name(self, path: str) -> str:
        """How a problem names ``path`` for this record's file format."""
        if not self.tabular:
            return path
        if path.startswith("items["):
            return path.split(".", 1)[1] if "." in path else "items"
        for prefix in ("documents", "itinerary", "seals"):
            if path.startswith(prefix):
                return prefix
        return COLUMN_OF_PATH.get(path, path)

    def line_of(self, path: str) -> int:
        """The line a problem about ``path`` is reported at."""
        if self.item_lines is not None and path.startswith("items["):
            index = int(path[len("items["):path.index("]")]) - 1
            if 0 <= index < len(self.item_lines):
                return self.item_lines[index]
        return self.line
