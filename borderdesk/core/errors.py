"""Error classes: expected errors shown in plain words, separate from bugs.

An expected error is the user's or the environment's fault (a broken file, a
database that is not ours, a cancelled job). Everything else is a bug and is
logged with its traceback.
"""

from __future__ import annotations


class BorderdeskError(Exception):
    """An expected error. Its message is shown to the user as it is."""

    #: The command line's exit code for this error (2: bad input or usage).
    exit_code: int = 2


class UserInputError(BorderdeskError):
    """Bad input from the user: a wrong option, a file that does not exist."""


class DataFileError(BorderdeskError):
    """A versioned data file (code list, demo data, profile...) that does not validate.

    The message names the file, the line and the field, as ``FILE:LINE: field: problem``.
    """

    def __init__(self, path: str, line: int | None, field: str | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.problem = problem
        where = f"{path}:{line}" if line is not None else path
        what = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {what}")


class StoreError(BorderdeskError):
    """The station database cannot be opened or used (not ours, too new, locked, damaged)."""


class Cancelled(BorderdeskError):
    """A long job was cancelled by the user; nothing it started was kept."""
