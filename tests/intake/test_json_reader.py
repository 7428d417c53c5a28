"""Reading declarations from .json (one object or an array), .jsonl and .ndjson files."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.domain.declaration import (
    Document,
    DocumentType,
    PartyKind,
    Procedure,
    TransportMode,
)
from tests.conftest import declaration
from tests.intake.files import ascii_declaration, read_file, write_jsonl

PLUS_ONE = timezone(timedelta(hours=1))


def one_per_line(path: Path, decls: list[dict[str, Any]], *, encoding: str = "utf-8") -> Path:
    """A JSON array with ``[`` on line 1 and declaration i on line i + 2."""
    text = "[\n" + ",\n".join(json.dumps(d, ensure_ascii=False) for d in decls) + "\n]\n"
    path.write_bytes(text.encode(encoding))
    return path


def test_a_single_object_is_one_declaration_with_every_field_read(write_json: Any) -> None:
    result = read_file(write_json(declaration(), "one.json"))

    assert result.errors == []
    assert result.warnings == []
    assert result.lines == [1]
    [d] = result.declarations
    assert d.declaration_id == "RS-BAT-2026-000123"
    assert d.lodged_at == datetime(2026, 11, 28, 8, 15, tzinfo=PLUS_ONE)
    assert d.lodged_at.utcoffset() == timedelta(hours=1)
    assert d.crossing == "RS-BAT"
    assert d.procedure is Procedure.IMPORT
    assert d.transport_mode is TransportMode.TRUCK
    assert d.vehicle is not None and d.vehicle.registration == "BG 1234 AB"
    assert d.vehicle.country == "RS" and d.vehicle.trailer == "BG 9876 XY"
    assert d.driver is not None and d.driver.name == "Marko Marković"
    assert d.consignor.name == "Anadolu Tekstil A.Ş." and d.consignor.country == "TR"
    assert d.consignee.kind is PartyKind.COMPANY
    assert d.declarant is not None and d.declarant.name == "Špedicija Sava"
    assert (d.origin_country, d.dispatch_country, d.destination_country) == ("TR", "BG", "RS")
    assert d.itinerary == ("TR", "BG", "RS")
    assert d.documents == (Document(DocumentType.ARMS_LICENCE, "IMP-2026-0042",
                                    date(2027, 1, 31)),)
    assert d.seals == ("TR123456",)
    [item] = d.items
    assert (item.line, item.hs_code, item.description) == (1, "610910", "cotton t-shirts")
    assert (item.quantity, item.unit, item.packages) == (1200, "pcs", 40)
    assert (item.gross_kg, item.net_kg, item.value, item.currency) == (410.5, 380.0, 5400.0,
                                                                        "EUR")


def test_only_the_required_fields_are_enough(write_json: Any) -> None:
    minimal = {
        "declaration_id": "ME-DOB-1", "lodged_at": "2026-11-28T08:15:00+01:00",
        "crossing": "ME-DOB", "procedure": "transit", "transport_mode": "van",
        "consignor": {"name": "A"}, "consignee": {"name": "B"},
        "origin_country": "AL", "destination_country": "HR",
        "items": [{"hs_code": "930200", "description": "pistols", "gross_kg": 12}],
    }
    result = read_file(write_json(minimal))

    assert result.errors == []
    [d] = result.declarations
    assert d.vehicle is None and d.driver is None and d.declarant is None
    assert d.itinerary == () and d.documents == () and d.seals == ()
    assert d.items[0].line == 1  # a goods line without a number is numbered by position


def test_an_array_reports_each_declaration_at_the_line_where_it_begins(tmp_path: Path) -> None:
    decls = [declaration(f"D-{n}") for n in range(1, 4)]
    decls[2]["procedure"] = "smuggling"
    path = one_per_line(tmp_path / "three.json", decls)

    result = read_file(path)

    assert [d.declaration_id for d in result.declarations] == ["D-1", "D-2"]
    assert result.lines == [2, 3]
    assert result.errors == [
        "three.json:4: procedure: 'smuggling' is not one of: import, export, transit"]


def test_a_pretty_printed_array_counts_physical_lines(write_json: Any) -> None:
    path = write_json([declaration("D-1"), declaration("D-2")], "pretty.json")
    starts = [n for n, text in enumerate(path.read_text().splitlines(), 1) if text == " {"]

    result = read_file(path)

    assert result.errors == []
    assert result.lines == starts
    assert starts[0] == 2 and starts[1] > 20


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_json_lines_skip_blank_lines_and_count_every_line(tmp_path: Path, suffix: str) -> None:
    lines = [json.dumps(declaration("D-1")), "", "   ", json.dumps(declaration("D-2")), ""]
    path = tmp_path / f"decls{suffix}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    result = read_file(path)

    assert result.errors == []
    assert [d.declaration_id for d in result.declarations] == ["D-1", "D-2"]
    assert result.lines == [1, 4]


def test_json_lines_list_every_bad_line_not_only_the_first(tmp_path: Path) -> None:
    bad_type = declaration("D-3", origin_country="Turkey")
    text = "\n".join([
        json.dumps(declaration("D-1")),
        '{"declaration_id": "D-2", "lodged_at": ',  # cut short
        json.dumps(bad_type),
        json.dumps([declaration("D-4")]),
    ]) + "\n"
    path = tmp_path / "mixed.jsonl"
    path.write_text(text, encoding="utf-8")

    result = read_file(path)

    assert len(result.errors) == 3
    assert result.errors[0].startswith("mixed.jsonl:2: not valid JSON")
    assert result.errors[1] == ("mixed.jsonl:3: origin_country: 'TURKEY' is not an ISO 3166 "
                                "country code")
    assert result.errors[2] == "mixed.jsonl:4: a declaration must be a JSON object"


def test_an_array_element_that_is_not_an_object_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "odd.json"
    path.write_text('[\n"RS-BAT-1",\n' + json.dumps(declaration()) + "\n]", encoding="utf-8")

    result = read_file(path)

    assert result.errors == ["odd.json:2: a declaration must be a JSON object"]


@pytest.mark.parametrize(("text", "message"), [
    ('[\n{"declaration_id": "A", "items": [', "truncated JSON"),
    ('[\n{"declaration_id": "A", "desc', "truncated JSON"),
    ('[\n{"declaration_id": "A\\u04', "truncated JSON"),
    ('[\n{"declaration_id": "A", "seals": [tr', "truncated JSON"),
    ('[\n{"items": [{"gross_kg": 12.', "truncated JSON"),
    ('[\n{"items": [{"gross_kg": 12e-', "truncated JSON"),
    ('[\n{"items": [{"gross_kg": -', "truncated JSON"),
    ('[\n' + json.dumps(declaration()) + ",\n", "truncated JSON"),
    ('[\n' + json.dumps(declaration()), "truncated JSON"),
    ('{"declaration_id": "A",', "truncated JSON"),
])
def test_a_truncated_file_is_an_error_that_says_so(tmp_path: Path, text: str,
                                                   message: str) -> None:
    path = tmp_path / "cut.json"
    path.write_text(text, encoding="utf-8")

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("cut.json:")
    assert message in result.errors[0]


@pytest.mark.parametrize(("text", "expected"), [
    ('[\n{"a": 1}\n{"b": 2}\n]', "bad.json:3: not valid JSON: expected ',' or ']'"),
    ('[\n{"a": 1}\n]\n]', "bad.json:4: not valid JSON: unexpected text after the end"),
    ('\n\n{"a": 1,, "b": 2}', "bad.json:3: not valid JSON"),
    ('{"a": 1,\n}', "bad.json:2: not valid JSON: Expecting property name"),
    ('{"a": "\\u12"}', "bad.json:1: not valid JSON: Invalid \\uXXXX escape"),
    ('"RS-BAT-1"', "bad.json:1: a JSON declaration file must hold an object or an array"),
    ("   \n\n  ", "bad.json:3: a JSON declaration file must hold an object or an array"),
])
def test_broken_json_names_the_line(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")

    result = read_file(path)

    assert result.declarations == []
    assert any(error.startswith(expected) for error in result.errors), result.errors


def test_an_empty_array_holds_no_declarations(tmp_path: Path) -> None:
    path = tmp_path / "none.json"
    path.write_text("[ ]\n", encoding="utf-8")

    assert read_file(path).errors == ["none.json: the file holds no declarations"]


def test_unknown_fields_are_kept_aside_and_warned_about_once(tmp_path: Path) -> None:
    first = declaration("D-1", remarks="urgent")
    first["consignee"]["vat_number"] = "RS100200300"
    first["items"][0]["colour"] = "blue"
    second = declaration("D-2", remarks="also urgent")
    second["items"][0]["colour"] = "red"
    path = one_per_line(tmp_path / "extra.json", [first, second])

    result = read_file(path)

    assert result.errors == []
    assert result.warnings == [
        "extra.json:2: remarks: unknown field, kept aside",
        "extra.json:2: consignee.vat_number: unknown field, kept aside",
        "extra.json:2: items[1].colour: unknown field, kept aside",
    ]
    one, two = result.declarations
    assert dict(one.extra) == {"remarks": "urgent", "consignee.vat_number": "RS100200300",
                               "items[1].colour": "blue"}
    assert dict(two.extra) == {"remarks": "also urgent", "items[1].colour": "red"}
    assert one.consignee.name == "Tekstil Promet d.o.o."  # the known part is read as usual


def test_an_unknown_field_holding_an_object_is_kept_as_json_text(write_json: Any) -> None:
    path = write_json(declaration(customs={"office": "Batrovci", "lane": 3}))

    [d] = read_file(path).declarations

    assert json.loads(dict(d.extra)["customs"]) == {"office": "Batrovci", "lane": 3}


@pytest.mark.parametrize("name", ["bom.json", "bom.jsonl"])
def test_utf8_with_a_byte_order_mark_is_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    body = json.dumps(declaration(), ensure_ascii=False)
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8") + b"\n")

    result = read_file(path)

    assert result.errors == []
    assert result.declarations[0].driver is not None
    assert result.declarations[0].driver.name == "Marko Marković"


@pytest.mark.parametrize("name", ["cyr.json", "cyr.jsonl"])
def test_a_windows_1251_file_is_read_with_its_encoding(tmp_path: Path, name: str) -> None:
    decl = ascii_declaration(consignee={"name": "Текстил Промет д.о.о.", "country": "RS"})
    path = tmp_path / name
    if name.endswith(".jsonl"):
        write_jsonl(path, [decl], encoding="cp1251")
    else:
        one_per_line(path, [decl], encoding="cp1251")

    result = read_file(path, encoding="cp1251")

    assert result.errors == []
    assert result.declarations[0].consignee.name == "Текстил Промет д.о.о."


@pytest.mark.parametrize("name", ["cyr.json", "cyr.jsonl"])
def test_undecodable_bytes_name_their_line_and_suggest_an_encoding(tmp_path: Path,
                                                                   name: str) -> None:
    decls = [ascii_declaration(f"D-{n}") for n in range(3)]
    decls[2]["consignee"] = {"name": "Текстил Промет д.о.о."}
    path = tmp_path / name
    if name.endswith(".jsonl"):
        write_jsonl(path, decls, encoding="cp1251")
        expected_line = 3
    else:
        one_per_line(path, decls, encoding="cp1251")
        expected_line = 4

    result = read_file(path)

    assert len(result.errors) == 1
    error = result.errors[0]
    assert error.startswith(f"{name}:{expected_line}: cannot be read as UTF-8")
    assert "--encoding cp1251" in error


def test_undecodable_bytes_far_into_a_large_file_name_their_line(tmp_path: Path) -> None:
    decls = [ascii_declaration(f"D-{n:05d}") for n in range(2500)]  # about 2.3 MB
    decls[2400]["consignor"] = {"name": "Fabrika Oružja Čačak"}
    path = one_per_line(tmp_path / "big.json", decls, encoding="cp1250")
    assert path.stat().st_size > 2 * (1 << 20)

    result = read_file(path)

    assert len(result.errors) == 1
    assert result.errors[0].startswith("big.json:2402: cannot be read as UTF-8")
    assert read_file(path, encoding="cp1250").errors == []


def test_a_file_cut_inside_a_character_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes('[{"declaration_id": "Ж'.encode()[:-1])

    result = read_file(path)

    assert result.errors == [
        "cut.json:1: the file ends in the middle of a declaration (truncated JSON)"]


def test_a_large_array_streams_across_chunks_with_correct_lines(tmp_path: Path) -> None:
    chunk = 1 << 20
    decls = [declaration(f"D-{n:05d}",
                         consignee={"name": f"Текстил Промет {n} д.о.о.", "kind": "company"})
             for n in range(2500)]
    path = one_per_line(tmp_path / "many.json", decls)
    assert path.stat().st_size > 2 * chunk

    result = read_file(path)

    assert result.errors == []
    assert len(result.declarations) == 2500
    assert result.lines == list(range(2, 2502))
    assert result.declarations[-1].consignee.name == "Текстил Промет 2499 д.о.о."


@pytest.mark.parametrize("shift", [0, 1])
def test_a_character_split_by_a_chunk_boundary_is_read_whole(tmp_path: Path,
                                                             shift: int) -> None:
    chunk = 1 << 20  # the reader's chunk; the test still holds if that changes
    # One declaration larger than a chunk, a two-byte character starting at the
    # chunk's last byte (shift 0) or its first (shift 1).
    decl = declaration()
    decl["items"][0]["description"] = "@@"
    layout = json.dumps([decl, declaration("D-2")], ensure_ascii=False)
    offset = len(layout[:layout.index("@@")].encode())
    description = "x" * (chunk - 1 - offset + shift) + "Ж" * 64
    path = tmp_path / "split.json"
    path.write_text(layout.replace("@@", description), encoding="utf-8")
    assert path.read_bytes()[chunk - 1 + shift:chunk + 1 + shift].decode() == "Ж"

    result = read_file(path)

    assert result.errors == []
    assert result.declarations[0].items[0].description == description
    assert result.declarations[1].declaration_id == "D-2"


def test_numbers_written_as_strings_are_a_type_error_in_json(write_json: Any) -> None:
    decl = declaration()
    decl["items"][0]["gross_kg"] = "410.5"

    result = read_file(write_json(decl, "typed.json"))

    assert result.errors == ["typed.json:1: items[1].gross_kg: '410.5' is not a number"]


_PROBE = json.dumps([declaration("D-1"), declaration("D-2", consignee={"name": "Ђорђе"})],
                    ensure_ascii=False).encode("utf-8")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=1, max_value=len(_PROBE) - 1))
def test_every_cut_short_array_is_rejected_with_a_message(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "cut.json"
    path.write_bytes(_PROBE[:cut])

    result = read_file(path)

    assert len(result.errors) == 1, result.errors
    assert result.errors[0].startswith("cut.json:")
    assert "truncated JSON" in result.errors[0]


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_TEXT.filter(str.strip), description=_TEXT.filter(str.strip))
def test_any_text_in_any_script_is_kept_as_written(tmp_path: Path, name: str,
                                                   description: str) -> None:
    decl = declaration(consignor={"name": name})
    decl["items"][0]["description"] = description
    path = tmp_path / "text.jsonl"
    write_jsonl(path, [decl])

    result = read_file(path)

    assert result.errors == []
    [d] = result.declarations
    assert d.consignor.name == name.strip()
    assert d.items[0].description == description.strip()


@pytest.mark.parametrize("name", ["deep.json", "deep.jsonl"])
def test_values_nested_absurdly_deep_are_an_error_not_a_crash(tmp_path: Path,
                                                              name: str) -> None:
    path = tmp_path / name
    path.write_text("[" * 100_000 + "\n", encoding="utf-8")
    if name.endswith(".jsonl"):
        path.write_text('{"remarks": ' + "[" * 100_000 + "\n", encoding="utf-8")

    result = read_file(path)

    assert result.errors == [
        f"{name}:1: not valid JSON: values nested too deeply to be a declaration"]
