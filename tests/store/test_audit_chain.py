"""The audit chain: every tampering with evidence records or the chain is named by verify."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderdesk.cli import main
from borderdesk.core.ids import new_id
from borderdesk.services.audit import keep_checkpoint, parse_checkpoint, verify_station
from borderdesk.services.station import StationSession, open_station
from borderdesk.store import audit_repo
from borderdesk.store.audit_repo import Checkpoint


@pytest.fixture
def evidence(tmp_path: Path) -> Iterator[StationSession]:
    """A station with one audited test table ("exhibits") and three audited writes."""
    with open_station(tmp_path / "station.db") as session:
        with session.database.transaction() as conn:
            conn.execute("CREATE TABLE exhibits (id TEXT PRIMARY KEY, label TEXT, count INT)")
            conn.execute("INSERT INTO audit_tables (name) VALUES ('exhibits')")
        for label in ("pistol", "magazine", "cartridges"):
            write(session, new_id(), label, 1)
        yield session


def write(session: StationSession, record_id: str, label: str, count: int,
          operation: str = "record") -> None:
    with session.database.transaction() as conn:
        conn.execute("INSERT INTO exhibits (id, label, count) VALUES (?, ?, ?) ON CONFLICT(id)"
                     " DO UPDATE SET label = excluded.label, count = excluded.count",
                     (record_id, label, count))
        audit_repo.audit_record(conn, session.write_context(), "exhibits", record_id,
                                operation)


def tamper(session: StationSession, *statements: str) -> None:
    """What someone with plain sqlite3 could do (triggers dropped first)."""
    path = session.path
    assert path is not None
    raw = sqlite3.connect(path)
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for statement in statements:
        raw.execute(statement)
    raw.commit()
    raw.close()


def problems(session: StationSession, *points: Checkpoint) -> list[str]:
    return [str(p) for p in verify_station(session, points)]


def first_id(session: StationSession) -> str:
    return str(session.database.conn.execute(
        "SELECT entity_id FROM audit_log WHERE seq = 1").fetchone()[0])


def test_an_untouched_chain_verifies_and_checkpoints_grow(evidence: StationSession) -> None:
    assert problems(evidence) == []
    point = keep_checkpoint(evidence, "report")
    assert point.length == 3 and len(point.head_hash) == 64
    write(evidence, first_id(evidence), "pistol, corrected", 1, "correct")
    assert problems(evidence, point) == []
    assert audit_repo.head(evidence.database.conn).length == 4


def test_a_record_changed_with_plain_sqlite_is_named(evidence: StationSession) -> None:
    record = first_id(evidence)
    tamper(evidence, f"UPDATE exhibits SET count = 2 WHERE id = '{record}'")
    assert problems(evidence) == [
        f"exhibits record {record}: changed outside borderdesk since audit entry 1"]


def test_a_deleted_and_an_added_record_are_named(evidence: StationSession) -> None:
    record = first_id(evidence)
    tamper(evidence, f"DELETE FROM exhibits WHERE id = '{record}'",
           "INSERT INTO exhibits VALUES ('forged', 'rifle', 1)")
    assert problems(evidence) == [
        "exhibits record forged: not in the audit chain: written outside borderdesk",
        f"exhibits record {record}: deleted (last recorded in audit entry 1)"]


def test_a_changed_entry_is_named(evidence: StationSession) -> None:
    tamper(evidence, "UPDATE audit_log SET actor = 'someone else' WHERE seq = 2")
    found = problems(evidence)
    assert len(found) == 1 and found[0].startswith("audit entry 2 (exhibits ")
    assert found[0].endswith("changed after it was written (its hash no longer matches)")


def test_a_removed_entry_is_named(evidence: StationSession) -> None:
    tamper(evidence, "DELETE FROM audit_log WHERE seq = 2")
    found = problems(evidence)
    assert "audit entries 2: missing: removed from the chain" in found
    assert any(p.startswith("audit entry 3 ") and "does not follow" in p for p in found)
    assert any("not in the audit chain" in p for p in found)  # its record is unaccounted


def test_reordered_entries_are_named(evidence: StationSession) -> None:
    tamper(evidence, "UPDATE audit_log SET seq = 99 WHERE seq = 2",
           "UPDATE audit_log SET seq = 2 WHERE seq = 3",
           "UPDATE audit_log SET seq = 3 WHERE seq = 99")
    found = problems(evidence)
    assert any(p.startswith("audit entry 2 ") for p in found)
    assert any(p.startswith("audit entry 3 ") for p in found)


def test_a_cut_off_tail_is_found_against_a_checkpoint(evidence: StationSession) -> None:
    printed = audit_repo.head(evidence.database.conn)  # as on a report, not kept
    kept = keep_checkpoint(evidence, "sync")
    tamper(evidence, "DELETE FROM audit_log WHERE seq = 3",
           "DELETE FROM exhibits WHERE id NOT IN (SELECT entity_id FROM audit_log)")
    found = problems(evidence, printed)
    assert f"checkpoint {printed}: the chain ends at entry 2: entries 3-3 are missing" in found
    assert any(p.startswith("checkpoint kept on") and "(sync)" in p for p in found)
    assert kept == printed


def test_a_rewritten_chain_is_found_against_a_checkpoint(evidence: StationSession) -> None:
    printed = audit_repo.head(evidence.database.conn)
    # Someone rebuilds entry 3 with a valid hash for a changed record: only the
    # checkpoint shows it.
    conn = evidence.database.conn
    seq, at, station, actor, entity, eid, op, reason, payload, prev, _, salt = conn.execute(
        "SELECT * FROM audit_log WHERE seq = 3").fetchone()
    forged = payload.replace('"count":1', '"count":5')
    digest = audit_repo.entry_hash(prev, seq, at, station, actor, entity, eid, op, reason,
                                   forged, salt)
    tamper(evidence, f"UPDATE exhibits SET count = 5 WHERE id = '{eid}'",
           f"UPDATE audit_log SET payload = '{forged}', hash = '{digest}' WHERE seq = 3")
    assert problems(evidence) == []  # the chain alone cannot tell
    assert problems(evidence, printed) == [
        f"checkpoint {printed}: entry 3 is not the one checkpointed: the chain was rewritten"]


def test_only_audited_tables_are_written_and_only_inside_transactions(
        evidence: StationSession) -> None:
    conn = evidence.database.conn
    with pytest.raises(RuntimeError, match="inside a transaction"):
        audit_repo.audit_record(conn, evidence.write_context(), "exhibits", "x", "record")
    with evidence.database.transaction() as conn, pytest.raises(ValueError, match="audited"):
        audit_repo.audit_record(conn, evidence.write_context(), "station", "x", "record")


def test_the_chain_cannot_be_changed_through_borderdesk(evidence: StationSession) -> None:
    with (pytest.raises(sqlite3.DatabaseError, match="append-only"),
          evidence.database.transaction() as conn):
        conn.execute("DELETE FROM audit_log WHERE seq = 1")


def test_a_checkpoint_is_read_as_printed() -> None:
    point = parse_checkpoint(f" 12:{'AB' * 32} ")
    assert point == Checkpoint(12, "ab" * 32) and str(point) == f"12:{'ab' * 32}"
    from borderdesk.core.errors import UserInputError
    with pytest.raises(UserInputError, match="LENGTH:HASH"):
        parse_checkpoint("12-abc")


def test_the_command_line_exits_0_when_intact_and_1_naming_problems(
        evidence: StationSession, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(evidence.path)
    assert main(["audit", "checkpoint", "--db", db, "--keep"]) == 0
    printed = capsys.readouterr().out.strip()
    assert main(["audit", "verify", "--db", db, "--checkpoint", printed]) == 0
    assert "The audit chain is intact: 3 entries" in capsys.readouterr().out
    record = first_id(evidence)
    tamper(evidence, f"UPDATE exhibits SET label = 'revolver' WHERE id = '{record}'")
    assert main(["audit", "verify", "--db", db]) == 1
    out = capsys.readouterr().out
    assert f"exhibits record {record}: changed outside borderdesk" in out
    assert main(["audit", "verify", "--db", db, "--checkpoint", "nonsense"]) == 2
    assert "is not a checkpoint" in capsys.readouterr().err


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=st.lists(st.tuples(st.integers(0, 4), st.integers(0, 9)), min_size=1,
                       max_size=12),
       victim=st.integers(0, 100), field=st.sampled_from(["actor", "payload", "entity_id",
                                                          "recorded_at", "operation"]))
def test_any_single_changed_entry_is_detected(tmp_path_factory: pytest.TempPathFactory,
                                             writes: list[tuple[int, int]], victim: int,
                                             field: str) -> None:
    folder = tmp_path_factory.mktemp("chain")
    with open_station(folder / "station.db") as session:
        with session.database.transaction() as conn:
            conn.execute("CREATE TABLE exhibits (id TEXT PRIMARY KEY, label TEXT, count INT)")
            conn.execute("INSERT INTO audit_tables (name) VALUES ('exhibits')")
        for record, count in writes:
            write(session, f"item-{record}", "item", count)
        assert problems(session) == []
        seq = victim % len(writes) + 1
        tamper(session, f"UPDATE audit_log SET {field} = {field} || 'x' WHERE seq = {seq}")
        assert any(p.startswith(f"audit entry {seq} ") for p in problems(session))
