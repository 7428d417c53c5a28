"""Migration m011: cases opened before the audit chain covered them enter it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from borderdesk.services.audit import verify_station
from borderdesk.services.seizures import list_cases
from borderdesk.services.station import open_station
from borderdesk.store.database import APPLICATION_ID
from borderdesk.store.migrations import MIGRATIONS


def test_cases_already_opened_are_audited_by_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    MIGRATIONS.apply(db, stop_before="m011_seizure_case_record")
    applied = len(MIGRATIONS.applied(db))
    # What an older borderdesk wrote: a declaration, its inspection and the case it opened.
    stamp = "2026-11-28T08:00:00.000Z"
    conn.executescript(f"""
        INSERT INTO declarations (id, station_id, created_at, updated_at, created_by,
            updated_by, declaration_id, latest_version, latest_version_ref)
            VALUES ('D', 'S1', '{stamp}', '{stamp}', 'old', 'old', 'RED-9', 1, 'V');
        INSERT INTO declaration_versions (id, station_id, created_at, updated_at, created_by,
            declaration_ref, version, content_hash, content, lodged_at_utc,
            lodged_at_offset_min, crossing, procedure, transport_mode, origin_country,
            destination_country, itinerary, seals)
            VALUES ('V', 'S1', '{stamp}', '{stamp}', 'old', 'D', 1, 'h', '{{}}', '{stamp}', 60,
                    'RS-BAT', 'import', 'truck', 'TR', 'RS', '[]', '[]');
        INSERT INTO inspections (id, station_id, created_at, updated_at, created_by,
            declaration_ref, version_ref, kind, started_at, started_by, finished_at,
            finished_by, outcome) VALUES ('I', 'S1', '{stamp}', '{stamp}', 'old', 'D', 'V',
            'physical', '{stamp}', 'old', '{stamp}', 'old', 'seizure');
        INSERT INTO seizure_cases (id, station_id, created_at, updated_at, created_by,
            updated_by, case_number, declaration_ref, inspection_ref, opened_by, opened_at)
            VALUES ('C', 'S1', '{stamp}', '{stamp}', 'old', 'old', 'RS-BAT-2026-00001', 'D',
                    'I', 'old', '{stamp}');
    """)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={applied}")
    conn.close()

    with open_station(path, actor="tester") as session:
        [case] = list_cases(session)
        assert (case.case_number, case.crossing, case.status) == (
            "RS-BAT-2026-00001", "RS-BAT", "open")
        entries = session.database.conn.execute(
            "SELECT entity, entity_id, operation FROM audit_log").fetchall()
        assert [tuple(e) for e in entries] == [("seizure_cases", "C", "open")]
        assert verify_station(session) == []
