"""The station's photo files: where they are, sealed or plain, checked, moved to a new key.

Originals are kept in ``photos/`` and their copies (thumbnails, display and print
copies) in ``photo-cache/``, beside the station database. On a station opened with
its keys (``StationSession.keys``), both are sealed with AES-256-GCM under the
attachments key (``security/attachments.py``): nothing that lands on disk shows a
picture, an EXIF field or a JPEG header. A plain station keeps plain files.

:func:`verify_photo_files` is the files' part of ``borderdesk audit verify``;
:func:`reseal_attachments` moves every file to a new data key (key rotation) or
encrypts a plain station's files for the first time, one file at a time, safely and
resumably.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.errors import Cancelled, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.core.progress import CancelToken, ProgressCallback, no_progress
from borderdesk.evidence.photo_check import MEDIA
from borderdesk.evidence.photo_store import OriginalStore, PhotoCache, StoredFileProblem
from borderdesk.security.attachments import AttachmentKeyring
from borderdesk.security.permissions import Permission
from borderdesk.security.station_keys import StationKeys
from borderdesk.services.authz import exempt, requires
from borderdesk.services.station import StationSession
from borderdesk.store import photo_repo as repo
from borderdesk.store.audit_verify import AuditProblem

log = logging.getLogger(__name__)

ORIGINALS_FOLDER = "photos"
CACHE_FOLDER = "photo-cache"
#: A stored original's extension by its media type.
EXTENSION_OF = dict(MEDIA.values())


@exempt("the keys of the session itself; no station data is read")
def attachment_keyring(session: StationSession) -> AttachmentKeyring | None:
    """The keys the session's attachments are sealed with (None: a plain station): new
    files under the session's key, reading under any live key (a rotation may have
    stopped half-way, leaving files under the other)."""
    if session.keys is None:
        return None
    others = [keys for key_id, keys in session.key_ring.items() if key_id != session.keys.key_id]
    return AttachmentKeyring.of(session.keys, *others)


@exempt("a path beside the database; no station data is read")
def data_folder(session: StationSession) -> Path:
    """The folder beside the station database that holds its files."""
    if session.path is None:
        raise UserInputError(tr("photos need a station database on disk, not in memory"))
    return session.path.resolve().parent


@requires(Permission.VIEW)
def originals(session: StationSession) -> OriginalStore:
    """The station's store of originals (``photos/`` beside the database)."""
    return OriginalStore(data_folder(session) / ORIGINALS_FOLDER, attachment_keyring(session))


@requires(Permission.VIEW)
def photo_cache(session: StationSession) -> PhotoCache:
    """The station's cache of thumbnails, display and print copies."""
    return PhotoCache(data_folder(session) / CACHE_FOLDER, attachment_keyring(session))


def cached_copy(cache: PhotoCache, digest: str, rendition: str) -> bytes | None:
    """The cached copy, or None when it has to be made: missing, or a file that cannot
    be trusted (damaged, altered, swapped), which is never shown and is made again
    from the original, whose own checks decide what can be shown."""
    try:
        return cache.read(digest, rendition)
    except StoredFileProblem as problem:
        log.warning("%s; it is made again from the original", problem)
        return None


def cache_quietly(cache: PhotoCache, digest: str, rendition: str, data: bytes) -> None:
    """Cache a copy; a copy that cannot be cached is only made again next time."""
    try:
        cache.put(digest, rendition, data)
    except OSError:
        log.warning("could not cache the %s of %s", rendition, digest, exc_info=True)


@requires(Permission.VIEW)
def verify_photo_files(session: StationSession) -> list[AuditProblem]:
    """Every logged photo's original that is missing, cannot be opened (damaged, altered,
    swapped, under an unknown key), no longer hashes to its recorded SHA-256, or is
    still plain on an encrypted station (for ``borderdesk audit verify``)."""
    if session.path is None:
        return []
    store = originals(session)
    problems: list[AuditProblem] = []
    for digest, media_type, photos in repo.logged_originals(session.database.conn):
        extension = EXTENSION_OF.get(media_type, "")
        found = store.problem(digest, extension)
        if found is not None:
            subject = tr("photo file {path} (photos {ids})", path=store.path_of(digest, extension),
                         ids=", ".join(photos))
            problems.append(AuditProblem(subject, found))
    return problems


@dataclass(frozen=True)
class ResealReport:
    """What :func:`reseal_attachments` did, file by file counted."""

    #: Files now sealed under the new key (re-encrypted, or encrypted the first time).
    resealed: int
    #: Files that already were (an earlier, interrupted run had done them).
    already: int
    #: Originals left as they were because they cannot be opened or were changed, in
    #: words; audit verify names them too. Empty: every file is under the new key.
    problems: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """Whether every file is now under the new key (the old key may go)."""
        return not self.problems


def reseal_attachments(folder: Path, new: StationKeys, old: Sequence[StationKeys] = (), *,
                       on_progress: ProgressCallback = no_progress,
                       cancel: CancelToken | None = None) -> ResealReport:
    """Seal every original and cached copy in the station folder ``folder`` under the
    data key ``new``, opening them with ``old`` (the keys they may be under now; none
    when a plain station is encrypted for the first time).

    One file at a time: each is written beside the old one, synced and renamed over
    it, so an interruption (a crash, a cancel) leaves every file readable with the
    old or the new key; run again, it skips the files already done. An original is
    authenticated and its SHA-256 checked before it is sealed again; one that fails
    is left untouched and reported. A cached copy that cannot be opened is removed
    (it is made again from its original). The station must not import photos
    meanwhile (the caller holds it, as key rotation does).
    """
    keyring = AttachmentKeyring.of(new, *old)
    store = OriginalStore(folder / ORIGINALS_FOLDER, keyring)
    cache = PhotoCache(folder / CACHE_FOLDER, keyring)
    originals_found = list(store.stored())
    copies_found = list(cache.stored())
    total = len(originals_found) + len(copies_found)
    resealed = already = 0
    problems: list[str] = []
    on_progress(0, total)
    for done, (digest, extension) in enumerate(originals_found, start=1):
        _check_cancel(cancel, resealed)
        try:
            if store.reseal(digest, extension):
                resealed += 1
            else:
                already += 1
        except StoredFileProblem as problem:
            problems.append(str(problem))
        on_progress(done, total)
    for done, (digest, rendition) in enumerate(copies_found, start=len(originals_found) + 1):
        _check_cancel(cancel, resealed)
        try:
            if cache.reseal(digest, rendition):
                resealed += 1
            else:
                already += 1
        except OSError as exc:
            problems.append(tr("the cached copy {path} cannot be re-encrypted: {reason}",
                               path=cache.path_of(digest, rendition),
                               reason=exc.strerror or exc))
        on_progress(done, total)
    return ResealReport(resealed, already, tuple(problems))


def _check_cancel(cancel: CancelToken | None, resealed: int) -> None:
    if cancel is not None and cancel.cancelled:
        raise Cancelled(tr("Cancelled after {count} files were encrypted again; the others "
                           "still open with the old key, and running it again finishes them",
                           count=resealed))
