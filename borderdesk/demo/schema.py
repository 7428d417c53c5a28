"""Small validators for the demo data files, each failing with ``FILE:LINE: field: problem``.

The demo data files are plain YAML read with :func:`borderdesk.core.datafiles.load_yaml`;
these helpers turn their :class:`YamlMap` values into checked Python values (ranges,
weights, country codes, lists of text) so that a typo in a data file is reported where
it is, not as a crash deep inside the generator.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from borderdesk.core.codelists import countries
from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr

#: The format version of every demo data file this code reads.
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class Span:
    """A closed range of numbers read as ``[low, high]`` (or one number for a fixed value)."""

    low: float
    high: float

    def draw(self, rng: random.Random) -> float:
        """A number drawn uniformly from the range."""
        return self.low if self.low == self.high else rng.uniform(self.low, self.high)

    def draw_int(self, rng: random.Random) -> int:
        """A whole number drawn uniformly from the range (ends rounded inwards)."""
        low, high = round(self.low), max(round(self.low), round(self.high))
        return rng.randint(low, high)


#: Weighted choices, kept as an ordered tuple so drawing from them is reproducible.
Weights = tuple[tuple[str, float], ...]


def pick(rng: random.Random, weights: Weights) -> str:
    """One key of ``weights``, drawn with its weight."""
    keys = [key for key, _ in weights]
    return rng.choices(keys, weights=[weight for _, weight in weights])[0]


def open_file(data_dir: Path, name: str) -> YamlMap:
    """Load ``data_dir/name``, which must be a mapping with ``version: 1``."""
    path = data_dir / name
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("a demo data file must be a mapping"))
    version = data.require("version", int)
    if version != FORMAT_VERSION:
        raise data.fail("version", tr("unknown version {version} (this program reads {known})",
                                      version=version, known=FORMAT_VERSION))
    return data


def fail_at(items: YamlList, index: int, field: str, problem: str) -> DataFileError:
    """An error about element ``index`` of a list read from a data file."""
    line = items.item_lines[index] if index < len(items.item_lines) else items.line
    return DataFileError(items.path, line, field, problem)


def mappings(data: YamlMap, key: str, *, allow_empty: bool = False) -> Iterator[YamlMap]:
    """The elements of the list ``key``, each of which must be a mapping."""
    items = data.require(key, list)
    assert isinstance(items, YamlList)
    if not items and not allow_empty:
        raise data.fail(key, tr("must not be empty"))
    for index, item in enumerate(items):
        if not isinstance(item, YamlMap):
            raise fail_at(items, index, key, tr("each element must be a mapping"))
        yield item


def submap(data: YamlMap, key: str) -> YamlMap:
    """The mapping under ``key`` (required)."""
    value = data.require(key, dict)
    assert isinstance(value, YamlMap)
    return value


def text(data: YamlMap, key: str) -> str:
    """Non-empty text under ``key``."""
    value: str = data.require(key, str)
    if not value.strip():
        raise data.fail(key, tr("must not be empty"))
    return value


def texts(data: YamlMap, key: str, *, allow_empty: bool = False) -> tuple[str, ...]:
    """A list of non-empty texts under ``key``."""
    items = data.require(key, list)
    assert isinstance(items, YamlList)
    if not items and not allow_empty:
        raise data.fail(key, tr("must not be empty"))
    for index, item in enumerate(items):
        if not isinstance(item, str) or not item.strip():
            raise fail_at(items, index, key, tr("each element must be non-empty text"))
    return tuple(items)


def number(data: YamlMap, key: str, *, minimum: float = 0.0) -> float:
    """A number under ``key``, at least ``minimum``."""
    value = float(data.require(key, (int, float)))
    if value < minimum:
        raise data.fail(key, tr("must be at least {minimum}", minimum=minimum))
    return value


def span(data: YamlMap, key: str, *, minimum: float = 0.0) -> Span:
    """A range under ``key``: ``[low, high]`` or a single number."""
    value = data.require(key, (int, float, list))
    if isinstance(value, list):
        if len(value) != 2 or not all(_is_number(v) for v in value):
            raise data.fail(key, tr("must be a number or a list of two numbers [low, high]"))
        low, high = float(value[0]), float(value[1])
    else:
        low = high = float(value)
    if low < minimum:
        raise data.fail(key, tr("must be at least {minimum}", minimum=minimum))
    if high < low:
        raise data.fail(key, tr("the high end is below the low end"))
    return Span(low, high)


def optional_span(data: YamlMap, key: str, *, minimum: float = 0.0) -> Span | None:
    """Like :func:`span`, but ``None`` when the key is absent."""
    return span(data, key, minimum=minimum) if data.get(key) is not None else None


def weights(data: YamlMap, key: str, *, allowed: Sequence[str] | None = None) -> Weights:
    """A mapping ``name: weight`` under ``key`` (weights positive; names from ``allowed``)."""
    value = submap(data, key)
    if not value:
        raise data.fail(key, tr("must not be empty"))
    result: list[tuple[str, float]] = []
    for name, weight in value.items():
        if not _is_number(weight) or weight <= 0:
            raise value.fail(name, tr("a weight must be a positive number"))
        if allowed is not None and name not in allowed:
            raise value.fail(name, tr("unknown name (expected one of: {names})",
                                      names=", ".join(allowed)))
        result.append((name, float(weight)))
    return tuple(result)


def choice(data: YamlMap, key: str, allowed: Sequence[str], default: str | None = None) -> str:
    """Text under ``key`` that must be one of ``allowed`` (``default`` when absent)."""
    if default is not None and data.get(key) is None:
        return default
    value = text(data, key)
    if value not in allowed:
        raise data.fail(key, tr("must be one of: {names}", names=", ".join(allowed)))
    return value


def country(data: YamlMap, key: str) -> str:
    """A country code under ``key``, which must be in the countries code list."""
    value: str = data.require(key, str)
    check_country(data, key, value)
    return value


def country_list(data: YamlMap, key: str) -> tuple[str, ...]:
    """A non-empty list of country codes under ``key``."""
    values = texts(data, key)
    for value in values:
        check_country(data, key, value)
    return values


def check_country(data: YamlMap, key: str, value: str) -> None:
    """Fail on ``key`` unless ``value`` is a known country code."""
    if value not in countries():
        raise data.fail(key, tr("unknown country code {code} (quote codes like \"NO\")",
                                code=value))


def check_reference(data: YamlMap, key: str, value: str) -> None:
    """Fail unless ``value`` can be a document reference or seal (no ':' or ';')."""
    if ":" in value or ";" in value:
        raise data.fail(key, tr("must not contain ':' or ';'"))


def _is_number(value: Any) -> bool:
    """True for ints and floats, not for booleans (YAML's ``yes`` is not 1)."""
    return isinstance(value, int | float) and not isinstance(value, bool)
