"""An encrypted station works like a plain one, and keeps nothing readable on disk.

A representative slice of the station's work (import, screening, the queue and its
search, an inspection that becomes a seizure case, an identified item, evidence
steps, a sealed package handed over, audit verify) runs on a database opened with a
key; then the database file, its -wal and its -shm are searched for the names,
plates and serial numbers the imported declarations carried.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from borderdesk.core.errors import StoreError
from borderdesk.core.text import compact, normalise
from borderdesk.identify.engine import walk_answers
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.assessments import screen_imported
from borderdesk.services.audit import verify_station
from borderdesk.services.custody import create_package, seal_package, transfer
from borderdesk.services.declarations import list_declarations, queue_keys, queue_page
from borderdesk.services.evidence_steps import record_step
from borderdesk.services.identification import checklist_for, record_walk
from borderdesk.services.inspections import record_outcome, start_inspection
from borderdesk.services.intake import import_files
from borderdesk.services.seizures import add_identified_item
from borderdesk.services.station import StationSession, open_station
from borderdesk.store import dbapi
from borderdesk.store.database import is_encrypted_file, open_database
from borderdesk.store.errors import EncryptedDatabaseError, NotEncryptedError, WrongKeyError
from tests.conftest import declaration
from tests.evidence.test_steps_support import MovingClock
from tests.identify.conftest import load_case

ROOT = Path(__file__).resolve().parents[2]
#: What the declarations carry that must never be readable on disk.
PLANTED = ("Dragoslav Vukčević", "Радомир Планташевић", "Kontrabanda Trgovina d.o.o.",
           "BG 777-QZ", "NS 4242-XW", "SN-PLNT-55817", "PLANTSEAL-90210")


def planted_declarations(path: Path) -> Path:
    """A JSON file of two declarations carrying the planted names, plates and serials."""
    first = declaration("RS-BAT-2026-PLANT1",
                        driver={"name": PLANTED[0], "nationality": "RS"},
                        consignee={"name": PLANTED[2], "country": "RS", "kind": "company"},
                        vehicle={"registration": PLANTED[3], "country": "RS"},
                        seals=[PLANTED[6]],
                        items=[{"line": 1, "hs_code": "930200", "quantity": 2,
                                "description": f"revolvers serial {PLANTED[5]}",
                                "unit": "pcs", "packages": 1, "gross_kg": 3.0,
                                "net_kg": 2.5, "value": 900.0, "currency": "EUR"}])
    second = declaration("RS-BAT-2026-PLANT2",
                         consignee={"name": PLANTED[1], "country": "RS", "kind": "private"},
                         vehicle={"registration": PLANTED[4], "country": "RS"})
    path.write_text(json.dumps([first, second], ensure_ascii=False), encoding="utf-8")
    return path


def leaked(paths: list[Path]) -> list[str]:
    """Which planted texts (as written, or folded as the search index keeps them) the
    files hold."""
    blobs = [path.read_bytes() for path in paths if path.exists()]
    forms = {form for text in PLANTED for form in (text, normalise(text), compact(text))}
    return sorted(form for form in forms if any(form.encode("utf-8") in blob
                                                for blob in blobs))


def database_files(path: Path) -> list[Path]:
    return [path, Path(f"{path}-wal"), Path(f"{path}-shm")]


def work_a_seizure(session: StationSession, source: Path) -> str:
    """The slice: import and screen, queue and search, inspection to seizure case, an
    identified item, evidence steps, a sealed package handed over. Returns the case number."""
    report = import_files(session, [source])
    assert report.ok and report.new == 2
    screening = screen_imported(session, report)
    assert screening is not None and len(screening.assessments) == 2
    summaries = queue_page(session, queue_keys(session))
    assert {s.declaration_id for s in summaries} == {"RS-BAT-2026-PLANT1", "RS-BAT-2026-PLANT2"}
    # The search index (FTS5) folds Cyrillic and diacritics: both spellings find it.
    assert [s.declaration_id for s in list_declarations(session, query="Vukcevic")] == [
        "RS-BAT-2026-PLANT1"]
    assert [s.declaration_id for s in list_declarations(session, query="Планташевић")] == [
        "RS-BAT-2026-PLANT2"]
    inspection = start_inspection(session, "RS-BAT-2026-PLANT1", "physical")
    ident = record_walk(session, inspection.id, "revolver", walk_answers(
        checklist_for(), load_case("revolver")["answers"]).walk)
    record_outcome(session, inspection.id, "seizure", "revolvers behind the seats")
    case_id, number = session.database.conn.execute(
        "SELECT id, case_number FROM seizure_cases WHERE inspection_ref = ?",
        (inspection.id,)).fetchone()
    add_identified_item(session, case_id, ident.id)
    for step, fields, item in (
            ("secure_scene", {"discovered_at": "2026-11-28T07:50", "place": "lane 2",
                              "officers_present": "Ana Petrović"}, None),
            ("photograph_in_place", {"views": "wide"}, None),
            ("identification", {"identification": "revolver"}, "1"),
            ("forensic_requests", {"requests": "none"}, "1")):
        record_step(session, str(number), step, fields, item=item)
    package = create_package(session, str(number), ["1"], "firearm", "revolver in a box")
    seal_package(session, package.id, ["ENC-SEAL-1"])
    transfer(session, package.id, "Ana Petrović", "Evidence Store", "storage", "Batrovci")
    return str(number)


def test_an_encrypted_station_does_the_days_work_and_keeps_nothing_readable(
        tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    keys = StationKeys.generate()
    source = planted_declarations(tmp_path / "planted.json")
    with open_station(path, actor="Ana Petrović", clock=MovingClock(), keys=keys) as session:
        assert session.database.encrypted and session.keys == keys
        number = work_a_seizure(session, source)
        assert [str(p) for p in verify_station(session)] == []
        # Our append-only triggers raise sqlcipher3's IntegrityError, which the
        # dbapi helpers name for either driver.
        with pytest.raises(dbapi.integrity_errors(), match="append-only"):
            session.database.conn.execute("DELETE FROM change_log")
        # While the station is open its WAL holds the latest pages: encrypted too.
        assert Path(f"{path}-wal").stat().st_size > 0
        assert leaked(database_files(path)) == []
    assert is_encrypted_file(path)
    assert leaked(database_files(path)) == []
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_schema").fetchone()
    with open_station(path, create=False, keys=keys) as session:
        assert [c.case_number for c in _cases(session)] == [number]
        assert [str(p) for p in verify_station(session)] == []


def _cases(session: StationSession) -> list[object]:
    from borderdesk.services.inspections import list_seizure_cases

    return list(list_seizure_cases(session))


def test_the_same_check_finds_the_planted_texts_in_a_plain_station(tmp_path: Path) -> None:
    # The search above can fail: on a plain station it finds what was imported.
    path = tmp_path / "station.db"
    with open_station(path, actor="Ana Petrović", clock=MovingClock()) as session:
        work_a_seizure(session, planted_declarations(tmp_path / "planted.json"))
    assert not is_encrypted_file(path)
    assert set(PLANTED) <= set(leaked(database_files(path)))


def test_encrypted_plain_and_wrong_key_are_each_refused_in_plain_words(tmp_path: Path) -> None:
    encrypted, plain = tmp_path / "encrypted.db", tmp_path / "plain.db"
    keys = StationKeys.generate()
    open_station(encrypted, keys=keys).close()
    open_station(plain).close()
    before = encrypted.read_bytes()
    with pytest.raises(EncryptedDatabaseError, match=r"encrypted\.db: is encrypted, but its"):
        open_station(encrypted, create=False)
    with pytest.raises(WrongKeyError, match=r"encrypted\.db: the station's key does not open"):
        open_database(encrypted, key=StationKeys.generate().database_key)
    with pytest.raises(NotEncryptedError, match=r"plain\.db: is not encrypted"):
        open_database(plain, key=keys.database_key)
    assert encrypted.read_bytes() == before
    assert all(issubclass(error, StoreError)
               for error in (EncryptedDatabaseError, WrongKeyError, NotEncryptedError))


def test_a_file_that_is_neither_sqlite_nor_whole_pages_is_not_taken_for_encrypted(
        tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert not is_encrypted_file(junk)
    assert not is_encrypted_file(empty)
    assert not is_encrypted_file(tmp_path / "missing.db")
    with pytest.raises(StoreError, match="not a station database") as refused:
        open_database(junk)
    assert not isinstance(refused.value, EncryptedDatabaseError)


def test_the_dbapi_helpers_name_each_drivers_classes(tmp_path: Path) -> None:
    plain = open_database(tmp_path / "plain.db")
    encrypted = open_database(tmp_path / "encrypted.db", key=StationKeys.generate().database_key)
    try:
        assert plain.driver is sqlite3
        assert encrypted.driver is not sqlite3
        for database in (plain, encrypted):
            assert database.driver.IntegrityError in dbapi.integrity_errors()
            assert database.driver.OperationalError in dbapi.operational_errors()
            assert database.driver.DatabaseError in dbapi.database_errors()
            row = database.query_one("SELECT 1 AS one, 'x' AS two")
            assert row is not None and row["two"] == "x" and tuple(row) == (1, "x")
            assert dict(zip(row.keys(), row, strict=True)) == {"one": 1, "two": "x"}
    finally:
        plain.close()
        encrypted.close()


def test_a_plain_station_never_loads_sqlcipher(tmp_path: Path) -> None:
    # Checked in a fresh interpreter: this one has loaded it for the tests above.
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from borderdesk.services.station import open_station\n"
        "from borderdesk.services.backup import backup_station\n"
        "with open_station(Path(sys.argv[1])) as session:\n"
        "    backup_station(session, Path(sys.argv[2]))\n"
        "print('sqlcipher3' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "station.db"),
                             str(tmp_path / "backup.bdbk")],
                            capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip() == "False"
