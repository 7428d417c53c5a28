"""The risky shipments of the demo, read from ``scenarios.yaml``.

Each scenario is a template for one or more declarations built to illustrate one or
more of the 16 risk indicators (DOMAIN.md section 3), with a ``note`` that says how.
Scenarios with ``indicators: []`` are *controls*: legitimate shipments of sensitive
goods (licensed dealers with valid licences) that a good profile should leave alone.
The screening work uses :attr:`Scenario.indicators` to check that each rule catches
its scenarios, and :attr:`Scenario.watch_list` for the demo watch list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.datafiles import YamlMap
from borderdesk.core.i18n import tr
from borderdesk.demo import schema
from borderdesk.demo.catalog import DOCUMENT_TYPES, MODES
from borderdesk.demo.goods import PARTY_KINDS, PROCEDURES, ItemSpec, RouteContext, read_item
from borderdesk.demo.schema import Span

#: The indicators of DOMAIN.md section 3, numbered 1 to 16.
INDICATORS = tuple(range(1, 17))
WATCH_KINDS = ("person", "company", "vehicle")


@dataclass(frozen=True)
class FixedParty:
    """A party written out in the scenario (name exactly as declared)."""

    name: str
    country: str | None
    address: str | None
    kind: str | None


@dataclass(frozen=True)
class FixedVehicle:
    """A vehicle written out in the scenario (registration exactly as declared)."""

    registration: str
    country: str
    trailer: str | None


@dataclass(frozen=True)
class PartySpec:
    """How a scenario's party is made.

    ``how`` is ``fixed`` (one of :attr:`fixed`, a different one per instance),
    ``company`` (a trader of :attr:`country` dealing in :attr:`trade`) or
    ``private`` (a new private person living in :attr:`country`).
    """

    how: str
    country: str | None = None
    trade: str | None = None
    fixed: tuple[FixedParty, ...] = ()
    #: For ``private``: whose people the person is named as (the diaspora), if not ``country``.
    names_from: str | None = None


@dataclass(frozen=True)
class DocumentSpec:
    """A document the scenario's declarations carry."""

    type: str
    #: Days from the lodging date to the expiry date (negative: already expired).
    valid_days: Span | None


@dataclass(frozen=True)
class AmendSpec:
    """The later version of a scenario declaration (indicator 6)."""

    delay_minutes: Span
    consignee: PartySpec | None
    declarant: PartySpec | None
    items: tuple[ItemSpec, ...]
    add_items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class WatchEntry:
    """A watch-list entry as the list spells it (the declaration spells it differently)."""

    kind: str
    listed_as: str


@dataclass(frozen=True)
class Scenario:
    """A template for risky (or control) declarations."""

    key: str
    indicators: tuple[int, ...]
    #: Indicators that may fire too, on some version or depending on the profile's lists.
    also: tuple[int, ...]
    note: str
    count: int
    procedure: str
    transport_mode: str
    itinerary: tuple[str, ...]
    origin: str
    vehicle_country: str | None
    vehicle: FixedVehicle | None
    driver: FixedParty | None
    driver_is_consignee: bool
    consignor: PartySpec
    consignee: PartySpec
    declarant: PartySpec | None
    documents: tuple[DocumentSpec, ...]
    items: tuple[ItemSpec, ...]
    series_count: int
    series_gap_hours: Span
    amend: AmendSpec | None
    watch_list: tuple[WatchEntry, ...]
    assumes: dict[str, Any]


def load_scenarios(data_dir: Path, context: RouteContext) -> tuple[Scenario, ...]:
    """Read ``scenarios.yaml``."""
    data = schema.open_file(data_dir, "scenarios.yaml")
    result: list[Scenario] = []
    seen: set[str] = set()
    for item in schema.mappings(data, "scenarios"):
        scenario = _scenario(item, context)
        if scenario.key in seen:
            raise item.fail("id", tr("the scenario {id} appears twice", id=scenario.key))
        seen.add(scenario.key)
        result.append(scenario)
    return tuple(result)


def _scenario(data: YamlMap, context: RouteContext) -> Scenario:
    """Read one scenario, checking its parties and vehicle can be drawn."""
    itinerary = schema.country_list(data, "itinerary")
    if context.station_country not in itinerary:
        raise data.fail("itinerary", tr("must pass through the station's country"))
    tare = context.goods.default_tare
    series = data.get("series")
    series_map = schema.submap(data, "series") if series is not None else None
    vehicle_map = schema.submap(data, "vehicle") if data.get("vehicle") is not None else None
    mode = schema.choice(data, "transport_mode", MODES)
    scenario = Scenario(
        key=schema.text(data, "id"),
        indicators=_indicators(data, "indicators"),
        also=_indicators(data, "also") if data.get("also") is not None else (),
        note=schema.text(data, "note"),
        count=int(schema.number(data, "count", minimum=1)),
        procedure=schema.choice(data, "procedure", PROCEDURES),
        transport_mode=mode,
        itinerary=itinerary,
        origin=schema.country(data, "origin") if data.get("origin") else itinerary[0],
        vehicle_country=_vehicle_country(data, vehicle_map, mode, context),
        vehicle=_fixed_vehicle(vehicle_map),
        driver=_driver(data),
        driver_is_consignee=data.get("driver") == "consignee",
        consignor=_party(data, "consignor", context),
        consignee=_party(data, "consignee", context),
        declarant=_party(data, "declarant", context) if data.get("declarant") else None,
        documents=tuple(_document(d) for d in schema.mappings(data, "documents",
                                                               allow_empty=True)),
        items=tuple(read_item(i, tare) for i in schema.mappings(data, "items")),
        series_count=int(schema.number(series_map, "count", minimum=2)) if series_map else 1,
        series_gap_hours=(schema.span(series_map, "gap_hours") if series_map
                          else Span(0, 0)),
        amend=_amend(schema.submap(data, "amend"), context) if data.get("amend") else None,
        watch_list=_watch_list(data),
        assumes=_plain(schema.submap(data, "assumes")) if data.get("assumes") else {},
    )
    _check_fits(data, scenario, context.days)
    return scenario


def _check_fits(data: YamlMap, scenario: Scenario, days: int) -> None:
    """Fail unless a whole series and its amendment fit in the demo's days."""
    minutes = (scenario.series_count - 1) * scenario.series_gap_hours.high * 60
    if scenario.amend is not None:
        minutes += scenario.amend.delay_minutes.high
    if minutes >= (days - 1) * 24 * 60:
        raise data.fail("series" if scenario.series_count > 1 else "amend",
                        tr("the series and its amendment take longer than the demo's {days} "
                           "days", days=days))


def _indicators(data: YamlMap, key: str) -> tuple[int, ...]:
    """A list of indicator numbers (1-16) under ``key``."""
    values = data.require(key, list)
    for value in values:
        if isinstance(value, bool) or value not in INDICATORS:
            raise data.fail(key, tr("each indicator must be a number from 1 to 16"))
    return tuple(values)


def _vehicle_country(data: YamlMap, vehicle: YamlMap | None, mode: str,
                     context: RouteContext) -> str | None:
    """The vehicle's country: given, or the dispatch country (no vehicle for post)."""
    if mode == "postal":
        return None
    code = schema.country(vehicle, "country") if vehicle is not None else data["itinerary"][0]
    if code not in context.fleet.plates:
        raise data.fail("vehicle", tr("vehicles.yaml has no plates for {code}", code=code))
    return code


def _fixed_vehicle(vehicle: YamlMap | None) -> FixedVehicle | None:
    """The vehicle as declared, when the scenario gives its registration."""
    if vehicle is None or vehicle.get("registration") is None:
        return None
    trailer = vehicle.get("trailer")
    return FixedVehicle(schema.text(vehicle, "registration"), schema.country(vehicle, "country"),
                        schema.text(vehicle, "trailer") if trailer else None)


def _driver(data: YamlMap) -> FixedParty | None:
    """The driver as declared (``None`` when drawn, or when the consignee drives)."""
    value = data.get("driver")
    if value is None or value == "consignee":
        return None
    driver = schema.submap(data, "driver")
    return FixedParty(schema.text(driver, "name"), schema.country(driver, "nationality"),
                      None, None)


def _party(data: YamlMap, key: str, context: RouteContext) -> PartySpec:
    """How the party under ``key`` is made: a trader, a new private person, or as written."""
    spec = schema.submap(data, key)
    if "company" in spec:
        company = schema.submap(spec, "company")
        code = schema.country(company, "country")
        if not context.companies.in_country(code):
            raise company.fail("country", tr("companies.yaml has no company in {code}",
                                             code=code))
        trade = schema.text(company, "trade") if company.get("trade") else None
        return PartySpec("company", code, trade)
    if "private" in spec:
        private = schema.submap(spec, "private")
        code = schema.country(private, "country")
        if code not in context.people.languages or code not in context.people.places:
            raise private.fail("country", tr("private persons in {code} need names and places",
                                             code=code))
        names_from = schema.country(private, "names_from") if private.get("names_from") else None
        if names_from is not None and names_from not in context.people.languages:
            raise private.fail("names_from", tr("names.yaml has no names for {code}",
                                                code=names_from))
        return PartySpec("private", code, names_from=names_from)
    if "one_of" in spec:
        return PartySpec("fixed", fixed=tuple(_fixed(p) for p in schema.mappings(spec, "one_of")))
    return PartySpec("fixed", fixed=(_fixed(spec),))


def _fixed(data: YamlMap) -> FixedParty:
    """A party written out in full."""
    kind = schema.choice(data, "kind", PARTY_KINDS) if data.get("kind") else None
    return FixedParty(schema.text(data, "name"),
                      schema.country(data, "country") if data.get("country") else None,
                      schema.text(data, "address") if data.get("address") else None, kind)


def _document(data: YamlMap) -> DocumentSpec:
    """A declared document and, for licences, when it expires."""
    valid = schema.span(data, "valid_days", minimum=-3650) if data.get("valid_days") else None
    return DocumentSpec(schema.choice(data, "type", DOCUMENT_TYPES), valid)


def _amend(data: YamlMap, context: RouteContext) -> AmendSpec:
    """The later version's changes, at least one of consignee, declarant or goods."""
    tare = context.goods.default_tare
    spec = AmendSpec(
        schema.span(data, "delay_minutes", minimum=1),
        _party(data, "consignee", context) if data.get("consignee") else None,
        _party(data, "declarant", context) if data.get("declarant") else None,
        tuple(read_item(i, tare) for i in schema.mappings(data, "items"))
        if data.get("items") else (),
        tuple(read_item(i, tare) for i in schema.mappings(data, "add_items"))
        if data.get("add_items") else (),
    )
    if not (spec.consignee or spec.declarant or spec.items or spec.add_items):
        raise data.fail("delay_minutes", tr("an amendment must change the consignee, the "
                                            "declarant or the goods"))
    return spec


def _watch_list(data: YamlMap) -> tuple[WatchEntry, ...]:
    """The watch-list entries the scenario relies on."""
    if data.get("watch_list") is None:
        return ()
    return tuple(WatchEntry(schema.choice(entry, "kind", WATCH_KINDS),
                            schema.text(entry, "listed_as"))
                 for entry in schema.mappings(data, "watch_list"))


def _plain(value: Any) -> Any:
    """A YAML value as plain dicts and lists (what the outside world is given)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
