"""Backing a station up into one file and restoring it: whole, verified, encrypted when the
station is, taken while the station keeps writing, and refused in plain words when the
file is damaged, cut short or hostile."""

from __future__ import annotations

import json
import os
import shutil
import threading
import zipfile
from pathlib import Path

import pytest

from borderdesk.core.errors import BorderdeskError, StoreError, UserInputError
from borderdesk.security.station_keys import StationKeys
from borderdesk.services import backup as backup_service
from borderdesk.services.audit import verify_station
from borderdesk.services.backup import (
    backup_station,
    key_file_of,
    restore_station,
    verify_backup,
)
from borderdesk.services.backup_archive import BackupError
from borderdesk.services.declarations import count_declarations
from borderdesk.services.intake import import_files
from borderdesk.services.station import open_station
from tests.conftest import declaration
from tests.evidence.test_steps_support import MovingClock
from tests.store.test_encrypted_station import PLANTED, planted_declarations, work_a_seizure

KEYS = StationKeys(bytes(range(32)))
#: The key file's content is the accounts work's; a backup copies it as it is.
KEY_FILE_BYTES = os.urandom(300)
PHOTO_BYTES = os.urandom(5000)
CODELIST_BYTES = b"# installed from headquarters\nversion: 7\n"


def _station(folder: Path, keys: StationKeys | None) -> Path:
    """A station that has done a day's work, with a key file and a photo beside it."""
    path = folder / "station.db"
    folder.mkdir(parents=True, exist_ok=True)
    with open_station(path, actor="Ana Petrović", clock=MovingClock(), keys=keys) as session:
        work_a_seizure(session, planted_declarations(folder / "planted.json"))
    if keys is not None:
        key_file_of(path).write_bytes(KEY_FILE_BYTES)
    (folder / "photos" / "ab").mkdir(parents=True)
    (folder / "photos" / "ab" / "abcdef.bin").write_bytes(PHOTO_BYTES)
    (folder / "photo-cache").mkdir()
    # A code list headquarters published and the station installed.
    (folder / "installed-codelists").mkdir()
    (folder / "installed-codelists" / "countries.yaml").write_bytes(CODELIST_BYTES)
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted station's folder, made once for the module."""
    return _station(tmp_path_factory.mktemp("template") / "station", KEYS).parent


@pytest.fixture
def encrypted_station(template: Path, tmp_path: Path) -> Path:
    """A copy of the template station, the test's own."""
    shutil.copytree(template, tmp_path / "station")
    return tmp_path / "station" / "station.db"


class Writer(threading.Thread):
    """Imports declarations on a connection of its own until stopped (the window at work)."""

    def __init__(self, path: Path, folder: Path) -> None:
        super().__init__()
        self.path, self.folder = path, folder
        self.stop = threading.Event()
        self.imported = 0
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            with open_station(self.path, create=False, keys=KEYS) as session:
                while not self.stop.is_set():
                    source = self.folder / f"w{self.imported}.json"
                    source.write_text(json.dumps([declaration(f"RS-BAT-W-{self.imported}")]),
                                      encoding="utf-8")
                    assert import_files(session, [source]).ok
                    self.imported += 1
        except BaseException as exc:  # reported by the test
            self.error = exc


def test_a_backup_taken_while_the_station_writes_restores_whole(
        encrypted_station: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup.bdbk"
    writer = Writer(encrypted_station, tmp_path)
    with open_station(encrypted_station, create=False, keys=KEYS) as session:
        writer.start()
        try:
            while writer.imported < 3 and writer.error is None:
                writer.stop.wait(0.01)
            report = backup_station(session, target)
            during = writer.imported
        finally:
            writer.stop.set()
            writer.join()
        assert writer.error is None
        station_id = session.station.id
    assert report.encrypted and report.manifest.key_id == KEYS.key_id
    assert sorted(m.name for m in report.manifest.members) == [
        "installed-codelists/countries.yaml", "photos/ab/abcdef.bin", "station.db",
        "station.db.keys"]
    restored = tmp_path / "elsewhere" / "station.db"
    result = restore_station(target, restored, database_key=KEYS.database_key)
    assert result.set_aside is None and result.manifest.station_id == station_id
    assert key_file_of(restored).read_bytes() == KEY_FILE_BYTES
    assert (restored.parent / "photos" / "ab" / "abcdef.bin").read_bytes() == PHOTO_BYTES
    assert (restored.parent / "installed-codelists" / "countries.yaml").read_bytes() == \
        CODELIST_BYTES
    with open_station(restored, create=False, keys=KEYS) as session:
        # The copy is the database at one moment: some of the writer's imports, whole.
        assert 2 + 3 <= count_declarations(session) <= 2 + during + 1
        assert [str(p) for p in verify_station(session)] == []
    assert sorted(p.name for p in restored.parent.iterdir()) == [
        "installed-codelists", "photos", "station.db", "station.db.keys"]


def test_an_encrypted_stations_backup_holds_nothing_readable(encrypted_station: Path,
                                                            tmp_path: Path) -> None:
    from tests.store.test_encrypted_station import leaked

    target = tmp_path / "backup.bdbk"
    with open_station(encrypted_station, create=False, keys=KEYS) as session:
        backup_station(session, target)
    assert leaked([target]) == []
    manifest = json.loads(zipfile.ZipFile(target).read("manifest.json"))
    assert set(manifest) == {"format", "format_version", "created_at", "station_id",
                             "encrypted", "key_id", "schema_version", "borderdesk_version",
                             "members"}


def test_a_plain_stations_backup_is_allowed_and_says_it_is_plain(tmp_path: Path) -> None:
    from tests.store.test_encrypted_station import leaked

    path = _station(tmp_path / "station", None)
    target = tmp_path / "backup.bdbk"
    with open_station(path, create=False) as session:
        report = backup_station(session, target)
    assert not report.encrypted and report.manifest.key_id is None
    assert set(PLANTED) <= set(leaked([target]))
    restored = tmp_path / "elsewhere" / "station.db"
    restore_station(target, restored)
    with open_station(restored, create=False) as session:
        assert count_declarations(session) == 2


def test_restoring_over_a_station_needs_replace_and_keeps_the_old_one_aside(
        encrypted_station: Path, tmp_path: Path) -> None:
    target = tmp_path / "backup.bdbk"
    with open_station(encrypted_station, create=False, keys=KEYS) as session:
        backup_station(session, target)
    other = _station(tmp_path / "other", None)
    before = other.read_bytes()
    with pytest.raises(UserInputError, match=r"a station is already there \(station\.db, "
                                             r"photos, installed-codelists, photo-cache\)"
                                             r".*--replace"):
        restore_station(target, other)
    assert other.read_bytes() == before
    report = restore_station(target, other, replace=True)
    assert report.set_aside is not None
    assert (report.set_aside / "station.db").read_bytes() == before
    assert (report.set_aside / "photo-cache").is_dir()
    with open_station(other, create=False, keys=KEYS) as session:
        assert count_declarations(session) == 2
    assert not any(p.name.endswith(".restoring") for p in other.parent.iterdir())


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> None:
    """Copy a backup, replacing (or with None dropping) members; add the others as given."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            if info.filename in change:
                data = change.pop(info.filename)
                if data is not None:
                    new.writestr(info, data)
            else:
                new.writestr(info, old.read(info))
        for name, data in change.items():
            assert data is not None
            new.writestr(zipfile.ZipInfo(name), data)


@pytest.fixture(scope="module")
def good_backup(template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backup of the template station (read only by the tests)."""
    target = tmp_path_factory.mktemp("backup") / "backup.bdbk"
    with open_station(template / "station.db", create=False, keys=KEYS) as session:
        backup_station(session, target)
    return target


def test_a_damaged_or_cut_short_backup_is_refused_naming_what(good_backup: Path,
                                                             tmp_path: Path) -> None:
    restored = tmp_path / "restored" / "station.db"
    damaged = tmp_path / "damaged.bdbk"
    data = bytearray(good_backup.read_bytes())
    with zipfile.ZipFile(good_backup) as archive:
        offset = archive.getinfo("station.db").header_offset + 100 + 4096
    data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))
    with pytest.raises(BackupError, match=r"damaged\.bdbk: 'station\.db' is damaged"):
        restore_station(damaged, restored)
    short = tmp_path / "short.bdbk"
    short.write_bytes(good_backup.read_bytes()[:-5000])
    with pytest.raises(BackupError, match=r"short\.bdbk: not a borderdesk backup, or it was "
                                          r"cut short"):
        restore_station(short, restored)
    assert not restored.parent.exists() or list(restored.parent.iterdir()) == []


@pytest.mark.parametrize(("change", "message"), [
    ({"../evil.sh": b"rm -rf"}, r"'\.\./evil\.sh' leaves the pack's folder"),
    ({"notes.txt": b"hello"}, r"'notes\.txt' is not part of a station backup"),
    ({"photos/extra.bin": b"x"}, r"'photos/extra\.bin' is in the backup but its manifest"),
    ({"station.db.keys": None}, r"'station\.db\.keys' is listed in the manifest but missing"),
    ({"manifest.json": b"{not json"}, r"'manifest\.json' does not read"),
    ({"manifest.json": json.dumps({"format": "borderdesk-station-backup",
                                   "format_version": 99}).encode()},
     r"'manifest\.json' does not read \(format version 99"),
])
def test_a_backup_that_is_not_what_we_wrote_is_refused(
        good_backup: Path, tmp_path: Path, change: dict[str, bytes | None],
        message: str) -> None:
    hostile = tmp_path / "hostile.bdbk"
    _rewrite(good_backup, hostile, dict(change))
    restored = tmp_path / "restored" / "station.db"
    with pytest.raises(BackupError, match=rf"hostile\.bdbk: {message}"):
        restore_station(hostile, restored)
    assert not restored.exists()
    assert not (tmp_path / "evil.sh").exists()


def test_a_symbolic_link_or_a_compressed_member_is_refused(good_backup: Path,
                                                          tmp_path: Path) -> None:
    linked = tmp_path / "linked.bdbk"
    with zipfile.ZipFile(good_backup) as old, zipfile.ZipFile(linked, "w") as new:
        for info in old.infolist():
            if info.filename == "station.db.keys":
                info.external_attr = (0o120777 << 16)
            new.writestr(info, old.read(info))
    with pytest.raises(BackupError, match=r"'station\.db\.keys' is a symbolic link"):
        verify_backup(linked, None)
    packed = tmp_path / "packed.bdbk"
    with zipfile.ZipFile(good_backup) as old, zipfile.ZipFile(packed, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            info.compress_type = zipfile.ZIP_DEFLATED
            new.writestr(info, data)
    with pytest.raises(BackupError, match=r"is compressed"):
        verify_backup(packed, None)


def test_a_backup_that_does_not_verify_is_not_kept(
        encrypted_station: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write = backup_service.write_archive

    def damaging(target: Path, *args: object) -> object:
        manifest = write(target, *args)  # type: ignore[arg-type]
        with open(target, "r+b") as handle:  # the disk returns another byte than was written
            handle.seek(200)
            byte = handle.read(1)
            handle.seek(200)
            handle.write(bytes([byte[0] ^ 0xFF]))
        return manifest

    monkeypatch.setattr(backup_service, "write_archive", damaging)
    target = tmp_path / "backup.bdbk"
    target.write_bytes(b"last week's backup")
    with open_station(encrypted_station, create=False, keys=KEYS) as session, \
            pytest.raises(BackupError, match=r"backup\.bdbk: the backup did not verify, so it "
                                             r"was not kept: .*'station\.db' is damaged"):
        backup_station(session, target, replace=True)
    assert target.read_bytes() == b"last week's backup"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backup.bdbk", "station"]


def test_what_cannot_be_backed_up_is_refused_in_words(encrypted_station: Path,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "backup.bdbk"
    target.write_bytes(b"x")
    with open_station(encrypted_station, create=False, keys=KEYS) as session:
        with pytest.raises(UserInputError, match="already exists"):
            backup_station(session, target)
        with pytest.raises(UserInputError, match="no such folder"):
            backup_station(session, tmp_path / "missing" / "b.bdbk")
        with pytest.raises(UserInputError, match="inside the folders it backs up"):
            backup_station(session, encrypted_station.parent / "photos" / "b.bdbk")
        key_file_of(encrypted_station).unlink()
        with pytest.raises(StoreError, match="key file is missing"):
            backup_station(session, tmp_path / "b.bdbk")
    assert issubclass(BackupError, BorderdeskError)
