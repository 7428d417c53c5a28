"""Invented stand-ins for a case's nominal values, drawn from ``resources/training/invented.yaml``.

One :class:`Inventor` serves one scenario: the same real value (compared in its loose
form, :func:`~borderdesk.training.anonymise_text.loose`) always gets the same invented
one, two real values never share one, and no invented value contains a real value of the
case (nor a real one an invented one's words), so the check after the build cannot be
fooled by a coincidence. Everything is drawn from one ``random.Random(seed)``: a seed
gives the same scenario.

Numbers (serials, seals, documents, phones) keep their shape: a letter for a letter, a
digit for a digit, the rest as written, so a serial reads like one and is scored as
one; the words that say what a document is (``CMR``) are kept. A plate keeps its shape
too, after a region code of its country.
"""

from __future__ import annotations

import random
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from borderdesk.core.datafiles import YamlMap, load_yaml
from borderdesk.core.errors import DataFileError
from borderdesk.core.i18n import tr
from borderdesk.core.paths import resource_path
from borderdesk.core.serbian_script import is_cyrillic, latin_to_cyrillic
from borderdesk.training.anonymise_text import loose

#: Tries before an invented value is made unique with a number.
_TRIES = 200


@dataclass(frozen=True, slots=True)
class InventedData:
    """The invented names, companies, places and plate regions of the data file."""

    names: Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
    name_groups: Mapping[str, str]
    company_stems: tuple[str, ...]
    company_forms: Mapping[str, str]
    places: Mapping[str, tuple[str, ...]]
    plate_regions: Mapping[str, tuple[str, ...]]
    document_words: frozenset[str]


def load_invented(path: Path | None = None) -> InventedData:
    """Read ``invented.yaml`` (the shipped one by default); errors name the file and line."""
    path = path or resource_path("training", "invented.yaml")
    data = load_yaml(path)
    if not isinstance(data, YamlMap):
        raise DataFileError(str(path), 1, None, tr("the file must be a mapping"))
    names = data.require("names", dict)
    groups: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for group in names:
        entry = names.require(group, dict)
        groups[str(group)] = (_words(entry, "given"), _words(entry, "family"))
    if "any" not in groups:
        raise data.fail("names", tr("needs the group 'any'"))
    places = data.require("places", dict)
    forms = data.require("company_forms", dict)
    for owner, key in ((places, "places"), (forms, "company_forms")):
        if "any" not in owner:
            raise data.fail(key, tr("needs the entry 'any'"))
    regions = data.require("plate_regions", dict)
    return InventedData(
        names=groups,
        name_groups={str(k): str(v) for k, v in data.require("name_groups", dict).items()},
        company_stems=_words(data, "company_stems"),
        company_forms={str(k): str(v) for k, v in forms.items()},
        places={str(k): _words(places, k) for k in places},
        plate_regions={str(k): _words(regions, k) for k in regions},
        document_words=frozenset(w.upper() for w in _words(data, "document_words")))


def _words(owner: YamlMap, key: str) -> tuple[str, ...]:
    value = owner.require(key, list)
    if not value or not all(isinstance(v, str | int) and str(v).strip() for v in value):
        raise owner.fail(key, tr("must be a list of texts, not empty"))
    return tuple(str(v).strip() for v in value)


class Inventor:
    """The invented values of one scenario; ``avoid`` holds the loose forms of every real
    value of the case."""

    def __init__(self, data: InventedData, seed: int, avoid: Iterable[str]) -> None:
        self.data = data
        self.random = random.Random(seed)
        self.avoid = {key for key in avoid if key}
        self.made: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()
        self.stems: set[str] = set()
        # Whole weeks: a Saturday's case stays a Saturday's, and times of day are kept.
        self.shift = timedelta(weeks=-self.random.randint(6, 60))

    # ------------------------------------------------------------------ what is invented
    def person(self, real: str, country: str | None = None) -> str:
        """An invented person's name for ``real`` (given and family name, in the real
        one's script, from the group of ``country``)."""
        given, family = self.data.names[self.data.name_groups.get(country or "", "any")]
        cyrillic = is_cyrillic(real)

        def draw() -> str:
            name = f"{self.random.choice(given)} {self.random.choice(family)}"
            return latin_to_cyrillic(name) if cyrillic else name
        return self._invent("person", real, draw)

    def name_part(self, real: str, whole_real: str, whole_invented: str) -> str:
        """The word of ``whole_invented`` that stands for the word ``real`` of a person's
        name (the first for the first, the last for the others)."""
        real_words, words = whole_real.split(), whole_invented.split()
        index = 0 if real_words and loose(real_words[0]) == loose(real) else len(words) - 1
        key = ("part", loose(real))
        return self.made.setdefault(key, words[index])

    def company(self, real: str, country: str | None = None) -> str:
        """An invented company with the legal form of ``country`` (each its own stem)."""
        forms = self.data.company_forms
        form = forms.get(country or "", forms["any"])
        stems = [s for s in self.data.company_stems if s not in self.stems] or \
            list(self.data.company_stems)
        made = self._invent("company", real, lambda: f"{self.random.choice(stems)} {form}")
        self.stems.update(s for s in self.data.company_stems if made.startswith(s))
        return made

    def place(self, real: str, country: str | None = None) -> str:
        """A town of ``country`` for an address."""
        towns = self.data.places.get(country or "", self.data.places["any"])
        return self._invent("place", real, lambda: self.random.choice(towns))

    def plate(self, real: str, country: str | None = None) -> str:
        """A plate of ``real``'s shape, after a region code of ``country`` where the file
        knows the country's and the real plate starts with a code of that length."""
        regions = self.data.plate_regions.get(country or "", ())

        def draw() -> str:
            shaped = self._shape(real, keep=frozenset())
            head = real.split(" ", 1)[0] if " " in real else ""
            fitting = [r for r in regions if len(r) == len(head)]
            if head and fitting:
                return self.random.choice(fitting) + shaped[len(head):]
            return shaped
        return self._invent("plate", real, draw)

    def number(self, real: str, kind: str = "number") -> str:
        """A document, seal, serial or phone number of ``real``'s shape."""
        return self._invent(kind, real,
                            lambda: self._shape(real, keep=self.data.document_words))

    def declaration_id(self, real: str, year: int) -> str:
        """A declaration id like ``real`` (``RS-BAT-2026-007317``): its crossing kept, the
        year the shifted one, the number invented."""
        parts = real.split("-")
        if len(parts) >= 3 and parts[-2].isdigit() and len(parts[-2]) == 4:
            prefix = "-".join(parts[:-2])
            tail = parts[-1]
            return self._invent("declaration", real, lambda: f"{prefix}-{year}-" + "".join(
                self.random.choice(string.digits) for _ in tail))
        return self.number(real, "declaration")

    # ------------------------------------------------------------------ the machinery
    def _invent(self, kind: str, real: str, draw: Any) -> str:
        key = (kind, loose(real))
        if key in self.made:
            return self.made[key]
        for attempt in range(_TRIES + 10):
            candidate = str(draw())
            if attempt >= _TRIES:
                candidate = f"{candidate} {attempt - _TRIES + 2}"
            if self._safe(candidate):
                break
        else:  # pragma: no cover - a number suffix always makes it unique
            raise RuntimeError(f"no invented {kind} for a value")
        self.made[key] = candidate
        self.used.add(loose(candidate))
        return candidate

    def _safe(self, candidate: str) -> bool:
        folded = loose(candidate)
        if not folded or folded in self.used:
            return False
        words = {loose(w) for w in candidate.split()}
        # No real value inside the invented one, and no invented word that is a real one.
        return not any(real in folded or real in words for real in self.avoid)

    def _shape(self, real: str, keep: frozenset[str]) -> str:
        out: list[str] = []
        word = ""
        for char in real + " ":
            if char.isalnum():
                word += char
                continue
            if word:
                kept = word.upper() in keep and word.isalpha()
                out.append(word if kept else "".join(self._like(c) for c in word))
                word = ""
            out.append(char)
        return "".join(out)[:-1]

    def _like(self, char: str) -> str:
        if char.isdigit():
            return self.random.choice(string.digits)
        letter = self.random.choice(string.ascii_uppercase)
        return letter.lower() if char.islower() else letter
