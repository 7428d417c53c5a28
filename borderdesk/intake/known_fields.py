"""The fields the declaration format knows, and setting aside the ones it does not.

Unknown fields are not an error: they are kept aside with the version (as text)
and reported once per file as a warning, so a national system that sends more
than borderdesk reads loses nothing.
"""

from __future__ import annotations

import json
from typing import Any

_PARTY = frozenset({"name", "country", "address"})
KNOWN: dict[str, frozenset[str]] = {
    "": frozenset({
        "declaration_id", "lodged_at", "crossing", "procedure", "transport_mode", "vehicle",
        "driver", "consignor", "consignee", "declarant", "origin_country", "dispatch_country",
        "destination_country", "itinerary", "documents", "seals", "items",
    }),
    "vehicle": frozenset({"registration", "country", "trailer"}),
    "driver": frozenset({"name", "nationality"}),
    "consignor": _PARTY,
    "consignee": _PARTY | {"kind"},
    "declarant": _PARTY,
    "documents[]": frozenset({"type", "reference", "valid_until"}),
    "items[]": frozenset({
        "line", "hs_code", "description", "quantity", "unit", "packages", "gross_kg", "net_kg",
        "value", "currency",
    }),
}


def _as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def set_aside_unknown(data: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Split a JSON declaration into its known part and its unknown fields.

    Unknown fields are returned as ``(path, value as text)``, with list positions
    counted from 1 (``items[2].colour``); the known part is a new dict.
    """
    extra: list[tuple[str, str]] = []
    clean = _known_part(data, "", "", extra)
    for key in ("vehicle", "driver", "consignor", "consignee", "declarant"):
        if isinstance(clean.get(key), dict):
            clean[key] = _known_part(clean[key], key, key, extra)
    for key in ("documents", "items"):
        if isinstance(clean.get(key), list):
            clean[key] = [
                _known_part(entry, f"{key}[]", f"{key}[{position}]", extra)
                if isinstance(entry, dict) else entry
                for position, entry in enumerate(clean[key], start=1)
            ]
    return clean, extra


def _known_part(data: dict[str, Any], kind: str, path: str,
                extra: list[tuple[str, str]]) -> dict[str, Any]:
    known = KNOWN[kind]
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if key in known:
            clean[key] = value
        else:
            extra.append((f"{path}.{key}" if path else key, _as_text(value)))
    return clean


def generic_path(path: str) -> str:
    """``items[3].colour`` as ``items[].colour``: the name a warning is given once for."""
    out, depth = [], 0
    for ch in path:
        if ch == "[":
            depth += 1
            out.append("[")
        elif ch == "]":
            depth -= 1
            out.append("]")
        elif depth == 0:
            out.append(ch)
    return "".join(out)
