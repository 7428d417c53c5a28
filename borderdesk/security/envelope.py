"""Wrapping the station data key: to a public key, and under a password.

Each user (and the recovery key) has an X25519 key pair. The data key is wrapped
*to the public key* (an ephemeral X25519 exchange, HKDF-SHA256, AES-256-GCM), so
an administrator can give a new user the key, or re-wrap a rotated key for every
user and the recovery key, without knowing anyone's password. Each user's private
key is in turn wrapped *under the password* (argon2id → AES-256-GCM), so a
password change re-wraps 32 bytes and nothing else.

Every wrap binds associated data (what it is, for whom, which key): a wrap moved
to another user's entry, or another key's, fails authentication instead of
decrypting to something.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from borderdesk.core.errors import UserInputError
from borderdesk.core.i18n import tr
from borderdesk.security.passwords import normalise
from borderdesk.security.policy import Argon2Cost

_NONCE = 12
_SALT = 16
_RAW = serialization.Encoding.Raw


class WrapFailed(Exception):
    """A wrap did not authenticate: wrong password or key, or a changed key file."""


class BadRecoveryKey(UserInputError):
    """Recovery-key text that is not a recovery key (mistyped, or a part missing)."""


def b64(data: bytes) -> str:
    """Bytes as standard base64 text (for the key file)."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of base64 ``text``; ``ValueError`` if it is not base64."""
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyPair:
    """An X25519 key pair (the private half never leaves memory unwrapped)."""

    private: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> KeyPair:
        """A new random key pair."""
        key = X25519PrivateKey.generate()
        return cls(key.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                     serialization.NoEncryption()))

    @property
    def public(self) -> bytes:
        """The 32-byte public key."""
        return X25519PrivateKey.from_private_bytes(self.private).public_key().public_bytes(
            _RAW, serialization.PublicFormat.Raw)


@dataclass(frozen=True)
class PasswordWrap:
    """A secret wrapped under a password, with the argon2id costs it was derived with."""

    cost: Argon2Cost
    salt: bytes
    nonce: bytes
    ciphertext: bytes


@dataclass(frozen=True)
class PublicWrap:
    """A secret wrapped to an X25519 public key."""

    ephemeral: bytes
    nonce: bytes
    ciphertext: bytes


def derive_password_key(password: str, salt: bytes, cost: Argon2Cost) -> bytes:
    """The 256-bit key argon2id derives from ``password`` and ``salt`` at ``cost``."""
    return hash_secret_raw(normalise(password).encode("utf-8"), salt,
                           time_cost=cost.time_cost, memory_cost=cost.memory_kib,
                           parallelism=cost.parallelism, hash_len=32, type=Type.ID)


def wrap_with_password(secret: bytes, password: str, cost: Argon2Cost,
                       context: bytes) -> PasswordWrap:
    """``secret`` encrypted under a key derived from ``password`` (fresh salt and nonce)."""
    salt, nonce = secrets.token_bytes(_SALT), secrets.token_bytes(_NONCE)
    key = derive_password_key(password, salt, cost)
    return PasswordWrap(cost, salt, nonce, AESGCM(key).encrypt(nonce, secret, context))


def unwrap_with_password(wrap: PasswordWrap, password: str, context: bytes) -> bytes:
    """The secret of ``wrap``; :class:`WrapFailed` for a wrong password or a changed wrap."""
    key = derive_password_key(password, wrap.salt, wrap.cost)
    try:
        return AESGCM(key).decrypt(wrap.nonce, wrap.ciphertext, context)
    except InvalidTag:
        raise WrapFailed from None


def _shared_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"borderdesk/v1/wrap" + ephemeral + recipient).derive(shared)


def wrap_to_public(secret: bytes, recipient_public: bytes, context: bytes) -> PublicWrap:
    """``secret`` encrypted so that only the holder of ``recipient_public``'s pair opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    key = _shared_key(shared, ephemeral_public, recipient_public)
    nonce = secrets.token_bytes(_NONCE)
    return PublicWrap(ephemeral_public, nonce, AESGCM(key).encrypt(nonce, secret, context))


def unwrap_with_private(wrap: PublicWrap, pair: KeyPair, context: bytes) -> bytes:
    """The secret of ``wrap`` opened with ``pair``; :class:`WrapFailed` if it does not open."""
    try:
        shared = X25519PrivateKey.from_private_bytes(pair.private).exchange(
            X25519PublicKey.from_public_bytes(wrap.ephemeral))
    except ValueError:
        raise WrapFailed from None
    key = _shared_key(shared, wrap.ephemeral, pair.public)
    try:
        return AESGCM(key).decrypt(wrap.nonce, wrap.ciphertext, context)
    except InvalidTag:
        raise WrapFailed from None


# --- the recovery key as text -------------------------------------------------------

_CHECK = 3
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def recovery_text(pair: KeyPair) -> str:
    """The recovery key as text to write down: 56 base32 characters in eight groups of
    seven, with a checksum.

    The last groups carry three bytes of SHA-256 of the key, so a mistyped
    character is reported as such instead of failing later as a "wrong key".
    """
    raw = pair.private + hashlib.sha256(pair.private).digest()[:_CHECK]
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 7] for i in range(0, len(text), 7))


def recovery_pair(text: str) -> KeyPair:
    """The key pair of recovery-key ``text`` (case, spaces and dashes do not matter)."""
    cleaned = "".join(char for char in text.upper() if char not in " -\t\r\n")
    # People read 0 for O and 1 for I off a printed sheet; base32 has neither digit.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if any(char not in _ALPHABET for char in cleaned):
        raise BadRecoveryKey(tr("a recovery key has only the letters A-Z and digits 2-7"))
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        raw = base64.b32decode(padded)
    except ValueError:
        raise BadRecoveryKey(tr("this is not a whole recovery key: check its length")) from None
    if len(raw) != 32 + _CHECK:
        raise BadRecoveryKey(tr("this is not a whole recovery key: check its length"))
    private, check = raw[:32], raw[32:]
    if hashlib.sha256(private).digest()[:_CHECK] != check:
        raise BadRecoveryKey(tr(
            "the recovery key has a typing mistake: compare it with the sheet group by group"))
    return KeyPair(private)
