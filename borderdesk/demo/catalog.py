"""The demo station's reference data: station, people, places, companies, vehicles, money.

Each ``load_*`` function reads one file of ``resources/demo/`` and validates it;
goods and routes are in :mod:`borderdesk.demo.goods`, the risky shipments in
:mod:`borderdesk.demo.scenarios`. Every value the generator draws from (names,
plate patterns, exchange rates, traffic shape) comes from these files.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from borderdesk.core.datafiles import YamlMap
from borderdesk.core.i18n import tr
from borderdesk.demo import schema
from borderdesk.demo.schema import Span, Weights
from borderdesk.domain.declaration import DocumentType, TransportMode

MODES = tuple(mode.value for mode in TransportMode)
DOCUMENT_TYPES = tuple(doc.value for doc in DocumentType)
#: The roles people are drawn for (their share of women differs).
ROLES = ("driver", "private")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: What a benign (non-risky) amendment may correct; see borderdesk.demo.amend.
BENIGN_AMENDMENTS = ("add_document", "correct_mass", "correct_value", "correct_packages")


@dataclass(frozen=True)
class DemoStation:
    """The crossing the demo database belongs to (from ``station.yaml``)."""

    name: str
    crossing_code: str
    country: str
    time_zone: str


@dataclass(frozen=True)
class Traffic:
    """How many declarations the demo makes and when they are lodged."""

    days: int
    first_versions: Span
    ordinary_share: Span
    last_hour_today: int
    weekday_weights: tuple[float, ...]
    hour_weights: tuple[float, ...]


@dataclass(frozen=True)
class Paperwork:
    """Document reference patterns and which documents ordinary traffic carries per mode."""

    references: dict[str, tuple[str, ...]]
    by_mode: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class AmendmentPlan:
    """How many benign amendments to make, how late, and of which kinds."""

    count: Span
    delay_minutes: Span
    kinds: Weights


@dataclass(frozen=True)
class StationFile:
    """Everything ``station.yaml`` holds."""

    station: DemoStation
    traffic: Traffic
    paperwork: Paperwork
    amendments: AmendmentPlan


def load_station(data_dir: Path) -> StationFile:
    """Read ``station.yaml``."""
    data = schema.open_file(data_dir, "station.yaml")
    return StationFile(_station(schema.submap(data, "station")),
                       _traffic(schema.submap(data, "traffic")),
                       _paperwork(schema.submap(data, "documents")),
                       _amendments(schema.submap(data, "amendments")))


def _station(data: YamlMap) -> DemoStation:
    """The ``station`` section: name, crossing code, country and a known time zone."""
    zone = schema.text(data, "time_zone")
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise data.fail("time_zone", tr("unknown time zone {zone}", zone=zone)) from None
    return DemoStation(schema.text(data, "name"), schema.text(data, "crossing_code"),
                       schema.country(data, "country"), zone)


def _traffic(data: YamlMap) -> Traffic:
    """The ``traffic`` section: counts, share, and the weekday and hour weights."""
    days = int(schema.number(data, "days", minimum=1))
    share = schema.span(data, "ordinary_share")
    if share.high >= 1:
        raise data.fail("ordinary_share", tr("must be below 1"))
    last_hour = int(schema.number(data, "last_hour_today", minimum=1))
    if last_hour > 24:
        raise data.fail("last_hour_today", tr("must be at most 24"))
    day_weights = schema.weights(data, "weekday_weights", allowed=WEEKDAYS)
    if len(day_weights) != len(WEEKDAYS):
        raise data.fail("weekday_weights", tr("must give a weight for every day of the week"))
    weight_of = dict(day_weights)
    hours = data.require("hour_weights", list)
    if len(hours) != 24 or not all(isinstance(h, int | float) and h >= 0 for h in hours):
        raise data.fail("hour_weights", tr("must be 24 numbers, one per hour from 00 to 23"))
    if sum(hours[:last_hour]) <= 0:
        raise data.fail("hour_weights", tr("no hour before last_hour_today has any weight"))
    return Traffic(days, schema.span(data, "first_versions", minimum=1), share, last_hour,
                   tuple(weight_of[day] for day in WEEKDAYS), tuple(float(h) for h in hours))


def _paperwork(data: YamlMap) -> Paperwork:
    """The ``documents`` section: reference patterns for every type, documents per mode."""
    refs = schema.submap(data, "references")
    references: dict[str, tuple[str, ...]] = {}
    for doc_type in DOCUMENT_TYPES:
        patterns = schema.texts(refs, doc_type)
        for pattern in patterns:
            schema.check_reference(refs, doc_type, pattern)
        references[doc_type] = patterns
    modes = schema.submap(data, "by_mode")
    by_mode: dict[str, tuple[str, ...]] = {}
    for mode in MODES:
        types = schema.texts(modes, mode, allow_empty=True)
        for doc_type in types:
            if doc_type not in DOCUMENT_TYPES:
                raise modes.fail(mode, tr("unknown document type {type}", type=doc_type))
        by_mode[mode] = types
    return Paperwork(references, by_mode)


def _amendments(data: YamlMap) -> AmendmentPlan:
    """The ``amendments`` section: how many benign corrections, how late, which kinds."""
    return AmendmentPlan(schema.span(data, "count"), schema.span(data, "delay_minutes", minimum=1),
                         schema.weights(data, "kinds", allowed=BENIGN_AMENDMENTS))


@dataclass(frozen=True)
class NameGroup:
    """Given and family names of one language and script."""

    key: str
    script: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]
    #: Family names for women where the language inflects them (Петрова, Nowakowska).
    family_female: tuple[str, ...]


@dataclass(frozen=True)
class People:
    """Name groups, the languages spoken in each country, and each country's places."""

    groups: dict[str, NameGroup]
    languages: dict[str, Weights]
    places: dict[str, tuple[str, ...]]
    #: The share of people drawn with a woman's name, per role (driver, private).
    female_share: dict[str, float]


def load_people(data_dir: Path) -> People:
    """Read ``names.yaml`` and ``places.yaml``."""
    names = schema.open_file(data_dir, "names.yaml")
    groups: dict[str, NameGroup] = {}
    group_map = schema.submap(names, "groups")
    for key in group_map:
        group = schema.submap(group_map, key)
        family = schema.texts(group, "family")
        female_family = (schema.texts(group, "family_female")
                         if group.get("family_female") is not None else family)
        groups[key] = NameGroup(key, schema.choice(group, "script", ("latin", "cyrillic")),
                                schema.texts(group, "male"), schema.texts(group, "female"),
                                family, female_family)
    languages: dict[str, Weights] = {}
    by_country = schema.submap(names, "countries")
    for code in by_country:
        schema.check_country(by_country, code, code)
        languages[code] = schema.weights(by_country, code, allowed=tuple(groups))
    places_file = schema.open_file(data_dir, "places.yaml")
    place_map = schema.submap(places_file, "places")
    places: dict[str, tuple[str, ...]] = {}
    for code in place_map:
        schema.check_country(place_map, code, code)
        places[code] = schema.texts(place_map, code)
    shares = schema.submap(names, "female_share")
    female_share: dict[str, float] = {}
    for role in ROLES:
        female_share[role] = schema.number(shares, role)
        if female_share[role] > 1:
            raise shares.fail(role, tr("must be between 0 and 1"))
    return People(groups, languages, places, female_share)


@dataclass(frozen=True)
class Company:
    """A trading company or a customs broker."""

    name: str
    country: str
    city: str
    trades: tuple[str, ...]


@dataclass(frozen=True)
class Companies:
    """Traders (consignors and consignees) and the station's declarants."""

    traders: tuple[Company, ...]
    declarants: tuple[Company, ...]

    def trading(self, country: str, trade: str) -> list[Company]:
        """Traders of ``country`` that deal in ``trade`` (possibly none)."""
        return [c for c in self.traders if c.country == country and trade in c.trades]

    def in_country(self, country: str, trade: str | None = None) -> list[Company]:
        """Traders of ``country`` that deal in ``trade`` (all of the country when none do)."""
        local = [c for c in self.traders if c.country == country]
        dealing = [c for c in local if trade in c.trades]
        return dealing or local


def load_companies(data_dir: Path) -> Companies:
    """Read ``companies.yaml``."""
    data = schema.open_file(data_dir, "companies.yaml")
    return Companies(_companies(data, "companies"), _companies(data, "declarants"))


def _companies(data: YamlMap, key: str) -> tuple[Company, ...]:
    """The companies listed under ``key`` (names unique)."""
    result: list[Company] = []
    seen: set[str] = set()
    for item in schema.mappings(data, key):
        name = schema.text(item, "name")
        if name in seen:
            raise item.fail("name", tr("the company {name} appears twice", name=name))
        seen.add(name)
        trades = schema.texts(item, "trades") if item.get("trades") is not None else ()
        result.append(Company(name, schema.country(item, "country"), schema.text(item, "city"),
                              trades))
    return tuple(result)


@dataclass(frozen=True)
class PlateRule:
    """How one country's registration plates look.

    In a pattern, ``{area}`` is one of ``areas``, ``#`` a digit and ``@`` one of ``letters``.
    """

    patterns: tuple[str, ...]
    areas: tuple[str, ...]
    letters: str


@dataclass(frozen=True)
class Fleet:
    """Plates per country, and what each mode carries (capacity, trailer, seals)."""

    plates: dict[str, PlateRule]
    capacity_kg: dict[str, float]
    #: How full a vehicle is loaded when its goods had to be scaled down to its capacity.
    partial_load: Span
    trailer_modes: tuple[str, ...]
    sealed_modes: tuple[str, ...]
    seal_pattern: str
    seals: Span


def load_fleet(data_dir: Path) -> Fleet:
    """Read ``vehicles.yaml``."""
    data = schema.open_file(data_dir, "vehicles.yaml")
    plate_map = schema.submap(data, "plates")
    plates: dict[str, PlateRule] = {}
    for code in plate_map:
        schema.check_country(plate_map, code, code)
        rule = schema.submap(plate_map, code)
        patterns = schema.texts(rule, "patterns")
        areas = (schema.texts(rule, "areas") if rule.get("areas") is not None else ())
        if any("{area}" in p for p in patterns) and not areas:
            raise rule.fail("areas", tr("a pattern uses {area} but no areas are given"))
        plates[code] = PlateRule(patterns, areas, schema.text(rule, "letters"))
    capacity = schema.submap(data, "capacity_kg")
    capacity_kg = {mode: schema.number(capacity, mode, minimum=1) for mode in MODES}
    seal_pattern = schema.text(data, "seal_pattern")
    schema.check_reference(data, "seal_pattern", seal_pattern)
    partial_load = schema.span(data, "partial_load", minimum=0.01)
    if partial_load.high > 1:
        raise data.fail("partial_load", tr("must be at most 1"))
    return Fleet(plates, capacity_kg, partial_load, _modes(data, "trailer_modes"),
                 _modes(data, "sealed_modes"), seal_pattern, schema.span(data, "seals"))


def _modes(data: YamlMap, key: str) -> tuple[str, ...]:
    """A list of transport modes under ``key``."""
    values = schema.texts(data, key)
    for value in values:
        if value not in MODES:
            raise data.fail(key, tr("unknown transport mode {mode}", mode=value))
    return values


@dataclass(frozen=True)
class Money:
    """Demo exchange rates and which currencies each country invoices in."""

    per_eur: dict[str, float]
    by_country: dict[str, Weights]
    default: str


def load_money(data_dir: Path) -> Money:
    """Read ``currencies.yaml``."""
    data = schema.open_file(data_dir, "currencies.yaml")
    rates = schema.submap(data, "per_eur")
    per_eur = {code: schema.number(rates, code, minimum=1e-6) for code in rates}
    by_country: dict[str, Weights] = {}
    invoicing = schema.submap(data, "invoicing")
    for code in invoicing:
        schema.check_country(invoicing, code, code)
        by_country[code] = schema.weights(invoicing, code, allowed=tuple(per_eur))
    default = schema.choice(data, "default", tuple(per_eur))
    return Money(per_eur, by_country, default)
