"""Seizure cases as plain facts, from their records: the one reading the station and
headquarters share.

A record is a table's row as a mapping of column to value, as the station stores it
and as its audit chain carries it (``store.audit_repo.record_payload``): JSON columns
(``value``, ``record``, ``data``) are JSON text. The station reads its own tables;
headquarters holds each station's latest audit payload per record. Both give the rows
of a table in the order they were written (the station's rowid order; at headquarters
the order in which each record first entered the chain, which is the same), because
"the latest" is decided by that order: the latest entry of an event field, the latest
status of a trace request.

What a station withholds from headquarters (persons' names and documents) is not
read here, so the facts do not depend on it. No database, no services: the same
records always give the same facts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from borderdesk.core.codelists import countries
from borderdesk.core.text import normalise
from borderdesk.reports.iafq_facts import CaseFacts, ItemFacts, PersonFacts

#: A record: one row of a table, column to value.
Record = Mapping[str, Any]

#: The tables the facts are made of, and the columns read from each (a reader may
#: select just these; a record may hold more).
RECORD_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "seizure_cases": ("id", "case_number", "status", "opened_at"),
    "seizure_case_entries": ("case_ref", "field", "value"),
    "seizure_items": ("id", "replaces_ref", "withdrawn", "case_ref", "item_ref", "kind",
                      "category", "component", "calibre", "quantity", "record"),
    "seizure_tracing": ("id", "replaces_ref", "withdrawn", "item_ref", "kind",
                        "request_ref", "data"),
    "seizure_persons": ("id", "replaces_ref", "withdrawn", "case_ref", "person_ref", "sex",
                        "nationality"),
    "seizure_followup": ("id", "replaces_ref", "withdrawn", "person_ref", "stage"),
}


def case_facts_from_records(tables: Mapping[str, Iterable[Record]], *, zone: ZoneInfo,
                            crossing: str = "",
                            case_crossings: Mapping[str, str] | None = None
                            ) -> list[CaseFacts]:
    """Every case of one station as plain facts, oldest first.

    ``tables`` maps a table of :data:`RECORD_COLUMNS` to its records in the order
    written (a missing table has none). ``zone`` is the station's time zone (a case's
    day is its local date); a case's crossing is its ``crossing`` field, else the
    crossing of the declaration it came from (``case_crossings``, by case id, where
    known: headquarters does not hold declarations), else the station's ``crossing``.
    """
    cases = list(tables.get("seizure_cases", ()))
    fields = current_fields(tables.get("seizure_case_entries", ()))
    items = _items(tables.get("seizure_items", ()), tables.get("seizure_tracing", ()))
    persons = _persons(tables.get("seizure_persons", ()), tables.get("seizure_followup", ()))
    known = case_crossings or {}
    result = []
    # Oldest first: by opening time, the order written among equals (sorted is stable).
    for case in sorted(cases, key=lambda row: str(row["opened_at"])):
        ref = str(case["id"])
        mine = fields.get(ref, {})
        occurred = mine.get("occurred_at")
        result.append(CaseFacts(
            str(case["case_number"]), str(case["status"]),
            local_day(str(occurred or case["opened_at"]), zone), occurred is not None,
            str(mine.get("crossing") or known.get(ref) or crossing), dict(mine),
            tuple(items.get(ref, ())), tuple(persons.get(ref, ()))))
    return result


def local_day(text: str, zone: ZoneInfo) -> date:
    """The local date in ``zone`` of a stored time (ISO 8601 with its offset)."""
    return datetime.fromisoformat(text).astimezone(zone).date()


def current_fields(entries: Iterable[Record]) -> dict[str, dict[str, Any]]:
    """Each case's event fields as they stand: the latest entry per field (in the order
    written) holds its value; a cleared field (value null) is absent."""
    latest: dict[str, dict[str, Any]] = defaultdict(dict)
    for entry in entries:
        latest[str(entry["case_ref"])][str(entry["field"])] = entry["value"]
    result: dict[str, dict[str, Any]] = {}
    for case, values in latest.items():
        decoded = {name: json.loads(value) for name, value in values.items()
                   if value is not None}
        if decoded:
            result[case] = decoded
    return result


def current(rows: Iterable[Record]) -> list[Record]:
    """The records of an append-only entry table that are neither withdrawn nor replaced
    (a correction is a new record that ``replaces_ref`` the old one)."""
    listed = list(rows)
    replaced = {row["replaces_ref"] for row in listed if row.get("replaces_ref") is not None}
    return [row for row in listed if not row.get("withdrawn") and row["id"] not in replaced]


def _items(rows: Iterable[Record], tracing_rows: Iterable[Record]
           ) -> dict[str, list[ItemFacts]]:
    tracing = _tracing(tracing_rows)
    result: dict[str, list[ItemFacts]] = defaultdict(list)
    for row in current(rows):
        kind = str(row["kind"])
        data = _json(row.get("record")) if kind == "firearm" else None
        if not isinstance(data, dict):  # not a firearm, or one recorded without details
            data = {}
        trace = tracing.get(row["item_ref"], _Trace())
        result[str(row["case_ref"])].append(ItemFacts(
            kind, int(row["quantity"]), row["category"], data.get("item_class"),
            row.get("component"), row.get("calibre"), manufacture_country(data.get("country")),
            trace.registry, trace.iarms, tuple(trace.statuses.values()), trace.origin,
            frozenset(data.get("flags") or ())))
    return result


@dataclass
class _Trace:
    registry: int = 0
    iarms: int = 0
    #: Each request's current status, by request id, in the order sent.
    statuses: dict[str, str] = field(default_factory=dict)
    origin: str | None = None


def _tracing(rows: Iterable[Record]) -> dict[str | None, _Trace]:
    """The tracing of each item, by item id (None: entries about no one item)."""
    result: dict[str | None, _Trace] = defaultdict(_Trace)
    entries = current(rows)
    by_request: dict[str | None, str | None] = {
        row["id"]: row["item_ref"] for row in entries if row["kind"] == "trace_request"}
    for row in entries:
        kind, item, request = row["kind"], row["item_ref"], row.get("request_ref")
        # A status belongs to the item its request is about.
        trace = result[by_request.get(request, item) if kind == "trace_status" else item]
        # Only the kinds whose data counts are decoded (checks are many and only counted).
        if kind == "registry_check":
            trace.registry += 1
        elif kind == "iarms_query":
            trace.iarms += 1
        elif kind == "trace_request":
            trace.statuses[row["id"]] = str(_json(row["data"])["status"])
        elif kind == "trace_status" and request in by_request:
            # In the order written: the latest status wins.
            trace.statuses[str(request)] = str(_json(row["data"])["status"])
        elif kind == "origin":
            data = _json(row["data"])
            trace.origin = data["how"] if data.get("established") else None
    return result


def _persons(rows: Iterable[Record], followup: Iterable[Record]
             ) -> dict[str, list[PersonFacts]]:
    stages: dict[str, set[str]] = defaultdict(set)
    for row in current(followup):
        stages[row["person_ref"]].add(str(row["stage"]))
    result: dict[str, list[PersonFacts]] = defaultdict(list)
    for row in current(rows):
        result[str(row["case_ref"])].append(PersonFacts(
            row.get("sex"), row.get("nationality"),
            frozenset(stages.get(row["person_ref"], ()))))
    return result


def _json(value: object) -> Any:
    """A JSON column's value, stored as JSON text (None and empty text: None)."""
    return json.loads(value) if isinstance(value, str) and value else None


def manufacture_country(text: object) -> str | None:
    """The ISO code of a country of manufacture as read from the markings: a code, or a
    country's English name in any case or script (None when it names no country)."""
    if not isinstance(text, str) or not text.strip():
        return None
    code = text.strip().upper()
    if code in countries():
        return code
    return _country_names().get(normalise(text))


@cache
def _country_names() -> dict[str, str]:
    return {normalise(name): code for code, name in countries().names.items()}

