"""Drawing the parts of a declaration: times, names, plates, references, parties, goods lines.

Everything takes the generator's own :class:`random.Random` so that a seed gives the
same demo every time; nothing here reads the clock or the global random state.
Parts are returned in the JSON file format's shapes (plain dicts).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from borderdesk.core.text import normalise
from borderdesk.demo.catalog import Company, Fleet, Money, Paperwork, People, PlateRule, Traffic
from borderdesk.demo.goods import ItemSpec
from borderdesk.demo.schema import Weights, pick

_MAX_TRIES = 50
#: Units measured rather than counted: their small quantities keep decimals (2.5 m3).
_MEASURED_UNITS = frozenset({"kg", "l", "m", "m2", "m3"})


@dataclass(frozen=True)
class Window:
    """The days the demo covers, in the station's time zone."""

    zone: ZoneInfo
    days: tuple[date, ...]
    last_hour_today: int

    @property
    def start(self) -> datetime:
        """Midnight starting the first day."""
        return datetime.combine(self.days[0], time(0, 0), tzinfo=self.zone)

    @property
    def end(self) -> datetime:
        """The latest moment anything may be lodged (e.g. 18:00 today)."""
        if self.last_hour_today >= 24:
            return datetime.combine(self.days[-1] + timedelta(days=1), time(0, 0),
                                    tzinfo=self.zone) - timedelta(minutes=1)
        return datetime.combine(self.days[-1], time(self.last_hour_today, 0), tzinfo=self.zone)


def make_window(zone_name: str, today: date, traffic: Traffic) -> Window:
    """The ``traffic.days`` days up to and including ``today``."""
    days = tuple(today - timedelta(days=offset) for offset in range(traffic.days - 1, -1, -1))
    return Window(ZoneInfo(zone_name), days, traffic.last_hour_today)


def later(moment: datetime, minutes: float) -> datetime:
    """``moment`` plus ``minutes`` of real time (safe across daylight-saving changes)."""
    utc = moment.astimezone(UTC) + timedelta(minutes=round(minutes))
    zone = moment.tzinfo
    assert zone is not None
    return utc.astimezone(zone)


def draw_time(rng: random.Random, window: Window, traffic: Traffic,
              latest: datetime | None = None) -> datetime:
    """A lodging time shaped by the weekday and hour weights, not after ``latest``."""
    bound = min(latest, window.end) if latest is not None else window.end
    for _ in range(_MAX_TRIES):
        day = rng.choices(window.days, [traffic.weekday_weights[d.weekday()]
                                        for d in window.days])[0]
        hours = traffic.hour_weights
        if day == window.days[-1]:
            hours = hours[:window.last_hour_today]  # nothing after the end of today
        hour = rng.choices(range(len(hours)), hours)[0]
        local = datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=window.zone)
        # Through UTC and back: a wall time skipped by daylight saving becomes a real one.
        moment = local.astimezone(UTC).astimezone(window.zone)
        if window.start <= moment <= bound:
            return moment
    # The bound is so early that the weights rarely reach it: draw uniformly instead.
    span = max(0.0, (bound - window.start).total_seconds() / 60)
    return later(window.start, rng.uniform(0, span))


def fill(rng: random.Random, pattern: str, letters: str, **fields: str) -> str:
    """Fill ``{field}`` names, ``#`` with digits and ``@`` with ``letters``."""
    text = pattern.format(**fields) if fields else pattern
    return "".join(str(rng.randrange(10)) if ch == "#" else rng.choice(letters) if ch == "@"
                   else ch for ch in text)


_REFERENCE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def reference(rng: random.Random, paperwork: Paperwork, doc_type: str, day: date,
              country: str) -> str:
    """A document reference drawn from the patterns of ``doc_type``."""
    pattern = rng.choice(paperwork.references[doc_type])
    return fill(rng, pattern, _REFERENCE_LETTERS, year=str(day.year),
                yy=f"{day.year % 100:02d}", country=country)


def plate(rng: random.Random, rule: PlateRule) -> str:
    """A registration plate of ``rule``'s country."""
    area = rng.choice(rule.areas) if rule.areas else ""
    return fill(rng, rng.choice(rule.patterns), rule.letters, area=area)


def seals(rng: random.Random, fleet: Fleet, country: str) -> list[str]:
    """Customs seal numbers put on at dispatch."""
    return [fill(rng, fleet.seal_pattern, _REFERENCE_LETTERS, country=country)
            for _ in range(fleet.seals.draw_int(rng))]


def person_name(rng: random.Random, people: People, country: str, role: str,
                avoid: frozenset[str] = frozenset()) -> str:
    """A name in one of the languages and scripts of ``country``'s people.

    ``avoid`` holds folded names (the watch list): ordinary traffic must not hit it
    by chance, or a rule's hits on the demo would not be the scenarios'.
    """
    for _ in range(_MAX_TRIES):
        group = people.groups[pick(rng, people.languages[country])]
        if rng.random() < people.female_share[role]:
            name = f"{rng.choice(group.female)} {rng.choice(group.family_female)}"
        else:
            name = f"{rng.choice(group.male)} {rng.choice(group.family)}"
        if normalise(name) not in avoid:
            return name
    raise RuntimeError("names.yaml cannot make a name outside the watch list")


def company_party(company: Company, kind: str | None = "company") -> dict[str, Any]:
    """A party dict for a company."""
    return {"name": company.name, "country": company.country, "address": company.city,
            "kind": kind}


def private_party(rng: random.Random, people: People, country: str, avoid: frozenset[str],
                  names_from: str | None = None) -> dict[str, Any]:
    """A party dict for a new private person living in ``country``.

    ``names_from`` gives the person a name of another country's people: the diaspora
    living in Germany or Austria sends parcels home under Serbian or Albanian names.
    """
    name = person_name(rng, people, names_from or country, "private", avoid)
    return {"name": name, "country": country, "address": rng.choice(people.places[country]),
            "kind": "private"}


def vehicle(rng: random.Random, fleet: Fleet, country: str, mode: str) -> dict[str, Any]:
    """A vehicle dict; trucks pull a trailer registered in the same country."""
    rule = fleet.plates[country]
    trailer = plate(rng, rule) if mode in fleet.trailer_modes else None
    return {"registration": plate(rng, rule), "country": country, "trailer": trailer}


def currency_for(rng: random.Random, money: Money, country: str | None) -> str:
    """The invoice currency of a consignor in ``country``."""
    choices: Weights | None = money.by_country.get(country or "")
    return pick(rng, choices) if choices else money.default


@dataclass(frozen=True)
class LineDraw:
    """The random numbers of one goods line, drawn once and scaled if the load is too big."""

    spec: ItemSpec
    quantity: float
    unit_kg: float
    per_package: float | None
    value_per_kg: float
    tare: float

    def gross_kg(self, factor: float = 1.0) -> float:
        """The line's gross mass with its quantity multiplied by ``factor``."""
        return self._quantity(factor) * self.unit_kg * (1 + self.tare)

    def _quantity(self, factor: float) -> float:
        scaled = self.quantity * factor
        if self.spec.unit in _MEASURED_UNITS and scaled < 10:
            return max(0.01, round(scaled, 2))
        return float(max(1, round(scaled)))  # counted, or weighed in whole units

    def render(self, line: int, description: str, money: Money, currency: str,
               factor: float = 1.0) -> dict[str, Any]:
        """The goods line dict, its value converted from EUR to ``currency``."""
        quantity = self._quantity(factor)
        net = quantity * self.unit_kg
        packages = (None if self.per_package is None
                    else max(1, math.ceil(quantity / self.per_package)))
        return {
            "line": line,
            "hs_code": self.spec.hs_code,
            "description": description,
            "quantity": int(quantity) if quantity.is_integer() else quantity,
            "unit": self.spec.unit,
            "packages": packages,
            "gross_kg": round(net * (1 + self.tare), 1),
            "net_kg": round(net, 1),
            "value": round(net * self.value_per_kg * money.per_eur[currency], 2),
            "currency": currency,
        }


def draw_line(rng: random.Random, spec: ItemSpec) -> LineDraw:
    """Draw the numbers of one goods line of ``spec``."""
    per_package = spec.per_package.draw(rng) if spec.per_package is not None else None
    return LineDraw(spec, spec.quantity.draw(rng), spec.unit_kg.draw(rng), per_package,
                    spec.value_per_kg.draw(rng), spec.tare.draw(rng))


def render_lines(rng: random.Random, draws: Sequence[LineDraw], descriptions: Sequence[str],
                 money: Money, currency: str, fleet: Fleet, mode: str) -> list[dict[str, Any]]:
    """Goods line dicts, scaled down together when they exceed the vehicle's capacity.

    Quantities in goods.yaml are for a full truck; a van or a car with the same goods
    carries a partial load of what it can take.
    """
    total = sum(d.gross_kg() for d in draws)
    capacity_kg = fleet.capacity_kg[mode]
    factor = 1.0
    if total > capacity_kg:
        factor = capacity_kg * fleet.partial_load.draw(rng) / total
    return [d.render(i + 1, text, money, currency, factor)
            for i, (d, text) in enumerate(zip(draws, descriptions, strict=True))]
