"""The national IAFQ tables at headquarters, from what two real stations' audit chains hold.

Two stations are built as officers build them: the demo station (Batrovci) and a
second one (Horgoš) whose cases are recorded through the services, with amendments
after sign-off (a withdrawn arm, a corrected field, a corrected person). Headquarters'
records are read from each station's audit_log exactly as it will hold them: the
latest payload of every record.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from borderdesk.core.clock import FixedClock
from borderdesk.core.errors import UserInputError
from borderdesk.hq.iafq import (
    StationRecords,
    export_national,
    latest_records,
    national_year,
)
from borderdesk.identify.engine import walk_answers
from borderdesk.reports.iafq import YearTables
from borderdesk.reports.iafq_export import ExportHeading
from borderdesk.services.assessments import screen_imported
from borderdesk.services.demo import create_demo_station
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.seizure_tracing import (
    add_person,
    correct_person,
    record_follow_up,
    record_origin,
    record_registry_check,
    record_trace_request,
    record_trace_status,
)
from borderdesk.services.seizures import (
    add_ammunition_group,
    add_identified_item,
    add_part_group,
    list_cases,
    set_fields,
    sign_off,
    withdraw_item,
)
from borderdesk.services.station import StationSession, configure_station, open_station
from borderdesk.services.statistics import export_iafq, iafq_year
from tests.conftest import declaration
from tests.evidence.helpers import record_minimum_evidence
from tests.identify.conftest import load_case
from tests.rules.helpers import item

#: The demo's day, and a moment after everything it recorded.
DEMO_DAY = date(2026, 11, 28)
DEMO_CLOCK = FixedClock(datetime(2026, 11, 28, 19, 0, tzinfo=UTC))
#: Horgoš records its cases in the first days of 2027.
HORGOS_CLOCK = FixedClock(datetime(2027, 1, 10, 9, 0, tzinfo=UTC))
#: What a release policy withholds of a person by default (nominal data).
NOMINAL_FIELDS = ("name", "birth_date", "document", "note", "role_note")
#: Cells that do not add up across stations (the largest event is a maximum).
NOT_ADDED = ("largest_event",)


def open_case(session: StationSession, write_json: Any, declaration_id: str,
              identifications: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    """A case opened by inspecting a screened declaration of Horgoš, and its
    identifications."""
    report = import_files(session, [write_json([declaration(
        declaration_id, crossing="RS-HOR", documents=[],
        items=[item(hs_code="930200", description="revolvers")])], f"{declaration_id}.json")])
    screen_imported(session, report)
    inspection = start_inspection(session, declaration_id, "physical").id
    idents = [record_walk(session, inspection, name, walk_answers(
        checklist_for(), load_case(name)["answers"]).walk).id for name in identifications]
    record_outcome(session, inspection, "seizure", "found behind the load")
    case = next(c for c in list_cases(session) if c.declaration_id == declaration_id)
    return case.id, idents


def record_horgos(session: StationSession, write_json: Any) -> None:
    """Three cases: one signed off in December 2026 and amended since, one found half an
    hour into 2027 (local time: 23:30 on 31 December in UTC), one still open."""
    case, idents = open_case(session, write_json, "HOR-1",
                             ("pistol-obliterated-serial", "revolver"))
    set_fields(session, case, {
        "event_type": "seized", "direction": "in", "detection_method": "xray",
        "legal_justification": "illicit_possession", "criminal_context": "trafficking",
        "occurred_at": "2026-12-05T10:00", "route_departure": "TR", "route_transit": "BG",
        "route_destination": "RS", "concealment": "other", "concealment_note": "spare tyre"})
    add_identified_item(session, case, idents[0])
    add_identified_item(session, case, idents[1])
    add_part_group(session, case, "slide", 2, "spare slides")
    add_ammunition_group(session, case, "9 mm Luger", 30)
    record_minimum_evidence(session, case, ["1", "2", "3", "4"])
    woman = add_person(session, case, "driver", "Elif Demir", sex="female", nationality="TR",
                       document="passport U1234567", birth_date="1985-04-02")
    man = add_person(session, case, "passenger", "Petar Nikolić", sex="male",
                     nationality="BA", document="ID 0099123")
    sign_off(session, case)
    set_fields(session, case, {"legal_justification": "illicit_trafficking"},
               reason="the prosecutor's charge")
    withdraw_item(session, case, 2, "the revolver belonged to the other case")
    correct_person(session, case, man.id, reason="his papers were checked",
                   nationality="RS")
    record_follow_up(session, case, woman.id, "arrested", "2026-12-05")
    record_follow_up(session, case, man.id, "arrested", "2026-12-05")
    record_follow_up(session, case, man.id, "prosecuted", "2026-12-20")
    record_registry_check(session, case, 1, "not_registered", "2026-12-06")
    request = record_trace_request(session, case, 1, "AT", "interpol", "2026-12-07")
    record_trace_status(session, case, request.id, "answered", "2027-01-05")
    record_origin(session, case, 1, True, "tracing")

    new_year, _ = open_case(session, write_json, "HOR-2")
    set_fields(session, new_year, {
        "event_type": "found", "direction": "in", "detection_method": "dog",
        "legal_justification": "illicit_possession", "occurred_at": "2027-01-01T00:30"})
    add_ammunition_group(session, new_year, "9 mm Luger", 20)
    record_minimum_evidence(session, new_year, ["1"])
    sign_off(session, new_year)

    still_open, _ = open_case(session, write_json, "HOR-3", ("revolver",))
    set_fields(session, still_open, {"event_type": "seized",
                                     "occurred_at": "2026-12-20T08:00"})


@pytest.fixture(scope="module")
def stations(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The two stations' databases, by name."""
    folder = tmp_path_factory.mktemp("stations")
    batrovci = folder / "batrovci.db"
    create_demo_station(batrovci, today=DEMO_DAY, clock=DEMO_CLOCK, actor="Vesna Radović")
    horgos = folder / "horgos.db"
    files = folder / "files"
    files.mkdir()

    def write_json(objects: Any, name: str) -> Path:
        path = files / name
        path.write_text(json.dumps(objects), encoding="utf-8")
        return path

    with open_station(horgos, actor="Dragan Kovač", clock=HORGOS_CLOCK) as session:
        configure_station(session, name="Horgoš", crossing_code="RS-HOR", country="RS",
                          time_zone="Europe/Belgrade")
        record_horgos(session, write_json)
    return {"Batrovci": batrovci, "Horgoš": horgos}


def held_at_hq(path: Path) -> StationRecords:
    """What headquarters holds of a station: the latest payload of every record in its
    audit chain (and the station's name, crossing and time zone from enrolment)."""
    conn = sqlite3.connect(path)
    try:
        name, crossing, zone = conn.execute(
            "SELECT name, crossing_code, time_zone FROM station").fetchone()
        entries = [(entity, entity_id, json.loads(payload)) for entity, entity_id, payload
                   in conn.execute("SELECT entity, entity_id, payload FROM audit_log"
                                   " ORDER BY seq")]
    finally:
        conn.close()
    return StationRecords(name, crossing or "", zone, latest_records(entries))


def station_tables(path: Path, year: int, clock: FixedClock) -> YearTables:
    """The station's own tables of ``year``, as its export makes them."""
    with open_station(path, create=False, clock=clock) as session:
        return iafq_year(session, year)


def counts(tables: YearTables) -> Counter[tuple[str, tuple[str, ...], str]]:
    """Every count of the tables by (table, the row's text cells, column): what adds up
    across stations. Zeros are dropped, so that rows no station has compare equal."""
    found: Counter[tuple[str, tuple[str, ...], str]] = Counter()
    for table in tables.tables:
        for row in table.rows:
            key = tuple(cell for cell in row if isinstance(cell, str))
            for column, cell in zip(table.columns, row, strict=True):
                if isinstance(cell, int) and column.code not in NOT_ADDED:
                    found[(table.id, key, column.code)] += cell
    return +found


@pytest.fixture(scope="module")
def held(stations: dict[str, Path]) -> list[StationRecords]:
    return [held_at_hq(path) for path in stations.values()]


def test_hq_holds_the_latest_payload_of_each_record_in_the_order_first_written() -> None:
    entries = [("seizure_cases", "c1", {"id": "c1", "status": "open"}),
               ("seizure_items", "i1", '{"id": "i1", "quantity": 3}'),
               ("custody_events", "e1", {"id": "e1"}),
               ("seizure_cases", "c2", {"id": "c2", "status": "open"}),
               ("seizure_persons", "p1", None),
               ("seizure_cases", "c1", {"id": "c1", "status": "signed_off"})]
    assert latest_records(entries) == {
        "seizure_cases": [{"id": "c1", "status": "signed_off"}, {"id": "c2", "status": "open"}],
        "seizure_items": [{"id": "i1", "quantity": 3}]}


def test_one_station_at_hq_gives_exactly_its_own_tables(
        stations: dict[str, Path], held: list[StationRecords]) -> None:
    for (name, path), records, clock in zip(stations.items(), held,
                                            (DEMO_CLOCK, HORGOS_CLOCK), strict=True):
        assert records.name == name
        own = station_tables(path, 2026, clock)
        assert own.counted  # not an empty comparison
        assert national_year([records], 2026, country="RS") == own


def test_the_national_tables_are_the_sum_of_the_stations(
        stations: dict[str, Path], held: list[StationRecords]) -> None:
    batrovci = station_tables(stations["Batrovci"], 2026, DEMO_CLOCK)
    horgos = station_tables(stations["Horgoš"], 2026, HORGOS_CLOCK)
    national = national_year(held, 2026, country="RS")
    assert counts(national) == counts(batrovci) + counts(horgos)
    assert sorted(national.counted) == sorted(batrovci.counted + horgos.counted)
    # Numbered in the year opened (2027), the first Horgoš case seized in 2026 counts then.
    assert "RS-HOR-2027-00001" in national.counted and len(national.counted) == 2
    for table in national.tables:
        assert sorted(table.left_out, key=repr) == sorted(
            batrovci[table.id].left_out + horgos[table.id].left_out, key=repr)
    events = national["events"].row("total")
    assert events["largest_event"] == max(t["events"].value("total", "largest_event")
                                          for t in (batrovci, horgos))
    # Horgoš's amendments after sign-off count: the revolver withdrawn, the corrected
    # legal justification, the passenger a national once his papers were checked.
    assert horgos["arms-by-type"].value("total", "seized") == 1
    assert horgos["legal-justification"].value("illicit_trafficking", "total") == 1
    assert horgos["persons"].row("arrested")["nationals"] == 1
    assert horgos["tracing"].value("requests_answered", "count") == 1
    # Half an hour into 2027 in Belgrade (still 2026 in UTC) is a case of 2027 at HQ too.
    assert national_year(held, 2027, country="RS").counted == ("RS-HOR-2027-00002",)


def test_withheld_names_and_documents_change_nothing(held: list[StationRecords]) -> None:
    withheld = [StationRecords(s.name, s.crossing_code, s.time_zone, {
        table: [{k: v for k, v in record.items()
                 if table != "seizure_persons" or k not in NOMINAL_FIELDS}
                for record in records]
        for table, records in s.tables.items()}) for s in held]
    assert all("name" not in person for s in withheld
               for person in s.tables["seizure_persons"])
    national = national_year(held, 2026, country="RS")
    assert national["persons"].value("arrested", "total") == 3  # persons were counted
    assert national_year(withheld, 2026, country="RS") == national


def test_the_national_export_writes_the_station_files_naming_headquarters(
        stations: dict[str, Path], held: list[StationRecords], tmp_path: Path) -> None:
    with open_station(stations["Horgoš"], create=False, clock=HORGOS_CLOCK) as session:
        own = export_iafq(session, 2026, tmp_path / "station")
    heading = ExportHeading("Customs headquarters, Belgrade", "2027-01-10 10:00 +0100",
                            "Ana Jovanović")
    result = export_national(held, 2026, tmp_path / "national", heading, country="RS")
    assert [p.name for p in result.paths] == [p.name for p in own.paths]
    notes = load_workbook(result.paths[0])["Notes"]
    lines = [row[0] for row in notes.iter_rows(values_only=True) if row and row[0]]
    assert any("Customs headquarters, Belgrade" in str(line) and "2 stations" in str(line)
               and "Ana Jovanović" in str(line) for line in lines)
    with open(tmp_path / "national" / "iafq-2026-significant-seizures.csv",
              encoding="utf-8-sig") as f:
        crossings = sorted(row["crossing"] for row in csv.DictReader(f))
    assert crossings == ["RS-BAT", "RS-HOR"]


def test_a_file_in_place_of_the_folder_is_refused(held: list[StationRecords],
                                                  tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("x")
    with pytest.raises(UserInputError, match="not a folder"):
        export_national(held, 2026, target, ExportHeading("HQ", "now", "me"), country="RS")

