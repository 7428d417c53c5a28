"""Ordinary goods and the routes they travel, read from ``goods.yaml`` and ``routes.yaml``.

A goods *item* is one kind of merchandise with its HS code, descriptions in several
languages, unit and realistic ranges (quantity, mass per unit, units per package,
value per kg in EUR). Items come in *groups* (a trade: textiles, fruit, furniture...);
a *route* says which groups travel it, by which modes and in whose vehicles. The same
item format describes the goods of the risky scenarios.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.datafiles import YamlMap
from borderdesk.core.i18n import tr
from borderdesk.demo import schema
from borderdesk.demo.catalog import MODES, Companies, Fleet, People
from borderdesk.demo.schema import Span, Weights
from borderdesk.domain.declaration import PartyKind, Procedure

PROCEDURES = tuple(p.value for p in Procedure)
PARTY_KINDS = tuple(k.value for k in PartyKind)
#: Where a description's language comes from; see ``description_sources`` in goods.yaml.
DESCRIPTION_SOURCES = ("english", "station", "consignor")
_HS_DIGITS = range(6, 11)


@dataclass(frozen=True)
class ItemSpec:
    """One kind of goods and the ranges a goods line of it is drawn from."""

    hs_code: str
    #: (language, description) pairs in file order; ``en`` is always present.
    descriptions: tuple[tuple[str, str], ...]
    unit: str
    quantity: Span
    unit_kg: Span
    per_package: Span | None
    value_per_kg: Span
    tare: Span
    #: The only dispatch countries this item comes from (all when empty): no Serbian oranges.
    dispatch_from: tuple[str, ...] = ()

    def description(self, language: str) -> str:
        """The description in ``language``, or in English when there is none."""
        texts = dict(self.descriptions)
        return texts.get(language, texts["en"])


def read_item(data: YamlMap, default_tare: Span) -> ItemSpec:
    """Read one goods item (used by goods.yaml and scenarios.yaml)."""
    hs_code = data.require("hs_code", str)
    if not hs_code.isdigit() or len(hs_code) not in _HS_DIGITS:
        raise data.fail("hs_code", tr("must be 6 to 10 digits, written in quotes"))
    texts = schema.submap(data, "descriptions")
    if "en" not in texts:
        raise texts.fail("en", tr("an English description is required"))
    descriptions = tuple((language, schema.text(texts, language)) for language in texts)
    per_package = schema.optional_span(data, "per_package", minimum=0.001)
    tare = schema.optional_span(data, "tare") or default_tare
    dispatch_from = (schema.country_list(data, "dispatch_from")
                     if data.get("dispatch_from") is not None else ())
    return ItemSpec(hs_code, descriptions, schema.text(data, "unit"),
                    schema.span(data, "quantity", minimum=0.001),
                    schema.span(data, "unit_kg", minimum=1e-6), per_package,
                    schema.span(data, "value_per_kg"), tare, dispatch_from)


@dataclass(frozen=True)
class GoodsGroup:
    """A trade: items that travel together, to companies or to private persons."""

    key: str
    consignee_kind: str
    consignor_kind: str
    #: Private consignors named as the destination's people (family abroad sending home).
    consignor_diaspora: bool
    modes: tuple[str, ...]
    lines: Span
    #: Countries the goods are made in when that is not the dispatch country (e.g. CN).
    origins: tuple[str, ...]
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class Goods:
    """All ordinary goods groups and how description languages are chosen."""

    groups: dict[str, GoodsGroup]
    description_sources: Weights
    default_tare: Span


def load_goods(data_dir: Path) -> Goods:
    """Read ``goods.yaml``."""
    data = schema.open_file(data_dir, "goods.yaml")
    default_tare = schema.span(data, "default_tare")
    sources = schema.weights(data, "description_sources", allowed=DESCRIPTION_SOURCES)
    group_map = schema.submap(data, "groups")
    groups: dict[str, GoodsGroup] = {}
    for key in group_map:
        group = schema.submap(group_map, key)
        modes = schema.texts(group, "modes")
        for mode in modes:
            if mode not in MODES:
                raise group.fail("modes", tr("unknown transport mode {mode}", mode=mode))
        origins = (schema.country_list(group, "origins")
                   if group.get("origins") is not None else ())
        items = tuple(read_item(item, default_tare) for item in schema.mappings(group, "items"))
        groups[key] = GoodsGroup(key, schema.choice(group, "consignee", PARTY_KINDS),
                                 schema.choice(group, "consignor", PARTY_KINDS, "company"),
                                 group.optional("consignor_diaspora", bool, False), modes,
                                 schema.span(group, "lines", minimum=1), origins, items)
    return Goods(groups, sources, default_tare)


@dataclass(frozen=True)
class Route:
    """A way through the crossing: countries in order, modes, goods, carriers."""

    key: str
    procedure: str
    itinerary: tuple[str, ...]
    weight: float
    modes: Weights
    goods: tuple[str, ...]
    carriers: Weights

    @property
    def dispatch(self) -> str:
        """The country the goods leave from (the itinerary's first)."""
        return self.itinerary[0]

    @property
    def destination(self) -> str:
        """The country the goods go to (the itinerary's last)."""
        return self.itinerary[-1]


@dataclass(frozen=True)
class RouteContext:
    """What routes are checked against when read."""

    station_country: str
    #: How many days the demo covers (a scenario's series must fit in them).
    days: int
    goods: Goods
    companies: Companies
    people: People
    fleet: Fleet


def load_routes(data_dir: Path, context: RouteContext) -> tuple[Route, ...]:
    """Read ``routes.yaml``, checking every route can be filled from the other files."""
    data = schema.open_file(data_dir, "routes.yaml")
    routes: list[Route] = []
    seen: set[str] = set()
    for item in schema.mappings(data, "routes"):
        route = _route(item, context)
        if route.key in seen:
            raise item.fail("id", tr("the route {id} appears twice", id=route.key))
        seen.add(route.key)
        routes.append(route)
    return tuple(routes)


def _route(data: YamlMap, context: RouteContext) -> Route:
    """Read one route and check it against the other files."""
    itinerary = schema.country_list(data, "itinerary")
    if len(itinerary) < 2 or context.station_country not in itinerary:
        raise data.fail("itinerary", tr("must list at least two countries, the station's "
                                        "among them"))
    route = Route(schema.text(data, "id"), schema.choice(data, "procedure", PROCEDURES),
                  itinerary, schema.number(data, "weight", minimum=0.001),
                  schema.weights(data, "modes", allowed=MODES), schema.texts(data, "goods"),
                  schema.weights(data, "carriers"))
    _check_route(data, route, context)
    return route


def _check_route(data: YamlMap, route: Route, context: RouteContext) -> None:
    """Fail unless every goods group, mode, carrier and party of the route can be drawn."""
    for key in route.goods:
        if key not in context.goods.groups:
            raise data.fail("goods", tr("unknown goods group {group}", group=key))
    for mode, _ in route.modes:
        if not [g for g in route.goods if mode in context.goods.groups[g].modes]:
            raise data.fail("modes", tr("no goods group of this route travels by {mode}",
                                        mode=mode))
    for code, _ in route.carriers:
        schema.check_country(data, "carriers", code)
        if code not in context.fleet.plates:
            raise data.fail("carriers", tr("vehicles.yaml has no plates for {code}", code=code))
        if code not in context.people.languages:
            raise data.fail("carriers", tr("names.yaml has no names for {code}", code=code))
    groups = [context.goods.groups[g] for g in route.goods]
    for group in groups:
        for code, kind in ((route.dispatch, group.consignor_kind),
                           (route.destination, group.consignee_kind)):
            if kind == "company" and not context.companies.trading(code, group.key):
                raise data.fail("goods", tr("companies.yaml has no trader of {group} in {code}",
                                            group=group.key, code=code))
    for code, kinds in ((route.dispatch, [g.consignor_kind for g in groups]),
                        (route.destination, [g.consignee_kind for g in groups])):
        if "private" in kinds and (code not in context.people.places
                                   or code not in context.people.languages):
            raise data.fail("goods", tr("private persons in {code} need names and places",
                                        code=code))
