"""Headquarters' identity: its id, name and keys, made once by ``hq init``.

HQ's private keys (the Ed25519 key that signs responses and published artefacts, the
X25519 key that opens stations' bundles) are kept in the HQ database itself, in
``hq_identity``: whoever can read that database can act as HQ, so it is protected as
the server is (PostgreSQL's access rules, or the SQLite file's permissions, which
:func:`init_hq` sets to the owner only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from borderdesk.core.i18n import tr
from borderdesk.core.ids import new_id
from borderdesk.hq.database import HqDatabase, HqStoreError, redacted
from borderdesk.sync.protocol import KeyPair


@dataclass(frozen=True)
class HqIdentity:
    """Who headquarters is: its id, its name and its two key pairs."""

    hq_id: str
    name: str
    keys: KeyPair = field(repr=False)


def iso(moment: int | None) -> str | None:
    """Unix seconds as UTC text (``2026-11-28T07:15:00Z``); None stays None."""
    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def init_hq(url: str, *, name: str = "headquarters", now: int) -> HqIdentity:
    """Create HQ's database at ``url`` with its schema and a new identity (keys made here)."""
    if not name.strip():
        raise HqStoreError(tr("headquarters needs a name"))
    keys = KeyPair.generate()
    identity = HqIdentity(new_id(), name.strip(), keys)
    with HqDatabase.create(url) as db:
        with db.transaction() as tx:
            tx.run("INSERT INTO hq_identity (id, hq_id, name, sign_key, box_key, created_at)"
                   " VALUES (1, ?, ?, ?, ?, ?)",
                   (identity.hq_id, identity.name, keys.sign_private(), keys.box_private(),
                    now))
        if db.engine == "sqlite":
            Path(url[len("sqlite:///"):]).chmod(0o600)
    return identity


def load_identity(db: HqDatabase) -> HqIdentity:
    """HQ's identity as ``hq init`` made it."""
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT hq_id, name, sign_key, box_key FROM hq_identity WHERE id = 1")
    if row is None:
        raise HqStoreError(tr("{url}: holds no headquarters identity: run borderdesk hq init",
                              url=redacted(db.url)))
    return HqIdentity(row[0], row[1], KeyPair.from_text(row[2], row[3]))
