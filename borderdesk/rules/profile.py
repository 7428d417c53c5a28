"""Risk profiles: loading a YAML profile, checking every part, compiling its rules.

A profile file has ``profile`` (id, version, effective date, author,
jurisdiction, description), ``lanes`` (score thresholds), ``random`` (rate, seed,
lane), ``capacity`` (expected declarations per lane per day), ``lists`` (named
lists) and ``rules``. Every problem is collected and reported as
``FILE:LINE:COL: message``; a profile with any problem is rejected whole.
See docs/rules.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from borderdesk.core.codelists import countries
from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.rules.compiler import Compiler, Function
from borderdesk.rules.lists import ListKind, NamedList
from borderdesk.rules.problems import ConditionSyntaxError, ProfileError, ProfileProblem
from borderdesk.rules.syntax import Node, parse


class Lane(StrEnum):
    """Where a declaration goes: physical inspection, document check, or release."""

    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


@dataclass(frozen=True)
class Rule:
    """One compiled rule of a profile."""

    id: str
    title: str
    condition: str
    weight: float
    lane: Lane | None
    instruction: str
    rationale: str
    enabled: bool
    function: Function = field(repr=False, compare=False)
    tree: Node = field(repr=False, compare=False)
    compiler: Compiler = field(repr=False, compare=False)


@dataclass(frozen=True)
class Profile:
    """A validated, compiled risk profile."""

    id: str
    version: int
    effective: date
    author: str
    jurisdiction: str
    description: str
    red_threshold: float
    yellow_threshold: float
    random_rate: float
    random_seed: str
    random_lane: Lane
    capacity: dict[Lane, int]
    lists: dict[str, NamedList]
    rules: tuple[Rule, ...]
    path: str = ""
    source: YamlMap | None = field(default=None, repr=False, compare=False)

    def with_lists(self, replacements: Mapping[str, tuple[str, ...]]) -> Profile:
        """The same profile with some named lists replaced (for one screening run)."""
        if self.source is None:
            raise ValueError("a profile without its source cannot be rebuilt")
        return build_profile(self.source, replacements)


_TOP = ("profile", "lanes", "random", "capacity", "lists", "rules")
_META = ("id", "version", "effective", "author", "jurisdiction", "description")
_RULE = ("id", "title", "condition", "weight", "lane", "instruction", "rationale", "enabled")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_LIST_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class _Checker:
    """Collects problems while reading a profile's parts."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[ProfileProblem] = []

    def at(self, position: tuple[int, int], message: str) -> None:
        self.problems.append(ProfileProblem(self.path, position[0], position[1], message))

    def mapping(self, parent: YamlMap, key: str, allowed: tuple[str, ...] | None,
                required: bool = True) -> YamlMap | None:
        """``parent[key]`` as a mapping whose keys are ``allowed`` (any keys when None)."""
        value = parent.get(key)
        if value is None:
            if required:
                self.at((parent.line, parent.column), tr("'{key}' is missing", key=key))
            return None
        if not isinstance(value, YamlMap):
            self.at(parent.position(key), tr("'{key}' must be a mapping", key=key))
            return None
        if allowed is not None:
            self.unknown_keys(value, allowed)
        return value

    def unknown_keys(self, data: YamlMap, allowed: tuple[str, ...]) -> None:
        for key in data:
            if key not in allowed:
                self.at(data.key_positions[key], tr(
                    "unknown field '{key}' (known: {allowed})", key=key,
                    allowed=", ".join(allowed)))

    def value(self, data: YamlMap, key: str, kind: type | tuple[type, ...], default: Any = None,
              required: bool = True, check: Callable[[Any], str | None] | None = None) -> Any:
        if key not in data or data[key] is None:
            if required:
                self.at((data.line, data.column), tr("'{key}' is missing", key=key))
            return default
        value = data[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if (isinstance(value, bool) and bool not in kinds) or not isinstance(value, kinds):
            names = {str: "text", int: "a whole number", float: "a number", bool: "true or false",
                     date: "a date (YYYY-MM-DD)", list: "a list"}
            self.at(data.position(key), tr(
                "type mismatch: '{key}' must be {kind}", key=key,
                kind=" or ".join(names.get(k, k.__name__) for k in kinds)))
            return default
        problem = check(value) if check else None
        if problem:
            self.at(data.position(key), problem)
            return default
        return value


def _rate(value: Any) -> str | None:
    return None if 0 <= value <= 1 else tr("must be between 0 and 1 (0.02 is 2 %)")


def _lane(value: Any) -> str | None:
    return None if value in Lane.__members__.values() else tr("must be 'red', 'yellow' or 'green'")


def load_profile(path: Path) -> Profile:
    """Read, check and compile the profile at ``path`` (raises :class:`ProfileError`)."""
    try:
        data = load_yaml(path)
    except DataFileError as exc:
        raise ProfileError([ProfileProblem(str(path), exc.line or 1, 1, exc.problem)]) from None
    if not isinstance(data, YamlMap):
        raise ProfileError([ProfileProblem(str(path), 1, 1, tr("a profile must be a mapping"))])
    return build_profile(data, {})


def build_profile(data: YamlMap, replacements: Mapping[str, tuple[str, ...]]) -> Profile:
    """Check and compile a loaded profile, with some named lists replaced."""
    c = _Checker(data.path)
    c.unknown_keys(data, _TOP)
    meta = c.mapping(data, "profile", _META) or YamlMap()
    meta_id = c.value(meta, "id", str, "", check=lambda v: None if _ID.match(v) else tr(
        "an id is letters, digits, '.', '_' or '-'")) if meta else ""
    version = c.value(meta, "version", int, 0) if meta else 0
    effective = c.value(meta, "effective", date, date.min) if meta else date.min
    lanes = c.mapping(data, "lanes", ("red", "yellow"))
    red = c.value(lanes, "red", (int, float), 60) if lanes else 60
    yellow = c.value(lanes, "yellow", (int, float), 30) if lanes else 30
    if lanes is not None and isinstance(red, int | float) and isinstance(yellow, int | float) \
            and yellow > red:
        c.at(lanes.position("yellow"), tr("the yellow threshold must not exceed the red one"))
    random = c.mapping(data, "random", ("rate", "seed", "lane"), required=False)
    rate = c.value(random, "rate", (int, float), 0.0, check=_rate) if random else 0.0
    seed = str(c.value(random, "seed", (str, int), "", required=False) or "") if random else ""
    random_lane = c.value(random, "lane", str, "yellow", required=False,
                          check=_lane) if random else "yellow"
    capacity_map = c.mapping(data, "capacity", ("red", "yellow", "green"), required=False)
    capacity = {Lane(k): c.value(capacity_map, k, int, 0) for k in capacity_map
                if k in Lane.__members__.values()} if capacity_map else {}
    lists = _lists(c, data, replacements)
    rules = _rules(c, data, lists)
    if c.problems:
        raise ProfileError(c.problems)
    return Profile(
        id=meta_id, version=version, effective=effective,
        author=c.value(meta, "author", str, "", required=False) or "",
        jurisdiction=c.value(meta, "jurisdiction", str, "", required=False) or "",
        description=c.value(meta, "description", str, "", required=False) or "",
        red_threshold=float(red), yellow_threshold=float(yellow), random_rate=float(rate),
        random_seed=seed, random_lane=Lane(random_lane), capacity=capacity, lists=lists,
        rules=rules, path=data.path, source=data)


def _lists(c: _Checker, data: YamlMap,
           replacements: Mapping[str, tuple[str, ...]]) -> dict[str, NamedList]:
    section = c.mapping(data, "lists", None, required=False)
    result: dict[str, NamedList] = {}
    if section is None:
        return result
    kinds = ", ".join(kind.value for kind in ListKind)
    for name in section:
        if not _LIST_NAME.match(name):
            c.at(section.key_positions[name], tr(
                "a list name is lower-case letters, digits and '_': '{name}'", name=name))
        entry = c.mapping(section, name, ("kind", "items"))
        if entry is None:
            continue
        kind = c.value(entry, "kind", str, None, check=lambda v: None if v in ListKind.__members__
                       .values() else tr("unknown list kind (known: {kinds})", kinds=kinds))
        items = c.value(entry, "items", list, [])
        texts: list[str] = []
        for item, position in zip(items, getattr(items, "item_positions", []), strict=False):
            if isinstance(item, bool) or not isinstance(item, str | int):
                c.at(position, tr("a list item must be text"))
                continue
            text = str(item)
            problem = _item_problem(kind, text)
            if problem:
                c.at(position, problem)
            elif kind == ListKind.HS_PREFIXES and isinstance(item, int) \
                    and (raw := _raw_scalar(entry.source, position)) != text:
                # YAML reads 0101 as the octal number 65, and 1_0 as 10.
                c.at(position, tr("YAML reads {raw} as the number {number}: write HS "
                                  "prefixes in quotes, like \"{raw}\"", raw=raw, number=text))
            texts.append(text)
        if kind is not None:
            items_tuple = replacements.get(name, tuple(texts))
            if name in replacements:
                # Items given for this run (``screen --set-list``) are checked the same way.
                for text in items_tuple:
                    problem = _item_problem(kind, text)
                    if problem:
                        c.at(entry.position("items") if "items" in entry else
                             (entry.line, entry.column),
                             tr("{problem} (given to replace list '{name}')",
                                problem=problem, name=name))
            result[name] = NamedList(name, ListKind(kind), tuple(items_tuple))
    for name in replacements:
        if name not in result:
            c.at((section.line, section.column), tr("there is no list '{name}' to replace",
                                                    name=name))
    return result


def _item_problem(kind: str | None, text: str) -> str | None:
    """What is wrong with an item of a list of ``kind`` (None when nothing is)."""
    if kind == ListKind.COUNTRIES and text.upper() not in countries():
        return tr("'{code}' is not an ISO 3166 country code", code=text)
    if kind == ListKind.HS_PREFIXES and not (text.isdigit() and len(text) <= 10):
        return tr("'{prefix}' is not an HS code prefix (digits)", prefix=text)
    return None


_PLAIN_SCALAR = re.compile(r"[^\s,\[\]{}#]+")


def _raw_scalar(source: str, position: tuple[int, int]) -> str:
    """The text of a plain scalar at a 1-based (line, column) of ``source``."""
    lines = source.splitlines()
    if not 0 < position[0] <= len(lines):
        return ""
    found = _PLAIN_SCALAR.match(lines[position[0] - 1], position[1] - 1)
    return found.group() if found else ""


def _condition_position(rule: YamlMap, condition: str, offset: int) -> tuple[int, int]:
    """Where character ``offset`` of a rule's condition is in the file; a problem found
    at the end of the condition is put just after its last character."""
    body = condition.rstrip()
    if body and offset >= len(body):
        line, column = rule.position("condition", len(body) - 1)
        return line, column + 1
    return rule.position("condition", offset)


def _rules(c: _Checker, data: YamlMap, lists: dict[str, NamedList]) -> tuple[Rule, ...]:
    items = data.get("rules")
    if not isinstance(items, YamlList):
        c.at(data.position("rules") if "rules" in data else (data.line, data.column),
             tr("'rules' must be a list of rules"))
        return ()
    compiler = Compiler(lists)
    rules: list[Rule] = []
    seen: dict[str, tuple[int, int]] = {}
    for item, position in zip(items, items.item_positions, strict=True):
        if not isinstance(item, YamlMap):
            c.at(position, tr("a rule must be a mapping"))
            continue
        c.unknown_keys(item, _RULE)
        rule_id = c.value(item, "id", str, "")
        if rule_id in seen:
            first = seen[rule_id]
            c.at(item.position("id"), tr("duplicate rule id '{id}' (first at line {line})",
                                         id=rule_id, line=first[0]))
        elif rule_id:
            seen[rule_id] = item.position("id")
        condition = c.value(item, "condition", str, "")
        weight = c.value(item, "weight", (int, float), 0, required=False,
                         check=lambda v: None if v >= 0 else tr("must not be negative"))
        lane = c.value(item, "lane", str, None, required=False, check=_lane)
        if "weight" not in item and "lane" not in item:
            c.at((item.line, item.column), tr("a rule needs a 'weight' or a forced 'lane'"))
        tree: Node | None = None
        function: Function | None = None
        if condition:
            try:
                tree = parse(condition)
                function = compiler.condition(tree)
            except ConditionSyntaxError as exc:
                c.at(_condition_position(item, condition, exc.offset), exc.message)
        if tree is not None and function is not None:
            rules.append(Rule(
                id=rule_id, title=c.value(item, "title", str, rule_id), condition=condition,
                weight=float(weight or 0), lane=Lane(lane) if lane else None,
                instruction=c.value(item, "instruction", str, ""),
                rationale=c.value(item, "rationale", str, "", required=False) or "",
                enabled=c.value(item, "enabled", bool, True, required=False),
                function=function, tree=tree, compiler=compiler))
    return tuple(rules)
