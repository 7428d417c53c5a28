"""Who writes, for which station, and when: the stamp every stored row carries."""

from __future__ import annotations

from dataclasses import dataclass, field

from borderdesk.core.clock import Clock, SystemClock, format_utc


@dataclass(frozen=True, slots=True)
class WriteContext:
    """The acting user, the station and the clock for one unit of work."""

    station_id: str
    actor: str
    clock: Clock = field(default_factory=SystemClock)

    def now(self) -> str:
        """The current time as stored UTC text."""
        return format_utc(self.clock.now())
