"""The IAFQ tables' data file (``resources/codelists/iafq.yaml``), validated on load.

It holds what the yearly tables count (case statuses, which item classes are not
arms), how the case record's codes map onto the tables' rows, the significant-seizure
thresholds, and each table's title, note and fixed columns or rows. The table code
decides each table's shape; this file decides its words and its mappings, so a
service can retune them without a new program. A broken file is refused with
``FILE:LINE: field: problem``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.evidence.case_codes import seizure_codes
from borderdesk.identify.item import CATEGORIES, FLAGS, ITEM_CLASSES

#: Each mapping and the code list its ``from`` codes belong to (None: item categories).
MAPPING_SOURCES: dict[str, str | None] = {
    "arm_type": None, "event_type": "event_type", "legal_justification": "legal_justification",
    "criminal_context": "criminal_context", "part_type": "part_type",
    "follow_up": "follow_up_stage", "sex": "sex", "trace_answered": "trace_status",
    "origin_how": "origin_how",
}
#: The tables, in workbook order, with the codes of their fixed columns and rows
#: (None: they come from a mapping or from the data). The file must give exactly these.
TABLE_SHAPES: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None]] = {
    "arms-by-type": (None, None),
    "events": (("events", "arms", "arms_per_event", "largest_event"), None),
    "legal-justification": (None, None),
    "criminal-context": (None, None),
    "parts-components": (("pieces",), None),
    "ammunition": (("rounds", "events"), None),
    "manufacture-country": (None, None),
    "routes": (("departure", "transit", "destination", "events", "arms"), None),
    "tracing": (("count",), ("arms", "registry_checks", "iarms_queries", "requests_sent",
                            "requests_answered", "origin_by_tracing", "origin_otherwise")),
    "sdg-16-4-2": (("value",), ("numerator", "denominator", "proportion")),
    "persons": (("total", "women", "men", "nationals", "foreigners"), None),
    "significant-seizures": (("case", "date", "crossing", "arms", "parts", "rounds", "route",
                              "concealment", "legal_justification", "criminal_context",
                              "tracing"), None),
}
_STATUSES = ("open", "signed_off")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Label:
    """A stable code and its English name (translated at use)."""

    code: str
    name: str


@dataclass(frozen=True, slots=True)
class MappedRow:
    """A row of a mapping: the record's codes it counts; ``otherwise`` takes the rest."""

    code: str
    name: str
    sources: tuple[str, ...]
    otherwise: bool = False


@dataclass(frozen=True, slots=True)
class RowMapping:
    """One mapping from a record code list onto table rows."""

    name: str
    rows: tuple[MappedRow, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The row codes, in order."""
        return tuple(row.code for row in self.rows)

    def row_of(self, source: str | None) -> str | None:
        """The row a record's code counts in (None: the mapping has no place for it)."""
        fallback = None
        for row in self.rows:
            if source is not None and source in row.sources:
                return row.code
            if row.otherwise:
                fallback = row.code
        return fallback

    def name_of(self, code: str) -> str:
        """The English name of a row code (the code itself when unknown)."""
        return next((row.name for row in self.rows if row.code == code), code)


@dataclass(frozen=True, slots=True)
class TableSpec:
    """A table's words: title, note, and its fixed columns and rows where it has them."""

    id: str
    title: str
    note: str
    columns: tuple[Label, ...]
    rows: tuple[Label, ...]

    def column(self, code: str) -> Label:
        """A fixed column by code."""
        return next(label for label in self.columns if label.code == code)


@dataclass(frozen=True, slots=True)
class Significant:
    """When a seizure is significant: enough arms, an arm of these types, or a context."""

    min_arms: int
    arm_types: frozenset[str]
    criminal_contexts: frozenset[str]


@dataclass(frozen=True, slots=True)
class IafqCodes:
    """The whole file, checked."""

    version: int
    counted_statuses: frozenset[str]
    not_arms: frozenset[str]
    mappings: Mapping[str, RowMapping]
    significant: Significant
    tables: tuple[TableSpec, ...]
    #: Flags that make an item of a ``not_arms`` class an arm all the same (an alarm
    #: pistol converted to fire live rounds is a firearm).
    arms_when_flagged: frozenset[str] = frozenset()

    def table(self, table_id: str) -> TableSpec:
        """A table's specification by id."""
        return next(spec for spec in self.tables if spec.id == table_id)

    def __getitem__(self, name: str) -> RowMapping:
        return self.mappings[name]


def load_iafq_codes(path: Path) -> IafqCodes:
    """Read and check an IAFQ tables file."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("an IAFQ tables file must be a mapping"))
    if data.require("codelist", str) != "iafq":
        raise data.fail("codelist", tr("this file is not the IAFQ tables"))
    version = data.require("version", int)
    if version < 1:
        raise data.fail("version", tr("must be 1 or more"))
    statuses = _strings(data, "counted_statuses", _STATUSES)
    not_arms = _strings(data, "not_arms", tuple(ITEM_CLASSES))
    arms_when_flagged = _strings(data, "arms_when_flagged", tuple(FLAGS))
    mappings_map = data.require("mappings", dict)
    assert isinstance(mappings_map, YamlMap)
    mappings = {name: _mapping(mappings_map, name) for name in MAPPING_SOURCES}
    unknown = sorted(set(mappings_map) - set(MAPPING_SOURCES))
    if unknown:
        raise mappings_map.fail(unknown[0], tr("is not a mapping the tables use"))
    significant = _significant(data.require("significant", dict), mappings)
    tables = _tables(data)
    return IafqCodes(version, frozenset(statuses), frozenset(not_arms), mappings, significant,
                     tables, frozenset(arms_when_flagged))


def _strings(owner: YamlMap, key: str, allowed: tuple[str, ...]) -> list[str]:
    values = owner.require(key, list)
    assert isinstance(values, YamlList)
    for value, line in zip(values, values.item_lines, strict=True):
        if value not in allowed:
            raise DataFileError(owner.path, line, key, tr("'{value}' is not one of: {known}",
                                                          value=value, known=", ".join(allowed)))
    return list(values)


def _mapping(owner: YamlMap, name: str) -> RowMapping:
    entries = owner.require(name, list)
    assert isinstance(entries, YamlList)
    source = MAPPING_SOURCES[name]
    known = tuple(CATEGORIES) if source is None else seizure_codes()[source].codes
    rows: list[MappedRow] = []
    taken: dict[str, str] = {}
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(owner.path, line, name, tr("each row must be a mapping"))
        extra = sorted(set(entry) - {"code", "name", "from", "otherwise"})
        if extra:
            raise entry.fail(extra[0], tr("is not a field of a mapped row"))
        code = _code(entry)
        if any(row.code == code for row in rows):
            raise entry.fail("code", tr("code {code} appears twice", code=code))
        sources = entry.optional("from", list, [])
        for value in sources:
            if value not in known:
                raise entry.fail("from", tr("'{value}' is not one of: {known}", value=value,
                                            known=", ".join(known)))
            if value in taken:
                raise entry.fail("from", tr("'{value}' is already counted in row {row}",
                                            value=value, row=taken[value]))
            taken[value] = code
        otherwise = bool(entry.optional("otherwise", bool, False))
        if otherwise and any(row.otherwise for row in rows):
            raise entry.fail("otherwise", tr("only one row may take the other codes"))
        if not sources and not otherwise:
            raise entry.fail("from", tr("say which codes the row counts"))
        rows.append(MappedRow(code, _name(entry), tuple(sources), otherwise))
    if not rows:
        raise owner.fail(name, tr("must list at least one row"))
    return RowMapping(name, tuple(rows))


def _significant(data: YamlMap, mappings: Mapping[str, RowMapping]) -> Significant:
    least = data.require("min_arms", int)
    if least < 1:
        raise data.fail("min_arms", tr("must be 1 or more"))
    types = _strings(data, "arm_types", mappings["arm_type"].codes)
    contexts = _strings(data, "criminal_contexts", mappings["criminal_context"].codes)
    return Significant(least, frozenset(types), frozenset(contexts))


def _tables(data: YamlMap) -> tuple[TableSpec, ...]:
    entries = data.require("tables", list)
    assert isinstance(entries, YamlList)
    specs: list[TableSpec] = []
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(data.path, line, "tables", tr("each table must be a mapping"))
        extra = sorted(set(entry) - {"id", "title", "note", "columns", "rows"})
        if extra:
            raise entry.fail(extra[0], tr("is not a field of a table"))
        table_id = entry.require("id", str)
        if table_id not in TABLE_SHAPES:
            raise entry.fail("id", tr("'{id}' is not one of the tables: {known}", id=table_id,
                                      known=", ".join(TABLE_SHAPES)))
        if any(spec.id == table_id for spec in specs):
            raise entry.fail("id", tr("table {id} appears twice", id=table_id))
        columns, rows = TABLE_SHAPES[table_id]
        specs.append(TableSpec(table_id, _text(entry, "title"), _text(entry, "note"),
                               _labels(entry, "columns", columns),
                               _labels(entry, "rows", rows)))
    missing = [t for t in TABLE_SHAPES if not any(s.id == t for s in specs)]
    if missing:
        raise data.fail("tables", tr("table {id} is missing", id=missing[0]))
    order = {table_id: n for n, table_id in enumerate(TABLE_SHAPES)}
    return tuple(sorted(specs, key=lambda spec: order[spec.id]))


def _labels(entry: YamlMap, key: str, expected: tuple[str, ...] | None) -> tuple[Label, ...]:
    if expected is None:
        if key in entry:
            raise entry.fail(key, tr("this table's {key} come from its mapping", key=key))
        return ()
    values = entry.require(key, list)
    assert isinstance(values, YamlList)
    labels: list[Label] = []
    for value, line in zip(values, values.item_lines, strict=True):
        if not isinstance(value, YamlMap):
            raise DataFileError(entry.path, line, key, tr("each entry must be a mapping"))
        extra = sorted(set(value) - {"code", "name"})
        if extra:
            raise value.fail(extra[0], tr("is not a field of a column or row"))
        labels.append(Label(_code(value), _name(value)))
    if sorted(label.code for label in labels) != sorted(expected):
        raise entry.fail(key, tr("must be exactly: {codes}", codes=", ".join(expected)))
    return tuple(labels)


def _code(entry: YamlMap) -> str:
    code = entry.require("code", str)
    if not _CODE.match(code):
        raise entry.fail("code", tr("'{code}' is not a code (lower-case letters, digits and _)",
                                    code=code))
    return str(code)


def _name(entry: YamlMap) -> str:
    return _text(entry, "name")


def _text(entry: YamlMap, key: str) -> str:
    text = str(entry.require(key, str)).strip()
    if not text:
        raise entry.fail(key, tr("must not be empty"))
    return text


@cache
def iafq_codes() -> IafqCodes:
    """The shipped IAFQ tables file."""
    return load_iafq_codes(resource_path("codelists", "iafq.yaml"))
