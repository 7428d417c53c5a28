"""What the station and headquarters agree on: keys, signatures and the items sent.

Both sides import this module and nothing else of each other. Every request a
station makes is signed with its Ed25519 key over the method, the path, a timestamp,
a nonce and the body's SHA-256, so that headquarters refuses an altered or replayed
request; every response is signed by headquarters over the request's nonce, the status
and the body, so that a station never takes an acknowledgment that HQ did not give.
Published artefacts and station checkpoints carry their own signatures, which stay
verifiable after they are stored. ``docs/sync.md`` describes the whole exchange.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from borderdesk.core.canonical import canonical_json

#: The streams a station pushes, each numbered by its own sequence.
STREAMS = ("changes", "audit")
#: Artefacts headquarters publishes to stations.
ARTEFACT_KINDS = ("profile", "watchlist", "refpack", "codelist")
#: How far a request's clock may be from HQ's, in seconds (a station's laptop clock drifts).
MAX_CLOCK_SKEW = 300
#: Nonces are remembered this long: longer than the skew, so a replay always meets its nonce.
NONCE_MEMORY = 900
#: The largest blob chunk a request carries.
MAX_CHUNK = 4 * 1024 * 1024

STATION_HEADER = "X-BD-Station"
TIME_HEADER = "X-BD-Time"
NONCE_HEADER = "X-BD-Nonce"
SIGNATURE_HEADER = "X-BD-Signature"
HQ_SIGNATURE_HEADER = "X-BD-HQ-Signature"


class SignatureRefused(Exception):
    """A signature, time or nonce that does not hold; the message says which."""


# --- keys ----------------------------------------------------------------------------

def b64(data: bytes) -> str:
    """URL-safe base64 text without padding (keys and signatures on the wire)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of :func:`b64` text (raises ValueError for anything else)."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as exc:
        raise ValueError("not base64 text") from exc


@dataclass(frozen=True)
class KeyPair:
    """A party's two keys: Ed25519 to sign, X25519 to receive sealed bundles."""

    sign: Ed25519PrivateKey
    box: X25519PrivateKey

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    @classmethod
    def from_text(cls, sign: str, box: str) -> KeyPair:
        """Keys kept as :meth:`sign_private` and :meth:`box_private` text."""
        return cls(Ed25519PrivateKey.from_private_bytes(unb64(sign)),
                   X25519PrivateKey.from_private_bytes(unb64(box)))

    def sign_private(self) -> str:
        return b64(self.sign.private_bytes_raw())

    def box_private(self) -> str:
        return b64(self.box.private_bytes_raw())

    def sign_public(self) -> str:
        return b64(self.sign.public_key().public_bytes_raw())

    def box_public(self) -> str:
        return b64(self.box.public_key().public_bytes_raw())


def public_sign_key(text: str) -> Ed25519PublicKey:
    """An Ed25519 public key from its wire text (raises ValueError when it is not one)."""
    data = unb64(text)
    if len(data) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(data)


def sign_statement(key: Ed25519PrivateKey, statement: Mapping[str, Any]) -> str:
    """The signature of a statement's canonical JSON (wire text)."""
    return b64(key.sign(canonical_json(dict(statement)).encode("utf-8")))


def verify_statement(public: Ed25519PublicKey, statement: Mapping[str, Any],
                     signature: str) -> bool:
    """Whether ``signature`` signs ``statement`` under ``public``."""
    try:
        public.verify(unb64(signature), canonical_json(dict(statement)).encode("utf-8"))
    except (InvalidSignature, ValueError):
        return False
    return True


# --- requests and responses ------------------------------------------------------------

def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def request_message(method: str, path: str, time: int, nonce: str, body: bytes) -> bytes:
    """What a request's signature covers (``path`` with its query string)."""
    return "\n".join(("BD1", method.upper(), path, str(time), nonce,
                      sha256_hex(body))).encode("utf-8")


def sign_request(key: Ed25519PrivateKey, station_id: str, method: str, path: str,
                 body: bytes, *, time: int, nonce: str | None = None) -> dict[str, str]:
    """The headers that authenticate one request."""
    nonce = nonce or secrets.token_hex(16)
    signature = key.sign(request_message(method, path, time, nonce, body))
    return {STATION_HEADER: station_id, TIME_HEADER: str(time), NONCE_HEADER: nonce,
            SIGNATURE_HEADER: b64(signature)}


@dataclass(frozen=True, slots=True)
class RequestStamp:
    """The authentication headers of a request, read but not yet verified."""

    station_id: str
    time: int
    nonce: str
    signature: str

    @classmethod
    def from_headers(cls, headers: Mapping[str, str]) -> RequestStamp:
        """Read the headers (case-insensitive mapping); raises SignatureRefused when absent."""
        try:
            station, time = headers[STATION_HEADER], headers[TIME_HEADER]
            nonce, signature = headers[NONCE_HEADER], headers[SIGNATURE_HEADER]
        except KeyError as missing:
            raise SignatureRefused(f"the request is not signed ({missing.args[0]} missing)")\
                from None
        if not time.isdigit():
            raise SignatureRefused("the request's time is not a number")
        if len(nonce) != 32 or any(ch not in "0123456789abcdef" for ch in nonce):
            raise SignatureRefused("the request's nonce is not 32 hex digits")
        return cls(station, int(time), nonce, signature)


def verify_request(public: Ed25519PublicKey, stamp: RequestStamp, method: str, path: str,
                   body: bytes, *, now: int) -> None:
    """Check a request's time and signature (the nonce's novelty is HQ's to check)."""
    if abs(now - stamp.time) > MAX_CLOCK_SKEW:
        raise SignatureRefused(
            f"the request's time is {stamp.time - now:+d} s from headquarters' clock "
            f"(at most {MAX_CLOCK_SKEW} s allowed): set the laptop's clock")
    try:
        public.verify(unb64(stamp.signature),
                      request_message(method, path, stamp.time, stamp.nonce, body))
    except (InvalidSignature, ValueError):
        raise SignatureRefused("the request's signature does not verify") from None


def response_message(nonce: str, status: int, body: bytes) -> bytes:
    """What headquarters' signature on a response covers."""
    return "\n".join(("BD1R", nonce, str(status), sha256_hex(body))).encode("utf-8")


def sign_response(key: Ed25519PrivateKey, nonce: str, status: int, body: bytes) -> str:
    return b64(key.sign(response_message(nonce, status, body)))


def verify_response(public: Ed25519PublicKey, nonce: str, status: int, body: bytes,
                    signature: str | None) -> None:
    """Raise SignatureRefused unless headquarters signed this response to this request."""
    if not signature:
        raise SignatureRefused("the response is not signed by headquarters")
    try:
        public.verify(unb64(signature), response_message(nonce, status, body))
    except (InvalidSignature, ValueError):
        raise SignatureRefused("the response's signature is not headquarters'") from None


# --- enrolment ----------------------------------------------------------------------------

def enrolment_proof(code: str, answer: Mapping[str, Any]) -> str:
    """HQ's proof, in its enrolment answer, that it knew the one-time code: the station
    pins HQ's keys only when it holds."""
    return hmac.new(normalise_code(code).encode("ascii"),
                    canonical_json(dict(answer)).encode("utf-8"), hashlib.sha256).hexdigest()


def normalise_code(code: str) -> str:
    """An enrolment code as typed (spaces, dashes, lower case) in its one stored form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    """How HQ keeps an enrolment code (never the code itself)."""
    return sha256_hex(normalise_code(code).encode("ascii"))


# --- items -------------------------------------------------------------------------------

def item_sha256(item: Mapping[str, Any]) -> str:
    """An item's content hash as sent: equal items are the same item sent again."""
    return sha256_hex(canonical_json(dict(item)).encode("utf-8"))


def artefact_statement(kind: str, name: str, version: str, sha256: str,
                       published_at: str) -> dict[str, str]:
    """What HQ's signature on a published artefact covers."""
    return {"kind": kind, "name": name, "version": version, "sha256": sha256,
            "published_at": published_at}


def checkpoint_statement(station_id: str, length: int, head_hash: str,
                         taken_at: str) -> dict[str, Any]:
    """What a station's signature on its audit checkpoint covers."""
    return {"station_id": station_id, "length": length, "head_hash": head_hash,
            "taken_at": taken_at}
