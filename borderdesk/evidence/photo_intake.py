"""Reading photos to import: which files, and each one read, hashed, checked, described.

Files named on the command line (or picked in the window) are each examined by
content; a folder (a camera's card, ``DCIM/100CANON``...) contributes every file with
a photo's extension, in its sub-folders too, in name order. Each file is read once:
its SHA-256 is taken from exactly the bytes that are then checked, described and
stored, so what is kept is what was checked.

Preparing is the slow part (a full decode of every photo) and needs no database, so
:func:`prepare_all` runs it on a few threads ahead of the caller, which stores the
photos one by one in the original order.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.i18n import tr
from borderdesk.evidence.exif import PhotoExif, read_exif
from borderdesk.evidence.photo_check import (
    MEDIA,
    PhotoFacts,
    PhotoLimits,
    PhotoRefused,
    check_photo,
    pillow_quiet,
)
from borderdesk.evidence.photo_render import PRINT, THUMBNAIL, render_pair
from borderdesk.evidence.photo_store import sha256_hex

#: The extensions a folder's photos have (files named directly are judged by content).
PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".jpe", ".png", ".tif", ".tiff", ".heic",
                            ".heif"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A file to import, or one a folder held that is not a photo by its name."""

    path: Path
    skip: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedPhoto:
    """A file read and checked, ready to store."""

    path: Path
    data: bytes
    sha256: str
    facts: PhotoFacts
    exif: PhotoExif
    thumbnail: bytes
    #: The copy a printed report shows (see ``photo_render.PRINT``).
    print_copy: bytes

    @property
    def extension(self) -> str:
        """The stored original's extension (by content, not by the file's name)."""
        return MEDIA[self.facts.kind][1]


def collect(sources: Sequence[Path]) -> list[Candidate]:
    """The files ``sources`` name: files as given, folders' photos in name order."""
    found: list[Candidate] = []
    for source in sources:
        if source.is_dir():
            for path in sorted(p for p in source.rglob("*") if p.is_file()):
                relative = path.relative_to(source).parts
                if any(part.startswith(".") for part in relative):
                    continue  # the camera's or the system's hidden files
                if path.suffix.lower() in PHOTO_SUFFIXES:
                    found.append(Candidate(path))
                else:
                    found.append(Candidate(path, tr("not a photo by its name; left alone")))
        else:
            found.append(Candidate(source))
    return found


def prepare(path: Path, limits: PhotoLimits) -> PreparedPhoto:
    """Read, hash and check one file; :class:`PhotoRefused` says why it is not kept."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise PhotoRefused(tr("no such file")) from None
    except IsADirectoryError:
        raise PhotoRefused(tr("is a folder")) from None
    except OSError as exc:
        raise PhotoRefused(tr("cannot be read: {reason}",
                              reason=exc.strerror or exc)) from None
    facts, image = check_photo(data, limits)
    with pillow_quiet():
        exif = read_exif(image)
    # Both copies from the image decoded for the check: a report printed later need not
    # decode 12-megapixel originals again (that was 6 s of a 40-photo report's first print).
    print_copy, thumbnail = render_pair(image, PRINT, THUMBNAIL, exif.orientation)
    return PreparedPhoto(path, data, sha256_hex(data), facts, exif, thumbnail, print_copy)


def prepare_all(paths: Sequence[Path], limits: PhotoLimits, workers: int = 2
                ) -> Iterator[tuple[Path, PreparedPhoto | PhotoRefused]]:
    """Each path with its prepared photo or its refusal, in the order given.

    At most ``2 * workers`` files are held in memory ahead of the caller; stopping
    the iteration early cancels the rest.
    """
    def attempt(path: Path) -> PreparedPhoto | PhotoRefused:
        try:
            return prepare(path, limits)
        except PhotoRefused as refusal:
            return refusal

    with ThreadPoolExecutor(max_workers=max(1, workers),
                            thread_name_prefix="photo-check") as pool:
        pending: deque[tuple[Path, Future[PreparedPhoto | PhotoRefused]]] = deque()
        queue = iter(paths)
        try:
            while True:
                while len(pending) < 2 * max(1, workers):
                    path = next(queue, None)
                    if path is None:
                        break
                    pending.append((path, pool.submit(attempt, path)))
                if not pending:
                    return
                path, future = pending.popleft()
                yield path, future.result()
        finally:
            for _path, future in pending:
                future.cancel()
