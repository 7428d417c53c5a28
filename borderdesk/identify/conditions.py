"""A small declarative condition language for checklists and rule tables (never ``eval``).

A condition is a YAML mapping with one form:

- ``{answer: QUESTION, is: CHOICE}`` / ``{answer: QUESTION, in: [CHOICE, ...]}``: the
  answer is that choice (for a multiple-choice question: includes one of them);
- ``{answered: QUESTION}``: the question was asked and answered;
- ``{fact: NAME, is: VALUE}`` / ``{fact: NAME, in: [...]}``: a result fact (category,
  action, item_class, component...) has that value;
- ``{flag: NAME}``: the result carries that flag;
- ``{measure: NAME, below|at_most|above|at_least: NUMBER}``: a measurement compares so
  (false when it was not taken);
- ``{any: [...]}``, ``{all: [...]}``, ``{not: CONDITION}``.

Which subjects a file may use and which names exist is decided by the caller through
a :data:`Checker`, so a checklist and the legal table share the language but not the
vocabulary. Parsing validates everything and names the file and line.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from borderdesk.core.datafiles import YamlList, YamlMap
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr

#: Checks a leaf: (subject, name, values) -> a problem in words, or None when fine.
Checker = Callable[[str, str, tuple[str, ...]], str | None]

_COMPARISONS = {"below": float.__lt__, "at_most": float.__le__,
                "above": float.__gt__, "at_least": float.__ge__}


class Env(Protocol):
    """What conditions are evaluated against."""

    def lookup(self, subject: str, name: str) -> Any:
        """The value of ``name``: a str, a tuple of str, a number, a bool, or None."""


class Condition(Protocol):
    """A parsed condition."""

    def holds(self, env: Env) -> bool:
        """Whether the condition is true in ``env``."""


@dataclass(frozen=True, slots=True)
class ValueIs:
    """An answer or fact equals one of ``values`` (or, for a list, contains one)."""

    subject: str
    name: str
    values: frozenset[str]

    def holds(self, env: Env) -> bool:
        value = env.lookup(self.subject, self.name)
        if isinstance(value, (tuple, list, frozenset)):
            return any(v in self.values for v in value)
        return value is not None and value in self.values


@dataclass(frozen=True, slots=True)
class Answered:
    """A question was asked and given a non-empty answer."""

    name: str

    def holds(self, env: Env) -> bool:
        value = env.lookup("answer", self.name)
        return value is not None and value != () and value != ""


@dataclass(frozen=True, slots=True)
class HasFlag:
    """The result carries a flag."""

    name: str

    def holds(self, env: Env) -> bool:
        return bool(env.lookup("flag", self.name))


@dataclass(frozen=True, slots=True)
class Compare:
    """A measurement compares with a number (false when it was not taken)."""

    name: str
    op: str
    number: float

    def holds(self, env: Env) -> bool:
        value = env.lookup("measure", self.name)
        if value is None:
            return False
        return bool(_COMPARISONS[self.op](float(value), self.number))


@dataclass(frozen=True, slots=True)
class AnyOf:
    """At least one part holds."""

    parts: tuple[Condition, ...]

    def holds(self, env: Env) -> bool:
        return any(p.holds(env) for p in self.parts)


@dataclass(frozen=True, slots=True)
class AllOf:
    """Every part holds."""

    parts: tuple[Condition, ...]

    def holds(self, env: Env) -> bool:
        return all(p.holds(env) for p in self.parts)


@dataclass(frozen=True, slots=True)
class Not:
    """The part does not hold."""

    part: Condition

    def holds(self, env: Env) -> bool:
        return not self.part.holds(env)


def parse_condition(node: Any, path: str, line: int, check: Checker) -> Condition:
    """Parse and validate a condition read from ``path`` at ``line``."""
    if not isinstance(node, YamlMap):
        raise DataFileError(path, line, "when", tr(
            "a condition must be a mapping such as {answer: QUESTION, is: CHOICE}"))
    keys = set(node)
    for group, cls in (("any", AnyOf), ("all", AllOf)):
        if group in node:
            _only(node, keys, {group})
            items = node[group]
            if not isinstance(items, YamlList) or not items:
                raise node.fail(group, tr("must be a non-empty list of conditions"))
            parts = tuple(parse_condition(item, path, item_line, check)
                          for item, item_line in zip(items, items.item_lines, strict=True))
            return cls(parts)
    if "not" in node:
        _only(node, keys, {"not"})
        return Not(parse_condition(node["not"], path, node.line_of("not"), check))
    if "answered" in node:
        _only(node, keys, {"answered"})
        name = node.require("answered", str)
        _check(node, "answered", check("answered", name, ()))
        return Answered(name)
    if "flag" in node:
        _only(node, keys, {"flag"})
        name = node.require("flag", str)
        _check(node, "flag", check("flag", name, ()))
        return HasFlag(name)
    if "measure" in node:
        ops = keys & set(_COMPARISONS)
        if len(ops) != 1:
            raise node.fail("measure", tr("needs one of: {ops}", ops=", ".join(_COMPARISONS)))
        op = ops.pop()
        _only(node, keys, {"measure", op})
        name = node.require("measure", str)
        number = node.require(op, (int, float))
        _check(node, "measure", check("measure", name, ()))
        return Compare(name, op, float(number))
    for subject in ("answer", "fact"):
        if subject in node:
            return _parse_value_is(node, keys, subject, check)
    raise DataFileError(path, node.line, "when", tr(
        "not a condition: use answer, answered, fact, flag, measure, any, all or not"))


def _parse_value_is(node: YamlMap, keys: set[str], subject: str,
                    check: Checker) -> ValueIs:
    name = node.require(subject, str)
    if ("is" in node) == ("in" in node):
        raise node.fail(subject, tr("needs either 'is: VALUE' or 'in: [VALUES]'"))
    if "is" in node:
        _only(node, keys, {subject, "is"})
        values: Sequence[Any] = [node.require("is", (str, bool, int))]
        key = "is"
    else:
        _only(node, keys, {subject, "in"})
        values = node.require("in", list)
        key = "in"
        if not values:
            raise node.fail("in", tr("must list at least one value"))
    texts = tuple(str(v).lower() if isinstance(v, bool) else str(v) for v in values)
    _check(node, key, check(subject, name, texts))
    return ValueIs(subject, name, frozenset(texts))


def _only(node: YamlMap, keys: set[str], allowed: set[str]) -> None:
    extra = sorted(keys - allowed)
    if extra:
        raise node.fail(extra[0], tr("unexpected here (this condition takes: {keys})",
                                     keys=", ".join(sorted(allowed))))


def _check(node: YamlMap, key: str, problem: str | None) -> None:
    if problem:
        raise node.fail(key, problem)
