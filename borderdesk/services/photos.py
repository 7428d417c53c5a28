"""Photos of a seizure case: import, the photo log, corrections, copies, export, checks.

An imported photo's original is kept byte for byte, content-addressed and read-only
(``evidence/photo_store.py``) in ``photos/`` beside the station database; the photo
log records who imported it, when, into which case (and item, step or package), its
SHA-256, what the file was and what its EXIF says. The log is append-only and under
the audit chain: a caption or link is corrected by a new entry with a reason.
Thumbnails, display and print copies are cached in ``photo-cache/`` and made again
when missing or damaged. On an encrypted station every one of these files is sealed
(``services/photo_files.py``): the window and reports get the pictures as bytes in
memory, and only an export the user asks for writes a plain file, where they chose.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from borderdesk.core.clock import parse_utc
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken, ProgressCallback, no_progress
from borderdesk.evidence.exif import PhotoExif
from borderdesk.evidence.photo_check import PhotoLimits, PhotoRefused
from borderdesk.evidence.photo_intake import PreparedPhoto, collect, prepare_all
from borderdesk.evidence.photo_render import (
    DISPLAY,
    PRINT,
    THUMBNAIL,
    Rendition,
    render_from_bytes,
)
from borderdesk.evidence.photo_store import StoredFileProblem, write_durably
from borderdesk.security.permissions import Permission
from borderdesk.services.authz import require_case_change, requires
from borderdesk.services.photo_files import (
    EXTENSION_OF,
    attachment_keyring,
    cache_quietly,
    cached_copy,
    originals,
    photo_cache,
)
from borderdesk.services.security_log import record_event
from borderdesk.services.station import StationSession
from borderdesk.store import photo_repo as repo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Photo:
    """A photo as it stands now (its latest log entry), with when it was imported."""

    id: str
    case_id: str
    case_number: str
    revision: int
    caption: str
    item: str | None
    step: str | None
    package: str | None
    sha256: str
    size_bytes: int
    media_type: str
    width: int
    height: int
    file_name: str
    imported_at: datetime
    imported_by: str
    exif: PhotoExif
    #: The latest correction (None when never corrected).
    corrected_at: datetime | None
    corrected_by: str | None

    def to_json(self) -> dict[str, object]:
        """The photo as a JSON object."""
        return {"id": self.id, "case_id": self.case_id, "case_number": self.case_number,
                "revision": self.revision, "caption": self.caption, "item": self.item,
                "step": self.step, "package": self.package, "sha256": self.sha256,
                "size_bytes": self.size_bytes, "media_type": self.media_type,
                "width": self.width, "height": self.height, "file_name": self.file_name,
                "imported_at": self.imported_at.isoformat(), "imported_by": self.imported_by,
                "exif": self.exif.to_json(),
                "corrected_at": self.corrected_at.isoformat() if self.corrected_at else None,
                "corrected_by": self.corrected_by}


@dataclass(frozen=True)
class PhotoLogEntry:
    """One entry of the photo log: the import or a correction, who, when, why."""

    id: str
    photo_id: str
    revision: int
    operation: str  # "import" or "correct"
    at: datetime
    by: str
    reason: str | None
    caption: str
    item: str | None
    step: str | None
    package: str | None

    def to_json(self) -> dict[str, object]:
        """The entry as a JSON object."""
        return {"id": self.id, "photo_id": self.photo_id, "revision": self.revision,
                "operation": self.operation, "at": self.at.isoformat(), "by": self.by,
                "reason": self.reason, "caption": self.caption, "item": self.item,
                "step": self.step, "package": self.package}


@dataclass(frozen=True)
class FileOutcome:
    """What became of one file of an import: ``imported``, ``refused`` or ``skipped``."""

    path: Path
    status: str
    message: str | None = None
    photo: Photo | None = None


@dataclass(frozen=True)
class ImportReport:
    """Every file's outcome, in the order they were examined."""

    outcomes: tuple[FileOutcome, ...]

    def count(self, status: str) -> int:
        """How many files had that outcome."""
        return sum(1 for outcome in self.outcomes if outcome.status == status)


def _case(session: StationSession, key: str) -> repo.CaseRef:
    case = repo.find_case(session.database.conn, key.strip())
    if case is None:
        raise UserInputError(tr("there is no seizure case '{case}' at this station", case=key))
    return case


def _case_to_change(session: StationSession, key: str, reason: str | None) -> repo.CaseRef:
    case = _case(session, key)
    require_case_change(session, case.status, action="photos.import_photos")
    # The shared lock of the seizure record: after sign-off, changes carry a reason.
    if case.status == "signed_off" and not (reason and reason.strip()):
        raise UserInputError(tr(
            "seizure case {case} is signed off: a change to it needs a reason, which is "
            "kept with it", case=case.case_number))
    return case


def _link(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


@requires(Permission.RECORD_SEIZURE)
def import_photos(session: StationSession, case: str, sources: Sequence[Path], *,
                  caption: str = "", item: str | None = None, step: str | None = None,
                  package: str | None = None, only_new: bool = False,
                  reason: str | None = None, limits: PhotoLimits | None = None,
                  on_progress: ProgressCallback = no_progress,
                  cancel: CancelToken | None = None) -> ImportReport:
    """Import photo files and folders into a case (by id or case number).

    Each file is checked whole before anything is kept; a refused file leaves no
    entry and no file, and the others are still imported (each in its own
    transaction). ``only_new`` skips files whose bytes the case already holds (a
    camera card imported again). A signed-off case needs a ``reason``.
    """
    target = _case_to_change(session, case, reason)
    candidates = collect(sources)
    outcomes: list[FileOutcome] = [FileOutcome(c.path, "skipped", c.skip)
                                   for c in candidates if c.skip]
    paths = [c.path for c in candidates if not c.skip]
    on_progress(0, len(paths))
    workers = min(4, os.cpu_count() or 1)
    for done, (path, prepared) in enumerate(prepare_all(paths, limits or PhotoLimits(),
                                                        workers)):
        if cancel is not None and cancel.cancelled:
            outcomes.extend(FileOutcome(p, "skipped", tr("not imported: cancelled"))
                            for p in paths[done:])
            break
        if isinstance(prepared, PhotoRefused):
            outcomes.append(FileOutcome(path, "refused", str(prepared)))
        else:
            outcomes.append(_store(session, target, prepared, caption.strip(), _link(item),
                                   _link(step), _link(package), only_new,
                                   reason.strip() if reason else None))
        on_progress(done + 1, len(paths))
    return ImportReport(tuple(outcomes))


def _store(session: StationSession, case: repo.CaseRef, prepared: PreparedPhoto,
           caption: str, item: str | None, step: str | None, package: str | None,
           only_new: bool, reason: str | None) -> FileOutcome:
    store = originals(session)
    if only_new:
        known = repo.photos_with_digest(session.database.conn, case.id, prepared.sha256)
        if known:
            return FileOutcome(prepared.path, "skipped", tr(
                "already in the case as photo {id}", id=known[0]))
    exif = prepared.exif
    values = repo.PhotoFields(
        case_ref=case.id, item_ref=item, step_ref=step, package_ref=package, caption=caption,
        sha256=prepared.sha256, size_bytes=len(prepared.data),
        media_type=prepared.facts.media_type, width=prepared.facts.width,
        height=prepared.facts.height, file_name=prepared.path.name, taken_at=exif.taken_at,
        taken_offset=exif.taken_offset, camera_make=exif.camera_make,
        camera_model=exif.camera_model, gps_lat=exif.gps_lat, gps_lon=exif.gps_lon,
        orientation=exif.orientation)
    written = False
    try:
        with session.database.transaction() as conn:
            photo_id = repo.insert_entry(conn, session.write_context(), values, reason=reason)
            # The file is written inside the transaction: if it cannot be, no entry is kept.
            written = store.put(prepared.data, prepared.sha256, prepared.extension)
    except StoredFileProblem as problem:
        return FileOutcome(prepared.path, "refused", str(problem))
    except BaseException:
        if written:
            store.discard_new(prepared.sha256, prepared.extension)
        raise
    # The copies are a convenience: failing to cache them must not fail the import.
    cache = photo_cache(session)
    cache_quietly(cache, prepared.sha256, THUMBNAIL.name, prepared.thumbnail)
    cache_quietly(cache, prepared.sha256, PRINT.name, prepared.print_copy)
    return FileOutcome(prepared.path, "imported", None, get_photo(session, photo_id))


def _resolve(session: StationSession, photo_id: str) -> str:
    key = photo_id.strip()
    found = repo.find_photos(session.database.conn, key) if key else []
    if not found:
        raise UserInputError(tr("there is no photo '{id}' at this station", id=photo_id))
    if len(found) > 1 and key not in found:
        raise UserInputError(tr("'{id}' is the beginning of {count} photos' ids; give more "
                                "of it", id=photo_id, count=len(found)))
    return key if key in found else found[0]


def _photo(session: StationSession, entries: list[repo.PhotoLogRow]) -> Photo:
    first, latest = entries[0], entries[-1]
    values = latest.fields
    case = repo.case_of(session.database.conn, values.case_ref)
    return Photo(
        id=first.id, case_id=case.id, case_number=case.case_number,
        revision=latest.revision, caption=values.caption, item=values.item_ref,
        step=values.step_ref, package=values.package_ref, sha256=values.sha256,
        size_bytes=values.size_bytes, media_type=values.media_type, width=values.width,
        height=values.height, file_name=values.file_name,
        imported_at=parse_utc(first.created_at), imported_by=first.created_by,
        exif=PhotoExif(values.taken_at, values.taken_offset, values.camera_make,
                       values.camera_model, values.gps_lat, values.gps_lon,
                       values.orientation),
        corrected_at=parse_utc(latest.created_at) if latest.revision > 1 else None,
        corrected_by=latest.created_by if latest.revision > 1 else None)


@requires(Permission.VIEW)
def get_photo(session: StationSession, photo_id: str) -> Photo:
    """One photo as it stands, by id (or an unambiguous beginning of it)."""
    return _photo(session, repo.photo_entries(session.database.conn,
                                              _resolve(session, photo_id)))


@requires(Permission.VIEW)
def list_photos(session: StationSession, case: str) -> list[Photo]:
    """A case's photos as they stand, in the order they were imported."""
    target = _case(session, case)
    grouped: dict[str, list[repo.PhotoLogRow]] = {}
    for row in repo.case_entries(session.database.conn, target.id):
        grouped.setdefault(row.photo_ref, []).append(row)
    return [_photo(session, entries) for entries in grouped.values()]


@requires(Permission.VIEW)
def photo_log(session: StationSession, case: str) -> list[PhotoLogEntry]:
    """The case's photo log: every import and correction, oldest first."""
    target = _case(session, case)
    rows = repo.case_entries(session.database.conn, target.id)
    return sorted((_entry(row) for row in rows), key=lambda e: (e.at, e.photo_id, e.revision))


@requires(Permission.VIEW)
def photo_history(session: StationSession, photo_id: str) -> list[PhotoLogEntry]:
    """One photo's log entries: its import, then each correction."""
    return [_entry(row) for row in repo.photo_entries(session.database.conn,
                                                      _resolve(session, photo_id))]


def _entry(row: repo.PhotoLogRow) -> PhotoLogEntry:
    values = row.fields
    return PhotoLogEntry(row.id, row.photo_ref, row.revision, row.operation,
                         parse_utc(row.created_at), row.created_by, row.reason,
                         values.caption, values.item_ref, values.step_ref, values.package_ref)


@requires(Permission.RECORD_SEIZURE)
def correct_photo(session: StationSession, photo_id: str, reason: str, *,
                  caption: str | None = None, item: str | None = None,
                  step: str | None = None, package: str | None = None) -> Photo:
    """Correct a photo's caption or its item, step or package (None: unchanged, an empty
    text: removed) with a new log entry that keeps the reason; the original and the
    earlier entries stay as they are."""
    if not reason or not reason.strip():
        raise UserInputError(tr("a correction needs a reason, which is kept with it"))
    with session.database.transaction() as conn:
        ref = _resolve(session, photo_id)
        before = repo.photo_entries(conn, ref)[-1].fields
        require_case_change(session, repo.case_of(conn, before.case_ref).status,
                            action="photos.correct_photo")
        after = replace(
            before,
            caption=before.caption if caption is None else caption.strip(),
            item_ref=before.item_ref if item is None else _link(item),
            step_ref=before.step_ref if step is None else _link(step),
            package_ref=before.package_ref if package is None else _link(package))
        if after == before:
            raise UserInputError(tr("nothing to correct: the photo already reads so"))
        repo.insert_entry(conn, session.write_context(), after, photo_ref=ref,
                          reason=reason.strip())
    return get_photo(session, ref)


@requires(Permission.VIEW)
def original_bytes(session: StationSession, photo_id: str) -> bytes:
    """The photo's original, authenticated and checked against its SHA-256
    (:class:`StoredFileProblem` when the file is missing, damaged or changed)."""
    photo = get_photo(session, photo_id)
    return originals(session).read(photo.sha256, EXTENSION_OF[photo.media_type])


@requires(Permission.EXPORT)
def export_original(session: StationSession, photo_id: str, out: Path) -> tuple[Path, Photo]:
    """Copy the original to ``out`` (a new file, or a folder to put it in under its
    file name); the path written and the photo (its ``sha256`` to print beside it).
    An export is plain on every station: the user chose where it goes."""
    photo = get_photo(session, photo_id)
    target = out / photo.file_name if out.is_dir() else out
    _refuse_existing(target)
    data = original_bytes(session, photo.id)
    with session.database.transaction():
        record_event(session, "export", subject=photo.case_number, details={
            "document": "photo_original", "photo": photo.id, "case": photo.case_id,
            "file": target.name, "sha256": photo.sha256})
        _write_new(target, data)  # in the transaction: a failed write records nothing
    return target, photo


def _refuse_existing(target: Path) -> None:
    if target.exists():
        raise UserInputError(tr("{path} already exists; give a new file name",
                                path=target))


def _write_new(target: Path, data: bytes) -> None:
    _refuse_existing(target)
    try:
        write_durably(target, data, read_only=False)
    except OSError as exc:
        raise UserInputError(tr("cannot write {path}: {reason}", path=target,
                                reason=exc.strerror or exc)) from None


@requires(Permission.VIEW)
def thumbnail_bytes(session: StationSession, photo_id: str) -> bytes:
    """The photo's thumbnail (a JPEG fitting 320 pixels, upright), in memory."""
    return _rendition(session, get_photo(session, photo_id), THUMBNAIL)


@requires(Permission.VIEW)
def display_bytes(session: StationSession, photo_id: str) -> bytes:
    """The photo's display copy (a JPEG, upright, at most 1600 pixels a side), in memory."""
    return _rendition(session, get_photo(session, photo_id), DISPLAY)


@requires(Permission.EXPORT)
def export_copy(session: StationSession, photo_id: str, size: str, out: Path) -> Path:
    """Write the photo's ``thumbnail`` or ``display`` copy to the new file ``out``."""
    make = thumbnail_bytes if size == "thumbnail" else display_bytes
    photo = get_photo(session, photo_id)
    data = make(session, photo_id)
    with session.database.transaction():
        record_event(session, "export", subject=photo.case_number, details={
            "document": f"photo_{size}", "photo": photo.id, "case": photo.case_id,
            "file": out.name})
        _write_new(out, data)
    return out


@requires(Permission.VIEW)
def thumbnail(session: StationSession, photo_id: str) -> Path:
    """The cached file of the photo's thumbnail, on a plain station (made when missing)."""
    return _cached_path(session, photo_id, THUMBNAIL)


@requires(Permission.VIEW)
def display_copy(session: StationSession, photo_id: str) -> Path:
    """The cached file of the photo's display copy, on a plain station (made when missing)."""
    return _cached_path(session, photo_id, DISPLAY)


def _cached_path(session: StationSession, photo_id: str, rendition: Rendition) -> Path:
    if attachment_keyring(session) is not None:
        raise UserInputError(tr("this station's photo copies are encrypted on disk: have the "
                                "copy written to a file of your choice instead"))
    photo = get_photo(session, photo_id)
    _rendition(session, photo, rendition)
    return photo_cache(session).path_of(photo.sha256, rendition.name)


def _rendition(session: StationSession, photo: Photo, rendition: Rendition) -> bytes:
    cache = photo_cache(session)
    cached = cached_copy(cache, photo.sha256, rendition.name)
    if cached is not None:
        return cached
    data = originals(session).read(photo.sha256, EXTENSION_OF[photo.media_type])
    made = render_from_bytes(data, rendition, photo.exif.orientation)
    cache_quietly(cache, photo.sha256, rendition.name, made)
    return made
