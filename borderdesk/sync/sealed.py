"""Sealed files: the one container of the offline bundles, in both directions.

A station's bundle for headquarters and HQ's acknowledgment for the station are both
a ZIP (stored, not compressed: ``manifest.json`` and binary members named
``blobs/<sha256>`` or ``published/<serial>``) sealed as follows::

    BORDERDESK-SEALED 1\\n                magic line
    header length (4 bytes, big-endian)
    header (canonical JSON: format, kind, sender, recipient, created_at,
            ephemeral X25519 public key, chunk size)
    ciphertext (AES-256-GCM chunks, each chunk_size bytes + 16 bytes of tag, the last
                one shorter or equal)
    trailer: BDSEAL1\\0, SHA-256 of the ciphertext (32 bytes), Ed25519 signature
             (64 bytes) by the sender over magic + header + that SHA-256

The key is HKDF-SHA256 over the X25519 agreement of a fresh ephemeral key with the
recipient's box key, bound to the header. Each chunk's nonce is its number and its
associated data the header's hash, its number and whether it is the last: a chunk
moved, dropped or cut off fails to decrypt even before the signature is considered.

Reading checks everything in an order that applies nothing early: the magic, the
header, the recipient and kind, the sender's key (the caller says who may send), the
whole file's SHA-256 and signature, and only then decrypts, to an anonymous temporary
file; members are read by exact name only (never extracted by the names inside).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from borderdesk.core.canonical import canonical_json
from borderdesk.core.durable import sync_folder
from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.sync.protocol import b64, unb64

MAGIC = b"BORDERDESK-SEALED 1\n"
TRAILER_MAGIC = b"BDSEAL1\0"
TRAILER_SIZE = len(TRAILER_MAGIC) + 32 + 64
#: What a sealed file may be.
KINDS = ("station-bundle", "hq-ack")
#: Plaintext bytes per encrypted chunk.
CHUNK_SIZE = 1024 * 1024
TAG_SIZE = 16
MANIFEST = "manifest.json"
#: The largest header read (a header is a few hundred bytes).
MAX_HEADER = 4096
#: The largest chunk a reader accepts (memory for one chunk at a time).
MAX_CHUNK_SIZE = 16 * 1024 * 1024
_HKDF_INFO = b"borderdesk sealed file v1"


@dataclass(frozen=True, slots=True)
class SealedHeader:
    """Who sealed a file for whom, what it is, and the ephemeral key it was sealed with."""

    kind: str
    sender: str
    recipient: str
    created_at: str
    ephemeral: str
    chunk_size: int = CHUNK_SIZE

    def to_bytes(self) -> bytes:
        return canonical_json({
            "format": 1, "kind": self.kind, "sender": self.sender,
            "recipient": self.recipient, "created_at": self.created_at,
            "ephemeral": self.ephemeral, "chunk_size": self.chunk_size}).encode("utf-8")


# --- writing -----------------------------------------------------------------------------

def write_sealed(target: Path, *, kind: str, sender: str, recipient: str, created_at: str,
                 recipient_box: str, sign_key: Ed25519PrivateKey,
                 manifest: Mapping[str, Any], members: Iterable[tuple[str, bytes]],
                 chunk_size: int = CHUNK_SIZE) -> None:
    """Seal ``manifest`` and ``members`` (name, bytes) for ``recipient`` into ``target``.

    ``recipient_box`` is the recipient's X25519 public key (wire text). The file appears
    at ``target`` whole or not at all: it is written beside it and renamed into place."""
    if kind not in KINDS:
        raise ValueError(f"no sealed file kind {kind!r}")
    ephemeral = X25519PrivateKey.generate()
    header = SealedHeader(kind, sender, recipient, created_at,
                          b64(ephemeral.public_key().public_bytes_raw()), chunk_size)
    header_bytes = header.to_bytes()
    key = _file_key(ephemeral.exchange(_box_key(recipient_box)), header_bytes)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.",
                                         suffix=".part")
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out, tempfile.TemporaryFile() as plain:
            _write_zip(plain, manifest, members)
            plain.seek(0)
            out.write(MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes)
            digest = _encrypt(plain, out, key, header_bytes, chunk_size)
            signature = sign_key.sign(_signed_message(header_bytes, digest))
            out.write(TRAILER_MAGIC + digest + signature)
            out.flush()
            os.fsync(out.fileno())
        temp.chmod(0o600)
        temp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    sync_folder(target.parent)


def _write_zip(plain: IO[bytes], manifest: Mapping[str, Any],
               members: Iterable[tuple[str, bytes]]) -> None:
    with zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as zf:
        zf.writestr(MANIFEST, canonical_json(dict(manifest)).encode("utf-8"))
        for name, data in members:
            zf.writestr(name, data)


def _encrypt(plain: IO[bytes], out: IO[bytes], key: bytes, header_bytes: bytes,
             chunk_size: int) -> bytes:
    """Encrypt ``plain`` chunk by chunk into ``out``; the ciphertext's SHA-256."""
    aead = AESGCM(key)
    digest = hashlib.sha256()
    header_hash = hashlib.sha256(header_bytes).digest()
    number = 0
    chunk = plain.read(chunk_size)
    while True:
        following = plain.read(chunk_size)
        last = not following
        sealed = aead.encrypt(_nonce(number), chunk, _chunk_data(header_hash, number, last))
        out.write(sealed)
        digest.update(sealed)
        if last:
            return digest.digest()
        chunk, number = following, number + 1


# --- reading -----------------------------------------------------------------------------

class SealedContent:
    """An opened sealed file: its header, its manifest, and its members by exact name."""

    def __init__(self, path: Path, header: SealedHeader, archive: zipfile.ZipFile,
                 manifest: dict[str, Any]) -> None:
        self.path = path
        self.header = header
        self.manifest = manifest
        self._archive = archive

    def has(self, name: str) -> bool:
        try:
            self._archive.getinfo(name)
        except KeyError:
            return False
        return True

    def member(self, name: str) -> bytes:
        """The bytes of member ``name`` (UserInputError naming the file when absent)."""
        try:
            info = self._archive.getinfo(name)
        except KeyError:
            raise _broken(self.path, tr("it lacks {name}", name=name)) from None
        if info.compress_type != zipfile.ZIP_STORED:
            raise _broken(self.path, tr("{name} is compressed", name=name))
        return self._archive.read(info)


ResolveSender = Callable[[str], Ed25519PublicKey]


def read_header(path: Path) -> SealedHeader:
    """A sealed file's header, read but not yet trusted (its signature is not checked)."""
    with _open(path) as handle:
        header, _ = _read_header(path, handle)
    return header


@contextlib.contextmanager
def read_sealed(path: Path, *, kind: str, recipient: str, box_key: X25519PrivateKey,
                sender_key: ResolveSender) -> Iterator[SealedContent]:
    """Verify and open a sealed file made for ``recipient``.

    ``sender_key`` gives the public key of the sender the header names, or raises
    UserInputError (an unknown or revoked sender). The signature over the whole file is
    checked before anything is decrypted; any problem raises UserInputError naming the
    file and what is wrong."""
    with _open(path) as handle:
        header, start = _read_header(path, handle)
        if header.kind != kind:
            raise _broken(path, tr("it is a {found}, not a {expected}", found=header.kind,
                                   expected=kind))
        if header.recipient != recipient:
            raise _broken(path, tr("it was made for {other}, not for this {party}",
                                   other=header.recipient, party=tr("station")
                                   if kind == "hq-ack" else tr("headquarters")))
        public = sender_key(header.sender)
        header_bytes = header.to_bytes()
        end = _verify(path, handle, start, header_bytes, public)
        try:
            shared = box_key.exchange(_box_key(header.ephemeral, path))
        except ValueError:
            raise _broken(path, tr("its header holds no valid key")) from None
        with tempfile.TemporaryFile() as plain:
            key = _file_key(shared, header_bytes)
            _decrypt(path, handle, start, end, plain, key, header_bytes, header.chunk_size)
            plain.seek(0)
            try:
                archive = zipfile.ZipFile(plain)
            except (zipfile.BadZipFile, OSError):
                raise _broken(path, tr("its content is not an archive")) from None
            with archive:
                yield SealedContent(path, header, archive, _manifest(path, archive))


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise UserInputError(tr("{file}: cannot be read ({reason})", file=path,
                                reason=exc.strerror or exc)) from None


def _read_header(path: Path, handle: IO[bytes]) -> tuple[SealedHeader, int]:
    if handle.read(len(MAGIC)) != MAGIC:
        raise UserInputError(tr("{file}: is not a borderdesk bundle or acknowledgment file",
                                file=path))
    size_bytes = handle.read(4)
    size = struct.unpack(">I", size_bytes)[0] if len(size_bytes) == 4 else 0
    raw = handle.read(size) if 0 < size <= MAX_HEADER else b""
    if len(raw) != size or not raw:
        raise _broken(path, tr("its header is cut short or malformed"))
    try:
        data = json.loads(raw)
        header = SealedHeader(str(data["kind"]), str(data["sender"]), str(data["recipient"]),
                              str(data["created_at"]), str(data["ephemeral"]),
                              int(data["chunk_size"]))
        known = (data["format"] == 1 and header.kind in KINDS
                 and 0 < header.chunk_size <= MAX_CHUNK_SIZE)
    except (ValueError, KeyError, TypeError):
        raise _broken(path, tr("its header is malformed")) from None
    if not known or header.to_bytes() != raw:
        raise _broken(path, tr("its header is malformed or from a newer borderdesk"))
    return header, len(MAGIC) + 4 + size


def _verify(path: Path, handle: IO[bytes], start: int, header_bytes: bytes,
            public: Ed25519PublicKey) -> int:
    """Check the trailer's hash and signature over the whole file; where it starts."""
    total = handle.seek(0, os.SEEK_END)
    end = total - TRAILER_SIZE
    if end < start + TAG_SIZE:
        raise _broken(path, tr("it is cut short (truncated)"))
    handle.seek(end)
    trailer = handle.read(TRAILER_SIZE)
    if trailer[:len(TRAILER_MAGIC)] != TRAILER_MAGIC:
        raise _broken(path, tr("it is cut short (truncated) or altered"))
    claimed = trailer[len(TRAILER_MAGIC):len(TRAILER_MAGIC) + 32]
    signature = trailer[len(TRAILER_MAGIC) + 32:]
    digest = hashlib.sha256()
    handle.seek(start)
    remaining = end - start
    while remaining:
        block = handle.read(min(remaining, 1024 * 1024))
        if not block:
            raise _broken(path, tr("it is cut short (truncated)"))
        digest.update(block)
        remaining -= len(block)
    try:
        public.verify(signature, _signed_message(header_bytes, claimed))
    except InvalidSignature:
        raise _broken(path, tr("its signature is not the sender's")) from None
    if digest.digest() != claimed:
        raise _broken(path, tr("its content was altered after it was signed"))
    return end


def _decrypt(path: Path, handle: IO[bytes], start: int, end: int, plain: IO[bytes],
             key: bytes, header_bytes: bytes, chunk_size: int) -> None:
    aead = AESGCM(key)
    header_hash = hashlib.sha256(header_bytes).digest()
    handle.seek(start)
    position, number = start, 0
    while position < end:
        size = min(chunk_size + TAG_SIZE, end - position)
        sealed = handle.read(size)
        last = position + size >= end
        try:
            plain.write(aead.decrypt(_nonce(number), sealed,
                                     _chunk_data(header_hash, number, last)))
        except InvalidTag:
            raise _broken(path, tr("it cannot be decrypted with this key (made for "
                                   "another key, or altered)")) from None
        position, number = position + size, number + 1


def _manifest(path: Path, archive: zipfile.ZipFile) -> dict[str, Any]:
    try:
        info = archive.getinfo(MANIFEST)
        data = json.loads(archive.read(info))
    except (KeyError, ValueError, zipfile.BadZipFile):
        raise _broken(path, tr("its manifest is missing or malformed")) from None
    if not isinstance(data, dict):
        raise _broken(path, tr("its manifest is malformed"))
    return data


# --- shared pieces ---------------------------------------------------------------------------

def _box_key(text: str, path: Path | None = None) -> X25519PublicKey:
    try:
        data = unb64(text)
        if len(data) != 32:
            raise ValueError("an X25519 public key has 32 bytes")
        return X25519PublicKey.from_public_bytes(data)
    except ValueError:
        if path is None:
            raise
        raise _broken(path, tr("its header holds no valid key")) from None


def _file_key(shared: bytes, header_bytes: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=hashlib.sha256(header_bytes).digest(),
                info=_HKDF_INFO).derive(shared)


def _nonce(number: int) -> bytes:
    return b"\0\0\0\0" + number.to_bytes(8, "big")


def _chunk_data(header_hash: bytes, number: int, last: bool) -> bytes:
    return header_hash + number.to_bytes(8, "big") + (b"\1" if last else b"\0")


def _signed_message(header_bytes: bytes, digest: bytes) -> bytes:
    return MAGIC + header_bytes + digest


def _broken(path: Path, what: str) -> UserInputError:
    return UserInputError(tr("{file}: refused: {what}; nothing was applied", file=path,
                             what=what))
