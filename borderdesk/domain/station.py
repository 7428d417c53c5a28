"""The station: the crossing point this database belongs to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Station:
    """A border crossing station. ``time_zone`` is an IANA name such as ``Europe/Belgrade``."""

    id: str
    name: str
    crossing_code: str
    country: str | None
    time_zone: str
