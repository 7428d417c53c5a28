"""A scenario pack made from a signed seizure case, with every nominal value invented.

:func:`build_scenario` turns a :class:`~borderdesk.training.anonymise_case.CaseSource`
into the files of a pack (the format of docs/training.md): the case's declaration, each
later version of it as an amendment inject, the hidden truth made from the case's items
(:mod:`~borderdesk.training.anonymise_truth`), the expected actions and, when the
declaration hit the watch list, a watch list of the invented names. Goods, HS codes,
masses, values, countries, route, procedure and transport stay as they were, so the
same risk rules fire; names, plates, addresses, document, seal and serial numbers and
the declaration's id are invented (:mod:`~borderdesk.training.anonymise_invent`), the
dates moved by the same whole number of weeks, and every free text scrubbed of every
nominal value of the case (a text that stays unsafe is dropped). The files are then
checked as a whole (:mod:`~borderdesk.training.anonymise_check`) before anything is
written. Ordinary traffic drawn by the demo generator surrounds the case's declaration
(:mod:`~borderdesk.training.anonymise_traffic`), so the trainee still has to screen.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from borderdesk.core.codelists import countries
from borderdesk.core.i18n import tr
from borderdesk.identify.item import CATEGORIES
from borderdesk.training.anonymise_case import (
    PARTIES,
    CaseSource,
    company_core,
    nominal_values,
    party_is_company,
    person_name,
)
from borderdesk.training.anonymise_invent import InventedData, Inventor, load_invented
from borderdesk.training.anonymise_text import NominalValue, find_values, loose, scrub
from borderdesk.training.anonymise_traffic import ordinary_traffic
from borderdesk.training.anonymise_truth import TruthMaker
from borderdesk.training.pack import MANIFEST_NAME

#: Minutes between the declaration's lodging and the scenario's start.
_START_AFTER = 15
#: The time targets: selection (minutes), and the least and step for the evidence work.
_SELECT_WITHIN, _EVIDENCE_AT_LEAST, _EVIDENCE_STEP = 30, 120, 30


@dataclass(frozen=True, slots=True)
class BuiltScenario:
    """The files of the pack (name -> bytes) and the nominal values they must not hold."""

    pack_id: str
    files: Mapping[str, bytes]
    values: tuple[NominalValue, ...]
    declaration_id: str


def build_scenario(source: CaseSource, *, seed: int,
                   invented: InventedData | None = None) -> BuiltScenario:
    """The pack's files for ``source``; the same seed gives the same bytes."""
    values = nominal_values(source)
    inventor = Inventor(invented or load_invented(), seed, [v.key for v in values])
    return _Builder(source, values, inventor).build()


class _Builder:
    def __init__(self, source: CaseSource, values: list[NominalValue],
                 inventor: Inventor) -> None:
        self.source, self.values, self.inventor = source, values, inventor
        #: Loose form of a real value -> the invented one written instead (free texts).
        self.replacements: dict[str, str] = {}

    # ------------------------------------------------------------------ the pack
    def build(self) -> BuiltScenario:
        versions = [self._declaration(v) for v in self.source.versions]
        self._invent_the_rest()
        for version in versions:
            for line in version.get("items") or ():
                line["description"] = self.text(line["description"]) or tr("goods")
        first = versions[0]
        lodged = datetime.fromisoformat(first["lodged_at"])
        starts_at = (lodged + timedelta(minutes=_START_AFTER)).replace(second=0, microsecond=0)
        prefix = first["declaration_id"].rsplit("-", 1)[0] + "-"
        traffic = ordinary_traffic(
            starts_at=starts_at, zone=ZoneInfo(self.source.station.time_zone),
            crossing=first.get("crossing") or self.source.station.crossing,
            id_prefix=prefix, seed=self.inventor.random.randrange(2 ** 31),
            values=self.values, taken=[first["declaration_id"]])
        queue = sorted([first, *traffic], key=lambda d: datetime.fromisoformat(d["lodged_at"]))
        files: dict[str, bytes] = {"declarations.json": _json(queue)}
        injects = []
        for number, version in enumerate(versions[1:], start=2):
            name = f"amendment-{number}.json"
            files[name] = _json([version])
            minutes = (datetime.fromisoformat(version["lodged_at"]) - starts_at) / timedelta(
                minutes=1)
            injects.append({"id": f"amendment-{number}", "at": max(1, math.ceil(minutes)),
                            "kind": "amendment",
                            "title": tr("The declarant lodges version {number} of the "
                                        "declaration", number=number),
                            "files": [name]})
        watchlist = self._watchlist(versions[-1])
        if watchlist:
            files["watchlist.csv"] = watchlist
        maker = TruthMaker(self.source.document, self.text, self.replacements)
        truth = maker.truth(first["declaration_id"])
        pack_id = f"case-{self.inventor.random.randrange(16 ** 6):06x}"
        manifest: dict[str, Any] = {
            "format": 1, "id": pack_id, "version": "1",
            "title": self._title(first, truth),
            "description": self._description(first, truth),
            "briefing": tr("You are the officer on shift at {station}. Screen the queue, "
                           "act on anything new that reaches the station, and deal with "
                           "whatever you find.", station=self.source.station.name),
            "learning_goals": self._goals(),
            "station": {"name": tr("{name} (exercise)", name=self.source.station.name),
                        "crossing": self.source.station.crossing,
                        "country": self.source.station.country,
                        "time_zone": self.source.station.time_zone},
            "profile": self.source.profile,
            **({"watchlist": "watchlist.csv"} if watchlist else {}),
            "starts_at": starts_at.isoformat(),
            "duration_minutes": 180,
            "declarations": ["declarations.json"],
            **({"injects": injects} if injects else {}),
            "truth": [truth],
            "expected": {
                "select": [first["declaration_id"]],
                "identify": ["typology", "calibre", "serial", "quantity"],
                "evidence": {"steps": maker.expected_steps()},
                "timing": {"select_within": _SELECT_WITHIN,
                           "evidence_within": self._evidence_within(maker)}},
        }
        files[MANIFEST_NAME] = yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True,
                                              width=88).encode("utf-8")
        return BuiltScenario(pack_id, files, tuple(self.values), first["declaration_id"])

    # ------------------------------------------------------------------ invented values
    def person(self, real: str, country: str | None = None) -> str:
        """The invented name of a person, with each word of the real name mapped too."""
        name = person_name(real)
        invented = self.inventor.person(name, country)
        self.replacements[loose(name)] = invented
        for word in name.split():
            self.replacements.setdefault(loose(word),
                                         self.inventor.name_part(word, name, invented))
        return invented

    def company(self, real: str, country: str | None = None) -> str:
        """The invented name of a company (its name without the legal form mapped too)."""
        invented = self.inventor.company(real, country)
        self.replacements[loose(real)] = invented
        core = company_core(real)
        if core and loose(core) != loose(real):
            self.replacements.setdefault(loose(core), company_core(invented) or invented)
        return invented

    def _put(self, real: str, invented: str) -> str:
        self.replacements[loose(real)] = invented
        return invented

    def moment(self, text: str) -> str:
        """A date and time moved by the scenario's shift (its offset kept)."""
        # In the station's zone: a moved summer time keeps the offset of summer.
        moved = (datetime.fromisoformat(text) + self.inventor.shift).astimezone(
            ZoneInfo(self.source.station.time_zone))
        self._put(text[:10], moved.date().isoformat())
        return moved.isoformat()

    def day(self, text: str) -> str:
        """A date moved by the scenario's shift."""
        return self._put(text, (date.fromisoformat(text[:10]) + self.inventor.shift).isoformat())

    def text(self, text: str) -> str | None:
        """A free text with every nominal value replaced, or None when it stays unsafe."""
        scrubbed = scrub(text, self.replacements,
                         lambda found: self._put(found, self.inventor.number(found)))
        return None if find_values(scrubbed, self.values) else scrubbed

    def _invent_the_rest(self) -> None:
        """Invented stand-ins for the values only free texts may hold (officers, case
        numbers...), so that a text naming them can be scrubbed rather than dropped."""
        for value in self.values:
            if value.key in self.replacements or value.kind == "name part":
                continue
            if value.kind == "person":
                self.person(value.text)
            elif value.kind == "company":
                self.company(value.text)
            elif value.kind == "address":
                self._put(value.text, self.inventor.place(value.text))
            elif value.kind == "plate":
                self._put(value.text, self.inventor.plate(value.text))
            elif value.kind == "date":
                self.day(value.text)
            else:
                self._put(value.text, self.inventor.number(value.text, value.kind))
        for value in self.values:
            if value.key not in self.replacements:  # a word of no whole name written
                self._put(value.text, self.inventor.person(value.text).split()[-1])

    # ------------------------------------------------------------------ the declaration
    def _declaration(self, content: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = _without_nulls(copy.deepcopy(dict(content)))
        lodged = self.moment(out["lodged_at"])
        out["lodged_at"] = lodged
        out["declaration_id"] = self._put(out["declaration_id"], self.inventor.declaration_id(
            out["declaration_id"], datetime.fromisoformat(lodged).year))
        vehicle = out.get("vehicle") or {}
        for key in ("registration", "trailer"):
            if vehicle.get(key):
                vehicle[key] = self._put(vehicle[key], self.inventor.plate(
                    vehicle[key], vehicle.get("country")))
        driver = out.get("driver") or {}
        if driver.get("name"):
            driver["name"] = self.person(driver["name"], driver.get("nationality"))
        for role in PARTIES:
            party = out.get(role)
            if not party:
                continue
            country = party.get("country")
            party["name"] = (self.company(party["name"], country) if party_is_company(party)
                             else self.person(party["name"], country))
            if party.get("address"):
                party["address"] = self._put(party["address"], self.inventor.place(
                    party["address"], country))
        for document in out.get("documents") or ():
            document["reference"] = self._put(document["reference"], self.inventor.number(
                document["reference"], "document number"))
            if document.get("valid_until"):
                document["valid_until"] = self.day(document["valid_until"])
        out["seals"] = [self._put(s, self.inventor.number(s, "seal number"))
                        for s in out.get("seals") or ()]
        if not out["seals"]:
            del out["seals"]
        return out

    def _watchlist(self, declaration: Mapping[str, Any]) -> bytes:
        rows = []
        for field in self.source.watch_fields:
            section, _, key = field.partition(".")
            value = (declaration.get(section) or {}).get(key)
            if not value:
                continue
            kind = "vehicle" if section == "vehicle" else (
                "company" if section in PARTIES and party_is_company(declaration[section])
                else "person")
            rows.append((kind, value, tr("From the case: the {field} was on the watch list",
                                         field=field)))
        if not rows:
            return b""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(("kind", "name_or_plate", "note"))
        writer.writerows(dict.fromkeys(rows))
        return out.getvalue().encode("utf-8")

    # ------------------------------------------------------------------ words
    def _title(self, declaration: Mapping[str, Any], truth: Mapping[str, Any]) -> str:
        what = ", ".join(dict.fromkeys(CATEGORIES[i["category"]].lower()
                                       for i in truth["items"]))
        return tr("From a signed case: {what} in a {mode} to {country}", what=what,
                  mode=declaration["transport_mode"],
                  country=countries().name_of(declaration["destination_country"]) or
                  declaration["destination_country"])

    def _description(self, declaration: Mapping[str, Any], truth: Mapping[str, Any]) -> str:
        goods = "; ".join(line["description"] for line in declaration["items"])
        route = " - ".join(declaration.get("itinerary") or ())
        rules = ", ".join((self.source.document.get("case") or {}).get("rules_hit") or ()) or "-"
        return tr(
            "Made from a signed seizure case of this station: every name, plate, address "
            "and number is invented and the dates are moved. A {mode} ({procedure}) on the "
            "route {route}, declared as: {goods}. It hides {count} item(s): {items}; "
            "concealment: {method}. The live case was selected by the rules {rules}.",
            mode=declaration["transport_mode"], procedure=declaration["procedure"],
            route=route or "-", goods=goods, count=len(truth["items"]),
            items=", ".join(i["name"] for i in truth["items"]),
            method=truth["concealment"]["method"], rules=rules)

    def _goals(self) -> list[str]:
        return [tr("Select the shipment the risk signals of a real case point at."),
                tr("Identify each item from the item itself: category, calibre, serial "
                   "numbers and quantity."),
                tr("Record the evidence steps the real case needed, in their order.")]

    def _evidence_within(self, maker: TruthMaker) -> int:
        minutes = maker.evidence_minutes()
        steps = math.ceil(max(minutes, _EVIDENCE_AT_LEAST) / _EVIDENCE_STEP)
        return int(steps * _EVIDENCE_STEP)


def _without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def _json(objects: Sequence[Any]) -> bytes:
    return (json.dumps(list(objects), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
