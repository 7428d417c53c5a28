"""What a signed seizure case holds, as the anonymiser reads it, and every nominal value in it.

:class:`CaseSource` is plain data the service gathers (the case's whole document, as
``seizure show`` gives it, and every version of its declaration); nothing here reads the
database. :func:`nominal_values` lists every value that names or identifies someone or
something of the real case: names of persons and companies (and each word of a person's
name), addresses, plates, declaration, document, seal, package and case numbers, serial
numbers, dates of birth and of the event, and every number-like run (a phone or
document number nobody put in a field) of any text of the case. The scenario must hold
none of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from borderdesk.training.anonymise_text import NUMBER_LIKE, NominalValue, loose
from borderdesk.training.pack import StationSetup

#: Shorter loose forms are not looked for (they would be found in any text).
MIN_KEY = 3
#: A party written as a company: a legal form among its words.
_LEGAL_FORMS = re.compile(
    r"\b(d\.?o\.?o\.?(el)?|a\.?d\.?|sh\.?p\.?k\.?|sh\.?a\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|gmbh|ag|"
    r"kg|ltd\.?|llc|inc\.?|a\.?ş\.?|şti\.?|s\.?a\.?|dooel|doo|oy|ab|bv|nv|sro|s\.?r\.?o\.?|"
    r"kft\.?|zrt\.?|ood|ead|sp\.? z o\.?o\.?)(?=\W|$)", re.IGNORECASE)
#: Words of names that are words of any text too ("van" Dijk: a van is a vehicle).
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "la", "le", "al", "el", "bin", "ibn",
                        "da", "di", "dos", "del", "della", "ter", "ten", "abu", "mac"})
#: "Name (role)" in a list of persons present.
_ROLE = re.compile(r"\s*\([^)]*\)\s*$")
#: Fields of evidence steps, custody and packages that hold persons' names.
PERSON_FIELDS = frozenset({
    "name", "handlers", "officers_present", "persons_present", "photographer",
    "received_by", "released_by", "qualified_person", "done_by", "recorded_by", "packed_by",
    "sealed_by", "holder", "opened_by", "signed_off_by", "imported_by", "officers",
    "collector", "by", "corrected_by"})
#: Fields that hold numbers of documents, seals, packages and the like.
NUMBER_FIELDS = frozenset({
    "national_number", "case_number", "reference", "seal_numbers", "number", "package",
    "label", "document", "file_name"})
#: Fields that hold plates.
PLATE_FIELDS = frozenset({"vehicle_ids", "conveyance_id"})
#: The declaration's parties.
PARTIES = ("consignor", "consignee", "declarant", "carrier")


@dataclass(frozen=True, slots=True)
class CaseSource:
    """A signed case as the anonymiser reads it."""

    #: ``services.seizures.case_document``: case, items, persons, steps, custody...
    document: Mapping[str, Any]
    #: The content of every version of the case's declaration, oldest first.
    versions: tuple[Mapping[str, Any], ...]
    #: The live station (its crossing, country and time zone are kept).
    station: StationSetup
    #: The declaration fields that matched the watch list when it was screened
    #: ("driver.name"): the scenario's watch list lists their invented values.
    watch_fields: tuple[str, ...] = ()
    #: The shipped profile the scenario is played with.
    profile: str = "firearms-extended"


def party_is_company(party: Mapping[str, Any]) -> bool:
    """Whether a party is a company (its kind, or a legal form in its name)."""
    kind = party.get("kind")
    if kind in ("company", "private"):
        return bool(kind == "company")
    return bool(_LEGAL_FORMS.search(str(party.get("name") or "")))


def company_core(name: str) -> str:
    """A company's name without its legal form ("Sava" of "Špedicija Sava d.o.o.")."""
    return " ".join(_LEGAL_FORMS.sub(" ", name).replace(",", " ").split())


def person_name(text: str) -> str:
    """A person's name without a role after it ("Ardit Berisha (driver)") or a title
    after a comma ("Dragan Ilić, police firearms officer")."""
    return _ROLE.sub("", text).split(",")[0].strip()


def nominal_values(source: CaseSource) -> list[NominalValue]:
    """Every nominal value of the case, each once (by its loose form), longest first."""
    found: dict[str, NominalValue] = {}

    def add(text: Any, kind: str, where: str) -> None:
        value = NominalValue(" ".join(str(text or "").split()), kind, where)
        if len(value.key) >= MIN_KEY and value.key not in found:
            found[value.key] = value

    def person(text: Any, where: str) -> None:
        name = person_name(str(text or ""))
        add(name, "person", where)
        for word in name.split():
            if loose(word) not in _PARTICLES:
                add(word, "name part", where)

    for number, version in enumerate(source.versions, start=1):
        _declaration_values(version, f"declaration version {number}", add, person)
    _case_values(source.document, add, person)
    return sorted(found.values(), key=lambda v: (-len(v.key), v.key))


def _declaration_values(content: Mapping[str, Any], where: str, add: Any, person: Any) -> None:
    add(content.get("declaration_id"), "declaration number", f"{where} declaration_id")
    add(str(content.get("lodged_at") or "")[:10], "date", f"{where} lodged_at")
    vehicle = content.get("vehicle") or {}
    for key in ("registration", "trailer"):
        add(vehicle.get(key), "plate", f"{where} vehicle.{key}")
    driver = content.get("driver") or {}
    if driver.get("name"):
        person(driver["name"], f"{where} driver.name")
    for role in PARTIES:
        party = content.get(role) or {}
        if not party.get("name"):
            continue
        if party_is_company(party):
            add(party["name"], "company", f"{where} {role}.name")
            add(company_core(str(party["name"])), "company", f"{where} {role}.name")
        else:
            person(party["name"], f"{where} {role}.name")
        add(party.get("address"), "address", f"{where} {role}.address")
    for index, document in enumerate(content.get("documents") or ()):
        add(document.get("reference"), "document number",
            f"{where} documents[{index}].reference")
    for index, seal in enumerate(content.get("seals") or ()):
        add(seal, "seal number", f"{where} seals[{index}]")
    for index, line in enumerate(content.get("items") or ()):
        _numbers_in(line.get("description"), add, f"{where} items[{index}].description")


def _case_values(document: Mapping[str, Any], add: Any, person: Any) -> None:
    case = document.get("case") or {}
    for key in ("case_number", "declaration_id", "national_number"):
        add(case.get(key), "case number", f"case {key}")
    for key in ("opened_by", "signed_off_by"):
        if case.get(key):
            person(case[key], f"case {key}")
    fields = case.get("fields") or {}
    add(str(fields.get("occurred_at") or "")[:10], "date", "case occurred_at")
    for person_entry in document.get("persons") or ():
        person(person_entry.get("name"), "case persons.name")
        add(person_entry.get("birth_date"), "date", "case persons.birth_date")
        add(person_entry.get("document"), "document number", "case persons.document")
        for word in str(person_entry.get("document") or "").split():
            if any(c.isdigit() for c in word):
                add(word, "document number", "case persons.document")
    for item in document.get("items") or ():
        record = item.get("record") or {}
        for marking in [*(item.get("markings") or ()), *(record.get("markings") or ())]:
            if marking.get("kind") == "serial":
                add(marking.get("text"), "serial number", f"case item {item.get('number')}")
    for section in ("case", "items", "persons", "tracing", "follow_up", "steps", "packages",
                    "custody", "photos", "history"):
        for path, key, value in _leaves(document.get(section), section):
            if key in PERSON_FIELDS:
                person(value, f"case {path}")
            elif key in PLATE_FIELDS:
                for plate in str(value).split("/"):
                    add(plate, "plate", f"case {path}")
            elif key in NUMBER_FIELDS:
                add(value, "document number", f"case {path}")
            _numbers_in(value, add, f"case {path}")


def _numbers_in(text: Any, add: Any, where: str) -> None:
    if isinstance(text, str):
        for match in NUMBER_LIKE.finditer(text):
            add(match.group(0), "number", where)


def _leaves(value: Any, path: str, key: str = "") -> Iterator[tuple[str, str, str]]:
    """Every text of a JSON value with its path and the key it is under."""
    if isinstance(value, Mapping) and isinstance(value.get("field"), str) and "value" in value:
        # A field's history: its earlier values are those of the field it names.
        yield from _leaves(value["value"], f"{path}.{value['field']}", value["field"])
    elif isinstance(value, Mapping):
        for name, child in value.items():
            yield from _leaves(child, f"{path}.{name}", str(name))
    elif isinstance(value, list | tuple):
        for index, child in enumerate(value):
            yield from _leaves(child, f"{path}[{index}]", key)
    elif isinstance(value, str) and value:
        yield path, key, value


def loose_keys(values: list[NominalValue]) -> list[str]:
    """The loose forms of ``values`` (what the inventor must avoid)."""
    return [loose(v.text) for v in values]
