"""The two DB-API drivers behind a station database, and their error classes.

A plain station is opened with Python's ``sqlite3``; an encrypted one with
``sqlcipher3.dbapi2``, a fork of the same module with the same API but classes of
its own: ``except sqlite3.IntegrityError`` does not catch
``sqlcipher3.dbapi2.IntegrityError``. Code that must catch a database error
names it through this module, which covers every driver loaded so far::

    except dbapi.integrity_errors():

sqlcipher3 is only imported when an encrypted database is opened (the plain path
loads nothing more); until then no sqlcipher3 connection can exist, so the tuple
of ``sqlite3``'s classes alone is complete.
"""

from __future__ import annotations

import sqlite3
import sys
from types import ModuleType

#: The module name of the encrypted driver (imported lazily, see :func:`cipher_driver`).
CIPHER_MODULE = "sqlcipher3.dbapi2"


def cipher_driver() -> ModuleType:
    """``sqlcipher3.dbapi2``, imported on first use (it bundles SQLCipher and OpenSSL)."""
    import sqlcipher3.dbapi2

    module: ModuleType = sqlcipher3.dbapi2
    return module


def loaded_drivers() -> tuple[ModuleType, ...]:
    """``sqlite3``, and ``sqlcipher3.dbapi2`` once something has imported it."""
    cipher = sys.modules.get(CIPHER_MODULE)
    return (sqlite3,) if cipher is None else (sqlite3, cipher)


def driver_of(conn: object) -> ModuleType:
    """The module whose classes ``conn`` raises and returns (rows, errors)."""
    if isinstance(conn, sqlite3.Connection):
        return sqlite3
    cipher = sys.modules.get(CIPHER_MODULE)
    if cipher is not None and isinstance(conn, cipher.Connection):
        return cipher
    raise TypeError(f"not a database connection: {type(conn).__name__}")


def _classes(name: str) -> tuple[type[Exception], ...]:
    return tuple(getattr(module, name) for module in loaded_drivers())


def database_errors() -> tuple[type[Exception], ...]:
    """Every driver's ``DatabaseError`` (the base of all errors the database reports)."""
    return _classes("DatabaseError")


def integrity_errors() -> tuple[type[Exception], ...]:
    """Every driver's ``IntegrityError`` (constraints, and our append-only triggers)."""
    return _classes("IntegrityError")


def operational_errors() -> tuple[type[Exception], ...]:
    """Every driver's ``OperationalError`` (locked, read-only, disk full...)."""
    return _classes("OperationalError")
