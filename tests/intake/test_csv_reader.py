"""Reading declarations from CSV: one row per goods line, `,` or `;`, code pages."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.domain.declaration import Document, DocumentType
from tests.conftest import declaration
from tests.intake.files import COLUMNS, ascii_declaration, csv_text, read_file, write_csv


def two_lines(declaration_id: str = "RS-BAT-2026-000123", **changes: Any) -> dict[str, Any]:
    """A declaration with two goods lines."""
    decl = declaration(declaration_id, **changes)
    decl["items"].append({"line": 2, "hs_code": "9302.00", "description": "pištolji",
                          "quantity": 2, "unit": "pcs", "gross_kg": 3.25})
    decl["documents"].append({"type": "invoice", "reference": "INV-77"})
    decl["seals"] = ["TR123456", "TR123457"]
    return decl


def test_rows_of_one_declaration_make_one_declaration(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "decls.csv", [two_lines("D-1"), declaration("D-2")])

    result = read_file(path)

    assert result.errors == []
    assert result.warnings == []
    assert [d.declaration_id for d in result.declarations] == ["D-1", "D-2"]
    assert result.lines == [2, 4]  # the header is line 1
    first = result.declarations[0]
    assert first.lodged_at == datetime(2026, 11, 28, 8, 15, tzinfo=timezone(timedelta(hours=1)))
    assert [(i.line, i.hs_code, i.description, i.gross_kg) for i in first.items] == [
        (1, "610910", "cotton t-shirts", 410.5), (2, "930200", "pištolji", 3.25)]
    assert first.items[0].quantity == 1200 and first.items[0].packages == 40
    assert first.itinerary == ("TR", "BG", "RS")
    assert first.documents == (
        Document(DocumentType.ARMS_LICENCE, "IMP-2026-0042", date(2027, 1, 31)),
        Document(DocumentType.INVOICE, "INV-77", None))
    assert first.seals == ("TR123456", "TR123457")
    assert first.vehicle is not None and first.vehicle.trailer == "BG 9876 XY"
    assert first.driver is not None and first.driver.nationality == "RS"
    assert first.consignee.kind is not None and first.consignee.kind.value == "company"


def test_a_csv_and_a_json_file_of_the_same_declaration_read_the_same(
        tmp_path: Path, write_json: Any) -> None:
    decl = two_lines()
    from_csv = read_file(write_csv(tmp_path / "same.csv", [decl])).declarations
    from_json = read_file(write_json(decl, "same.json")).declarations

    assert from_csv == from_json


def test_semicolons_take_a_decimal_comma(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "semi.csv", [two_lines()], delimiter=";", decimal_comma=True)
    assert "410,5" in path.read_text()

    result = read_file(path)

    assert result.errors == []
    [d] = result.declarations
    assert [i.gross_kg for i in d.items] == [410.5, 3.25]
    assert d.items[0].net_kg == 380.0
    assert d.seals == ("TR123456", "TR123457")  # quoted: the ; inside does not split


def test_a_semicolon_file_still_takes_a_decimal_point(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "semi.csv", [two_lines()], delimiter=";")

    result = read_file(path)

    assert result.errors == []
    assert [i.gross_kg for i in result.declarations[0].items] == [410.5, 3.25]


def test_a_comma_file_does_not_take_a_decimal_comma(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "comma.csv", [declaration()], decimal_comma=True)

    result = read_file(path)

    assert "comma.csv:2: gross_kg: '410,5' is not a number" in result.errors


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_windows_and_unix_line_ends_are_read_alike(tmp_path: Path, line_end: str) -> None:
    path = write_csv(tmp_path / "ends.csv", [two_lines("D-1"), declaration("D-2")],
                     line_end=line_end)

    result = read_file(path)

    assert result.errors == []
    assert result.lines == [2, 4]
    assert result.declarations[1].items[0].currency == "EUR"


def test_utf8_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", [declaration()], bom=True)

    result = read_file(path)

    assert result.errors == []
    assert result.warnings == []
    assert result.declarations[0].declaration_id == "RS-BAT-2026-000123"


@pytest.mark.parametrize(("encoding", "name"), [
    ("cp1250", "Špedicija Čačak d.o.o. – Đurđevac, Žabljak"),
    ("cp1251", "Шпедиција Чачак д.о.о. – Ђурђевац, Жабљак"),
])
def test_windows_code_pages_are_read_with_their_encoding(tmp_path: Path, encoding: str,
                                                         name: str) -> None:
    decl = ascii_declaration(consignee={"name": name, "kind": "company"})
    path = write_csv(tmp_path / "cp.csv", [decl], encoding=encoding, delimiter=";",
                     decimal_comma=True)

    result = read_file(path, encoding=encoding)

    assert result.errors == []
    assert result.declarations[0].consignee.name == name
    assert result.declarations[0].items[0].gross_kg == 410.5


def test_undecodable_bytes_name_their_physical_line_and_suggest_an_encoding(
        tmp_path: Path) -> None:
    decls = [ascii_declaration("D-1"), ascii_declaration("D-2"),
             ascii_declaration("D-3", consignee={"name": "Текстил Промет"})]
    path = write_csv(tmp_path / "cyr.csv", decls, encoding="cp1251")

    result = read_file(path)

    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.startswith("cyr.csv:4: cannot be read as UTF-8 (byte 0xd2 at column ")
    assert "--encoding cp1251" in error


def test_a_quoted_value_over_two_lines_keeps_later_line_numbers_physical(
        tmp_path: Path) -> None:
    first = declaration("D-1")
    first["items"][0]["description"] = "cotton t-shirts\nin 40 cartons"
    second = declaration("D-2", procedure="smuggling")
    path = write_csv(tmp_path / "multi.csv", [first, second])

    result = read_file(path)

    assert result.declarations[0].items[0].description == "cotton t-shirts\nin 40 cartons"
    assert result.errors == [
        "multi.csv:4: procedure: 'smuggling' is not one of: import, export, transit"]


def test_problems_in_a_goods_line_name_the_line_of_its_row(tmp_path: Path) -> None:
    decl = two_lines("D-1")
    decl["items"][1]["gross_kg"] = -3
    decl["items"][1]["hs_code"] = "93"
    path = write_csv(tmp_path / "items.csv", [declaration("D-0"), decl])

    result = read_file(path)

    assert result.errors == [
        "items.csv:4: hs_code: '93' is not an HS code of 6 to 10 digits",
        "items.csv:4: gross_kg: must not be negative",
    ]


def test_wrong_column_names_are_an_error_on_the_header_line(tmp_path: Path) -> None:
    columns = [c.replace("consignee_name", "consignee").replace("gross_kg", "weight")
               for c in COLUMNS]
    path = tmp_path / "cols.csv"
    path.write_text(csv_text([declaration()], columns=columns), encoding="utf-8")

    result = read_file(path)

    assert result.declarations == []
    assert result.errors == [
        "cols.csv:1: header: missing required columns: consignee_name, gross_kg; "
        "unknown columns: consignee, weight"]


def test_a_column_named_twice_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(csv_text([declaration()], columns=[*COLUMNS, "crossing"]), "utf-8")

    result = read_file(path)

    assert result.errors == ["twice.csv:1: header: columns named twice: crossing"]


def test_optional_columns_may_be_left_out(tmp_path: Path) -> None:
    required = ["declaration_id", "lodged_at", "crossing", "procedure", "transport_mode",
                "consignor_name", "consignee_name", "origin_country", "destination_country",
                "hs_code", "description", "gross_kg"]
    path = tmp_path / "short.csv"
    path.write_text(csv_text([declaration()], columns=list(reversed(required))), "utf-8")

    result = read_file(path)

    assert result.errors == []
    [d] = result.declarations
    assert d.vehicle is None and d.itinerary == () and d.items[0].quantity is None


def test_unknown_columns_are_a_warning_and_kept_aside(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "extra.csv", [declaration("D-1"), declaration("D-2")],
                     extra={"remarks": "urgent", "lane": "3"})

    result = read_file(path)

    assert result.errors == []
    assert result.warnings == ["extra.csv:1: remarks: unknown column, kept aside",
                               "extra.csv:1: lane: unknown column, kept aside"]
    assert [dict(d.extra) for d in result.declarations] == [
        {"remarks": "urgent", "lane": "3"}] * 2


def test_rows_of_one_declaration_that_disagree_name_both_lines(tmp_path: Path) -> None:
    text = csv_text([two_lines()])
    header, first, second = text.splitlines()
    second = second.replace("Tekstil Promet d.o.o.", "Tekstil Promet DOO")
    path = tmp_path / "disagree.csv"
    path.write_text("\n".join([header, first, second]) + "\n", encoding="utf-8")

    result = read_file(path)

    [error] = result.errors
    assert error.startswith("disagree.csv:3: consignee_name: differs from line 2 ")
    assert "Tekstil Promet d.o.o." in error and "Tekstil Promet DOO" in error


def test_a_row_with_more_values_than_columns_is_an_error(tmp_path: Path) -> None:
    text = csv_text([declaration()])
    path = tmp_path / "wide.csv"
    path.write_text(text.rstrip("\n") + ",surplus\n", encoding="utf-8")

    result = read_file(path)

    assert result.errors == ["wide.csv:2: 34 values for 33 columns"]


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    header, row = csv_text([declaration()]).splitlines()
    path = tmp_path / "blank.csv"
    path.write_text(f"{header}\n\n{row}\n,,,\n\n", encoding="utf-8")

    result = read_file(path)

    assert result.errors == []
    assert result.lines == [3]


@pytest.mark.parametrize(("text", "expected"), [
    ("", "hdr.csv: the file is empty"),
    ("\n\n", "hdr.csv:1: header: the first line must name the columns"),
    (",".join(COLUMNS) + "\n", "hdr.csv: the file holds no declarations"),
])
def test_a_file_without_rows_is_an_error(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "hdr.csv"
    path.write_text(text, encoding="utf-8")

    assert read_file(path).errors == [expected]


def test_broken_quoting_is_an_error_with_its_line(tmp_path: Path) -> None:
    header, row = csv_text([declaration()]).splitlines()
    path = tmp_path / "quote.csv"
    path.write_text(f'{header}\n{row}\n"RS-1"x,{row}\n', encoding="utf-8")

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("quote.csv:3: not valid CSV")


@pytest.mark.parametrize(("cell", "expected"), [
    ("invoice", "'invoice' is not type:reference or type:reference:valid_until"),
    ("invoice:A:2027-01-01:x", "is not type:reference or type:reference:valid_until"),
    ("passport:P-1", "documents: 'passport' is not one of: invoice, cmr, arms_licence"),
    ("arms_licence:IMP-1:31.01.2027", "documents: '31.01.2027' is not an ISO 8601 date"),
])
def test_a_bad_documents_cell_is_an_error(tmp_path: Path, cell: str, expected: str) -> None:
    decl = declaration()
    decl["documents"] = []
    text = csv_text([decl]).replace("RS,TR>BG>RS,,", f"RS,TR>BG>RS,{cell},", 1)
    assert cell in text
    path = tmp_path / "docs.csv"
    path.write_text(text, encoding="utf-8")

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("docs.csv:2: ")
    assert expected in result.errors[0]


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_TEXT.filter(str.strip), description=_TEXT.filter(str.strip),
       delimiter=st.sampled_from([",", ";"]))
def test_any_text_in_any_script_is_kept_as_written(tmp_path: Path, name: str,
                                                   description: str, delimiter: str) -> None:
    decl = declaration(consignor={"name": name})
    decl["items"][0]["description"] = description
    path = write_csv(tmp_path / "text.csv", [decl], delimiter=delimiter)

    result = read_file(path)

    assert result.errors == []
    [d] = result.declarations
    assert d.consignor.name == name.strip()
    assert d.items[0].description == description.strip()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(whole=st.integers(min_value=0, max_value=10**7),
       fraction=st.integers(min_value=0, max_value=999),
       digits=st.integers(min_value=1, max_value=3))
def test_a_decimal_comma_number_reads_as_its_value(tmp_path: Path, whole: int, fraction: int,
                                                   digits: int) -> None:
    written = f"{whole},{fraction:0{digits}d}"[:len(str(whole)) + 1 + digits]
    decl = declaration()
    path = tmp_path / "num.csv"
    text = csv_text([decl], delimiter=";").replace(";410.5;", f";{written};", 1)
    assert written in text
    path.write_text(text, encoding="utf-8")

    result = read_file(path)

    assert result.errors == []
    assert result.declarations[0].items[0].gross_kg == float(written.replace(",", "."))


def test_a_file_cut_inside_a_character_says_it_was_cut_short(tmp_path: Path) -> None:
    text = csv_text([declaration()], extra={"remarks": "пошиљка"})
    path = tmp_path / "cut.csv"
    path.write_bytes(text.rstrip("\n").encode("utf-8")[:-1])

    assert read_file(path).errors == [
        "cut.csv:2: the file ends in the middle of a character (the file was cut short)"]


def test_the_file_extension_may_be_upper_case(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "EXPORT.CSV", [declaration()], delimiter=";")

    result = read_file(path)

    assert result.errors == []
    assert len(result.declarations) == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_export_is_not_called_binary(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "unicode.csv"
    text = csv_text([declaration()], delimiter=";")
    bom = "\ufeff" if encoding == "utf-16-be" else ""
    path.write_bytes((bom + text).encode(encoding))

    assert read_file(path).errors == [
        'unicode.csv: the file is UTF-16 text; save it as UTF-8 (in Excel: "CSV UTF-8") and '
        "import it again"]
