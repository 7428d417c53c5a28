"""The screening queue: order, filters, search, and a derived table never out of step."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.core.clock import FixedClock
from borderdesk.services.assessments import screen_imported
from borderdesk.services.declarations import (
    InspectionState,
    Period,
    QueueFilter,
    QueueOrder,
    count_declarations,
    queue_change_marker,
    queue_keys,
    queue_page,
)
from borderdesk.services.inspections import change_lane, record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, open_station
from borderdesk.store import queue_repo
from tests.conftest import declaration

REVOLVERS = [{"line": 1, "hs_code": "930200", "description": "revolvers", "gross_kg": 5}]


def _stock(session: StationSession, write_json: Callable[..., Path]) -> None:
    """Five declarations over three days, three procedures and modes, one amended."""
    objects = [
        declaration("D-RED", documents=[], items=REVOLVERS,
                    lodged_at="2026-11-28T09:00:00+01:00"),
        declaration("D-TRANSIT", procedure="transit", transport_mode="rail",
                    lodged_at="2026-11-27T22:30:00+01:00", vehicle=None,
                    consignee={"name": "Петровић д.о.о.", "country": "RS"}),
        declaration("D-EXPORT", procedure="export", transport_mode="van",
                    lodged_at="2026-11-20T10:00:00+01:00", itinerary=[],
                    origin_country="RS", dispatch_country=None, destination_country="DE"),
        declaration("D-CAR", transport_mode="car", lodged_at="2026-11-28T07:00:00+01:00"),
        declaration("D-LATE", lodged_at="2026-11-28T23:30:00+01:00"),
    ]
    report = import_files(session, [write_json(objects, "first.json")])
    assert report.ok, report
    screen_imported(session, report)
    amended = dict(objects[3], items=[*objects[3]["items"],
                                      {"line": 2, "hs_code": "940360",
                                       "description": "office chairs", "gross_kg": 80}])
    report = import_files(session, [write_json([amended], "second.json")])
    screen_imported(session, report)


@pytest.fixture
def stocked(db_path: Path, write_json: Callable[..., Path]) -> Any:
    # The station's clock says 2026-11-28 12:00 in Belgrade (11:00 UTC).
    clock = FixedClock(datetime(2026, 11, 28, 11, 0, tzinfo=UTC))
    with open_station(db_path, actor="tester", clock=clock) as session:
        from borderdesk.services.station import configure_station

        configure_station(session, time_zone="Europe/Belgrade")
        _stock(session, write_json)
        yield session


def ids(session: StationSession, queue_filter: QueueFilter = QueueFilter(),  # noqa: B008
        order: QueueOrder = QueueOrder.QUEUE, descending: bool = False) -> list[str]:
    keys = queue_keys(session, queue_filter, order, descending=descending)
    return [row.declaration_id for row in queue_page(session, keys)]


def test_the_queue_lists_red_first_then_by_score_then_newest(stocked: StationSession) -> None:
    listed = ids(stocked)
    assert listed[0] == "D-RED"
    rows = queue_page(stocked, queue_keys(stocked))
    ranks = [queue_repo.LANE_RANK.get(row.lane or "", 3) for row in rows]
    assert ranks == sorted(ranks)
    same_lane = [row for row in rows if row.lane == rows[-1].lane]
    assert [r.lodged_at for r in same_lane if r.score == same_lane[0].score] == sorted(
        (r.lodged_at for r in same_lane if r.score == same_lane[0].score), reverse=True)


def test_rows_show_the_latest_version_and_route(stocked: StationSession) -> None:
    rows = {row.declaration_id: row for row in queue_page(stocked, queue_keys(stocked))}
    assert rows["D-CAR"].version == 2
    assert rows["D-CAR"].goods_lines == 2
    assert "(+1 more lines)" in rows["D-CAR"].goods_summary
    assert rows["D-RED"].route == "TR › BG › RS"
    assert rows["D-EXPORT"].route == "RS › DE"
    assert rows["D-TRANSIT"].lodged_at.isoformat() == "2026-11-27T22:30:00+01:00"
    assert count_declarations(stocked) == 5


@pytest.mark.parametrize(("queue_filter", "expected"), [
    (QueueFilter(lanes=frozenset({"red"})), {"D-RED"}),
    (QueueFilter(procedure="transit"), {"D-TRANSIT"}),
    (QueueFilter(procedure="export"), {"D-EXPORT"}),
    (QueueFilter(transport_mode="car"), {"D-CAR"}),
    # Today in Belgrade began at 2026-11-27 23:00 UTC.
    (QueueFilter(period=Period.TODAY), {"D-RED", "D-CAR", "D-LATE"}),
    (QueueFilter(period=Period.TWO_DAYS), {"D-RED", "D-CAR", "D-LATE", "D-TRANSIT"}),
    (QueueFilter(period=Period.MONTH), {"D-RED", "D-CAR", "D-LATE", "D-TRANSIT", "D-EXPORT"}),
    (QueueFilter(query="petrovic"), {"D-TRANSIT"}),
    (QueueFilter(query="office chairs"), {"D-CAR"}),
    (QueueFilter(query="!!!"), set()),
    (QueueFilter(query="revolvers", procedure="export"), set()),
])
def test_filters_select_what_they_say(stocked: StationSession, queue_filter: QueueFilter,
                                      expected: set[str]) -> None:
    assert set(ids(stocked, queue_filter)) == expected


def test_the_inspection_filter_and_the_lane_in_force(stocked: StationSession) -> None:
    inspection = start_inspection(stocked, "D-RED", "physical")
    assert ids(stocked, QueueFilter(inspection=InspectionState.OPEN)) == ["D-RED"]
    assert "D-RED" not in ids(stocked, QueueFilter(inspection=InspectionState.NOT_INSPECTED))
    record_outcome(stocked, inspection.id, "nothing_found")
    assert ids(stocked, QueueFilter(inspection=InspectionState.INSPECTED)) == ["D-RED"]
    [row] = queue_page(stocked, queue_keys(stocked, QueueFilter(query="D-RED")))
    assert row.inspection == "nothing_found"
    change_lane(stocked, "D-CAR", "red", "driver nervous, fresh welds under the floor")
    red = ids(stocked, QueueFilter(lanes=frozenset({"red"})))
    assert set(red) == {"D-RED", "D-CAR"}
    [car] = queue_page(stocked, queue_keys(stocked, QueueFilter(query="D-CAR")))
    assert (car.lane, car.assessed_lane) == ("red", "green")


def test_each_column_sorts_both_ways(stocked: StationSession) -> None:
    for order in QueueOrder:
        forward = ids(stocked, order=order)
        backward = ids(stocked, order=order, descending=True)
        assert sorted(forward) == sorted(backward) == sorted(ids(stocked))
        assert backward == forward[::-1], order
    assert ids(stocked, order=QueueOrder.LODGED)[0] == "D-EXPORT"
    assert ids(stocked, order=QueueOrder.VERSION, descending=True)[0] == "D-CAR"


def test_the_change_marker_grows_with_every_write(stocked: StationSession) -> None:
    before = queue_change_marker(stocked)
    start_inspection(stocked, "D-CAR", "documents")
    assert queue_change_marker(stocked) > before


def test_the_derived_table_equals_a_rebuild(stocked: StationSession) -> None:
    inspection = start_inspection(stocked, "D-RED", "xray")
    record_outcome(stocked, inspection.id, "seizure")
    change_lane(stocked, "D-LATE", "yellow", "seal number differs from the CMR")
    conn = stocked.database.conn
    kept = conn.execute("SELECT * FROM declaration_queue ORDER BY 1").fetchall()
    with stocked.database.transaction() as write:
        write.execute("DELETE FROM declaration_queue")
        queue_repo.rebuild_queue(write)
    rebuilt = conn.execute("SELECT * FROM declaration_queue ORDER BY 1").fetchall()
    assert [tuple(row) for row in kept] == [tuple(row) for row in rebuilt]


_LANES = st.sampled_from([None, frozenset({"red"}), frozenset({"green"}),
                          frozenset({"red", "yellow"}), frozenset({None})])


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lanes=_LANES, procedure=st.sampled_from([None, "import", "export", "transit"]),
       mode=st.sampled_from([None, "truck", "car", "rail", "van"]),
       period=st.sampled_from(list(Period)), order=st.sampled_from(list(QueueOrder)))
def test_filters_agree_with_filtering_the_full_list(
    stocked: StationSession, lanes: frozenset[str | None] | None, procedure: str | None,
    mode: str | None, period: Period, order: QueueOrder,
) -> None:
    everything = queue_page(stocked, queue_keys(stocked))
    starts = {Period.ALL: None, Period.TODAY: "2026-11-27T23:00",
              Period.TWO_DAYS: "2026-11-26T23:00", Period.WEEK: "2026-11-21T23:00",
              Period.MONTH: "2026-10-29T23:00"}
    start = starts[period]
    expected = {
        row.declaration_id for row in everything
        if (lanes is None or row.lane in lanes)
        and (procedure is None or row.procedure == procedure)
        and (mode is None or row.transport_mode == mode)
        and (start is None or row.lodged_at.astimezone(UTC).isoformat() >= start)
    }
    chosen = QueueFilter(lanes=lanes, procedure=procedure, transport_mode=mode, period=period)
    assert set(ids(stocked, chosen, order)) == expected


def test_a_second_connection_sees_new_declarations_by_the_marker(
    stocked: StationSession, write_json: Callable[..., Path]
) -> None:
    before = queue_change_marker(stocked)
    assert stocked.path is not None
    with open_station(stocked.path, actor="inbox") as other:
        report = import_files(other, [write_json([declaration("D-NEW")], "new.json")])
        assert report.ok
    assert queue_change_marker(stocked) > before
    assert "D-NEW" in ids(stocked)


def test_json_of_a_summary_names_lane_and_inspection(stocked: StationSession) -> None:
    [row] = queue_page(stocked, queue_keys(stocked, QueueFilter(query="D-RED")))
    data = row.to_json()
    assert data["lane"] == "red" and data["inspection"] is None
    json.dumps(data)


@pytest.mark.parametrize("order", list(QueueOrder))
@pytest.mark.parametrize("selection", [
    queue_repo.QueueSelection(),
    queue_repo.QueueSelection(lanes=frozenset({"red", "yellow"})),
    queue_repo.QueueSelection(lanes=frozenset({None}), procedure="import"),
    queue_repo.QueueSelection(transport_mode="road", inspection=InspectionState.OPEN),
    queue_repo.QueueSelection(lodged_from="2026-11-27", inspection=InspectionState.INSPECTED),
], ids=["all", "lanes", "unscreened-import", "road-open", "period-inspected"])
def test_every_order_and_filter_reads_one_covering_index(
        stocked: StationSession, order: QueueOrder,
        selection: queue_repo.QueueSelection) -> None:
    """Sorting 100,000 rows stays fast only while SQLite neither sorts nor visits the
    table: the plan must walk one covering index in the asked order (both ways)."""
    conn = stocked.database.conn
    for descending in (False, True):
        where, params = queue_repo._where(selection)
        terms = queue_repo._ORDER_BY[order]
        if descending:
            terms = tuple(queue_repo._flip(term) for term in terms)
        plan = " | ".join(row[3] for row in conn.execute(
            f"EXPLAIN QUERY PLAN SELECT declaration_rowid FROM declaration_queue{where}"
            f" ORDER BY {', '.join(terms)}", params))
        assert "COVERING INDEX declaration_queue_by_" in plan, plan
        # A sort of the rows that tie on the index's leading keys ("RIGHT PART") is
        # fine; sorting the whole selection is what must never happen.
        assert "TEMP B-TREE FOR ORDER BY" not in plan, plan
