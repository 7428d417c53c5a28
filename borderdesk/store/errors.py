"""The station database's expected errors about encryption, each in plain words.

They are :class:`StoreError` subclasses, so every caller that shows a store error
shows these too; the sign-in code can tell them apart (an encrypted file needs the
key, a wrong key means the key file and the database do not belong together).
"""

from __future__ import annotations

from borderdesk.core.errors import StoreError


class EncryptedDatabaseError(StoreError):
    """The database is encrypted and was opened without a key."""


class WrongKeyError(StoreError):
    """The key given does not open the database (it was encrypted with another key)."""


class NotEncryptedError(StoreError):
    """A key was given, but the database is a plain (unencrypted) SQLite file."""
