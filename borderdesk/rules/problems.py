"""Problems found in a profile, each named as ``FILE:LINE:COL: message``.

A profile with problems is rejected whole and every problem is reported; the
profile in use stays in use.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderdesk.core.errors import BorderdeskError
from borderdesk.core.i18n import tr


@dataclass(frozen=True, slots=True)
class ProfileProblem:
    """One problem at a place in a profile file (1-based line and column)."""

    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.message}"


class ProfileError(BorderdeskError):
    """A profile that does not validate; ``problems`` lists every problem found."""

    def __init__(self, problems: list[ProfileProblem]) -> None:
        self.problems = problems
        lines = "\n".join(str(problem) for problem in problems)
        super().__init__(tr("the profile has {count} problems:\n{lines}",
                            count=len(problems), lines=lines))


class ConditionSyntaxError(Exception):
    """A condition that cannot be parsed or checked; ``offset`` is in the condition text."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message
