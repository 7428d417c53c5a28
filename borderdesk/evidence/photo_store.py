"""Where photo originals and their cached copies live on disk, sealed or plain.

:class:`OriginalStore` keeps each original once, named by the SHA-256 of its content
(``photos/ab/ab12….jpg``): two photo records of the same bytes share one file. A
file is written to a temporary name in the same folder, flushed to the disk
(``fsync``), made read-only and only then renamed into place, so a crash leaves
either the whole file or none; the folder is synced so the rename itself survives.
An original is never overwritten, moved or deleted by borderdesk (except to move it
to a new station key, which writes the same content sealed again).

:class:`PhotoCache` holds thumbnails, display and print copies, by the original's
hash, in a separate folder that may be deleted at any time (they are made again).

Both take an optional :class:`~borderdesk.security.attachments.AttachmentKeyring`.
With one (an encrypted station), what lands on disk is sealed with AES-256-GCM
(``security/attachments.py``), bound to the name it is kept under, and
:meth:`OriginalStore.read` and :meth:`PhotoCache.read` return content only after
it passed authentication; the name stays the SHA-256 of the *plain* content, which
every read of an original still checks. Without one (a plain station), files are
kept as they are, and a sealed file is refused in words rather than shown.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.security.attachments import (
    MAGIC,
    AttachmentKeyring,
    AttachmentRefused,
    is_sealed,
    replace_durably,
    reseal_file,
)

log = logging.getLogger(__name__)

_HEX = frozenset("0123456789abcdef")
#: A stored original's or cached copy's file name (temporary files do not match).
_STORED_NAME = re.compile(r"^([0-9a-f]{64})(\.[a-z0-9]{1,5})$")


class StoredFileProblem(BorderdeskError):
    """A stored original or copy is missing, unreadable, damaged or no longer matches
    its hash; the message names the file and says why."""


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
    replace_durably(target, data, read_only=read_only, sync=sync)


def _stored_files(folder: Path) -> Iterator[tuple[str, str, Path]]:
    """(digest, extension, path) of every stored file under ``folder``'s ``ab/`` folders."""
    if not folder.is_dir():
        return
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or len(sub.name) != 2:
            continue
        for path in sorted(sub.iterdir()):
            match = _STORED_NAME.match(path.name)
            if match and match.group(1).startswith(sub.name) and path.is_file():
                yield match.group(1), match.group(2), path


class OriginalStore:
    """Content-addressed, read-only originals under one folder (sealed when ``cipher``
    is given)."""

    def __init__(self, root: Path, cipher: AttachmentKeyring | None = None) -> None:
        self.root = root
        self.cipher = cipher

    def path_of(self, digest: str, extension: str) -> Path:
        """Where the original with this SHA-256 is (or would be) kept."""
        _check_digest(digest)
        return self.root / digest[:2] / f"{digest}{extension}"

    @staticmethod
    def context_of(digest: str, extension: str) -> str:
        """The name a sealed original is bound to (its content's identity)."""
        return f"original:{digest}{extension}"

    def put(self, data: bytes, digest: str, extension: str) -> bool:
        """Keep ``data`` (whose SHA-256 the caller took: ``digest``); True when a new file
        was written, False when the same bytes were already kept.

        An existing file whose content no longer matches its name, or that fails
        authentication, was changed after it was stored: that is refused, never
        silently repaired, so that ``audit verify`` still shows it.
        """
        if sha256_hex(data) != digest:
            raise ValueError("the data does not have the SHA-256 given")
        target = self.path_of(digest, extension)
        if target.exists():
            self.read(digest, extension)  # raises StoredFileProblem when changed
            return False
        stored = data if self.cipher is None else self.cipher.seal(
            data, self.context_of(digest, extension))
        try:
            write_durably(target, stored, read_only=True)
        except OSError as exc:
            raise StoredFileProblem(tr(
                "the photo could not be stored in {folder}: {reason}",
                folder=target.parent, reason=exc.strerror or exc)) from None
        return True

    def read(self, digest: str, extension: str) -> bytes:
        """The original's content, authenticated (when sealed) and checked against its
        SHA-256; :class:`StoredFileProblem` naming the file and why otherwise."""
        path = self.path_of(digest, extension)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise StoredFileProblem(tr("the stored original {path} is missing",
                                       path=path)) from None
        except OSError as exc:
            raise StoredFileProblem(tr("the stored original {path} cannot be read: {reason}",
                                       path=path, reason=exc.strerror or exc)) from None
        return self._checked(path, digest, self._content(raw, path, digest, extension))

    def _content(self, raw: bytes, path: Path, digest: str, extension: str, *,
                 sealing: bool = False) -> bytes:
        if self.cipher is None:
            if is_sealed(raw):
                raise StoredFileProblem(tr(
                    "the stored original {path} is encrypted, and the station was opened "
                    "without its key", path=path))
            return raw
        if not is_sealed(raw):
            # Kept before the station was encrypted (its encryption not finished yet):
            # the hash check that follows still proves it is the original. Expected, and
            # not worth a warning, while the encryption itself seals it.
            if not sealing:
                log.warning("the original %s is not encrypted yet", path)
            return raw
        try:
            return self.cipher.open(raw, self.context_of(digest, extension))
        except AttachmentRefused as refused:
            raise StoredFileProblem(tr("the stored original {path} {reason}", path=path,
                                       reason=refused)) from None

    @staticmethod
    def _checked(path: Path, digest: str, data: bytes) -> bytes:
        actual = sha256_hex(data)
        if actual != digest:
            raise StoredFileProblem(tr(
                "the stored original {path} was changed: its SHA-256 is now {actual}",
                path=path, actual=actual))
        return data

    def problem(self, digest: str, extension: str) -> str | None:
        """What is wrong with a stored original, in words for ``audit verify`` (None:
        whole, unchanged and, on an encrypted station, encrypted)."""
        path = self.path_of(digest, extension)
        try:
            if self.cipher is None:
                with open(path, "rb") as stream:  # streamed: an original may be 200 MB
                    head = stream.read(len(MAGIC))
                    stream.seek(0)
                    actual = hashlib.file_digest(stream, "sha256").hexdigest()
                if is_sealed(head):
                    return tr("encrypted, and the station was opened without its key")
            else:
                raw = path.read_bytes()
                if is_sealed(raw):
                    actual = sha256_hex(self.cipher.open(raw, self.context_of(digest,
                                                                              extension)))
                else:
                    actual = sha256_hex(raw)
                    if actual == digest:
                        return tr("not encrypted, although the station is: its encryption "
                                  "was not finished")
        except FileNotFoundError:
            return tr("missing: the original was removed")
        except OSError as exc:
            return tr("cannot be read: {reason}", reason=exc.strerror or exc)
        except AttachmentRefused as refused:
            return tr("cannot be opened: it {reason}", reason=refused)
        if actual != digest:
            return tr("changed: its SHA-256 is now {actual}, not {recorded} as recorded at "
                      "import", actual=actual, recorded=digest)
        return None

    def stored(self) -> Iterator[tuple[str, str]]:
        """(SHA-256, extension) of every original on disk (those no record names too)."""
        for digest, extension, _path in _stored_files(self.root):
            yield digest, extension

    def reseal(self, digest: str, extension: str) -> bool:
        """Seal an original under the keyring's current key (a plain one for the first
        time), its content checked first; False when it already was."""
        if self.cipher is None:
            raise ValueError("resealing needs a keyring")
        path = self.path_of(digest, extension)

        def opener(raw: bytes) -> bytes:
            return self._checked(path, digest, self._content(raw, path, digest, extension,
                                                             sealing=True))

        try:
            return reseal_file(path, self.cipher, self.context_of(digest, extension),
                               read_only=True, opener=opener)
        except OSError as exc:
            raise StoredFileProblem(tr("the stored original {path} cannot be re-encrypted: "
                                       "{reason}", path=path,
                                       reason=exc.strerror or exc)) from None

    def discard_new(self, digest: str, extension: str) -> None:
        """Remove a file :meth:`put` has just written when the record that needed it
        was not saved (the only time borderdesk removes an original)."""
        path = self.path_of(digest, extension)
        with contextlib.suppress(FileNotFoundError):
            path.chmod(stat.S_IRUSR | stat.S_IWUSR)
            path.unlink()


class PhotoCache:
    """Thumbnails, display and print copies by the original's SHA-256 (safe to delete;
    sealed when ``cipher`` is given)."""

    def __init__(self, root: Path, cipher: AttachmentKeyring | None = None) -> None:
        self.root = root
        self.cipher = cipher

    def path_of(self, digest: str, rendition: str) -> Path:
        """Where the rendition of that original is cached."""
        _check_digest(digest)
        return self.root / rendition / digest[:2] / f"{digest}.jpg"

    @staticmethod
    def context_of(digest: str, rendition: str) -> str:
        """The name a sealed copy is bound to: which copy of which original."""
        return f"{rendition}:{digest}"

    def read(self, digest: str, rendition: str) -> bytes | None:
        """The cached copy's content, or None when it has to be made.

        :class:`StoredFileProblem` when the file is there but cannot be trusted: on an
        encrypted station, one that fails authentication (damaged, altered, another
        copy put in its place) or is not sealed; on a plain one, a sealed file. The
        caller makes it again from the original; it is never shown.
        """
        path = self.path_of(digest, rendition)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoredFileProblem(tr("the cached copy {path} cannot be read: {reason}",
                                       path=path, reason=exc.strerror or exc)) from None
        if self.cipher is None:
            if is_sealed(raw):
                raise StoredFileProblem(tr("the cached copy {path} is encrypted, and the "
                                           "station was opened without its key", path=path))
            return raw
        if not is_sealed(raw):
            raise StoredFileProblem(tr("the cached copy {path} is not encrypted, although "
                                       "the station is", path=path))
        try:
            return self.cipher.open(raw, self.context_of(digest, rendition))
        except AttachmentRefused as refused:
            raise StoredFileProblem(tr("the cached copy {path} {reason}", path=path,
                                       reason=refused)) from None

    def put(self, digest: str, rendition: str, data: bytes) -> None:
        """Cache a rendition (sealed on an encrypted station)."""
        stored = data if self.cipher is None else self.cipher.seal(
            data, self.context_of(digest, rendition))
        write_durably(self.path_of(digest, rendition), stored, read_only=False, sync=False)

    def stored(self) -> Iterator[tuple[str, str]]:
        """(SHA-256, rendition) of every cached copy on disk."""
        if not self.root.is_dir():
            return
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir()):
            for digest, extension, _path in _stored_files(folder):
                if extension == ".jpg":
                    yield digest, folder.name

    def reseal(self, digest: str, rendition: str) -> bool:
        """Seal a cached copy under the keyring's current key; False when it already was.
        A copy that cannot be opened is removed (it is made again when next needed)."""
        if self.cipher is None:
            raise ValueError("resealing needs a keyring")
        path = self.path_of(digest, rendition)
        context = self.context_of(digest, rendition)

        def opener(raw: bytes) -> bytes:
            # A plain copy (from before the station was encrypted) is sealed as it is.
            return self.cipher.open(raw, context) if is_sealed(raw) and self.cipher else raw

        try:
            return reseal_file(path, self.cipher, context, read_only=False, opener=opener)
        except AttachmentRefused:
            log.warning("removed the cached copy %s, which cannot be opened", path)
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            return True
