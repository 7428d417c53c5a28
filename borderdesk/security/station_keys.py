"""The station data key and the purpose keys derived from it.

One random 256-bit *data key* protects everything the station keeps on disk. It is
never used directly: HKDF-SHA256 derives one key per purpose (the SQLCipher
database, the attachments), so that a key given to one part can never decrypt
what another part wrote. The data key itself is only ever stored wrapped (see
the key file), and its ``key_id`` (a short fingerprint, not secret) lets a file
say which data key encrypted it, which key rotation needs.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

DATA_KEY_BYTES = 32
_DATABASE_INFO = b"borderdesk/v1/sqlcipher-database"
_ATTACHMENTS_INFO = b"borderdesk/v1/attachments-aes-gcm"
_EVENTS_INFO = b"borderdesk/v1/waiting-events-x25519"


def _derive(data_key: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(data_key)


def key_id_of(data_key: bytes) -> str:
    """A 16-hex-digit fingerprint of a data key (a hash: it reveals nothing of the key)."""
    return hashlib.sha256(b"borderdesk/v1/key-id" + data_key).hexdigest()[:16]


@dataclass(frozen=True)
class StationKeys:
    """A station's data key and its purpose keys. Never logged, never printed."""

    data_key: bytes = field(repr=False)

    def __post_init__(self) -> None:
        if len(self.data_key) != DATA_KEY_BYTES:
            raise ValueError("a station data key has 32 bytes")

    @classmethod
    def generate(cls) -> StationKeys:
        """A new random data key (from the operating system's secure generator)."""
        return cls(secrets.token_bytes(DATA_KEY_BYTES))

    @property
    def key_id(self) -> str:
        """The data key's public fingerprint, written beside what it encrypts."""
        return key_id_of(self.data_key)

    @property
    def database_key(self) -> bytes:
        """The raw 256-bit SQLCipher key (given as ``PRAGMA key = "x'…'"``: no PBKDF2)."""
        return _derive(self.data_key, _DATABASE_INFO)

    @property
    def attachments_key(self) -> bytes:
        """The AES-256-GCM key for photos and other attachments."""
        return _derive(self.data_key, _ATTACHMENTS_INFO)

    @property
    def events_private(self) -> bytes:
        """The X25519 private key that opens security events written while the database
        was closed (they are sealed to its public half, kept in the key file)."""
        return _derive(self.data_key, _EVENTS_INFO)
