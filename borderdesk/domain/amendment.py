"""What an amendment changed: field-by-field differences between two versions.

Both versions are compared in their canonical form. Goods lines are matched by
their line number and documents by their position, so the differences read as
``items[2].description`` or ``consignee.name``; a whole added or removed line
is one difference with an empty side.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One changed field: its path, and the old and new values as text (None = absent)."""

    field: str
    old_value: str | None
    new_value: str | None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _flatten(prefix: str, value: Any, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else key, inner, out)
    else:
        out[prefix] = value


def _keyed(entries: list[dict[str, Any]], key: str | None) -> dict[str, dict[str, Any]]:
    if key is None:
        return {str(position): entry for position, entry in enumerate(entries, start=1)}
    return {str(entry[key]): entry for entry in entries}


def diff_versions(old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    """The differences from ``old`` to ``new`` (canonical forms), in a stable order."""
    changes: list[FieldChange] = []
    for name in sorted(set(old) | set(new)):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if name in ("items", "documents") and isinstance(before, list) \
                and isinstance(after, list):
            key = "line" if name == "items" else None
            old_rows, new_rows = _keyed(before, key), _keyed(after, key)
            for row_key in sorted(set(old_rows) | set(new_rows), key=_natural):
                path = f"{name}[{row_key}]"
                old_row, new_row = old_rows.get(row_key), new_rows.get(row_key)
                if old_row == new_row:
                    continue
                if old_row is None or new_row is None:
                    changes.append(FieldChange(path, _text(old_row), _text(new_row)))
                    continue
                changes.extend(_diff_flat(path, old_row, new_row))
        elif isinstance(before, dict) and isinstance(after, dict):
            changes.extend(_diff_flat(name, before, after))
        else:
            changes.append(FieldChange(name, _text(before), _text(after)))
    return changes


def _diff_flat(prefix: str, old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
    old_flat: dict[str, Any] = {}
    new_flat: dict[str, Any] = {}
    _flatten(prefix, old, old_flat)
    _flatten(prefix, new, new_flat)
    return [
        FieldChange(path, _text(old_flat.get(path)), _text(new_flat.get(path)))
        for path in sorted(set(old_flat) | set(new_flat))
        if old_flat.get(path) != new_flat.get(path)
    ]


def _natural(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (0, key)
