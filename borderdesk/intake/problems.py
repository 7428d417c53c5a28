"""Problems found while reading a file: errors (the file is rejected) and warnings.

Every problem names where it is, as ``FILE:LINE: field: problem``; lines count
from 1 (for CSV the physical line, the header being line 1; for XLSX the row).
At most :data:`MAX_LISTED` of each kind are kept; the rest are only counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_LISTED = 100


@dataclass(frozen=True, slots=True)
class Problem:
    """One error or warning at a place in a file."""

    line: int | None
    field: str | None
    message: str

    def format(self, file_name: str) -> str:
        """The problem as ``FILE:LINE: field: problem``."""
        where = f"{file_name}:{self.line}" if self.line is not None else file_name
        return f"{where}: {self.field}: {self.message}" if self.field else \
            f"{where}: {self.message}"


@dataclass(slots=True)
class ProblemList:
    """Collects problems, keeping the first :data:`MAX_LISTED` and counting the rest."""

    listed: list[Problem] = field(default_factory=list)
    unlisted: int = 0

    def add(self, line: int | None, field_name: str | None, message: str) -> None:
        """Record one problem."""
        if len(self.listed) < MAX_LISTED:
            self.listed.append(Problem(line, field_name, message))
        else:
            self.unlisted += 1

    @property
    def count(self) -> int:
        """How many problems were found in all."""
        return len(self.listed) + self.unlisted

    def __bool__(self) -> bool:
        return self.count > 0


class FileProblem(Exception):
    """A problem that stops reading the file (truncated JSON, wrong CSV header, ...)."""

    def __init__(self, line: int | None, field_name: str | None, message: str) -> None:
        super().__init__(message)
        self.problem = Problem(line, field_name, message)
