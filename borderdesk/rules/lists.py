"""Named lists a profile's conditions use: countries, HS prefixes, keywords, parties, texts.

Each kind answers membership its own way: countries by code, parties by
normalised name, keywords by whole consecutive words of normalised text
(``pistolj`` matches ``ПИШТОЉ за одбрану``), HS prefixes and texts exactly.
"""

from __future__ import annotations

from enum import StrEnum

from borderdesk.core.text import normalise


class ListKind(StrEnum):
    """What a named list holds."""

    COUNTRIES = "countries"
    HS_PREFIXES = "hs_prefixes"
    KEYWORDS = "keywords"
    PARTIES = "parties"
    TEXTS = "texts"


class KeywordSet:
    """Keywords matched as whole, consecutive words of a normalised text."""

    def __init__(self, keywords: tuple[str, ...]) -> None:
        normalised = [normalise(k) for k in keywords]
        self.keywords = tuple(k for k in normalised if k)
        self._single = frozenset(k for k in self.keywords if " " not in k)
        # Phrases are looked up by their first word, then found as a padded substring.
        self._phrases: dict[str, tuple[str, ...]] = {}
        for keyword in sorted(k for k in self.keywords if " " in k):
            first = keyword.split(" ", 1)[0]
            self._phrases[first] = (*self._phrases.get(first, ()), f" {keyword} ")
        self._phrase_firsts = frozenset(self._phrases)

    def could_match(self, words: frozenset[str]) -> bool:
        """False when no keyword can be in a text with these words (a quick pre-check)."""
        return not (self._single.isdisjoint(words) and self._phrase_firsts.isdisjoint(words))

    def find(self, padded: str, words: frozenset[str]) -> str | None:
        """The first keyword (in sort order) in a text given as ``" normalised text "``
        and its set of words, or None. Costs a few set and dict look-ups per line."""
        found = None if self._single.isdisjoint(words) else min(self._single & words)
        phrases = self._phrases
        for word in words:
            for phrase in phrases.get(word, ()):
                if phrase in padded:
                    keyword = phrase[1:-1]
                    if found is None or keyword < found:
                        found = keyword
        return found

    def find_in(self, text: str) -> str | None:
        """The first keyword found in any text (normalised here)."""
        norm = normalise(text)
        return self.find(f" {norm} ", frozenset(norm.split()))


class NamedList:
    """A named list of a profile, with its items prepared for fast look-ups."""

    __slots__ = ("_members", "items", "keywords", "kind", "name", "prefixes")

    def __init__(self, name: str, kind: ListKind, items: tuple[str, ...]) -> None:
        self.name = name
        self.kind = kind
        self.items = items
        #: The items as keywords (for ``matches``) and as prefixes (for ``starts with``).
        self.keywords = KeywordSet(items)
        self.prefixes = items
        if kind is ListKind.PARTIES or kind is ListKind.KEYWORDS:
            self._members = frozenset(normalise(item) for item in items)
        elif kind is ListKind.COUNTRIES:
            self._members = frozenset(item.upper() for item in items)
        else:
            self._members = frozenset(items)

    def replaced(self, items: tuple[str, ...]) -> NamedList:
        """The same list with other items (``screen --set-list``)."""
        return NamedList(self.name, self.kind, items)

    def contains(self, value: str) -> bool:
        """Whether ``value`` is a member (the way this kind of list compares)."""
        if self.kind is ListKind.PARTIES or self.kind is ListKind.KEYWORDS:
            return normalise(value) in self._members
        if self.kind is ListKind.COUNTRIES:
            return value.upper() in self._members
        return value in self._members
