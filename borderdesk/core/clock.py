"""Time: one clock to ask, and one text form for stored UTC timestamps.

Stored timestamps are ISO 8601 UTC text with milliseconds and a ``Z``
(``2026-11-28T07:15:00.000Z``): they sort as text and read the same everywhere.
Tests pass a :class:`FixedClock` instead of reading the system time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current time, always as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock that always says the same time (for tests and reproducible demos)."""

    def __init__(self, moment: datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._moment = moment.astimezone(UTC)

    def now(self) -> datetime:
        return self._moment


def format_utc(moment: datetime) -> str:
    """Format an aware datetime as stored UTC text, e.g. ``2026-11-28T07:15:00.000Z``."""
    if moment.tzinfo is None:
        raise ValueError("format_utc needs an aware datetime")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def parse_utc(text: str) -> datetime:
    """Read a stored UTC timestamp back into an aware datetime."""
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
