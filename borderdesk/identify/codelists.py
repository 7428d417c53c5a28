"""The calibre and manufacturer code lists, and the resolvers that find an entry from text.

Both lists are versioned YAML in ``resources/codelists/`` (``calibres.yaml``,
``manufacturers.yaml``), validated on load (``FILE:LINE: field: problem``) and cached.
An entry has a stable ``code`` (what records and statistics store), a display
``name`` and the other ways it is written: a calibre's aliases (``9 mm Luger``,
``9 mm Parabellum``, ``9x19`` are one calibre) and a maker's names as marked on
items (``CRVENA ZASTAVA``, ``ZCZ``).

The resolvers compare keys, never raw text: a calibre key ignores case, script
(Cyrillic/Latin through :func:`borderdesk.core.text.normalise`), spaces, dots and
commas, ``mm`` after a number, words such as ``cal.`` and ``×`` versus ``x``; a maker
key ignores case, script, spaces and punctuation, and legal forms at the end (``GmbH``,
``d.o.o.``). Two entries may not share a key: the loader refuses such a file, so a
text resolves to one entry or to none, never to a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

from rapidfuzz import fuzz, process

from borderdesk.core.codelists import countries, installed_generation, preferred
from borderdesk.core.datafiles import YamlList, YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.text import normalise

#: What a calibre is for; ``blank`` is the alarm and signal cartridges (no projectile).
CALIBRE_KINDS = ("handgun", "rifle", "shotgun", "rimfire", "blank")
_CODE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
# "9x19", "9 × 19", "9х19" (Cyrillic х), "12/70": the sign between two numbers is "x".
_TIMES = re.compile(r"(?<=\d)\s*[x×хХ✕*/]\s*(?=\d)", re.IGNORECASE)
_MM_AFTER_NUMBER = re.compile(r"(?<=\d)mm")


@dataclass(frozen=True, slots=True)
class Calibre:
    """One calibre: its stable code, display name, aliases and usual dimensions."""

    code: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    #: Bullet (or, for shotguns, bore) diameter in millimetres, where usual.
    bullet_mm: float | None
    #: Case length in millimetres, where usual.
    case_mm: float | None


@dataclass(frozen=True, slots=True)
class Manufacturer:
    """One maker: its stable code, name, ISO country and the names marked on its items."""

    code: str
    name: str
    country: str
    marked: tuple[str, ...]
    #: Other countries where items of this maker were made: read the country marked.
    also_made_in: tuple[str, ...]


EntryT = TypeVar("EntryT", Calibre, Manufacturer)


@dataclass(frozen=True, slots=True)
class KeyRules:
    """How a list turns text into a key: the words it drops (from the list's file)."""

    #: Words dropped anywhere (calibres: ``cal``, ``kaliber``...).
    ignore_words: frozenset[str]
    #: Word sequences dropped at the end, repeatedly (makers: ``gmbh``, ``d o o``...).
    ignore_suffixes: tuple[tuple[str, ...], ...]
    #: Calibre keys also fold ``×``/``x`` and drop ``mm`` after a number.
    calibre: bool


def text_key(text: str, rules: KeyRules) -> str:
    """The key under which ``text`` is looked up in a list with these ``rules``."""
    if rules.calibre:
        text = _TIMES.sub("x", text)
    words = [word for word in normalise(text).split() if word not in rules.ignore_words]
    trimmed = True
    while trimmed and len(words) > 1:
        trimmed = False
        for suffix in rules.ignore_suffixes:
            if len(words) > len(suffix) and tuple(words[-len(suffix):]) == suffix:
                del words[-len(suffix):]
                trimmed = True
    key = "".join(words)
    return _MM_AFTER_NUMBER.sub("", key) if rules.calibre else key


@dataclass(frozen=True, slots=True)
class CodeIndex(Generic[EntryT]):
    """A loaded list: its entries in file order and the key of every name and alias."""

    name: str
    version: int
    entries: tuple[EntryT, ...]
    rules: KeyRules
    by_code: Mapping[str, EntryT]
    by_key: Mapping[str, EntryT]

    def __iter__(self) -> Iterator[EntryT]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, code: object) -> bool:
        return code in self.by_code

    def get(self, code: str) -> EntryT | None:
        """The entry with this stable code."""
        return self.by_code.get(code)

    def key(self, text: str) -> str:
        """The key of ``text`` in this list."""
        return text_key(text, self.rules)

    def resolve(self, text: str) -> EntryT | None:
        """The entry whose code, name or alias is ``text`` as typed or marked, or None."""
        key = self.key(text)
        return self.by_key.get(key) if key else None

    def suggest(self, text: str, limit: int = 5, cutoff: float = 80.0) -> list[EntryT]:
        """Entries whose names are close to ``text`` (typing slips), best first.

        For the officer to choose from; never used to fill a record by itself.
        """
        key = self.key(text)
        if not key:
            return []
        exact = self.by_key.get(key)
        found: list[EntryT] = [] if exact is None else [exact]
        for hit, _score, _index in process.extract(key, list(self.by_key), scorer=fuzz.ratio,
                                                   limit=limit * 3, score_cutoff=cutoff):
            entry = self.by_key[hit]
            if entry not in found:
                found.append(entry)
        return found[:limit]


def _strings(owner: YamlMap, key: str) -> list[str]:
    values = owner.optional(key, list, [])
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise owner.fail(key, tr("each value must be a non-empty text"))
    return [str(value) for value in values]


def _check_keys(entry: YamlMap, allowed: tuple[str, ...]) -> None:
    for key in entry:
        if key not in allowed:
            raise entry.fail(key, tr("unknown field (allowed: {allowed})",
                                     allowed=", ".join(allowed)))


def _country(entry: YamlMap, key: str, value: Any) -> str:
    if not isinstance(value, str) or value not in countries():
        raise entry.fail(key, tr("'{code}' is not an ISO 3166 country code", code=value))
    return value


def _positive(entry: YamlMap, key: str) -> float | None:
    value = entry.optional(key, (int, float))
    if value is None:
        return None
    if value <= 0:
        raise entry.fail(key, tr("must be a number above 0"))
    return float(value)


def _read_list(path: Path, expected: str) -> tuple[YamlMap, KeyRules, list[tuple[YamlMap, int]]]:
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("a code list must be a mapping"))
    _check_keys(data, ("codelist", "version", "ignore_words", "ignore_suffixes", "entries"))
    if data.require("codelist", str) != expected:
        raise data.fail("codelist", tr("this file must be the '{name}' list", name=expected))
    if data.require("version", int) < 1:
        raise data.fail("version", tr("must be a whole number from 1"))
    rules = KeyRules(
        frozenset(normalise(word) for word in _strings(data, "ignore_words")),
        tuple(tuple(normalise(words).split()) for words in _strings(data, "ignore_suffixes")),
        calibre=expected == "calibres")
    entries = data.require("entries", list)
    assert isinstance(entries, YamlList)
    rows: list[tuple[YamlMap, int]] = []
    for entry, line in zip(entries, entries.item_lines, strict=True):
        if not isinstance(entry, YamlMap):
            raise DataFileError(str(path), line, "entries", tr("each entry must be a mapping"))
        rows.append((entry, line))
    return data, rules, rows


class _Indexer(Generic[EntryT]):
    """Collects entries and their keys, refusing a code or key used by two entries."""

    def __init__(self, rules: KeyRules) -> None:
        self.rules = rules
        self.by_code: dict[str, EntryT] = {}
        self.by_key: dict[str, EntryT] = {}
        self.key_lines: dict[str, tuple[str, int]] = {}

    def code(self, entry: YamlMap) -> str:
        code: str = entry.require("code", str)
        if not _CODE.match(code):
            raise entry.fail("code", tr("'{code}' must be lower-case letters, digits and "
                                        "hyphens", code=code))
        if code in self.by_code:
            raise entry.fail("code", tr("code {code} appears twice", code=code))
        return code

    def add(self, entry: YamlMap, item: EntryT, names: list[tuple[str, str]]) -> None:
        """Index ``item`` under its code and each (field, text) of ``names``."""
        self.by_code[item.code] = item
        for field, text in [("code", item.code), *names]:
            key = text_key(text, self.rules)
            if not key:
                raise entry.fail(field, tr("'{text}' has no letters or digits", text=text))
            other = self.by_key.get(key)
            if other is not None and other.code != item.code:
                first, line = self.key_lines[key]
                raise entry.fail(field, tr(
                    "'{text}' reads the same as '{first}' of {other} (line {line}): a text "
                    "must lead to one entry", text=text, first=first, other=other.code,
                    line=line))
            self.by_key.setdefault(key, item)
            self.key_lines.setdefault(key, (text, entry.line_of(field)))


def load_calibres(path: Path) -> CodeIndex[Calibre]:
    """Read and validate a calibre list file."""
    data, rules, rows = _read_list(path, "calibres")
    index: _Indexer[Calibre] = _Indexer(rules)
    for entry, _line in rows:
        _check_keys(entry, ("code", "name", "kind", "aliases", "bullet_mm", "case_mm"))
        code = index.code(entry)
        kind = entry.require("kind", str)
        if kind not in CALIBRE_KINDS:
            raise entry.fail("kind", tr("'{kind}' is not one of {kinds}", kind=kind,
                                        kinds=", ".join(CALIBRE_KINDS)))
        aliases = _strings(entry, "aliases")
        calibre = Calibre(code, entry.require("name", str), kind, tuple(aliases),
                          _positive(entry, "bullet_mm"), _positive(entry, "case_mm"))
        index.add(entry, calibre, [("name", calibre.name), *(("aliases", a) for a in aliases)])
    return CodeIndex(data["codelist"], data["version"], tuple(index.by_code.values()), rules,
                     index.by_code, index.by_key)


def load_manufacturers(path: Path) -> CodeIndex[Manufacturer]:
    """Read and validate a manufacturer list file."""
    data, rules, rows = _read_list(path, "manufacturers")
    index: _Indexer[Manufacturer] = _Indexer(rules)
    for entry, _line in rows:
        _check_keys(entry, ("code", "name", "country", "marked", "also_made_in"))
        code = index.code(entry)
        country = _country(entry, "country", entry.require("country", str))
        also = tuple(_country(entry, "also_made_in", c) for c in _strings(entry, "also_made_in"))
        marked = _strings(entry, "marked")
        maker = Manufacturer(code, entry.require("name", str), country, tuple(marked), also)
        index.add(entry, maker, [("name", maker.name), *(("marked", m) for m in marked)])
    return CodeIndex(data["codelist"], data["version"], tuple(index.by_code.values()), rules,
                     index.by_code, index.by_key)


def calibres() -> CodeIndex[Calibre]:
    """The calibre list (``resources/codelists/calibres.yaml``, or a newer one the
    station installed: :func:`borderdesk.core.codelists.preferred`)."""
    return _calibres(installed_generation())


@lru_cache(maxsize=1)
def _calibres(_generation: int) -> CodeIndex[Calibre]:
    return preferred("calibres", load_calibres)


def manufacturers() -> CodeIndex[Manufacturer]:
    """The manufacturer list (``resources/codelists/manufacturers.yaml``, or a newer
    one the station installed)."""
    return _manufacturers(installed_generation())


@lru_cache(maxsize=1)
def _manufacturers(_generation: int) -> CodeIndex[Manufacturer]:
    return preferred("manufacturers", load_manufacturers)
