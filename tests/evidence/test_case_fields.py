"""The case record's field rules, in the core (no database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderdesk.evidence.case_fields import FIELDS, FieldError, check_notes, check_value, display
from borderdesk.evidence.case_items import ammunition_group, part_group
from borderdesk.evidence.signoff import CaseLocked, amendment_reason, missing_for_sign_off

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
BELGRADE = ZoneInfo("Europe/Belgrade")


def check(field: str, raw: object) -> object:
    return check_value(field, raw, zone=BELGRADE, now=NOW)


@given(st.floats(-90, 90), st.floats(-180, 180))
def test_any_position_on_earth_is_kept_to_six_decimals(lat: float, lon: float) -> None:
    if lat == 0 and lon == 0:
        return
    stored = check("gps", f"{lat}, {lon}")
    assert stored == {"lat": round(lat, 6), "lon": round(lon, 6)}
    assert check("gps", [lat, lon]) == stored


@given(st.one_of(st.floats(90.000001, 1e6), st.floats(-1e6, -90.000001)))
def test_a_latitude_off_the_earth_is_refused(lat: float) -> None:
    with pytest.raises(FieldError, match="latitude"):
        check("gps", f"{lat}, 19")


@pytest.mark.parametrize("raw", ["nan, 19", "45", "45, 19, 3", "", "45; x"])
def test_a_position_that_is_not_two_numbers_is_refused(raw: str) -> None:
    if not raw:
        assert check("gps", raw) is None  # empty clears the field
        return
    with pytest.raises(FieldError) as caught:
        check("gps", raw)
    assert caught.value.field == "gps"


def test_a_local_time_is_read_in_the_station_zone_and_the_future_refused() -> None:
    assert check("occurred_at", "2026-11-28T09:40") == "2026-11-28T08:40:00.000Z"
    assert check("occurred_at", "2026-11-28T09:40+00:00") == "2026-11-28T09:40:00.000Z"
    with pytest.raises(FieldError, match="future"):
        check("occurred_at", (NOW + timedelta(minutes=1)).isoformat())


def test_codes_countries_and_lists() -> None:
    assert check("event_type", " Seized ") == "seized"
    assert check("route_destination", "at") == "AT"
    assert check("route_transit", "tr > bg >rs") == ["TR", "BG", "RS"]
    assert check("route_transit", ["TR"]) == ["TR"]
    assert check("officers", ["Ana", " Marko "]) == ["Ana", "Marko"]
    assert check("other_goods", "  ") is None
    assert display("route_transit", ["TR", "BG"]) == "TR > BG"
    assert display("concealment", "on_body") == "On the body"
    with pytest.raises(FieldError, match="must be text"):
        check("unit", 12)
    with pytest.raises(FieldError, match="longer than"):
        check("unit", "x" * 121)


def test_every_field_that_names_a_code_list_has_one() -> None:
    from borderdesk.evidence.case_codes import seizure_codes

    codes = seizure_codes()
    for field, spec in FIELDS.items():
        if spec.kind == "code":
            assert spec.codes in codes.lists, field
        if spec.note:
            assert spec.note in FIELDS, field


def test_a_code_that_says_too_little_needs_its_note() -> None:
    with pytest.raises(FieldError) as caught:
        check_notes({"detection_method": "other"})
    assert caught.value.field == "detection_note"
    check_notes({"detection_method": "other", "detection_note": "a tip from the driver"})


def test_sign_off_minimum_and_the_reason_a_locked_case_needs() -> None:
    missing = missing_for_sign_off({"event_type": "seized"}, 0)
    assert len(missing) == 4 and "no item" in missing[-1]
    assert missing_for_sign_off({"event_type": "seized", "direction": "in",
                                 "detection_method": "dog",
                                 "legal_justification": "illicit_possession"}, 1) == []
    assert amendment_reason("open", None, "x") is None
    assert amendment_reason("open", " typo ", "x") == "typo"
    with pytest.raises(CaseLocked, match="needs a reason"):
        amendment_reason("signed_off", "  ", "changing direction")
    assert amendment_reason("signed_off", "wrong lane", "x") == "wrong lane"


def test_counted_groups() -> None:
    assert part_group("Magazine", "4").quantity == 4
    assert ammunition_group("9 mm Luger", 50).calibre == "9x19"
    assert ammunition_group("4.2x99 wildcat", 5).calibre == "4.2x99 wildcat"  # kept as read
    with pytest.raises(FieldError, match="description"):
        part_group("other", 1)
    for bad in ("0", "-1", "1.5", "many", True):
        with pytest.raises(FieldError):
            part_group("barrel", bad)


def test_the_lock_message_names_no_command_line_option() -> None:
    # The window asks for the reason in its own dialog: the words fit both.
    with pytest.raises(CaseLocked) as locked:
        amendment_reason("signed_off", None, "changing direction")
    assert "--" not in str(locked.value) and "changing direction" in str(locked.value)
