"""Backing up a station into one file, and restoring a station from one.

:func:`backup_station` takes the database with SQLite's online backup API (the
window may keep working and writing: the copy is the database at one moment), then
the key file and the files beside the database (photo originals, reference packs)
as they are, and writes them with a manifest (:mod:`.backup_archive`) into a
temporary file in the target's folder. That file is fsynced and VERIFIED before it
takes the target's name: read again, every member's SHA-256 compared with the
manifest, the database copy opened (with the station's key when it is encrypted)
and checked whole. A backup that does not verify is removed and the error says why;
an older file of the same name is left as it was.

The database copy is taken before the photos: a photo's file is written before
its record, so every photo the copy records is in the photos folder by then. The
photo cache is left out (it is made again from the originals).

An encrypted station's backup holds only encrypted data (the database under the
station's key, the key file with its wrapped keys, photos as the photo store keeps
them). A plain station's backup is allowed but holds its data in plain form: the
report says so and the command line warns.

:func:`restore_station` checks the whole backup before it writes anything,
writes it into a hidden folder beside the target (every member's SHA-256 checked,
the database checked whole: with its key when given, else, for an encrypted one,
by its hash and its look), and only then swaps it in. An existing station (its
database, key file, photos, reference packs, photo cache) is replaced only with
``replace=True``, and is never deleted: it is moved into
``<db>.before-restore-<time>/`` beside it, whose path the report gives, because
what was recorded after the backup exists nowhere else; the user removes that
folder once the restored station is checked. Restore with the station closed.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from borderdesk import __version__
from borderdesk.core.clock import SystemClock, format_utc
from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.keyfile import key_file_path
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import requires
from borderdesk.services.backup_archive import (
    DATABASE_MEMBER,
    FOLDERS,
    KEYS_MEMBER,
    BackupError,
    BackupReader,
    Manifest,
    write_archive,
)
from borderdesk.services.exercise_guard import refuse_if_exercise
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store.database import is_encrypted_file
from borderdesk.store.migrations import SCHEMA_VERSION
from borderdesk.store.snapshot import check_database_file, fsync_folder, snapshot_database

#: Regenerated from the originals, so never backed up; set aside on restore.
_PHOTO_CACHE = "photo-cache"


@dataclass(frozen=True, slots=True)
class BackupReport:
    """A written and verified backup."""

    path: Path
    size: int
    manifest: Manifest

    @property
    def encrypted(self) -> bool:
        """Whether the backup's database is encrypted (else it holds plain data)."""
        return self.manifest.encrypted


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """A restored station."""

    database: Path
    manifest: Manifest
    #: Where the station it replaced was moved (``None``: there was none).
    set_aside: Path | None


def key_file_of(db_path: Path) -> Path:
    """The key file beside a station database (``station.db.keys``)."""
    return key_file_path(db_path)


@requires(Permission.ADMINISTER)
def backup_station(session: StationSession, target: Path, *,
                   replace: bool = False) -> BackupReport:
    """Back the station up into the file ``target`` and verify it (see the module)."""
    if session.path is None:
        raise UserInputError(tr("a station in memory cannot be backed up"))
    # A backup of the live station must never carry an exercise's made-up records.
    refuse_if_exercise(session, tr("a backup of the station"))
    if target.exists() and not replace:
        raise UserInputError(tr("{file}: already exists; choose another name", file=target))
    if not target.parent.is_dir():
        raise UserInputError(tr("{folder}: no such folder", folder=target.parent))
    data_folder = session.path.resolve().parent
    if any(target.parent.resolve().is_relative_to(data_folder / name) for name in FOLDERS):
        raise UserInputError(tr("{file}: a backup cannot be written inside the folders it "
                                "backs up", file=target))
    key = session.keys.database_key if session.keys is not None else None
    keys_file = key_file_of(session.path)
    if key is not None and not keys_file.is_file():
        raise BackupError(tr("{file}: the station's key file is missing; a backup without it "
                             "could never be opened", file=keys_file))
    station = session.station
    work = Path(tempfile.mkdtemp(prefix=".borderdesk-backup-", dir=target.parent))
    try:
        copy = work / DATABASE_MEMBER
        snapshot_database(session.database, copy, key)
        facts = check_database_file(copy, key)
        files = [(DATABASE_MEMBER, copy)]
        if keys_file.is_file():
            files.append((KEYS_MEMBER, keys_file))
        files.extend(_folder_files(data_folder))
        header = {"created_at": format_utc(session.clock.now()),
                  "station_id": station.id, "encrypted": key is not None,
                  "key_id": session.keys.key_id if session.keys is not None else None,
                  "schema_version": facts.schema_version, "borderdesk_version": __version__}
        partial = work / "backup.zip"
        manifest = write_archive(partial, files, header)
        try:
            verify_backup(partial, key)
        except BorderdeskError as exc:
            raise BackupError(tr("{file}: the backup did not verify, so it was not kept: "
                                 "{reason}", file=target, reason=exc)) from None
        partial.replace(target)
        fsync_folder(target.parent)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    record_event(session, "backup", subject=target.name, details={
        "file": target.name, "members": len(manifest.members), "encrypted": key is not None})
    return BackupReport(target, target.stat().st_size, manifest)


def _folder_files(data_folder: Path) -> Iterator[tuple[str, Path]]:
    for folder_name in FOLDERS:
        folder = data_folder / folder_name
        if not folder.is_dir() or folder.is_symlink():
            continue
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.is_symlink():
                yield path.relative_to(data_folder).as_posix(), path


def verify_backup(path: Path, database_key: bytes | None) -> Manifest:
    """Read the backup ``path`` whole: every check of :class:`BackupReader`, every member's
    SHA-256, and its database opened (with ``database_key`` when encrypted) and checked.

    Raises :class:`BackupError` naming the file and what is wrong.
    """
    work = Path(tempfile.mkdtemp(prefix=".borderdesk-verify-", dir=path.parent))
    try:
        with BackupReader(path) as reader:
            for member in reader.manifest.members:
                if member.name != DATABASE_MEMBER:
                    reader.check(member.name)
            reader.extract(DATABASE_MEMBER, work / DATABASE_MEMBER)
            manifest = reader.manifest
        _check_database(path, work / DATABASE_MEMBER, manifest, database_key)
        return manifest
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _check_database(backup: Path, copy: Path, manifest: Manifest, key: bytes | None) -> None:
    """The database member is whole and is the station the manifest names."""
    if manifest.encrypted != is_encrypted_file(copy):
        raise BackupError(tr("{file}: '{member}' is {state}, but the manifest says otherwise",
                             file=backup, member=DATABASE_MEMBER,
                             state=tr("encrypted") if is_encrypted_file(copy)
                             else tr("not encrypted")))
    if manifest.encrypted and key is None:
        return  # without the key its SHA-256 (checked) is what can be known
    try:
        facts = check_database_file(copy, key if manifest.encrypted else None)
    except BorderdeskError as exc:
        raise BackupError(tr("{file}: '{member}' {problem}", file=backup,
                             member=DATABASE_MEMBER, problem=exc)) from None
    if facts.schema_version != manifest.schema_version or facts.station_id != manifest.station_id:
        raise BackupError(tr("{file}: '{member}' is not the station the manifest names",
                             file=backup, member=DATABASE_MEMBER))


def _station_parts(db: Path) -> list[Path]:
    """What makes up the station at ``db`` on disk (what a restore would replace)."""
    folder = db.parent
    candidates = [db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"),
                  key_file_of(db), *(folder / name for name in FOLDERS),
                  folder / _PHOTO_CACHE]
    return [path for path in candidates if path.exists() or path.is_symlink()]


def restore_station(backup_file: Path, target_db: Path, *, replace: bool = False,
                    database_key: bytes | None = None) -> RestoreReport:
    """Restore the station in ``backup_file`` as ``target_db`` (see the module).

    ``database_key``, when the caller has it, lets an encrypted database be opened and
    checked whole before it is swapped in.
    """
    target_db = target_db.absolute()
    folder = target_db.parent
    with BackupReader(backup_file) as reader:
        manifest = reader.manifest
        if manifest.schema_version > SCHEMA_VERSION:
            raise BackupError(tr(
                "{file}: made by a newer borderdesk (schema {found}, this version knows "
                "{known}); update borderdesk to restore it", file=backup_file,
                found=manifest.schema_version, known=SCHEMA_VERSION))
        present = _station_parts(target_db)
        if present and not replace:
            raise UserInputError(tr(
                "{db}: a station is already there ({parts}); to replace it, restore with "
                "--replace (it is kept aside, not deleted)", db=target_db,
                parts=", ".join(path.name for path in present)))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserInputError(tr("{folder}: cannot create the folder ({reason})",
                                    folder=folder, reason=exc.strerror)) from None
        staging = folder / f".{target_db.name}.restoring"
        shutil.rmtree(staging, ignore_errors=True)  # what an interrupted restore left
        staging.mkdir()
        try:
            reader.extract_all(staging)
            _check_database(backup_file, staging / DATABASE_MEMBER, manifest, database_key)
            set_aside = _set_aside(target_db, present) if present else None
            _move_in(staging, target_db)
            fsync_folder(folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return RestoreReport(target_db, manifest, set_aside)


def _set_aside(db: Path, parts: list[Path]) -> Path:
    stamp = format_utc(SystemClock().now()).replace(":", "").replace("-", "")[:15]
    aside = db.parent / f"{db.name}.before-restore-{stamp}Z"
    aside.mkdir()
    for part in parts:
        part.rename(aside / part.name)
    fsync_folder(db.parent)
    return aside


def _move_in(staging: Path, db: Path) -> None:
    """Move the staged station into place, the database last (it marks a station there)."""
    for name in FOLDERS:
        if (staging / name).is_dir():
            (staging / name).rename(db.parent / name)
    if (staging / KEYS_MEMBER).is_file():
        (staging / KEYS_MEMBER).rename(key_file_of(db))
    (staging / DATABASE_MEMBER).rename(db)
