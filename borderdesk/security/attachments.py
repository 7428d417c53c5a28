"""Attachments at rest: photos and their copies sealed with AES-256-GCM (Qt-free).

A sealed file is a short header followed by the AES-GCM ciphertext of the whole
content, whose last 16 bytes are GCM's authentication tag::

    offset  size  field
    0       8     magic  b"BDSK-ATT"
    8       1     format version (1)
    9       8     key id: the station data key's fingerprint (16 hex digits, as bytes)
    17      12    nonce: random for every file written (never reused with a key)
    29      n+16  ciphertext of the n content bytes, then the tag

The associated data authenticated with it is the 29-byte header, then the
*context*: the name the content is kept under (``original:<sha256>.jpg``,
``thumb:<sha256>``), as a 2-byte big-endian length and its UTF-8. So a file
truncated, altered, sealed with another key, or swapped for another sealed file
(another photo's original, or the thumbnail put where the print copy belongs)
fails authentication and is refused; its content is never returned.

The key id lets a station hold several keys during a key rotation: a file says
which data key sealed it, :class:`AttachmentKeyring` opens it with that one and
seals anything new under the current one, and :func:`reseal_file` moves one file
to the current key (through a temporary file, ``fsync`` and a rename, so an
interruption leaves the old or the new file, both readable).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from borderdesk.core.durable import sync_folder
from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr
from borderdesk.security.station_keys import StationKeys

MAGIC = b"BDSK-ATT"
FORMAT_VERSION = 1
KEY_ID_BYTES = 8
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + 1 + KEY_ID_BYTES + NONCE_BYTES  # 29


class AttachmentRefused(BorderdeskError):
    """A sealed attachment that cannot be opened (the subclasses say why)."""


class AttachmentDamaged(AttachmentRefused):
    """Truncated, altered, swapped for another file, or not a sealed attachment at all."""


class UnknownKey(AttachmentRefused):
    """Sealed under a data key this station does not hold (any more)."""


def is_sealed(blob: bytes) -> bool:
    """Whether ``blob`` starts as a sealed attachment does (it may still be damaged)."""
    return blob.startswith(MAGIC)


def sealed_key_id(blob: bytes) -> str:
    """The key id a sealed attachment names, read from its header (not authenticated)."""
    _check_header(blob)
    return blob[9:9 + KEY_ID_BYTES].hex()


def _key_id_bytes(key_id: str) -> bytes:
    try:
        raw = bytes.fromhex(key_id)
    except ValueError:
        raw = b""
    if len(raw) != KEY_ID_BYTES:
        raise ValueError(f"a key id has {2 * KEY_ID_BYTES} hexadecimal digits: {key_id!r}")
    return raw


def _associated(header: bytes, context: str) -> bytes:
    name = context.encode("utf-8")
    if not name or len(name) > 0xFFFF:
        raise ValueError("an attachment's context is a name of 1 to 65535 bytes")
    return header + len(name).to_bytes(2, "big") + name


def _check_header(blob: bytes) -> None:
    if not blob.startswith(MAGIC):
        raise AttachmentDamaged(tr("is not an encrypted borderdesk file"))
    if len(blob) < HEADER_BYTES + TAG_BYTES:
        raise AttachmentDamaged(tr("is damaged: the encrypted file is cut short"))
    if blob[8] != FORMAT_VERSION:
        raise AttachmentDamaged(tr(
            "is in encrypted format {version}, which this version of borderdesk cannot read",
            version=blob[8]))


def seal(key: bytes, key_id: str, data: bytes, context: str) -> bytes:
    """``data`` sealed with the AES-256-GCM ``key`` (whose data key's fingerprint is
    ``key_id``), bound to ``context``, the name it is kept under."""
    header = MAGIC + bytes([FORMAT_VERSION]) + _key_id_bytes(key_id) + os.urandom(NONCE_BYTES)
    return header + AESGCM(key).encrypt(header[-NONCE_BYTES:], data,
                                        _associated(header, context))


def open_sealed(keys_by_id: Mapping[str, bytes], blob: bytes, context: str) -> bytes:
    """The content of a sealed attachment, only once its tag proved it whole, unaltered
    and kept under ``context``; :class:`AttachmentDamaged` or :class:`UnknownKey`."""
    _check_header(blob)
    key_id = blob[9:9 + KEY_ID_BYTES].hex()
    key = keys_by_id.get(key_id)
    if key is None:
        raise UnknownKey(tr(
            "was encrypted with a station key ({key_id}) that this station does not hold",
            key_id=key_id))
    header = blob[:HEADER_BYTES]
    try:
        return AESGCM(key).decrypt(header[-NONCE_BYTES:], blob[HEADER_BYTES:],
                                   _associated(header, context))
    except InvalidTag:
        raise AttachmentDamaged(tr(
            "is damaged or was altered, or is another file put in its place: it fails "
            "its authentication check")) from None


def reseal(keys_by_id: Mapping[str, bytes], new_key: bytes, new_key_id: str, blob: bytes,
           context: str) -> bytes:
    """``blob`` opened with the keys it may be under and sealed again under the new key
    (unchanged when it already is: resealing twice does nothing)."""
    if is_sealed(blob) and sealed_key_id(blob) == new_key_id:
        return blob
    return seal(new_key, new_key_id, open_sealed(keys_by_id, blob, context), context)


@dataclass(frozen=True)
class AttachmentKeyring:
    """The key new attachments are sealed under, and every key one may be opened with
    (during a key rotation, the old data key's too). Never logged, never printed."""

    current_id: str
    keys: Mapping[str, bytes] = field(repr=False)

    def __post_init__(self) -> None:
        if self.current_id not in self.keys:
            raise ValueError("the current key must be one of the keyring's keys")

    @classmethod
    def of(cls, current: StationKeys, *also: StationKeys) -> AttachmentKeyring:
        """The attachments keys of ``current`` (for sealing) and of ``also`` (opening)."""
        keys = {k.key_id: k.attachments_key for k in also}
        keys[current.key_id] = current.attachments_key
        return cls(current.key_id, MappingProxyType(keys))

    def seal(self, data: bytes, context: str) -> bytes:
        """``data`` sealed under the current key."""
        return seal(self.keys[self.current_id], self.current_id, data, context)

    def open(self, blob: bytes, context: str) -> bytes:
        """The content of a sealed attachment under any of the keyring's keys."""
        return open_sealed(self.keys, blob, context)

    def is_current(self, blob: bytes) -> bool:
        """Whether ``blob`` is a sealed file that names the current key (header only)."""
        return is_sealed(blob) and len(blob) >= HEADER_BYTES and \
            blob[9:9 + KEY_ID_BYTES].hex() == self.current_id


def reseal_file(path: Path, keyring: AttachmentKeyring, context: str, *,
                read_only: bool, opener: Callable[[bytes], bytes] | None = None) -> bool:
    """Move one sealed file to the keyring's current key; False when it already was.

    ``opener`` turns the file's bytes into its content (default: the keyring opens
    it); a store passes one that also accepts a plain file it can check, so that the
    same call encrypts a station's existing files for the first time. The new file is
    written beside the old one, synced and renamed over it, so that an interruption
    at any moment leaves a readable file; run again, it skips what is done.
    """
    with open(path, "rb") as stream:
        if keyring.is_current(stream.read(HEADER_BYTES)):
            return False  # done by an earlier run: known from the header, not read whole
        stream.seek(0)
        blob = stream.read()
    content = opener(blob) if opener is not None else keyring.open(blob, context)
    replace_durably(path, keyring.seal(content, context), read_only=read_only)
    return True


def replace_durably(target: Path, data: bytes, *, read_only: bool, sync: bool = True) -> None:
    """Write ``data`` to ``target`` (new or existing, even read-only) through a
    temporary file in its folder, ``fsync`` and a rename; the folder is synced too.

    A crash leaves the old file or the new one, never a mixture; the temporary file
    is removed if anything fails.
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
        if os.name == "nt" and target.exists():
            # Windows refuses to rename over a read-only file (POSIX only asks the folder).
            target.chmod(stat.S_IRUSR | stat.S_IWUSR)
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    if sync:
        sync_folder(target.parent)
