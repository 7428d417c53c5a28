"""The event fields of a seizure case (DOMAIN.md section 5) and the rules each value obeys.

Each field has a kind (text, a code from a list of ``seizure.yaml``, a country, a
list of countries or names, a time, a GPS position). :func:`check_value` turns what
an officer typed (or a window passed) into the stored JSON value, or raises
:class:`FieldError` naming the field in plain words. :func:`check_notes` checks the
rule across fields: a code such as "other" needs its note.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from borderdesk.core.clock import format_utc
from borderdesk.core.codelists import countries
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import mark, tr

_MAX_TEXT = 2000
_MAX_SHORT = 120
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class FieldError(UserInputError):
    """A value a case field does not accept; the message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What a field holds: ``kind`` and, for codes, the list; ``note``: its note field."""

    label: str
    kind: str
    codes: str | None = None
    note: str | None = None


#: The case's event fields, in the order a form shows them.
FIELDS: dict[str, FieldSpec] = {
    "national_number": FieldSpec(mark("National procedure number"), "short"),
    "occurred_at": FieldSpec(mark("Date and time of the seizure"), "time"),
    "crossing": FieldSpec(mark("Crossing"), "short"),
    "place": FieldSpec(mark("Place at the crossing"), "text"),
    "gps": FieldSpec(mark("GPS position"), "gps"),
    "unit": FieldSpec(mark("Unit"), "short"),
    "officers": FieldSpec(mark("Officers"), "names"),
    "event_type": FieldSpec(mark("Type of event"), "code", "event_type"),
    "direction": FieldSpec(mark("Direction"), "code", "direction"),
    "detection_method": FieldSpec(mark("Detection method"), "code", "detection_method",
                                  "detection_note"),
    "detection_note": FieldSpec(mark("Detection: note"), "text"),
    "legal_justification": FieldSpec(mark("Legal justification"), "code",
                                     "legal_justification", "legal_justification_note"),
    "legal_justification_note": FieldSpec(mark("Legal justification: note"), "text"),
    "criminal_context": FieldSpec(mark("Criminal context"), "code", "criminal_context",
                                  "criminal_context_note"),
    "criminal_context_note": FieldSpec(mark("Criminal context: note"), "text"),
    "route_departure": FieldSpec(mark("Route: departure country"), "country"),
    "route_transit": FieldSpec(mark("Route: transit countries"), "countries"),
    "route_destination": FieldSpec(mark("Route: destination country"), "country"),
    "conveyance": FieldSpec(mark("Conveyance"), "code", "conveyance", "conveyance_note"),
    "conveyance_note": FieldSpec(mark("Conveyance: note"), "text"),
    "conveyance_id": FieldSpec(mark("Conveyance: registration or parcel number"), "short"),
    "concealment": FieldSpec(mark("Concealment method"), "code", "concealment",
                             "concealment_note"),
    "concealment_note": FieldSpec(mark("Concealment: note"), "text"),
    "other_goods": FieldSpec(mark("Other goods seized"), "text"),
}


def check_value(field: str, raw: Any, *, zone: tzinfo, now: datetime) -> Any:
    """The stored value of ``field`` from ``raw`` (None clears the field).

    Text comes trimmed; lists may be given as text (names separated by ``;``,
    countries by ``,``, ``>`` or spaces); a time without an offset is read in
    ``zone`` and must not lie after ``now``.
    """
    from borderdesk.evidence.case_codes import seizure_codes

    spec = FIELDS.get(field)
    if spec is None:
        raise FieldError(field, tr("not a field of the case record (known: {known})",
                                   known=", ".join(FIELDS)))
    if raw is None or (isinstance(raw, str | list | tuple) and not _has_content(raw)):
        return None
    if spec.kind == "code":
        assert spec.codes is not None
        table = seizure_codes()[spec.codes]
        code = _text(field, raw, _MAX_SHORT).lower()
        if table.get(code) is None:
            raise FieldError(field, tr("'{code}' is not one of: {known}", code=code,
                                       known=", ".join(table.codes)))
        return code
    if spec.kind in ("text", "short"):
        return _text(field, raw, _MAX_TEXT if spec.kind == "text" else _MAX_SHORT)
    if spec.kind == "country":
        return _country(field, _text(field, raw, _MAX_SHORT))
    if spec.kind == "countries":
        items = re.split(r"[\s,;>]+", raw.strip()) if isinstance(raw, str) else list(raw)
        codes = [_country(field, _text(field, item, _MAX_SHORT)) for item in items if item]
        if len(set(codes)) != len(codes):
            raise FieldError(field, tr("a country appears twice"))
        return codes
    if spec.kind == "names":
        items = raw.split(";") if isinstance(raw, str) else list(raw)
        names = [_text(field, item, _MAX_SHORT) for item in items if str(item).strip()]
        if len({name.casefold() for name in names}) != len(names):
            raise FieldError(field, tr("a name appears twice"))
        return names
    if spec.kind == "time":
        return _time(field, raw, zone, now)
    return check_gps(field, raw)


def check_notes(values: Mapping[str, Any]) -> None:
    """The rule across fields: a code that says too little (``other``) needs its note."""
    from borderdesk.evidence.case_codes import seizure_codes

    codes = seizure_codes()
    for field, spec in FIELDS.items():
        value = values.get(field)
        if spec.kind != "code" or value is None or spec.note is None or spec.codes is None:
            continue
        entry = codes[spec.codes].get(value)
        if entry is not None and entry.needs_note and not values.get(spec.note):
            raise FieldError(spec.note, tr("needed when {field} is '{code}': say what it was",
                                           field=field, code=value))


def check_gps(field: str, raw: Any) -> dict[str, float]:
    """A position as ``{"lat": .., "lon": ..}`` from ``"44.9757, 19.6130"`` or a pair."""
    if isinstance(raw, Mapping):
        parts: list[Any] = [raw.get("lat"), raw.get("lon")]
    elif isinstance(raw, str):
        parts = [p for p in re.split(r"[\s,;]+", raw.strip()) if p]
    else:
        parts = list(raw)
    try:
        if len(parts) != 2 or any(isinstance(p, bool) for p in parts):
            raise ValueError
        lat, lon = float(parts[0]), float(parts[1])
    except (TypeError, ValueError):
        raise FieldError(field, tr("write the position as latitude, longitude in decimal "
                                   "degrees, like 45.0453, 19.4364")) from None
    if not (math.isfinite(lat) and math.isfinite(lon)):
        raise FieldError(field, tr("the position must be numbers"))
    if not -90 <= lat <= 90:
        raise FieldError(field, tr("the latitude must lie between -90 and 90"))
    if not -180 <= lon <= 180:
        raise FieldError(field, tr("the longitude must lie between -180 and 180"))
    if lat == 0 and lon == 0:
        raise FieldError(field, tr("0, 0 is the position a GPS gives before it has a fix"))
    return {"lat": round(lat, 6), "lon": round(lon, 6)}


def label_of(field: str) -> str:
    """The field's translated label."""
    spec = FIELDS.get(field)
    return tr(spec.label) if spec else field


def display(field: str, value: Any) -> str:
    """A stored value in words (codes by their names, lists joined)."""
    from borderdesk.evidence.case_codes import seizure_codes

    if value is None:
        return ""
    spec = FIELDS.get(field)
    if spec is not None and spec.kind == "code" and spec.codes:
        return seizure_codes()[spec.codes].label(str(value))
    if isinstance(value, Mapping):
        return f"{value.get('lat')}, {value.get('lon')}"
    if isinstance(value, list):
        return (" > " if spec is not None and spec.kind == "countries" else "; ").join(
            str(v) for v in value)
    return str(value)


def _has_content(raw: str | list[Any] | tuple[Any, ...]) -> bool:
    if isinstance(raw, str):
        return bool(raw.strip())
    return any(str(item).strip() for item in raw)


def _text(field: str, raw: Any, limit: int) -> str:
    if not isinstance(raw, str):
        raise FieldError(field, tr("must be text"))
    text = raw.strip()
    if _CONTROL.search(text):
        raise FieldError(field, tr("contains a control character"))
    if len(text) > limit:
        raise FieldError(field, tr("is longer than {limit} characters", limit=limit))
    return text


def _country(field: str, text: str) -> str:
    code = text.upper()
    if code not in countries():
        raise FieldError(field, tr("'{code}' is not an ISO 3166 country code", code=text))
    return code


def _time(field: str, raw: Any, zone: tzinfo, now: datetime) -> str:
    if isinstance(raw, datetime):
        moment = raw
    else:
        text = _text(field, raw, _MAX_SHORT)
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise FieldError(field, tr("'{text}' is not a date and time like "
                                       "2026-11-28T09:40 (or with an offset, +01:00)",
                                       text=text)) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    if moment > now:
        raise FieldError(field, tr("lies in the future"))
    return format_utc(moment)
