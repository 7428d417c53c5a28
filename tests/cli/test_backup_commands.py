"""``borderdesk backup`` and ``borderdesk restore``, and what the command line says about an
encrypted station it cannot open: always in words, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from borderdesk.security.station_keys import StationKeys
from borderdesk.services.station import open_station
from tests.cli.helpers import Run
from tests.conftest import declaration


def _plain_station(tmp_path: Path, run: Callable[..., Run]) -> Path:
    db = tmp_path / "station" / "station.db"
    source = tmp_path / "one.json"
    source.write_text(json.dumps([declaration()]), encoding="utf-8")
    assert run("import", source, "--db", db).code == 0
    return db


def test_backup_of_a_plain_station_warns_and_restore_puts_it_back(
        tmp_path: Path, run: Callable[..., Run]) -> None:
    db = _plain_station(tmp_path, run)
    backup = tmp_path / "station.bdbk"
    made = run("backup", backup, "--db", db)
    assert made.code == 0, made
    assert "backup written and verified" in made.out
    assert "warning: the station is not encrypted" in made.err
    restored = tmp_path / "restored" / "station.db"
    done = run("restore", backup, "--db", restored)
    assert done.code == 0, done
    assert "restored from" in done.out and "kept in" not in done.out
    listed = run("declarations", "list", "--db", restored, "--format", "jsonl")
    assert [row["declaration_id"] for row in listed.objects()] == ["RS-BAT-2026-000123"]
    again = run("restore", backup, "--db", restored)
    assert again.code == 2 and "a station is already there" in again.err
    replaced = run("restore", backup, "--db", restored, "--replace")
    assert replaced.code == 0 and "The station it replaced is kept in" in replaced.out


def test_an_encrypted_station_without_sign_in_is_refused_in_words(
        tmp_path: Path, run: Callable[..., Run]) -> None:
    db = tmp_path / "station.db"
    open_station(db, keys=StationKeys.generate()).close()
    for argv in (("station", "show"), ("declarations", "list"), ("backup", tmp_path / "b.bdbk")):
        refused = run(*argv, "--db", db)
        assert refused.code == 2
        assert refused.err.strip() == (f"borderdesk: error: {db}: is encrypted, but its key "
                                       f"file station.db.keys is missing: restore the key "
                                       f"file from a backup")
    assert not (tmp_path / "b.bdbk").exists()


def test_a_damaged_backup_is_refused_naming_the_file_and_the_member(
        tmp_path: Path, run: Callable[..., Run]) -> None:
    db = _plain_station(tmp_path, run)
    backup = tmp_path / "station.bdbk"
    assert run("backup", backup, "--db", db).code == 0
    data = bytearray(backup.read_bytes())
    data[len(data) // 3] ^= 0x55
    backup.write_bytes(bytes(data))
    refused = run("restore", backup, "--db", tmp_path / "restored" / "station.db")
    assert refused.code == 2
    assert f"borderdesk: error: {backup}: 'station.db' is damaged" in refused.err
    assert not (tmp_path / "restored" / "station.db").exists()
