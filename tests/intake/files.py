"""Writing declaration files in each format for the intake and command-line tests.

The column list is copied from the format's contract (issue 2, docs/formats.md),
not imported from the code under test, so a renamed column fails a test.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any

import openpyxl

from borderdesk.domain.declaration import Declaration
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_declarations

COLUMNS: tuple[str, ...] = (
    "declaration_id", "lodged_at", "crossing", "procedure", "transport_mode",
    "vehicle_registration", "vehicle_country", "trailer_registration", "driver_name",
    "driver_nationality", "consignor_name", "consignor_country", "consignor_address",
    "consignee_name", "consignee_country", "consignee_kind", "declarant_name",
    "origin_country", "dispatch_country", "destination_country", "itinerary", "documents",
    "seals", "line", "hs_code", "description", "quantity", "unit", "packages", "gross_kg",
    "net_kg", "value", "currency",
)

_NESTED = {
    "vehicle_registration": ("vehicle", "registration"),
    "vehicle_country": ("vehicle", "country"),
    "trailer_registration": ("vehicle", "trailer"),
    "driver_name": ("driver", "name"),
    "driver_nationality": ("driver", "nationality"),
    "consignor_name": ("consignor", "name"),
    "consignor_country": ("consignor", "country"),
    "consignor_address": ("consignor", "address"),
    "consignee_name": ("consignee", "name"),
    "consignee_country": ("consignee", "country"),
    "consignee_kind": ("consignee", "kind"),
    "declarant_name": ("declarant", "name"),
}
ITEM_COLUMNS = ("line", "hs_code", "description", "quantity", "unit", "packages", "gross_kg",
                "net_kg", "value", "currency")


def _document(doc: dict[str, Any]) -> str:
    parts = [doc["type"], doc["reference"]]
    if doc.get("valid_until"):
        parts.append(doc["valid_until"])
    return ":".join(parts)


def tabular_rows(decl: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of one JSON-format declaration in the CSV/XLSX layout (values as in JSON)."""
    head: dict[str, Any] = {}
    for column in COLUMNS:
        if column in ITEM_COLUMNS:
            continue
        if column in _NESTED:
            group, key = _NESTED[column]
            head[column] = (decl.get(group) or {}).get(key)
        elif column == "itinerary":
            head[column] = ">".join(decl.get("itinerary") or []) or None
        elif column == "documents":
            head[column] = ";".join(_document(d) for d in decl.get("documents") or []) or None
        elif column == "seals":
            head[column] = ";".join(decl.get("seals") or []) or None
        else:
            head[column] = decl.get(column)
    rows = []
    for item in decl["items"]:
        row = dict(head)
        row.update({column: item.get(column) for column in ITEM_COLUMNS})
        rows.append(row)
    return rows


def _cell_text(value: Any, decimal_comma: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, float | int) and not isinstance(value, bool):
        text = repr(value)
        return text.replace(".", ",") if decimal_comma else text
    return str(value)


def csv_text(decls: Iterable[dict[str, Any]], *, delimiter: str = ",",
             decimal_comma: bool = False, columns: Sequence[str] = COLUMNS,
             extra: dict[str, str] | None = None, line_end: str = "\n") -> str:
    """Declarations as CSV text: a header line, then one row per goods line.

    ``extra`` adds columns (name: value) after the known ones.
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    extra = extra or {}
    writer.writerow([*columns, *extra])
    for decl in decls:
        for row in tabular_rows(decl):
            writer.writerow([_cell_text(row.get(c), decimal_comma) for c in columns]
                            + list(extra.values()))
    return out.getvalue()


def write_csv(path: Path, decls: Iterable[dict[str, Any]], *, encoding: str = "utf-8",
              bom: bool = False, **options: Any) -> Path:
    """Write ``decls`` as a CSV file; see :func:`csv_text` for the options."""
    data = csv_text(decls, **options).encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)
    return path


def write_jsonl(path: Path, decls: Iterable[dict[str, Any]], *, encoding: str = "utf-8") -> Path:
    """Write ``decls`` as JSON Lines."""
    text = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in decls)
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: Iterable[Sequence[Any]],
               header: Sequence[str] | None = COLUMNS,
               more_sheets: dict[str, list[list[Any]]] | None = None) -> Path:
    """Write a workbook whose first sheet holds ``header`` and ``rows`` (cell values as given)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Declarations"
    if header is not None:
        sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    for title, sheet_rows in (more_sheets or {}).items():
        other = workbook.create_sheet(title)
        for row in sheet_rows:
            other.append(row)
    workbook.save(path)
    return path


def xlsx_rows(decls: Iterable[dict[str, Any]]) -> list[list[Any]]:
    """Declarations as XLSX rows in :data:`COLUMNS` order, numbers kept as numbers."""
    return [[row.get(c) for c in COLUMNS] for decl in decls for row in tabular_rows(decl)]



@dataclass
class ReadResult:
    """What the intake readers made of a file; problems as ``NAME:LINE: field: problem``."""

    declarations: list[Declaration]
    lines: list[int]
    errors: list[str]
    warnings: list[str]
    more_errors: int


def read_file(path: Path, *, tz: tzinfo = UTC, encoding: str | None = None) -> ReadResult:
    """Read and validate ``path`` with the intake readers, without a database."""
    errors, warnings = ProblemList(), ProblemList()
    found = list(read_declarations(path, tz=tz, errors=errors, warnings=warnings,
                                   encoding=encoding))
    return ReadResult([d for d, _ in found], [line for _, line in found],
                      [p.format(path.name) for p in errors.listed],
                      [p.format(path.name) for p in warnings.listed], errors.unlisted)


def ascii_declaration(declaration_id: str = "RS-BAT-2026-000123", **changes: Any
                      ) -> dict[str, Any]:
    """The conftest declaration with ASCII-only text, for files in any code page."""
    from tests.conftest import declaration

    data = declaration(declaration_id)
    data["driver"]["name"] = "Marko Markovic"
    data["consignor"]["name"] = "Anadolu Tekstil A.S."
    data["declarant"]["name"] = "Spedicija Sava"
    data.update(changes)
    return data
