"""An amendment's changes in words: field paths and stored values as people read them.

Amendments are stored as field paths (``items[2].description``, ``consignee.name``)
with the old and new values as text (a whole added goods line or document as JSON,
see :mod:`borderdesk.domain.amendment`). The window and ``borderdesk show`` both
show them through :func:`field_words` and :func:`value_words`.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from borderdesk.core.country_names import country_name
from borderdesk.core.i18n import mark, tr

_SECTIONS = {
    "declaration_id": mark("Declaration id"),
    "lodged_at": mark("Lodged"),
    "crossing": mark("Crossing"),
    "procedure": mark("Procedure"),
    "transport_mode": mark("Mode of transport"),
    "origin_country": mark("Country of origin"),
    "dispatch_country": mark("Country of dispatch"),
    "destination_country": mark("Country of destination"),
    "itinerary": mark("Route"),
    "seals": mark("Seals"),
    "consignor": mark("Consignor"),
    "consignee": mark("Consignee"),
    "declarant": mark("Declarant"),
    "driver": mark("Driver"),
    "vehicle": mark("Vehicle"),
}
_PARTS = {
    "name": mark("name"),
    "country": mark("country"),
    "address": mark("address"),
    "kind": mark("kind"),
    "nationality": mark("nationality"),
    "registration": mark("registration"),
    "trailer": mark("trailer"),
    "hs_code": mark("HS code"),
    "description": mark("description"),
    "quantity": mark("quantity"),
    "unit": mark("unit"),
    "packages": mark("packages"),
    "gross_kg": mark("gross mass (kg)"),
    "net_kg": mark("net mass (kg)"),
    "value": mark("value"),
    "currency": mark("currency"),
    "type": mark("type"),
    "reference": mark("reference"),
    "valid_until": mark("valid until"),
}
_COUNTRY_PARTS = {"origin_country", "dispatch_country", "destination_country", "country",
                  "nationality"}
_ROW = re.compile(r"^(items|documents)\[([^\]]+)\](?:\.(.+))?$")
ABSENT = "–"


def _words(key: str, table: dict[str, str]) -> str:
    return tr(table[key]) if key in table else key.replace("_", " ")


def field_words(path: str) -> str:
    """An amendment's field path in words: ``items[2].gross_kg`` -> ``Goods line 2: gross
    mass (kg)``, ``consignee.name`` -> ``Consignee: name``."""
    row = _ROW.match(path)
    if row is not None:
        table, key, part = row.groups()
        whole = (tr("Goods line {number}", number=key) if table == "items"
                 else tr("Document {number}", number=key))
        return whole if part is None else tr("{whole}: {part}", whole=whole,
                                             part=_words(part, _PARTS))
    section, _, part = path.partition(".")
    words = _words(section, _SECTIONS)
    return words if not part else tr("{whole}: {part}", whole=words,
                                     part=_words(part, _PARTS))


def _country(code: str) -> str:
    name = country_name(code)
    return f"{name} ({code})" if name and name != code else code


def value_words(path: str, value: str | None) -> str:
    """An amendment's old or new value in words (``–`` when absent): countries with
    their names, a route as a chain, a whole goods line or document in one line."""
    if value is None:
        return ABSENT
    last = path.rpartition(".")[2]
    if path == "lodged_at":
        return _moment(value)
    if last in _COUNTRY_PARTS:
        return _country(value)
    try:
        data = json.loads(value) if value[:1] in "[{" else None
    except ValueError:
        data = None
    if isinstance(data, list):
        if path == "itinerary":
            return " › ".join(_country(str(code)) for code in data)
        return ", ".join(str(part) for part in data)
    if isinstance(data, dict):
        if path.startswith("items["):
            return _line_words(data)
        if path.startswith("documents["):
            return _document_words(data)
        return "; ".join(f"{_words(k, _PARTS)} {v}" for k, v in data.items() if v is not None)
    return value


def _moment(value: str) -> str:
    """``2026-11-27T17:27:00+01:00`` -> ``2026-11-27 17:27 +01:00`` (as lodged)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    offset = moment.strftime("%z")
    zone = f" {offset[:3]}:{offset[3:]}" if offset else ""
    return f"{moment:%Y-%m-%d %H:%M}{zone}"


def _line_words(line: dict[str, Any]) -> str:
    parts = [f"{line.get('hs_code', '')} {line.get('description', '')}".strip()]
    if line.get("quantity") is not None:
        parts.append(f"{line['quantity']:g} {line.get('unit') or ''}".strip())
    if line.get("gross_kg") is not None:
        parts.append(tr("{mass} kg", mass=f"{line['gross_kg']:g}"))
    return ", ".join(parts)


def _document_words(document: dict[str, Any]) -> str:
    text = f"{document.get('type', '')} {document.get('reference', '')}".strip()
    if document.get("valid_until"):
        text = tr("{document}, valid until {date}", document=text,
                  date=document["valid_until"])
    return text
