"""What the demo builders share: the loaded data files, the random source, the drafts.

:func:`load_catalog` reads and cross-checks every file of ``resources/demo/``.
A :class:`Builder` bundles the catalog with the seeded random source, the time
window and the watch-list names to keep out of ordinary traffic. A :class:`Draft`
is a declaration being built: its body, its lodging time, and where it came from;
ids are given only when all drafts are known, in lodging order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from borderdesk.core.text import normalise
from borderdesk.demo import draw
from borderdesk.demo.catalog import (
    Companies,
    Fleet,
    Money,
    People,
    StationFile,
    load_companies,
    load_fleet,
    load_money,
    load_people,
    load_station,
)
from borderdesk.demo.draw import Window
from borderdesk.demo.goods import Goods, Route, RouteContext, load_goods, load_routes
from borderdesk.demo.scenarios import Scenario, load_scenarios
from borderdesk.demo.schema import pick


@dataclass(frozen=True)
class Catalog:
    """Every demo data file, read and validated."""

    station: StationFile
    people: People
    companies: Companies
    fleet: Fleet
    money: Money
    goods: Goods
    routes: tuple[Route, ...]
    scenarios: tuple[Scenario, ...]


def load_catalog(data_dir: Path) -> Catalog:
    """Read the demo data files of ``data_dir`` (errors name FILE:LINE: field)."""
    station = load_station(data_dir)
    people = load_people(data_dir)
    companies = load_companies(data_dir)
    fleet = load_fleet(data_dir)
    money = load_money(data_dir)
    goods = load_goods(data_dir)
    context = RouteContext(station.station.country, station.traffic.days, goods, companies,
                           people, fleet)
    return Catalog(station, people, companies, fleet, money, goods,
                   load_routes(data_dir, context), load_scenarios(data_dir, context))


@dataclass
class Draft:
    """A declaration version being built (the id comes last, in lodging order)."""

    lodged: datetime
    body: dict[str, Any]
    scenario: Scenario | None = None
    #: For an amendment: the first version it amends.
    amends: Draft | None = None
    declaration_id: str = ""

    def render(self) -> dict[str, Any]:
        """The declaration dict in the JSON file format."""
        declaration_id = self.amends.declaration_id if self.amends else self.declaration_id
        body = dict(self.body)
        for role, fields in _PARTY_FIELDS.items():
            if body[role] is not None:
                body[role] = {key: body[role].get(key) for key in fields}
        return {"declaration_id": declaration_id, "lodged_at": self.lodged.isoformat(), **body}


# The file format gives a kind (company or private) to the consignee only; parties are
# built with their kind everywhere, and shaped to the format when rendered.
_PARTY_FIELDS = {
    "consignor": ("name", "country", "address"),
    "consignee": ("name", "country", "address", "kind"),
    "declarant": ("name", "country", "address"),
}


@dataclass
class Builder:
    """The catalog, the seeded random source and the time window, passed around together."""

    catalog: Catalog
    rng: random.Random
    window: Window
    #: Folded watch-list names that ordinary names must not fall on by chance.
    avoid: frozenset[str] = field(default_factory=frozenset)

    @property
    def crossing(self) -> str:
        """The station's crossing code."""
        return self.catalog.station.station.crossing_code

    def time(self, latest: datetime | None = None) -> datetime:
        """A lodging time in the window (not after ``latest``)."""
        return draw.draw_time(self.rng, self.window, self.catalog.station.traffic, latest)

    def declarant(self) -> dict[str, Any]:
        """One of the station's customs brokers."""
        return draw.company_party(self.rng.choice(self.catalog.companies.declarants))

    def company(self, country: str, trade: str | None, *, kind: str | None = "company",
                avoid: str | None = None) -> dict[str, Any]:
        """A trading company of ``country`` (not the one named ``avoid`` when possible)."""
        companies = self.catalog.companies.in_country(country, trade)
        others = [c for c in companies if c.name != avoid] or companies
        return draw.company_party(self.rng.choice(others), kind)

    def private(self, country: str, names_from: str | None = None) -> dict[str, Any]:
        """A new private person living in ``country`` (named as ``names_from``'s people)."""
        return draw.private_party(self.rng, self.catalog.people, country, self.avoid,
                                  names_from)

    def driver(self, country: str) -> dict[str, Any]:
        """A professional driver from ``country``."""
        name = draw.person_name(self.rng, self.catalog.people, country, "driver", self.avoid)
        return {"name": name, "nationality": country}

    def documents(self, types: tuple[str, ...], lodged: datetime,
                  country: str) -> list[dict[str, Any]]:
        """Documents of ``types`` with fresh references (no expiry date)."""
        paperwork = self.catalog.station.paperwork
        return [{"type": t, "reference": draw.reference(self.rng, paperwork, t, lodged.date(),
                                                        country),
                 "valid_until": None} for t in types]

    def seals(self, mode: str, country: str) -> list[str]:
        """Seal numbers for sealed modes (trucks, vans), none otherwise."""
        fleet = self.catalog.fleet
        return draw.seals(self.rng, fleet, country) if mode in fleet.sealed_modes else []

    def language(self, consignor_country: str | None) -> str:
        """The language a goods description is written in, per ``description_sources``."""
        source = pick(self.rng, self.catalog.goods.description_sources)
        if source == "english":
            return "en"
        languages = self.catalog.people.languages
        country = (self.catalog.station.station.country if source == "station"
                   else consignor_country or "")
        if country not in languages:
            return "en"
        return pick(self.rng, languages[country])


def watch_names(scenarios: tuple[Scenario, ...]) -> frozenset[str]:
    """The folded names on the scenarios' watch lists (people and companies)."""
    return frozenset(normalise(entry.listed_as) for scenario in scenarios
                     for entry in scenario.watch_list if entry.kind != "vehicle")
