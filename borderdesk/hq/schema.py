"""HQ's tables, as versioned migrations that run the same on SQLite and PostgreSQL.

``hq_schema`` holds one row: the number of migrations applied. Each migration is a list
of statements in the portable subset (``{serial}`` and ``{blob}`` are the engine's
auto-numbered key and binary type); a migration runs in one transaction (both engines
roll DDL back), so a database is always at one version. Times are Unix seconds
(``BIGINT``) except the texts a station signed (``taken_at``) or HQ signs
(``published_at``), which are kept as signed.
"""

from __future__ import annotations

from borderdesk.core.i18n import tr
from borderdesk.hq.database import HqDatabase, HqStoreError, redacted

_V1 = [
    "CREATE TABLE hq_identity (id INTEGER PRIMARY KEY CHECK (id = 1), hq_id TEXT NOT NULL,"
    " name TEXT NOT NULL, sign_key TEXT NOT NULL, box_key TEXT NOT NULL,"
    " created_at BIGINT NOT NULL)",
    # One row per station registered by an administrator. station_id and the keys arrive
    # with enrolment; the enrolment code is kept only as its hash.
    "CREATE TABLE hq_stations (name TEXT PRIMARY KEY, station_id TEXT UNIQUE,"
    " code_hash TEXT NOT NULL UNIQUE, code_expires BIGINT NOT NULL,"
    " reported_name TEXT, sign_key TEXT, box_key TEXT, created_at BIGINT NOT NULL,"
    " enrolled_at BIGINT, revoked_at BIGINT, last_seen_at BIGINT)",
    "CREATE TABLE hq_nonces (station_id TEXT NOT NULL, nonce TEXT NOT NULL,"
    " seen_at BIGINT NOT NULL, PRIMARY KEY (station_id, nonce))",
    "CREATE INDEX hq_nonces_age ON hq_nonces (station_id, seen_at)",
    # Per station and stream: the highest contiguous seq stored, the station's own
    # highest seq as it last said, and (audit) the hash of the last stored entry.
    "CREATE TABLE hq_streams (station_id TEXT NOT NULL, stream TEXT NOT NULL,"
    " acked BIGINT NOT NULL DEFAULT 0, head BIGINT NOT NULL DEFAULT 0,"
    " chain_head TEXT, PRIMARY KEY (station_id, stream))",
    # Every item as received (canonical JSON) and its content hash; chain_hash is an
    # audit entry's own hash (checkpoints compare it).
    "CREATE TABLE hq_items (station_id TEXT NOT NULL, stream TEXT NOT NULL,"
    " seq BIGINT NOT NULL, sha256 TEXT NOT NULL, item TEXT NOT NULL, chain_hash TEXT,"
    " received_at BIGINT NOT NULL, PRIMARY KEY (station_id, stream, seq))",
    # The latest state of each record, from the audit stream (the fields sent).
    "CREATE TABLE hq_records (station_id TEXT NOT NULL, entity TEXT NOT NULL,"
    " entity_id TEXT NOT NULL, audit_seq BIGINT NOT NULL, recorded_at TEXT NOT NULL,"
    " operation TEXT NOT NULL, content_checked INTEGER NOT NULL, fields TEXT NOT NULL,"
    " PRIMARY KEY (station_id, entity, entity_id))",
    "CREATE INDEX hq_records_entity ON hq_records (entity)",
    "CREATE TABLE hq_conflicts (id {serial}, station_id TEXT NOT NULL,"
    " stream TEXT NOT NULL, seq BIGINT NOT NULL, stored_sha256 TEXT NOT NULL,"
    " received_sha256 TEXT NOT NULL, received_item TEXT NOT NULL,"
    " received_at BIGINT NOT NULL, UNIQUE (station_id, stream, seq, received_sha256))",
    "CREATE TABLE hq_messages (serial {serial}, station_id TEXT NOT NULL,"
    " kind TEXT NOT NULL, entity TEXT, entity_id TEXT, text TEXT NOT NULL,"
    " created_at BIGINT NOT NULL)",
    "CREATE INDEX hq_messages_station ON hq_messages (station_id, serial)",
    "CREATE TABLE hq_blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL,"
    " received BIGINT NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,"
    " completed_at BIGINT)",
    "CREATE TABLE hq_blob_chunks (sha256 TEXT NOT NULL, byte_offset BIGINT NOT NULL,"
    " data {blob} NOT NULL, PRIMARY KEY (sha256, byte_offset))",
    "CREATE TABLE hq_checkpoints (id {serial}, station_id TEXT NOT NULL,"
    " length BIGINT NOT NULL, head_hash TEXT NOT NULL, taken_at TEXT NOT NULL,"
    " signature TEXT NOT NULL, verdict TEXT NOT NULL, received_at BIGINT NOT NULL)",
    "CREATE INDEX hq_checkpoints_station ON hq_checkpoints (station_id, id)",
    "CREATE TABLE hq_published (serial {serial}, kind TEXT NOT NULL, name TEXT NOT NULL,"
    " version TEXT NOT NULL, sha256 TEXT NOT NULL, size BIGINT NOT NULL,"
    " published_at TEXT NOT NULL, signature TEXT NOT NULL, content {blob} NOT NULL,"
    " UNIQUE (kind, name, version))",
]

#: Migration n (1-based) is MIGRATIONS[n - 1]; append, never edit one that shipped.
MIGRATIONS: list[list[str]] = [_V1]
LATEST = len(MIGRATIONS)


def create(db: HqDatabase) -> None:
    """Give a new database the whole schema (refused when it holds HQ's tables)."""
    if db.has_table("hq_schema"):
        raise HqStoreError(tr(
            "{url}: holds a borderdesk HQ database already; hq init makes a new one only",
            url=redacted(db.url)))
    with db.transaction() as tx:
        tx.run("CREATE TABLE hq_schema (version INTEGER NOT NULL)")
        tx.run("INSERT INTO hq_schema (version) VALUES (0)")
    _apply(db, 0)


def upgrade(db: HqDatabase) -> int:
    """Apply the migrations a database lacks; its version afterwards."""
    if not db.has_table("hq_schema"):
        raise HqStoreError(tr(
            "{url}: is not a borderdesk HQ database: run borderdesk hq init --hq-db URL",
            url=redacted(db.url)))
    return _apply(db, version(db))


def version(db: HqDatabase) -> int:
    """The number of migrations the database has."""
    with db.transaction(write=False) as tx:
        row = tx.one("SELECT version FROM hq_schema")
    return int(row[0]) if row else 0


def _apply(db: HqDatabase, current: int) -> int:
    if current > LATEST:
        raise HqStoreError(tr(
            "{url}: was made by a newer borderdesk (schema {found}, this one knows {known}):"
            " update borderdesk", url=redacted(db.url), found=current, known=LATEST))
    for number in range(current + 1, LATEST + 1):
        with db.transaction() as tx:
            # Read again under the write lock: another process may have just migrated.
            row = tx.one("SELECT version FROM hq_schema FOR UPDATE")
            if row is not None and int(row[0]) >= number:
                continue
            for statement in MIGRATIONS[number - 1]:
                tx.run(statement)
            tx.run("UPDATE hq_schema SET version = ?", (number,))
    return max(current, LATEST)
