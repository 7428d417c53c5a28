"""Where photo originals and their cached copies live on disk.

:class:`OriginalStore` keeps each original once, named by its SHA-256
(``photos/ab/ab12….jpg``): two photo records of the same bytes share one file. A
file is written to a temporary name in the same folder, flushed to the disk
(``fsync``), made read-only and only then renamed into place, so a crash leaves
either the whole file or none; the folder is synced so the rename itself survives.
An original is never overwritten, moved or deleted by borderdesk.

Reading and writing originals goes through this one class on purpose: when
originals are encrypted (AES-GCM, issue 8) only :meth:`OriginalStore.put` and
:meth:`OriginalStore.read` change.

:class:`PhotoCache` holds thumbnails and display copies, by the original's hash,
in a separate folder that may be deleted at any time (they are made again).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
from pathlib import Path

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr

_HEX = frozenset("0123456789abcdef")


class StoredFileProblem(BorderdeskError):
    """A stored original is missing, unreadable or no longer matches its hash."""


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lower-case hexadecimal digits."""
    return hashlib.sha256(data).hexdigest()


def _check_digest(digest: str) -> None:
    if len(digest) != 64 or not set(digest) <= _HEX:
        raise ValueError(f"not a SHA-256 in hexadecimal: {digest!r}")


def write_durably(target: Path, data: bytes, *, read_only: bool, sync: bool = True) -> None:
    """Write ``data`` to ``target`` through a temporary file and a rename, synced to the
    disk unless ``sync`` is False (cached copies, which are made again if lost).

    The temporary file is in the target's folder (a rename across file systems
    would not be atomic) and is removed if anything fails.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".incoming-",
                                         suffix=".part")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if sync:
                os.fsync(out.fileno())
        if read_only:
            temp.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # 0444
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if sync:
        _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    # The rename is an entry in the folder: sync the folder so it survives a power cut.
    # (Windows cannot open a folder for fsync; NTFS journals the rename itself.)
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class OriginalStore:
    """Content-addressed, read-only originals under one folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, digest: str, extension: str) -> Path:
        """Where the original with this SHA-256 is (or would be) kept."""
        _check_digest(digest)
        return self.root / digest[:2] / f"{digest}{extension}"

    def put(self, data: bytes, digest: str, extension: str) -> bool:
        """Keep ``data`` (whose SHA-256 the caller took: ``digest``); True when a new file
        was written, False when the same bytes were already kept.

        An existing file whose bytes no longer match its name was changed after it
        was stored: that is refused, never silently repaired, so that ``audit verify``
        still shows it.
        """
        if sha256_hex(data) != digest:
            raise ValueError("the data does not have the SHA-256 given")
        target = self.path_of(digest, extension)
        if target.exists():
            self.read(digest, extension)  # raises StoredFileProblem when changed
            return False
        try:
            write_durably(target, data, read_only=True)
        except OSError as exc:
            raise StoredFileProblem(tr(
                "the photo could not be stored in {folder}: {reason}",
                folder=target.parent, reason=exc.strerror or exc)) from None
        return True

    def read(self, digest: str, extension: str) -> bytes:
        """The original's bytes, checked against its SHA-256."""
        path = self.path_of(digest, extension)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise StoredFileProblem(tr("the stored original {path} is missing",
                                       path=path)) from None
        except OSError as exc:
            raise StoredFileProblem(tr("the stored original {path} cannot be read: {reason}",
                                       path=path, reason=exc.strerror or exc)) from None
        actual = sha256_hex(data)
        if actual != digest:
            raise StoredFileProblem(tr(
                "the stored original {path} was changed: its SHA-256 is now {actual}",
                path=path, actual=actual))
        return data

    def discard_new(self, digest: str, extension: str) -> None:
        """Remove a file :meth:`put` has just written when the record that needed it
        was not saved (the only time borderdesk removes an original)."""
        path = self.path_of(digest, extension)
        with contextlib.suppress(FileNotFoundError):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()


class PhotoCache:
    """Thumbnails and display copies by the original's SHA-256 (safe to delete)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, digest: str, rendition: str) -> Path:
        """Where the rendition of that original is cached."""
        _check_digest(digest)
        return self.root / rendition / digest[:2] / f"{digest}.jpg"

    def get(self, digest: str, rendition: str) -> Path | None:
        """The cached file, or None when it has to be made."""
        path = self.path_of(digest, rendition)
        return path if path.is_file() else None

    def put(self, digest: str, rendition: str, data: bytes) -> Path:
        """Cache a rendition; its path."""
        path = self.path_of(digest, rendition)
        write_durably(path, data, read_only=False, sync=False)
        return path
