"""The evidence steps as data: the steps, their fields, the order rules, package kinds and
custody purposes, read from ``resources/checklists/evidence-steps.yaml``.

Everything is validated on load with ``FILE:LINE: field: problem`` errors, so that
recording a step never meets a broken definition: unknown keys, duplicate ids, field
types and their settings, order rules naming unknown steps or contradicting each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from borderdesk.core.datafiles import (
    YamlList,
    YamlMap,
    load_yaml,
    mapping_list,
    refuse_repeats,
    refuse_unknown_keys,
)
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.evidence.case_items import ITEM_KINDS

#: The kinds of value a step's field holds.
FIELD_TYPES = ("text", "time", "person", "number", "choice", "list")
#: A step is recorded once per case, or once per item of the case.
SCOPES = ("case", "item")
#: Steps recorded by another action (creating a package, sealing it, its first transfer)
#: rather than on their own.
RECORDED_WITH = ("package", "seal", "custody")

_TOP = {"checklist", "version", "title", "steps", "order_rules", "package_kinds",
        "custody_purposes"}
_STEP = {"id", "number", "title", "help", "scope", "applies_to", "minimum", "repeatable",
         "recorded_with", "fields"}
_FIELD = {"id", "type", "label", "help", "required", "options", "min", "max", "integer"}
_OPTION = {"id", "label", "final"}
_RULE = {"id", "first", "then", "why"}


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a choice or list field, a package kind or a custody purpose."""

    id: str
    label: str
    #: For custody purposes: no custody event may follow one with this purpose.
    final: bool = False


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field a step records."""

    id: str
    type: str
    label: str
    help: str = ""
    required: bool = False
    options: tuple[Option, ...] = ()
    min: float | None = None
    max: float | None = None
    integer: bool = False

    def option_ids(self) -> tuple[str, ...]:
        """The ids a choice or list field accepts (empty: any text, for lists)."""
        return tuple(option.id for option in self.options)


@dataclass(frozen=True, slots=True)
class StepSpec:
    """One evidence step."""

    id: str
    number: int
    title: str
    help: str
    scope: str
    minimum: bool
    repeatable: bool
    recorded_with: str | None
    fields: tuple[FieldSpec, ...]
    #: The kinds of item (``ITEM_KINDS``: firearm, parts, ammunition) a step per item is
    #: asked for; empty: every kind.
    applies_to: tuple[str, ...] = ()

    def applies(self, kind: str | None) -> bool:
        """Whether the step is asked for an item of ``kind`` (None: unknown, so yes)."""
        return not self.applies_to or kind is None or kind in self.applies_to

    def field(self, field_id: str) -> FieldSpec | None:
        """The field with that id, if the step has one."""
        return next((f for f in self.fields if f.id == field_id), None)


@dataclass(frozen=True, slots=True)
class OrderRule:
    """Step ``first`` must be done before step ``then`` (for the same item, when per item)."""

    id: str
    first: str
    then: str
    why: str


@dataclass(frozen=True, slots=True)
class EvidenceSteps:
    """The whole steps file."""

    id: str
    version: int
    title: str
    steps: tuple[StepSpec, ...]
    order_rules: tuple[OrderRule, ...]
    package_kinds: tuple[Option, ...]
    custody_purposes: tuple[Option, ...]

    def step(self, step_id: str) -> StepSpec | None:
        """The step with that id, if there is one."""
        return next((s for s in self.steps if s.id == step_id), None)

    def purpose(self, purpose_id: str) -> Option | None:
        """The custody purpose with that id, if there is one."""
        return next((p for p in self.custody_purposes if p.id == purpose_id), None)


#: The context the steps' titles and labels are translated in: the printed seizure
#: report's, so that the screen and the paper read the same words.
STEPS_CONTEXT = "report"


def step_text(text: str) -> str:
    """A title or label of the evidence steps file in the reader's language."""
    return tr(text, context=STEPS_CONTEXT) if text else text


@cache
def default_steps() -> EvidenceSteps:
    """The shipped steps file (read once)."""
    return load_steps(resource_path("checklists", "evidence-steps.yaml"))


def load_steps(path: Path) -> EvidenceSteps:
    """Read and validate a steps file."""
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("must be a mapping"))
    refuse_unknown_keys(data, _TOP)
    ident = data.require("checklist", str)
    version = data.require("version", int)
    if version < 1:
        raise data.fail("version", tr("must be 1 or more"))
    steps = tuple(_step(item) for item in mapping_list(data, "steps"))
    refuse_repeats(data, "steps", [s.id for s in steps])
    numbers = [s.number for s in steps]
    if numbers != list(range(1, len(steps) + 1)):
        raise data.fail("steps", tr("steps must be numbered 1, 2, 3... in file order"))
    by_id = {s.id: s for s in steps}
    rules = tuple(_rule(item, by_id) for item in mapping_list(data, "order_rules", optional=True))
    refuse_repeats(data, "order_rules", [r.id for r in rules])
    _no_cycle(data, rules)
    kinds = tuple(_option(item, "package_kinds") for item in mapping_list(data, "package_kinds"))
    refuse_repeats(data, "package_kinds", [k.id for k in kinds])
    purposes = tuple(_option(item, "custody_purposes")
                     for item in mapping_list(data, "custody_purposes"))
    refuse_repeats(data, "custody_purposes", [p.id for p in purposes])
    if not any(p.final for p in purposes):
        raise data.fail("custody_purposes", tr("at least one purpose must be final"))
    for wanted in RECORDED_WITH:
        if not any(s.recorded_with == wanted for s in steps):
            raise data.fail("steps", tr("no step is recorded_with '{what}'", what=wanted))
    return EvidenceSteps(ident, version, data.require("title", str), steps, rules, kinds,
                         purposes)


def _text(data: YamlMap, key: str, required: bool = True) -> str:
    value = data.require(key, str) if required else data.optional(key, str, "")
    if required and not value.strip():
        raise data.fail(key, tr("must not be empty"))
    return str(value).strip()


def _step(data: YamlMap) -> StepSpec:
    refuse_unknown_keys(data, _STEP)
    scope = _text(data, "scope")
    if scope not in SCOPES:
        raise data.fail("scope", tr("must be one of: {known}", known=", ".join(SCOPES)))
    recorded_with = data.optional("recorded_with", str)
    if recorded_with is not None and recorded_with not in RECORDED_WITH:
        raise data.fail("recorded_with", tr("must be one of: {known}",
                                            known=", ".join(RECORDED_WITH)))
    if recorded_with is not None and scope != "item":
        raise data.fail("recorded_with", tr("steps recorded with packages are per item"))
    fields = tuple(_field(item) for item in mapping_list(data, "fields"))
    refuse_repeats(data, "fields", [f.id for f in fields])
    applies_to = _applies_to(data, scope)
    if recorded_with is not None and not any(f.id == "package" for f in fields):
        raise data.fail("fields", tr("a step recorded with packages needs a 'package' field"))
    return StepSpec(_text(data, "id"), data.require("number", int), _text(data, "title"),
                    _text(data, "help"), scope, data.optional("minimum", bool, False),
                    data.optional("repeatable", bool, False), recorded_with, fields,
                    applies_to)


def _applies_to(data: YamlMap, scope: str) -> tuple[str, ...]:
    """The item kinds a step is limited to (``applies_to``), checked."""
    if "applies_to" not in data:
        return ()
    if scope != "item":
        raise data.fail("applies_to", tr("only steps per item are limited to kinds of item"))
    kinds = data.require("applies_to", list)
    if not kinds:
        raise data.fail("applies_to", tr("name at least one kind of item (or leave it out)"))
    for kind in kinds:
        if kind not in ITEM_KINDS:
            raise data.fail("applies_to", tr("'{kind}' is not a kind of item (known: {known})",
                                             kind=kind, known=", ".join(ITEM_KINDS)))
    if len(set(kinds)) != len(kinds):
        raise data.fail("applies_to", tr("a kind of item is named twice"))
    return tuple(str(k) for k in kinds)


def _field(data: YamlMap) -> FieldSpec:
    refuse_unknown_keys(data, _FIELD)
    kind = _text(data, "type")
    if kind not in FIELD_TYPES:
        raise data.fail("type", tr("must be one of: {known}", known=", ".join(FIELD_TYPES)))
    options: tuple[Option, ...] = ()
    if "options" in data:
        if kind not in ("choice", "list"):
            raise data.fail("options", tr("only choice and list fields have options"))
        options = tuple(_option(item, "options") for item in mapping_list(data, "options"))
        refuse_repeats(data, "options", [o.id for o in options])
    elif kind == "choice":
        raise data.fail("options", tr("a choice field needs its options"))
    for key in ("min", "max", "integer"):
        if key in data and kind != "number":
            raise data.fail(key, tr("only number fields have '{key}'", key=key))
    low = data.optional("min", (int, float))
    high = data.optional("max", (int, float))
    if low is not None and high is not None and low > high:
        raise data.fail("max", tr("must not be below min"))
    return FieldSpec(_text(data, "id"), kind, _text(data, "label"), _text(data, "help", False),
                     data.optional("required", bool, False), options,
                     None if low is None else float(low), None if high is None else float(high),
                     data.optional("integer", bool, False))


def _option(data: Any, key: str) -> Option:
    if not isinstance(data, YamlMap):  # pragma: no cover - _maps checked it
        raise TypeError(key)
    refuse_unknown_keys(data, _OPTION)
    return Option(_text(data, "id"), _text(data, "label"), data.optional("final", bool, False))


def _rule(data: YamlMap, steps: dict[str, StepSpec]) -> OrderRule:
    refuse_unknown_keys(data, _RULE)
    first, then = _text(data, "first"), _text(data, "then")
    for key, step in (("first", first), ("then", then)):
        if step not in steps:
            raise data.fail(key, tr("there is no step '{id}'", id=step))
    if first == then:
        raise data.fail("then", tr("a step cannot come before itself"))
    return OrderRule(_text(data, "id"), first, then, _text(data, "why"))


def _no_cycle(data: YamlMap, rules: tuple[OrderRule, ...]) -> None:
    """Rules that ask A before B and (through others) B before A can never all be kept."""
    after: dict[str, set[str]] = {}
    for rule in rules:
        after.setdefault(rule.first, set()).add(rule.then)
    items: YamlList = data["order_rules"] if rules else YamlList()
    for rule, line in zip(rules, items.item_lines, strict=True):
        seen, todo = set(), [rule.then]
        while todo:
            step = todo.pop()
            if step == rule.first:
                raise DataFileError(data.path, line, "order_rules", tr(
                    "rule '{id}' contradicts others: they also ask for '{then}' before "
                    "'{first}'", id=rule.id, then=rule.then, first=rule.first))
            if step not in seen:
                seen.add(step)
                todo.extend(after.get(step, ()))
