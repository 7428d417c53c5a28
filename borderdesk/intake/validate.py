"""Validation: a raw record becomes a :class:`Declaration`, or a list of problems.

Checks required fields, types, enumerations, ISO 3166 country codes (plus XK),
HS codes of 6 to 10 digits (dots and spaces removed first), numbers that are
not negative and ISO 8601 times. A time without an offset is read in the
station's time zone; the offset it ends up with is kept with the instant.
Every problem of a record is reported, not only the first.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timezone, tzinfo
from enum import StrEnum
from typing import Any, TypeVar

from borderdesk.core.codelists import countries
from borderdesk.core.i18n import tr
from borderdesk.domain.declaration import (
    Declaration,
    Document,
    DocumentType,
    Driver,
    GoodsLine,
    Party,
    PartyKind,
    Procedure,
    TransportMode,
    Vehicle,
)
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.record import RawRecord

E = TypeVar("E", bound=StrEnum)
_HS_SEPARATORS = re.compile(r"[.\s]")
#: ASCII digits only: str.isdigit() also takes "²" and Arabic-Indic or full-width digits.
_HS_CODE = re.compile(r"[0-9]{6,10}")


class _Checker:
    """Checks one record's fields, collecting every problem."""

    def __init__(self, record: RawRecord, problems: ProblemList, tz: tzinfo) -> None:
        self.record = record
        self.problems = problems
        self.tz = tz
        self.failed = False

    def fail(self, path: str, message: str) -> None:
        self.failed = True
        self.problems.add(self.record.line_of(path), self.record.field_name(path), message)

    def text(self, path: str, value: Any, required: bool = False) -> str | None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # a spreadsheet's number cell in a text column
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str):
            self.fail(path, tr("must be text"))
            return None
        stripped: str = value.strip() if value is not None else ""
        if not stripped:
            if required:
                self.fail(path, tr("required field is missing"))
            return None
        return stripped

    def country(self, path: str, value: Any, required: bool = False) -> str | None:
        code = self.text(path, value, required)
        if code is None:
            return None
        code = code.upper()
        if code not in countries():
            self.fail(path, tr("'{code}' is not an ISO 3166 country code", code=code))
            return None
        return code

    def choice(self, path: str, value: Any, enum: type[E], required: bool = False) -> E | None:
        word = self.text(path, value, required)
        if word is None:
            return None
        try:
            return enum(word.lower())
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.fail(path, tr("'{value}' is not one of: {allowed}", value=word,
                               allowed=allowed))
            return None

    def number(self, path: str, value: Any, required: bool = False,
               whole: bool = False) -> float | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(path, tr("required field is missing"))
            return None
        result: float | None = None
        if isinstance(value, bool):
            result = None
        elif isinstance(value, int | float):
            result = float(value)
        elif isinstance(value, str) and (self.record.tabular or self.record.decimal_comma):
            text = value.strip()
            if self.record.decimal_comma and "," in text and "." not in text:
                text = text.replace(",", ".", 1)
            try:
                result = float(text)
            except ValueError:
                result = None
        if result is None or not math.isfinite(result):
            self.fail(path, tr("'{value}' is not a number", value=value))
            return None
        if result < 0:
            self.fail(path, tr("must not be negative"))
            return None
        if whole and not result.is_integer():
            self.fail(path, tr("'{value}' is not a whole number", value=value))
            return None
        return result

    def moment(self, path: str, value: Any) -> datetime | None:
        parsed: datetime | None = None
        if isinstance(value, datetime):
            parsed = value
        else:
            text = self.text(path, value, required=True)
            if text is None:
                return None
            try:
                parsed = datetime.fromisoformat(text)
            except ValueError:
                parsed = None
            if parsed is None or len(text) <= 10:
                self.fail(path, tr("'{value}' is not an ISO 8601 date and time "
                                   "(like 2026-11-28T08:15:00+01:00)", value=text))
                return None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=self.tz)
            # Keep the local offset as a fixed offset: the instant and its local date.
            offset = parsed.utcoffset()
            assert offset is not None
            parsed = parsed.replace(tzinfo=timezone(offset))
        return parsed

    def day(self, path: str, value: Any) -> date | None:
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = self.text(path, value)
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            self.fail(path, tr("'{value}' is not an ISO 8601 date (like 2027-01-31)",
                               value=text))
            return None

    def hs_code(self, path: str, value: Any) -> str | None:
        if isinstance(value, float):
            if not value.is_integer():
                # 6109.1 was "6109.10" or "6109.1": its digits cannot be known.
                self.fail(path, tr("'{value}' is not an HS code of 6 to 10 digits",
                                   value=value))
                return None
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            digits = str(value)
            # A spreadsheet turned "0101..." into a number and dropped the leading zero.
            if len(digits) in (5, 9):
                digits = "0" + digits
            value = digits
        text = self.text(path, value, required=True)
        if text is None:
            return None
        code = _HS_SEPARATORS.sub("", text)
        if not _HS_CODE.fullmatch(code):
            self.fail(path, tr("'{value}' is not an HS code of 6 to 10 digits", value=text))
            return None
        return code

    def mapping(self, path: str, value: Any) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.fail(path, tr("must be an object"))
            return {}
        return value

    def sequence(self, path: str, value: Any) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(path, tr("must be a list"))
            return []
        return value


def _party(c: _Checker, path: str, value: Any, required: bool,
           with_kind: bool = False) -> Party | None:
    data = c.mapping(path, value)
    if not data and not required:
        return None
    name = c.text(f"{path}.name", data.get("name"), required=True)
    country = c.country(f"{path}.country", data.get("country"))
    address = c.text(f"{path}.address", data.get("address"))
    kind = c.choice(f"{path}.kind", data.get("kind"), PartyKind) if with_kind else None
    return Party(name or "", country, address, kind)


def _items(c: _Checker, value: Any) -> tuple[GoodsLine, ...]:
    raw_items = c.sequence("items", value)
    if not raw_items:
        c.fail("items", tr("a declaration needs at least one goods line"))
        return ()
    items: list[GoodsLine] = []
    seen_lines: set[int] = set()
    for position, raw in enumerate(raw_items, start=1):
        path = f"items[{position}]"
        data = c.mapping(path, raw)
        number = c.number(f"{path}.line", data.get("line"), whole=True)
        line = int(number) if number is not None else position
        if line in seen_lines:
            c.fail(f"{path}.line", tr("goods line {line} appears twice", line=line))
        seen_lines.add(line)
        hs_code = c.hs_code(f"{path}.hs_code", data.get("hs_code"))
        description = c.text(f"{path}.description", data.get("description"), required=True)
        gross = c.number(f"{path}.gross_kg", data.get("gross_kg"), required=True)
        quantity = c.number(f"{path}.quantity", data.get("quantity"))
        packages = c.number(f"{path}.packages", data.get("packages"), whole=True)
        items.append(GoodsLine(
            line=line, hs_code=hs_code or "", description=description or "",
            gross_kg=gross or 0.0, quantity=quantity,
            unit=c.text(f"{path}.unit", data.get("unit")),
            packages=int(packages) if packages is not None else None,
            net_kg=c.number(f"{path}.net_kg", data.get("net_kg")),
            value=c.number(f"{path}.value", data.get("value")),
            currency=(c.text(f"{path}.currency", data.get("currency")) or "").upper() or None,
        ))
    return tuple(items)


def _documents(c: _Checker, value: Any) -> tuple[Document, ...]:
    documents: list[Document] = []
    for position, raw in enumerate(c.sequence("documents", value), start=1):
        path = f"documents[{position}]"
        data = c.mapping(path, raw)
        kind = c.choice(f"{path}.type", data.get("type"), DocumentType, required=True)
        reference = c.text(f"{path}.reference", data.get("reference"), required=True)
        valid_until = c.day(f"{path}.valid_until", data.get("valid_until"))
        if kind is not None and reference is not None:
            documents.append(Document(kind, reference, valid_until))
    return tuple(documents)


def validate_record(record: RawRecord, problems: ProblemList, tz: tzinfo) -> Declaration | None:
    """Check ``record``; return the declaration, or ``None`` after adding its problems."""
    c = _Checker(record, problems, tz)
    d = record.data
    declaration_id = c.text("declaration_id", d.get("declaration_id"), required=True)
    lodged_at = c.moment("lodged_at", d.get("lodged_at"))
    crossing = c.text("crossing", d.get("crossing"), required=True)
    procedure = c.choice("procedure", d.get("procedure"), Procedure, required=True)
    mode = c.choice("transport_mode", d.get("transport_mode"), TransportMode, required=True)
    vehicle_data = c.mapping("vehicle", d.get("vehicle"))
    vehicle = Vehicle(
        c.text("vehicle.registration", vehicle_data.get("registration")),
        c.country("vehicle.country", vehicle_data.get("country")),
        c.text("vehicle.trailer", vehicle_data.get("trailer")),
    )
    driver_data = c.mapping("driver", d.get("driver"))
    driver_name = c.text("driver.name", driver_data.get("name"))
    driver_nationality = c.country("driver.nationality", driver_data.get("nationality"))
    consignor = _party(c, "consignor", d.get("consignor"), required=True)
    consignee = _party(c, "consignee", d.get("consignee"), required=True, with_kind=True)
    declarant = _party(c, "declarant", d.get("declarant"), required=False)
    origin = c.country("origin_country", d.get("origin_country"), required=True)
    dispatch = c.country("dispatch_country", d.get("dispatch_country"))
    destination = c.country("destination_country", d.get("destination_country"),
                            required=True)
    itinerary = tuple(
        code for position, raw in enumerate(c.sequence("itinerary", d.get("itinerary")), 1)
        if (code := c.country(f"itinerary[{position}]", raw, required=True)) is not None
    )
    seals = tuple(
        seal for position, raw in enumerate(c.sequence("seals", d.get("seals")), 1)
        if (seal := c.text(f"seals[{position}]", raw, required=True)) is not None
    )
    documents = _documents(c, d.get("documents"))
    items = _items(c, d.get("items"))
    if driver_name is None and driver_nationality is not None:
        c.fail("driver.name", tr("a driver's nationality is given without a name"))
    if c.failed:
        return None
    assert declaration_id and lodged_at and crossing and procedure and mode
    assert consignor and consignee and origin and destination
    return Declaration(
        declaration_id=declaration_id, lodged_at=lodged_at, crossing=crossing,
        procedure=procedure, transport_mode=mode, consignor=consignor, consignee=consignee,
        origin_country=origin, destination_country=destination, items=items,
        declarant=declarant,
        vehicle=vehicle if any((vehicle.registration, vehicle.country, vehicle.trailer))
        else None,
        driver=Driver(driver_name, driver_nationality) if driver_name else None,
        dispatch_country=dispatch, itinerary=itinerary, documents=documents, seals=seals,
        extra=tuple(record.extra),
    )
