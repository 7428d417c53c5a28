"""Reading declarations from the first sheet of an XLSX workbook: typed cells, rows."""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import openpyxl
import pytest

from tests.conftest import declaration
from tests.intake.files import COLUMNS, read_file, write_xlsx, xlsx_rows

BELGRADE = ZoneInfo("Europe/Belgrade")


def typed_row(**cells: Any) -> list[Any]:
    """One row for the default declaration, with the given cells replaced (typed values)."""
    [row] = xlsx_rows([declaration()])
    for name, value in cells.items():
        row[COLUMNS.index(name)] = value
    return row


def test_a_workbook_reads_like_the_json_of_the_same_declaration(
        tmp_path: Path, write_json: Any) -> None:
    decl = declaration()
    decl["items"].append({"line": 2, "hs_code": "930200", "description": "pištolji",
                          "gross_kg": 3.25})
    path = write_xlsx(tmp_path / "decls.xlsx", xlsx_rows([decl, declaration("D-2")]))

    result = read_file(path)

    assert result.errors == []
    assert result.lines == [2, 4]
    assert result.declarations == read_file(
        write_json([decl, declaration("D-2")])).declarations


def test_date_cells_are_times_read_in_the_station_time_zone(tmp_path: Path) -> None:
    rows = [typed_row(declaration_id="D-WINTER", lodged_at=datetime(2026, 11, 28, 8, 15)),
            typed_row(declaration_id="D-SUMMER", lodged_at=datetime(2026, 7, 1, 8, 15))]
    path = write_xlsx(tmp_path / "dates.xlsx", rows)

    result = read_file(path, tz=BELGRADE)

    assert result.errors == []
    winter, summer = (d.lodged_at for d in result.declarations)
    assert winter.isoformat() == "2026-11-28T08:15:00+01:00"
    assert summer.isoformat() == "2026-07-01T08:15:00+02:00"


def test_a_text_cell_with_an_offset_keeps_its_offset(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "text.xlsx",
                      [typed_row(lodged_at="2026-11-28T08:15:00+03:00")])

    [d] = read_file(path, tz=BELGRADE).declarations

    assert d.lodged_at.utcoffset() == timedelta(hours=3)


def test_number_cells_are_numbers(tmp_path: Path) -> None:
    row = typed_row(line=1, quantity=1200, packages=40.0, gross_kg=410.5, net_kg=380,
                    value=5400.25)
    path = write_xlsx(tmp_path / "numbers.xlsx", [row])

    result = read_file(path)

    assert result.errors == []
    [item] = result.declarations[0].items
    assert (item.line, item.quantity, item.packages) == (1, 1200, 40)
    assert (item.gross_kg, item.net_kg, item.value) == (410.5, 380, 5400.25)


def test_text_cells_holding_numbers_are_read_too_with_a_decimal_comma(tmp_path: Path) -> None:
    row = typed_row(line="1", quantity="1200", packages="40", gross_kg="410,5",
                    net_kg="380.0", value="5400")
    path = write_xlsx(tmp_path / "texts.xlsx", [row])

    result = read_file(path)

    assert result.errors == []
    [item] = result.declarations[0].items
    assert (item.gross_kg, item.net_kg, item.value, item.packages) == (410.5, 380, 5400, 40)


@pytest.mark.parametrize(("cell", "expected"), [
    (10121, "010121"),  # "010121" typed into a number cell: 5 digits left
    (101210000, "0101210000"),  # 10 digits, one lost
    (610910, "610910"),
    (61091000, "61091000"),
    (610910.0, "610910"),  # some writers store whole numbers as floats
    (9302000000, "9302000000"),
    ("0101.21", "010121"),
    ("8471 30 00", "84713000"),
])
def test_an_hs_code_number_cell_that_lost_its_leading_zero_is_padded(
        tmp_path: Path, cell: Any, expected: str) -> None:
    path = write_xlsx(tmp_path / "hs.xlsx", [typed_row(hs_code=cell)])

    result = read_file(path)

    assert result.errors == []
    assert result.declarations[0].items[0].hs_code == expected


@pytest.mark.parametrize("cell", [1234, 12345678901, 610910.5])
def test_an_hs_code_number_cell_of_the_wrong_length_is_an_error(tmp_path: Path,
                                                                cell: Any) -> None:
    path = write_xlsx(tmp_path / "hs.xlsx", [typed_row(hs_code=cell)])

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("hs.xlsx:2: hs_code: ")
    assert "is not an HS code of 6 to 10 digits" in result.errors[0]


def test_number_cells_in_text_columns_are_read_as_text(tmp_path: Path) -> None:
    row = typed_row(declaration_id=20260001234, vehicle_registration=12345, seals=987654)
    path = write_xlsx(tmp_path / "ids.xlsx", [row])

    result = read_file(path)

    assert result.errors == []
    [d] = result.declarations
    assert d.declaration_id == "20260001234"
    assert d.vehicle is not None and d.vehicle.registration == "12345"
    assert d.seals == ("987654",)


def test_problems_are_reported_by_row(tmp_path: Path) -> None:
    rows = [typed_row(declaration_id="D-1"), typed_row(declaration_id="D-2"),
            typed_row(declaration_id="D-3", gross_kg=-1, origin_country="Turkey")]
    path = write_xlsx(tmp_path / "rows.xlsx", rows)

    result = read_file(path)

    assert result.errors == [
        "rows.xlsx:4: origin_country: 'TURKEY' is not an ISO 3166 country code",
        "rows.xlsx:4: gross_kg: must not be negative",
    ]


def test_empty_rows_are_skipped_and_rows_keep_their_numbers(tmp_path: Path) -> None:
    rows = [typed_row(declaration_id="D-1"), [None] * len(COLUMNS), [],
            typed_row(declaration_id="D-2", procedure="smuggling")]
    path = write_xlsx(tmp_path / "gaps.xlsx", rows)

    result = read_file(path)

    assert result.lines == [2]
    assert result.errors == [
        "gaps.xlsx:5: procedure: 'smuggling' is not one of: import, export, transit"]


def test_only_the_first_sheet_is_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "sheets.xlsx", [typed_row(declaration_id="D-1")],
                      more_sheets={"Notes": [["not", "a", "declaration"]]})

    result = read_file(path)

    assert result.errors == []
    assert [d.declaration_id for d in result.declarations] == ["D-1"]


def test_an_empty_first_sheet_is_an_error(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "empty.xlsx", [], header=None,
                      more_sheets={"Other": [list(COLUMNS), typed_row()]})

    result = read_file(path)

    assert result.declarations == []
    assert len(result.errors) == 1
    assert result.errors[0].startswith("empty.xlsx:1: the first sheet is empty")


def test_a_sheet_with_only_a_header_holds_no_declarations(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "header.xlsx", [])

    assert read_file(path).errors == ["header.xlsx: the file holds no declarations"]


def test_wrong_column_names_are_an_error(tmp_path: Path) -> None:
    header = [c.upper() if c == "hs_code" else c for c in COLUMNS]
    path = write_xlsx(tmp_path / "cols.xlsx", [typed_row()], header=header)

    assert read_file(path).errors == [
        "cols.xlsx:1: header: missing required columns: hs_code; unknown columns: HS_CODE"]


def test_unknown_and_unnamed_columns(tmp_path: Path) -> None:
    header = [*COLUMNS, None, "remarks"]
    path = write_xlsx(tmp_path / "extra.xlsx", [[*typed_row(), "ignored", "urgent"]],
                      header=header)

    result = read_file(path)

    assert result.errors == []
    assert result.warnings == ["extra.xlsx:1: remarks: unknown column, kept aside"]
    assert dict(result.declarations[0].extra) == {"remarks": "urgent"}


def _rewrite(path: Path, member: str, change: Any) -> None:
    """Rewrite one part of a workbook, as another program might have written it."""
    original = path.read_bytes()
    copy = path.with_suffix(".tmp")
    copy.write_bytes(original)
    with zipfile.ZipFile(copy) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, change(data) if item.filename == member else data)
    copy.unlink()


def test_rows_past_a_wrongly_recorded_sheet_size_are_still_read(tmp_path: Path) -> None:
    rows = [typed_row(declaration_id=f"D-{n}") for n in range(1, 6)]
    path = write_xlsx(tmp_path / "dims.xlsx", rows)
    _rewrite(path, "xl/worksheets/sheet1.xml",
             lambda xml: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:B2"/>',
                                xml))

    result = read_file(path)

    assert result.errors == []
    assert [d.declaration_id for d in result.declarations] == [f"D-{n}" for n in range(1, 6)]


def test_a_workbook_without_default_styles_is_read_quietly(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "plain.xlsx", [typed_row()])
    _rewrite(path, "xl/styles.xml",
             lambda xml: re.sub(rb"<cellStyles.*?</cellStyles>", b"", xml, flags=re.S))

    result = read_file(path)  # warnings are errors in the test suite

    assert result.errors == []


@pytest.mark.parametrize(("content", "expected"), [
    (b"", "bad.xlsx: the file is empty"),
    (b"declaration_id,lodged_at\n", "bad.xlsx: not a readable XLSX workbook"),
    (b"PK\x03\x04 broken zip", "bad.xlsx: not a readable XLSX workbook"),
])
def test_a_file_that_is_not_a_workbook_is_an_error(tmp_path: Path, content: bytes,
                                                   expected: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith(expected)


def test_a_date_cell_is_read_in_utc_at_a_station_on_utc(tmp_path: Path) -> None:
    utc_row = typed_row(lodged_at=datetime(2026, 11, 28, 7, 15))
    path = write_xlsx(tmp_path / "utc.xlsx", [utc_row])

    [d] = read_file(path).declarations  # the station's default zone is UTC

    assert d.lodged_at == datetime(2026, 11, 28, 7, 15, tzinfo=UTC)
    assert d.lodged_at.utcoffset() == timedelta(0)


def test_a_sheet_damaged_inside_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "damaged.xlsx", [typed_row()])
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml[: len(xml) // 2])

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("damaged.xlsx: not a readable XLSX workbook")


def test_a_date_cell_out_of_range_is_a_validation_error(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    sheet.append(typed_row())
    cell = sheet.cell(row=2, column=COLUMNS.index("lodged_at") + 1)
    cell.value = 10**12
    cell.number_format = "yyyy-mm-dd hh:mm"
    path = tmp_path / "range.xlsx"
    workbook.save(path)

    result = read_file(path)  # openpyxl's warning about the cell is not shown

    assert len(result.errors) == 1
    assert result.errors[0].startswith("range.xlsx:2: lodged_at: ")
