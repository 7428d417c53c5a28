"""The change log and the recorded tables are append-only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from borderdesk.services.intake import import_files
from borderdesk.services.station import StationSession, configure_station
from borderdesk.store.changelog import read_changes
from tests.conftest import declaration


def test_every_change_is_logged_in_order_with_who_and_which_station(
        session: StationSession, write_json) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration("A-1"), declaration("A-2")])])
    import_files(session, [write_json([declaration("A-1", crossing="RS-HOR")], "v2.json")])
    changes = read_changes(session.database.conn)
    assert [(c.entity, c.operation) for c in changes] == [
        ("station", "create"),
        ("declaration", "create"), ("declaration", "create"), ("import", "create"),
        ("declaration", "amend"), ("import", "create"),
    ]
    assert [c.seq for c in changes] == sorted(c.seq for c in changes)
    assert {c.actor for c in changes} == {"tester"}
    assert {c.station_id for c in changes} == {session.station.id}
    assert changes[4].detail == {"version": 2}


def test_the_log_cannot_be_edited_or_deleted(session: StationSession) -> None:
    conn = session.database.conn
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE change_log SET actor = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM change_log")


def test_stored_versions_and_goods_cannot_be_rewritten(session: StationSession,
                                                       write_json) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration("A-1")])])
    conn = session.database.conn
    for statement in ("UPDATE declaration_versions SET content = '{}'",
                      "DELETE FROM goods_lines", "UPDATE parties SET name = 'x'",
                      "DELETE FROM documents"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(statement)


def test_every_record_carries_id_station_and_utc_times(session: StationSession,
                                                       write_json) -> None:  # type: ignore[no-untyped-def]
    import_files(session, [write_json([declaration("A-1")])])
    station_id = session.station.id
    for table in ("declarations", "declaration_versions", "parties", "documents",
                  "goods_lines", "imports", "station"):
        rows = session.database.query(
            f"SELECT id, station_id, created_at, updated_at FROM {table}")
        assert rows, table
        for row in rows:
            assert len(row["id"]) == 36
            assert row["station_id"] == station_id
            assert row["created_at"].endswith("Z")
            assert row["updated_at"].endswith("Z")


def test_changing_the_station_is_logged(session: StationSession) -> None:
    configure_station(session, name="Batrovci", time_zone="Europe/Belgrade")
    last = read_changes(session.database.conn)[-1]
    assert (last.entity, last.operation) == ("station", "update")
    assert last.detail == {"name": "Batrovci", "time_zone": "Europe/Belgrade"}


def test_a_reopened_station_keeps_its_identity(db_path: Path) -> None:
    from borderdesk.services.station import open_station

    with open_station(db_path, actor="a") as first:
        station_id = first.station.id
    with open_station(db_path, actor="b") as second:
        assert second.station.id == station_id
