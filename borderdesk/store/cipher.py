"""Encrypting a station database, changing its key, and finding which key opens it.

:func:`encrypt_in_place` (plain to encrypted) and :func:`reencrypt_in_place` (key
rotation) do the same dance, chosen so that an interruption at any moment (a crash,
a power cut, SIGKILL) leaves a database that opens, plain or under the old key
before the swap, under the new key after it:

1. remove what an interrupted run left (``<db>.encrypting`` and its journal);
2. open the database alone: checkpoint it and leave WAL mode (SQLite refuses that
   while another connection has it open), so no ``-wal`` written under the old
   form can sit beside the new file; then hold an exclusive lock so nobody writes
   while it is copied and verified;
3. ``ATTACH`` ``<db>.encrypting`` with the new key and copy everything into it
   with ``sqlcipher_export`` (schema, rows, triggers, the FTS index), then its
   ``user_version`` and ``application_id``, which the export leaves out;
4. verify the copy on a fresh connection with the new key: ``integrity_check``,
   ``cipher_integrity_check`` (every page's HMAC), ``application_id``,
   ``user_version`` and every table's row count equal to the original's;
5. fsync the copy, close the original, ``os.replace`` the copy over it (atomic),
   fsync the folder.

The old file disappears with the rename (its inode is freed; no copy of it is
kept). The blocks it occupied are not overwritten: on an SSD or a journalling
file system old plaintext may survive in free space, which only full-disk
encryption protects (docs/security.md).

Why not ``PRAGMA rekey``: SQLCipher cannot ``rekey`` a plaintext database at all;
for rotation it rewrites every page of the live file in one transaction, so the
crash safety rests on its journal (or WAL) holding pages under two keys at once,
and nothing can be verified before the old form is gone. The copy-verify-rename
above leaves the original untouched until one atomic rename, costs the same (every
page is rewritten either way) and is the same code for both cases.

SQLite's locks are per process and per copy of the library: sqlcipher3 carries its
own SQLite, so a connection this process holds through ``sqlite3`` is invisible to
the check in step 2 (and would lose its locks). Call these with the station
closed, in this process as in every other.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from borderdesk.core.errors import StoreError
from borderdesk.core.i18n import tr
from borderdesk.store import dbapi
from borderdesk.store.database import (
    APPLICATION_ID,
    connect_encrypted,
    is_encrypted_file,
    is_plain_file,
    key_pragma,
)
from borderdesk.store.errors import EncryptedDatabaseError, NotEncryptedError, WrongKeyError
from borderdesk.store.snapshot import database_problems, fsync_file, fsync_folder

#: The suffix of the new file while it is written and verified.
PARTIAL_SUFFIX = ".encrypting"
#: How long to wait for another connection to let go before saying the station is open.
_ALONE_TIMEOUT_S = 2.0


def encrypt_in_place(path: Path, new_key: bytes) -> None:
    """Encrypt the plain station database at ``path`` with ``new_key`` (raw, 32 bytes).

    Raises :class:`StoreError` when the file is missing, already encrypted, open
    elsewhere, or when the copy does not verify (the plain database is then left as
    it was).
    """
    _rewrite(path, None, new_key)


def reencrypt_in_place(path: Path, old_key: bytes, new_key: bytes) -> None:
    """Re-encrypt the database at ``path`` from ``old_key`` to ``new_key`` (key rotation).

    Raises :class:`WrongKeyError` when ``old_key`` does not open it, and
    :class:`StoreError` as :func:`encrypt_in_place` does.
    """
    _rewrite(path, old_key, new_key)


def which_key(path: Path, candidates: Iterable[bytes]) -> bytes:
    """The first of ``candidates`` that opens the encrypted database at ``path``.

    A rotation interrupted after its swap leaves the database under the new key, so
    the caller tries the new key, then the old. Raises :class:`WrongKeyError` when
    none opens it, :class:`NotEncryptedError` for a plain file.
    """
    _require_file(path)
    if is_plain_file(path):
        raise NotEncryptedError(tr("{path}: is not encrypted (a plain SQLite file)",
                                   path=path))
    for key in candidates:
        conn = connect_encrypted(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        except dbapi.database_errors():
            continue
        finally:
            conn.close()
        return key
    raise WrongKeyError(tr("{path}: none of the station's keys opens it", path=path))


def remove_leftovers(path: Path) -> None:
    """Remove what an interrupted encryption of ``path`` left beside it (never ``path``)."""
    partial = Path(str(path) + PARTIAL_SUFFIX)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


def _require_file(path: Path) -> None:
    if not path.is_file():
        raise StoreError(tr("{path}: no such station database", path=path))


def _rewrite(path: Path, old_key: bytes | None, new_key: bytes) -> None:
    key_pragma(new_key)  # checks its length before anything is touched
    _require_file(path)
    remove_leftovers(path)
    if old_key is None and is_encrypted_file(path):
        raise EncryptedDatabaseError(tr("{path}: is already encrypted", path=path))
    if old_key is not None and is_plain_file(path):
        raise NotEncryptedError(tr("{path}: is not encrypted (a plain SQLite file)",
                                   path=path))
    partial = Path(str(path) + PARTIAL_SUFFIX)
    with _exclusive_source(path, old_key) as source:
        counts = _row_counts(source)
        user_version = source.execute("PRAGMA user_version").fetchone()[0]
        try:
            _export(source, partial, new_key, user_version)
            _verify(partial, new_key, counts, user_version)
            fsync_file(partial)
        except BaseException:
            remove_leftovers(path)
            raise
    # Closed first: Windows cannot rename over an open file.
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:  # someone reopened it and wrote meanwhile
        remove_leftovers(path)
        raise StoreError(tr("{path}: was opened by another program while it was encrypted; "
                            "nothing was changed, try again", path=path))
    for stale in (wal, Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    partial.replace(path)
    fsync_folder(path.parent)


@contextlib.contextmanager
def _exclusive_source(path: Path, key: bytes | None) -> Iterator[sqlite3.Connection]:
    """The database opened alone, out of WAL mode, under an exclusive lock held until closed."""
    if key is None:
        driver = dbapi.cipher_driver()  # the export function lives in SQLCipher's SQLite
        conn: sqlite3.Connection = driver.connect(str(path), isolation_level=None,
                                                  timeout=_ALONE_TIMEOUT_S)
    else:
        conn = connect_encrypted(path, key)
        conn.execute(f"PRAGMA busy_timeout={int(_ALONE_TIMEOUT_S * 1000)}")
    try:
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except dbapi.database_errors():
            if key is None:
                raise StoreError(tr("{path}: not a station database", path=path)) from None
            raise WrongKeyError(tr("{path}: the old key does not open it", path=path)) from None
        if app_id != APPLICATION_ID:
            raise StoreError(tr("{path}: not a borderdesk station database", path=path))
        try:
            # Checkpoints the -wal into the file and deletes it; refused while others read.
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            conn.execute("PRAGMA main.locking_mode=EXCLUSIVE")
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("COMMIT")  # in exclusive locking mode the lock stays held
        except dbapi.operational_errors():
            mode = None
        if mode != "delete":
            raise StoreError(tr("{path}: is open in borderdesk or another program; close it "
                                "and try again", path=path))
        yield conn
    finally:
        conn.close()


def _row_counts(conn: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in conn.execute(
        "SELECT name FROM main.sqlite_schema WHERE type = 'table' AND rootpage > 0 "
        "ORDER BY name")]
    return {name: conn.execute(f'SELECT count(*) FROM main."{name}"').fetchone()[0]
            for name in names}


def _export(source: sqlite3.Connection, partial: Path, key: bytes, user_version: int) -> None:
    source.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), _key_literal(key)))
    try:
        source.execute("BEGIN")
        try:
            source.execute("SELECT sqlcipher_export('encrypted')").fetchall()
            # sqlcipher_export copies schema and rows, not the header's two numbers.
            source.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
            source.execute(f"PRAGMA encrypted.application_id = {APPLICATION_ID}")
            source.execute("COMMIT")
        except BaseException:
            if source.in_transaction:
                source.execute("ROLLBACK")
            raise
    finally:
        source.execute("DETACH DATABASE encrypted")


def _key_literal(key: bytes) -> str:
    # ATTACH ... KEY takes the same raw-key form as PRAGMA key, as a bound string.
    return f"x'{key.hex()}'"


def _verify(partial: Path, key: bytes, counts: dict[str, int], user_version: int) -> None:
    """Check the new file on its own connection; raise :class:`StoreError` naming what differs."""
    conn = connect_encrypted(partial, key)
    try:
        problems = database_problems(conn, encrypted=True)
        if conn.execute("PRAGMA user_version").fetchone()[0] != user_version:
            problems.append(tr("schema version differs"))
        copied = _row_counts(conn)
        for table, count in counts.items():
            if copied.get(table) != count:
                problems.append(tr("table {table}: {copied} rows instead of {count}",
                                   table=table, copied=copied.get(table), count=count))
    except dbapi.database_errors() as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    if problems:
        raise StoreError(tr("{path}: the encrypted copy did not verify, so the database was "
                            "left as it was: {problems}", path=partial,
                            problems="; ".join(problems)))
