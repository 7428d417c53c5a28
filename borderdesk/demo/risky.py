"""Scenario traffic: the declarations that illustrate the risk indicators.

Each scenario of ``scenarios.yaml`` gives ``count`` instances; an instance is one
declaration, or a *series* of declarations to the same parties a few hours or days
apart (indicator 14), and may be amended later (indicator 6). Where a scenario lists
alternatives (several fixed parties, descriptions in several languages), instances
take them in turn so that every alternative appears in the demo.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from borderdesk.demo import draw
from borderdesk.demo.context import Builder, Draft
from borderdesk.demo.goods import ItemSpec
from borderdesk.demo.scenarios import AmendSpec, FixedParty, PartySpec, Scenario


@dataclass(frozen=True)
class _Turn:
    """Which alternative an instance or a declaration takes: the next one, in file order.

    Starting from the first alternative (not a drawn one) guarantees that the first
    ``count`` alternatives appear whatever the seed, so a scenario's author decides
    which languages and parties the demo always shows.
    """

    index: int

    def of(self, count: int) -> int:
        """The index of the alternative to take among ``count``."""
        return self.index % count


def scenario_drafts(builder: Builder, scenario: Scenario) -> list[Draft]:
    """The first versions and amendments made from ``scenario`` (amendments carry ``amends``)."""
    drafts: list[Draft] = []
    declaration_index = 0
    for instance in range(scenario.count):
        parties = _parties(builder, scenario, _Turn(instance))
        for lodged in _series_times(builder, scenario):
            turn = _Turn(declaration_index)
            declaration_index += 1
            first = Draft(lodged, _body(builder, scenario, parties, lodged, turn), scenario)
            drafts.append(first)
            if scenario.amend is not None:
                drafts.append(_amendment(builder, scenario, scenario.amend, first, turn))
    return drafts


def _series_times(builder: Builder, scenario: Scenario) -> list[datetime]:
    """Lodging times of one instance: one, or a series a few hours or days apart."""
    rng = builder.rng
    gaps = [scenario.series_gap_hours.draw(rng) * 60 for _ in range(scenario.series_count - 1)]
    room = sum(gaps) + (scenario.amend.delay_minutes.high if scenario.amend else 0)
    # Leave room after the first version for the rest of the series and the amendment.
    first = builder.time(latest=builder.window.end - timedelta(minutes=room))
    times = [first]
    for gap in gaps:
        times.append(draw.later(times[-1], gap))
    return times


def _parties(builder: Builder, scenario: Scenario, turn: _Turn) -> dict[str, Any]:
    """The parties, vehicle and driver one instance keeps through its series."""
    consignee = _party(builder, scenario.consignee, turn)
    vehicle: dict[str, Any] | None = None
    if scenario.vehicle is not None:
        fixed = scenario.vehicle
        vehicle = {"registration": fixed.registration, "country": fixed.country,
                   "trailer": fixed.trailer}
    elif scenario.vehicle_country is not None:
        vehicle = draw.vehicle(builder.rng, builder.catalog.fleet, scenario.vehicle_country,
                               scenario.transport_mode)
    return {
        "vehicle": vehicle,
        "driver": _driver(builder, scenario, consignee, vehicle),
        "consignor": _party(builder, scenario.consignor, turn),
        "consignee": consignee,
        "declarant": (_party(builder, scenario.declarant, turn) if scenario.declarant
                      else None if scenario.transport_mode == "car" else builder.declarant()),
    }


def _driver(builder: Builder, scenario: Scenario, consignee: dict[str, Any],
            vehicle: dict[str, Any] | None) -> dict[str, Any] | None:
    """The driver: as declared, the travelling consignee, or one from the vehicle's country."""
    if scenario.driver is not None:
        return {"name": scenario.driver.name, "nationality": scenario.driver.country}
    if scenario.driver_is_consignee:
        return {"name": consignee["name"], "nationality": consignee["country"]}
    if vehicle is None:
        return None
    return builder.driver(vehicle["country"])


def _party(builder: Builder, spec: PartySpec, turn: _Turn,
           avoid: str | None = None) -> dict[str, Any]:
    """A party dict made as ``spec`` says."""
    if spec.how == "company":
        assert spec.country is not None
        return builder.company(spec.country, spec.trade, avoid=avoid)
    if spec.how == "private":
        assert spec.country is not None
        return builder.private(spec.country, spec.names_from)
    fixed: FixedParty = spec.fixed[turn.of(len(spec.fixed))]
    return {"name": fixed.name, "country": fixed.country, "address": fixed.address,
            "kind": fixed.kind}


def _body(builder: Builder, scenario: Scenario, parties: dict[str, Any], lodged: datetime,
          turn: _Turn) -> dict[str, Any]:
    """The declaration body of one scenario declaration."""
    mode = scenario.transport_mode
    dispatch = scenario.itinerary[0]
    consignor_country = parties["consignor"]["country"] or dispatch
    currency = draw.currency_for(builder.rng, builder.catalog.money, consignor_country)
    return {
        "crossing": builder.crossing,
        "procedure": scenario.procedure,
        "transport_mode": mode,
        "vehicle": copy.deepcopy(parties["vehicle"]),
        "driver": copy.deepcopy(parties["driver"]),
        "consignor": copy.deepcopy(parties["consignor"]),
        "consignee": copy.deepcopy(parties["consignee"]),
        "declarant": copy.deepcopy(parties["declarant"]),
        "origin_country": scenario.origin,
        "dispatch_country": dispatch,
        "destination_country": scenario.itinerary[-1],
        "itinerary": list(scenario.itinerary),
        "documents": _documents(builder, scenario, lodged, consignor_country),
        "seals": builder.seals(mode, dispatch),
        "items": _items(builder, scenario.items, turn, currency, mode),
    }


def _documents(builder: Builder, scenario: Scenario, lodged: datetime,
               country: str) -> list[dict[str, Any]]:
    """The scenario's documents, licences dated relative to the lodging day."""
    documents = builder.documents(tuple(d.type for d in scenario.documents), lodged, country)
    for document, spec in zip(documents, scenario.documents, strict=True):
        if spec.valid_days is not None:
            days = spec.valid_days.draw_int(builder.rng)
            document["valid_until"] = (lodged.date() + timedelta(days=days)).isoformat()
    return documents


def _items(builder: Builder, specs: tuple[ItemSpec, ...], turn: _Turn, currency: str,
           mode: str, first_line: int = 1) -> list[dict[str, Any]]:
    """Goods lines of ``specs``; each takes its descriptions' languages in turn."""
    rng = builder.rng
    draws = [draw.draw_line(rng, spec) for spec in specs]
    texts = [spec.descriptions[turn.of(len(spec.descriptions))][1] for spec in specs]
    lines = draw.render_lines(rng, draws, texts, builder.catalog.money, currency,
                              builder.catalog.fleet, mode)
    for offset, line in enumerate(lines):
        line["line"] = first_line + offset
    return lines


def _amendment(builder: Builder, scenario: Scenario, spec: AmendSpec, first: Draft,
               turn: _Turn) -> Draft:
    """The later version of ``first``: new consignee, declarant or goods."""
    body = copy.deepcopy(first.body)
    if spec.consignee is not None:
        body["consignee"] = _party(builder, spec.consignee, turn,
                                   avoid=first.body["consignee"]["name"])
    if spec.declarant is not None:
        body["declarant"] = _party(builder, spec.declarant, turn,
                                   avoid=(first.body["declarant"] or {}).get("name"))
    currency = body["items"][0]["currency"]
    if spec.items:
        body["items"] = _items(builder, spec.items, turn, currency, scenario.transport_mode)
    if spec.add_items:
        body["items"] += _items(builder, spec.add_items, turn, currency,
                                scenario.transport_mode, first_line=len(body["items"]) + 1)
    lodged = draw.later(first.lodged, spec.delay_minutes.draw(builder.rng))
    return Draft(lodged, body, scenario, amends=first)
