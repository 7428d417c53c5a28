"""Case facts from plain records: what stands after corrections and withdrawals, the
local day, the crossing, and tracing, without a database."""

from __future__ import annotations

import json
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from borderdesk.reports.iafq_records import case_facts_from_records

BELGRADE = ZoneInfo("Europe/Belgrade")


def case(ref: str = "c1", number: str = "RS-BAT-2026-00001", *,
         opened_at: str = "2026-05-01T10:00:00.000Z", status: str = "signed_off"
         ) -> dict[str, Any]:
    return {"id": ref, "case_number": number, "status": status, "opened_at": opened_at,
            "declaration_ref": "d1", "station_id": "s1"}


def entry(field: str, value: object, case_ref: str = "c1") -> dict[str, Any]:
    return {"case_ref": case_ref, "field": field,
            "value": None if value is None else json.dumps(value)}


def row(ref: str, **values: Any) -> dict[str, Any]:
    return {"id": ref, "case_ref": "c1", "replaces_ref": None, "withdrawn": 0, **values}


def test_the_day_is_the_station_s_local_date() -> None:
    tables = {"seizure_cases": [
        case("c1", "A-1", opened_at="2026-12-31T23:30:00.000Z"),
        case("c2", "A-2", opened_at="2026-06-01T08:00:00.000Z")],
        "seizure_case_entries": [entry("occurred_at", "2026-05-31T22:10:00.000Z", "c2")]}
    belgrade = case_facts_from_records(tables, zone=BELGRADE)
    assert [(f.case_number, f.day, f.dated_by_seizure) for f in belgrade] == [
        ("A-2", date(2026, 6, 1), True), ("A-1", date(2027, 1, 1), False)]
    lisbon = case_facts_from_records(tables, zone=ZoneInfo("Europe/Lisbon"))
    assert [f.day for f in lisbon] == [date(2026, 5, 31), date(2026, 12, 31)]


def test_the_crossing_is_the_case_s_then_the_declaration_s_then_the_station_s() -> None:
    tables = {"seizure_cases": [case("c1", "A-1"), case("c2", "A-2"), case("c3", "A-3")],
              "seizure_case_entries": [entry("crossing", "RS-GRA", "c1")]}
    facts = case_facts_from_records(tables, zone=BELGRADE, crossing="RS-BAT",
                                    case_crossings={"c1": "RS-HOR", "c2": "RS-PRE"})
    assert [f.crossing for f in facts] == ["RS-GRA", "RS-PRE", "RS-BAT"]


def test_a_trace_request_s_latest_status_stands_and_a_withdrawn_one_does_not() -> None:
    tables = {"seizure_cases": [case()], "seizure_items": [
        row("i1", item_ref="i1", kind="firearm", category="pistol", component=None,
            calibre="9x19", quantity=1,
            record=json.dumps({"item_class": "firearm", "country": "Austria"}))],
        "seizure_tracing": [
            row("t1", item_ref="i1", kind="registry_check", request_ref=None, data="{}"),
            row("t2", item_ref="i1", kind="trace_request", request_ref=None,
                data=json.dumps({"status": "sent"})),
            row("t3", item_ref="i1", kind="trace_status", request_ref="t2",
                data=json.dumps({"status": "acknowledged"})),
            row("t4", item_ref="i1", kind="trace_status", request_ref="t2",
                data=json.dumps({"status": "answered"})),
            row("t5", item_ref="i1", kind="trace_status", request_ref="t2",
                data=json.dumps({"status": "answered"}), withdrawn=1, replaces_ref="t4"),
            row("t6", item_ref="i1", kind="origin", request_ref=None,
                data=json.dumps({"established": True, "how": "tracing"}))]}
    [facts] = case_facts_from_records(tables, zone=BELGRADE)
    [arm] = facts.items
    assert (arm.registry_checks, arm.trace_statuses, arm.origin_how, arm.country) == (
        1, ("acknowledged",), "tracing", "AT")


def test_persons_count_without_their_names_and_without_the_table() -> None:
    tables = {"seizure_cases": [case()],
              "seizure_persons": [row("p1", person_ref="p1", sex="female", nationality="TR"),
                                  row("p2", person_ref="p2", sex="male", nationality="BA"),
                                  row("p3", person_ref="p2", sex="male", nationality="RS",
                                      replaces_ref="p2")],
              "seizure_followup": [row("f1", person_ref="p2", stage="arrested"),
                                   row("f2", person_ref="p2", stage="prosecuted",
                                       withdrawn=1)]}
    [facts] = case_facts_from_records(tables, zone=BELGRADE)
    assert [(p.sex, p.nationality, p.stages) for p in facts.persons] == [
        ("female", "TR", frozenset()), ("male", "RS", frozenset({"arrested"}))]
    [bare] = case_facts_from_records({"seizure_cases": [case()]}, zone=BELGRADE)
    assert bare.persons == () and bare.items == () and bare.fields == {}


#: One act on a case's record: set a field (None clears it), add a group of rounds,
#: correct or withdraw the n-th item added (modulo the items there are).
_acts = st.lists(st.one_of(
    st.tuples(st.just("set"), st.sampled_from(("event_type", "concealment")),
              st.none() | st.sampled_from(("seized", "found", "other"))),
    st.tuples(st.just("add"), st.integers(1, 500)),
    st.tuples(st.just("correct"), st.integers(0, 9), st.integers(1, 500)),
    st.tuples(st.just("withdraw"), st.integers(0, 9))), max_size=30)


@settings(max_examples=150, deadline=None)
@given(_acts)
def test_facts_are_the_record_as_it_stands_after_any_corrections(acts: list[Any]) -> None:
    entries: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    fields: dict[str, object] = {}
    standing: dict[str, dict[str, Any]] = {}  # item_ref -> its current row
    for act in acts:
        if act[0] == "set":
            entries.append(entry(act[1], act[2]))
            fields[act[1]] = act[2]
        elif act[0] == "add":
            ref = f"i{len(items)}"
            items.append(row(ref, item_ref=ref, kind="ammunition", category="ammunition",
                             calibre="9x19", quantity=act[1]))
            standing[ref] = items[-1]
        elif standing:
            old = list(standing.values())[act[1] % len(standing)]
            new = {**old, "id": f"i{len(items)}", "replaces_ref": old["id"]}
            if act[0] == "correct":
                new["quantity"] = act[2]
            else:
                new["withdrawn"] = 1
            items.append(new)
            del standing[old["item_ref"]]
            if act[0] == "correct":
                standing[old["item_ref"]] = new
    [facts] = case_facts_from_records({"seizure_cases": [case()],
                                       "seizure_case_entries": entries,
                                       "seizure_items": items}, zone=BELGRADE)
    assert facts.fields == {k: v for k, v in fields.items() if v is not None}
    # Current rows in the order written: a corrected item moves to its correction's place.
    expected = sorted(standing.values(), key=items.index)
    assert [i.quantity for i in facts.items] == [r["quantity"] for r in expected]
