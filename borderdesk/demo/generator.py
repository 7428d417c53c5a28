"""The demo station's declarations: ordinary trade plus the shipments the rules must catch.

:func:`generate_demo` reads ``resources/demo/*.yaml`` and makes, for a seed and a
"today", two weeks of declarations at the demo crossing in the JSON file format:
mostly ordinary trade, plus the scenarios of ``scenarios.yaml`` that each illustrate
one or more of the 16 risk indicators, and a few amendments. The same seed and today
always give exactly the same output; nothing reads the clock or the global random.

:attr:`DemoData.scenario_hits` says which indicators each scenario declaration was
built to trigger, so the screening tests can check that every rule catches its cases.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from borderdesk.core.paths import resource_path
from borderdesk.demo.amend import benign_amendments
from borderdesk.demo.catalog import DemoStation, Traffic
from borderdesk.demo.context import Builder, Draft, load_catalog, watch_names
from borderdesk.demo.draw import make_window
from borderdesk.demo.ordinary import ordinary_drafts
from borderdesk.demo.risky import scenario_drafts
from borderdesk.demo.scenarios import Scenario, WatchEntry

__all__ = ["DemoData", "DemoStation", "Scenario", "WatchEntry", "generate_demo"]


@dataclass(frozen=True)
class DemoData:
    """A demo station's declarations, ready to be imported in order."""

    station: DemoStation
    #: First versions in the JSON file format, sorted by ``lodged_at``.
    first_versions: list[dict[str, Any]]
    #: Later versions of some of those declarations (same id), sorted by ``lodged_at``.
    amendments: list[dict[str, Any]]
    #: declaration id -> the indicators (1-16) its scenario was built to trigger.
    scenario_hits: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: declaration id -> the scenario that made it (controls included, with no indicators).
    scenario_of: dict[str, str] = field(default_factory=dict)
    #: The scenarios as read from ``scenarios.yaml`` (notes, watch lists, assumed thresholds).
    scenarios: tuple[Scenario, ...] = ()

    @property
    def watch_list(self) -> tuple[WatchEntry, ...]:
        """The watch-list entries the scenarios assume (spelled as the list spells them)."""
        return tuple(entry for scenario in self.scenarios for entry in scenario.watch_list)


def generate_demo(seed: int, today: date, *, data_dir: Path | None = None) -> DemoData:
    """Make the demo declarations for the days up to ``today`` from the data files."""
    catalog = load_catalog(data_dir if data_dir is not None else resource_path("demo"))
    station = catalog.station.station
    traffic = catalog.station.traffic
    builder = Builder(catalog, random.Random(seed), make_window(station.time_zone, today, traffic),
                      watch_names(catalog.scenarios))

    risky = [d for scenario in catalog.scenarios for d in scenario_drafts(builder, scenario)]
    risky_firsts = [d for d in risky if d.amends is None]
    total = _total(builder.rng, traffic, len(risky_firsts))
    ordinary = ordinary_drafts(builder, total - len(risky_firsts))
    amendments = [d for d in risky if d.amends is not None] + benign_amendments(builder, ordinary)

    firsts = _in_lodging_order(risky_firsts + ordinary)
    _assign_ids(firsts, station.crossing_code, traffic.days)
    return DemoData(
        station=station,
        first_versions=[d.render() for d in firsts],
        amendments=[d.render() for d in _in_lodging_order(amendments)],
        scenario_hits={d.declaration_id: d.scenario.indicators for d in firsts
                       if d.scenario is not None and d.scenario.indicators},
        scenario_of={d.declaration_id: d.scenario.key for d in firsts if d.scenario is not None},
        scenarios=catalog.scenarios,
    )


def _total(rng: random.Random, traffic: Traffic, risky: int) -> int:
    """How many first versions to make so that ordinary traffic has its share."""
    share = traffic.ordinary_share.draw(rng)
    total = math.ceil(risky / (1 - share))
    low, high = round(traffic.first_versions.low), round(traffic.first_versions.high)
    return max(low, min(high, total), risky)


def _in_lodging_order(drafts: list[Draft]) -> list[Draft]:
    # sorted() is stable: equal times keep the order they were made in, which is seeded.
    return sorted(drafts, key=lambda d: d.lodged)


def _assign_ids(firsts: list[Draft], crossing: str, days: int) -> None:
    """Number the first versions in lodging order, per calendar year.

    Numbers start where a station with the demo's daily traffic would be on the
    first day of the window (a demo in November does not start at 000001).
    """
    per_day = max(1, round(len(firsts) / days))
    counters: dict[int, int] = {}
    for draft in firsts:
        day = draft.lodged.date()
        if day.year not in counters:
            counters[day.year] = (day.timetuple().tm_yday - 1) * per_day
        counters[day.year] += 1
        draft.declaration_id = f"{crossing}-{day.year}-{counters[day.year]:06d}"
