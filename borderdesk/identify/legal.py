"""The legal category suggestion: a versioned rule table evaluated against the item record.

A table (``resources/codelists/legal-categories-*.yaml``) lists categories, the
measurements its rules use, ordered rules (the first whose condition holds gives the
category, with its reason) and a fallback. Conditions use the language of
``conditions.py`` over the record's facts, flags and measurements. The officer sees
the suggestion and its reason; the law, not this table, decides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from borderdesk.core.datafiles import YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.identify.conditions import Condition, parse_condition
from borderdesk.identify.item import (
    ACTIONS,
    CATEGORIES,
    COMPONENTS,
    FLAGS,
    ITEM_CLASSES,
    ItemRecord,
    LegalSuggestion,
)

_FACTS: dict[str, dict[str, str] | None] = {
    "item_class": ITEM_CLASSES, "category": CATEGORIES, "action": ACTIONS,
    "component": COMPONENTS, "typology": None}
_TOP = {"table", "version", "jurisdiction", "source", "note", "categories", "measures",
        "rules", "fallback"}


@dataclass(frozen=True, slots=True)
class LegalRule:
    """One rule: when its condition holds, the item is in ``category`` for ``reason``."""

    id: str
    category: str
    reason: str
    when: Condition | None


@dataclass(frozen=True, slots=True)
class LegalTable:
    """A jurisdiction's categories as an ordered rule table."""

    name: str
    version: int
    jurisdiction: str
    source: str
    categories: dict[str, str]
    measures: dict[str, str]
    rules: tuple[LegalRule, ...]
    fallback: LegalRule

    def suggest(self, record: ItemRecord) -> LegalSuggestion:
        """The first rule that holds for ``record`` (or the fallback)."""
        env = _RecordEnv(record)
        rule = next((r for r in self.rules if r.when is None or r.when.holds(env)),
                    self.fallback)
        return LegalSuggestion(rule.category, rule.id, rule.reason, self.name, self.version)


class _RecordEnv:
    def __init__(self, record: ItemRecord) -> None:
        self.record = record

    def lookup(self, subject: str, name: str) -> Any:
        if subject == "fact":
            return getattr(self.record, name)
        if subject == "flag":
            return name in self.record.flags
        if subject == "measure":
            return self.record.measurement(name)
        return None


def load_legal_table(path: Path) -> LegalTable:
    """Read and validate a legal rule table."""
    data = load_yaml(path)
    where = str(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(where, 1, None, tr("a legal table must be a mapping"))
    for key in data:
        if key not in _TOP:
            raise data.fail(key, tr("unknown field (known: {known})",
                                    known=", ".join(sorted(_TOP))))
    categories = _names(data, "categories")
    measures = _names(data, "measures")

    def check(subject: str, name: str, values: tuple[str, ...]) -> str | None:
        if subject == "fact":
            if name not in _FACTS:
                return tr("there is no fact '{name}' (known: {known})", name=name,
                          known=", ".join(_FACTS))
            known = _FACTS[name]
            bad = [v for v in values if known is not None and v not in known]
            return tr("'{value}' is not a value of {name}", value=bad[0], name=name) if bad \
                else None
        if subject == "flag":
            return None if name in FLAGS else tr("there is no flag '{name}'", name=name)
        if subject == "measure":
            return None if name in measures else tr(
                "measure '{name}' is not listed under measures", name=name)
        return tr("a legal rule uses fact, flag or measure, not {subject}", subject=subject)

    def rule(item: Any, line: int, conditional: bool) -> LegalRule:
        if not isinstance(item, YamlMap):
            raise DataFileError(where, line, "rules", tr("each rule must be a mapping"))
        for key in item:
            if key not in ("id", "category", "reason", "when"):
                raise item.fail(key, tr("unknown field (known: category, id, reason, when)"))
        category = item.require("category", str)
        if category not in categories:
            raise item.fail("category", tr("'{value}' is not listed under categories",
                                           value=category))
        when = None
        if conditional:
            when = parse_condition(item.require("when", dict), where, item.line_of("when"), check)
        return LegalRule(item.require("id", str), category, item.require("reason", str), when)

    rules_data = data.require("rules", list)
    rules = tuple(rule(item, line, True)
                  for item, line in zip(rules_data, rules_data.item_lines, strict=True))
    seen: set[str] = set()
    for item, found in zip(rules_data, rules, strict=True):
        if found.id in seen:
            raise item.fail("id", tr("rule id '{id}' appears twice", id=found.id))
        seen.add(found.id)
    fallback_data = data.require("fallback", dict)
    if "when" in fallback_data:
        raise fallback_data.fail("when", tr("the fallback applies when no rule does"))
    return LegalTable(data.require("table", str), data.require("version", int),
                      data.require("jurisdiction", str), data.require("source", str),
                      categories, measures, rules,
                      rule(fallback_data, fallback_data.line, False))


def _names(data: YamlMap, key: str) -> dict[str, str]:
    mapping = data.require(key, dict)
    for code, name in mapping.items():
        if not isinstance(name, str):
            raise mapping.fail(code, tr("must be text"))
    return dict(mapping)


@cache
def legal_table(name: str) -> LegalTable:
    """A shipped table by name (``resources/codelists/NAME.yaml``), cached."""
    return load_legal_table(resource_path("codelists", f"{name}.yaml"))


def apply_legal(record: ItemRecord, table_name: str) -> ItemRecord:
    """The record with the table's suggestion."""
    return replace(record, legal=legal_table(table_name).suggest(record))
