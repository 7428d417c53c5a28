"""Migration m018: the queue's lane rank, generated from the lane before, is stored."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from borderdesk.services.assessments import screen_imported
from borderdesk.services.declarations import QueueFilter, queue_keys, queue_page
from borderdesk.services.inspections import change_lane
from borderdesk.services.intake import import_files
from borderdesk.services.station import open_station
from borderdesk.store import queue_repo
from tests.conftest import declaration

REVOLVERS = [{"line": 1, "hs_code": "930200", "description": "revolvers", "gross_kg": 5}]
MIGRATION = "m018_queue_lane_rank_stored"
#: The column as borderdesk made it before m018 (m004's table).
GENERATED = ("lane_rank INTEGER GENERATED ALWAYS AS (CASE lane WHEN 'red' THEN 0"
             " WHEN 'yellow' THEN 1 WHEN 'green' THEN 2 ELSE 3 END) VIRTUAL")


def _lane_rank_kind(conn: sqlite3.Connection) -> int:
    """``hidden`` of table_xinfo: 0 for a stored column, 2 or 3 for a generated one."""
    (hidden,) = conn.execute("SELECT hidden FROM pragma_table_xinfo('declaration_queue')"
                             " WHERE name = 'lane_rank'").fetchone()
    return int(hidden)


def _as_before_m018(path: Path) -> None:
    """Give the queue table the generated column and index an older borderdesk made."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(f"""
        DROP INDEX declaration_queue_by_order;
        ALTER TABLE declaration_queue DROP COLUMN lane_rank;
        ALTER TABLE declaration_queue ADD COLUMN {GENERATED};
        CREATE INDEX declaration_queue_by_order
            ON declaration_queue({queue_repo.ORDER_INDEXES['order']});
        DELETE FROM _sqlite_migrations WHERE name = '{MIGRATION}';
    """)
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    conn.execute(f"PRAGMA user_version={version - 1}")
    assert _lane_rank_kind(conn) == 2
    conn.close()


def test_a_generated_lane_rank_becomes_a_stored_one_in_the_same_order(
        db_path: Path, write_json: Callable[..., Path]) -> None:
    objects = [declaration("D-RED", documents=[], items=REVOLVERS),
               declaration("D-GREEN", lodged_at="2026-11-28T09:00:00+01:00"),
               declaration("D-CHANGED", lodged_at="2026-11-28T10:00:00+01:00"),
               declaration("D-UNSCREENED", lodged_at="2026-11-28T11:00:00+01:00")]
    with open_station(db_path, actor="tester") as session:
        report = import_files(session, [write_json(objects[:3], "first.json")])
        screen_imported(session, report)
        change_lane(session, "D-CHANGED", "yellow", "seal number differs from the CMR")
        assert import_files(session, [write_json(objects[3:], "second.json")]).ok
        before = [row.declaration_id for row in
                  queue_page(session, queue_keys(session, QueueFilter()))]
    assert before[:2] == ["D-RED", "D-CHANGED"] and before[-1] == "D-UNSCREENED"
    _as_before_m018(db_path)

    with open_station(db_path, actor="tester") as session:
        conn = session.database.conn
        assert _lane_rank_kind(conn) == 0
        ranks = dict(conn.execute("SELECT declaration_id, lane_rank FROM declaration_queue"))
        assert ranks == {"D-RED": 0, "D-CHANGED": 1, "D-GREEN": 2, "D-UNSCREENED": 3}
        after = [row.declaration_id for row in
                 queue_page(session, queue_keys(session, QueueFilter()))]
        assert after == before
        plan = " | ".join(row[3] for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT declaration_rowid FROM declaration_queue"
            " ORDER BY lane_rank, score DESC, lodged_at_utc DESC, declaration_id"))
        assert "COVERING INDEX declaration_queue_by_order" in plan, plan
        # Rows written after the migration keep the rank too.
        change_lane(session, "D-GREEN", "red", "driver on the watch list")
        assert conn.execute("SELECT lane_rank FROM declaration_queue"
                            " WHERE declaration_id = 'D-GREEN'").fetchone()[0] == 0
