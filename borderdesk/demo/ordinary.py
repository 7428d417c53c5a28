"""Ordinary traffic: plausible trade drawn from ``routes.yaml`` and ``goods.yaml``.

A route is drawn by weight, then a mode, a goods group that travels by that mode,
the parties (a company of the dispatch country, a company or a private person of
the destination), a vehicle of one of the route's carriers, and one to a few goods
lines scaled to what the vehicle can carry. Ordinary descriptions avoid the words
the risk indicators look for, so that the demo's hits come from the scenarios.
"""

from __future__ import annotations

from typing import Any

from borderdesk.demo import draw
from borderdesk.demo.context import Builder, Draft
from borderdesk.demo.goods import GoodsGroup
from borderdesk.demo.schema import pick


def ordinary_drafts(builder: Builder, count: int) -> list[Draft]:
    """``count`` ordinary first versions."""
    return [ordinary_draft(builder) for _ in range(count)]


def ordinary_draft(builder: Builder) -> Draft:
    """One ordinary declaration, lodged at a time shaped by the traffic weights."""
    rng = builder.rng
    routes = builder.catalog.routes
    route = rng.choices(routes, [r.weight for r in routes])[0]
    mode = pick(rng, route.modes)
    groups = builder.catalog.goods.groups
    group = groups[rng.choice([g for g in route.goods if mode in groups[g].modes])]
    lodged = builder.time()

    if group.consignor_kind == "private":
        names_from = route.destination if group.consignor_diaspora else None
        consignor = builder.private(route.dispatch, names_from)
    else:
        consignor = builder.company(route.dispatch, group.key)
    if group.consignee_kind == "private":
        consignee = builder.private(route.destination)
    else:
        consignee = builder.company(route.destination, group.key)
    carrier = pick(rng, route.carriers)
    body: dict[str, Any] = {
        "crossing": builder.crossing,
        "procedure": route.procedure,
        "transport_mode": mode,
        "vehicle": None if mode == "postal" else draw.vehicle(rng, builder.catalog.fleet,
                                                              carrier, mode),
        "driver": _driver(builder, mode, carrier, consignee),
        "consignor": consignor,
        "consignee": consignee,
        # Travellers in their own car declare for themselves; everyone else uses a broker.
        "declarant": None if mode == "car" else builder.declarant(),
        "origin_country": rng.choice(group.origins) if group.origins else route.dispatch,
        "dispatch_country": route.dispatch,
        "destination_country": route.destination,
        "itinerary": list(route.itinerary),
        "documents": builder.documents(builder.catalog.station.paperwork.by_mode[mode], lodged,
                                       route.dispatch),
        "seals": builder.seals(mode, route.dispatch),
        "items": _items(builder, group, mode, route.dispatch, consignor["country"]),
    }
    return Draft(lodged, body)


def _driver(builder: Builder, mode: str, carrier: str,
            consignee: dict[str, Any]) -> dict[str, Any] | None:
    """The driver: none for post, the traveller in a private car, else a carrier's driver."""
    if mode == "postal":
        return None
    if mode == "car" and consignee["kind"] == "private":
        return {"name": consignee["name"], "nationality": consignee["country"]}
    return builder.driver(carrier)


def _items(builder: Builder, group: GoodsGroup, mode: str, dispatch: str,
           consignor_country: str) -> list[dict[str, Any]]:
    """One to a few distinct goods lines of ``group``, described in one language."""
    rng = builder.rng
    available = [s for s in group.items if not s.dispatch_from or dispatch in s.dispatch_from]
    specs = rng.sample(available, min(group.lines.draw_int(rng), len(available)))
    language = builder.language(consignor_country)
    money = builder.catalog.money
    currency = draw.currency_for(rng, money, consignor_country)
    draws = [draw.draw_line(rng, spec) for spec in specs]
    return draw.render_lines(rng, draws, [s.description(language) for s in specs], money,
                             currency, builder.catalog.fleet, mode)
