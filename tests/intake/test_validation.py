"""Validation: each kind of problem a declaration can have, named by field."""

from __future__ import annotations

import copy
import math
import string
from datetime import UTC, date, datetime, timedelta, tzinfo
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.domain.declaration import Declaration, DocumentType, Procedure, TransportMode
from borderdesk.intake.problems import ProblemList
from borderdesk.intake.reader import read_objects
from borderdesk.intake.record import RawRecord
from borderdesk.intake.validate import validate_record
from borderdesk.services.declarations import list_declarations
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, configure_station
from tests.conftest import declaration
from tests.intake.files import read_file, write_csv

BELGRADE = ZoneInfo("Europe/Belgrade")


def problems(*decls: dict[str, Any], tz: tzinfo = UTC) -> list[str]:
    """The errors validation finds, as ``f.json:N: field: problem`` (N counts from 1)."""
    errors, warnings = ProblemList(), ProblemList()
    list(read_objects(decls, tz=tz, errors=errors, warnings=warnings))
    return [p.format("f.json") for p in errors.listed]


def valid(decl: dict[str, Any], tz: tzinfo = UTC) -> Declaration:
    """The declaration validation makes of ``decl``, which must have no problem."""
    errors, warnings = ProblemList(), ProblemList()
    found = list(read_objects([decl], tz=tz, errors=errors, warnings=warnings))
    assert [p.format("f.json") for p in errors.listed] == []
    [(result, _line)] = found
    return result


def changed(path: str, value: Any, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The default declaration with the field at ``path`` (like ``items.0.hs_code``) set;
    the value ``DELETE`` removes the field."""
    decl = copy.deepcopy(base or declaration())
    *parents, last = path.split(".")
    target: Any = decl
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key: Any = int(last) if last.isdigit() else last
    if value is DELETE:
        del target[key]
    else:
        target[key] = value
    return decl


DELETE = object()


def iso3166_codes() -> set[str]:
    """ISO 3166-1 alpha-2 codes from the IANA time zone data (an independent source)."""
    table = resources.files("tzdata.zoneinfo").joinpath("iso3166.tab").read_text("utf-8")
    return {line.split("\t")[0] for line in table.splitlines()
            if line and not line.startswith("#")}


# --- required fields -----------------------------------------------------------------

@pytest.mark.parametrize(("path", "field"), [
    ("declaration_id", "declaration_id"),
    ("lodged_at", "lodged_at"),
    ("crossing", "crossing"),
    ("procedure", "procedure"),
    ("transport_mode", "transport_mode"),
    ("consignor.name", "consignor.name"),
    ("consignee.name", "consignee.name"),
    ("consignor", "consignor.name"),
    ("consignee", "consignee.name"),
    ("origin_country", "origin_country"),
    ("destination_country", "destination_country"),
    ("items.0.hs_code", "items[1].hs_code"),
    ("items.0.description", "items[1].description"),
    ("items.0.gross_kg", "items[1].gross_kg"),
    ("documents.0.type", "documents[1].type"),
    ("documents.0.reference", "documents[1].reference"),
])
def test_a_missing_required_field_is_named(path: str, field: str) -> None:
    assert problems(changed(path, DELETE)) == [f"f.json:1: {field}: required field is missing"]


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_a_blank_required_field_counts_as_missing(blank: Any) -> None:
    assert problems(changed("crossing", blank)) == [
        "f.json:1: crossing: required field is missing"]


@pytest.mark.parametrize("items", [[], DELETE])
def test_a_declaration_needs_a_goods_line(items: Any) -> None:
    assert problems(changed("items", items)) == [
        "f.json:1: items: a declaration needs at least one goods line"]


@pytest.mark.parametrize("path", [
    "vehicle", "driver", "declarant", "dispatch_country", "itinerary", "documents", "seals",
    "consignor.country", "consignor.address", "consignee.kind", "items.0.line",
    "items.0.quantity", "items.0.unit", "items.0.packages", "items.0.net_kg", "items.0.value",
    "items.0.currency", "documents.0.valid_until",
])
def test_every_other_field_is_optional(path: str) -> None:
    valid(changed(path, DELETE))


# --- types ------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "value", "expected"), [
    ("declaration_id", ["RS-1"], "declaration_id: must be text"),
    ("crossing", {"code": "RS-BAT"}, "crossing: must be text"),
    ("consignor", "Anadolu Tekstil", "consignor: must be an object"),
    ("vehicle", "BG 1234 AB", "vehicle: must be an object"),
    ("items", {"hs_code": "610910"}, "items: must be a list"),
    ("items.0", "cotton t-shirts", "items[1]: must be an object"),
    ("itinerary", "TR>BG>RS", "itinerary: must be a list"),
    ("seals", "TR123456", "seals: must be a list"),
    ("documents", {"type": "invoice"}, "documents: must be a list"),
    ("items.0.gross_kg", "410.5", "items[1].gross_kg: '410.5' is not a number"),
    ("items.0.gross_kg", "heavy", "items[1].gross_kg: 'heavy' is not a number"),
    ("items.0.gross_kg", True, "items[1].gross_kg: 'True' is not a number"),
    ("items.0.value", [5400], "items[1].value: '[5400]' is not a number"),
    ("items.0.packages", 2.5, "items[1].packages: '2.5' is not a whole number"),
    ("items.0.line", 1.5, "items[1].line: '1.5' is not a whole number"),
    ("consignee.kind", True, "consignee.kind: must be text"),
])
def test_a_value_of_the_wrong_type_is_named(path: str, value: Any, expected: str) -> None:
    assert f"f.json:1: {expected}" in problems(changed(path, value))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_not_a_number_and_infinity_are_not_numbers(value: float) -> None:
    [problem] = problems(changed("items.0.gross_kg", value))
    assert problem.startswith("f.json:1: items[1].gross_kg: '")
    assert problem.endswith("' is not a number")


def test_values_are_read_without_surrounding_spaces() -> None:
    decl = changed("declaration_id", "  RS-BAT-1 \t")
    decl["consignee"]["name"] = " Tekstil Promet d.o.o.\n"
    decl["items"][0]["currency"] = " eur "
    d = valid(decl)
    assert d.declaration_id == "RS-BAT-1"
    assert d.consignee.name == "Tekstil Promet d.o.o."
    assert d.items[0].currency == "EUR"


# --- enumerations -------------------------------------------------------------------

@pytest.mark.parametrize(("path", "value", "expected"), [
    ("procedure", "importt",
     "procedure: 'importt' is not one of: import, export, transit"),
    ("transport_mode", "plane",
     "transport_mode: 'plane' is not one of: truck, van, car, bus, rail, postal"),
    ("consignee.kind", "person", "consignee.kind: 'person' is not one of: company, private"),
    ("documents.0.type", "passport",
     "documents[1].type: 'passport' is not one of: invoice, cmr, arms_licence, "
     "end_user_certificate, deactivation_certificate, other"),
])
def test_a_value_outside_its_list_names_the_allowed_values(path: str, value: str,
                                                           expected: str) -> None:
    assert problems(changed(path, value)) == [f"f.json:1: {expected}"]


@pytest.mark.parametrize("procedure", ["import", "export", "transit", "IMPORT", "Transit"])
def test_each_procedure_is_accepted_in_any_case(procedure: str) -> None:
    assert valid(changed("procedure", procedure)).procedure == Procedure(procedure.lower())


@pytest.mark.parametrize("mode", ["truck", "van", "car", "bus", "rail", "postal", "Truck"])
def test_each_transport_mode_is_accepted(mode: str) -> None:
    assert valid(changed("transport_mode", mode)).transport_mode == TransportMode(mode.lower())


@pytest.mark.parametrize("kind", ["invoice", "cmr", "arms_licence", "end_user_certificate",
                                  "deactivation_certificate", "other"])
def test_each_document_type_is_accepted(kind: str) -> None:
    assert valid(changed("documents.0.type", kind)).documents[0].type == DocumentType(kind)


@pytest.mark.parametrize("kind", ["company", "private"])
def test_each_consignee_kind_is_accepted(kind: str) -> None:
    kinds = valid(changed("consignee.kind", kind)).consignee.kind
    assert kinds is not None and kinds.value == kind


# --- countries ------------------------------------------------------------------------

def test_every_iso_3166_country_code_and_kosovo_are_accepted() -> None:
    codes = sorted(iso3166_codes() | {"XK"})
    assert len(codes) > 240
    decls = [declaration(f"D-{code}", origin_country=code, itinerary=[code, "RS"])
             for code in codes]
    errors, warnings = ProblemList(), ProblemList()

    found = list(read_objects(decls, tz=UTC, errors=errors, warnings=warnings))

    assert errors.listed == []
    assert [d.origin_country for d, _ in found] == codes


def test_country_codes_are_read_in_any_case() -> None:
    assert valid(changed("origin_country", "xk")).origin_country == "XK"
    assert valid(changed("consignor.country", " tr ")).consignor.country == "TR"


@pytest.mark.parametrize("code", ["UK", "EU", "YU", "CS", "XX", "ZZ", "SRB", "R", "Serbia",
                                  "R5"])
def test_a_code_that_is_not_iso_3166_is_an_error(code: str) -> None:
    assert problems(changed("origin_country", code)) == [
        f"f.json:1: origin_country: '{code.upper()}' is not an ISO 3166 country code"]


@pytest.mark.parametrize(("path", "field"), [
    ("vehicle.country", "vehicle.country"),
    ("driver.nationality", "driver.nationality"),
    ("consignor.country", "consignor.country"),
    ("consignee.country", "consignee.country"),
    ("dispatch_country", "dispatch_country"),
    ("destination_country", "destination_country"),
    ("itinerary.1", "itinerary[2]"),
])
def test_every_country_field_is_checked(path: str, field: str) -> None:
    assert problems(changed(path, "QQ")) == [
        f"f.json:1: {field}: 'QQ' is not an ISO 3166 country code"]


_KNOWN = iso3166_codes() | {"XK"}


@settings(max_examples=150)
@given(code=st.text(string.ascii_uppercase, min_size=2, max_size=2))
def test_a_two_letter_code_is_accepted_exactly_when_it_is_a_country(code: str) -> None:
    found = problems(changed("destination_country", code))
    assert (found == []) == (code in _KNOWN), found


# --- HS codes ---------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "stored"), [
    ("610910", "610910"),
    ("6109.10", "610910"),
    ("6109 10 00", "61091000"),
    ("8471.30.00.00", "8471300000"),
    (" 9302.00 ", "930200"),
    ("9302\u00a000", "930200"),  # a no-break space from a word processor
    ("0101210000", "0101210000"),
])
def test_dots_and_spaces_are_removed_from_an_hs_code(written: str, stored: str) -> None:
    assert valid(changed("items.0.hs_code", written)).items[0].hs_code == stored


@pytest.mark.parametrize("written", [
    "12345", "12345678901", "61O910", "6109-10", "6109/10", "HS610910", "６１０９１０",
    "٦١٠٩١٠", "61091²",
])
def test_an_hs_code_that_is_not_6_to_10_digits_is_an_error(written: str) -> None:
    assert problems(changed("items.0.hs_code", written)) == [
        f"f.json:1: items[1].hs_code: '{written}' is not an HS code of 6 to 10 digits"]


@settings(max_examples=100)
@given(digits=st.text("0123456789", min_size=1, max_size=14),
       separators=st.lists(st.sampled_from([".", " ", ""]), min_size=14, max_size=14))
def test_an_hs_code_is_accepted_exactly_when_it_has_6_to_10_digits(
        digits: str, separators: list[str]) -> None:
    written = "".join(d + s for d, s in zip(digits, separators, strict=False)).strip(" ")
    found = problems(changed("items.0.hs_code", written))
    if 6 <= len(digits) <= 10:
        assert found == []
        assert valid(changed("items.0.hs_code", written)).items[0].hs_code == digits
    else:
        assert len(found) == 1 and "is not an HS code of 6 to 10 digits" in found[0]


# --- numbers --------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["items.0.gross_kg", "items.0.net_kg", "items.0.quantity",
                                  "items.0.value", "items.0.packages", "items.0.line"])
def test_a_negative_number_is_an_error(path: str) -> None:
    field = "items[1]." + path.split(".")[-1]
    assert problems(changed(path, -1)) == [f"f.json:1: {field}: must not be negative"]


def test_zero_is_not_negative() -> None:
    decl = declaration()
    decl["items"][0].update(gross_kg=0, net_kg=0.0, value=0, quantity=0, packages=0)
    item = valid(decl).items[0]
    assert (item.gross_kg, item.net_kg, item.value, item.quantity, item.packages) == (0,) * 5


@given(value=st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_any_non_negative_json_number_is_kept(value: float) -> None:
    assert valid(changed("items.0.value", value)).items[0].value == value


@given(value=st.floats(max_value=-1e-9, allow_nan=False, allow_infinity=False))
def test_any_negative_json_number_is_refused(value: float) -> None:
    assert problems(changed("items.0.net_kg", value)) == [
        "f.json:1: items[1].net_kg: must not be negative"]


def _tabular(decl: dict[str, Any], *, decimal_comma: bool) -> tuple[Declaration | None, list[str]]:
    errors = ProblemList()
    record = RawRecord(line=2, data=decl, item_lines=[2], tabular=True,
                       decimal_comma=decimal_comma)
    result = validate_record(record, errors, UTC)
    return result, [p.format("f.csv") for p in errors.listed]


@given(value=st.floats(min_value=0, max_value=1e12, allow_nan=False, allow_infinity=False),
       decimal_comma=st.booleans())
def test_a_number_written_as_text_in_a_table_reads_as_its_value(value: float,
                                                                decimal_comma: bool) -> None:
    text = repr(value)
    if decimal_comma and "e" not in text:
        text = text.replace(".", ",")
    result, found = _tabular(changed("items.0.gross_kg", text), decimal_comma=decimal_comma)
    assert found == []
    assert result is not None and result.items[0].gross_kg == value


@pytest.mark.parametrize(("text", "decimal_comma", "expected"), [
    ("1.234,5", True, "'1.234,5' is not a number"),
    ("410,5", False, "'410,5' is not a number"),
    ("410 kg", True, "'410 kg' is not a number"),
    ("-0,5", True, "must not be negative"),
    ("nan", False, "'nan' is not a number"),
    ("inf", False, "'inf' is not a number"),
])
def test_a_table_number_that_cannot_be_read_is_an_error(text: str, decimal_comma: bool,
                                                        expected: str) -> None:
    _result, found = _tabular(changed("items.0.gross_kg", text), decimal_comma=decimal_comma)
    assert found == [f"f.csv:2: gross_kg: {expected}"]


# --- times and dates -----------------------------------------------------------------

@pytest.mark.parametrize(("written", "expected"), [
    ("2026-11-28T08:15:00+01:00", "2026-11-28T08:15:00+01:00"),
    ("2026-11-28T07:15:00Z", "2026-11-28T07:15:00+00:00"),
    ("2026-11-28T08:15:00.250+01:00", "2026-11-28T08:15:00.250000+01:00"),
    ("2026-11-28 08:15+01:00", "2026-11-28T08:15:00+01:00"),
    ("2026-11-28T09:15:00+02:00", "2026-11-28T09:15:00+02:00"),
])
def test_iso_8601_times_keep_the_offset_they_were_written_with(written: str,
                                                               expected: str) -> None:
    assert valid(changed("lodged_at", written)).lodged_at.isoformat() == expected


@pytest.mark.parametrize("written", [
    "28.11.2026 08:15", "2026-11-28", "2026-13-01T08:15:00", "2026-11-28T25:00:00",
    "yesterday", "11/28/2026 8:15 AM", "2026-11-28T08:15:00+01:00 CET",
])
def test_a_time_that_is_not_iso_8601_is_an_error(written: str) -> None:
    [problem] = problems(changed("lodged_at", written))
    assert problem.startswith(f"f.json:1: lodged_at: '{written}' is not an ISO 8601 date "
                              "and time")


@pytest.mark.parametrize(("written", "offset"), [
    ("2026-11-28T08:15:00", timedelta(hours=1)),
    ("2026-07-01T08:15:00", timedelta(hours=2)),
])
def test_a_naive_time_is_read_in_the_given_time_zone(written: str, offset: timedelta) -> None:
    lodged = valid(changed("lodged_at", written), tz=BELGRADE).lodged_at
    assert lodged.utcoffset() == offset
    assert lodged.replace(tzinfo=None) == datetime.fromisoformat(written)


def test_a_naive_time_is_stored_with_the_station_offset(session: StationSession,
                                                        tmp_path: Path,
                                                        write_json: Any) -> None:
    configure_station(session, time_zone="Europe/Belgrade")
    path = write_json([declaration("D-WINTER", lodged_at="2026-11-28T08:15:00"),
                       declaration("D-SUMMER", lodged_at="2026-07-01T08:15:00"),
                       declaration("D-OFFSET", lodged_at="2026-11-28T08:15:00+03:00")])

    report = import_files(session, [path])

    assert report.ok, report.files[0].errors
    lodged = {s.declaration_id: s.lodged_at.isoformat() for s in list_declarations(session)}
    assert lodged == {"D-WINTER": "2026-11-28T08:15:00+01:00",
                      "D-SUMMER": "2026-07-01T08:15:00+02:00",
                      "D-OFFSET": "2026-11-28T08:15:00+03:00"}
    stored = {row[0]: (row[1], row[2]) for row in session.database.query(
        "SELECT d.declaration_id, v.lodged_at_utc, v.lodged_at_offset_min"
        " FROM declarations d JOIN declaration_versions v ON v.id = d.latest_version_ref")}
    assert stored["D-WINTER"] == ("2026-11-28T07:15:00.000Z", 60)
    assert stored["D-SUMMER"] == ("2026-07-01T06:15:00.000Z", 120)
    assert stored["D-OFFSET"] == ("2026-11-28T05:15:00.000Z", 180)


def test_a_naive_time_in_a_csv_file_is_read_in_the_station_time_zone(
        session: StationSession, tmp_path: Path) -> None:
    configure_station(session, time_zone="Europe/Belgrade")
    path = write_csv(tmp_path / "naive.csv",
                     [declaration(lodged_at="2026-11-28 08:15")])

    assert import_files(session, [path]).ok
    [summary] = list_declarations(session)
    assert summary.lodged_at.isoformat() == "2026-11-28T08:15:00+01:00"


@pytest.mark.parametrize(("written", "expected"), [
    ("2027-01-31", date(2027, 1, 31)),
    (" 2027-01-31 ", date(2027, 1, 31)),
])
def test_a_document_is_valid_until_an_iso_date(written: str, expected: date) -> None:
    assert valid(changed("documents.0.valid_until", written)).documents[0].valid_until == \
        expected


@pytest.mark.parametrize("written", ["31.01.2027", "2027-02-30", "January 2027"])
def test_a_validity_that_is_not_an_iso_date_is_an_error(written: str) -> None:
    assert problems(changed("documents.0.valid_until", written)) == [
        f"f.json:1: documents[1].valid_until: '{written}' is not an ISO 8601 date "
        "(like 2027-01-31)"]


# --- consistency and reporting ----------------------------------------------------------

def test_a_goods_line_number_used_twice_is_an_error() -> None:
    decl = declaration()
    decl["items"].append(dict(decl["items"][0], description="more t-shirts"))
    assert problems(decl) == ["f.json:1: items[2].line: goods line 1 appears twice"]


def test_a_drivers_nationality_needs_a_name() -> None:
    assert problems(changed("driver", {"nationality": "RS"})) == [
        "f.json:1: driver.name: a driver's nationality is given without a name"]


def test_a_json_declaration_with_three_bad_fields_lists_all_three() -> None:
    decl = declaration(procedure="smuggling", origin_country="Turkey")
    decl["items"][0]["gross_kg"] = -410.5

    assert problems(decl) == [
        "f.json:1: procedure: 'smuggling' is not one of: import, export, transit",
        "f.json:1: origin_country: 'TURKEY' is not an ISO 3166 country code",
        "f.json:1: items[1].gross_kg: must not be negative",
    ]


def test_a_csv_row_with_three_bad_fields_lists_all_three(tmp_path: Path) -> None:
    bad = declaration("D-2", transport_mode="plane", destination_country="SRB")
    bad["items"][0]["hs_code"] = "61-09"
    path = write_csv(tmp_path / "three.csv", [declaration("D-1"), bad])

    assert read_file(path).errors == [
        "three.csv:3: transport_mode: 'plane' is not one of: truck, van, car, bus, rail, "
        "postal",
        "three.csv:3: destination_country: 'SRB' is not an ISO 3166 country code",
        "three.csv:3: hs_code: '61-09' is not an HS code of 6 to 10 digits",
    ]


def test_problems_of_several_declarations_are_all_listed_with_their_lines() -> None:
    found = problems(declaration("D-1"), changed("crossing", DELETE),
                     changed("items.0.hs_code", "12"))
    assert [p.split(": ")[0:2] for p in found] == [["f.json:2", "crossing"],
                                                   ["f.json:3", "items[1].hs_code"]]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bad=st.sets(st.sampled_from(["procedure", "transport_mode", "origin_country",
                                    "destination_country", "lodged_at", "crossing"]),
                   min_size=1))
def test_every_bad_field_of_a_declaration_is_listed(bad: set[str]) -> None:
    wrong = {"procedure": "x", "transport_mode": "x", "origin_country": "x",
             "destination_country": "x", "lodged_at": "x", "crossing": ""}
    decl = declaration(**{name: wrong[name] for name in bad})

    named = {p.split(": ")[1] for p in problems(decl)}

    assert named == bad
