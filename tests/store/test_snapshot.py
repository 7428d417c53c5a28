"""Copies of an open database by SQLite's online backup API, plain and encrypted."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderdesk.core.errors import StoreError
from borderdesk.security.station_keys import StationKeys
from borderdesk.store import dbapi
from borderdesk.store.database import is_encrypted_file, open_database
from borderdesk.store.snapshot import check_database_file, snapshot_database

KEY = StationKeys(b"k" * 32).database_key


def test_an_encrypted_database_is_copied_under_its_key(tmp_path: Path) -> None:
    database = open_database(tmp_path / "station.db", key=KEY)
    try:
        snapshot_database(database, tmp_path / "copy.db", KEY)
        source_version = database.query_one("PRAGMA user_version")
    finally:
        database.close()
    assert is_encrypted_file(tmp_path / "copy.db")
    assert not Path(f"{tmp_path / 'copy.db'}-wal").exists()
    assert source_version is not None
    assert check_database_file(tmp_path / "copy.db", KEY).schema_version == source_version[0]
    with pytest.raises(StoreError, match=r"copy\.db: file is not a database"):
        check_database_file(tmp_path / "copy.db", StationKeys(b"o" * 32).database_key)


def test_sqlcipher_refuses_to_copy_an_encrypted_database_into_plaintext(tmp_path: Path) -> None:
    # What keeps a backup from ever holding the encrypted station in plain form.
    database = open_database(tmp_path / "station.db", key=KEY)
    unkeyed = dbapi.cipher_driver().connect(str(tmp_path / "plain-copy.db"))
    try:
        with pytest.raises(dbapi.operational_errors()):
            database.conn.backup(unkeyed)
        with pytest.raises(ValueError, match="copied with its key"):
            snapshot_database(database, tmp_path / "other.db", None)
    finally:
        unkeyed.close()
        database.close()
    assert (tmp_path / "plain-copy.db").stat().st_size == 0


def test_a_plain_database_is_copied_plain_and_checked(tmp_path: Path) -> None:
    database = open_database(tmp_path / "station.db")
    try:
        snapshot_database(database, tmp_path / "copy.db", None)
    finally:
        database.close()
    assert check_database_file(tmp_path / "copy.db", None).station_id is None
    (tmp_path / "junk.db").write_bytes(b"x" * 4096)
    with pytest.raises(StoreError, match=r"junk\.db: file is not a database"):
        check_database_file(tmp_path / "junk.db", None)
