"""Inspections: start, record the outcome once, seizure cases, lane changes, back-testing."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import pytest

from borderdesk.core.errors import UserInputError
from borderdesk.services.assessments import active_profile, screen_imported
from borderdesk.services.backtest import backtest_profiles, inspection_outcomes
from borderdesk.services.inspections import (
    change_lane,
    list_inspections,
    list_lane_changes,
    record_outcome,
    start_inspection,
)
from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, configure_station
from borderdesk.store.changelog import read_changes
from tests.conftest import declaration
from tests.rules.helpers import item


def screened(session: StationSession, write_json: Any) -> None:
    """RED-1 (revolvers without a licence) and GREEN-1, imported and screened."""
    report = import_files(session, [write_json([
        declaration("RED-1", items=[item(hs_code="930200", description="revolvers")],
                    documents=[]),
        declaration("GREEN-1")])])
    assert screen_imported(session, report) is not None


def test_nothing_found_is_recorded_and_feeds_the_backtest(
        session: StationSession, write_json: Any) -> None:
    screened(session, write_json)
    started = start_inspection(session, "RED-1", "physical")
    assert (started.declaration_id, started.kind, started.started_by) == (
        "RED-1", "physical", "tester")
    assert started.outcome is None and started.assessment_ref is not None

    done = record_outcome(session, started.id, "nothing_found", "  boxes of revolvers, "
                                                                 "licence shown later  ")
    assert done.outcome == "nothing_found" and done.finished_by == "tester"
    assert done.findings == "boxes of revolvers, licence shown later"
    assert done.case_number is None
    assert inspection_outcomes(session) == {"RED-1": "nothing_found"}
    [result] = backtest_profiles(session, [active_profile(session)],
                                 date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert result.outcomes_known == 1
    inspected = [r for r in result.rules if r.inspected]
    assert inspected and all((r.inspected, r.finds) == (1, 0) for r in inspected)
    assert list_inspections(session) == [done]
    assert list_inspections(session, "GREEN-1") == []
    changes = [(c.entity, c.operation) for c in read_changes(session.database.conn)]
    assert ("inspection", "start") in changes and ("inspection", "finish") in changes


def test_a_seizure_opens_a_numbered_case_and_counts_as_a_find(
        session: StationSession, write_json: Any) -> None:
    screened(session, write_json)
    configure_station(session, crossing_code="RS-BAT")
    first = record_outcome(session, start_inspection(session, "RED-1", "xray").id,
                           "seizure", "two revolvers in the spare wheel")
    year = first.finished_at.year if first.finished_at else 0
    assert first.case_number == f"RS-BAT-{year}-00001"
    second = record_outcome(session, start_inspection(session, "GREEN-1", "dog").id,
                            "seizure")
    assert second.case_number == f"RS-BAT-{year}-00002"
    row = session.database.query_one(
        "SELECT d.declaration_id, s.inspection_ref, s.status, s.opened_by FROM seizure_cases s"
        " JOIN declarations d ON d.id = s.declaration_ref WHERE s.case_number = ?",
        (first.case_number,))
    assert row is not None and tuple(row) == ("RED-1", first.id, "open", "tester")
    [result] = backtest_profiles(session, [active_profile(session)],
                                 date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert any(r.finds == 1 for r in result.rules)


def test_an_outcome_is_recorded_once(session: StationSession, write_json: Any) -> None:
    screened(session, write_json)
    inspection = start_inspection(session, "RED-1", "documents")
    record_outcome(session, inspection.id, "irregularity", "invoice value wrong")
    with pytest.raises(UserInputError, match="already finished"):
        record_outcome(session, inspection.id, "seizure")
    assert session.database.query_one("SELECT count(*) FROM seizure_cases")[0] == 0  # type: ignore[index]
    with pytest.raises(sqlite3.DatabaseError, match="recorded once"):
        session.database.conn.execute(
            "UPDATE inspections SET findings = 'x' WHERE id = ?", (inspection.id,))
    with pytest.raises(sqlite3.DatabaseError, match="never deleted"):
        session.database.conn.execute("DELETE FROM inspections")


@pytest.mark.parametrize(("call", "message"), [
    (lambda s: start_inspection(s, "NOPE-1", "physical"), "no declaration 'NOPE-1'"),
    (lambda s: start_inspection(s, "RED-1", "sniffing"), "not a kind of inspection"),
    (lambda s: record_outcome(s, "no-such-id", "seizure"), "no inspection"),
    (lambda s: record_outcome(s, start_inspection(s, "RED-1", "dog").id, "lost"),
     "not an inspection outcome"),
    (lambda s: change_lane(s, "RED-1", "green", "   "), "needs a reason"),
    (lambda s: change_lane(s, "RED-1", "green", ""), "needs a reason"),
    (lambda s: change_lane(s, "RED-1", "blue", "why"), "not a lane"),
    (lambda s: change_lane(s, "RED-1", "red", "already"), "already in the red lane"),
])
def test_expected_errors_are_plain(session: StationSession, write_json: Any, call: Any,
                                   message: str) -> None:
    screened(session, write_json)
    with pytest.raises(UserInputError, match=message):
        call(session)


def test_a_lane_change_keeps_the_assessment_and_the_change(
        session: StationSession, write_json: Any) -> None:
    screened(session, write_json)
    change = change_lane(session, "GREEN-1", "red", "driver nervous, fresh welds on the floor")
    assert (change.from_lane, change.to_lane, change.changed_by) == ("green", "red", "tester")
    later = change_lane(session, "GREEN-1", "yellow", "welds are a repair; papers to check")
    assert later.from_lane == "red"
    lanes = session.database.query(
        "SELECT a.lane FROM assessments a JOIN declarations d ON d.id = a.declaration_ref"
        " WHERE d.declaration_id = 'GREEN-1'")
    assert [row[0] for row in lanes] == ["green"]
    assert [(c.from_lane, c.to_lane) for c in list_lane_changes(session, "GREEN-1")] == [
        ("green", "red"), ("red", "yellow")]
    assert ("lane_change", "create") in [(c.entity, c.operation)
                                         for c in read_changes(session.database.conn)]


def test_lane_changes_are_append_only(session: StationSession, write_json: Any) -> None:
    screened(session, write_json)
    change_lane(session, "GREEN-1", "red", "tip-off")
    conn = session.database.conn
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE lane_changes SET reason = 'nothing'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("DELETE FROM lane_changes")
    with pytest.raises(sqlite3.IntegrityError), session.database.transaction() as tx:
        tx.execute("INSERT INTO lane_changes (id, station_id, created_at, updated_at,"
                   " declaration_ref, to_lane, reason, changed_by, changed_at)"
                   " SELECT 'x', station_id, created_at, updated_at, declaration_ref,"
                   " 'red', '  ', 'x', changed_at FROM lane_changes")
