"""Encrypting a plain station in place, rotating its key, and finding the key that opens it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from borderdesk.core.errors import StoreError
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.audit import verify_station
from borderdesk.services.declarations import count_declarations
from borderdesk.services.station import open_station
from borderdesk.store import cipher
from borderdesk.store.cipher import (
    PARTIAL_SUFFIX,
    encrypt_in_place,
    reencrypt_in_place,
    which_key,
)
from borderdesk.store.database import is_encrypted_file, open_database
from borderdesk.store.errors import EncryptedDatabaseError, NotEncryptedError, WrongKeyError
from tests.store.test_encrypted_station import (
    database_files,
    leaked,
    planted_declarations,
    work_a_seizure,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def plain_station(tmp_path: Path) -> Path:
    """A plain station that has done a day's work (declarations carrying planted texts,
    a seizure case with steps and custody)."""
    path = tmp_path / "station.db"
    with open_station(path, actor="Ana Petrović") as session:
        work_a_seizure(session, planted_declarations(tmp_path / "planted.json"))
    return path


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_encrypting_keeps_every_record_and_leaves_no_plaintext(plain_station: Path) -> None:
    keys = StationKeys.generate()
    encrypt_in_place(plain_station, keys.database_key)
    assert is_encrypted_file(plain_station)
    assert _beside(plain_station) == ["station.db"]  # no -wal, -shm or .encrypting
    assert leaked(database_files(plain_station)) == []
    with open_station(plain_station, create=False, keys=keys) as session:
        assert count_declarations(session) == 2
        assert [str(p) for p in verify_station(session)] == []
        cases = session.database.query("SELECT count(*) FROM seizure_cases")[0][0]
    assert cases == 1
    with pytest.raises(EncryptedDatabaseError):
        open_station(plain_station, create=False)


def test_writes_a_crashed_program_left_in_the_wal_are_encrypted_with_the_rest(
        tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    open_station(path).close()
    # A program that imports and dies without closing leaves its commits in -wal only.
    crashed = textwrap.dedent("""
        import json, os, sys
        from pathlib import Path
        from borderdesk.services.intake import import_files
        from borderdesk.services.station import open_station
        from tests.conftest import declaration
        source = Path(sys.argv[2])
        source.write_text(json.dumps([declaration("RS-BAT-2026-WAL1")]), encoding="utf-8")
        session = open_station(Path(sys.argv[1]))
        assert import_files(session, [source]).ok
        os._exit(0)
    """)
    subprocess.run([sys.executable, "-c", crashed, str(path), str(tmp_path / "one.json")],
                   check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert Path(f"{path}-wal").stat().st_size > 0
    keys = StationKeys.generate()
    encrypt_in_place(path, keys.database_key)
    assert _beside(path) == ["station.db"]
    with open_station(path, create=False, keys=keys) as session:
        assert count_declarations(session) == 1


def test_rotation_moves_the_database_to_the_new_key(plain_station: Path) -> None:
    old, new = StationKeys.generate(), StationKeys.generate()
    encrypt_in_place(plain_station, old.database_key)
    assert which_key(plain_station, [new.database_key, old.database_key]) == old.database_key
    reencrypt_in_place(plain_station, old.database_key, new.database_key)
    assert which_key(plain_station, [new.database_key, old.database_key]) == new.database_key
    assert _beside(plain_station) == ["station.db"]
    with pytest.raises(WrongKeyError):
        open_database(plain_station, key=old.database_key)
    with open_station(plain_station, create=False, keys=new) as session:
        assert count_declarations(session) == 2
        assert [str(p) for p in verify_station(session)] == []
    with pytest.raises(WrongKeyError, match="none of the station's keys"):
        which_key(plain_station, [old.database_key])


def test_a_leftover_of_an_interrupted_run_is_removed_by_the_next(plain_station: Path) -> None:
    partial = Path(f"{plain_station}{PARTIAL_SUFFIX}")
    partial.write_bytes(b"\x00" * 8192)
    Path(f"{partial}-journal").write_bytes(b"half a journal")
    keys = StationKeys.generate()
    encrypt_in_place(plain_station, keys.database_key)
    assert _beside(plain_station) == ["station.db"]
    open_database(plain_station, key=keys.database_key).close()


def test_a_copy_that_does_not_verify_leaves_the_database_as_it_was(
        plain_station: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    export = cipher._export

    def losing_a_row(source: object, partial: Path, key: bytes, user_version: int) -> None:
        export(source, partial, key, user_version)  # type: ignore[arg-type]
        damaged = open_database(partial, key=key)
        damaged.conn.execute("DROP TRIGGER change_log_no_delete")
        damaged.conn.execute("DELETE FROM change_log WHERE seq = 1")
        damaged.close()

    monkeypatch.setattr(cipher, "_export", losing_a_row)
    with pytest.raises(StoreError, match=r"did not verify.*table change_log: \d+ rows instead"):
        encrypt_in_place(plain_station, StationKeys.generate().database_key)
    assert _beside(plain_station) == ["station.db"]
    assert not is_encrypted_file(plain_station)
    with open_station(plain_station, create=False) as session:
        assert count_declarations(session) == 2
        assert [str(p) for p in verify_station(session)] == []


def test_what_cannot_be_encrypted_is_refused_untouched(plain_station: Path,
                                                       tmp_path: Path) -> None:
    keys, other = StationKeys.generate(), StationKeys.generate()
    with pytest.raises(StoreError, match="no such station database"):
        encrypt_in_place(tmp_path / "missing.db", keys.database_key)
    with pytest.raises(NotEncryptedError):
        reencrypt_in_place(plain_station, keys.database_key, other.database_key)
    encrypt_in_place(plain_station, keys.database_key)
    before = plain_station.read_bytes()
    with pytest.raises(EncryptedDatabaseError, match="already encrypted"):
        encrypt_in_place(plain_station, other.database_key)
    with pytest.raises(WrongKeyError, match="old key does not open it"):
        reencrypt_in_place(plain_station, other.database_key, keys.database_key)
    assert plain_station.read_bytes() == before


def test_a_station_open_elsewhere_is_not_encrypted(plain_station: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM declarations').fetchall(); print('open', flush=True);"
         " sys.stdin.readline()", str(plain_station)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(StoreError, match="is open in borderdesk or another program"):
            encrypt_in_place(plain_station, StationKeys.generate().database_key)
    finally:
        holder.communicate("done\n")
    assert not is_encrypted_file(plain_station)
    assert not Path(f"{plain_station}{PARTIAL_SUFFIX}").exists()
