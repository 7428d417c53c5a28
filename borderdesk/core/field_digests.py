"""Field digests: a record's hash that survives withholding some of its fields.

The audit chain (scheme 2) hashes a record as the digest of its fields' digests::

    field salt    = HMAC-SHA256(entry salt, field name)
    field digest  = SHA-256(field salt + 0x1F + name + 0x1F + canonical JSON of the value)
    payload digest = SHA-256(canonical JSON of {name: field digest})

A station keeps each entry's random salt. When its release policy withholds a field
(a person's name, an identity document), headquarters receives that field's digest
instead of its value and salt: it can still recompute the payload digest and so verify
the chain, but it cannot test guesses against the digest (the field salt derives from
the entry salt, which never leaves the station). A field that is sent travels with its
own salt, which tells nothing about the others'.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Mapping
from typing import Any

from borderdesk.core.canonical import canonical_json

_SEPARATOR = "\x1f"


def new_entry_salt() -> str:
    """A fresh random salt for one audit entry (hex)."""
    return secrets.token_hex(16)


def field_salt(entry_salt: str, name: str) -> str:
    """The salt of one field of an entry, derived from the entry's salt (hex)."""
    return hmac.new(bytes.fromhex(entry_salt), name.encode("utf-8"), hashlib.sha256).hexdigest()


def field_digest(name: str, value: Any, salt: str) -> str:
    """The digest of one field's value under its field salt (hex)."""
    text = salt + _SEPARATOR + name + _SEPARATOR + canonical_json(value)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_digest(digests: Mapping[str, str]) -> str:
    """The digest of a whole record from its fields' digests (hex)."""
    return hashlib.sha256(canonical_json(dict(digests)).encode("utf-8")).hexdigest()


def record_digests(record: Mapping[str, Any], entry_salt: str) -> dict[str, str]:
    """Every field's digest of ``record`` under ``entry_salt``."""
    return {name: field_digest(name, value, field_salt(entry_salt, name))
            for name, value in record.items()}
