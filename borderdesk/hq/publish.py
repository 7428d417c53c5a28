"""Artefacts HQ publishes to stations: risk profiles, watch lists, reference packs, code lists.

A file is checked with the loader the station itself uses before it is published, so
a station is never sent a file it cannot install; its name and version are read from
it (a watch list file has neither: it is named by its file name, or ``name``, and HQ
numbers its versions 1, 2, 3...). Each publication gets a serial, is signed by HQ's key
over ``{kind, name, version, sha256, published_at}``, and keeps the file's bytes in the
database. Publishing the same content again is a no-op.
"""

from __future__ import annotations

import hashlib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.codelists import load_codelist
from borderdesk.core.errors import BorderdeskError, UserInputError
from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, NotFound, Transaction
from borderdesk.hq.identity import HqIdentity, iso
from borderdesk.identify.refpack_archive import PackReader
from borderdesk.rules.profile import load_profile
from borderdesk.rules.watchlist_csv import read_watchlist_csv
from borderdesk.sync import protocol

#: The largest file HQ publishes.
MAX_ARTEFACT = 200 * 1024 * 1024


class PublishRefused(UserInputError):
    """A file HQ does not publish: it does not load, or its version is taken."""


@dataclass(frozen=True)
class Published:
    """A publication (``new``: False when the same content was published already)."""

    serial: int
    kind: str
    name: str
    version: str
    sha256: str
    size: int
    published_at: str
    signature: str
    new: bool = True


def _identify(kind: str, path: Path, name: str | None) -> tuple[str, str | None]:
    """The file's (name, version) as the station's loader reads it (version None: HQ
    numbers it). Raises PublishRefused with the loader's message."""
    try:
        if kind == "profile":
            profile = load_profile(path)
            return profile.id, str(profile.version)
        if kind == "codelist":
            codes = load_codelist(path)
            return codes.name, str(codes.version)
        if kind == "watchlist":
            read_watchlist_csv(path)
            return (name or path.stem), None
        with PackReader(path) as pack, tempfile.TemporaryDirectory() as scratch:
            pack.extract_to(Path(scratch))  # every image checked as the station will
            return pack.manifest.id, pack.manifest.version.text
    except BorderdeskError as refused:
        raise PublishRefused(tr("{path}: not published: {reason}", path=path,
                                reason=refused)) from None


def publish(db: HqDatabase, identity: HqIdentity, kind: str, path: Path, *, now: int,
            name: str | None = None) -> Published:
    """Publish the file at ``path`` as a ``kind`` artefact (``name``: a watch list's name,
    its file name's stem by default)."""
    if kind not in protocol.ARTEFACT_KINDS:
        raise PublishRefused(tr("{kind}: HQ publishes {kinds}", kind=kind,
                                kinds=", ".join(protocol.ARTEFACT_KINDS)))
    try:
        content = path.read_bytes()
    except OSError as exc:
        raise PublishRefused(tr("{path}: cannot be read ({reason})", path=path,
                                reason=exc.strerror or exc)) from None
    if not content or len(content) > MAX_ARTEFACT:
        raise PublishRefused(tr("{path}: a published file has 1 byte to {most} MB",
                                path=path, most=MAX_ARTEFACT // (1024 * 1024)))
    artefact_name, version = _identify(kind, path, name)
    sha256 = hashlib.sha256(content).hexdigest()
    with db.transaction() as tx:
        same = tx.one("SELECT serial FROM hq_published WHERE kind = ? AND name = ?"
                      " AND sha256 = ?", (kind, artefact_name, sha256))
        if same is not None:
            return _published(tx, int(same[0]), new=False)
        if version is None:
            count = tx.one("SELECT count(*) FROM hq_published WHERE kind = ? AND name = ?",
                           (kind, artefact_name))
            version = str(int(count[0] if count else 0) + 1)
        elif tx.one("SELECT 1 FROM hq_published WHERE kind = ? AND name = ? AND version = ?",
                    (kind, artefact_name, version)) is not None:
            raise PublishRefused(tr(
                "{path}: {kind} {name} version {version} is published already with other "
                "content: give the file a new version", path=path, kind=kind,
                name=artefact_name, version=version))
        published_at = iso(now) or ""
        signature = protocol.sign_statement(identity.keys.sign, protocol.artefact_statement(
            kind, artefact_name, version, sha256, published_at))
        row = tx.one("INSERT INTO hq_published (kind, name, version, sha256, size,"
                     " published_at, signature, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                     " RETURNING serial", (kind, artefact_name, version, sha256, len(content),
                                           published_at, signature, content))
        assert row is not None
        return _published(tx, int(row[0]), new=True)


_FIELDS = "serial, kind, name, version, sha256, size, published_at, signature"


def _published(tx: Transaction, serial: int, *, new: bool) -> Published:
    row = tx.one(f"SELECT {_FIELDS} FROM hq_published WHERE serial = ?", (serial,))
    assert row is not None
    return Published(int(row[0]), row[1], row[2], row[3], row[4], int(row[5]), row[6], row[7],
                     new)


def published_after(db: HqDatabase, serial: int) -> list[dict[str, Any]]:
    """Every publication with a serial above ``serial``, oldest first (contract fields)."""
    with db.transaction(write=False) as tx:
        rows = tx.execute(f"SELECT {_FIELDS} FROM hq_published WHERE serial > ?"
                          " ORDER BY serial", (serial,))
    return [{"serial": int(r[0]), "kind": r[1], "name": r[2], "version": r[3], "sha256": r[4],
             "size": int(r[5]), "published_at": r[6], "signature": r[7]} for r in rows]


def published_content(db: HqDatabase, serial: int) -> bytes:
    """The bytes of publication ``serial`` (NotFound when there is none)."""
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT content FROM hq_published WHERE serial = ?", (serial,))
    if row is None:
        raise NotFound(tr("nothing is published as {serial}", serial=serial))
    return bytes(row[0])
