"""The station backup file: a zip archive of uncompressed members and a manifest.

Members (docs/security.md, "Backup file"): ``manifest.json``; ``station.db`` (the
database, encrypted when the station is); ``station.db.keys`` (the key file, as it
was); ``photos/…`` and ``reference-packs/…`` (the files beside the database, as they
were). The manifest holds the format and its version, when the backup was made, the
station's id, whether the database is encrypted and the id of its key, the schema
version, and the size and SHA-256 of every other member: no name, plate or other
recorded data.

Why a zip and not a tar: its central directory lists every member with its size
before anything is read, so a damaged or hostile file is refused before one byte is
written; every member carries a CRC-32 besides our SHA-256; the member checks of
reference packs (:func:`borderdesk.identify.refpack_archive.member_problem`) apply
as they are; and every office computer opens a zip. Members are *stored*, not
compressed: encrypted data does not compress, and a stored member cannot be a zip
bomb (each member's size is its size in the file, which is checked).

:class:`BackupReader` checks, naming the file and the member: the archive reads;
every member name is one a backup holds (no absolute path, ``..``, backslash, link,
duplicate, or a name outside the layout above); members are stored and not
encrypted, their sizes add up to no more than the file; the manifest reads, is of a
known format version and names exactly the members present with their sizes; and,
as each member is written out, its SHA-256.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr
from borderdesk.identify.refpack_archive import member_problem
from borderdesk.store.snapshot import fsync_file

FORMAT = "borderdesk-station-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_MEMBER = "station.db"
KEYS_MEMBER = "station.db.keys"
#: The folders beside the database that a backup carries, file by file.
#: The folders beside the database that belong to the station (what HQ installed too).
FOLDERS = ("photos", "reference-packs", "installed-codelists")
_MAX_MANIFEST_BYTES = 128 << 20
_MAX_MEMBERS = 500_000
_CHUNK = 1 << 20


class BackupError(StoreError):
    """A backup that cannot be written, read, verified or restored."""


@dataclass(frozen=True, slots=True)
class Member:
    """One member of a backup: its name in the archive, size and SHA-256."""

    name: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """What a backup says about itself (``manifest.json``)."""

    created_at: str
    station_id: str
    encrypted: bool
    key_id: str | None
    schema_version: int
    borderdesk_version: str
    members: tuple[Member, ...]

    def to_json(self) -> bytes:
        data = {"format": FORMAT, "format_version": FORMAT_VERSION,
                "created_at": self.created_at, "station_id": self.station_id,
                "encrypted": self.encrypted, "key_id": self.key_id,
                "schema_version": self.schema_version,
                "borderdesk_version": self.borderdesk_version,
                "members": [{"name": m.name, "size": m.size, "sha256": m.sha256}
                            for m in self.members]}
        return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")


def member_name_problem(name: str) -> str | None:
    """Why ``name`` cannot be a member of a backup, or None."""
    problem = member_problem(name)
    if problem is not None:
        return problem
    if name in (MANIFEST, DATABASE_MEMBER, KEYS_MEMBER):
        return None
    if name.split("/", 1)[0] in FOLDERS and "/" in name and not name.endswith("/"):
        return None
    return tr("is not part of a station backup")


def write_archive(target: Path, files: Iterable[tuple[str, Path]],
                  header: dict[str, Any]) -> Manifest:
    """Write ``files`` (member name, source) and their manifest into the new zip ``target``,
    fsynced. ``header`` holds the manifest's other fields."""
    members: list[Member] = []
    stamp = _zip_time(header["created_at"])
    with zipfile.ZipFile(target, "x", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        for name, source in files:
            problem = member_name_problem(name)
            if problem is not None:
                raise BackupError(tr("{file}: cannot be backed up: '{member}' {problem}",
                                     file=source, member=name, problem=problem))
            members.append(_add(zf, name, source, stamp))
        manifest = Manifest(members=tuple(members), **header)
        info = zipfile.ZipInfo(MANIFEST, stamp)
        info.external_attr = 0o600 << 16
        zf.writestr(info, manifest.to_json())
    fsync_file(target)
    return manifest


def _zip_time(created_at: str) -> tuple[int, int, int, int, int, int]:
    # "2026-11-28T07:15:00.000Z" -> the zip's local time fields (it has no zone).
    date, time = created_at[:10], created_at[11:19]
    year, month, day = (int(part) for part in date.split("-"))
    hour, minute, second = (int(part) for part in time.split(":"))
    return year, month, day, hour, minute, second


def _add(zf: zipfile.ZipFile, name: str, source: Path,
         stamp: tuple[int, int, int, int, int, int]) -> Member:
    info = zipfile.ZipInfo(name, stamp)
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    info.file_size = source.stat().st_size  # large members get their zip64 header up front
    digest = hashlib.sha256()
    size = 0
    with open(source, "rb") as reader, zf.open(info, "w") as writer:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            writer.write(chunk)
            size += len(chunk)
    return Member(name, size, digest.hexdigest())


class BackupReader:
    """An open backup whose members and manifest have been checked. A context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise BackupError(tr("{file}: no such file", file=path)) from None
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise BackupError(tr("{file}: not a borderdesk backup, or it was cut short "
                                 "({reason})", file=path, reason=exc)) from None
        try:
            self._infos = self._check_members()
            self.manifest = self._read_manifest()
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> BackupReader:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the archive."""
        self._zip.close()

    def _fail(self, member: str, problem: str) -> BackupError:
        return BackupError(tr("{file}: '{member}' {problem}", file=self.path, member=member,
                              problem=problem))

    def _check_members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > _MAX_MEMBERS:
            raise BackupError(tr("{file}: has {count} members; the limit is {limit}",
                                 file=self.path, count=len(infos), limit=_MAX_MEMBERS))
        found: dict[str, zipfile.ZipInfo] = {}
        folded: dict[str, str] = {}
        total = 0
        for info in infos:
            name = info.filename
            problem = member_name_problem(name)
            if problem is not None:
                raise self._fail(name, problem)
            if stat.S_ISLNK(info.external_attr >> 16):
                raise self._fail(name, tr("is a symbolic link, which a backup never holds"))
            if name.casefold() in folded:
                raise self._fail(name, tr("appears twice in the backup (as '{other}')",
                                          other=folded[name.casefold()]))
            folded[name.casefold()] = name
            if info.flag_bits & 0x1:
                raise self._fail(name, tr("is encrypted by the zip, which a backup never is"))
            if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size:
                raise self._fail(name, tr("is compressed; a borderdesk backup stores its files "
                                          "as they are"))
            total += info.file_size
            found[name] = info
        if total > self.path.stat().st_size:
            raise BackupError(tr("{file}: its members claim more bytes than the file holds "
                                 "(damaged, or cut short)", file=self.path))
        return found

    def _read_manifest(self) -> Manifest:
        if MANIFEST not in self._infos:
            raise BackupError(tr("{file}: there is no {manifest}: not a borderdesk backup",
                                 file=self.path, manifest=MANIFEST))
        if self._infos[MANIFEST].file_size > _MAX_MANIFEST_BYTES:
            raise self._fail(MANIFEST, tr("is too large"))
        raw = self._read_all(MANIFEST)
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError(tr("not a station backup's manifest"))
            if data.get("format_version") != FORMAT_VERSION:
                raise ValueError(tr("format version {found}; this borderdesk reads version "
                                    "{known}", found=data.get("format_version"),
                                    known=FORMAT_VERSION))
            members = tuple(Member(str(m["name"]), int(m["size"]), str(m["sha256"]))
                            for m in data["members"])
            manifest = Manifest(str(data["created_at"]), str(data["station_id"]),
                                bool(data["encrypted"]),
                                None if data["key_id"] is None else str(data["key_id"]),
                                int(data["schema_version"]), str(data["borderdesk_version"]),
                                members)
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise self._fail(MANIFEST, tr("does not read ({reason})", reason=exc)) from None
        self._match(manifest)
        return manifest

    def _match(self, manifest: Manifest) -> None:
        listed = {m.name: m for m in manifest.members}
        for name, info in self._infos.items():
            if name == MANIFEST:
                continue
            if name not in listed:
                raise self._fail(name, tr("is in the backup but its manifest does not list it"))
            if listed[name].size != info.file_size:
                raise self._fail(name, tr("has {found} bytes; the manifest says {listed}",
                                          found=info.file_size, listed=listed[name].size))
        for name in listed:
            if name not in self._infos:
                raise self._fail(name, tr("is listed in the manifest but missing"))
        if DATABASE_MEMBER not in listed:
            raise self._fail(DATABASE_MEMBER, tr("is missing: the backup holds no database"))

    def _read_all(self, name: str) -> bytes:
        try:
            with self._zip.open(self._infos[name]) as member:
                return member.read()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise self._fail(name, tr("cannot be read ({reason})", reason=exc)) from None

    def total_size(self) -> int:
        """The bytes the members take once written out."""
        return sum(m.size for m in self.manifest.members)

    def _copy(self, name: str, writer: BinaryIO | None) -> None:
        """Read member ``name`` whole (into ``writer`` when given) and check its SHA-256."""
        expected = next(m for m in self.manifest.members if m.name == name)
        digest = hashlib.sha256()
        size = 0
        try:
            with self._zip.open(self._infos[name]) as reader:
                while chunk := reader.read(_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
                    if writer is not None:
                        writer.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise self._fail(name, tr("is damaged ({reason})", reason=exc)) from None
        if size != expected.size or digest.hexdigest() != expected.sha256:
            raise self._fail(name, tr("is damaged: its SHA-256 is not the one the manifest "
                                      "recorded"))

    def check(self, name: str) -> None:
        """Read member ``name`` and check its size and SHA-256 (nothing is written)."""
        self._copy(name, None)

    def extract(self, name: str, target: Path) -> None:
        """Write member ``name`` to the new file ``target`` (fsynced), checking its SHA-256."""
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as writer:
            self._copy(name, writer)
        target.chmod(0o600)
        fsync_file(target)

    def extract_all(self, folder: Path) -> None:
        """Write every member but the manifest under ``folder``, checking each."""
        free = shutil.disk_usage(folder).free
        if free < self.total_size():
            raise BackupError(tr("{folder}: not enough free space to restore {file} "
                                 "({need} MB needed, {free} MB free)", folder=folder,
                                 file=self.path, need=self.total_size() >> 20,
                                 free=free >> 20))
        base = folder.resolve()
        for member in self.manifest.members:
            target = (base / member.name).resolve()
            if not target.is_relative_to(base):  # member_problem refuses it; kept as a guard
                raise self._fail(member.name, tr("leaves the folder it is restored to"))
            self.extract(member.name, target)
