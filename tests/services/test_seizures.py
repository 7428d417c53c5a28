"""Seizure cases: the event record, items, sign-off and amendments, tracing, follow-up, audit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import UserInputError
from borderdesk.evidence.case_fields import FieldError
from borderdesk.identify.engine import walk_answers
from borderdesk.services import seizures
from borderdesk.services.assessments import screen_imported
from borderdesk.services.audit import verify_station
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.seizure_tracing import (
    add_person,
    correct_person,
    follow_up_entries,
    list_persons,
    record_follow_up,
    record_iarms_query,
    record_origin,
    record_registry_check,
    record_trace_request,
    record_trace_status,
    tracing_by_item,
    withdraw_entry,
)
from borderdesk.services.seizures import (
    SignOffRefused,
    add_ammunition_group,
    add_identified_item,
    add_part_group,
    case_document,
    correct_item,
    field_history,
    get_case,
    item_history,
    list_cases,
    set_fields,
    sign_off,
    sign_off_problems,
    withdraw_item,
)
from borderdesk.services.station import StationSession, open_station
from borderdesk.store.changelog import read_changes
from tests.conftest import declaration
from tests.evidence.helpers import record_minimum_evidence
from tests.identify.conftest import load_case
from tests.rules.helpers import item

EVENT = {"event_type": "seized", "direction": "in", "detection_method": "xray",
         "legal_justification": "illicit_trafficking"}


@pytest.fixture
def session(db_path: Path) -> Iterator[StationSession]:
    """A station whose clock says 2027-01-10 (tracing dates of December 2026 are past)."""
    clock = FixedClock(datetime(2027, 1, 10, 9, 0, tzinfo=UTC))
    with open_station(db_path, actor="tester", clock=clock) as opened:
        yield opened


def identify(session: StationSession, inspection: str, case_name: str, label: str) -> str:
    walk = walk_answers(checklist_for(), load_case(case_name)["answers"]).walk
    return record_walk(session, inspection, label, walk).id


@pytest.fixture
def opened(session: StationSession, write_json: Any) -> tuple[str, dict[str, str]]:
    """A case opened by a screened inspection of RED-1, and its two identifications."""
    report = import_files(session, [write_json([declaration(
        "RED-1", items=[item(hs_code="930200", description="revolvers")], documents=[])])])
    assert screen_imported(session, report) is not None
    inspection = start_inspection(session, "RED-1", "physical").id
    idents = {"pistol": identify(session, inspection, "pistol-obliterated-serial", "pistol"),
              "rounds": identify(session, inspection, "ammunition-box", "box of rounds")}
    record_outcome(session, inspection, "seizure", "pistol and rounds under the seat")
    [case] = list_cases(session)
    return case.id, idents


@pytest.fixture
def case(opened: tuple[str, dict[str, str]]) -> str:
    return opened[0]


def ready(session: StationSession, opened: tuple[str, dict[str, str]]) -> str:
    case_id, idents = opened
    set_fields(session, case_id, EVENT)
    add_identified_item(session, case_id, idents["pistol"])
    record_minimum_evidence(session, case_id, ["1"])
    return case_id


def test_an_inspection_opens_an_audited_case_that_lists_with_its_crossing(
        session: StationSession, case: str) -> None:
    [summary] = list_cases(session)
    assert summary.case_number.startswith("RS-BAT-") and summary.status == "open"
    assert (summary.crossing, summary.item_count, summary.event_type) == ("RS-BAT", 0, None)
    entries = session.database.conn.execute(
        "SELECT operation FROM audit_log WHERE entity = 'seizure_cases'").fetchall()
    assert [e[0] for e in entries] == ["open"]
    assert verify_station(session) == []
    assert get_case(session, summary.case_number).summary.id == case


def test_event_fields_are_checked_stored_and_kept_as_history(
        session: StationSession, case: str) -> None:
    updated = set_fields(session, case, {
        **EVENT, "national_number": " KU-123/2026 ", "gps": "45.0453, 19.4364",
        "officers": "Ana Kovač; Marko Ilić", "route_departure": "tr",
        "route_transit": "BG, RS", "route_destination": "AT",
        "occurred_at": "2026-11-28T09:40", "concealment": "false_compartment",
        "criminal_context": "unknown"})
    assert updated.fields["gps"] == {"lat": 45.0453, "lon": 19.4364}
    assert updated.fields["officers"] == ["Ana Kovač", "Marko Ilić"]
    assert updated.fields["route_transit"] == ["BG", "RS"]
    assert updated.fields["national_number"] == "KU-123/2026"
    assert updated.fields["occurred_at"] == "2026-11-28T09:40:00.000Z"  # station in UTC
    assert updated.summary.event_type == "seized"

    set_fields(session, case, {"criminal_context": "organised_crime"})
    set_fields(session, case, {"criminal_context": "organised_crime"})  # unchanged: no entry
    history = field_history(session, case, "criminal_context")
    assert [h.value for h in history] == ["unknown", "organised_crime"]
    assert history[1].replaces == history[0].id and history[1].recorded_by == "tester"
    assert not any(h.amendment for h in history)


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"event_type": "stolen"}, "event_type", "is not one of"),
    ({"gps": "91, 19"}, "gps", "latitude"),
    ({"gps": "45, 181"}, "gps", "longitude"),
    ({"gps": "0, 0"}, "gps", "fix"),
    ({"gps": "north"}, "gps", "decimal degrees"),
    ({"route_departure": "XX"}, "route_departure", "ISO 3166"),
    ({"route_transit": "BG, BG"}, "route_transit", "twice"),
    ({"officers": "Ana; ana"}, "officers", "twice"),
    ({"occurred_at": "2999-01-01T00:00"}, "occurred_at", "future"),
    ({"occurred_at": "yesterday"}, "occurred_at", "date and time"),
    ({"legal_justification": "other"}, "legal_justification_note", "needed"),
    ({"concealment": "other"}, "concealment_note", "needed"),
    ({"colour": "red"}, "colour", "not a field"),
    ({"detection_method": "risk_rules", "place": "x\x07"}, "place", "control"),
])
def test_a_bad_value_is_refused_naming_the_field_and_nothing_is_written(
        session: StationSession, case: str, values: dict[str, str], field: str,
        words: str) -> None:
    with pytest.raises(FieldError, match=words) as caught:
        set_fields(session, case, values)
    assert caught.value.field == field and str(caught.value).startswith(f"{field}: ")
    assert field_history(session, case) == []


def test_risk_rules_as_the_method_shows_the_rules_that_hit(
        session: StationSession, case: str) -> None:
    updated = set_fields(session, case, {"detection_method": "risk_rules"})
    assert updated.rules_hit and case_document(session, case)["case"]["rules_hit"] == list(
        updated.rules_hit)


def test_items_come_from_identifications_and_counted_groups(
        session: StationSession, opened: tuple[str, dict[str, str]]) -> None:
    case, idents = opened
    pistol = add_identified_item(session, case, idents["pistol"])
    rounds = add_identified_item(session, case, idents["rounds"])
    barrels = add_part_group(session, case, "barrel", "3", "loose barrels in a box")
    extra = add_ammunition_group(session, case, "7,62 x 39", 40)
    assert [i.number for i in (pistol, rounds, barrels, extra)] == [1, 2, 3, 4]
    assert (pistol.kind, pistol.category, pistol.quantity) == ("firearm", "pistol", 1)
    assert pistol.record is not None and pistol.identification_id == idents["pistol"]
    assert any(m["kind"] == "serial" for m in pistol.to_json()["markings"])  # type: ignore
    assert (rounds.kind, rounds.quantity, rounds.calibre) == ("ammunition", 20, "762x39")
    assert (barrels.kind, barrels.component, barrels.quantity) == ("parts", "barrel", 3)
    assert extra.calibre == "762x39"  # the calibre list's code, however it was written
    with pytest.raises(UserInputError, match="already item 1"):
        add_identified_item(session, case, idents["pistol"])
    with pytest.raises(FieldError, match="quantity"):
        add_part_group(session, case, "slide", 0)
    with pytest.raises(FieldError, match="part_type"):
        add_part_group(session, case, "trigger", 1)

    withdraw_item(session, case, 3, "counted twice: the barrels are item 4's box")
    corrected = correct_item(session, case, 4, None, quantity=38)
    current = get_case(session, case).items
    assert [(i.number, i.quantity) for i in current] == [(1, 1), (2, 20), (4, 38)]
    assert corrected.id == extra.id  # the stable id packages and photos refer to
    rows = [(r["number"], r["withdrawn"]) for r in item_history(session, case)]
    assert rows == [(1, False), (2, False), (3, False), (4, False), (3, True), (4, False)]
    assert add_part_group(session, case, "slide", 1).number == 5  # 3 is never reused


def test_an_identification_of_another_inspection_is_refused(
        session: StationSession, case: str, write_json: Any) -> None:
    import_files(session, [write_json([declaration("RED-2")], "other.json")])
    other = start_inspection(session, "RED-2", "xray").id
    stranger = identify(session, other, "revolver", "revolver")
    with pytest.raises(UserInputError, match="another inspection"):
        add_identified_item(session, case, stranger)


def test_sign_off_is_refused_with_what_is_missing(session: StationSession, case: str) -> None:
    with pytest.raises(SignOffRefused) as caught:
        sign_off(session, case)
    missing = "\n".join(caught.value.missing)
    for field in ("event_type", "direction", "detection_method", "legal_justification"):
        assert field in missing
    assert "no item" in missing
    assert get_case(session, case).summary.status == "open"


def test_further_sign_off_checks_are_asked(
        session: StationSession, opened: tuple[str, dict[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    case = ready(session, opened)
    monkeypatch.setattr(seizures, "SIGN_OFF_CHECKS",
                        [lambda _session, _case: ["the items are not sealed"]])
    assert sign_off_problems(session, case) == ["the items are not sealed"]
    with pytest.raises(SignOffRefused, match="not sealed"):
        sign_off(session, case)


def test_a_signed_off_case_is_locked_and_amended_with_a_reason(
        session: StationSession, opened: tuple[str, dict[str, str]]) -> None:
    case = ready(session, opened)
    done = sign_off(session, case, "checked against the photos")
    assert done.signed_off and done.signed_off_by == "tester"
    with pytest.raises(UserInputError, match="already signed off"):
        sign_off(session, case)
    with pytest.raises(UserInputError, match="needs a reason"):
        set_fields(session, case, {"direction": "transit"})
    with pytest.raises(UserInputError, match="needs a reason"):
        add_part_group(session, case, "magazine", 2)
    with pytest.raises(UserInputError, match="needs a reason"):
        add_person(session, case, "driver", "Marko Marković")
    assert len(get_case(session, case).items) == 1

    set_fields(session, case, {"direction": "transit"}, reason="the truck was in transit to AT")
    history = field_history(session, case, "direction")
    assert [(h.value, h.amendment, h.reason) for h in history] == [
        ("in", False, None), ("transit", True, "the truck was in transit to AT")]
    added = add_part_group(session, case, "magazine", 2, reason="found at unloading")
    assert added.amendment and added.reason == "found at unloading"
    assert get_case(session, case).summary.status == "signed_off"
    document = case_document(session, case)
    assert [e["value"] for e in document["history"]["fields"]
            if e["field"] == "direction"] == ["in", "transit"]
    assert verify_station(session) == []


def test_tracing_is_recorded_per_item_with_the_latest_status_current(
        session: StationSession, opened: tuple[str, dict[str, str]]) -> None:
    case = ready(session, opened)
    sign_off(session, case)  # tracing comes later and needs no reason
    record_registry_check(session, case, 1, "not_registered", "2026-11-29", "REG-77")
    record_iarms_query(session, case, 1, "hit_stolen", "2026-11-29", "IA-1")
    request = record_trace_request(session, case, 1, "at", "interpol", "2026-11-30",
                                   "TR-2026-5")
    record_trace_status(session, case, request.id, "acknowledged", "2026-12-02")
    record_trace_status(session, case, request.id, "answered", "2026-12-20",
                        "sold to a dealer in Graz in 2011")
    record_origin(session, case, 1, True, "tracing")
    [pistol] = tracing_by_item(session, case)
    assert pistol["registry_checks"][0]["registry_result"] == "not_registered"
    assert pistol["iarms_queries"][0]["iarms_result"] == "hit_stolen"
    [sent] = pistol["trace_requests"]
    assert (sent["country"], sent["channel"], sent["status"], sent["answered"]) == (
        "AT", "interpol", "answered", True)
    assert pistol["origin"] == {"established": True, "how": "tracing", "note": ""}
    with pytest.raises(FieldError, match="how"):
        record_origin(session, case, 1, True)
    with pytest.raises(FieldError, match="future"):
        record_registry_check(session, case, 1, "not_registered", "2999-01-01")
    with pytest.raises(FieldError, match="country"):
        record_trace_request(session, case, 1, "ZZ", "interpol", "2026-11-30")
    with pytest.raises(UserInputError, match="no item 9"):
        record_iarms_query(session, case, 9, "no_hit", "2026-11-29")
    with pytest.raises(UserInputError, match="needs a reason"):
        withdraw_entry(session, case, request.id, "")
    withdraw_entry(session, case, request.id, "sent to the wrong country")
    assert tracing_by_item(session, case)[0]["trace_requests"] == []
    assert verify_station(session) == []


def test_persons_are_nominal_and_follow_up_is_kept_per_person(
        session: StationSession, case: str) -> None:
    driver = add_person(session, case, "driver", "Marko Marković", nationality="rs",
                        sex="male", birth_date="1980-04-17")
    assert driver.to_json()["nominal"] is True and driver.nationality == "RS"
    with pytest.raises(FieldError, match="role_note"):
        add_person(session, case, "other", "Someone")
    with pytest.raises(FieldError, match="birth_date"):
        add_person(session, case, "driver", "Baby", birth_date="2999-01-01")
    fixed = correct_person(session, case, driver.id, document="passport 012345678")
    assert fixed.id == driver.id and fixed.document == "passport 012345678"
    record_follow_up(session, case, driver.id, "arrested", "2026-11-28",
                     ["illicit_trafficking"])
    record_follow_up(session, case, driver.id, "prosecuted", "2026-12-15",
                     ["illicit_trafficking", "smuggling"])
    stages = [(e["stage"], e["offences"]) for e in follow_up_entries(session, case)]
    assert stages == [("arrested", ["illicit_trafficking"]),
                      ("prosecuted", ["illicit_trafficking", "smuggling"])]
    with pytest.raises(FieldError, match="offence"):
        record_follow_up(session, case, driver.id, "convicted", "2026-12-20", ["jaywalking"])
    assert [p.name for p in list_persons(session, case)] == ["Marko Marković"]
    document = case_document(session, case)
    assert document["persons"][0]["nominal"] is True
    assert len(document["follow_up"]) == 2


def test_every_write_is_audited_and_logged_and_verify_names_a_changed_case(
        session: StationSession, opened: tuple[str, dict[str, str]]) -> None:
    case = ready(session, opened)
    add_person(session, case, "driver", "Marko Marković")
    sign_off(session, case)
    assert verify_station(session) == []
    entities = {c.entity for c in read_changes(session.database.conn)}
    assert {"seizure_case", "seizure_case_entry", "seizure_item", "seizure_person",
            "seizure_signoff"} <= entities
    assert session.path is not None
    raw = sqlite3.connect(session.path)
    raw.execute("DROP TRIGGER seizure_cases_kept")
    raw.execute("UPDATE seizure_cases SET status = 'open' WHERE id = ?", (case,))
    raw.execute("DROP TRIGGER seizure_items_no_update")
    raw.execute("UPDATE seizure_items SET quantity = 2")
    raw.commit()
    raw.close()
    named = [str(p) for p in verify_station(session)]
    assert any(p.startswith(f"seizure_cases record {case}: changed outside borderdesk")
               for p in named)
    assert any(p.startswith("seizure_items record") for p in named)


def test_the_database_refuses_to_rewrite_a_case(session: StationSession, case: str) -> None:
    conn = session.database.conn
    with pytest.raises(sqlite3.DatabaseError, match="keeps how it was opened"):
        conn.execute("UPDATE seizure_cases SET case_number = 'X' WHERE id = ?", (case,))
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        conn.execute("DELETE FROM seizure_cases")
