"""Turning rows of a CSV or XLSX file into declarations.

One row is one goods line; the declaration columns repeat on every row, and the
rows of one declaration are next to each other. Rows of one declaration must
agree on every declaration column. Lists inside a cell use separators:
``itinerary`` joins country codes with ``>``, ``documents`` joins
``type:reference[:valid_until]`` entries with ``;`` and ``seals`` joins with ``;``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from borderdesk.core.i18n import tr
from borderdesk.intake.problems import FileProblem, ProblemList
from borderdesk.intake.record import (
    ALL_COLUMNS,
    COLUMN_OF_PATH,
    DECLARATION_COLUMNS,
    ITEM_COLUMNS,
    REQUIRED_COLUMNS,
    RawRecord,
)

_PATH_OF_COLUMN = {column: path for path, column in COLUMN_OF_PATH.items()}

Row = dict[str, Any]


def check_header(names: list[Any], warnings: ProblemList) -> list[str]:
    """Check a header row; return the column names (unknown ones are warned about)."""
    columns = [str(name).strip() if name is not None else "" for name in names]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    repeated = sorted({c for c in columns if c and columns.count(c) > 1})
    unknown = [c for c in columns if c and c not in ALL_COLUMNS]
    if missing or repeated:
        parts = []
        if missing:
            parts.append(tr("missing required columns: {names}", names=", ".join(missing)))
        if repeated:
            parts.append(tr("columns named twice: {names}", names=", ".join(repeated)))
        if unknown:
            parts.append(tr("unknown columns: {names}", names=", ".join(unknown)))
        raise FileProblem(1, "header", "; ".join(parts))
    for name in unknown:
        warnings.add(1, name, tr("unknown column, kept aside"))
    return columns


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _split(value: Any, separator: str) -> list[str] | None:
    if _blank(value):
        return None
    return [part.strip() for part in str(value).split(separator) if part.strip()]


def _documents(value: Any, line: int, errors: ProblemList) -> list[dict[str, Any]] | None:
    entries = _split(value, ";")
    if entries is None:
        return None
    documents = []
    for entry in entries:
        parts = [part.strip() for part in entry.split(":")]
        if len(parts) not in (2, 3):
            errors.add(line, "documents", tr(
                "'{entry}' is not type:reference or type:reference:valid_until", entry=entry))
            continue
        document: dict[str, Any] = {"type": parts[0], "reference": parts[1]}
        if len(parts) == 3:
            document["valid_until"] = parts[2]
        documents.append(document)
    return documents


def _declaration_part(row: Row, line: int, errors: ProblemList) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for column in DECLARATION_COLUMNS:
        value = row.get(column)
        if _blank(value):
            continue
        if column == "itinerary":
            data["itinerary"] = _split(value, ">")
        elif column == "seals":
            data["seals"] = _split(value, ";")
        elif column == "documents":
            data["documents"] = _documents(value, line, errors)
        elif column in _PATH_OF_COLUMN:
            group, key = _PATH_OF_COLUMN[column].split(".")
            data.setdefault(group, {})[key] = value
        else:
            data[column] = value
    return data


def _item(row: Row) -> dict[str, Any]:
    return {column: row[column] for column in ITEM_COLUMNS if not _blank(row.get(column))}


def group_rows(rows: Iterable[tuple[int, Row]], columns: list[str], errors: ProblemList,
               *, decimal_comma: bool) -> Iterator[RawRecord]:
    """Group consecutive rows with the same ``declaration_id`` into raw records."""
    unknown = [c for c in columns if c and c not in ALL_COLUMNS]
    current: RawRecord | None = None
    first_row: Row = {}
    for line, row in rows:
        if all(_blank(value) for value in row.values()):
            continue
        key = row.get("declaration_id")
        same = current is not None and not _blank(key) and key == first_row.get("declaration_id")
        if same and current is not None:
            for column in DECLARATION_COLUMNS:
                if row.get(column) != first_row.get(column):
                    errors.add(line, column, tr(
                        "differs from line {first} of the same declaration ({first_value!r} "
                        "there, {value!r} here)", first=current.line,
                        first_value=first_row.get(column), value=row.get(column)))
        else:
            if current is not None:
                yield current
            first_row = row
            current = RawRecord(line=line, data=_declaration_part(row, line, errors),
                                item_lines=[], tabular=True, decimal_comma=decimal_comma)
            current.data["items"] = []
            current.extra = [(c, str(row[c])) for c in unknown if not _blank(row.get(c))]
        assert current is not None and current.item_lines is not None
        current.data["items"].append(_item(row))
        current.item_lines.append(line)
    if current is not None:
        yield current
