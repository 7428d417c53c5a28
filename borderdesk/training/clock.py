"""The scenario clock: the time an exercise station lives in.

A scenario starts at its pack's ``starts_at`` (a morning at the crossing, whatever the
real day). In ``real`` mode it then runs at the speed of the real clock; in ``stepped``
mode it stands still until the trainer steps it forward. Either way the trainer may jump
it forward. Its state is an anchor: at real time R the scenario time was S; a step or a
change of mode sets a new anchor. Everything a trainee records on an exercise station is
stamped with this time, so timing is measured in scenario minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from borderdesk.core.clock import Clock

CLOCK_MODES = ("real", "stepped")


@dataclass(frozen=True, slots=True)
class ClockState:
    """At real time ``real_anchor`` the scenario time was ``scenario_anchor``."""

    mode: str
    real_anchor: datetime
    scenario_anchor: datetime

    def __post_init__(self) -> None:
        if self.mode not in CLOCK_MODES:
            raise ValueError(f"not a clock mode: {self.mode}")
        if self.real_anchor.tzinfo is None or self.scenario_anchor.tzinfo is None:
            raise ValueError("the clock's anchors must be aware datetimes")


def scenario_now(state: ClockState, real_now: datetime) -> datetime:
    """The scenario time at real time ``real_now`` (UTC). A real clock set back never
    turns the scenario back."""
    if state.mode == "stepped":
        return state.scenario_anchor.astimezone(UTC)
    elapsed = max(real_now - state.real_anchor, timedelta(0))
    return (state.scenario_anchor + elapsed).astimezone(UTC)


def stepped(state: ClockState, real_now: datetime, minutes: float) -> ClockState:
    """The state after jumping the scenario ``minutes`` forward (never backward)."""
    if minutes <= 0:
        raise ValueError("the scenario clock only moves forward")
    return ClockState(state.mode, real_now,
                      scenario_now(state, real_now) + timedelta(minutes=minutes))


def with_mode(state: ClockState, real_now: datetime, mode: str) -> ClockState:
    """The state after switching to ``mode`` now (the scenario time is kept)."""
    return ClockState(mode, real_now, scenario_now(state, real_now))


def minutes_between(start: datetime, end: datetime) -> float:
    """Minutes from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return (end - start).total_seconds() / 60.0


class ScenarioClock:
    """A :class:`~borderdesk.core.clock.Clock` telling the scenario time.

    ``read_state`` is asked at every reading, so a step made by the trainer from another
    program is seen at once; ``real`` is the real clock (a fixed one in tests).
    """

    def __init__(self, read_state: Callable[[], ClockState | None], real: Clock) -> None:
        self.read_state = read_state
        self.real = real

    def now(self) -> datetime:
        state = self.read_state()
        real_now = self.real.now()
        return real_now if state is None else scenario_now(state, real_now)
