"""The station database: durable settings, identity, migrations, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from borderdesk.core.errors import StoreError
from borderdesk.store.database import APPLICATION_ID, open_database
from borderdesk.store.migrations import SCHEMA_VERSION


def test_a_new_database_is_durable_and_marked_as_ours(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        pragma = {name: database.query(f"PRAGMA {name}")[0][0]
                  for name in ("journal_mode", "synchronous", "foreign_keys", "application_id",
                               "user_version")}
    finally:
        database.close()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                      "application_id": APPLICATION_ID, "user_version": SCHEMA_VERSION}


def test_opening_again_applies_nothing_twice(db_path: Path) -> None:
    open_database(db_path).close()
    database = open_database(db_path)
    try:
        applied = database.query("SELECT count(*) FROM _sqlite_migrations")[0][0]
    finally:
        database.close()
    assert applied == SCHEMA_VERSION


def test_a_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(StoreError, match=r"not a borderdesk station database"):
        open_database(other)
    assert other.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        open_database(junk)


def test_a_database_from_a_newer_borderdesk_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer borderdesk"):
        open_database(db_path)


def test_opening_a_missing_database_without_create_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such station database"):
        open_database(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_a_failed_transaction_leaves_nothing(db_path: Path) -> None:
    database = open_database(db_path)
    insert = ("INSERT INTO change_log (changed_at, station_id, actor, entity, entity_id,"
              " operation) VALUES ('t', 's', 'a', 'e', 'i', 'o')")

    def interrupted_write() -> None:
        with database.transaction() as conn:
            conn.execute(insert)
            raise RuntimeError("power cut")

    try:
        with pytest.raises(RuntimeError, match="power cut"):
            interrupted_write()
        assert database.query("SELECT count(*) FROM change_log")[0][0] == 0
    finally:
        database.close()


def test_nested_transactions_roll_back_only_the_inner_part(db_path: Path) -> None:
    database = open_database(db_path)
    insert = ("INSERT INTO change_log (changed_at, station_id, actor, entity, entity_id,"
              " operation) VALUES ('t', 's', 'a', 'e', ?, 'o')")

    def failing_inner_write() -> None:
        with database.transaction() as conn:
            conn.execute(insert, ("inner",))
            raise ValueError("inner failed")

    try:
        with database.transaction() as conn:
            conn.execute(insert, ("outer",))
            with pytest.raises(ValueError, match="inner failed"):
                failing_inner_write()
        ids = [row[0] for row in database.query("SELECT entity_id FROM change_log")]
    finally:
        database.close()
    assert ids == ["outer"]


def test_writes_take_the_write_lock_up_front(db_path: Path) -> None:
    first = open_database(db_path)
    second = open_database(db_path)
    second.conn.execute("PRAGMA busy_timeout=50")
    try:
        with first.transaction(), pytest.raises(sqlite3.OperationalError, match="locked"):
            second.conn.execute("BEGIN IMMEDIATE")
    finally:
        first.close()
        second.close()
